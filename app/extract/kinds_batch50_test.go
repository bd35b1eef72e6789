package extract

import "testing"

// TestKindTurnoverShare: a fine capped at a share of a company's turnover
// is no figure (held-out batch 50: "des amendes pouvant monter jusqu'à 6%
// du chiffre d'affaires global annuel d'une entreprise"), in every
// language that writes it; a share of accounts, a change in percent and a
// percent before another noun stay as they were.
func TestKindTurnoverShare(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, du chiffre d'affaires", "Le texte prévoit des amendes pouvant monter jusqu'à 6% du chiffre d'affaires global annuel d'une entreprise.", nil},
		{"fr, de leur groupe", "Les contrevenants s'exposent à des amendes pouvant atteindre 6% du chiffre d'affaires mondial de leur groupe.", nil},
		{"en, of global annual turnover", "Companies face fines of up to 6% of their global annual turnover.", nil},
		{"en, of revenue", "The regulator can fine platforms up to 10% of their worldwide revenue.", nil},
		{"de, des weltweiten Jahresumsatzes", "Es drohen Bußgelder von bis zu 6 % des weltweiten Jahresumsatzes.", nil},
		{"es, de la facturación", "Las multas pueden alcanzar el 6 % de la facturación mundial.", nil},
		{"it, del fatturato", "Le sanzioni possono arrivare fino al 6% del fatturato globale.", nil},
		{"ru, от оборота", "Штрафы могут составить до 6% от оборота компании.", nil},
		{"ar, من إجمالي الإيرادات", "وتصل الغرامات إلى 6% من إجمالي الإيرادات السنوية.", nil},
		{"hi, टर्नओवर के", "कंपनी पर वैश्विक टर्नओवर के 6% तक का जुर्माना लगाया जा सकता है।", nil},
		{"ar, حجم أعمالها", "غرامات تصل إلى 6% من حجم أعمالها العالمية.", nil},
		{"ar, إيراداتها", "غرامة تصل إلى 10% من إيراداتها السنوية.", nil},
		{"ru, от годовой выручки", "Штраф составит до 3% от годовой выручки компании.", nil},
		// unchanged: shares of what was taken down, a change, a percent of users
		{"en, of accounts", "The platform removed 6% of accounts.", []string{"6 percent"}},
		{"fr, des comptes", "La plateforme a supprimé 6 % des comptes signalés.", []string{"6 percent"}},
		{"en, rose to accounts", "Removals rose 6% to 300 accounts.", []string{"6 percent", "300 accounts"}},
		{"de, der Inhalte", "Entfernt wurden 6 Prozent der gemeldeten Inhalte.", []string{"6 percent"}},
	})
}

// TestKindRankOutOf: the size of a ranking is no count of countries
// (held-out batch 50: "جاءت مصر في المرتبة 161 من بين 180 بلدا", a press
// freedom index): a rank word before the count and a preposition of "out
// of" right before it, in the languages that write it. Countries that sent
// requests, and "out of" with no rank, stay figures.
func TestKindRankOutOf(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ar, في المرتبة من بين", "جاءت مصر في المرتبة 161 من بين 180 بلدا.", nil},
		{"en, ranked out of", "Egypt ranked 161st out of 180 countries.", nil},
		{"en, ranked of", "Russia ranked 155th of 180 countries in the index.", nil},
		{"fr, classée sur", "L'Égypte est classée 161e sur 180 pays.", nil},
		{"it, al posto su", "La Russia è al posto 150 su 180 paesi.", nil},
		{"ru, место из", "Россия заняла 155-е место из 180 стран.", nil},
		{"hi, देशों में से स्थान", "भारत 180 देशों में से 161वें स्थान पर है।", nil},
		// unchanged: countries acting, out of with no rank
		{"en, requests came from", "Requests came from 180 countries.", []string{"180 countries"}},
		{"en, out of, no rank", "Telegram received requests from 30 out of 180 countries.", []string{"180 countries"}},
		{"fr, demandes de pays", "Les demandes venaient de 42 pays.", []string{"42 countries"}},
	})
}

// TestKindHindiReportsConverted: the Hindi plural of reports as legacy
// font conversion prints it ("रिपोटरें" for "रिपोर्टें", held-out batch
// 50) is a unit of notices as the usual spelling is; the same conversion
// of a reporter ("रिपोटर") stays no unit.
func TestKindHindiReportsConverted(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"hi, रिपोटरें", "कुल 6,578 रिपोटरें पर कार्रवाई की।", []string{"6578 notices"}},
		{"hi, रिपोटरों", "शेष 4,682 रिपोटरों की समीक्षा की गई।", []string{"4682 notices"}},
		{"hi, two counts", "अन्य 11,260 रिपोटरें में से कुल 6,578 रिपोटरें पर कार्रवाई की।", []string{"11260 notices", "6578 notices"}},
		// unchanged: the usual spelling, reporters
		{"hi, रिपोर्टें", "फेसबुक को 889 रिपोर्टें प्राप्त हुईं।", []string{"889 notices"}},
		{"hi, reporters", "पुलिस ने 5 रिपोटर गिरफ्तार किए।", nil},
	})
}

// TestKindCarriedOthers: a bare count followed by "autres" ("others")
// carries the unit of the count before it in a series dated by weekdays
// (held-out batch 50: "101 sites … ont été bloqués vendredi, puis 3 autres
// dimanches"), as "3 more on Sunday" already did; German "weitere" and a
// weekday with its lead word ("am Sonntag", "le dimanche") too. A count
// with no date after it, a count of its own unit, money and a first count
// with no date stay as they were.
func TestKindCarriedOthers(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, autres dimanches", "101 sites de streaming pirate ont été bloqués vendredi, puis 3 autres dimanches, juste avant une rencontre majeure.", []string{"101 sites", "3 sites"}},
		{"fr, autres dimanche", "101 sites ont été bloqués vendredi, puis 3 autres dimanche.", []string{"101 sites", "3 sites"}},
		{"fr, autres le samedi", "120 comptes ont été suspendus lundi, puis 40 autres le samedi.", []string{"120 accounts", "40 accounts"}},
		{"de, weitere am Sonntag", "Am Freitag wurden 101 Seiten gesperrt, dann 3 weitere am Sonntag.", []string{"101 pages", "3 pages"}},
		{"en, more on Sunday (as before)", "101 sites were blocked on Friday, then 3 more on Sunday.", []string{"101 sites", "3 sites"}},
		// unchanged: no date after, a unit of its own, money, no date before
		{"fr, autres alone", "101 sites ont été bloqués, puis 3 autres.", []string{"101 sites"}},
		{"fr, own unit", "101 sites ont été bloqués vendredi, puis 3 autres comptes dimanche.", []string{"101 sites", "3 accounts"}},
		{"fr, undated first", "101 sites ont été bloqués, puis 3 autres dimanche.", []string{"101 sites"}},
	})
}

// TestKindLinkedParallelCount: a bare count that opens a clause parallel
// to the figure before, with the French "liés" (linked) after it, takes
// that figure's unit (held-out batch 50: "710 000 groupes liés à des
// contenus pédopornographiques et 130 000 liés au terrorisme"), as
// "linked", "legati" and "vinculados" already did ("lié" was too short a
// participle). A count with a unit of its own and a count after a verb
// stay as they were.
func TestKindLinkedParallelCount(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, liés", "710 000 groupes liés à des contenus pédopornographiques et 130 000 liés au terrorisme ont été supprimés en 2024.", []string{"710000 groups", "130000 groups"}},
		{"fr, liées", "300 000 vidéos liées à la haine et 40 000 liées au terrorisme ont été retirées.", []string{"300000 videos", "40000 videos"}},
		{"fr, after an opening phrase", "D’après les statistiques publiées par Telegram, 710 000 groupes liés à la pédopornographie et 130 000 liés au terrorisme ont été supprimés.", []string{"710000 groups", "130000 groups"}},
		{"en, linked (as before)", "710,000 groups linked to child abuse and 130,000 linked to terrorism were removed in 2024.", []string{"710000 groups", "130000 groups"}},
		{"it, legati (as before)", "710.000 gruppi legati alla pedopornografia e 130.000 legati al terrorismo sono stati rimossi.", []string{"710000 groups", "130000 groups"}},
		// unchanged: a unit of its own
		{"fr, own unit", "Telegram a supprimé 710 000 groupes liés à la pédopornographie et 130 000 comptes liés au terrorisme.", []string{"710000 groups", "130000 accounts"}},
		{"fr, no parallel", "Les 710 000 groupes supprimés étaient liés à 130 000 comptes.", []string{"710000 groups", "130000 accounts"}},
	})
}

// TestKindFollowerConjunct: the second conjunct of a count of followers
// counts followers too (held-out batch 50: "suivis par 65 500 personnes
// sur Facebook et 500 personnes sur Instagram"), with its people, its
// users or no noun, when only a platform's preposition or the end follows
// it; people of a clause of their own ("and 20 people were arrested") and
// a unit of its own stay as they were.
func TestKindFollowerConjunct(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, personnes sur Instagram", "Les faux comptes étaient suivis par 65 500 personnes sur Facebook et 500 personnes sur Instagram.", []string{"65500 followers", "500 followers"}},
		{"en, people on Instagram", "The accounts were followed by 65,500 people on Facebook and 500 people on Instagram.", []string{"65500 followers", "500 followers"}},
		{"en, no noun (as before)", "The accounts were followed by 65,500 people on Facebook and 500 on Instagram.", []string{"65500 followers", "500 followers"}},
		{"es, personas en Instagram", "Las cuentas eran seguidas por 65.500 personas en Facebook y 500 personas en Instagram.", []string{"65500 followers", "500 followers"}},
		{"it, persone su Instagram", "Gli account erano seguiti da 65.500 persone su Facebook e 500 persone su Instagram.", []string{"65500 followers", "500 followers"}},
		// unchanged: a clause of their own, a unit of its own
		{"en, people arrested", "The pages were followed by 65,500 people and 20 people were arrested.", []string{"65500 followers"}},
		{"de, Menschen festgenommen", "Die Seiten hatten 65.500 Follower und 500 Menschen wurden festgenommen.", []string{"65500 followers"}},
		{"en, accounts removed", "The pages were followed by 65,500 people and 300 accounts were removed.", []string{"65500 followers", "300 accounts"}},
	})
}

// TestKindArabicQualifierAfterAdjective: an Arabic qualifier written after
// a count's unit may follow the unit's relative adjective (held-out batch
// 50: "497 موقعًا إلكترونيًّا على الأقل"), as it did right after the unit.
// A place phrase after the adjective and a relative clause stay as they
// were.
func TestKindArabicQualifierAfterAdjective(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ar, موقعًا إلكترونيًّا على الأقل", "بلغ عدد المواقع المحجوبة في مصر 497 موقعًا إلكترونيًّا على الأقل.", []string{"497 sites at_least"}},
		{"ar, حساب وهمي على الأقل", "حذف فيسبوك 300 حساب وهمي على الأقل.", []string{"300 accounts at_least"}},
		{"ar, right after the unit (as before)", "حذف فيسبوك 300 حساب على الأقل.", []string{"300 accounts at_least"}},
		// unchanged: no qualifier after the adjective
		{"ar, place after", "حجبت السلطات 497 موقعًا إلكترونيًّا في مصر.", []string{"497 sites"}},
	})
}

// TestKindOpeningRateScope: a rate that opens a sentence covers its first
// count past a sentence adverb set apart by a comma ("Plus globalement,
// chaque mois, la plateforme annonce bloquer 1 million de chaînes et
// groupes", held-out batch 50), and a second count joined right to that
// count by a comma and a conjunction (", ainsi que plus de 10 millions
// d’utilisateurs", ", as well as"). A qualifier that opens the sentence
// ("On average,"), a year before the comma and a second count with a verb
// of its own stay as they were.
func TestKindOpeningRateScope(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, aside and joined", "Plus globalement, chaque mois, la plateforme annonce bloquer 1 million de chaînes et groupes, ainsi que plus de 10 millions d’utilisateurs violant ses règles.", []string{"1000000 groups_and_channels per_month", "10000000 users more_than per_month"}},
		{"fr, joined", "Chaque mois, la plateforme bloque 1 million de chaînes, ainsi que plus de 10 millions d’utilisateurs.", []string{"1000000 channels per_month", "10000000 users more_than per_month"}},
		{"en, as well as", "Each month, the platform blocks 1 million channels, as well as more than 10 million users.", []string{"1000000 channels per_month", "10000000 users more_than per_month"}},
		{"en, overall aside", "Overall, each month, the messaging platform says it blocks 1 million channels.", []string{"1000000 channels per_month"}},
		{"de, insgesamt aside", "Insgesamt, jeden Monat, sperrt die große Plattform nach eigenen Angaben 1 Million Kanäle.", []string{"1000000 channels per_month"}},
		{"es, en total aside", "En total, cada mes, la plataforma de mensajería dice bloquear 1 millón de canales.", []string{"1000000 channels per_month"}},
		// unchanged: a qualifier opens, a year, a verb of its own
		{"en, on average (as before)", "On average, Telegram bans 70 channels.", []string{"70 channels average"}},
		{"en, a year aside", "In 2024, Telegram banned 70 channels.", []string{"70 channels"}},
		{"en, second verb", "Each month, the platform blocks 1 million channels, and in 2023 it removed 300 accounts.", []string{"1000000 channels per_month", "300 accounts"}},
	})
}

// TestKindRussianYearAbbrParallel: the full stop of the Russian "г."
// (year) after a year ends no sentence when a dash, a comma, a number or a
// lower-case word follows, and a bare count after the preposition "к"
// repeated from the figure before takes that figure's unit past a year
// between (held-out batch 50: "Если в 2024 г. был ограничен доступ к 810
// 500 материалам, то в 2025 г. – к 1,289 млн."); the year between no
// longer stops "с" either. A capital after "г." starts the next sentence,
// and a count with a unit of its own stays as it was.
func TestKindRussianYearAbbrParallel(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ru, г. – к", "Если в 2024 г. был ограничен доступ к 810 500 материалам, то в 2025 г. – к 1,289 млн.", []string{"810500 content_items", "1289000 content_items"}},
		{"ru, г. к", "Если в 2024 г. был ограничен доступ к 810 500 материалам, то в 2025 г. к 1,3 млн.", []string{"810500 content_items", "1300000 content_items"}},
		{"ru, году – к", "Если в 2024 году был ограничен доступ к 810 500 материалам, то в 2025 году – к 1,3 млн.", []string{"810500 content_items", "1300000 content_items"}},
		{"ru, с repeated past a year", "В 2024 году с 150 каналами, в 2025 году – с 200.", []string{"150 channels", "200 channels"}},
		// unchanged: a unit of its own, a new sentence after г.
		{"ru, own unit", "В 2024 г. был ограничен доступ к 810 500 материалам, а в 2025 г. – к 3 000 сайтам.", []string{"810500 content_items", "3000 sites"}},
		{"ru, capital after г.", "Доступ к 810 500 материалам ограничен в 2024 г. К 1 300 сайтам доступ восстановлен.", []string{"810500 content_items", "1300 sites"}},
	})
}

// TestKindCounterWords: a counter word after a count ("шт.", "единиц",
// "Stück": pieces) names no unit, so the count still ends its clause and
// counts what the subject of a verb of change named ("Количество
// удаленных материалов выросло до 93 000 шт.", after held-out batch 50's
// "до более чем 93 000 шт."). A counter word with no such subject stays no
// figure.
func TestKindCounterWords(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ru, шт.", "Количество удаленных материалов выросло до 93 000 шт.", []string{"93000 content_items"}},
		{"ru, единиц", "Число заблокированных сайтов выросло до 5 тыс. единиц.", []string{"5000 sites"}},
		{"de, Stück (as before)", "Die Zahl der gesperrten Konten stieg auf 9.300 Stück.", []string{"9300 accounts"}},
		{"ru, bare (as before)", "Количество удаленных материалов выросло до 93 000.", []string{"93000 content_items"}},
		// unchanged: no subject to name the unit
		{"ru, no subject", "Роскомнадзор удалил 93 000 шт.", nil},
	})
}
