package extract

import (
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
)

// TestConflictsTableColumns: within one notice, the same value in two
// units is a conflict when a writer gave it ("78 accounts" and "78
// sites"), not when two columns of a table row happen to hold the same
// count (4 accounts specified, 4 tweets withheld: Twitter's table of
// January - June 2018, the Netherlands' row).
func TestConflictsTableColumns(t *testing.T) {
	cell := func(v float64, unit, column string) app.Claim {
		return app.Claim{Kind: app.ClaimFigure, Value: v, Unit: unit, UnitText: column, Origin: app.OriginFormat}
	}
	text := func(v float64, unit, written string) app.Claim {
		return app.Claim{Kind: app.ClaimFigure, Value: v, Unit: unit, UnitText: written, Origin: app.OriginAuto}
	}
	tests := []struct {
		name   string
		claims []app.Claim
		want   []int // conflicts per claim
	}{
		{"two columns of a row", []app.Claim{cell(4, "accounts", "ACCOUNTS SPECIFIED"), cell(4, "posts", "TWEETS WITHHELD")}, []int{0, 0}},
		{"one column given twice", []app.Claim{cell(4, "accounts", "Accounts"), cell(4, "posts", "accounts")}, []int{1, 1}},
		{"a writer's two units", []app.Claim{text(78, "accounts", "accounts"), text(78, "sites", "sites")}, []int{1, 1}},
		{"a cell and the text beside it", []app.Claim{cell(78, "accounts", "Accounts withheld"), text(78, "sites", "sites")}, []int{1, 1}},
		{"different values", []app.Claim{cell(4, "accounts", "ACCOUNTS SPECIFIED"), cell(5, "posts", "TWEETS WITHHELD")}, []int{0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := append([]app.Claim(nil), tt.claims...)
			Conflicts(cs)
			for i, c := range cs {
				if len(c.Conflicts) != tt.want[i] {
					t.Errorf("claim %d (%v %s in %q): %d conflicts, want %d", i, c.Value, c.Unit, c.UnitText, len(c.Conflicts), tt.want[i])
				}
			}
		})
	}
}
