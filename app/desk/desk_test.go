package desk_test

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/desk"
	"github.com/takedowndesk/takedowndesk/app/search"
	"github.com/takedowndesk/takedowndesk/store"
)

// fill makes a desk of n notices: "Notice i" about Telegram (even i) or
// Twitter (odd i), published on day i of 2016, one figure each.
func fill(t *testing.T, n int) *store.DB {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "desk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	err = db.Import(context.Background(), func(put func(app.Imported) (app.Outcome, error)) error {
		for i := range n {
			plat := "Telegram"
			if i%2 == 1 {
				plat = "Twitter"
			}
			body := fmt.Sprintf("%s blocked %d channels.", plat, 10+i)
			c := app.Claim{Kind: app.ClaimFigure, Value: float64(10 + i), Unit: "channels", Start: len(plat) + 9, End: len(plat) + 9 + len(fmt.Sprint(10+i)) + 9}
			c.Anchor([]rune(body))
			im := app.Imported{Notice: app.Notice{Title: fmt.Sprintf("Notice %d", i), Body: body, Platform: plat, Lang: "en",
				Kind: app.KindText, PublishedAt: time.Date(2016, 1, 1+i, 0, 0, 0, 0, time.UTC)}, Claims: []app.Claim{c}}
			im.Complete()
			row := search.Row(im.Notice.Title, im.Notice.Body, im.SourceNames())
			im.Search = &row
			if _, err := put(im); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// recorder keeps the events a desk published.
type recorder struct {
	mu     sync.Mutex
	events []desk.Event
}

func (r *recorder) add(ev desk.Event) {
	r.mu.Lock()
	r.events = append(r.events, ev)
	r.mu.Unlock()
}

func (r *recorder) kinds() []desk.EventKind {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []desk.EventKind
	for _, e := range r.events {
		out = append(out, e.Kind)
	}
	return out
}

func (r *recorder) failed() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, e := range r.events {
		if e.Kind == desk.Failed {
			return e.Err
		}
	}
	return nil
}

func newDesk(t *testing.T, st desk.Store) (*desk.Desk, *recorder) {
	d := desk.New(st, func(f func()) { f() })
	r := &recorder{}
	d.Listen(r.add)
	t.Cleanup(d.Close)
	return d, r
}

func TestQueryPagesAndCounts(t *testing.T) {
	db := fill(t, 250)
	d, rec := newDesk(t, db)
	for _, tc := range []struct {
		name  string
		q     app.Query
		total int
		first string
	}{
		{"everything, newest first", app.Query{}, 250, "Notice 249"},
		{"one platform", app.Query{Platforms: []string{"Twitter"}}, 125, "Notice 249"},
		{"by figure", app.Query{Sort: app.SortFigure, Platforms: []string{"Telegram"}}, 125, "Notice 248"},
		{"date range", app.Query{From: time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2016, 1, 10, 0, 0, 0, 0, time.UTC)}, 10, "Notice 9"},
		{"text", app.Query{Text: "twitter"}, 125, "Notice 249"},
		{"typo", app.Query{Text: "twiter"}, 125, ""},
		{"nothing", app.Query{Text: "zqxjk"}, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d.SetQuery(tc.q)
			d.Wait()
			if err := rec.failed(); err != nil {
				t.Fatal(err)
			}
			c, ok := d.Counts()
			if !ok {
				t.Fatal("no counts")
			}
			if tc.name == "typo" {
				if c.Total == 0 || d.Len() == 0 {
					t.Fatalf("a typo found nothing: %d", c.Total)
				}
				r, _ := d.Row(0)
				if r.Platform != "Twitter" {
					t.Errorf("typo: first row %+v", r)
				}
				return
			}
			if c.Total != tc.total || d.Len() != tc.total {
				t.Fatalf("total %d, len %d, want %d", c.Total, d.Len(), tc.total)
			}
			if tc.total == 0 {
				return
			}
			r, ok := d.Row(0)
			if !ok || r.Title != tc.first {
				t.Errorf("first row %q (%v), want %q", r.Title, ok, tc.first)
			}
		})
	}
	// the counts beside a facet ignore that facet's own filter
	d.SetQuery(app.Query{Platforms: []string{"Twitter"}})
	d.Wait()
	c, _ := d.Counts()
	if c.Platforms["Telegram"] != 125 || c.Platforms["Twitter"] != 125 || c.Statuses[app.StatusNew] != 125 {
		t.Errorf("facet counts %+v", c)
	}
	// rows past the first page load on demand
	d.SetQuery(app.Query{})
	d.Wait()
	if _, ok := d.Row(230); ok {
		t.Fatal("row 230 before its page was asked for")
	}
	d.Wait()
	if r, ok := d.Row(230); !ok || r.Title != "Notice 19" {
		t.Errorf("row 230 = %q, %v", r.Title, ok)
	}
	if !slices.Contains(rec.kinds(), desk.PageLoaded) {
		t.Error("no PageLoaded event")
	}
}

// slowStore holds the first page query until released, so a newer query
// can overtake it.
type slowStore struct {
	*store.DB
	hold chan struct{}
	once sync.Once
}

func (s *slowStore) Page(ctx context.Context, q app.Query, offset, limit int) ([]app.Row, error) {
	if q.Text == "telegram" {
		s.once.Do(func() { <-s.hold })
	}
	return s.DB.Page(context.Background(), q, offset, limit) // ignores cancelling, as a slow disk would
}

// TestNewestQueryWins: an older query's late answer is dropped.
func TestNewestQueryWins(t *testing.T) {
	st := &slowStore{DB: fill(t, 30), hold: make(chan struct{})}
	d, _ := newDesk(t, st)
	d.SetText("telegram")
	d.SetText("twitter")
	time.Sleep(20 * time.Millisecond) // the newer query answers first
	close(st.hold)
	d.Wait()
	for i := range d.Len() {
		if r, ok := d.Row(i); !ok || r.Platform != "Twitter" {
			t.Fatalf("row %d = %+v (%v): the older query's rows were shown", i, r, ok)
		}
	}
}

func TestSelection(t *testing.T) {
	db := fill(t, 250)
	d, _ := newDesk(t, db)
	d.SetQuery(app.Query{})
	d.Wait()
	id := func(i int) int64 { r, _ := d.Row(i); return r.ID }
	d.Select(2, desk.SelectOnly)
	d.Select(5, desk.SelectToggle)
	d.Select(2, desk.SelectToggle)
	d.Wait()
	if got := d.Selected(); len(got) != 1 || got[0] != id(5) {
		t.Fatalf("only then toggles: %v", got)
	}
	d.Select(5, desk.SelectOnly)
	d.Select(9, desk.SelectRange)
	d.Wait()
	if got := d.Selected(); len(got) != 5 || !d.IsSelected(id(7)) {
		t.Fatalf("range 5..9: %v", got)
	}
	d.SelectAll()
	d.Wait()
	if got := d.Selected(); len(got) != 250 {
		t.Fatalf("select all: %d, want every notice, loaded or not", len(got))
	}
	d.ClearSelection()
	d.Wait()
	if len(d.Selected()) != 0 {
		t.Fatal("clear")
	}
}

// TestCommandsUndo: every command is undone and redone, and the history
// keeps all of it as typed changes.
func TestCommandsUndo(t *testing.T) {
	db := fill(t, 3)
	d, rec := newDesk(t, db)
	d.SetQuery(app.Query{})
	d.Wait()
	row, _ := d.Row(0)
	d.Open(row.ID)
	d.Wait()
	n, _ := d.Current()
	claim := n.Claims[0].ID
	ctx := context.Background()
	type state struct {
		status  app.Status
		starred bool
		tags    string
		claim   string
		notes   int
	}
	read := func() state {
		n, err := db.Notice(ctx, row.ID)
		if err != nil {
			t.Fatal(err)
		}
		var tags []string
		for _, x := range n.Tags {
			tags = append(tags, x.Name)
		}
		c := string(n.Claims[0].Verification)
		for _, x := range n.Claims[0].Tags {
			c += "+" + x.Name
		}
		return state{n.Status, n.Starred, strings.Join(tags, ","), c, len(n.Notes)}
	}
	for _, tc := range []struct {
		name string
		do   func()
		want func(s state) bool
	}{
		{"status", func() { d.SetStatus(app.StatusPublished, row.ID) }, func(s state) bool { return s.status == app.StatusPublished }},
		{"star", func() { d.SetStarred(true, row.ID) }, func(s state) bool { return s.starred }},
		{"tag", func() { d.Tag(app.EntityNotice, "تلغرام", row.ID) }, func(s state) bool { return s.tags == "تلغرام" }},
		{"claim verification", func() { d.SetVerification(claim, app.Disputed) }, func(s state) bool { return s.claim == "disputed" }},
		{"claim tag", func() { d.Tag(app.EntityClaim, "check", claim) }, func(s state) bool { return s.claim == "unreviewed+check" }},
		{"note", func() { d.AddNote(row.ID, "call the press office") }, func(s state) bool { return s.notes == 1 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := read()
			tc.do()
			d.Wait()
			if err := rec.failed(); err != nil {
				t.Fatal(err)
			}
			after := read()
			if !tc.want(after) {
				t.Fatalf("not applied: %+v", after)
			}
			// the open notice follows without a reload
			if cur, _ := d.Current(); cur.Status != after.status || cur.Starred != after.starred {
				t.Errorf("open notice %s/%v, store %s/%v", cur.Status, cur.Starred, after.status, after.starred)
			}
			d.Undo()
			d.Wait()
			if got := read(); got != before {
				t.Fatalf("undo: %+v, want %+v", got, before)
			}
			d.Redo()
			d.Wait()
			if got := read(); got != after {
				t.Fatalf("redo: %+v, want %+v", got, after)
			}
			d.Undo()
			d.Wait()
		})
	}
	// deleting a note is a command too
	d.AddNote(row.ID, "keep")
	d.Wait()
	cur, _ := d.Current()
	d.DeleteNote(cur.Notes[0])
	d.Wait()
	d.Undo()
	d.Wait()
	if n, _ := db.Notice(ctx, row.ID); len(n.Notes) != 1 || n.Notes[0].ID != cur.Notes[0].ID {
		t.Errorf("undelete: %+v", n.Notes)
	}
	// a bulk edit is one step
	all := []int64{}
	for i := range d.Len() {
		r, _ := d.Row(i)
		all = append(all, r.ID)
	}
	d.SetStatus(app.StatusTriaged, all...)
	d.Wait()
	d.Undo()
	d.Wait()
	for _, id := range all {
		if n, _ := db.Notice(ctx, id); n.Status != app.StatusNew {
			t.Errorf("bulk undo left notice %d %s", id, n.Status)
		}
	}
	h, err := db.History(ctx, row.ID)
	if err != nil || len(h) < 20 {
		t.Fatalf("history: %d changes, %v", len(h), err)
	}
	if h[0].Entity != app.EntityNotice || h[0].Field != app.FieldStatus || h[1].Undo != true {
		t.Errorf("history starts %+v, %+v", h[0], h[1])
	}
	if _, ok := d.CanUndo(); !ok {
		t.Error("nothing to undo")
	}
	// the open notice's history follows its edits
	if got := d.History(); len(got) < 20 || got[len(got)-1].NoticeID != row.ID {
		t.Errorf("open notice's history: %d changes", len(got))
	}
}

// TestNoFyne: the desk holds no widget and imports nothing of Fyne.
func TestNoFyne(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/takedowndesk/takedowndesk/app/desk").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	if strings.Contains(string(out), "fyne.io") {
		t.Error("app/desk depends on fyne")
	}
}
