package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

// TestRealTablesTwoCopies: Google's user data requests in two of its
// downloads (2013's, days written 31/12/12, and today's, 2012-12-31, with
// other column names) agree where they give the same figure; the same
// figure changed in one copy conflicts with the other's, on that cell
// alone, both sides.
func TestRealTablesTwoCopies(t *testing.T) {
	old := filepath.Join("testdata", "realfiles", "google-user-data-requests-2009-2012.csv")
	cur := filepath.Join("testdata", "realfiles", "google-global-user-data-requests-2012-2014.csv")
	db := openDB(t)
	importOK(t, db, old, ingest.Options{})
	importOK(t, db, cur, ingest.Options{})
	if n := conflictsOf(t, db); n != 0 {
		t.Errorf("%d conflicts between two copies of one table", n)
	}
	src, err := os.ReadFile(cur)
	if err != nil {
		t.Fatal(err)
	}
	const row = "2012-12-31,Germany,DE,All,1550,42,1944"
	if !strings.Contains(string(src), row) {
		t.Fatal("the row to change is not in the file")
	}
	changed := strings.Replace(string(src), row, "2012-12-31,Germany,DE,All,1551,42,1944", 1)
	db2 := openDB(t)
	importOK(t, db2, old, ingest.Options{})
	importOK(t, db2, writeFile(t, "google-global-user-data-requests.csv", changed), ingest.Options{})
	got := conflictLines(allNotices(t, db2), func(n app.Notice, c app.Claim, k app.Conflict) string {
		return fmt.Sprintf("%s: %s %v vs %v", n.Title, c.UnitText, c.Value, k.OtherValue)
	})
	if len(got) != 2 || !strings.Contains(strings.Join(got, "\n"), "Germany · DE · All: User Data Requests 1551 vs 1550") {
		t.Errorf("conflicts %q, want Germany's changed cell, both sides", got)
	}
}

// TestRealMultiDimensionTableCopy: Google's detailed removals (period ×
// country × product × reason) imported twice agree; one cell changed in
// the second copy (Brazil's Blogger defamation requests of the first half
// of 2011) conflicts with that cell alone, both sides, and not with
// Brazil's other products, reasons or half.
func TestRealMultiDimensionTableCopy(t *testing.T) {
	path := filepath.Join("testdata", "realfiles", "google-government-detailed-removal-requests-2011.csv")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const row = "2011-06-30,Brazil,BR,Blogger,Defamation,33"
	if !strings.Contains(string(src), row) {
		t.Fatal("the row to change is not in the file")
	}
	db := openDB(t)
	importOK(t, db, path, ingest.Options{})
	importOK(t, db, writeFile(t, "google-detailed-removals-copy.csv", strings.Replace(string(src), "2011-06-30,Argentina,AR,Blogger,Defamation,4", "2011-06-30,Argentina,AR,Blogger,Defamation,4 ", 1)), ingest.Options{})
	if n := conflictsOf(t, db); n != 0 {
		t.Errorf("%d conflicts between two copies of one table", n)
	}
	db2 := openDB(t)
	importOK(t, db2, path, ingest.Options{})
	importOK(t, db2, writeFile(t, "google-detailed-removals-changed.csv", strings.Replace(string(src), row, "2011-06-30,Brazil,BR,Blogger,Defamation,34", 1)), ingest.Options{})
	got := conflictLines(allNotices(t, db2), func(n app.Notice, c app.Claim, k app.Conflict) string {
		return fmt.Sprintf("%s (%s) %s: %v vs %v", n.Title, n.Platform, n.PublishedAt.Format("2006-01-02"), c.Value, k.OtherValue)
	})
	if len(got) != 2 {
		t.Fatalf("conflicts %q, want the changed cell's two sides", got)
	}
	for _, g := range got {
		if !strings.HasPrefix(g, "Brazil · BR · Defamation (Blogger) 2011-06-30: ") {
			t.Errorf("conflict %q is not on the changed cell", g)
		}
	}
}
