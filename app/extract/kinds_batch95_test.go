package extract

import "testing"

// TestKindPartOfAdjectiveUnit: a part written "N of the ADJ unit" counts
// that unit, as "N of the unit" and "N of the removed unit" do.
func TestKindPartOfAdjectiveUnit(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"of the offending pages", "Facebook agreed to take down 420 of the offending pages.", []string{"420 pages"}},
		{"of the fake accounts", "Twitter removed 300 of the fake accounts.", []string{"300 accounts"}},
		{"of the Russian channels", "YouTube closed 95 of the Russian channels within a week.", []string{"95 channels"}},
		// negatives: no unit after the adjective
		{"of the suspected members", "Police arrested 12 of the suspected members.", nil},
	})
}
