package store_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/search"
	"github.com/takedowndesk/takedowndesk/store"
	_ "modernc.org/sqlite"
)

func openTestDB(t *testing.T, path string) *store.DB {
	t.Helper()
	db, err := store.Open(path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func notice(title, body, origin string, claims ...app.Claim) app.Imported {
	lang, dir := app.DetectLanguage(body)
	im := app.Imported{Notice: app.Notice{Title: title, Body: body, Origin: origin, Lang: lang, Direction: dir, Kind: app.KindText}}
	rs := []rune(body)
	for _, c := range claims {
		c.Anchor(rs)
		im.Claims = append(im.Claims, c)
	}
	return im
}

// completed is im as the import pipeline hands it to the store.
func completed(im app.Imported) app.Imported {
	im.Complete()
	row := search.Row(im.Notice.Title, im.Notice.Body, im.SourceNames())
	im.Search = &row
	return im
}

func importAll(t *testing.T, db *store.DB, ims ...app.Imported) []app.Outcome {
	t.Helper()
	var out []app.Outcome
	err := db.Import(context.Background(), func(put func(app.Imported) (app.Outcome, error)) error {
		for _, im := range ims {
			o, err := put(completed(im))
			if err != nil {
				return err
			}
			out = append(out, o)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("Import: %v", err)
	}
	return out
}

func TestOpenSetsSchemaAndPragmas(t *testing.T) {
	path := filepath.Join(t.TempDir(), "desk.db")
	openTestDB(t, path).Close()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var appID, version, pageSize int
	var mode string
	raw.QueryRow("PRAGMA application_id").Scan(&appID)
	raw.QueryRow("PRAGMA user_version").Scan(&version)
	raw.QueryRow("PRAGMA journal_mode").Scan(&mode)
	raw.QueryRow("PRAGMA page_size").Scan(&pageSize)
	if appID != store.ApplicationID || version != store.SchemaVersion() || mode != "wal" || pageSize != store.PageSize {
		t.Errorf("application_id %#x, user_version %d, journal %s, page size %d; want %#x, %d, wal, %d",
			appID, version, mode, pageSize, store.ApplicationID, store.SchemaVersion(), store.PageSize)
	}
	// A second open is a no-op and makes no backup.
	openTestDB(t, path)
	if m, _ := filepath.Glob(path + ".v*.bak"); len(m) != 0 {
		t.Errorf("backups after a no-op open: %v", m)
	}
}

func TestOpenRefusesForeignFiles(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("not a database at all, just text"), 0o600)
	other := filepath.Join(dir, "other.db")
	raw, _ := sql.Open("sqlite", other)
	raw.Exec("CREATE TABLE people (name TEXT)")
	raw.Close()
	for _, path := range []string{text, other} {
		_, err := store.Open(path)
		if !errors.Is(err, store.ErrForeign) {
			t.Errorf("Open(%s) = %v, want ErrForeign", filepath.Base(path), err)
		}
	}
	// The foreign file is left as it was.
	if b, _ := os.ReadFile(text); string(b) != "not a database at all, just text" {
		t.Errorf("foreign file changed: %q", b)
	}
}

func TestImportDedupUpdateAndOrphans(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	ctx := context.Background()
	body := "The platform said it blocked 78 channels in 12 languages this week."
	c78 := app.Claim{Kind: app.ClaimFigure, Value: 78, Unit: "channels", Start: 29, End: 40}
	c12 := app.Claim{Kind: app.ClaimFigure, Value: 12, Unit: "languages", Start: 44, End: 56}
	first := notice("Blocked", body, "telegram:1/2", c78, c12)

	if got := importAll(t, db, first, first); got[0] != app.OutcomeNew || got[1] != app.OutcomeDuplicate {
		t.Fatalf("outcomes = %v, want new, duplicate", got)
	}
	// Same text under another origin is still a duplicate by content hash.
	if got := importAll(t, db, notice("Blocked", body, "")); got[0] != app.OutcomeDuplicate {
		t.Errorf("same text, no origin: %v, want duplicate", got)
	}
	ns, _ := db.Notices(ctx, app.Filter{})
	if len(ns) != 1 || ns[0].Summary != "78 channels · 12 languages" {
		t.Fatalf("Notices = %+v, want one with summary", ns)
	}
	id := ns[0].ID
	n, _ := db.Notice(ctx, id)
	if _, err := db.AddTag(ctx, "claim", n.Claims[0].ID, "check with Telegram"); err != nil {
		t.Fatal(err)
	}

	// An edited version: 78 channels moved, 12 languages gone.
	edited := "Update: the platform said it blocked 78 channels this week."
	if got := importAll(t, db, notice("Blocked", edited, "telegram:1/2")); got[0] != app.OutcomeUpdated {
		t.Fatalf("edited: %v, want updated", got)
	}
	n, err := db.Notice(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if n.Body != edited || len(n.Claims) != 2 {
		t.Fatalf("after update body %q, %d claims; want edited body and both claims kept", n.Body, len(n.Claims))
	}
	for _, c := range n.Claims {
		switch c.Unit {
		case "channels":
			if c.Orphaned || string([]rune(edited)[c.Start:c.End]) != "78 channels" || len(c.Tags) != 1 {
				t.Errorf("78 channels re-anchored to %d:%d orphaned=%v tags=%v", c.Start, c.End, c.Orphaned, c.Tags)
			}
		case "languages":
			if !c.Orphaned {
				t.Errorf("12 languages should be orphaned")
			}
		}
	}
	if n.Summary != "78 channels" {
		t.Errorf("summary after update = %q", n.Summary)
	}
	if h, _ := db.History(ctx, id); len(h) == 0 || h[len(h)-1].Field != "body" {
		t.Errorf("history = %+v, want a body change", h)
	}
}

func TestImportRollsBackOnError(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	importAll(t, db, notice("kept", "already stored", ""))
	boom := errors.New("truncated file")
	err := db.Import(context.Background(), func(put func(app.Imported) (app.Outcome, error)) error {
		if _, err := put(completed(notice("half", "half written", ""))); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Import error = %v, want %v", err, boom)
	}
	ns, _ := db.Notices(context.Background(), app.Filter{})
	if len(ns) != 1 || ns[0].Title != "kept" {
		t.Errorf("after failed import: %+v, want only the kept notice", ns)
	}
}

func TestEditsPersistAcrossReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "desk.db")
	ctx := context.Background()
	db := openTestDB(t, path)
	body := "أعلنت المنصة أنها حجبت 78 قناة بـ 12 لغة"
	importAll(t, db, notice("حجب", body, "", app.Claim{Kind: app.ClaimFigure, Value: 78, Unit: "channels", Start: 23, End: 30}))
	ns, _ := db.Notices(ctx, app.Filter{})
	id := ns[0].ID
	n, _ := db.Notice(ctx, id)
	steps := []error{
		db.SetStatus(ctx, id, app.StatusVerifying),
		db.SetStarred(ctx, id, true),
		db.SetVerification(ctx, n.Claims[0].ID, app.SelfReported),
		db.SetSetting(ctx, "last_notice", "1"),
	}
	_, err := db.AddTag(ctx, "notice", id, "تلغرام")
	steps = append(steps, err)
	_, err = db.AddTag(ctx, "claim", n.Claims[0].ID, "figure to check")
	steps = append(steps, err)
	_, err = db.AddNote(ctx, id, "اتصل بالمتحدث")
	steps = append(steps, err)
	for i, err := range steps {
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	db.Close()

	db = openTestDB(t, path)
	n, err = db.Notice(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if n.Status != app.StatusVerifying || !n.Starred || len(n.Tags) != 1 || n.Tags[0].Name != "تلغرام" ||
		len(n.Claims) != 1 || n.Claims[0].Verification != app.SelfReported || len(n.Claims[0].Tags) != 1 || len(n.Notes) != 1 {
		t.Errorf("after reopen: %+v", n)
	}
	if v, _ := db.Setting(ctx, "last_notice"); v != "1" {
		t.Errorf("setting = %q", v)
	}
	// Search finds it by a normalised tag and by body words with and without hamza.
	for _, q := range []string{"تلغرام", "اعلنت", "أعلنت المنصة", "٧٨", "اتصل"} {
		hits, err := db.Search(ctx, q, 10)
		if err != nil || len(hits) != 1 {
			t.Errorf("Search(%q) = %d hits, %v; want 1", q, len(hits), err)
		}
	}
}

func TestEditErrors(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	ctx := context.Background()
	if err := db.SetStatus(ctx, 99, app.StatusTriaged); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("SetStatus(missing) = %v, want ErrNotFound", err)
	}
	if err := db.SetStatus(ctx, 1, "bogus"); !errors.Is(err, app.ErrInvalid) {
		t.Errorf("SetStatus(bogus) = %v, want ErrInvalid", err)
	}
	if _, err := db.AddTag(ctx, "notice", 99, "x"); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("AddTag(missing) = %v, want ErrNotFound", err)
	}
	if _, err := db.AddTag(ctx, "notice", 1, "   "); !errors.Is(err, app.ErrInvalid) {
		t.Errorf("AddTag(blank) = %v, want ErrInvalid", err)
	}
}

func TestImportRestoresTagsAndNotes(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	ctx := context.Background()
	im := notice("Restored", "They blocked 78 channels.", "lumen:1", app.Claim{Kind: app.ClaimFigure, Value: 78, Unit: "channels", Start: 12, End: 23,
		Verification: app.Corroborated, Tags: []app.Tag{{Name: "key figure"}}})
	im.Notice.Status = app.StatusVerified
	im.Notice.Starred = true
	im.Notice.Tags = []app.Tag{{Name: "lumen"}}
	im.Notice.Notes = []app.Note{{Body: "called the press office"}}
	importAll(t, db, im)
	ns, _ := db.Notices(ctx, app.Filter{})
	n, err := db.Notice(ctx, ns[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if n.Status != app.StatusVerified || !n.Starred || len(n.Tags) != 1 || len(n.Notes) != 1 ||
		n.Claims[0].Verification != app.Corroborated || len(n.Claims[0].Tags) != 1 {
		t.Errorf("restored notice = %+v", n)
	}
	if hits, _ := db.Search(ctx, "press office", 5); len(hits) != 1 {
		t.Errorf("note not searchable after restore")
	}
}

// NoticesFull loads the same as Notice, notice by notice.
func TestNoticesFullMatchesNotice(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	ctx := context.Background()
	importAll(t, db,
		notice("one", "They blocked 78 channels and 12 bots.", "x:1",
			app.Claim{Kind: app.ClaimFigure, Value: 78, Unit: "channels", Start: 13, End: 24},
			app.Claim{Kind: app.ClaimFigure, Value: 12, Unit: "bots", Start: 29, End: 36}),
		notice("two", "No figures here.", "x:2"))
	ns, _ := db.Notices(ctx, app.Filter{})
	var one, two int64
	for _, n := range ns {
		if n.Title == "one" {
			one = n.ID
		} else {
			two = n.ID
		}
	}
	first, _ := db.Notice(ctx, one)
	db.AddTag(ctx, "claim", first.Claims[1].ID, "check")
	db.AddTag(ctx, "notice", two, "later")
	db.AddNote(ctx, one, "note")
	full, err := db.NoticesFull(ctx, app.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, got := range full {
		want, _ := db.Notice(ctx, got.ID)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("NoticesFull notice %d =\n%+v\nNotice =\n%+v", got.ID, got, want)
		}
	}
}

// Two versions of one origin in one file: the later one wins, and search
// finds it once, by its new words only.
func TestImportTwoVersionsInOneFile(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	ctx := context.Background()
	got := importAll(t, db, notice("v", "first wording alpha", "telegram:1/1"), notice("v", "second wording beta", "telegram:1/1"))
	if got[0] != app.OutcomeNew || got[1] != app.OutcomeUpdated {
		t.Fatalf("outcomes %v", got)
	}
	if h, _ := db.Search(ctx, "beta", 5); len(h) != 1 {
		t.Errorf("search beta: %d hits", len(h))
	}
	if h, _ := db.Search(ctx, "alpha", 5); len(h) != 0 {
		t.Errorf("search alpha: %d hits, want 0 (old wording)", len(h))
	}
}

// TestSearchAccentsPunctuationAndSources: words are found without their
// accents, across punctuation, and by the name of the notice's source.
func TestSearchAccentsPunctuationAndSources(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	ctx := context.Background()
	fr := notice("Suppression", "Le ministère a supprimé 78 comptes liés à l'EI (Daech).", "")
	fr.Sources = []app.SourceLink{{Source: app.Source{Name: "Agence France-Presse", Kind: app.SourceWire}, Role: app.RoleReportedBy}}
	importAll(t, db, fr, notice("Other", "Telegram blocked channels.", ""))
	for _, q := range []string{"ministere", "supprimé", "SUPPRIME", "l'EI", "daech", "France-Presse", "agence"} {
		if hits, err := db.Search(ctx, q, 10); err != nil || len(hits) != 1 || hits[0].Title != "Suppression" {
			t.Errorf("Search(%q) = %v, %v; want the French notice", q, hits, err)
		}
	}
}

// TestStoredConflicts: an import stores the conflicts between figures about
// the same platform, unit and day, across notices and within one, and a
// notice loads them with the other claim's figure and notice.
func TestStoredConflicts(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	ctx := context.Background()
	fig := func(v float64, unit, platform string, day time.Time) app.Claim {
		return app.Claim{Kind: app.ClaimFigure, Value: v, Unit: unit, Platform: platform, EventDate: day, Start: 0, End: 2}
	}
	nov := time.Date(2015, 11, 18, 0, 0, 0, 0, time.UTC)
	dec := time.Date(2015, 12, 1, 0, 0, 0, 0, time.UTC)
	importAll(t, db,
		notice("a", "78 channels in November", "", fig(78, "channels", "Telegram", nov)),
		notice("c", "79 channels in December", "", fig(79, "channels", "Telegram", dec)),
		notice("d", "79 channels on Twitter", "", fig(79, "channels", "Twitter", nov)))
	if rows, _ := db.Page(ctx, app.Query{Conflict: true}, 0, 10); len(rows) != 0 {
		t.Fatalf("conflicts before the disagreeing notice: %v", rows)
	}
	importAll(t, db, notice("e", "79 channels in November", "", fig(79, "channels", "Telegram", nov)))
	rows, err := db.Page(ctx, app.Query{Conflict: true}, 0, 10)
	if err != nil || len(rows) != 2 {
		t.Fatalf("conflicting notices = %v, %v; want a and e", rows, err)
	}
	n, err := db.Notice(ctx, rows[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	ks := n.Claims[0].Conflicts
	if len(ks) != 1 || ks[0].Kind != app.ConflictValue || ks[0].OtherNoticeID != rows[1].ID || ks[0].OtherFigure() != "78 channels" ||
		ks[0].Period != "2015-11-18" || ks[0].OtherTitle != "a" {
		t.Errorf("conflicts of %q = %+v", n.Title, ks)
	}
	c, _ := db.Count(ctx, app.Query{})
	if c.Conflict != 2 || c.Total != 4 {
		t.Errorf("counts = %+v, want 2 of 4 conflicting", c)
	}
	// a deferred comparison finds the same once rebuilt
	db.DeferConflicts()
	importAll(t, db, notice("g", "80 channels in November", "", fig(80, "channels", "Telegram", nov)))
	if g, _ := db.Page(ctx, app.Query{Text: "80"}, 0, 1); len(g) != 1 || g[0].Conflicts != 0 {
		t.Fatalf("deferred import compared its figures: %+v", g)
	}
	if err := db.RebuildConflicts(ctx); err != nil {
		t.Fatal(err)
	}
	if g, _ := db.Page(ctx, app.Query{Text: "80"}, 0, 1); len(g) != 1 || g[0].Conflicts != 1 {
		t.Errorf("after the rebuild: %+v", g)
	}
	// within one notice: the same figure in two units
	importAll(t, db, notice("f", "78 accounts, 78 sites", "", fig(78, "accounts", "", time.Time{}), fig(78, "sites", "", time.Time{})))
	f, _ := db.Page(ctx, app.Query{Text: "accounts sites"}, 0, 1)
	if len(f) != 1 || f[0].Conflicts != 2 {
		t.Errorf("78 accounts vs 78 sites: %+v", f)
	}
}

// TestOriginFirstDedup: the same short text from two messages is two
// notices; only a notice without an origin is a duplicate by its text.
func TestOriginFirstDedup(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	got := importAll(t, db,
		notice("ok", "ok", "telegram:5/1"),
		notice("ok", "ok", "telegram:5/2"),
		notice("ok", "ok", "telegram:5/1"),
		notice("ok", "ok", ""),
		notice("ok", "ok", ""))
	want := []app.Outcome{app.OutcomeNew, app.OutcomeNew, app.OutcomeDuplicate, app.OutcomeDuplicate, app.OutcomeDuplicate}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("outcomes = %v, want %v", got, want)
	}
	got = importAll(t, db, notice("pasted", "a pasted note", ""), notice("pasted", "a pasted note", ""))
	if fmt.Sprint(got) != fmt.Sprint([]app.Outcome{app.OutcomeNew, app.OutcomeDuplicate}) {
		t.Errorf("origin-less copies = %v, want new then duplicate", got)
	}
	if ns, _ := db.Notices(context.Background(), app.Filter{}); len(ns) != 3 {
		t.Errorf("%d notices stored, want 3", len(ns))
	}
}

// TestImportRefusesIncompleteNotice: the store persists what the pipeline
// completed and fills nothing in itself.
func TestImportRefusesIncompleteNotice(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	err := db.Import(context.Background(), func(put func(app.Imported) (app.Outcome, error)) error {
		_, err := put(notice("raw", "never completed", ""))
		return err
	})
	if !errors.Is(err, app.ErrIncomplete) {
		t.Errorf("Import of an incomplete notice: %v, want ErrIncomplete", err)
	}
}
