package extract

import "testing"

// TestKindAFurtherBareCount: "a further N" with no noun after it, after a
// verb of its own, counts the unit of the figure before it.
func TestKindAFurtherBareCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"a further", "The regulator blocked 1,100 sites last month and is seeking court orders to block a further 250, officials said.", []string{"1100 sites", "250 sites"}},
		{"an additional", "Meta removed 40 pages on Monday and plans to remove an additional 15 this week.", []string{"40 pages", "15 pages"}},
		{"another", "The police took down 60 channels and asked Telegram to close another 20.", []string{"60 channels", "20 channels"}},
		// money or days after the count are no count of the unit
		{"days", "The court blocked 30 sites and gave the operators a further 14 days to appeal.", []string{"30 sites"}},
		{"baht", "The ministry blocked 200 sites and spent a further 5 million baht.", []string{"200 sites"}},
	})
}

// TestKindOthersAfterTakedownVerb: "and advising ISPs to block N others":
// a count of others after a takedown verb of its own clause counts the
// unit of the figure before it.
func TestKindOthersAfterTakedownVerb(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"to block N others", "The ministry closed 300 sites and ordered ISPs to block 900 others.", []string{"300 sites", "900 sites"}},
		{"removed N others", "YouTube banned 12 channels, and later removed 30 others.", []string{"12 channels", "30 channels"}},
		// another act keeps the others uncounted
		{"arrested", "Police blocked 40 accounts and arrested 20 others.", []string{"40 accounts"}},
	})
}

// TestKindNumberWordOfPossessive: "two of his posts", "three of their
// channels": a count before "of" and a possessive counts the unit after.
func TestKindNumberWordOfPossessive(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"two of his posts", "The regulator asked X to take down two of his posts.", []string{"2 posts"}},
		{"5 of their channels", "YouTube suspended 5 of their channels on Friday.", []string{"5 channels"}},
		{"three of its pages", "Facebook removed three of its pages.", []string{"3 pages"}},
		// an age or time after the possessive is no figure
		{"years", "He spent two of his years in prison.", nil},
	})
}
