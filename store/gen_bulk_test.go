package store_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/store"
)

func TestAddGeneratedWork(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	ctx := context.Background()
	importAll(t, db,
		notice("One", "They blocked 78 channels and 12 accounts.", "gen:1",
			app.Claim{Kind: app.ClaimFigure, Value: 78, Unit: "channels", Start: 12, End: 23},
			app.Claim{Kind: app.ClaimFigure, Value: 12, Unit: "accounts", Start: 28, End: 39}),
		notice("Two", "Nothing to count here.", "gen:2"))
	err := db.AddGeneratedWork(ctx, []store.GeneratedWork{
		{Origin: "gen:1", Tags: []string{"verify", "  للتحقق "}, ClaimTags: map[int][]string{1: {"verify"}}},
		{Origin: "gen:2", Notes: []app.Note{{Body: "called the press office"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	ns, err := db.NoticesFull(ctx, app.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	byOrigin := map[string]app.Notice{}
	for _, n := range ns {
		byOrigin[n.Origin] = n
	}
	one, two := byOrigin["gen:1"], byOrigin["gen:2"]
	if len(one.Tags) != 2 || one.Tags[1].Name != "للتحقق" || len(one.Claims[0].Tags) != 0 ||
		len(one.Claims[1].Tags) != 1 || one.Claims[1].Tags[0].ID != one.Tags[0].ID {
		t.Errorf("notice one: tags %v, claim tags %v and %v", one.Tags, one.Claims[0].Tags, one.Claims[1].Tags)
	}
	if len(two.Notes) != 1 || two.Notes[0].Body != "called the press office" || len(two.Tags) != 0 {
		t.Errorf("notice two: notes %v, tags %v", two.Notes, two.Tags)
	}
	if h, _ := db.History(ctx, one.ID); len(h) != 0 {
		t.Errorf("generated work wrote history: %v", h)
	}

	for name, w := range map[string]store.GeneratedWork{
		"unknown origin": {Origin: "gen:3", Tags: []string{"x"}},
		"no such claim":  {Origin: "gen:2", ClaimTags: map[int][]string{0: {"x"}}},
		"empty tag":      {Origin: "gen:1", Tags: []string{"new", " "}},
	} {
		err := db.AddGeneratedWork(ctx, []store.GeneratedWork{w})
		if err == nil {
			t.Errorf("%s: no error", name)
		}
		if name != "unknown origin" && !errors.Is(err, app.ErrInvalid) {
			t.Errorf("%s: %v, want ErrInvalid", name, err)
		}
	}
	// A failed call keeps nothing of what it did.
	if tags, _ := db.Tags(ctx); len(tags) != 2 {
		t.Errorf("tags after failed calls: %v", tags)
	}
}
