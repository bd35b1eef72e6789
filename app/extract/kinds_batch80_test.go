package extract

import "testing"

// TestKindBlocklistEntries: German "Einträge" of a blocklist (the
// sentence names the list or its domains, or calls the entries blocked)
// count sites; entries a platform deleted stay posts.
func TestKindBlocklistEntries(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de, liste", "Die Sperrliste der Behörde wurde um 45 neue Einträge ergänzt.", []string{"45 sites"}},
		{"de, gesperrte", "Inzwischen gibt es 1.200 gesperrte Einträge.", []string{"1200 sites"}},
		{"de, domains", "Die Übersicht der blockierten Domains umfasst 800 Einträge.", []string{"800 sites"}},
		// negatives: a platform's entries deleted, no list named
		{"posts", "Facebook löschte im Quartal 3.000 Einträge mit Hassrede.", []string{"3000 posts"}},
	})
}

// TestKindGermanSiteCompounds: German compounds headed by gambling or
// betting sites count sites, and subpages on a platform count pages.
func TestKindGermanSiteCompounds(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de, glücksspielseiten", "Die Aufsicht sperrte 90 Glücksspielseiten ohne Lizenz.", []string{"90 sites"}},
		{"de, wettseiten", "Bis Ende Mai wurden 35 Wettseiten blockiert.", []string{"35 sites"}},
		{"de, unterseiten", "Auf Hinweis der Medienanstalt wurden 22 Unterseiten bei Youtube gesperrt.", []string{"22 pages"}},
		// negatives: no site compound
		{"branches", "Die Bank hat 120 Filialen geschlossen.", nil},
	})
}

// TestKindJoinedMembers: people or users a word of joining counts into a
// channel, chat or page named before them are its followers.
func TestKindJoinedMembers(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"it, persone", "Il canale, al quale erano iscritte 12 mila persone, è stato chiuso.", []string{"12000 followers"}},
		{"it, utenti", "Telegram ha chiuso il gruppo, popolato da oltre 3mila utenti.", []string{"3000 followers more_than"}},
		{"es, personas", "El canal, en el que estaban suscritas 8.000 personas, fue cerrado.", []string{"8000 followers"}},
		// negatives: users suspended, people arrested near a channel
		{"users suspended", "Telegram ha chiuso il canale e sospeso 3.000 utenti.", []string{"3000 users"}},
		{"people arrested", "Dopo la chiusura del canale sono state arrestate 12 persone.", nil},
	})
}
