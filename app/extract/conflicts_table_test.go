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

// TestCrossConflictsUnitlessColumns: a table's cell under a column that
// names no unit ("Total") is compared with the same row and column of
// another copy of the table, and with nothing else; a figure of running
// text with no unit is never compared.
func TestCrossConflictsUnitlessColumns(t *testing.T) {
	cell := func(v float64, column string) app.Claim {
		return app.Claim{Kind: app.ClaimFigure, Value: v, UnitText: column, Platform: "Blogger", Period: "2023-H1"}
	}
	row := Dimension(app.KindCSVRow, "Russia · National security")
	by := map[int64][]app.Claim{
		1: {cell(15, "Total"), cell(3, "Other")},
		2: {cell(16, " total "), cell(3, "Other")},
		3: {cell(40, "Total")},                                                                             // another row
		4: {{Kind: app.ClaimFigure, Value: 17, Platform: "Blogger", Period: "2023-H1"}},                    // text, no unit
		5: {{Kind: app.ClaimFigure, Value: 18, UnitText: "Total", Platform: "Blogger", Period: "2023-H1"}}, // text
	}
	dims := map[int64]string{1: row, 2: row, 3: Dimension(app.KindCSVRow, "India · Defamation")}
	CrossConflicts(by, dims)
	if got := by[1][0].Conflicts; len(got) != 1 || got[0].OtherNoticeID != 2 || got[0].OtherValue != 16 {
		t.Errorf("Total 15 against the other copy's 16: %v", got)
	}
	if got := by[2][0].Conflicts; len(got) != 1 || got[0].OtherNoticeID != 1 {
		t.Errorf("Total 16 against the other copy's 15: %v", got)
	}
	for _, id := range []int64{3, 4, 5} {
		if got := by[id][0].Conflicts; len(got) != 0 {
			t.Errorf("notice %d: %v", id, got)
		}
	}
	if got := by[1][1].Conflicts; len(got) != 0 {
		t.Errorf("Other 3 given alike: %v", got)
	}
}
