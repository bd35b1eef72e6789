package extract

import "testing"

// TestKindPossessiveMio: the Italian possessive "mio" after an article
// ("un mio video", "il mio canale") is no million; the German "Mio." with
// its capital or full stop still is one.
func TestKindPossessiveMio(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"un mio video", "Ieri YouTube ha rimosso un mio video senza spiegazioni.", nil},
		{"un mio account", "Instagram ha sospeso un mio account per una settimana.", nil},
		{"possessive and a figure", "Dopo un mio post, la piattaforma ha cancellato 40 commenti e 3 account.", []string{"40 posts", "3 accounts"}},
		// the German abbreviation is still a million
		{"de Mio.", "Die Plattform hat eine Mio. Konten gesperrt.", []string{"1000000 accounts"}},
		{"de 2 Mio", "Die Plattform hat 2 Mio. Videos gelöscht.", []string{"2000000 videos"}},
	})
}
