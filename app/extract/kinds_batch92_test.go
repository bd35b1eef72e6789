package extract

import "testing"

// TestKindBracketedPriorPeriod: an earlier period's figure in brackets
// between a count and its noun ("5.951 (2017: 5.977) Hinweise") leaves
// the noun to the count before it, and the count inside counts the same
// noun; a bracket that is no such comparison still ends the noun search.
func TestKindBracketedPriorPeriod(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de, year", "Es wurden insgesamt 4.210 (2021: 3.905) Hinweise bearbeitet.", []string{"4210 notices", "3905 notices"}},
		{"de, Vorjahr", "Das BKA leitete 812 (Vorjahr: 640) Löschersuchen weiter.", []string{"812 requests", "640 requests"}},
		{"en", "The platform removed 12,400 (2022: 9,870) accounts.", []string{"12400 accounts", "9870 accounts"}},
		{"it", "Sono stati oscurati 1.320 (2022: 990) siti.", []string{"1320 sites", "990 sites"}},
		{"de, qualified", "Gemeldet wurden rund 7.000 (2022: 5.100) Inhalte.", []string{"7000 content_items about", "5100 content_items"}},
		// negatives: a year alone in brackets, two years
		{"year alone", "Die Zahl der Verfahren (2019) lag bei 40.", nil},
		{"two years", "Die Frist (2019: 2020) lief ab.", nil},
	})
}

// TestKindPartPronounGender: a gendered pronoun of a part ("de ellas",
// "di queste") stands for the nearest noun of its gender, past a nearer
// noun of the other; a pronoun of the nearer noun's gender keeps it.
func TestKindPartPronounGender(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es, ellas past contenidos", "Se bloquearon 120 páginas webs que ofrecían contenidos piratas, y 15 de ellas cerraron.", []string{"120 sites", "15 sites"}},
		{"es, ellas past vídeos", "Se cerraron 500 cuentas que publicaban vídeos, y 40 de ellas eran falsas.", []string{"500 accounts", "40 accounts"}},
		{"it, queste past contenuti", "Sono state oscurate 300 pagine con contenuti illeciti, e 20 di queste erano italiane.", []string{"300 pages", "20 pages"}},
		{"it, questi past pagine", "Google ha rimosso 500 siti con pagine false, e 30 di questi erano italiani.", []string{"500 sites", "30 sites"}},
		// the nearer noun has the pronoun's gender: it is kept
		{"es, ellos, same gender", "Se retiraron 300 vídeos de las cuentas, y 40 de ellos eran falsos.", []string{"300 videos", "40 videos"}},
		{"es, ellas, nearest", "Se cerraron 80 cuentas y 12 de ellas eran falsas.", []string{"80 accounts", "12 accounts"}},
	})
}

// TestKindRussianPlatformNouns: "площадки" and
// "интернет-площадки" are platforms; trading ones ("торговые площадки")
// are sites, as the set reads them.
func TestKindRussianPlatformNouns(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"интернет-площадок", "Роскомнадзор оштрафовал 12 интернет-площадок.", []string{"12 platforms"}},
		{"words", "Протоколы составлены на семь интернет-площадок.", []string{"7 platforms"}},
		{"площадок", "Штрафы получили 5 площадок за отказ удалять контент.", []string{"5 platforms"}},
		{"торговых площадок", "Ведомство заблокировало 30 торговых площадок по продаже наркотиков.", []string{"30 sites"}},
		// negative: the platform as the subject, no count before it
		{"subject", "14 февраля площадка отчиталась о блокировке 76 тысяч каналов.", []string{"76000 channels"}},
	})
}

// TestKindNumberWordCases: Russian hundreds and tens in the genitive
// ("двухсот тысяч", "пятисот", "сорока тысяч") are number words; a bare
// word for a thousand before the rest of the number in words ("тысячу
// двести", "mil doscientas") is one number.
func TestKindNumberWordCases(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ru, двухсот тысяч", "Удалены публикации почти с двухсот тысяч интернет-страниц.", []string{"200000 pages about"}},
		{"ru, пятисот", "Ведомство заблокировало более пятисот сайтов.", []string{"500 sites more_than"}},
		{"ru, трехсот", "Удалено около трехсот каналов.", []string{"300 channels about"}},
		{"ru, сорока тысяч", "Заблокировано свыше сорока тысяч страниц.", []string{"40000 pages more_than"}},
		{"ru, тысячу двести", "Направлено тысячу двести требований.", []string{"1200 requests"}},
		{"es, mil doscientas", "Se cerraron mil doscientas cuentas.", []string{"1200 accounts"}},
		{"it, mille trecento", "Sono stati chiusi mille trecento account.", []string{"1300 accounts"}},
		// negatives: a thousand times, a thousand alone with no unit
		{"fr, mille fois", "La page a été partagée mille fois.", nil},
		{"ru, тысяча лет", "Этому закону не тысяча лет.", nil},
	})
}

// TestKindSingleUnitMeasure: "a single" unit after a preposition of
// measure ("45 minutes pour un seul site") is what one unit takes, no
// count; with no preposition before it, "un seul site" stays one site.
func TestKindSingleUnitMeasure(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"fr, pour un seul", "Le traitement prend une heure pour un seul site.", nil},
		{"en, for a single", "It takes 45 minutes for a single site.", nil},
		{"es, por un solo", "Se necesitan 3 horas por un solo sitio.", nil},
		{"it, per un solo", "Ci vogliono 45 minuti per un solo sito.", nil},
		// figures: no preposition before it
		{"fr, figure", "L'Arcom a bloqué un seul site ce mois-ci.", []string{"1 sites"}},
		{"en, figure", "Twitter suspended a single account.", []string{"1 accounts"}},
	})
}

// TestKindInlineListItems: a list quoted as running text after a
// colon, each item a category, a dash and a bare count, the items parted
// by ";", counts the unit of the figure that ends the clause before the
// colon; a colon after a comma, or items with no ";", are left alone.
func TestKindInlineListItems(t *testing.T) {
	runKinds(t, []kindCase{
		{"ru", "Площадка не удалила 950 материалов: с пропагандой наркотиков – 600; с призывами к суициду – 350.", []string{"950 content_items", "600 content_items", "350 content_items"}},
		{"en", "Google removed 5,000 videos last year: hate speech – 2,100; violence – 1,300; spam – 1,600.", []string{"5000 videos", "2100 videos", "1300 videos", "1600 videos"}},
		{"fr", "La plateforme a supprimé 900 comptes : spam – 500 ; fraude – 400.", []string{"900 accounts", "500 accounts", "400 accounts"}},
		// negatives: no figure before the colon, a clause of its own, no ";"
		{"no head", "Die Temperatur lag bei 20 Grad: morgens – 12; abends – 8.", nil},
		{"own clause", "Роскомнадзор заблокировал 5 тыс. сайтов, а по итогам года: Google – 3 тыс.; Яндекс – 1 тыс.", []string{"5000 sites"}},
	})
}

// TestKindVonDenBezogenAuf: "Von den <unit> bezogen sich N auf …" shares
// the whole out as "entfallen N auf" does; each count counts the unit.
func TestKindVonDenBezogenAuf(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"bezogen sich", "Von den Meldungen bezogen sich 1.200 auf Hassrede und 800 auf Terror.", []string{"1200 notices", "800 notices"}},
		{"past a time", "Von den gemeldeten Hinweisen bezogen sich im Jahr 2022 rund 9.100 auf Server im Ausland.", []string{"9100 notices about"}},
		// negative: no whole opened by "Von den"
		{"no whole", "Die Hinweise bezogen sich auf 43.533 Server.", nil},
	})
}

// TestKindVerblessTallySubject: a bare count after a colon takes the
// unit of a verbless tally's subject, a plural article and a unit noun
// opening the sentence, however long the clause after it; a clause that
// names a unit nearer the colon keeps that one, and a subject that is no
// unit gives none.
func TestKindVerblessTallySubject(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"it", "Ancora di più le richieste su foto, video e audio che, secondo i titolari, violano il diritto d'autore: 52.300 nel semestre.", []string{"52300 requests"}},
		{"fr", "Plus nombreuses encore les demandes des ayants droit, qui visent des films et des séries : 12 000 au premier semestre.", []string{"12000 requests"}},
		// the unit nearest the colon, with no comma before, is kept
		{"it, nearer unit", "Le piattaforme, secondo il rapporto, hanno rimosso contenuti: 500 nel 2023.", []string{"500 content_items"}},
		// negatives: a subject that is no unit, no subject at the start
		{"no unit subject", "Le misure adottate dal governo, secondo il rapporto, sono dure: 52.300 nel semestre.", nil},
		{"no subject", "Secondo il rapporto, che cita fonti diverse, la situazione è grave: 52.300 nel semestre.", nil},
	})
}
