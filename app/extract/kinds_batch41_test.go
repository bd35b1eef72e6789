package extract

import "testing"

// TestKindBracketedCount: a number standing alone in brackets before its
// scale word or unit noun, as Yemeni and Gulf papers (and some others)
// write counts, is read as if the brackets were not there: the scale, a
// compound unit and a hedge before the bracket all count.
func TestKindBracketedCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ar, scale after the bracket", "وتحتوي القنوات على أكثر من (7) آلاف فيديو.", []string{"7000 videos more_than"}},
		{"ar, compound", "أغلقت شركة يوتيوب (17) صفحة وقناة تابعة للحوثيين.", []string{"17 pages_and_channels"}},
		{"ar, hedge before the bracket", "أغلقت المنصة نحو (18) قناة تابعة للميليشيات.", []string{"18 channels about"}},
		{"ar, dual compound", "أغلقت مواقع التواصل نحو (24) حساباً وقناة.", []string{"24 accounts_and_channels about"}},
		{"ar, million", "حذفت فيسبوك أكثر من (2) مليون حساب مزيف.", []string{"2000000 accounts more_than"}},
		{"en", "Telegram closed about (300) channels and (40) groups.", []string{"300 channels about", "40 groups"}},
		{"fr", "Facebook a supprimé près de (1 200) comptes.", []string{"1200 accounts about"}},
		{"ru", "Роскомнадзор заблокировал более (500) тыс. сайтов.", []string{"500000 sites more_than"}},
		{"hi", "सरकार ने (16) यूट्यूब चैनलों को ब्लॉक किया।", []string{"16 channels"}},
		// negatives: a count in brackets after its noun, a share's cases,
		// views after a bracketed count, a bracketed year
		{"after its noun", "Meta removed accounts in Turkey (2,232 accounts) and Russia (519).", []string{"2232 accounts", "519 accounts"}},
		{"cases after a share", "Nur noch in 15 % der Fälle (902) wurden deutsche Verantwortliche identifiziert.", []string{"15 percent"}},
		{"views", "وبلغ عدد المشاهدات أكثر من (90) مليون مشاهدة.", nil},
		{"year", "Telegram closed channels in (2019) again.", nil},
	})
}

// TestKindArabicClauseAfterCount: a count with its unit named before it
// after "عدد" ends where an Arabic word joined to و opens the next clause
// ("… أكثر من 500 ألف وتحتوي على …"), as it ends at a comma.
func TestKindArabicClauseAfterCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"verb after", "وبلغ عدد المشتركين فيها أكثر من 500 ألف وتحتوي على أكثر من 7 آلاف فيديو.", []string{"500000 followers more_than", "7000 videos more_than"}},
		{"channels", "وبلغ عدد القنوات المحذوفة 78 وتضم آلاف المتابعين.", []string{"78 channels"}},
		{"accounts, past verb", "بلغ عدد الحسابات 1200 وكانت تنشر محتوى متطرفا.", []string{"1200 accounts"}},
		// negatives: a coordinated unit noun, a coordinated count, no count noun
		{"unit after wa", "وبلغ عدد القنوات 500 وقناة أخرى.", []string{"500 channels"}},
		{"part after wa", "بلغ عدد الحسابات المحذوفة 300 ومنها 20 حسابا لقادة.", []string{"300 accounts", "20 accounts"}},
		{"no count noun", "حضر المؤتمر 500 وتحدث الوزير عن القنوات.", nil},
	})
}

// TestKindCasesOfAShare: a number in brackets after the cases a share is
// of ("in 15 % der Fälle (902)") counts those cases: it is no percentage
// and takes no unit of the figure before it.
func TestKindCasesOfAShare(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de", "Nur noch in 15 % der Fälle (902) wurden deutsche Verantwortliche identifiziert.", []string{"15 percent"}},
		{"en", "The platform removed the posts in 60% of cases (1,200) within a day.", []string{"60 percent"}},
		{"fr", "Les contenus ont été retirés dans 66 % des cas (850).", []string{"66 percent"}},
		{"es", "Las cuentas se cerraron en el 40 % de los casos (310).", []string{"40 percent"}},
		{"ru", "Материалы удалены в 70% случаев (640).", []string{"70 percent"}},
		// negatives: a share in brackets after cases, a count in brackets after its unit
		{"a share in brackets after cases", "In 3,8 Millionen Fällen (33,5 Prozent) waren Verstöße Anlass für eine Löschung.", []string{"33.5 percent"}},
		{"after a unit", "Meta removed 5,000 accounts (4,200 on Facebook).", []string{"5000 accounts", "4200 accounts"}},
	})
}

// TestKindCopulaOwnUnit: a count followed by a plural copula and its own
// unit noun ("954 are Facebook pages", "954 sont des pages", "954 waren
// Facebook-Seiten") counts that noun, not the noun of the opening phrase.
func TestKindCopulaOwnUnit(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en", "Among the now removed accounts, 7,704 are Facebook accounts, 954 are Facebook pages, 15 are Facebook groups, and are 15 Instagram accounts.", []string{"7704 accounts", "954 pages", "15 groups", "15 accounts"}},
		{"fr", "Parmi les comptes supprimés, 7 704 sont des comptes Facebook, 954 sont des pages Facebook et 15 sont des groupes.", []string{"7704 accounts", "954 pages", "15 groups"}},
		{"it", "Tra gli account rimossi, 7.704 sono account Facebook, 954 sono pagine Facebook e 15 sono gruppi.", []string{"7704 accounts", "954 pages", "15 groups"}},
		{"es", "De las cuentas eliminadas, 7.704 son cuentas de Facebook, 954 son páginas y 15 son grupos.", []string{"7704 accounts", "954 pages", "15 groups"}},
		{"de", "Von den gelöschten Konten waren 7.704 Facebook-Konten, 954 waren Facebook-Seiten und 15 waren Gruppen.", []string{"7704 accounts", "954 pages", "15 groups"}},
		// negatives: no unit after the copula, a described noun, a year
		{"verb after the copula", "Of the removed accounts, 1,200 were blocked in India.", []string{"1200 accounts"}},
		{"described noun", "Police reported channels to Telegram, 64 were accounts of bots.", nil},
		{"year", "Of the removed accounts, most in 2019 were pages.", nil},
	})
}

// TestKindBankAccounts: accounts at a bank or a wallet ("28 cuentas
// bancarias", "2,700 bank accounts", "Bankkonten") are money frozen, no
// accounts taken down on a platform.
func TestKindBankAccounts(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es", "Se ha conseguido bloquear 28 cuentas bancarias en España, Francia, Italia y Portugal.", nil},
		{"en", "Kominfo blocked 2,700 bank accounts and 540 e-wallet accounts.", nil},
		{"fr", "La police a gelé 28 comptes bancaires.", nil},
		{"de", "Die Polizei sperrte 28 Bankkonten.", nil},
		{"de, hyphen", "Die Polizei sperrte 28 Bank-Konten und 300 Konten auf Telegram.", []string{"300 accounts"}},
		{"ar", "تم تجميد 28 حسابا مصرفيا.", nil},
		{"hi", "पुलिस ने 28 बैंक खाते फ्रीज किए।", nil},
		// negatives: platform accounts stay accounts
		{"en, accounts of banks", "Twitter suspended 28 accounts of banks.", []string{"28 accounts"}},
		{"de, user accounts", "Twitter hat 300 Nutzerkonten gesperrt.", []string{"300 accounts"}},
		{"es, platform", "Meta eliminó 162 cuentas de Facebook.", []string{"162 accounts"}},
	})
}

// TestKindLexiconBatch41: complaint items (and reclamaciones, reclami) as
// notices, Hindi profiles as accounts, online and fake shops
// as sites, digital requisitions (orders to block) as requests, VKontakte's
// "publics" as groups, German "jeden Tag" / "jeden Monat" as rates.
func TestKindLexiconBatch41(t *testing.T) {
	runKindsRate(t, []kindCase{
		{"de, Beschwerdegegenstände", "Im Jahr 2024 wurden insgesamt 25.893 Beschwerdegegenstände gemeldet.", []string{"25893 notices"}},
		{"de, Onlineshops per month", "Im Fakeshop-Finder werden jeden Monat etwa 2000 neue Onlineshops erfasst.", []string{"2000 sites per_month"}},
		{"de, Fake-Shops", "Die Polizei hat 120 Fake-Shops abgeschaltet.", []string{"120 sites"}},
		{"en, fake shops", "Police took down 120 fake shops.", []string{"120 sites"}},
		{"fr, boutiques en ligne", "La DGCCRF a fermé 45 boutiques en ligne frauduleuses.", []string{"45 sites"}},
		{"ru, интернет-магазинов", "Заблокировано 300 интернет-магазинов.", []string{"300 sites"}},
		{"fr, réquisitions numériques", "Cela a conduit à 80 réquisitions numériques depuis le début de l'année.", []string{"80 requests"}},
		{"ru, пабликов", "ФНС внесла более 200 пабликов в соцсети в список запрещенных ресурсов.", []string{"200 groups"}},
		{"de, jeden Tag", "Telegram sperrt jeden Tag 300 Kanäle.", []string{"300 channels per_day"}},
		{"hi, प्रोफ़ाइल", "मेटा ने 1,200 फर्जी प्रोफ़ाइल हटाईं।", []string{"1200 accounts"}},
		{"es, reclamaciones", "Se recibieron 50 reclamaciones.", []string{"50 notices"}},
		{"it, reclami", "Agcom ha ricevuto 300 reclami.", []string{"300 notices"}},
		// negatives: a shop's products, requisitions with no digital kind, "jedem" with no time
		{"products", "Der Shop hat 300 Produkte.", nil},
		{"requisitions alone", "La DGCCRF a procédé à 80 réquisitions.", nil},
		{"each country", "In jedem Land wurden 300 Kanäle gesperrt.", []string{"300 channels"}},
	})
}

// TestKindHindiLongModifier: between a Hindi count and its unit, "and"
// between two words, "linked with" (से जुड़ी) and the genitive particle
// after three words count as no word, so the unit is still found.
func TestKindHindiLongModifier(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"genitive after three words", "अबतक 7 हजार 800 से ज्यादा अवैध सट्टेबाजी और गैंबलिंग की वेबसाइट को बंद किया गया है.", []string{"7800 sites more_than"}},
		{"linked with", "केंद्र सरकार ने 242 अवैध सट्टेबाजी और गैंबलिंग से जुड़ी वेबसाइट लिंक को ब्लॉक कर दिया है.", []string{"242 links"}},
		{"linked with, one word", "सरकार ने 120 सट्टेबाजी से जुड़े यूट्यूब चैनल ब्लॉक किए.", []string{"120 channels"}},
		{"related", "मंत्रालय ने 35 आतंकवाद से संबंधित अकाउंट ब्लॉक किए.", []string{"35 accounts"}},
		// negatives: a time before the unit, a duration linked with cases, a sum
		{"time", "7 दिन के अंदर 300 वीडियो हटाए गए.", []string{"300 videos"}},
		{"duration", "मंत्रालय ने 3 साल से जुड़े मामलों में 50 वेबसाइट ब्लॉक कीं.", []string{"50 sites"}},
		{"money", "कंपनी पर 5 करोड़ रुपये से जुड़ी जांच चल रही है.", nil},
	})
}

// TestKindHindiPiecesOfContent: pieces counted after the content named
// before the number and its genitive ("सामग्री के 651933 टुकड़े") are
// content items.
func TestKindHindiPiecesOfContent(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"सामग्री", "गूगल ने अगस्त में सामग्री के 651933 टुकड़े भी हटा दिए।", []string{"651933 content_items"}},
		{"with complaints", "गूगल को जुलाई में 36934 शिकायतें मिली थीं और उन शिकायतों के आधार पर सामग्री के 95680 टुकड़े हटा दिए गए थे।", []string{"36934 notices", "95680 content_items"}},
		{"कंटेंट", "गूगल ने कंटेंट के 3,75,468 टुकड़े हटाए।", []string{"375468 content_items"}},
		// negatives: pieces of something else, content after the number
		{"cake", "केक के 5 टुकड़े खाए गए।", nil},
		{"no genitive", "सामग्री 5 टुकड़े में बंटी।", nil},
	})
}

// TestKindCasesOfTheNamedUnit: a count followed only by a word for cases
// ("3097 Fälle", "3,097 cases", "3 097 cas") counts the unit the clause
// named before it ("die Anzahl der Beschwerden … von 4063 auf 3097 Fälle").
func TestKindCasesOfTheNamedUnit(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de, from to", "Die Anzahl der berechtigten Beschwerden ist allerdings von 4063 auf 3097 Fälle (ohne Usenet und Spam) zurückgegangen.", []string{"4063 notices", "3097 notices"}},
		{"en", "The number of complaints rose to 3,097 cases.", []string{"3097 notices"}},
		{"fr", "Le nombre de signalements est passé de 4 063 à 3 097 cas.", []string{"4063 notices", "3097 notices"}},
		{"es", "El número de denuncias subió de 4.063 a 3.097 casos.", []string{"4063 notices", "3097 notices"}},
		// negatives: cases with no unit named, cases in a share
		{"no unit named", "Die Polizei ermittelte in 300 Fällen.", nil},
		{"share", "In 3,8 Millionen Fällen (33,5 Prozent) waren Verstöße gegen den Kinderschutz Anlass für eine Löschung.", []string{"33.5 percent"}},
		{"a year", "Die Zahl der Beschwerden stieg 2019 auf 300.", []string{"300 notices"}},
	})
}

// TestKindTotalAfterCount: in Italian, Spanish and French the subject may
// follow the count it has reached, "a 312 il numero dei siti": the unit
// after "the number of" / "the total of" is the count's.
func TestKindTotalAfterCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"it, numero", "Sale, così, a 312 il numero dei siti complessivamente oscurati dalla Consob a partire da luglio 2019.", []string{"312 sites"}},
		{"it, totale", "Sale a 300 il totale dei canali chiusi su Telegram.", []string{"300 channels"}},
		{"it, di", "Passa a 40 il numero di richieste.", []string{"40 requests"}},
		{"es", "Asciende a 548 el número de los sitios bloqueados.", []string{"548 sites"}},
		{"fr", "Il a atteint 80 le nombre de sites bloqués.", []string{"80 sites"}},
		// negatives: the number of something uncounted, "the number" closing a clause
		{"deaths", "Sale a 5 il numero dei morti.", nil},
		{"the highest number", "Telegram ha chiuso 300 canali, il numero più alto.", []string{"300 channels"}},
		{"subject first", "Il numero totale dei siti oscurati sale quindi a 548.", []string{"548 sites"}},
	})
}

// TestKindThreeUnitList: three unit nouns after one count, a comma after
// the first and "and" before the third, are one compound unit in the
// order written; a number after the comma starts another count.
func TestKindThreeUnitList(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, serial comma", "Tanjug is reporting, citing Reuters, that a total of 2,632 pages, groups, and accounts were removed from Facebook and Instagram.", []string{"2632 pages_and_groups_and_accounts"}},
		{"es", "Facebook eliminó más de 500 páginas, grupos y cuentas falsas.", []string{"500 pages_and_groups_and_accounts more_than"}},
		{"fr", "Facebook a supprimé 652 pages, groupes et comptes.", []string{"652 pages_and_groups_and_accounts"}},
		{"it", "Facebook ha rimosso 652 fra pagine, gruppi e profili.", []string{"652 pages_and_groups_and_accounts"}},
		{"de", "Facebook löschte 652 Seiten, Gruppen und Konten.", []string{"652 pages_and_groups_and_accounts"}},
		{"ru", "Facebook удалил 652 страницы, группы и аккаунта.", []string{"652 pages_and_groups_and_accounts"}},
		// negatives: a count after each noun, a noun of another phrase, two nouns
		{"counts apart", "Meta removed 500 pages, 300 groups and 20 accounts.", []string{"500 pages", "300 groups", "20 accounts"}},
		{"another phrase", "Meta removed 500 pages, groups of activists said.", []string{"500 pages"}},
		{"two nouns", "Meta removed 500 pages and groups.", []string{"500 pages_and_groups"}},
	})
}

// TestKindDozens: a number before a word for a dozen multiplies it ("three
// dozen", "zwei Dutzend", "deux douzaines de"), half a dozen is six; both
// are as approximate as "a dozen". Dozens with no number stay uncounted.
func TestKindDozens(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en", "Telegram removed three dozen channels linked to Hamas.", []string{"36 channels about"}},
		{"en, digits", "Telegram blocked 3 dozen channels.", []string{"36 channels about"}},
		{"de", "Telegram sperrte zwei Dutzend Kanäle.", []string{"24 channels about"}},
		{"fr", "Telegram a fermé une vingtaine de comptes et deux douzaines de groupes.", []string{"20 accounts about", "24 groups about"}},
		{"es", "Telegram cerró dos docenas de canales.", []string{"24 channels about"}},
		{"ru", "Telegram заблокировал две дюжины каналов.", []string{"24 channels about"}},
		{"en, half", "Telegram blocked half a dozen channels.", []string{"6 channels about"}},
		{"fr, half", "Telegram a fermé une demi-douzaine de chaînes.", []string{"6 channels about"}},
		{"it, half", "Telegram ha chiuso mezza dozzina di canali.", []string{"6 channels about"}},
		{"de, half", "Telegram sperrte ein halbes Dutzend Kanäle.", []string{"6 channels about"}},
		// negatives: dozens with no number, a dozen kept, a year before it
		{"dozens", "Telegram blocked dozens of channels.", nil},
		{"Dutzende", "Telegram hat Dutzende Kanäle der Hamas gesperrt.", nil},
		{"a dozen", "Es waren rund ein Dutzend europäische Staaten.", []string{"12 countries about"}},
		{"year", "In 2019 dozens of channels were closed.", nil},
	})
}

// TestKindHindiRange: two numbers joined by से, the second larger and
// written at once after it, are a range ("20 से 25 यूट्यूब चैनल"); a year
// before से is a start ("2019 से 300 चैनल": since 2019).
func TestKindHindiRange(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"digits", "सरकार ने 20 से 25 यूट्यूब चैनलों को ब्लॉक किया।", []string{"20-25 channels"}},
		{"lakh", "सरकार ने 20 लाख से 25 लाख अकाउंट बैन किए।", []string{"2000000-2500000 accounts"}},
		{"more than", "व्हाट्सएप रोज 80 से 90 हजार अकाउंट बैन करता है।", []string{"80000-90000 accounts"}},
		// negatives: since a year, a smaller second number
		{"since a year", "सरकार ने 2019 से 300 चैनल ब्लॉक किए।", []string{"300 channels"}},
		{"smaller second", "सरकार ने 500 से 300 चैनल कम किए।", []string{"500 channels", "300 channels"}},
	})
}

// TestKindRussianHalfGenitive: полутора, the genitive of полтора (one and a
// half) after около, более, свыше, is one and a half of its scale.
func TestKindRussianHalfGenitive(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"около", "Роскомнадзор заблокировал около полутора тысяч сайтов.", []string{"1500 sites about"}},
		{"более", "Более полутора миллионов аккаунтов удалено.", []string{"1500000 accounts more_than"}},
		{"свыше, with a duration", "Роскомнадзор заблокировал свыше полутора тысяч сайтов за полтора года.", []string{"1500 sites more_than"}},
		// negatives: a duration of a year and a half, the nominative kept
		{"duration", "В течение полутора лет заблокировано 300 сайтов.", []string{"300 sites"}},
		{"nominative", "Полтора миллиона аккаунтов удалено.", []string{"1500000 accounts"}},
	})
}

// TestKindPlatformGap: a bare count after another platform's name, with
// the verb left out after a semicolon, a comma or "and", is that
// platform's count of the same unit ("Twitter suspended 125,000 accounts;
// Facebook, 50,000").
func TestKindPlatformGap(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, semicolon", "Twitter suspended 125,000 accounts; Facebook, 50,000.", []string{"125000 accounts", "50000 accounts"}},
		{"en, and", "Twitter suspended 125,000 accounts and Facebook 50,000.", []string{"125000 accounts", "50000 accounts"}},
		{"es", "Twitter suspendió más de 125.000 cuentas; Facebook, 50.000.", []string{"125000 accounts more_than", "50000 accounts"}},
		{"fr", "Twitter a suspendu 125 000 comptes ; Facebook, 50 000.", []string{"125000 accounts", "50000 accounts"}},
		{"de", "Twitter hat 125.000 Konten gesperrt; Facebook 50.000.", []string{"125000 accounts", "50000 accounts"}},
		{"it", "Twitter ha sospeso 125.000 account; Facebook 50.000.", []string{"125000 accounts", "50000 accounts"}},
		{"ru, dash", "Twitter заблокировал 125 тыс. аккаунтов, Facebook — 50 тыс.", []string{"125000 accounts", "50000 accounts"}},
		{"ar", "حذف تويتر 125 ألف حساب، وفيسبوك 50 ألفا.", []string{"125000 accounts", "50000 accounts"}},
		// negatives: a year after the platform, a share, its own unit, another sentence
		{"year", "Twitter suspended 125,000 accounts; Facebook, founded in 2004.", []string{"125000 accounts"}},
		{"share", "Twitter removed 30% of posts; Facebook, 50.", []string{"30 percent"}},
		{"own unit", "Twitter suspended 125,000 accounts; Facebook, 50,000 pages.", []string{"125000 accounts", "50000 pages"}},
		{"another sentence", "Twitter suspended 125,000 accounts. Facebook, 50,000.", []string{"125000 accounts"}},
	})
}

// TestKindGluedPc: "pc" glued to a number is per cent, as British, Irish and
// Kenyan papers write it ("99.7pc", "a 35pc rise"); "PC" written apart is a
// computer.
func TestKindGluedPc(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"two shares", "Of these, 99.7pc of them were proactively removed before anyone reported them, and 94.6pc removed within 24 hours of posting.", []string{"99.7 percent", "94.6 percent"}},
		{"a rise", "Telegram blocked 1,200 channels, a 35pc rise.", []string{"1200 channels", "35 percent"}},
		{"small share", "TikTok removed 0.7pc of all content uploaded.", []string{"0.7 percent"}},
		// negatives: computers, a year
		{"computers", "Police seized 5 PC units and 300 accounts.", []string{"300 accounts"}},
		{"year", "The 2019pc report.", nil},
	})
}

// TestKindHindiHalfWords: डेढ़ (one and a half) and ढाई (two and a half)
// before a scale or सौ are that many of it ("डेढ़ लाख अकाउंट", "ढाई सौ
// वेबसाइट"); the Arabic construct form مئتي is two hundred.
func TestKindHindiHalfWords(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"hi, डेढ़ लाख", "सरकार ने डेढ़ लाख अकाउंट बंद किए।", []string{"150000 accounts"}},
		{"hi, ढाई हजार", "सरकार ने ढाई हजार वेबसाइट ब्लॉक कीं।", []string{"2500 sites"}},
		{"hi, डेढ़ करोड़ with more than", "व्हाट्सएप ने डेढ़ करोड़ से ज्यादा अकाउंट बैन किए।", []string{"15000000 accounts more_than"}},
		{"hi, डेढ़ सौ", "सरकार ने डेढ़ सौ चैनल ब्लॉक किए।", []string{"150 channels"}},
		{"hi, ढाई सौ", "सरकार ने ढाई सौ वेबसाइट ब्लॉक कीं।", []string{"250 sites"}},
		{"ar, مئتي", "حذفت المنصة أكثر من مئتي قناة.", []string{"200 channels more_than"}},
		// negatives: durations of one and a half and two and a half
		{"hi, a year and a half", "डेढ़ साल में 300 चैनल ब्लॉक हुए।", []string{"300 channels"}},
		{"hi, two and a half hours", "ढाई घंटे में 20 वीडियो हटाए गए।", []string{"20 videos"}},
	})
}

// TestKindRestatedRate: a count after "or", "ovvero", "то есть", "that is"
// and before a rate restates the figure before as a rate and takes its unit
// ("12,000 channels, or 400 a day").
func TestKindRestatedAsRate(t *testing.T) {
	runKindsRate(t, []kindCase{
		{"en, or", "YouTube removed 12,000 channels, or about 400 a day.", []string{"12000 channels", "400 channels per_day"}},
		{"en, that is", "YouTube removed 12,000 channels, that is 400 a day.", []string{"12000 channels", "400 channels per_day"}},
		{"it, ovvero", "YouTube ha rimosso 12.000 canali, ovvero 400 al giorno.", []string{"12000 channels", "400 channels per_day"}},
		{"ru, то есть", "YouTube удалил 12 тыс. каналов, то есть 400 в день.", []string{"12000 channels", "400 channels per_day"}},
		{"es, o sea", "YouTube eliminó 12.000 canales, o sea 400 al día.", []string{"12000 channels", "400 channels per_day"}},
		// negatives: an alternative with its own unit, a year, a range
		{"own unit", "YouTube removed 12,000 channels or 400 videos.", []string{"12000 channels", "400 videos"}},
		{"year", "YouTube removed 12,000 channels in 2019 or 2020.", []string{"12000 channels"}},
		{"range", "Telegram blocks 5 or 6 channels a day.", []string{"5-6 channels per_day"}},
	})
}

// TestKindHandles: handles, as Indian papers call X and Twitter accounts,
// are accounts ("1,400 X handles", "8,000 ट्विटर हैंडल्स"); the verb
// "handles" counts nothing.
func TestKindHandles(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, X handles", "The government blocked 1,400 X handles.", []string{"1400 accounts"}},
		{"en, handles", "Twitter withheld 8,000 handles in India.", []string{"8000 accounts"}},
		{"hi, हैंडल", "सरकार ने 1,400 एक्स हैंडल ब्लॉक किए।", []string{"1400 accounts"}},
		{"hi, हैंडल्स", "सरकार ने 8,000 ट्विटर हैंडल्स ब्लॉक किए।", []string{"8000 accounts"}},
		// negatives: the verb
		{"verb before", "The cyber cell handles 300 complaints a day.", []string{"300 notices"}},
		{"verb after", "Of the 300 complaints it handles, 20 are about X.", []string{"300 notices", "20 notices"}},
		{"verb, cases", "The team handles 5 cases.", nil},
	})
}

// TestKindRussianObliqueCases: Russian unit nouns in the dative,
// instrumental and prepositional plural, and заявок, count as in the
// nominative ("направлены 17 платформам", "по 300 обращениям", "к 300
// доменам").
func TestKindRussianObliqueCases(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"platforms, dative", "В ходе акции 2145 материалов были направлены 17 платформам.", []string{"2145 content_items", "17 platforms"}},
		{"companies, dative", "Роскомнадзор направил требования 300 компаниям.", []string{"300 companies"}},
		{"countries, dative", "Материалы разослали по 30 странам.", []string{"30 countries"}},
		{"requests, dative", "Решения приняты по 300 обращениям граждан.", []string{"300 requests"}},
		{"requests, genitive", "Роскомнадзор получил 500 заявок.", []string{"500 requests"}},
		{"posts, prepositional", "Фейки нашли в 300 сообщениях.", []string{"300 posts"}},
		{"accounts, prepositional", "Призывы размещались в 300 профилях.", []string{"300 accounts"}},
		{"sites, dative", "Доступ ограничен к 300 доменам.", []string{"300 sites"}},
		// negatives: users as the agent; the prepositional plural already known
		{"users as agents", "Роскомнадзор выявил материалы, размещенные пользователями на сайтах, и 500 из них удалены.", []string{"500 content_items"}},
		{"languages kept", "Материалы были на 12 языках.", []string{"12 languages"}},
	})
}

// TestKindHindiObliqueLinks: the Hindi oblique plural of URLs and links
// (यूआरएलों, लिंकों) counts as their direct form.
func TestKindHindiObliqueLinks(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"urls", "सरकार ने 300 यूआरएलों को ब्लॉक किया।", []string{"300 urls"}},
		{"links", "मंत्रालय ने 300 लिंकों को हटाया।", []string{"300 links"}},
		{"website links", "सरकार ने 242 वेबसाइट के लिंकों को ब्लॉक किया।", []string{"242 links"}},
		// negative: a link as a verb's object with no count
		{"no count", "सरकार ने लिंकों को हटाया।", nil},
	})
}

// TestKindHyphenHedges: "-plus" and "-odd" glued to a count are more than
// ("300-odd": somewhat more than 300), and "north of" before it more than.
func TestKindHyphenHedges(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"plus", "Telegram took down 1,200-plus channels.", []string{"1200 channels more_than"}},
		{"odd", "Twitter suspended 70,000-odd accounts.", []string{"70000 accounts more_than"}},
		{"north of", "The company removed north of 5,000 accounts.", []string{"5000 accounts more_than"}},
		// negatives: a year with -plus, north of a place
		{"year", "The 2020-plus plan.", nil},
		{"place", "They went north of the river with 300 accounts.", []string{"300 accounts"}},
	})
}

// TestKindReachVerbSubject: a verb of reaching a total between a subject
// that names the unit and the count acts as a copula ("Complaints reached
// 300,000", "les signalements ont atteint 300 000", "Жалобы достигли 300
// тыс."); an article or "quota" may stand before the count.
func TestKindReachVerbSubject(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en", "Complaints reached 300,000.", []string{"300000 notices"}},
		{"fr", "Les signalements ont atteint 300 000.", []string{"300000 notices"}},
		{"es, article", "Las denuncias alcanzaron las 300.000.", []string{"300000 notices"}},
		{"it, quota", "Le segnalazioni hanno raggiunto quota 300.000.", []string{"300000 notices"}},
		{"de", "Die Meldungen erreichten 300.000.", []string{"300000 notices"}},
		{"ru", "Жалобы достигли 300 тыс.", []string{"300000 notices"}},
		// negatives: people reached, visits, a company's staff
		{"people", "The channels reached 2 million people.", nil},
		{"visits", "Le site a atteint 300 000 visites.", nil},
		{"staff", "The company reached 300 employees.", nil},
	})
}

// TestKindCountWordBeforeComparison: a count named by "the number of" ends
// before a word of comparison written without a comma ("Число жалоб
// выросло до 12 тыс. против 8 тыс."), so both counts take the unit; an
// Italian or Spanish article may follow the comparison word.
func TestKindCountWordBeforeComparison(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ru", "Число жалоб выросло до 12 тыс. против 8 тыс. годом ранее.", []string{"12000 notices", "8000 notices"}},
		{"en", "The number of complaints rose to 12,000 against 8,000 a year earlier.", []string{"12000 notices", "8000 notices"}},
		{"fr", "Le nombre de signalements est passé à 12 000 contre 8 000 en 2022.", []string{"12000 notices", "8000 notices"}},
		{"it, article", "La Polizia ha oscurato 2.500 siti, contro i 1.800 nel 2022.", []string{"2500 sites", "1800 sites"}},
		// a part dated by a year is no comparison but a part ("12 of them
		// from 2015"); money compared is no figure
		{"part of a year", "Twitter bloqueó 78 cuentas, 12 del 2015.", []string{"78 accounts", "12 accounts"}},
		{"money", "Das Bußgeld stieg auf 12.000 Euro gegenüber 8.000 Euro im Vorjahr.", nil},
	})
}

// TestKindAmountVerbSubject: verbs of amounting ("stood at", "amounted to",
// "s'élèvent à", "ammontano a", "ascienden a", "sumaron") between a subject
// naming the unit and the count give the count that unit.
func TestKindAmountVerbSubject(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, stood at", "Suspended accounts stood at 12,000.", []string{"12000 accounts"}},
		{"en, amounted to", "Suspended accounts amounted to 12,000.", []string{"12000 accounts"}},
		{"fr", "Les comptes suspendus s’élèvent à 12 000.", []string{"12000 accounts"}},
		{"it", "I profili rimossi ammontano a 12.000.", []string{"12000 accounts"}},
		{"es, ascienden", "Las cuentas suspendidas ascienden a 12.000.", []string{"12000 accounts"}},
		{"es, sumaron", "Las cuentas suspendidas sumaron 12.000.", []string{"12000 accounts"}},
		// negatives: money, a distance
		{"money", "The fine amounted to 12,000 euros.", nil},
		{"distance", "The police stood at 300 metres from the site.", nil},
	})
}

// TestKindHindiCountBecomes: a Hindi count after "X की संख्या" (the number
// of X) ends at a verb of becoming or reaching, or a copula ("बढ़कर 12,000
// हो गई", "12,000 पहुंच गई", "300 थी").
func TestKindHindiCountBecomes(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"rose to", "शिकायतों की संख्या बढ़कर 12,000 हो गई।", []string{"12000 notices"}},
		{"reached", "ब्लॉक किए गए अकाउंट्स की संख्या 12,000 पहुंच गई।", []string{"12000 accounts"}},
		{"copula", "चैनलों की संख्या 300 थी।", []string{"300 channels"}},
		// negatives: no unit named, people hurt
		{"no unit", "यह संख्या 12,000 हो गई।", nil},
		{"people", "12,000 लोग घायल हो गए।", nil},
	})
}
