package extract

import "testing"

// TestKindPeopleAfterNumberOfUsers: people counted right after a phrase
// naming the number of users (عدد المستخدمين, عدد مستخدميه, عدد مستخدمي,
// "number of users", "nombre d'utilisateurs", "Zahl der Nutzer") are
// those users: a user base is a figure of users ("يتجاوز عدد مستخدميه فيها
// 200 مليون شخص"). People arrested, killed or detained, or counted in a
// clause of their own, stay no figure.
func TestKindPeopleAfterNumberOfUsers(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ar, عدد مستخدميه", "والهند هي أكبر سوق «واتسآب» إذ يتجاوز عدد مستخدميه فيها 200 مليون شخص", []string{"200000000 users more_than"}},
		{"ar, عدد المستخدمين … نحو", "حيث أعلن أن عدد المستخدمين لتطبيق \"1XBET\" في مصر وصل إلى نحو 17 مليون شخص", []string{"17000000 users about"}},
		{"ar, عدد مستخدمي", "يبلغ عدد مستخدمي التطبيق في مصر 17 مليون شخص", []string{"17000000 users"}},
		{"ar, أشخاص", "وبلغ عدد مستخدميها 3 ملايين شخص", []string{"3000000 users"}},
		{"en", "The number of users reached 17 million people.", []string{"17000000 users"}},
		{"en, about", "The number of monthly users stands at about 17 million people.", []string{"17000000 users about"}},
		{"fr", "Le nombre d'utilisateurs a atteint 17 millions de personnes.", []string{"17000000 users"}},
		{"de", "Die Zahl der Nutzer liegt bei rund 30 Millionen Menschen.", []string{"30000000 users about"}},
		{"es", "El número de usuarios supera los 200 millones de personas.", []string{"200000000 users more_than"}},
		{"it", "Il numero di utenti ha raggiunto 17 milioni di persone.", []string{"17000000 users"}},
		{"ru", "Число пользователей превысило 17 млн человек.", []string{"17000000 users more_than"}},
		// negatives: people arrested, killed or detained; people in a clause
		// of their own; people with no number of users before them
		{"en, arrested", "Police arrested 17 people.", nil},
		{"en, and arrested", "The number of users grew and police arrested 17 people.", nil},
		{"en, comma", "The number of users grew, and 17 people were arrested.", nil},
		{"en, killed", "The number of users fell after 129 people were killed.", nil},
		{"ar, اعتقلت", "عدد المستخدمين ارتفع واعتقلت الشرطة 17 شخصا", nil},
		{"ar, اعتقالهم", "عدد المستخدمين الذين تم اعتقالهم 17 شخصا", nil},
		{"fr, arrêtées", "Le nombre d'utilisateurs a augmenté, 17 personnes ont été arrêtées.", nil},
		{"de, festgenommen", "Die Zahl der Nutzer stieg, 17 Menschen wurden festgenommen.", nil},
		{"ru, задержаны", "Число пользователей выросло, задержаны 17 человек.", nil},
		{"no number of users", "Mehr als 1.000 Menschen demonstrierten in Berlin.", nil},
	})
}

// TestKindUserBaseGrown: a platform's user base is a figure of users, also
// when it is written as growth to a level in a relative clause ("which
// has grown to 60 million users"); the held-out set counts it so (batches
// 2 to 25, and 45 since its label was made to agree). The extractor
// already read this shape; the cases pin it now that the set agrees.
// Thresholds of laws stay no figure (TestKindUserThreshold).
func TestKindUserBaseGrown(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, relative", "Daesh used the Berlin-based platform, which has grown to 60 million users drawn by its ability to securely share video.", []string{"60000000 users"}},
		{"en, main clause", "Telegram has grown to 60 million users.", []string{"60000000 users"}},
		{"fr", "La plateforme, qui a atteint 60 millions d'utilisateurs, est utilisée par Daech.", []string{"60000000 users"}},
		{"de", "Die Plattform, die auf 60 Millionen Nutzer gewachsen ist, wird von Daesh genutzt.", []string{"60000000 users"}},
		{"es", "La plataforma, que ha crecido hasta 60 millones de usuarios, es usada por Daesh.", []string{"60000000 users"}},
		{"it", "La piattaforma, che è cresciuta fino a 60 milioni di utenti, è usata dall'Isis.", []string{"60000000 users"}},
		{"ru", "Платформа выросла до 60 млн пользователей.", []string{"60000000 users"}},
		{"ar", "المنصة التي نما عدد مستخدميها إلى 60 مليون مستخدم", []string{"60000000 users"}},
		// negatives: a law's threshold of users; people killed in the same sentence
		{"threshold", "Platforms with more than 2 million users must report.", nil},
		{"people killed", "The attacks in which 129 people were murdered were claimed on the platform.", nil},
	})
}

// TestKindArabicConstructUsers: the Arabic مستخدمي (users of, in the
// construct state) is a unit of users like مستخدميه: "يبلغ عدد مستخدمي
// التطبيق 17 مليون", "أكثر من 10 آلاف من مستخدمي فيسبوك".
func TestKindArabicConstructUsers(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"عدد مستخدمي", "يبلغ عدد مستخدمي التطبيق في مصر 17 مليون", []string{"17000000 users"}},
		{"من مستخدمي", "أكثر من 10 آلاف من مستخدمي فيسبوك", []string{"10000 users more_than"}},
		// negatives: no count; accounts of users stay accounts
		{"no count", "ارتفع عدد مستخدمي التطبيق في مصر", nil},
		{"accounts of users", "حذفت المنصة 300 حساب من حسابات مستخدمي فيسبوك", []string{"300 accounts"}},
	})
}

// TestKindHeldBackCount: a count written as a word after a demonstrative
// (these, those, ces, diese, estos, questi, эти) whose units then had a
// figure points back at the units the story counted before ("These six
// channels had 2 million subscribers"): no new figure, as with the Hindi
// इन and उन (TestKindHindiHeldBackCount). The count as the subject of a
// takedown, in digits, or with no figure after its verb stays one
// ("these 300 accounts were removed").
func TestKindHeldBackCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en", "These six channels had 2 million subscribers.", []string{"2000000 followers"}},
		{"en, more than", "These six channels had more than 2 million subscribers.", []string{"2000000 followers more_than"}},
		{"en, together", "These six channels together had 2 million subscribers.", []string{"2000000 followers"}},
		{"fr", "Ces six chaînes comptaient 2 millions d'abonnés.", []string{"2000000 followers"}},
		{"de", "Diese sechs Kanäle hatten zusammen mehr als 2 Millionen Abonnenten.", []string{"2000000 followers more_than"}},
		{"es", "Estos seis canales tenían 2 millones de suscriptores.", []string{"2000000 followers"}},
		{"it", "Questi sei canali avevano 2 milioni di iscritti.", []string{"2000000 followers"}},
		{"ru", "Эти шесть каналов имели 2 млн подписчиков.", []string{"2000000 followers"}},
		{"ru, у этих", "У этих шести каналов было 2 млн подписчиков.", []string{"2000000 followers"}},
		// negatives: a takedown of the counted units, digits, no figure
		// after the verb, an auxiliary, a relative clause, no demonstrative
		{"en, removed", "These 300 accounts were removed.", []string{"300 accounts"}},
		{"en, words removed", "These six channels were blocked.", []string{"6 channels"}},
		{"en, digits", "These 6 channels had 2 million subscribers.", []string{"6 channels", "2000000 followers"}},
		{"en, had been", "These six channels had been blocked by 2016.", []string{"6 channels"}},
		{"fr, ont été", "Ces six chaînes ont été bloquées.", []string{"6 channels"}},
		{"en, relative", "Telegram blocked these six channels, which had 2 million subscribers.", []string{"6 channels", "2000000 followers"}},
		{"en, no demonstrative", "Telegram blocked six channels that had 2 million subscribers.", []string{"6 channels", "2000000 followers"}},
	})
}

// TestKindSubjectGrewTo: a count that ends its clause after a verb of
// change and the preposition of the level reached (to, à, auf, hasta,
// fino a, до) counts the unit its subject named: "Telegram's users grew to
// 60 million", "Die Nutzerzahl stieg auf 60 Millionen". A change by an
// amount, a count with no unit named before, and a percentage before
// "to" give no such figure.
func TestKindSubjectGrewTo(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, users", "Telegram's users grew to 60 million.", []string{"60000000 users"}},
		{"en, user base", "Telegram's user base grew to 60 million.", []string{"60000000 users"}},
		{"en, complaints", "Complaints rose to 300,000.", []string{"300000 notices"}},
		{"fr", "La base d'utilisateurs est passée à 60 millions.", []string{"60000000 users"}},
		{"de, Nutzerzahl", "Die Nutzerzahl stieg auf 60 Millionen.", []string{"60000000 users"}},
		{"es, hasta", "Los usuarios crecieron hasta 60 millones.", []string{"60000000 users"}},
		{"it, fino a", "Gli utenti sono cresciuti fino a 60 milioni.", []string{"60000000 users"}},
		{"ru, до", "Пользователи выросли до 60 млн.", []string{"60000000 users"}},
		// negatives: a change by an amount, no unit before, a percentage
		// before "to", up to with no verb of change, no count
		{"en, by", "Telegram's users grew by 5 million.", nil},
		{"en, no unit", "Arrests rose to 300.", nil},
		{"en, percent", "Telegram's users grew 20% to 60 million.", []string{"20 percent"}},
		{"es, up to", "Se bloquearon hasta 300 cuentas.", []string{"300 accounts up_to"}},
		{"de, no count", "Die Nutzerzahlen sind gestiegen.", nil},
	})
}
