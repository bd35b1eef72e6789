package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
)

// TestMigrateFromEveryVersion builds a database at each earlier schema
// version, the way that build's migrations left it, puts a notice with a
// claim in it, and opens it with this build: the notice and its claim
// survive, search finds it, and the copy written before migrating is listed
// among the backups and passes its check.
func TestMigrateFromEveryVersion(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for v := 1; v < len(ms); v++ {
		t.Run(fmt.Sprintf("v%d", v), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "desk.db")
			if err := create(path); err != nil {
				t.Fatal(err)
			}
			raw, err := sql.Open("sqlite", "file:"+path)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range ms[:v] {
				if _, err := raw.Exec(m.sql); err != nil {
					t.Fatalf("migration %s: %v", m.name, err)
				}
			}
			_, err = raw.Exec(fmt.Sprintf(`PRAGMA application_id = %d; PRAGMA user_version = %d;
				INSERT INTO notice (uid, title, body, imported_at, content_hash) VALUES ('u1', 'Old notice', 'Telegram removed 78 channels', '2026-01-02T03:04:05Z', 'h1');
				INSERT INTO claim (notice_id, value, unit, quote, start, "end") VALUES (1, 78, 'channels', '78 channels', 17, 28);`, ApplicationID, v))
			if err != nil {
				t.Fatalf("data at v%d: %v", v, err)
			}
			raw.Close()

			db, err := Open(path)
			if err != nil {
				t.Fatalf("Open from v%d: %v", v, err)
			}
			defer db.Close()
			n, err := db.Notice(ctx, 1)
			if err != nil || n.Title != "Old notice" || len(n.Claims) != 1 || n.Claims[0].Value != 78 {
				t.Errorf("after migrating from v%d: %+v, %v", v, n, err)
			}
			hits, err := db.Search(ctx, "channels", 10)
			if err != nil || len(hits) != 1 {
				t.Errorf("search after migrating from v%d: %d hits, %v", v, len(hits), err)
			}
			bs, err := Backups(path)
			if err != nil || len(bs) != 1 || bs[0].Kind != KindMigration {
				t.Fatalf("backups after migrating from v%d: %+v, %v", v, bs, err)
			}
			if err := VerifyBackup(ctx, bs[0].Path); err != nil {
				t.Errorf("the copy from before the migration: %v", err)
			}
		})
	}
}
