package extract

import "testing"

// TestKindMoreAfterCount: a bare count joined to a counted figure by a
// conjunction or comma, with "more" after it and the clause's auxiliary
// next, adds to that figure and takes its unit (held-out batch 70: "about
// 300,000 videos … were removed …, and 1.2 million more were blocked at
// upload").
func TestKindMoreAfterCount(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en, and N more were", "Police said 4,000 accounts were suspended and 2,500 more were flagged for review.", []string{"4000 accounts", "2500 accounts"}},
		{"en, comma N more have", "The firm removed 80 channels, 40 more have been restricted since.", []string{"80 channels", "40 channels"}},
		{"it, N in più sono", "Sono stati chiusi 900 siti e 300 in più sono stati oscurati.", []string{"900 sites", "300 sites"}},
		// unchanged: "more" with no auxiliary after it, and a count of people
		{"en, N more people", "It blocked 600 accounts and 20 more people were arrested.", []string{"600 accounts"}},
	})
}

// TestKindBracketedAltNames: a group's two names joined by a slash in
// brackets between a count and its unit are a name, as one name in
// brackets already is (held-out batch 70: "uploaded 1,348 Islamic State
// (ISIS/ISIL) videos").
func TestKindBracketedAltNames(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en, ISIS/ISIL", "The firm removed 420 Islamic State (ISIS/ISIL) channels in May.", []string{"420 channels"}},
		{"en, X/Twitter", "Police flagged 75 (X/Twitter) accounts to the platform.", []string{"75 accounts"}},
		// unchanged: one name in brackets
		{"en, one name", "It took down 12 (ISIS) channels.", []string{"12 channels"}},
	})
}

// TestKindAveragedRate: a percentage that gives a rate named after
// "averaged" is an average, as "averaged 82%" already is (held-out batch
// 70: "platforms averaged the lowest removal rate (82%)").
func TestKindAveragedRate(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en, rate of", "Smaller platforms averaged a removal rate of 76% last year.", []string{"76 percent average"}},
		{"en, rate in brackets", "European hosts averaged the highest takedown rate (91%) of all regions.", []string{"91 percent average"}},
		// unchanged: a rate with no "averaged" before it
		{"en, had the rate", "European hosts had the highest takedown rate (91%) of all regions.", []string{"91 percent"}},
	})
}
