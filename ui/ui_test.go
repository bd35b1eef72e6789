package ui

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/brief"
	"github.com/takedowndesk/takedowndesk/app/extract"
	"github.com/takedowndesk/takedowndesk/app/ingest"
	"github.com/takedowndesk/takedowndesk/app/search"
	"github.com/takedowndesk/takedowndesk/assets"
	"github.com/takedowndesk/takedowndesk/store"
)

func openStore(t *testing.T, path string) *store.DB {
	t.Helper()
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func newTestUI(t *testing.T, db *store.DB) (*UI, fyne.Window) {
	t.Helper()
	return newTestUIDir(t, db, false)
}

func newTestUIDir(t *testing.T, db *store.DB, rtl bool) (*UI, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	events := make(chan func(), 1024)
	u := newUI(w, db, Info{Version: "test", DBPath: db.Path(), RTL: rtl}, func(f func()) { events <- f })
	queues[u] = events
	t.Cleanup(func() { viewRTL = false; delete(queues, u) })
	w.SetContent(u.Content())
	w.Resize(fyne.NewSize(1100, 700))
	settle(u)
	t.Cleanup(func() {
		go func() {
			for f := range events {
				f()
			}
		}()
		u.Close()
	})
	return u, w
}

// queues holds each test window's desk events: they run on the test's
// goroutine, as they run on the UI goroutine in the app, so widgets are
// never touched from two goroutines.
var queues = map[*UI]chan func(){}

// settle runs the desk's events on the test goroutine until its queries
// and edits have all been applied to the views.
func settle(u *UI) {
	idle := make(chan struct{})
	go func() { u.desk.Wait(); close(idle) }()
	events := queues[u]
	for {
		select {
		case f := <-events:
			f()
		case <-idle:
			for {
				select {
				case f := <-events:
					f()
				default:
					return
				}
			}
		}
	}
}

// await runs the window's posted work on the test goroutine until ch
// gives what a background job (an import, a merge, a sync) reported, and
// fails the test when it takes longer than d: the job's result reaches
// the widgets through the same queue, as it does through fyne.Do.
func await[T any](t *testing.T, u *UI, ch <-chan T, d time.Duration, what string) T {
	t.Helper()
	timeout := time.After(d)
	for {
		select {
		case v := <-ch:
			return v
		case f := <-queues[u]:
			f()
		case <-timeout:
			t.Fatalf("%s did not finish", what)
			var zero T
			return zero
		}
	}
}

// pump runs the window's posted work for d.
func pump(u *UI, d time.Duration) {
	stop := time.After(d)
	for {
		select {
		case f := <-queues[u]:
			f()
		case <-stop:
			return
		}
	}
}

// pressEnter is the reporter pressing Enter in an entry.
func pressEnter(e fyne.Focusable) { e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) }

// The foundation loop: import → the row appears → select it → tag a claim →
// change status → reopen the store → all still there.
func TestImportTagStatusSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "desk.db")
	db := openStore(t, path)
	u, _ := newTestUI(t, db)
	if u.list.list.Length() != 0 {
		t.Fatalf("new desk lists %d notices", u.list.list.Length())
	}

	reports := ingest.Files(context.Background(), db, []string{filepath.Join("..", "testdata", "ar-story.txt")}, ingest.Options{})
	if reports[0].Err != nil || reports[0].New != 1 {
		t.Fatalf("import: %+v", reports[0])
	}
	u.afterImportDone()
	settle(u)
	if u.list.list.Length() != 1 {
		t.Fatalf("list has %d rows after import, want 1", u.list.list.Length())
	}
	cur, ok := u.desk.Current()
	if !ok || cur.Direction != app.RTL || len(u.detail.claimRows) == 0 {
		t.Fatalf("open notice %d (%s) with %d claim rows", cur.ID, cur.Direction, len(u.detail.claimRows))
	}
	row := u.detail.claimRows[cur.Claims[0].ID]
	claimID := row.claim.ID
	test.Type(row.tagEntry, "رقم للتحقق")
	pressEnter(row.tagEntry)
	settle(u)
	test.Type(u.detail.tagEntry, "Telegram")
	pressEnter(u.detail.tagEntry)
	settle(u)
	before := u.detail.scroll.Offset
	u.detail.status.SetSelectedIndex(statusIndex(app.StatusVerifying))
	settle(u)
	if r, _ := u.desk.Row(0); r.Status != app.StatusVerifying || len(r.Tags) != 1 {
		t.Errorf("list row %s %v after the edits, want verifying with one tag", r.Status, r.Tags)
	}
	if u.detail.claimRows[claimID] != row || u.detail.scroll.Offset != before {
		t.Error("an edit rebuilt the detail pane")
	}
	if len(row.tags.Objects) != 1 {
		t.Errorf("claim row shows %d tags, want 1", len(row.tags.Objects))
	}
	id := cur.ID
	settle(u)
	db.Close()

	db = openStore(t, path)
	u, _ = newTestUI(t, db)
	n, ok := u.desk.Current()
	if !ok || n.ID != id {
		t.Fatalf("reopened on notice %d, want last viewed %d", n.ID, id)
	}
	if n.Status != app.StatusVerifying || len(n.Tags) != 1 || n.Tags[0].Name != "Telegram" {
		t.Errorf("after reopen: status %s, tags %v", n.Status, n.Tags)
	}
	var tagged bool
	for _, c := range n.Claims {
		if c.ID == claimID && len(c.Tags) == 1 && c.Tags[0].Name == "رقم للتحقق" {
			tagged = true
		}
	}
	if !tagged {
		t.Errorf("claim %d lost its tag: %+v", claimID, n.Claims)
	}
}

// TestUndoKeys: Ctrl+Z takes the last edit back, Ctrl+Shift+Z redoes it.
func TestUndoKeys(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	ingest.Files(context.Background(), db, []string{filepath.Join("..", "testdata", "en-statement.md")}, ingest.Options{})
	u, w := newTestUI(t, db)
	test.Tap(u.detail.star)
	settle(u)
	if n, _ := u.desk.Current(); !n.Starred || !u.detail.star.Checked {
		t.Fatal("tap on Starred did not star")
	}
	shortcut := func(mod fyne.KeyModifier) {
		w.Canvas().Unfocus() // with no entry focused, the window's shortcuts apply
		typeShortcut(w, &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: mod})
		settle(u)
	}
	shortcut(fyne.KeyModifierShortcutDefault)
	if n, _ := u.desk.Current(); n.Starred || u.detail.star.Checked {
		t.Error("Ctrl+Z did not unstar")
	}
	shortcut(fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift)
	if n, _ := u.desk.Current(); !n.Starred {
		t.Error("Ctrl+Shift+Z did not star again")
	}
	// the history section lists the star, its undo and its redo
	if got := len(u.detail.history.Objects); got != 3 {
		t.Errorf("history shows %d lines, want 3", got)
	}
}

func typeShortcut(w fyne.Window, s fyne.Shortcut) {
	if sc, ok := w.Canvas().(fyne.Shortcutable); ok {
		sc.TypedShortcut(s)
	}
}

func TestSearchFiltersList(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	ctx := context.Background()
	ingest.Files(ctx, db, []string{filepath.Join("..", "testdata", "ar-story.txt"), filepath.Join("..", "testdata", "en-statement.md")}, ingest.Options{})
	u, _ := newTestUI(t, db)
	if u.list.list.Length() != 2 {
		t.Fatalf("%d rows, want 2", u.list.list.Length())
	}
	tests := []struct {
		query string
		want  int
	}{
		{"تلغرام", 1},    // Arabic, found in the Arabic story
		{"تلغرأم", 1},    // hamza variant, normalised
		{"statement", 1}, // English
		{"statment", 1},  // a typo
		{"nothing-like-this", 0},
		{"", 2},
	}
	for _, tt := range tests {
		u.search.SetText("")
		test.Type(u.search, tt.query)
		settle(u)
		if got := u.list.list.Length(); got != tt.want {
			t.Errorf("search %q: %d rows, want %d", tt.query, got, tt.want)
		}
		if tt.want == 0 && !u.list.empty.Visible() {
			t.Errorf("search %q: no empty state shown", tt.query)
		}
	}
}

func TestEmptyDeskShowsHelp(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	u, _ := newTestUI(t, db)
	if _, ok := u.desk.Current(); u.countLabel.Text == "" || ok || !u.list.empty.Visible() {
		t.Errorf("empty desk: count label %q, notice open %v", u.countLabel.Text, ok)
	}
	// the help wraps across the list's width, not a letter a line
	if sz := u.list.empty.Size(); sz.Width < 200 || sz.Height > sz.Width {
		t.Errorf("empty-list help laid out %v", sz)
	}
}

// goldenDesk is a desk with fixed dates, so its window renders the same
// every day.
func goldenDesk(t *testing.T) *store.DB {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	day := time.Date(2015, 11, 18, 0, 0, 0, 0, time.UTC)
	err := db.Import(context.Background(), func(put func(app.Imported) (app.Outcome, error)) error {
		for i, text := range []string{
			"Telegram says it blocked 78 channels linked to ISIS in 12 languages.",
			"قالت تلغرام إنها حظرت 78 قناة مرتبطة بتنظيم داعش بـ12 لغة.",
		} {
			lang, dir := app.DetectLanguage(text)
			res := extract.Text(text, extract.Options{Published: day})
			im := app.Imported{Notice: app.Notice{Title: []string{"Telegram blocks 78 channels", "تلغرام تحظر 78 قناة"}[i],
				Body: text, Lang: lang, Direction: dir, Kind: app.KindArticle, Platform: "Telegram",
				PublishedAt: day.AddDate(0, 0, i), ImportedAt: day}, Claims: res.Claims}
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

var update = flag.Bool("update", false, "rewrite the markup goldens in testdata")

// TestMainWindowMarkup: the main window in both directions, as markup.
func TestMainWindowMarkup(t *testing.T) {
	// the interface in English whatever ran before (the text of every
	// label is part of the markup)
	t.Setenv("LANGUAGE", "en")
	if err := lang.AddTranslationsFS(assets.Translations, "translation"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		rtl  bool
	}{{"main-ltr.xml", false}, {"main-rtl.xml", true}} {
		t.Run(tc.name, func(t *testing.T) {
			u, w := newTestUIDir(t, goldenDesk(t), tc.rtl)
			settle(u)
			// open the notice again and lay the window out anew once every
			// answer is in: which of the list and the notice came first
			// must not show
			w.SetContent(u.Content())
			w.Resize(fyne.NewSize(1100, 700))
			cur, _ := u.desk.Current()
			u.detail.show(cur)
			w.Resize(fyne.NewSize(1101, 700))
			w.Resize(fyne.NewSize(1100, 700))
			if !test.AssertRendersToMarkup(t, tc.name, w.Canvas()) && *update {
				b, err := os.ReadFile(filepath.Join("testdata", "failed", tc.name))
				if err == nil {
					err = os.WriteFile(filepath.Join("testdata", tc.name), b, 0o644)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

func TestDefang(t *testing.T) {
	tests := map[string]string{
		"https://t.me/isiswatch":    "hxxps://t[.]me/isiswatch",
		"http://example.com/a.html": "hxxp://example[.]com/a[.]html",
		"":                          "",
	}
	for in, want := range tests {
		if got := brief.Defang(in); got != want {
			t.Errorf("Defang(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCSVMapperRoundTrip(t *testing.T) {
	test.NewTempApp(t)
	head := []byte("Date;Platform;Channels removed;Title\n2024-01-02;Telegram;1 312;Daily ban\n")
	m, headers, err := ingest.GuessCSV("bans.csv", head)
	if err != nil {
		t.Fatal(err)
	}
	c := newCSVMapper(m, headers)
	got := c.result()
	if got.Date != m.Date || got.Title != m.Title || len(got.Figures) != len(m.Figures) {
		t.Errorf("unchanged dialog gives %+v, want the guess %+v", got, m)
	}
	// The reporter says column 3 is not the title and column 2 counts channels.
	c.roles["title"].SetSelectedIndex(0)
	c.units[2].SetSelected("channels")
	got = c.result()
	if got.Title != -1 || got.Figures[2] != "channels" {
		t.Errorf("after edits: title %d, figures %v", got.Title, got.Figures)
	}
}

func TestConflictsShownOnOpen(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	ctx := context.Background()
	for _, text := range []string{
		"Telegram said on November 18, 2015 that it blocked 78 channels linked to ISIS.",
		"Telegram blocked 79 channels linked to ISIS on November 18, 2015, a researcher counted.",
	} {
		if r := ingest.Text(ctx, db, "pasted", text, ingest.Options{}); r.Err != nil || r.New != 1 {
			t.Fatalf("import %q: %+v", text, r)
		}
	}
	u, _ := newTestUI(t, db)
	cur, _ := u.desk.Current()
	var flagged int
	for _, c := range cur.Claims {
		flagged += len(c.Conflicts)
		if r := u.detail.claimRows[c.ID]; len(c.Conflicts) > 0 && (r == nil || len(r.warn.Objects) == 0) {
			t.Errorf("conflict of claim %d not shown", c.ID)
		}
	}
	if flagged == 0 {
		t.Errorf("78 vs 79 channels on the same day not flagged: %+v", cur.Claims)
	}
}

func TestUserAliasesReachTheExtractor(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	u, _ := newTestUI(t, db)
	if err := u.addAlias("Tgram", "Telegram", "platform"); err != nil {
		t.Fatal(err)
	}
	if err := u.addAlias("tgram", "Telegram", "platform"); err == nil {
		t.Error("the same alias twice was accepted")
	}
	if err := u.addAlias(" ", "Telegram", "platform"); err == nil {
		t.Error("an empty alias was accepted")
	}
	r := ingest.Text(context.Background(), db, "pasted", "Tgram blocked 50 channels on Monday.", ingest.Options{Aliases: u.aliases()})
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	u.afterImportDone()
	settle(u)
	if cur, _ := u.desk.Current(); cur.Platform != "Telegram" {
		t.Errorf("platform = %q, want Telegram from the reporter's alias", cur.Platform)
	}
}

// A folder of mixed files dropped on the window is imported whole.
func TestDropFolder(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	u, _ := newTestUI(t, db)
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt":   "Telegram blocked 78 channels.",
		"b.md":    "# Statement\n\nThe platform removed 12 groups.",
		"c.bin":   "\x00\x01\x02junk",
		".hidden": "ignored",
	} {
		os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600)
	}
	done := make(chan []ingest.Report, 1)
	u.afterImport = func(r []ingest.Report) { done <- r }
	u.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(dir)})
	reports := await(t, u, done, 30*time.Second, "import of a dropped folder")
	settle(u)
	if u.list.list.Length() != 2 {
		t.Errorf("after dropping a folder: %d rows, want 2 (reports %+v)", u.list.list.Length(), reports)
	}
}
