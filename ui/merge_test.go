package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/merge"
	"github.com/takedowndesk/takedowndesk/app/search"
)

// TestMergeDeskFromMenu: File has "Merge desk…"; a merge run from the
// window adds the other desk's notice to the list and reports it, and a
// second merge of the same desk adds nothing.
func TestMergeDeskFromMenu(t *testing.T) {
	dir := t.TempDir()
	mine := openStore(t, filepath.Join(dir, "mine.db"))
	other := openStore(t, filepath.Join(dir, "other.db"))
	im := app.Imported{Notice: app.Notice{Title: "Wire", Body: "The wire said 80 accounts were closed.", Origin: "wire:1"}}
	im.Complete()
	row := search.Row(im.Notice.Title, im.Notice.Body, nil)
	im.Search = &row
	if err := other.Import(context.Background(), func(put func(app.Imported) (app.Outcome, error)) error {
		_, err := put(im)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	u, w := newTestUI(t, mine)
	found := false
	for _, it := range w.MainMenu().Items[0].Items {
		found = found || it.Label == "Merge desk…"
	}
	if !found {
		t.Fatal("File has no Merge desk… item")
	}
	run := func() merge.Report {
		t.Helper()
		done := make(chan merge.Report, 1)
		u.afterMerge = func(r merge.Report, err error) {
			if err != nil {
				t.Errorf("merge: %v", err)
			}
			done <- r
		}
		u.runMerge(mine, other.Path())
		rep := await(t, u, done, 30*time.Second, "merge")
		settle(u)
		return rep
	}
	if rep := run(); rep.Added.Notices != 1 {
		t.Errorf("first merge: %+v", rep)
	}
	if u.list.list.Length() != 1 {
		t.Errorf("after the merge: %d rows, want 1", u.list.list.Length())
	}
	if rep := run(); rep.Changed() {
		t.Errorf("second merge changed something: %+v", rep)
	}
	if text := mergeText(merge.Report{Conflicts: []merge.Conflict{{Entity: app.EntityNotice, Field: "status", Local: "triaged",
		LocalAuthor: "alice", Other: "verified", OtherAuthor: "bob", Kept: "other"}}}); !strings.Contains(text, "kept verified (bob)") {
		t.Errorf("report text %q", text)
	}
}
