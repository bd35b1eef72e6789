package store_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/store"
)

// TestMigrateFromVersion1 builds a database the way the first schema left it,
// with two notices sharing a content hash (an update could do that), and
// opens it: the rebuilt notice table must keep every notice with its claims,
// tags and notes, give the later duplicate hash a suffix, and still dedup.
func TestMigrateFromVersion1(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "desk.db")
	schema, err := os.ReadFile(filepath.Join("migrations", "0001_init.sql"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite", store.DSN(path))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		string(schema),
		`PRAGMA application_id = 0x54444b31`,
		`PRAGMA user_version = 1`,
		`INSERT INTO notice (id, uid, title, body, origin, imported_at, content_hash) VALUES
			(1, 'u1', 'Blocked', 'Telegram blocked 78 channels.', 'telegram:1/2', '2015-11-18T00:00:00Z', 'h1'),
			(2, 'u2', 'Blocked', 'Telegram blocked 78 channels.', '', '2015-11-19T00:00:00Z', 'h1'),
			(3, 'u3', 'Other', 'Another notice.', 'lumen:9', '2015-11-20T00:00:00Z', '` + app.ContentHash("Other", "Another notice.") + `')`,
		`INSERT INTO claim (id, notice_id, value, unit, quote, start, "end") VALUES (1, 1, 78, 'channels', '78 channels', 17, 28)`,
		`INSERT INTO tag (id, name) VALUES (1, 'check')`,
		`INSERT INTO notice_tag (notice_id, tag_id) VALUES (1, 1)`,
		`INSERT INTO claim_tag (claim_id, tag_id) VALUES (1, 1)`,
		`INSERT INTO note (notice_id, body, created_at, updated_at) VALUES (1, 'call the press office', 'x', 'x')`,
		`INSERT INTO notice_fts (rowid, title, body, extra) VALUES (1, 'blocked', 'telegram blocked 78 channels.', 'check')`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%.60s: %v", q, err)
		}
	}
	raw.Close()

	db := openTestDB(t, path)
	ctx := context.Background()
	n, err := db.Notice(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Claims) != 1 || len(n.Claims[0].Tags) != 1 || len(n.Tags) != 1 || len(n.Notes) != 1 {
		t.Fatalf("after migration notice 1 has claims %+v, tags %v, notes %v; want all kept", n.Claims, n.Tags, n.Notes)
	}
	if n.ContentHash != "h1" {
		t.Errorf("oldest notice's hash = %q, want it kept as h1", n.ContentHash)
	}
	if n2, err := db.Notice(ctx, 2); err != nil || n2.ContentHash != "h1#2" {
		t.Errorf("later duplicate's hash = %q (%v), want h1#2", n2.ContentHash, err)
	}
	// The search index was rebuilt from the notices, tags included.
	if hits, err := db.Search(ctx, "check", 10); err != nil || len(hits) != 1 {
		t.Errorf("search for a tag after migration: %d hits, %v", len(hits), err)
	}
	if hits, err := db.Search(ctx, "channels", 10); err != nil || len(hits) != 2 {
		t.Errorf("search for a word after migration: %d hits, %v; want both copies", len(hits), err)
	}
	if v, _ := db.Setting(ctx, "search.rebuild"); v != "" {
		t.Errorf("rebuild request left behind: %q", v)
	}
	backups, _ := filepath.Glob(path + ".v1-*.bak")
	if len(backups) != 1 {
		t.Errorf("backups = %v, want one copy of version 1", backups)
	}
	again := app.Imported{Notice: app.Notice{Title: "Other", Body: "Another notice.", Origin: "lumen:9"}}
	if got := importAll(t, db, again); got[0] != app.OutcomeDuplicate {
		t.Errorf("known origin after migration: %v, want duplicate", got)
	}

	check, err := sql.Open("sqlite", store.DSN(path))
	if err != nil {
		t.Fatal(err)
	}
	defer check.Close()
	var version int
	var ddl string
	check.QueryRow(`PRAGMA user_version`).Scan(&version)
	check.QueryRow(`SELECT sql FROM sqlite_schema WHERE name = 'notice'`).Scan(&ddl)
	if version != store.SchemaVersion() || strings.Contains(ddl, "UNIQUE") || strings.Contains(ddl, "notice_v2") {
		t.Errorf("schema version %d, notice table %s", version, ddl)
	}
}

// TestUpdateToAnotherNoticesText: a changed version whose text another notice
// already has updates the notice; the other keeps the plain hash, so the
// text still dedups against it.
func TestUpdateToAnotherNoticesText(t *testing.T) {
	db := openTestDB(t, filepath.Join(t.TempDir(), "desk.db"))
	importAll(t, db, notice("A", "first text", "telegram:1/1"), notice("B", "second text", ""))
	if got := importAll(t, db, notice("B", "second text", "telegram:1/1")); got[0] != app.OutcomeUpdated {
		t.Fatalf("changed version: %v, want updated", got)
	}
	if got := importAll(t, db, notice("B", "second text", "")); got[0] != app.OutcomeDuplicate {
		t.Errorf("the shared text again: %v, want duplicate", got)
	}
	ns, _ := db.Notices(context.Background(), app.Filter{})
	if len(ns) != 2 {
		t.Errorf("%d notices, want 2", len(ns))
	}
}
