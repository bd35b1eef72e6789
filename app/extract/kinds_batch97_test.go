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
