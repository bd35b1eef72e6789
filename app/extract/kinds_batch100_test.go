package extract

import "testing"

// TestKindBracketedCompoundPrefix: a first part of a German compound in
// brackets after the count ("65 (Sport-)Wettportale") leaves the unit of
// the noun after it; "Sportwettportale" is a unit of sites too.
func TestKindBracketedCompoundPrefix(t *testing.T) {
	runKinds(t, []kindCase{
		{"Sport- bracket", "Gesperrt wurden 120 (Sport-)Wettportale und 40 Casinoseiten.", []string{"120 sites", "40 sites"}},
		{"Fake- bracket", "Facebook löschte 300 (Fake-)Konten.", []string{"300 accounts"}},
		{"one word", "Die ESBK sperrte 65 Sportwettportale.", []string{"65 sites"}},
		// the noun after the bracket is no unit
		{"no unit", "Sie nannte 12 (Neben-)Effekte.", nil},
	})
}

// TestKindFollowersByPronoun: users who follow someone, a German verb of
// following and its dative pronoun before the count, or "followed by",
// are followers.
func TestKindFollowersByPronoun(t *testing.T) {
	runKinds(t, []kindCase{
		{"folgten ihr", "Auf Instagram folgten ihr zuletzt 25.000 Nutzer.", []string{"25000 followers"}},
		{"ihm folgen", "Ihm folgen 12.000 Nutzer auf Telegram.", []string{"12000 followers"}},
		{"followed by", "The account was followed by 20,000 users before it was suspended.", []string{"20000 followers"}},
		// "es folgen" (next come) has no pronoun: users
		{"es folgen", "Es folgen 1.500 Nutzer aus Frankreich.", []string{"1500 users"}},
	})
}

// TestKindLawsuitsAgainst: lawsuits or proceedings brought against the
// unit after them count no takedown.
func TestKindLawsuitsAgainst(t *testing.T) {
	runKinds(t, []kindCase{
		{"Klagen gegen", "Der Konzern führte 14 Klagen gegen Plattformen.", nil},
		{"Bußgeldverfahren gegen", "Die Behörde hat 30 Bußgeldverfahren gegen Plattformen eingeleitet.", nil},
		{"lawsuits against", "The group filed 12 lawsuits against the platforms.", nil},
		// complaints against platforms are notices
		{"Beschwerden gegen", "Es gingen 300 Beschwerden gegen Plattformen ein.", []string{"300 notices"}},
	})
}

// TestKindAccountsOfPeople: a count of people after "die Konten von" or
// "the accounts of" counts their accounts.
func TestKindAccountsOfPeople(t *testing.T) {
	runKinds(t, []kindCase{
		{"Konten von N Millionen", "Die Plattform hat die Konten von 7 Millionen Minderjährigen gesperrt.", []string{"7000000 accounts"}},
		{"Konten von N Nutzern", "Instagram löschte die Konten von 200.000 Nutzern.", []string{"200000 accounts"}},
		{"accounts of N users", "Twitter suspended the accounts of 12,000 users.", []string{"12000 accounts"}},
		// people with no accounts before them stay no figure
		{"no accounts", "Die Polizei nahm 30 Menschen fest.", nil},
	})
}

// TestKindCasesOfContent: "N Fälle von … Inhalten" counts content, past
// the adjectives and participles before the content noun.
func TestKindCasesOfContent(t *testing.T) {
	runKinds(t, []kindCase{
		{"Fälle von illegalen Inhalten", "Der Hotline wurden 500 Fälle von illegalen Inhalten gemeldet.", []string{"500 content_items"}},
		{"past a participle", "2022 gingen 812 Fälle von im Ausland gehosteten Inhalten ein.", []string{"812 content_items"}},
		// cases of something else stay no figure
		{"Übergriffen", "Es wurden 1.070 Fälle von rassistischen Übergriffen im Netz gemeldet.", nil},
	})
}

// TestKindWrittenOnPages: "auf N Seiten" with a participle of writing or
// analysing after it measures a text; pages blocked stay a figure.
func TestKindWrittenOnPages(t *testing.T) {
	runKinds(t, []kindCase{
		{"analysiert", "Die Forscher haben das Netzwerk auf 80 Seiten analysiert.", nil},
		{"beschrieben", "Der Bericht hat auf 40 Seiten beschrieben, wie die Kanäle arbeiten.", nil},
		// pages blocked are pages
		{"gesperrt", "Der Anbieter hat den Zugang auf 40 Seiten gesperrt.", []string{"40 pages"}},
	})
}

// TestKindRatePastVagueCount: a rate after a vague count of its own
// ("mehrere Millionen Nachrichten am Tag") is that count's, not the rate
// of the figure before it.
func TestKindRatePastVagueCount(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"Millionen Nachrichten am Tag", "Das Team beobachtet 2.000 Kanäle mit Millionen Nachrichten am Tag.", []string{"2000 channels"}},
		{"millions of messages a day", "The bot network ran 400 accounts posting millions of messages a day.", []string{"400 accounts"}},
		// the figure's own rate stays
		{"own rate", "Telegram sperrte 3.500 Kanäle am Tag.", []string{"3500 channels per_day"}},
	})
}
