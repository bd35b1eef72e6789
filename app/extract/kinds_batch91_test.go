package extract

import "testing"

// TestKindHyphenedHalfScale: "half-a-million" written with hyphens is
// half a million, as written with spaces.
func TestKindHyphenedHalfScale(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"half-a-million followers", "The page had more than half-a-million followers when it was closed.", []string{"500000 followers more_than"}},
		{"half-a-billion accounts", "The company removed half-a-billion fake accounts last year.", []string{"500000000 accounts"}},
		{"spaces still", "The channel had half a million subscribers before the ban.", []string{"500000 followers"}},
	})
}

// TestKindDailyOfAnotherNoun: "daily" that qualifies another noun after
// the count ("used to control the daily operations") gives the count no
// rate; a count of things done daily keeps it.
func TestKindDailyOfAnotherNoun(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"daily operations", "Police seized 14 domains used to run the daily operations of the network.", []string{"14 sites"}},
		{"daily business", "The court let the agency seize 40 domain names that supported the daily business of the gang.", []string{"40 sites"}},
		{"daily count", "The platform removes 3,000 accounts daily.", []string{"3000 accounts per_day"}},
	})
}

// TestKindBetweenPercentRange: "between 10% and 14%", a percent sign on
// each end, is one range, as "between 10 and 14%" is.
func TestKindBetweenPercentRange(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"two signs", "Access to the site fell to between 20% and 30% of its normal level.", []string{"20-30 percent"}},
		{"two percent words", "Between 5 percent and 8 percent of the posts were removed.", []string{"5-8 percent"}},
		// negatives: two shares that are no range
		{"two shares", "Facebook removed 20% of the posts and Twitter 30%.", []string{"20 percent", "30 percent"}},
	})
}

// TestKindIncludingOnePronoun: "including one held by", "one of which",
// after a count of the same noun, is one of those counted, no figure of
// its own.
func TestKindIncludingOnePronoun(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"including one run by", "The company closed 12 accounts, including one run by a former minister.", []string{"12 accounts"}},
		{"including one belonging to", "Twitter suspended seven accounts, including one belonging to the party's leader.", []string{"7 accounts"}},
		// one with its own noun stays a figure
		{"one with a noun", "The company closed 12 accounts and one page.", []string{"12 accounts", "1 pages"}},
		{"including one with a noun", "The company closed 12 accounts, including one page.", []string{"12 accounts", "1 pages"}},
	})
}

// TestKindUsersWhoFollow: users or people said to follow the pages are
// followers.
func TestKindUsersWhoFollow(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"users estimated to follow", "Facebook removed pages that about 20,000 users were estimated to follow.", []string{"20000 followers about"}},
		{"users who followed", "The company removed nine pages, which 40,000 users followed.", []string{"9 pages", "40000 followers"}},
		{"people thought to follow", "Twitter removed 30 accounts that some 9,000 people are thought to follow.", []string{"30 accounts", "9000 followers about"}},
		// negatives: users who do another thing, users of a platform
		{"users who follow rules", "The pages that 5,000 users reported were removed.", []string{"5000 users"}},
		{"users who reported", "More than 20,000 users reported the pages.", []string{"20000 users more_than"}},
	})
}

// TestKindCountAppositiveAfterNoun: a count set off by commas right after
// the noun it counts ("half of the requests, 420 million, were") takes
// that noun, not the clause's subject.
func TestKindCountAppositiveAfterNoun(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"half of the requests", "The number of notices keeps rising as about a third of the requests, 90 million, came in May.", []string{"90000000 requests"}},
		{"most of the links", "The tally of reports grew fast, and most of the links, 3 million, were removed.", []string{"3000000 links"}},
		// negatives: a count after a noun that is no share, a year
		{"no share", "Telegram banned channels, 1,200, on Monday.", nil},
		{"a year", "The bulk of the requests, 2019, came from Russia.", nil},
	})
}
