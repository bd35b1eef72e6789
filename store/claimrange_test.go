package store_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
)

// TestClaimRangeAndCategory checks that a range's high end and a part's
// category are stored and read back with the claim.
func TestClaimRangeAndCategory(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "t.db"))
	body := "Between 3-4 million accounts were removed, of which 3 209 were linked to violence."
	importAll(t, db, notice("range", body, "test:range",
		app.Claim{Kind: app.ClaimFigure, Value: 3e6, High: 4e6, Unit: "accounts", Start: 8, End: 28},
		app.Claim{Kind: app.ClaimFigure, Value: 3209, Unit: "accounts", Category: "linked to violence", Start: 52, End: 57},
		app.Claim{Kind: app.ClaimFigure, Value: 4, Unit: "accounts", Start: 10, End: 11},
	))
	ns, err := db.Notices(context.Background(), app.Filter{})
	if err != nil || len(ns) != 1 {
		t.Fatalf("notices: %v %v", ns, err)
	}
	n, err := db.Notice(context.Background(), ns[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Claims) != 3 {
		t.Fatalf("claims: %+v", n.Claims)
	}
	got := map[float64]app.Claim{}
	for _, c := range n.Claims {
		got[c.Value] = c
	}
	if c := got[3e6]; c.High != 4e6 || c.Category != "" {
		t.Errorf("range: high %v category %q", c.High, c.Category)
	}
	if c := got[3209]; c.High != 0 || c.Category != "linked to violence" {
		t.Errorf("part: high %v category %q", c.High, c.Category)
	}
	if c := got[4]; c.High != 0 || c.Category != "" {
		t.Errorf("plain: high %v category %q", c.High, c.Category)
	}
}
