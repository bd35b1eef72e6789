package desk_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/desk"
)

// A bulk command on every notice, loaded or not, is one batch, one undo
// step, and one redraw of the rows; its progress is published.
func TestBulkCommandsUndo(t *testing.T) {
	db := fill(t, 250)
	d, rec := newDesk(t, db)
	d.SetQuery(app.Query{})
	d.Wait()
	d.SelectAll()
	d.Wait()
	sel := d.Selected()
	if len(sel) != 250 || d.SelectedCount() != 250 {
		t.Fatalf("selected %d", len(sel))
	}
	ctx := context.Background()
	count := func(q app.Query) int {
		c, err := db.Count(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		return c.Total
	}
	for _, tc := range []struct {
		name string
		do   func()
		q    app.Query // the notices the command leaves matching
	}{
		{"status", func() { d.SetStatus(app.StatusVerifying, sel...) }, app.Query{Statuses: []app.Status{app.StatusVerifying}}},
		{"star", func() { d.SetStarred(true, sel...) }, app.Query{Starred: true}},
		{"tag", func() { d.Tag(app.EntityNotice, "موجة 3", sel...) }, app.Query{Tags: []string{"موجة 3"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := len(rec.kinds())
			tc.do()
			d.Wait()
			if err := rec.failed(); err != nil {
				t.Fatal(err)
			}
			if got := count(tc.q); got != 250 {
				t.Fatalf("%d notices changed, want 250", got)
			}
			kinds := rec.kinds()[before:]
			if n := countKind(kinds, desk.RowsChanged); n != 1 || countKind(kinds, desk.RowChanged) != 0 {
				t.Errorf("events %v: want one RowsChanged and no RowChanged", kinds)
			}
			if countKind(kinds, desk.BusyChanged) < 2 {
				t.Errorf("no progress published: %v", kinds)
			}
			if busy, _, _ := d.Busy(); busy {
				t.Error("still busy after the command")
			}
			// the loaded rows follow without a reload
			r, _ := d.Row(0)
			if tc.name == "star" && !r.Starred || tc.name == "status" && r.Status != app.StatusVerifying || tc.name == "tag" && len(r.Tags) != 1 {
				t.Errorf("row 0 after %s: %+v", tc.name, r)
			}
			d.Undo()
			d.Wait()
			if got := count(tc.q); got != 0 {
				t.Fatalf("undo left %d notices changed", got)
			}
			d.Redo()
			d.Wait()
			if got := count(tc.q); got != 250 {
				t.Fatalf("redo: %d notices", got)
			}
			d.Undo()
			d.Wait()
		})
	}
	// untag is a bulk command too
	d.Tag(app.EntityNotice, "x", sel...)
	d.Wait()
	d.Untag(app.EntityNotice, "x", sel[:100]...)
	d.Wait()
	if got := count(app.Query{Tags: []string{"x"}}); got != 150 {
		t.Errorf("after untag of 100: %d tagged, want 150", got)
	}
}

// A refused move in a bulk status change skips that notice and says so;
// the rest move, and undo takes back exactly what moved.
func TestBulkStatusSkipsRefused(t *testing.T) {
	db := fill(t, 40)
	d, rec := newDesk(t, db)
	d.SetQuery(app.Query{})
	d.Wait()
	d.SelectAll()
	d.Wait()
	sel := d.Selected()
	slices.Sort(sel)
	d.SetStatus(app.StatusTriaged, sel...)
	d.Wait()
	d.SetStatus(app.StatusPublished, sel[0])
	d.Wait()
	d.SetStatus(app.StatusNew, sel...)
	d.Wait()
	err := rec.failed()
	if !errors.Is(err, app.ErrInvalid) {
		t.Errorf("refused move: %v", err)
	}
	c, _ := db.Count(context.Background(), app.Query{Statuses: []app.Status{app.StatusNew}})
	if c.Total != 39 {
		t.Errorf("%d new, want 39 (the published one refused)", c.Total)
	}
	d.Undo()
	d.Wait()
	c, _ = db.Count(context.Background(), app.Query{Statuses: []app.Status{app.StatusTriaged}})
	if c.Total != 39 {
		t.Errorf("after undo %d triaged, want 39", c.Total)
	}
}

func TestExtendTo(t *testing.T) {
	db := fill(t, 250)
	d, _ := newDesk(t, db)
	d.SetQuery(app.Query{})
	d.Wait()
	d.Select(3, desk.SelectOnly)
	d.ExtendTo(6)
	d.Wait()
	if d.SelectedCount() != 4 {
		t.Fatalf("3..6: %d selected", d.SelectedCount())
	}
	d.ExtendTo(1) // shrinks back through the anchor and past it
	d.Wait()
	if d.SelectedCount() != 3 {
		t.Fatalf("3..1: %d selected", d.SelectedCount())
	}
	d.ExtendTo(230) // beyond the loaded pages
	d.Wait()
	if d.SelectedCount() != 228 {
		t.Fatalf("3..230: %d selected", d.SelectedCount())
	}
	if a, ok := d.Anchor(); !ok || a != 3 {
		t.Errorf("anchor %d %v, want 3", a, ok)
	}
}

func TestSavedSearches(t *testing.T) {
	db := fill(t, 10)
	d, rec := newDesk(t, db)
	q := app.Query{Text: "telegram", Platforms: []string{"Telegram"}, Starred: true}
	d.SetQuery(q)
	if err := d.SaveSearch("  "); !errors.Is(err, app.ErrInvalid) {
		t.Errorf("empty name: %v", err)
	}
	if err := d.SaveSearch("  تلغرام  المميزة "); err != nil {
		t.Fatal(err)
	}
	d.SetQuery(app.Query{Statuses: []app.Status{app.StatusNew}})
	if err := d.SaveSearch("new"); err != nil {
		t.Fatal(err)
	}
	d.Wait()
	if err := rec.failed(); err != nil {
		t.Fatal(err)
	}
	// a second desk on the same store reads them back
	d2, _ := newDesk(t, db)
	d2.LoadSaved()
	d2.Wait()
	got := d2.SavedSearches()
	if len(got) != 2 || got[0].Name != "تلغرام المميزة" || !got[0].Query.Equal(q) || got[1].Name != "new" {
		t.Fatalf("read back %+v", got)
	}
	d2.DeleteSearch("new")
	d2.Wait()
	if got, _ := db.SavedSearches(context.Background()); len(got) != 1 {
		t.Errorf("after delete the store keeps %d", len(got))
	}
}

func countKind(ks []desk.EventKind, k desk.EventKind) int {
	n := 0
	for _, x := range ks {
		if x == k {
			n++
		}
	}
	return n
}
