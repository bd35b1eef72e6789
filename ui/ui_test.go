package ui

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/brief"
	"github.com/takedowndesk/takedowndesk/app/ingest"
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
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	u := New(w, db, Info{Version: "test", DBPath: db.Path()})
	w.SetContent(u.Content())
	w.Resize(fyne.NewSize(1100, 700))
	return u, w
}

// The foundation loop: import → the row appears → select it → tag a claim →
// change status → reopen the store → all still there.
func TestImportTagStatusSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "desk.db")
	db := openStore(t, path)
	u, _ := newTestUI(t, db)
	if len(u.notices) != 0 {
		t.Fatalf("new desk lists %d notices", len(u.notices))
	}

	reports := ingest.Files(context.Background(), db, []string{filepath.Join("..", "testdata", "ar-story.txt")}, ingest.Options{})
	if reports[0].Err != nil || reports[0].New != 1 {
		t.Fatalf("import: %+v", reports[0])
	}
	u.refresh()
	if u.list.Length() != 1 {
		t.Fatalf("list has %d rows after import, want 1", u.list.Length())
	}
	u.list.Select(0)
	if u.selected == 0 || u.current.Direction != app.RTL || len(u.detail.claimRows) == 0 {
		t.Fatalf("selected notice %d (%s) with %d claim rows", u.selected, u.current.Direction, len(u.detail.claimRows))
	}

	row := u.detail.claimRows[0]
	claimID := row.claim.ID
	test.Type(row.tagEntry, "رقم للتحقق")
	row.tagEntry.OnSubmitted(row.tagEntry.Text)
	test.Type(u.detail.tagEntry, "Telegram")
	u.detail.tagEntry.OnSubmitted(u.detail.tagEntry.Text)
	u.detail.status.SetSelectedIndex(statusIndex(app.StatusVerifying))

	if got := u.notices[0].Status; got != app.StatusVerifying {
		t.Errorf("list row status = %s after change, want verifying", got)
	}
	id := u.selected
	db.Close()

	db = openStore(t, path)
	u, _ = newTestUI(t, db)
	if u.selected != id {
		t.Fatalf("reopened on notice %d, want last viewed %d", u.selected, id)
	}
	n := u.current
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

func TestSearchFiltersList(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	ctx := context.Background()
	ingest.Files(ctx, db, []string{filepath.Join("..", "testdata", "ar-story.txt"), filepath.Join("..", "testdata", "en-statement.md")}, ingest.Options{})
	u, _ := newTestUI(t, db)
	if u.list.Length() != 2 {
		t.Fatalf("%d rows, want 2", u.list.Length())
	}
	tests := []struct {
		query string
		want  int
	}{
		{"", 2},
		{"تلغرام", 1},    // Arabic, found in the Arabic story
		{"تلغرأم", 1},    // hamza variant, normalised
		{"statement", 1}, // English
		{"nothing-like-this", 0},
	}
	for _, tt := range tests {
		u.search.SetText(tt.query)
		if got := u.list.Length(); got != tt.want {
			t.Errorf("search %q: %d rows, want %d", tt.query, got, tt.want)
		}
	}
}

func TestEmptyDeskShowsHelp(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	u, _ := newTestUI(t, db)
	if u.countLabel.Text == "" || u.selected != 0 {
		t.Errorf("empty desk: count label %q, selected %d", u.countLabel.Text, u.selected)
	}
}

// Every interface string has an English and an Arabic translation.
func TestTranslationsComplete(t *testing.T) {
	keys := map[string]bool{}
	re := regexp.MustCompile(`lang\.L\("([^"]+)"\)`)
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		src, _ := os.ReadFile(f)
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			keys[m[1]] = true
		}
	}
	for _, s := range app.Statuses {
		keys["status."+string(s)] = true
	}
	for _, v := range app.Verifications {
		keys["verification."+string(v)] = true
	}
	for _, k := range []app.Kind{app.KindArticle, app.KindTelegramPost, app.KindLumenNotice, app.KindCSVRow, app.KindFeedItem, app.KindText} {
		keys["kind."+string(k)] = true
	}
	for _, lang := range []string{"en", "ar"} {
		b, err := os.ReadFile(filepath.Join("..", "assets", "translation", lang+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var tr map[string]any
		if err := json.Unmarshal(b, &tr); err != nil {
			t.Fatalf("%s.json: %v", lang, err)
		}
		for k := range keys {
			if v, _ := tr[k].(string); v == "" {
				t.Errorf("%s.json lacks %q", lang, k)
			}
		}
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
	var flagged int
	for _, c := range u.current.Claims {
		flagged += len(c.Conflicts)
	}
	if flagged == 0 {
		t.Errorf("78 vs 79 channels on the same day not flagged: %+v", u.current.Claims)
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
	u.refresh()
	u.list.Select(0)
	if u.current.Platform != "Telegram" {
		t.Errorf("platform = %q, want Telegram from the reporter's alias", u.current.Platform)
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
	var reports []ingest.Report
	select {
	case reports = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("import of a dropped folder did not finish")
	}
	if u.list.Length() != 2 {
		t.Errorf("after dropping a folder: %d rows, want 2 (reports %+v)", u.list.Length(), reports)
	}
}
