package extract

import (
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
)

// TestCrossConflictsTableColumns: two columns of one table that count the
// same unit ("User Data Requests", "Number of Requests where some data
// was disclosed") are different figures, not one figure given twice; the
// same column of the same row given twice, by two files, conflicts.
func TestCrossConflictsTableColumns(t *testing.T) {
	fig := func(v float64, column string) app.Claim {
		return app.Claim{Kind: app.ClaimFigure, Value: v, Unit: "requests", UnitText: column, Platform: "Google", Period: "2012-06"}
	}
	const made, granted = "User Data Requests", "Number of Requests where some data was disclosed"
	by := map[int64][]app.Claim{
		1: {fig(55, made), fig(33, granted)},
		2: {fig(55, made), fig(34, " number of requests  where some data was disclosed")},
		3: {fig(60, made)},
	}
	title := "Israel - Google, 2012 (1st half)"
	dims := map[int64]string{1: Dimension(app.KindCSVRow, title), 2: Dimension(app.KindCSVRow, title), 3: Dimension(app.KindCSVRow, "Canada - Google, 2012 (1st half)")}
	CrossConflicts(by, dims)
	if got := by[1][0].Conflicts; len(got) != 0 {
		t.Errorf("55 requests made, given alike by both files: %v", got)
	}
	if got := by[1][1].Conflicts; len(got) != 1 || got[0].OtherNoticeID != 2 || got[0].OtherValue != 34 {
		t.Errorf("33 requests granted against the other file's 34: %v", got)
	}
	if got := by[3][0].Conflicts; len(got) != 0 {
		t.Errorf("Canada against Israel: %v", got)
	}
}
