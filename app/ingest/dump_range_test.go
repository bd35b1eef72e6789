package ingest

import (
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/brief"
)

// TestDumpKeepsRangeAndCategory checks that the whole-database export's
// claims come back with a range's high end and a part's category.
func TestDumpKeepsRangeAndCategory(t *testing.T) {
	in := app.Notice{Title: "t", Body: "3-4 million accounts, of which 12 linked to violence", Claims: []app.Claim{
		{Kind: app.ClaimFigure, Value: 3e6, High: 4e6, Unit: "accounts", Start: 0, End: 20},
		{Kind: app.ClaimFigure, Value: 12, Unit: "accounts", Category: "linked to violence", Start: 31, End: 33},
	}}
	got := fromDump(brief.FromNotice(in)).Claims
	if len(got) != 2 {
		t.Fatalf("%d claims back, want 2", len(got))
	}
	if got[0].High != 4e6 || got[0].Value != 3e6 {
		t.Errorf("range came back as %v–%v", got[0].Value, got[0].High)
	}
	if got[1].Category != "linked to violence" {
		t.Errorf("category came back as %q", got[1].Category)
	}
}
