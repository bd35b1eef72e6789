package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// TestRealFilesTogether imports every real file of testdata/realfiles into
// one store, as a desk that collected them would: their figures pass the
// same checks, and none contradicts another's, since no two give one
// figure differently. Two reports of one story (Lenta.ru's and
// Mail.ru's of Roskomnadzor's statement, each with the 400,000 channels
// blocked and the 154,000 left) agree; two platforms' tables, or one
// platform's two tables of different periods, are about different things.
func TestRealFilesTogether(t *testing.T) {
	if testing.Short() {
		t.Skip("every real file")
	}
	ents, err := os.ReadDir(filepath.Join("testdata", "realfiles"))
	if err != nil {
		t.Fatal(err)
	}
	db := openDB(t)
	for _, e := range ents {
		if e.Name() == "README.md" {
			continue
		}
		if rep := ingest.File(context.Background(), db, filepath.Join("testdata", "realfiles", e.Name()), ingest.Options{}); rep.Err != nil {
			t.Fatalf("%s: %v", e.Name(), rep.Err)
		}
	}
	ns := allNotices(t, db)
	checkNotices(t, ns)
	for _, n := range ns {
		for _, c := range n.Claims {
			for _, k := range c.Conflicts {
				if k.Kind == app.ConflictValue {
					t.Errorf("%q: %v %s conflicts with %v %s in %q", n.Title, c.Value, c.Unit, k.OtherValue, k.OtherUnit, k.OtherTitle)
				}
			}
		}
	}
}
