package extract

import (
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
)

// TestKindWebpages: a page of the web written as one word ("webpages",
// "web-pages") is a page like "web pages"; a German compound whose head
// is "Domains" ("Webdomains", "Internetdomains") counts sites.
func TestKindWebpages(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, closed", "In total, 105,047 webpages were removed in 2018.", []string{"105047 pages"}},
		{"en, singular scale", "It removed such content from more than a million webpages.", []string{"1000000 pages more_than"}},
		{"en, hyphen", "The charity had 3,400 web-pages taken down last year.", []string{"3400 pages"}},
		{"de, Webdomains", "Über 1.400 Webdomains wurden beschlagnahmt.", []string{"1400 sites more_than"}},
		{"de, Internetdomains", "Die Polizei schaltete 800 Internetdomains ab.", []string{"800 sites"}},
		// negatives: a year range and a duration beside the word, a page count of a document
		{"years", "Over five years (2019-2023) it reviewed webpages.", nil},
		{"document", "The 40-webpage report was published on Monday.", nil},
	})
}

// TestKindReportedAdjective: "reported" right between a count and its unit
// is the unit's adjective ("437,190 reported accounts"), not a verb of
// saying that ends the noun phrase.
func TestKindReportedAdjective(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en", "In the first six months of 2021, there have been 437,190 reported accounts on Discord.", []string{"437190 accounts"}},
		{"en, removed", "Twitter removed 5,000 reported videos.", []string{"5000 videos"}},
		{"en, confirmed", "The unit took down 120 confirmed channels.", []string{"120 channels"}},
		{"de", "Es gab 437.190 gemeldete Konten auf Discord.", []string{"437190 accounts"}},
		{"fr", "Il y a eu 437 190 comptes signalés sur Discord.", []string{"437190 accounts"}},
		// negatives: no unit after the word
		{"cases", "There have been 2,000 reported cases of abuse.", nil},
		{"people", "Some 300 reported to the police last year.", nil},
	})
}

// TestKindSuspendedHyphen: in German a count before a word whose hyphen
// leaves its head to a later compound ("524 Facebook- und 86
// Instagram-Konten") takes that head as its unit, and the later count
// keeps its own figure.
func TestKindSuspendedHyphen(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"und", "Meta sagte, es habe 524 Facebook- und 86 Instagram-Konten entfernt.", []string{"524 accounts", "86 accounts"}},
		{"comma list", "TikTok löschte 12 Telegram-, 8 TikTok- und 3 X-Konten.", []string{"12 accounts", "8 accounts", "3 accounts"}},
		{"oder, qualified", "Gesperrt wurden mehr als 20 Facebook- oder 30 Instagram-Seiten.", []string{"20 pages more_than", "30 pages"}},
		{"compound head", "Meta entfernte 20 Anti- und 30 Pro-Regierungsgruppen.", []string{"20 groups", "30 groups"}},
		// negatives: one count for both compounds, years before a hyphen
		{"one count", "Es wurden 40 Facebook- oder Instagram-Seiten gesperrt.", []string{"40 pages"}},
		{"years", "Die Polizei verglich 2019- und 2020-Zahlen.", nil},
	})
}

// TestKindThousandWordBeforeDigits: the Spanish thousand written as a word
// before the rest of the number in digits ("mil 464 cuentas", as Mexican
// papers write 1,464) is one number.
func TestKindThousandWordBeforeDigits(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es, accounts", "Meta anunció que eliminó una red de mil 464 cuentas de Facebook.", []string{"1464 accounts"}},
		{"es, capital", "Mil 200 perfiles fueron suspendidos.", []string{"1200 accounts"}},
		{"es, sites", "Se bloquearon mil 20 sitios web.", []string{"1020 sites"}},
		{"es, scale inside", "La policía cerró 2 mil 500 páginas web.", []string{"2500 sites"}},
		// negatives: a bare thousand of no unit, a year after it
		{"no unit", "Fueron mil veces más que las 300 cuentas del año pasado.", []string{"300 accounts"}},
		{"year", "Cerraron mil, 2019 fue peor.", nil},
	})
}

// TestKindThreeUnits: a count before a list of three unit nouns
// ("cuentas, páginas y grupos") counts their compound, joined in the order
// written.
func TestKindThreeUnits(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es", "Meta anunció que eliminó una red de mil 464 cuentas, páginas y grupos de Facebook e Instagram.", []string{"1464 accounts_and_pages_and_groups"}},
		{"it, tra", "Facebook ha cancellato 652 tra profili, gruppi e pagine considerati fake.", []string{"652 accounts_and_groups_and_pages"}},
		{"en, serial comma", "Facebook removed more than 500 accounts, Pages, and Groups.", []string{"500 accounts_and_pages_and_groups more_than"}},
		{"de", "Meta löschte 300 Konten, Seiten und Gruppen.", []string{"300 accounts_and_pages_and_groups"}},
		{"fr", "Facebook a supprimé 200 comptes, pages et groupes.", []string{"200 accounts_and_pages_and_groups"}},
		// negatives: a count for each unit, a clause after the comma, one unit twice
		{"each counted", "Facebook removed 500 accounts, 20 Pages and 3 Groups.", []string{"500 accounts", "20 pages", "3 groups"}},
		{"clause", "Facebook removed 500 accounts, videos were also removed.", []string{"500 accounts"}},
		{"percent", "Some 40 percent, accounts and pages were fake.", []string{"40 percent about"}},
	})
}

// TestKindYearBeforeSmallerCount: a year, then "a"/"à" and a smaller
// count, is the date of the count, not the low end of a range ("en el
// primer semestre de 2024 a 13 portales": 13 sites).
func TestKindYearBeforeSmallerCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es", "La DGOJ ha sancionado en el primer semestre de 2024 a 13 portales webs por infracciones muy graves.", []string{"13 sites"}},
		{"it", "L’autorità ha sanzionato nel primo semestre del 2024 a 13 siti.", []string{"13 sites"}},
		{"fr", "L’autorité a sanctionné au premier semestre 2024 à 13 sites.", []string{"13 sites"}},
		// negatives: a range of counts, a change between counts, a range up from a year-like number
		{"range", "Entre 2.000 y 3.000 cuentas fueron eliminadas.", []string{"2000-3000 accounts"}},
		{"change", "La cifra pasó de 300 a 13 cuentas.", []string{"300 accounts", "13 accounts"}},
		{"rising", "Telegram bloqueó de 1990 a 2500 canales.", []string{"1990-2500 channels"}},
	})
}

// TestKindNumberNounAfterCount: a count followed by the number noun that
// names it ("Sale a 1555 il numero dei siti oscurati", "brings to 1,555
// the number of sites") counts the noun after it.
func TestKindNumberNounAfterCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"it", "Sale, così, a 1555 il numero dei siti complessivamente oscurati dalla Consob.", []string{"1555 sites"}},
		{"it, totale", "Sale così a 1.562 il totale dei siti oscurati.", []string{"1562 sites"}},
		{"es", "Asciende así a 1.555 el número de webs bloqueadas.", []string{"1555 sites"}},
		{"fr", "Cela porte à 1 555 le nombre de sites bloqués.", []string{"1555 sites"}},
		{"en", "This brings to 1,555 the number of sites blocked since July 2019.", []string{"1555 sites"}},
		{"de", "Damit steigt auf 1.555 die Zahl der gesperrten Seiten.", []string{"1555 pages"}},
		// negatives: a year before the noun, a noun that counts no unit
		{"year", "Since 2019 the number of sites blocked has doubled.", nil},
		{"days", "Sono 30 il numero dei giorni.", nil},
	})
}

// TestKindPartOfThemPassesShares: a count "of them" is a part of the last
// figure that counts things, not of a percentage written between ("455
// contenidos, un 12,3% más …, logrando la retirada de 246 de ellos").
func TestKindPartOfThemPassesShares(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es", "OBERAXE comunicó 455 contenidos, un 12,3% más que entre enero y febrero, logrando la retirada de 246 de ellos.", []string{"455 content_items", "12.3 percent", "246 content_items"}},
		{"en", "Meta removed 300 accounts, up 20% on last year, and 120 of them were Russian.", []string{"300 accounts", "20 percent", "120 accounts"}},
		{"it", "Sono state 2.434 le richieste, il 15% in più, e 10 di queste arrivano dall’Italia.", []string{"2434 requests", "15 percent", "10 requests"}},
		// negative: only a share before it
		{"only a share", "Le richieste sono aumentate del 20%. 10 di queste arrivano dall’Italia.", []string{"20 percent"}},
	})
}

// TestKindQualifiedComparedCount: a count compared with the figure before
// it keeps that figure's unit when a qualifier of more than one word opens
// it ("rispetto a poco meno di 63.000 nel 2017", "compared to just under
// 63,000 in 2017") or a year follows it with "del".
func TestKindQualifiedComparedCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"it, poco meno di", "In Russia sono stati bloccati 130.000 domini, rispetto a poco meno di 63.000 nel 2017.", []string{"130000 sites", "63000 sites up_to"}},
		{"it, del", "Sono stati bloccati 130.000 domini, rispetto ai 63.000 del 2017.", []string{"130000 sites", "63000 sites"}},
		{"en, just under", "Russia blocked 130,000 domains, compared to just under 63,000 in 2017.", []string{"130000 sites", "63000 sites up_to"}},
		{"es, poco más de", "En 2018 se cerraron 975 webs, frente a poco más de 500 en 2017.", []string{"975 sites", "500 sites more_than"}},
		{"fr, un peu moins de", "La police a fermé 300 sites, contre un peu moins de 200 en 2019.", []string{"300 sites", "200 sites up_to"}},
		// negatives: a year compared, people compared
		{"year", "Sono stati bloccati 130.000 domini, rispetto al 2017.", []string{"130000 sites"}},
		{"people", "Meta removed 300 accounts and employs 4,000 people, compared to just under 3,000 in 2017.", []string{"300 accounts"}},
	})
}

// TestKindPassiveBareCount: a bare count followed by a passive verb of
// takedown that ends its clause ("when 55,556 were taken down", "als 55.556
// gelöscht wurden") takes the unit of the figure before it.
func TestKindPassiveBareCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en", "This year was its busiest, with 121,151 pieces removed - more than double 2015 when 55,556 were taken down.", []string{"121151 content_items", "55556 content_items"}},
		{"en, semicolon", "It removed 121,151 pieces in 2016; in 2015, 55,556 were taken down.", []string{"121151 content_items", "55556 content_items"}},
		{"de, verb last", "Im Jahr 2016 wurden 121.151 Inhalte entfernt, 2015 waren es weniger, als 55.556 gelöscht wurden.", []string{"121151 content_items", "55556 content_items"}},
		{"de, wurden first", "2016 wurden 121.151 Inhalte entfernt; 2015 wurden 55.556 gelöscht.", []string{"121151 content_items", "55556 content_items"}},
		{"es", "En 2016 se eliminaron 121.151 contenidos, frente a 2015, cuando 55.556 fueron retirados.", []string{"121151 content_items", "55556 content_items"}},
		{"it", "Nel 2016 sono stati rimossi 121.151 contenuti; nel 2015 55.556 sono stati rimossi.", []string{"121151 content_items", "55556 content_items"}},
		{"fr", "La plateforme a supprimé 121 151 contenus en 2016 ; en 2015, 55 556 ont été supprimés.", []string{"121151 content_items", "55556 content_items"}},
		// negatives: people arrested, a name's number, a share
		{"arrested", "Meta removed 300 accounts in 2016. In 2015, 20 were arrested.", []string{"300 accounts"}},
		{"name", "Où 101 sites qui diffusaient les matchs de Ligue 1 et de Ligue 2 ont été bloqués.", []string{"101 sites"}},
		{"share", "Meta removed 300 accounts, and 20 percent were blocked.", []string{"300 accounts", "20 percent"}},
	})
}

// TestKindAuthorisedCount: a count of sites or operators qualified as
// authorised or licensed tells what may operate, not what was taken down;
// unauthorised ones stay takedowns.
func TestKindAuthorisedCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es", "Es importante mencionar que en el país solo existen 16 portales autorizados para operar apuestas por Internet.", nil},
		{"it", "In Italia operano 80 siti autorizzati da ADM.", nil},
		{"en", "There are only 30 licensed websites in Colombia.", nil},
		{"de", "Es gibt 40 zugelassene Webseiten in Deutschland.", nil},
		{"fr", "Il y a 15 sites agréés par l’ANJ.", nil},
		// negatives: unauthorised sites taken down, in every way of writing it
		{"es, no autorizados", "Coljuegos bloqueó 300 portales no autorizados.", []string{"300 sites"}},
		{"it, non autorizzati", "ADM ha oscurato 80 siti non autorizzati.", []string{"80 sites"}},
		{"en, unlicensed", "The regulator blocked 300 unlicensed websites.", []string{"300 sites"}},
		{"de, nicht zugelassene", "Die GGL ließ 40 nicht zugelassene Webseiten sperren.", []string{"40 sites"}},
	})
}

// TestKindListLength: a count that ends its clause after a list of what
// was taken down ("la “black list” dei siti oscurati tocca quota 8.972")
// counts what the list holds.
func TestKindListLength(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"it, quota", "La cosiddetta “black list” dei siti oscurati tocca infatti quota 8.972, nell’ultimo aggiornamento di qualche giorno fa.", []string{"8972 sites"}},
		{"it, sale", "La lista dei siti oscurati sale a 8.972.", []string{"8972 sites"}},
		{"es", "La lista de dominios bloqueados llega a 1.200.", []string{"1200 sites"}},
		{"en", "The list of blocked domains now stands at 1,200.", []string{"1200 sites"}},
		{"de", "Die Liste der gesperrten Domains umfasst nun 1.200.", []string{"1200 sites"}},
		{"fr", "La liste des sites bloqués compte désormais 1 200.", []string{"1200 sites"}},
		// negatives: a list of no unit, a count with its own unit inside the list's name
		{"entries", "The list has 1,200 entries.", nil},
		{"own unit", "La lista dei 10 canali più seguiti è stata pubblicata.", []string{"10 channels"}},
	})
}

// TestKindPlatformOnInList: in a list of platforms "with" their counts,
// a platform "on" a bare count is one more item of the list ("… TikTok
// with 104 million and then Twitter on two million"). English only: the
// other languages repeat their "with".
func TestKindPlatformOnInList(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, list", "Facebook leads the way with 12 billion items, then YouTube with five billion, TikTok with 104 million and then Twitter on two million.", []string{"12000000000 content_items", "5000000000 content_items", "104000000 content_items", "2000000 content_items"}},
		{"en, one item", "YouTube leads with 5 million videos, and TikTok on 2 million.", []string{"5000000 videos", "2000000 videos"}},
		// negatives: "on" before a noun of its own, no platform before "on", a date
		{"own unit", "Facebook removed 300 accounts with Twitter and posted on 5 channels.", []string{"300 accounts", "5 channels"}},
		{"no platform", "YouTube leads with 5 million videos, and the report on 2 million users.", []string{"5000000 videos", "2000000 users"}},
		{"date", "Telegram leads with 300 channels, and Telegram went live on 12 March.", []string{"300 channels"}},
	})
}

// TestKindCountAfterPercentChange: a count after a change in percent and
// "до"/"to" is the level reached, with no "up to" ("снизилось … на 6%, до
// 32,2 тысячи"), and the Russian count noun may stand up to six words
// before its unit ("количество заблокированного в соцсетях суицидального
// контента").
func TestKindCountAfterPercentChange(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ru, far unit", "Кроме того, снизилось количество заблокированного в соцсетях суицидального контента — на 6%, до 32,2 тысячи, и материалов с фейками об СВО — на 5%, составив 29,6 тысячи единиц.", []string{"32200 content_items", "6 percent", "5 percent", "29600 content_items"}},
		{"ru, near unit", "Снизилось количество суицидального контента на 6%, до 32,2 тысячи.", []string{"32200 content_items", "6 percent"}},
		{"en", "The number of blocked sites fell by 6%, to 32,200.", []string{"32200 sites", "6 percent"}},
		// negatives: a plain "up to", "to" before no count
		{"en, up to", "Telegram blocked up to 3,000 channels.", []string{"3000 channels up_to"}},
		{"ru, up to", "Роскомнадзор заблокировал до 3000 каналов.", []string{"3000 channels up_to"}},
		{"ru, complaints", "Количество жалоб, поданных пользователями на каналы, выросло на 6%, до 32 тысяч.", []string{"32000 notices", "6 percent"}},
		{"en, no count", "Telegram blocked 300 channels, up 6%, to the delight of users.", []string{"300 channels", "6 percent"}},
	})
}

// TestKindCopulaCountBeforeTotal: a count that a copula makes the unit of
// the subject before it ("I Paesi coinvolti sono 116") may be followed by
// "for a total of" and another figure.
func TestKindCopulaCountBeforeTotal(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"it", "I Paesi coinvolti sono 116 per un totale di 465 siti internet.", []string{"116 countries", "465 sites"}},
		{"en", "The countries involved were 116, for a total of 465 websites.", []string{"116 countries", "465 sites"}},
		{"es", "Los países implicados fueron 116 para un total de 465 sitios web.", []string{"116 countries", "465 sites"}},
		{"fr", "Les pays concernés sont 116 pour un total de 465 sites.", []string{"116 countries", "465 sites"}},
		// negatives: a subject of no unit, words other than the total after the count
		{"days", "I giorni sono 116 per un totale di 465 siti.", []string{"465 sites"}},
		{"other words", "I Paesi coinvolti sono 116 per la polizia.", nil},
	})
}

// TestKindForwardSibling: a bare count that opens its clause before a
// passive auxiliary takes the unit of a later count of the sentence,
// after "and", that has the same auxiliary ("Más de 1,1 millones fueron
// descubiertos …, y 400.000 vídeos fueron retirados").
func TestKindForwardSibling(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"es", "Más de 1,1 millones fueron descubiertos por los detectores personales, a los que YouTube contrata para ello, y 400.000 vídeos fueron retirados tras haber recibido la denuncia.", []string{"1100000 videos more_than", "400000 videos"}},
		{"en", "More than 1.1 million were flagged by trusted flaggers, and 400,000 videos were removed after user reports.", []string{"1100000 videos more_than", "400000 videos"}},
		{"it", "Oltre 1,1 milioni furono segnalati dai sistemi e 400.000 video furono rimossi.", []string{"1100000 videos more_than", "400000 videos"}},
		{"de", "Mehr als 1,1 Millionen wurden automatisch erkannt und 400.000 Videos wurden gelöscht.", []string{"1100000 videos more_than", "400000 videos"}},
		// negatives: a later count of no unit, a different verb after the later count
		{"people", "More than 1.1 million were arrested, and 400 people were questioned.", nil},
		{"other verb", "More than 1.1 million were flagged, and 400,000 videos remain online.", []string{"400000 videos"}},
	})
}

// TestConflictsLinksAreURLs: one figure given as links and again as URLs
// in one notice is no unit conflict (a link is a URL); the same figure as
// accounts and sites still is.
func TestConflictsLinksAreURLs(t *testing.T) {
	fig := func(v float64, unit string) app.Claim {
		return app.Claim{Kind: app.ClaimFigure, Value: v, Unit: unit, Qualifier: app.QualMoreThan}
	}
	cases := []struct {
		name string
		a, b string
		want int
	}{
		{"links and urls", "links", "urls", 0},
		{"urls and links", "urls", "links", 0},
		{"accounts and sites", "accounts", "sites", 1},
		{"links and sites", "links", "sites", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := []app.Claim{fig(1e9, tc.a), fig(1e9, tc.b)}
			Conflicts(cs)
			if got := len(cs[0].Conflicts); got != tc.want {
				t.Errorf("%s vs %s: %d conflicts, want %d (%v)", tc.a, tc.b, got, tc.want, cs[0].Conflicts)
			}
		})
	}
}

// TestKindBracketedCountWithTime: a bracketed count after a figure keeps
// its unit when a time phrase closes the bracket ("circa 90 milioni di
// video (oltre 8,1 miliardi nel trimestre aprile-giugno di quest’anno)").
func TestKindBracketedCountWithTime(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"it", "Ogni giorno gli utenti di TikTok pubblicano circa 90 milioni di video (oltre 8,1 miliardi nel trimestre aprile-giugno di quest’anno).", []string{"90000000 videos about", "8100000000 videos more_than"}},
		{"en", "TikTok removed 90 million videos (over 8.1 billion in the quarter).", []string{"90000000 videos", "8100000000 videos more_than"}},
		{"fr", "TikTok a supprimé 90 millions de vidéos (plus de 8,1 milliards au premier trimestre).", []string{"90000000 videos", "8100000000 videos more_than"}},
		{"es", "TikTok eliminó 90 millones de vídeos (más de 8,1 mil millones en el trimestre).", []string{"90000000 videos", "8100000000 videos more_than"}},
		// negatives: a unit of its own inside the bracket, a clause of its own
		{"own unit", "TikTok removed 90 million videos (in 2023 the company said 300 accounts).", []string{"90000000 videos", "300 accounts"}},
		{"year only", "TikTok removed 90 million videos (in 2023).", []string{"90000000 videos"}},
	})
}

// TestKindContentBeforeIrregularParticiple: "content" as a count's unit
// before an English participle that does not end in -ed ("1,951,527
// extremist content broadcast on 403 channels").
func TestKindContentBeforeIrregularParticiple(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"broadcast", "Hayat Tahrir al-Sham was next with 1,951,527 extremist content broadcast on 403 channels.", []string{"1951527 content_items", "403 channels"}},
		{"spread", "The team removed 2,000 content spread on 50 channels.", []string{"2000 content_items", "50 channels"}},
		{"shown", "Etidal removed 1,000 content shown to users.", []string{"1000 content_items"}},
		// negative: content as a modifier of another noun
		{"creators", "The team reviewed 2,000 content creators.", nil},
	})
}

// TestKindGrowingList: a list that grows to a bare count holds what the
// figure before it counts ("28 nuovi domini inibiti …, con la “black list”
// che sale così a 9.449").
func TestKindGrowingList(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"it", "Si è registrato un aumento di 28 nuovi domini inibiti dall’Agenzia delle Dogane e dei Monopoli, con la “black list” che sale così a 9.449.", []string{"28 sites", "9449 sites"}},
		{"es", "ADM añadió 28 nuevos dominios, con lo que la lista sube a 9.449.", []string{"28 sites", "9449 sites"}},
		{"en", "ADM added 28 new domains, and the blacklist now rises to 9,449.", []string{"28 sites", "9449 sites"}},
		{"de", "Die ADM fügte 28 neue Domains hinzu, womit die Liste auf 9.449 steigt.", []string{"28 sites", "9449 sites"}},
		{"fr", "L’ADM a ajouté 28 nouveaux domaines, la liste passant à 9 449.", []string{"28 sites", "9449 sites"}},
		// negatives: a list that does not grow, a count with its own noun
		{"published", "ADM added 28 new domains; the list was published by 9,449 outlets.", []string{"28 sites"}},
		{"own noun", "ADM added 28 new domains to a list of 9,449 names.", []string{"28 sites"}},
	})
}

// TestKindAboutVerbPart: a part of a whole whose verb says what it is about
// ("67.000 concernaient des contenus", "67.000 se referían a contenidos",
// "Von den 82.754 Ersuchen betrafen 67.000 …") counts what the whole
// counts, and so does the count after "and" that leaves that verb out
// ("… et 15.000 des contenus d'apologie du terrorisme").
func TestKindAboutVerbPart(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"fr", "Sur un total de 82.754 demandes de retrait en 2022, 67.000 concernaient des contenus pédopornographiques et 15.000 des contenus d’apologie du terrorisme.", []string{"82754 requests", "67000 requests", "15000 requests"}},
		{"es", "De las 82.754 solicitudes, 67.000 se referían a contenidos de abuso y 15.000 a contenidos terroristas.", []string{"82754 requests", "67000 requests", "15000 requests"}},
		{"en", "Of the 82,754 requests, 67,000 concerned child abuse content and 15,000 terrorist content.", []string{"82754 requests", "67000 requests", "15000 requests"}},
		{"it", "Delle 82.754 richieste, 67.000 riguardavano contenuti pedopornografici e 15.000 contenuti terroristici.", []string{"82754 requests", "67000 requests", "15000 requests"}},
		{"de, verb first", "Von den 82.754 Ersuchen betrafen 67.000 Missbrauchsinhalte und 15.000 terroristische Inhalte.", []string{"82754 requests", "67000 requests", "15000 requests"}},
		{"de, accounts", "Von den 500 Beschwerden betrafen 300 Konten.", []string{"500 notices", "300 notices"}},
		// negatives: what requests concerned counted on its own, a clause of its own after "and"
		{"object counts", "The 500 requests concerned 300 accounts and 20 channels.", []string{"500 requests", "300 accounts", "20 channels"}},
		{"own clause", "Of the 500 requests, 300 concerned accounts and 20 channels were removed.", []string{"500 requests", "300 requests", "20 channels"}},
		{"de, no whole", "Im Jahr 2022 betrafen 300 Beschwerden Hassrede.", []string{"300 notices"}},
	})
}
