package extract

import "testing"

// TestKindShareOfAllCountries: a percentage of all the world's countries,
// written with "aller", "tous les", "todos los" or "tutti i", is who is
// reported on, no takedown figure (held-out batch 65: "in 76% aller
// Länder … verhaftet"), as "في 76% من دول العالم" already was.
func TestKindShareOfAllCountries(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, aller", "Laut dem Bericht wurden in 40% aller Länder Websites gesperrt.", nil},
		{"fr, tous les", "Selon l'ONG, dans 30 % de tous les pays des sites ont été bloqués.", nil},
		{"es, todos los", "En el 25% de todos los países se bloquearon redes sociales.", nil},
		// unchanged: a share of takedowns
		{"de, Inhalte", "Die Plattform löschte 40 Prozent der gemeldeten Inhalte.", []string{"40 percent"}},
	})
}

// TestKindCountriesOfArrests: the countries where people were arrested or
// detained, in a sentence that blocks or removes nothing, are no takedown
// figure (batch 65: "In 47 Ländern wurden Nutzer … festgenommen").
// Countries where sites were blocked keep their count.
func TestKindCountriesOfArrests(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, festgenommen", "In 38 Ländern wurden Blogger wegen ihrer Beiträge festgenommen.", nil},
		{"en, arrested", "In 52 countries, users were arrested for what they posted online.", nil},
		{"fr, arrêtés", "Dans 29 pays, des internautes ont été arrêtés pour leurs publications.", nil},
		// unchanged: a takedown in the sentence
		{"de, gesperrt", "In 20 Ländern wurden soziale Netzwerke gesperrt und Blogger festgenommen.", []string{"20 countries"}},
		{"en, blocked", "Authorities in 15 countries blocked social media and arrested bloggers.", []string{"15 countries"}},
	})
}

// TestKindOwnAccountsWith: accounts counted after "with" and a possessive
// ("mit seinen 19 Accounts", "with its 12 accounts", "avec ses 8
// comptes") are the ones the subject runs, not ones taken down (batch 65:
// "hat mit seinen 19 Accounts insgesamt 621 Konten gesperrt").
func TestKindOwnAccountsWith(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, mit seinen", "Das Ministerium hat mit seinen 12 Accounts insgesamt 300 Konten gesperrt.", []string{"300 accounts"}},
		{"de, mit ihren", "Die Behörden haben mit ihren 5 Kanälen 80 Nutzerkonten blockiert.", []string{"80 accounts"}},
		{"en, with its", "The ministry, with its 9 accounts, blocked 450 accounts in total.", []string{"450 accounts"}},
		{"fr, avec ses", "Le ministère a bloqué, avec ses 7 comptes, 210 comptes au total.", []string{"210 accounts"}},
		// unchanged: a possessive without "with" counts what was taken down
		{"de, seine", "Die Plattform sperrte seine 12 Accounts.", []string{"12 accounts"}},
	})
}

// TestKindStoredHoldings: what a database or archive holds ("gespeichert",
// "stored", "stockés", "хранятся"), in a sentence that removes or blocks
// nothing, is no takedown figure (batch 65: "Derzeit sind dort 4 963
// Video- und Audiodateien gespeichert").
func TestKindStoredHoldings(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, gespeichert", "In der Datenbank sind 3 200 Videos gespeichert.", nil},
		{"en, stored", "The database currently has 5,000 videos stored for comparison.", nil},
		{"fr, stockées", "La base contient 1 200 vidéos stockées pour comparaison.", nil},
		{"ru, хранятся", "В базе хранятся 4 000 видео.", nil},
		// unchanged: stored content that was removed
		{"de, entfernt", "Von den gespeicherten Inhalten wurden 900 Videos entfernt.", []string{"900 videos"}},
	})
}

// TestKindWords65: German unit words batch 65 showed missing: names of
// accounts ("10.000 Accountnamen"), publications referred for removal
// ("9 787 Veröffentlichungen"), files removed ("8 949 Dateien") and
// providers asked to remove content ("nur bei 31 Anbietern"), as English
// "providers" are platforms. Only the dative plural: "sieben Anbieter
// veröffentlichten Berichte" are the subject, publishing.
func TestKindWords65(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, Accountnamen", "Die Regierung müsste rund 2.000 Accountnamen nennen.", []string{"2000 accounts about"}},
		{"de, Veröffentlichungen", "Europol meldete 1 500 Veröffentlichungen an die Anbieter.", []string{"1500 content_items"}},
		{"de, Dateien", "Insgesamt wurden 700 Dateien entfernt.", []string{"700 content_items"}},
		{"de, Anbietern", "Die Löschersuchen wurden 500 Videos und 12 Anbietern geschickt.", []string{"500 videos", "12 platforms"}},
		{"de, Anbieter publishing", "Berichte über Beschwerden hätten sieben Anbieter veröffentlicht.", nil},
	})
}

// TestKindArabicPresentationForms: Arabic written in presentation forms
// (as copied from some PDFs and old pages) reads as the base letters
// (batch 65: "قراراً بحجب أﺣﺪ ﻋﺸﺮ ﻣﻮقعاً").
func TestKindArabicPresentationForms(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ar, count word", "قررت النيابة ﺣﺠﺐ ﺧﻤﺴﺔ ﻣﻮاﻗﻊ إﺧﺒﺎرﻳﺔ.", []string{"5 sites"}},
		{"ar, digits", "ﺣﺠﺒﺖ اﻟﺴﻠﻄﺎت 20 ﻣﻮﻗﻌﺎ.", []string{"20 sites"}},
	})
}

// TestKindNamedListAhead: bare counts, each after a name set off by a
// comma or "and", share the unit written once after the last count (batch
// 65: "auf Facebook 150, das Verkehrsministerium 141, das
// Bildungsministerium 42 und das Bundesfamilienministerium 40 Nutzer
// gesperrt", "mit 1.585 und das Auswärtige Amt mit 1.559 blockierten
// Nutzerkonten").
func TestKindNamedListAhead(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, names and counts", "Das Innenministerium hat 90, das Justizministerium 35 und das Außenministerium 12 Konten gesperrt.", []string{"90 accounts", "35 accounts", "12 accounts"}},
		{"de, mit", "Es folgen das Finanzamt mit 420 und die Deutsche Bahn mit 310 blockierten Nutzerkonten.", []string{"420 accounts", "310 accounts"}},
		{"en, countries", "Requests came from Germany 150, France 90 and Italy 40 requests in total.", []string{"150 requests", "90 requests", "40 requests"}},
		// unchanged: a lower-case word before the next count, a year
		{"de, no name", "Die Behörde hat 90, dann weitere 35 Konten gesperrt.", []string{"35 accounts"}},
		{"en, a year", "In 2019, Germany 150 accounts were removed.", []string{"150 accounts"}},
	})
}

// TestKindActionNounBefore: a bare count with an action noun ("100
// blocages") takes the unit of an earlier figure written after the same
// noun and "of" ("le blocage de 28 sites"), however far before it stands
// in the sentence (batch 65).
func TestKindActionNounBefore(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, blocage de", "Le tribunal a ordonné en mars le blocage de 12 sites de streaming, puis, après de longues procédures engagées par plusieurs ayants droit du sport et du cinéma en novembre, une nouvelle vague de plus de 40 blocages.", []string{"12 sites", "40 sites more_than"}},
		{"en, removal of", "In March the court ordered the removal of 30 videos, and later, after a long appeal brought by several rights holders from sport, music and film across the whole of Europe, a further wave of 45 removals.", []string{"30 videos", "45 videos"}},
		// unchanged: the action noun alone, with no figure before
		{"fr, alone", "Le régulateur a prononcé 40 blocages.", nil},
	})
}

// TestKindButOnly: a bare count closing its clause after "but", a verb of
// taking down and perhaps "only" counts part of the figure before it
// (batch 65: "уличила 12 Telegram-каналов …, но заблокировали всего
// четыре").
func TestKindButOnly(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ru, всего", "Прокуратура выявила 30 сайтов, но заблокировали всего восемь.", []string{"30 sites", "8 sites"}},
		{"en, only", "The agency flagged 40 channels, but Telegram removed only 9.", []string{"40 channels", "9 channels"}},
		// unchanged: "en" before the verb (read before), a year
		{"fr, mais en", "Pharos a signalé 25 comptes, mais la plateforme en a supprimé 6.", []string{"25 accounts", "6 accounts"}},
		{"en, a year", "The agency flagged 40 channels, but blocked none in 2021.", []string{"40 channels"}},
	})
}

// TestKindBracketNameList: counts alone in brackets after capitalised
// names, in a list set off by commas or "and", take the unit the sentence
// counts with later (batch 65: "Gesundheitsministerium (207),
// Familienministerium (135), … das nur drei blockierte Twitter-Konten
// meldet").
func TestKindBracketNameList(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, a list", "Es folgen die Polizei (40), der Zoll (12) und das Finanzamt, das nur fünf gesperrte Konten meldet.", []string{"40 accounts", "12 accounts", "5 accounts"}},
		{"en, a list", "Next came Germany (310), France (120) and Spain, which filed 45 takedown requests.", []string{"310 requests", "120 requests", "45 requests"}},
		// unchanged: a bracket with no list, a year in brackets
		{"en, no list", "Germany (310) filed 45 takedown requests.", []string{"45 requests"}},
		{"en, a year", "Germany (2019), France (2020) and Spain filed 45 requests.", []string{"45 requests"}},
	})
}

// TestKindDashAlternatives: after a dash that answers a clause naming the
// unit with no number, two counts joined by "or" both take that unit
// (batch 65: "Сколько … интернет-ресурсов было под блокировкой в России —
// 275 тысяч или 7 миллионов, а также …").
func TestKindDashAlternatives(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ru, или", "Сколько сайтов закрыли за год — 40 тысяч или 90 тысяч, и кто их закрыл.", []string{"40000 sites", "90000 sites"}},
		{"en, or", "How many accounts were suspended last year: 12,000 or 15,000?", []string{"12000 accounts", "15000 accounts"}},
		// unchanged: "or" before a count with a unit (a range), one count alone
		{"en, own unit", "How many accounts were suspended: 12,000 or 15,000 videos?", []string{"12000-15000 videos"}},
		{"ru, alone", "Сколько сайтов закрыли за год — 40 тысяч.", []string{"40000 sites"}},
	})
}
