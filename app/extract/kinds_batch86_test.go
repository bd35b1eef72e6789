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

// TestKindThoseWho: a count word names the unit before a colon and the
// count after it ends with "those who" ("il numero di utenti …: sono 20,7
// milioni quelli che …", "le nombre de comptes : 3 000 ceux qui …"); a
// count followed by its own noun keeps that noun.
func TestKindThoseWho(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"it", "Cresce il numero di utenti in Spagna: sono 12,4 milioni quelli che usano l'app ogni mese.", []string{"12400000 users"}},
		{"it canali", "Il numero di canali chiusi nel 2024: sono 3.200 quelli che diffondevano partite pirata.", []string{"3200 channels"}},
		{"es", "El número de cuentas creció: son 2 millones aquellas que publican a diario.", []string{"2000000 accounts"}},
		// negative: no count word names a unit
		{"no count word", "Davanti alla sede sono 40 quelli che hanno protestato.", nil},
		{"en those who", "The number of users in Brazil rose: there are 90 million those who log in daily.", []string{"90000000 users"}},
		// negative: the count has its own noun
		{"own noun", "Il numero di utenti è cresciuto: sono 300 le pagine che sono state rimosse.", []string{"300 pages"}},
	})
}
