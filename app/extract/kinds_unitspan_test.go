package extract

import "testing"

// TestKindContentIrregularParticiple: "content" before an English past
// participle that does not end in -ed is still the count's unit.
func TestKindContentIrregularParticiple(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"broadcast", "Hayat Tahrir al-Sham with 1,951,527 extremist content broadcast on 403 channels.", []string{"1951527 content_items", "403 channels"}},
		{"spread", "Etidal removed 20,000 extremist content spread across 100 channels.", []string{"20000 content_items", "100 channels"}},
		{"shown", "The platform removed 5,000 terrorist content shown to minors.", []string{"5000 content_items"}},
		// negatives: content as a modifier of another noun
		{"moderators", "The company hired 300 content moderators.", nil},
		{"creators", "The platform paid 300 content creators.", nil},
	})
}

// TestKindRuPlaceNounEnds: a Russian place phrase ends at its noun in the
// prepositional plural, so a genitive unit after it is the referent of a
// count after a change in percent.
func TestKindRuPlaceNounEnds(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"v sotssetyakh", "Кроме того, снизилось количество заблокированного в соцсетях суицидального контента — на 6%, до 32,2 тысячи, и материалов с фейками — на 5%, составив 29,6 тысячи единиц.", []string{"32200 content_items", "6 percent", "5 percent", "29600 content_items"}},
		{"v regionakh", "Также выросло количество удаленных в регионах экстремистских материалов — на 10%, до 5 тысяч.", []string{"5000 content_items", "10 percent"}},
		// negative: the unit noun inside the place phrase is skipped
		{"in the phrase", "Также выросло количество материалов в каналах — на 10%, до 5 тысяч.", []string{"5000 content_items", "10 percent"}},
	})
}

// TestKindBlockingOrders: orders are requests when the clause says they
// are orders to block or remove (and in Hindi, before the count, "ब्लॉक
// करने के"); the Hindi "आवेदन" (applications) after a count are requests.
func TestKindBlockingOrders(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"hi", "केंद्र सरकार ने वेबसाइट और ऑनलाइन पोस्ट ब्लॉक करने के 62 आदेश जारी किए थे, जबकि 2023 में अक्टूबर माह तक 6,954 ऐसे आदेश जारी किए गए.", []string{"62 requests", "6954 requests"}},
		{"en", "The ministry issued 62 orders to block websites.", []string{"62 requests"}},
		{"es", "El ministerio emitió 62 órdenes para bloquear sitios.", []string{"62 requests"}},
		{"it", "Il ministero ha emesso 62 ordini per bloccare siti.", []string{"62 requests"}},
		{"fr", "Le ministère a émis 62 ordres visant à bloquer des sites.", []string{"62 requests"}},
		{"hi, applications", "जुलाई 2010 से दिसंबर 2010 के बीच ऐसे 67 आवेदन आए, जिन्हें गूगल ने नहीं माना।", []string{"67 requests"}},
		// negatives: orders of a court, one application named
		{"en, court", "The court issued 62 orders last year.", nil},
		{"hi, court", "अदालत ने 62 आदेश जारी किए।", nil},
		{"hi, one application", "एक आरटीआई आवेदन के जवाब से ख़ुलासा हुआ है।", nil},
	})
}

// TestKindGappedCount: a French count that leaves out the verb of the
// figure before it ("67.000 concernaient des contenus … et 15.000 des
// contenus …") counts what that figure counts, not the noun after it.
func TestKindGappedCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"et", "Sur un total de 82.754 demandes de retrait en 2022, 67.000 concernaient des contenus pédopornographiques et 15.000 des contenus d'apologie du terrorisme.", []string{"82754 requests", "67000 requests", "15000 requests"}},
		{"comma", "Sur 500 demandes, 300 visaient des comptes, 200 des chaînes.", []string{"500 requests", "300 requests", "200 requests"}},
		{"requêtes", "Sur 1 200 requêtes, 700 concernaient des vidéos et 500 des comptes.", []string{"1200 requests", "700 requests", "500 requests"}},
		// negatives: a count of the noun itself, a relative verb between
		{"no verb", "Telegram a supprimé 300 chaînes et 15 000 des contenus signalés.", []string{"300 channels", "15000 content_items"}},
		{"relative", "Telegram a fermé 300 chaînes qui diffusaient des vidéos et 15 000 des contenus signalés.", []string{"300 channels", "15000 content_items"}},
	})
}

// TestKindBracketTimeTail: a count in brackets after a figure, followed by
// when it was counted, takes the figure's unit.
func TestKindBracketTimeTail(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"it", "Gli utenti di TikTok pubblicano circa 90 milioni di video (oltre 8,1 miliardi nel trimestre aprile-giugno di quest’anno).", []string{"90000000 videos about", "8100000000 videos more_than"}},
		{"en", "Telegram removed 300 channels (over 1,000 in the quarter).", []string{"300 channels", "1000 channels more_than"}},
		{"fr", "Telegram a fermé 300 chaînes (plus de 1 000 au premier trimestre).", []string{"300 channels", "1000 channels more_than"}},
		{"es", "YouTube retiró 90 millones de vídeos (más de 8.000 millones en el trimestre).", []string{"90000000 videos", "8000000000 videos more_than"}},
		{"de", "TikTok löschte 90 Millionen Videos (über 8 Milliarden im Quartal).", []string{"90000000 videos", "8000000000 videos more_than"}},
		// negatives: another count or a unit in the tail
		{"count in tail", "Telegram removed 300 channels (over 1,000 in 40 countries).", []string{"300 channels", "40 countries"}},
		{"unit in tail", "Telegram removed 300 channels (over 1,000 in the groups).", []string{"300 channels"}},
	})
}

// TestKindCopulaBeforeTotal: "for a total of" after a count that a copula
// ties to its subject ends the count's clause.
func TestKindCopulaBeforeTotal(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"it", "I Paesi coinvolti sono 116 per un totale di 465 siti internet.", []string{"116 countries", "465 sites"}},
		{"fr", "Les pays concernés sont 116 pour un total de 465 sites.", []string{"116 countries", "465 sites"}},
		{"es", "Los países afectados son 116 por un total de 465 sitios.", []string{"116 countries", "465 sites"}},
		{"en", "The countries involved were 116 for a total of 465 sites.", []string{"116 countries", "465 sites"}},
		// negative: no copula before the count
		{"no copula", "Telegram ha chiuso 116 per un totale di 465 canali.", []string{"465 channels"}},
	})
}

// TestKindRestatedRate: a count after "that is" and "per second" restates
// the figure before it as a rate and takes its unit; seconds are a time
// unit in every language.
func TestKindRestatedRate(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"fr", "Au cours du mois de février, Google a donc reçu la bagatelle de 77 666 580 de ces demandes, soit 30 par seconde en moyenne.", []string{"77666580 requests", "30 requests average"}},
		{"es", "Google recibió 77 millones de solicitudes, es decir, 30 por segundo.", []string{"77000000 requests", "30 requests"}},
		{"it", "Google ha ricevuto 77 milioni di richieste, cioè 30 al secondo.", []string{"77000000 requests", "30 requests"}},
		{"ru", "Google получил 77 миллионов запросов, то есть 30 в секунду.", []string{"77000000 requests", "30 requests"}},
		// negatives: not per a time unit; a duration in seconds
		{"per person", "Google a reçu 77 millions de demandes, soit 30 par personne.", []string{"77000000 requests"}},
		{"seconds", "Le site a fermé 300 comptes en 30 secondes.", []string{"300 accounts"}},
	})
}

// TestKindCoordUnitLater: a bare count opening its sentence before an
// auxiliary shares the unit of the count coordinated after it in the same
// frame.
func TestKindCoordUnitLater(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es", "Más de 1,1 millones fueron descubiertos por los detectores personales, a los que YouTube contrata para ello, y 400.000 vídeos fueron retirados tras haber recibido la denuncia de algún usuario de la plataforma.", []string{"1100000 videos more_than", "400000 videos"}},
		{"en", "More than 1.1 million were found by flaggers, and 400,000 videos were removed after user reports.", []string{"1100000 videos more_than", "400000 videos"}},
		{"fr", "Plus de 1,1 million ont été repérées par des signaleurs, et 400 000 vidéos ont été retirées après un signalement.", []string{"1100000 videos more_than", "400000 videos"}},
		{"it", "Oltre 1,1 milioni sono stati individuati dai segnalatori e 400.000 video sono stati rimossi dopo le segnalazioni.", []string{"1100000 videos more_than", "400000 videos"}},
		{"de", "Mehr als 1,1 Millionen wurden von Hinweisgebern entdeckt, und 400.000 Videos wurden nach Meldungen entfernt.", []string{"1100000 videos more_than", "400000 videos"}},
		// negatives: no coordinated count, one with no auxiliary, people
		{"alone", "Más de 1,1 millones fueron descubiertos por los detectores.", nil},
		{"no auxiliary", "Más de 1,1 millones fueron descubiertos, y 400.000 vídeos más.", []string{"400000 videos"}},
		{"people", "Más de 1,1 millones de personas fueron detenidas, y 400.000 vídeos fueron retirados.", []string{"400000 videos"}},
	})
}

// TestKindBreakdownLater: a count named by its article and a participle
// ("los 317 suprimidos") takes the unit of the breakdown that ends its
// sentence's clause ("…, entre canales de difusión y bots").
func TestKindBreakdownLater(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es", "Con los 317 suprimidos este 2017, ya son en total 8.850 los contenidos dados de baja al grupo terrorista desde septiembre, entre canales de difusión y bots, como se conoce a los programas automatizados que imitan comportamientos humanos.", []string{"317 bots_and_channels", "8850 content_items"}},
		{"fr", "Avec les 317 supprimés cette année, le total atteint 8 850 contenus retirés depuis septembre, entre chaînes et bots.", []string{"317 bots_and_channels", "8850 content_items"}},
		{"en", "With the 317 removed this year, the total reached 8,850 items taken down since September, between channels and bots.", []string{"317 bots_and_channels", "8850 content_items"}},
		{"it", "Con i 317 rimossi quest'anno, il totale sale a 8.850 contenuti eliminati da settembre, tra canali e bot.", []string{"317 bots_and_channels", "8850 content_items"}},
		// negatives: no breakdown, a span of years after "entre"
		{"no breakdown", "Con los 317 suprimidos este 2017, ya son en total 8.850 los contenidos dados de baja.", []string{"8850 content_items"}},
		{"years", "Con los 317 suprimidos este 2017, ya son 8.850 los contenidos, entre 2015 y 2017.", []string{"8850 content_items"}},
	})
}

// TestKindRankPrepInList: in a list of counts each after "with", the last
// item's count may follow another preposition ("and then Twitter on two
// million", "y Twitter en dos millones") and still takes the list's unit.
func TestKindRankPrepInList(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en", "Facebook leads the way with 12 billion items, then YouTube with five billion, Instagram with 106 million, TikTok with 104 million and then Twitter on two million.",
			[]string{"12000000000 content_items", "5000000000 content_items", "106000000 content_items", "104000000 content_items", "2000000 content_items"}},
		{"es", "Facebook lidera con 12.000 millones de contenidos, YouTube con 5.000 millones y Twitter en dos millones.", []string{"12000000000 content_items", "5000000000 content_items", "2000000 content_items"}},
		{"de", "Facebook führt mit 12 Milliarden Inhalten, YouTube mit fünf Milliarden und Twitter bei zwei Millionen.", []string{"12000000000 content_items", "5000000000 content_items", "2000000 content_items"}},
		// negatives: the item's own unit, a date
		{"own unit", "Facebook leads with 12 billion items and Twitter on two platforms.", []string{"12000000000 content_items", "2 platforms"}},
		{"date", "Facebook leads with 12 billion items, and Twitter posted on 2 March.", []string{"12000000000 content_items"}},
	})
}

// TestKindArabicPossessiveUsers: the Arabic users and followers written
// with a possessive suffix ("عدد مستخدميه", the number of its users) are
// the unit of the count after them.
func TestKindArabicPossessiveUsers(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"mustakhdimihi", "والهند إذ يتجاوز عدد مستخدميه فيها 200 مليون", []string{"200000000 users more_than"}},
		{"mutabi'iha", "وبلغ عدد متابعيها 3 ملايين", []string{"3000000 followers"}},
		{"mustakhdimiha", "وصل عدد مستخدميها إلى 50 ألفا", []string{"50000 users"}},
		// people counted after the number of users are those users (see
		// TestKindPeopleAfterNumberOfUsers)
		{"people", "والهند إذ يتجاوز عدد مستخدميه فيها 200 مليون شخص", []string{"200000000 users more_than"}},
		// negatives: no count, people arrested in a clause of their own
		{"no count", "ارتفع عدد مستخدميه في مصر", nil},
		{"people arrested", "ارتفع عدد مستخدميه واعتقلت الشرطة 17 شخصا", nil},
	})
}

// TestKindDemonstrativeLater: a count with a scale word that a
// demonstrative points back with takes the unit of the count with the same
// scale word the sentence compares it with later.
func TestKindDemonstrativeLater(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"fr", "Ces 5,3 millions représentent une augmentation de 307 % des suspensions par rapport à son dernier rapport, qui portait sur le second semestre 2021, lorsque 1,3 million de comptes avaient été suspendus.", []string{"5300000 accounts", "307 percent", "1300000 accounts"}},
		{"en", "These 5.3 million represent a 307% increase on its last report, when 1.3 million accounts were suspended.", []string{"5300000 accounts", "307 percent", "1300000 accounts"}},
		{"es", "Estos 5,3 millones suponen un aumento del 307 % respecto a su último informe, cuando se suspendieron 1,3 millones de cuentas.", []string{"5300000 accounts", "307 percent", "1300000 accounts"}},
		{"de", "Diese 5,3 Millionen bedeuten ein Plus von 307 Prozent gegenüber dem letzten Bericht, als 1,3 Millionen Konten gesperrt wurden.", []string{"5300000 accounts", "307 percent", "1300000 accounts"}},
		// negatives: nothing compared, a count with another scale
		{"alone", "Ces 5,3 millions représentent une hausse.", nil},
		{"other scale", "Ces 5,3 millions représentent une hausse de 307 %, selon 1 200 signalements.", []string{"307 percent", "1200 notices"}},
	})
}

// TestKindListCount: a list's words count what it lists, as "the number
// of" does, and a list's new length after "rises to" counts what the
// sentence's figure before added to it.
func TestKindListCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"it", "La cosiddetta “black list” dei siti oscurati tocca infatti quota 8.972, nell’ultimo aggiornamento di qualche giorno fa.", []string{"8972 sites"}},
		{"en", "The blacklist of blocked sites now stands at 8,972.", []string{"8972 sites"}},
		{"fr", "La liste noire des sites bloqués atteint désormais 8 972.", []string{"8972 sites"}},
		{"es", "La lista negra de sitios bloqueados llega a 8.972.", []string{"8972 sites"}},
		{"ru", "Реестр запрещенных сайтов насчитывает уже 8 972.", []string{"8972 sites"}},
		{"it, rises to", "Si è registrato un aumento di 28 nuovi domini inibiti dall’Agenzia delle Dogane, con la “black list” che sale così a 9.449.", []string{"28 sites", "9449 sites"}},
		{"en, rises to", "Telegram added 28 new domains to its blacklist, which rises to 9,449.", []string{"28 sites", "9449 sites"}},
		{"es, sube a", "Se añadieron 28 nuevos dominios, con lo que la lista negra sube a 9.449.", []string{"28 sites", "9449 sites"}},
		// negatives: a list of no takedown unit, no figure before
		{"candidates", "La lista dei candidati conta 300 nomi.", nil},
		{"no unit", "The list includes 300.", nil},
		{"nothing added", "Con la lista che sale così a 9.449.", nil},
	})
}

// TestKindWhitelistNoTakedown: what a whitelist (of legal offers) holds is
// no takedown, unless the sentence takes something down.
func TestKindWhitelistNoTakedown(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de", "Zum Ende des Jahres umfasste die Whitelist, auf die legalen Angebote aufgeführt werden 139 Veranstalter mit 216 zugehörigen Internetseiten.", nil},
		{"en", "The whitelist of legal offers lists 139 operators with 216 sites.", nil},
		{"fr", "La liste blanche compte 139 opérateurs et 216 sites.", nil},
		{"it", "La lista bianca comprende 216 siti autorizzati.", nil},
		{"ru", "В белом списке 216 сайтов.", nil},
		// negatives: a takedown in the sentence, a blacklist, the White House
		{"blocked", "Besides the whitelist, regulators blocked 216 sites.", []string{"216 sites"}},
		{"blacklist", "La liste noire compte 216 sites.", []string{"216 sites"}},
		{"White House", "Белый дом сообщил о 216 сайтах.", []string{"216 sites"}},
	})
}

// TestKindProvisionalInList: a phrase saying a count is provisional,
// between a list item's time and its count, keeps the item in the list.
func TestKindProvisionalInList(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ru", "«Совместно с Генеральной прокуратурой за период нашего взаимодействия с 2020 года по 1 июля текущего нами было направлено на блокировку практически 7 тысяч ресурсов, из них за 2021 год – 3 100, за первое полугодие 2022 года по предварительным данным уже более 3 400»", []string{"7000 sites about", "3100 sites", "3400 sites more_than"}},
		{"ru, predvaritelno", "Нами было направлено на блокировку 7 тысяч ресурсов, из них за 2021 год – 3 100, за 2022 год предварительно уже более 3 400.", []string{"7000 sites", "3100 sites", "3400 sites more_than"}},
		{"en", "Telegram blocked 7,000 channels, 3,100 of them in 2021, and in 2022 provisionally more than 3,400.", []string{"7000 channels", "3100 channels", "3400 channels more_than"}},
		{"fr", "Telegram a bloqué 7 000 chaînes, dont 3 100 en 2021 et en 2022 provisoirement plus de 3 400.", []string{"7000 channels", "3100 channels", "3400 channels more_than"}},
		{"es", "Telegram bloqueó 7.000 canales, 3.100 en 2021 y en 2022 provisionalmente más de 3.400.", []string{"7000 channels", "3100 channels", "3400 channels more_than"}},
		{"de", "Telegram sperrte 7.000 Kanäle, davon 3.100 im Jahr 2021 und im Jahr 2022 vorläufig mehr als 3.400.", []string{"7000 channels", "3100 channels", "3400 channels more_than"}},
		// negative: a count of people after the phrase
		{"people", "Telegram blocked 7,000 channels in 2021 and in 2022 provisionally 3,400 people were arrested.", []string{"7000 channels"}},
	})
}

// TestKindLetterAbbreviation: an abbreviation of single letters ("i.e.",
// "d.h.", "т.е.") ends no sentence when the text goes on in lower case or
// with a number, so the count after it restates the figure before.
func TestKindLetterAbbreviation(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, i.e.", "Google received 77 million removal requests in February, i.e. 30 per second.", []string{"77000000 requests", "30 requests"}},
		{"de, d.h.", "Google erhielt 77 Millionen Anfragen, d.h. 30 pro Sekunde.", []string{"77000000 requests", "30 requests"}},
		{"ru, т.е.", "Google получил 77 миллионов запросов, т.е. 30 в секунду.", []string{"77000000 requests", "30 requests"}},
		// negatives: a capital after "т.д." starts a sentence; "etc." is no
		// abbreviation of letters
		{"ru, и т.д.", "Заблокированы каналы, группы и т.д. Telegram заблокировал 300 каналов.", []string{"300 channels"}},
		{"en, etc.", "Telegram blocked channels, groups, bots, etc. Telegram then blocked 300 channels.", []string{"300 channels"}},
	})
}

// TestKindItalianTotale: the Italian "totale" opens a whole after a part
// as "total" does ("300 video su un totale di 1.200", "con un totale di").
func TestKindItalianTotale(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"su un totale di", "Sono stati rimossi 300 video su un totale di 1.200.", []string{"300 videos", "1200 videos"}},
		{"con un totale di", "La polizia postale ha oscurato siti pedopornografici, con un totale di 1.200.", []string{"1200 sites"}},
		{"fr, as before", "YouTube a supprimé 300 vidéos sur un total de 1 200.", []string{"300 videos", "1200 videos"}},
		// negative: a sum of money
		{"money", "Sono stati rimossi 300 video su un totale di 1.200 euro di multe.", []string{"300 videos"}},
	})
}
