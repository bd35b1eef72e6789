package extract

import "testing"

// TestKindRemovalOrderNames: French "ordonnances de suppression" and
// "injonctions de retrait", the TCO removal orders, and English "decisions
// for referral" are requests, as "removal orders" and German
// "Entfernungsanordnungen" already are (held-out batch 68: "482 ordonnances
// de suppression … ont été émises", "48 931 decisions for referral").
func TestKindRemovalOrderNames(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, ordonnances de suppression", "L'office a émis 120 ordonnances de suppression l'an dernier.", []string{"120 requests"}},
		{"fr, injonctions de retrait", "Depuis juin, 35 injonctions de retrait ont été adressées aux hébergeurs.", []string{"35 requests"}},
		{"fr, onze ordonnances", "Douze ordonnances de retrait ont visé des hébergeurs français.", []string{"12 requests"}},
		{"en, decisions for referral", "The unit's checks triggered 9 800 decisions for referral in 2017.", []string{"9800 requests"}},
		// unchanged: a court's ordonnance is no removal order
		{"fr, ordonnance du juge", "Le juge a rendu 3 ordonnances en référé.", nil},
	})
}

// TestKindHateCommentCompounds: German compounds of hate with comments or
// postings ("Hasskommentare", "Hasspostings") are posts, as "Kommentare"
// alone already is (held-out batch 68: "mehr als 300 Hasskommentare
// entfernt").
func TestKindHateCommentCompounds(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, Hasskommentare", "Die Plattform löschte 1.200 Hasskommentare binnen eines Monats.", []string{"1200 posts"}},
		{"de, Hasspostings", "Rund 450 Hasspostings wurden gemeldet und entfernt.", []string{"450 posts about"}},
		{"de, Hassbeiträge", "Mehr als 80 Hassbeiträge wurden gelöscht.", []string{"80 posts more_than"}},
	})
}

// TestKindAbuseDepictions: German "Darstellungen" counts content items
// when written as the fixed terms of child-protection reports
// ("Darstellungen sexualisierter Gewalt", "… des sexuellen Missbrauchs",
// "Missbrauchsdarstellungen") (held-out batch 68: "erfasste 4822
// Darstellungen sexualisierter Gewalt").
func TestKindAbuseDepictions(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, sexualisierter Gewalt", "Die Stelle bearbeitete 3.100 Darstellungen sexualisierter Gewalt.", []string{"3100 content_items"}},
		{"de, Missbrauchsdarstellungen", "Über 900 Missbrauchsdarstellungen wurden gelöscht.", []string{"900 content_items more_than"}},
		{"de, des sexuellen Missbrauchs", "Gegen 640 Darstellungen des sexuellen Missbrauchs ging die Stelle vor.", []string{"640 content_items"}},
		// unchanged: "Darstellungen" alone is no unit
		{"de, Darstellungen", "Das Museum zeigt 40 Darstellungen der Stadt.", nil},
	})
}

// TestKindYearOfNamedEvent: a year between "the" and a capitalised name is
// the year of an event or report, no count of its first word (held-out
// batch 68: "in the 2024 Referral Action Day", read as 2024 requests).
func TestKindYearOfNamedEvent(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en, Referral Action Day", "Twelve units joined the 2023 Referral Action Day in The Hague.", nil},
		{"en, Transparency Report", "Its 2022 Transparency Report lists removals by country.", nil},
		// unchanged: a count before a lower-case unit, and a title-case headline
		{"en, the 2000 accounts", "Police asked for the 2000 accounts to be suspended.", []string{"2000 accounts"}},
		{"en, headline", "Europol Flags 2024 Links To Platforms", []string{"2024 links"}},
	})
}

// TestKindOutOfBare: a bare count after French "sur" or English "out of"
// that follows a counted unit takes that unit (held-out batch 68: "2 521
// signalements sur 3 029 ont été jugés illégaux").
func TestKindOutOfBare(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, sur", "Au total, 640 signalements sur 1 200 ont été transmis à la police.", []string{"640 notices", "1200 notices"}},
		{"en, out of", "Only 350 accounts out of 900 were suspended.", []string{"350 accounts", "900 accounts"}},
		// unchanged: "sur" before a date or a place
		{"fr, sur 2023", "Le site a bloqué 40 comptes sur l'année 2023.", []string{"40 accounts"}},
	})
}
