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
