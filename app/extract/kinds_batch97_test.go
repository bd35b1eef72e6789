package extract

import "testing"

// TestKindPartOnArticledWhole: Italian "su" joined with its article
// ("sugli", "sui", "sulle") stands between a part and its bare whole as
// "degli" does.
func TestKindPartOnArticledWhole(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"sugli", "L'Autorità ha fatto chiudere 5 canali sugli 9 segnalati dagli editori.", []string{"5 channels", "9 channels"}},
		{"sui", "Il provider ha oscurato 12 siti sui 20 indicati dalla procura.", []string{"12 sites", "20 sites"}},
		{"sulle", "Facebook ha rimosso 3 pagine sulle 11 denunciate.", []string{"3 pages", "11 pages"}},
		// negatives: a whole with a noun of its own is no whole
		{"sui giorni", "Ha chiuso 4 canali sui 30 giorni di indagine.", []string{"4 channels"}},
	})
}

// TestKindSuspicionReports: reports of suspect activity or transactions
// are integrity or money-laundering alerts, no takedown notices; reports
// of content stay notices.
func TestKindSuspicionReports(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"attività sospette", "L'ente ha ricevuto 410 segnalazioni di attività sospette sulle scommesse.", nil},
		{"suspicious transactions", "The unit received 1,200 reports of suspicious transactions last year.", nil},
		{"operaciones sospechosas", "El regulador recibió 85 denuncias de operaciones sospechosas.", nil},
		// notices of content stay
		{"contenuti illeciti", "L'ente ha ricevuto 410 segnalazioni di contenuti illeciti.", []string{"410 notices"}},
	})
}

// TestKindFactCheckArticles: fact-checkers' articles used to label content
// are no content acted on; the content they label stays a figure.
func TestKindFactCheckArticles(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"articoli di fact-checking", "Sono stati usati 9.000 articoli di fact-checking per etichettare 2 milioni di contenuti.", []string{"2000000 content_items"}},
		{"fact-check articles", "Meta used 25,000 fact-check articles to label 4 million pieces of content.", []string{"4000000 content_items"}},
		// articles taken down stay
		{"articoli rimossi", "Google ha rimosso 3.000 articoli dalla ricerca.", []string{"3000 content_items"}},
	})
}

// TestKindListEntries: a relative clause that says a list of a unit
// reaches or holds N entries ("voci", "entries") counts that unit.
func TestKindListEntries(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ora raggiunge voci", "L'autorità ha aggiornato la lista dei domini bloccati, che ora raggiunge 1540 voci.", []string{"1540 sites"}},
		{"now holds entries", "The regulator updated its list of blocked websites, which now holds 812 entries.", []string{"812 sites"}},
		{"comprende voci", "È stato pubblicato l'elenco degli account sospesi, che comprende 96 voci.", []string{"96 accounts"}},
		// negatives: entries of a list with no unit named, or entries of a dictionary
		{"no unit", "Il glossario, che ora conta 300 voci, è stato aggiornato.", nil},
	})
}

// TestKindAttributionAside: an aside that names who gives the figure may
// stand between a count and its unit, as an aside of "tra" or "among"
// does.
func TestKindAttributionAside(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"fanno sapere", "Oltre trenta, fanno sapere i carabinieri, i siti che vendevano anabolizzanti.", []string{"30 sites more_than"}},
		{"secondo", "Circa 200, secondo la procura, gli account chiusi dalla piattaforma.", []string{"200 accounts about"}},
		{"según", "Más de 300, según la policía, las cuentas suspendidas.", []string{"300 accounts more_than"}},
		// negatives: an aside with no unit after it
		{"no unit", "Oltre trenta, fanno sapere i carabinieri, le persone denunciate.", nil},
	})
}

// TestKindDemonstrativeSibling: a bare count followed by "quelli",
// "those", "ceux" after a figure of the same clause takes that figure's
// unit.
func TestKindDemonstrativeSibling(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"quelli", "Oltre 60 i canali chiusi per pirateria, una ventina quelli legati alle scommesse.", []string{"60 channels more_than", "20 channels about"}},
		{"quelle", "Sono 90 le pagine rimosse, 12 quelle riattivate dopo il ricorso.", []string{"90 pages", "12 pages"}},
		{"those", "Twitter removed 500 accounts, 120 those run from abroad.", []string{"500 accounts", "120 accounts"}},
		// negatives: no figure before
		{"no figure", "Una ventina quelli presenti alla riunione.", nil},
	})
}
