package extract

import "testing"

// TestKindRegionalTens: the Belgian and Swiss French tens "septante",
// "huitante", "octante" and "nonante" are numbers as "soixante-dix" and
// "quatre-vingt-dix" are.
func TestKindRegionalTens(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"nonante pour cent", "Nonante pour cent des comptes signalés ont été fermés.", []string{"90 percent"}},
		{"septante chaînes", "Telegram a bloqué septante chaînes en une semaine.", []string{"70 channels"}},
		{"huitante sites", "L'autorité a fait bloquer huitante sites de paris.", []string{"80 sites"}},
		{"octante comptes", "Octante comptes ont été suspendus.", []string{"80 accounts"}},
		// negative: a span of days in words stays no figure
		{"days", "Les contenus sont restés en ligne septante jours.", nil},
	})
}

// TestKindBlocklistSeiten: German "Seiten" in a sentence on blocklists
// ("Sperrliste", "Blockliste") are web sites, whose domains such lists
// hold; "Seiten" a platform deletes stay pages.
func TestKindBlocklistSeiten(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"two counts", "Die Behörde hat 20 Seiten und die Gespa 7 Seiten auf ihre Sperrliste gesetzt.", []string{"20 sites", "7 sites"}},
		{"plural list", "Insgesamt stehen nun 140 Seiten auf den Sperrlisten der Schweiz.", []string{"140 sites"}},
		{"blockliste", "Die Blockliste wurde um 12 Seiten erweitert.", []string{"12 sites"}},
		// negative: a platform's pages
		{"pages", "Facebook löschte 289 Seiten und 75 Accounts.", []string{"289 pages", "75 accounts"}},
	})
}
