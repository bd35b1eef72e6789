package store_test

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/internal/deskgen"
)

// The walk of whole notices (`list --json`, exports) loads a batch at a
// time, taking a conflict's other claim from the batch when it is there
// and reading it otherwise. Every notice it gives equals the notice the
// detail pane loads on its own, conflicts and their other claims included,
// on a desk of several batches whose conflicts cross them.
func TestEachNoticeIsNotice(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	if _, err := deskgen.Fill(ctx, db, 2600, 3); err != nil {
		t.Fatal(err)
	}
	if err := db.RebuildConflicts(ctx); err != nil {
		t.Fatal(err)
	}
	ids, err := db.IDs(ctx, app.Query{})
	if err != nil {
		t.Fatal(err)
	}
	// shuffled, so that most conflicts' other claims are in another batch
	// (in the list's order, notices of one period are neighbours)
	rand.New(rand.NewPCG(1, 1)).Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	batch := map[int64]int{}
	for i, id := range ids {
		batch[id] = i / 1000
	}
	seen, crossing := 0, 0
	err = db.EachOf(ctx, ids, func(n app.Notice) error {
		seen++
		want, err := db.Notice(ctx, n.ID)
		if err != nil {
			return err
		}
		for i := range want.Claims {
			_ = i
			for _, k := range want.Claims[i].Conflicts {
				if batch[k.OtherNoticeID] != batch[n.ID] {
					crossing++
				}
			}
		}
		// links are the walk's alone (the detail pane reads them with the text)
		n.Links = nil
		want.Links = nil
		if !reflect.DeepEqual(n, want) {
			for i := range min(len(n.Claims), len(want.Claims)) {
				if !reflect.DeepEqual(n.Claims[i], want.Claims[i]) {
					t.Errorf("notice %d, claim %d from the walk:\n%+v\nalone:\n%+v", n.ID, i, n.Claims[i], want.Claims[i])
				}
			}
			t.Fatalf("notice %d from the walk:\n%+v\nalone:\n%+v", n.ID, n, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen != 2600 {
		t.Errorf("walked %d notices, want 2600", seen)
	}
	if crossing == 0 {
		t.Error("no conflict crosses a batch: the test does not reach the reads of other claims")
	}
}
