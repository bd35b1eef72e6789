package store

import (
	"fmt"

	"context"
	"database/sql"
	"flag"
	"github.com/takedowndesk/takedowndesk/app"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

var migrateDB = flag.String("migrate-db", "", "a schema-7 desk: time migration 0008 on a copy of it")

// TestMigrateTeamTiming times migration 0008 alone (no backup, no page
// check) on a copy of the desk given with -migrate-db, and checks that
// every row got its uid.
func TestMigrateTeamTiming(t *testing.T) {
	if *migrateDB == "" {
		t.Skip("no -migrate-db")
	}
	dst := filepath.Join(t.TempDir(), "desk.db")
	copyFile(t, *migrateDB, dst)
	sdb, err := sql.Open("sqlite", DSN(dst))
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	ctx := context.Background()
	conn, err := sdb.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var version int
	if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil || version != 7 {
		t.Fatalf("user_version %d (%v), want 7", version, err)
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := migrateOne(ctx, conn, ms[7]); err != nil {
		t.Fatal(err)
	}
	t.Logf("MIGRATE 0008 %.2f s", time.Since(start).Seconds())
	for _, table := range []string{"claim", "source", "tag", "note", "history"} {
		var missing int
		if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM "+table+" WHERE uid = ''").Scan(&missing); err != nil || missing > 0 {
			t.Errorf("%s: %d rows without uid (%v)", table, missing, err)
		}
	}
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestMigrateTeamBackfill builds a schema-6 desk with claims, a source, a
// tag, notes (one deleted since) and history, migrates it, and checks that
// every row got the uid Go code derives for it, and every change its
// entity's uid, without losing a row.
func TestMigrateTeamBackfill(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "desk.db")
	if err := create(path); err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms[:6] {
		if _, err := raw.Exec(m.sql); err != nil {
			t.Fatalf("migration %s: %v", m.name, err)
		}
	}
	_, err = raw.Exec(fmt.Sprintf(`PRAGMA application_id = %d; PRAGMA user_version = 6;
		INSERT INTO notice (uid, title, body, imported_at, content_hash, origin) VALUES ('n1', 'A', 'Telegram removed 78 channels', '2026-01-02T03:04:05Z', 'h1', 'o1');
		INSERT INTO notice (uid, title, body, imported_at, content_hash, origin) VALUES ('n1', 'B', 'copy', '2026-01-02T03:04:05Z', 'h2', 'o1#2');
		INSERT INTO claim (notice_id, value, unit, quote, start, "end") VALUES (1, 78, 'channels', '78 channels', 17, 28);
		INSERT INTO claim (notice_id, value, unit, quote, start, "end") VALUES (1, 78, 'channels', '78 channels', 17, 28);
		INSERT INTO source (name, kind) VALUES ('Telegram', 'platform_statement');
		INSERT INTO tag (name) VALUES ('isis');
		INSERT INTO note (notice_id, body, created_at, updated_at) VALUES (1, 'check', '2026-01-03T00:00:00Z', '2026-01-03T00:00:00Z');
		INSERT INTO history (at, entity, ref, notice_id, field, before, after) VALUES
			('2026-01-03T00:00:00Z', 'notice', 1, 1, 'status', 'new', 'triaged'),
			('2026-01-03T00:00:01Z', 'claim', 1, 1, 'verification', 'unreviewed', 'verified'),
			('2026-01-03T00:00:02Z', 'note', 1, 1, 'body', '', 'check'),
			('2026-01-03T00:00:03Z', 'note', 9, 1, 'body', 'gone', '');`, ApplicationID))
	if err != nil {
		t.Fatal(err)
	}
	raw.Close()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	q := func(query string) []string {
		t.Helper()
		rows, err := db.sql.QueryContext(ctx, query)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			out = append(out, s)
		}
		return out
	}
	nuids := q(`SELECT uid FROM notice ORDER BY id`)
	if len(nuids) != 2 || nuids[0] != "n1" || nuids[1] == "n1" {
		t.Errorf("notice uids %v: the later duplicate should get its own", nuids)
	}
	cuids := q(`SELECT uid FROM claim ORDER BY id`)
	if want := app.ClaimUID("n1", app.ClaimFigure, 17, 28, "channels"); len(cuids) != 2 || cuids[0] != want || cuids[1] == want {
		t.Errorf("claim uids %v, want %s first and another second", cuids, want)
	}
	if got := q(`SELECT uid FROM source`); len(got) != 1 || got[0] != app.SourceUID("Telegram", app.SourcePlatformStatement) {
		t.Errorf("source uid %v", got)
	}
	if got := q(`SELECT uid FROM tag`); len(got) != 1 || got[0] != app.TagUID("isis") {
		t.Errorf("tag uid %v", got)
	}
	note := app.NoteUID("n1", "2026-01-03T00:00:00Z", "check")
	if got := q(`SELECT uid FROM note`); len(got) != 1 || got[0] != note {
		t.Errorf("note uid %v, want %s", got, note)
	}
	ents := q(`SELECT entity_uid FROM history ORDER BY id`)
	if len(ents) != 4 || ents[0] != "n1" || ents[1] != cuids[0] || ents[2] != note || ents[3] == "" {
		t.Errorf("history entity uids %v", ents)
	}
	if got := q(`SELECT count(DISTINCT uid) FROM history WHERE uid <> '' AND notice_uid = 'n1'`); got[0] != "4" {
		t.Errorf("history uids: %v distinct, want 4", got)
	}
	if d, err := db.DeskUID(ctx); err != nil || len(d) != 32 {
		t.Errorf("desk uid %q, %v", d, err)
	}
}

var mergeFrom = flag.String("merge-from", "", "a desk: time merging it into an empty one")

// TestMergeTiming times merging the desk given with -merge-from into an
// empty desk, and merging it again (which must change nothing).
func TestMergeTiming(t *testing.T) {
	if *mergeFrom == "" {
		t.Skip("no -merge-from")
	}
	ctx := context.Background()
	db, err := Open(filepath.Join(t.TempDir(), "empty.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, pass := range []string{"into an empty desk", "again"} {
		start := time.Now()
		rep, err := db.MergeFile(ctx, *mergeFrom, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("MERGE %s %.1f s: %s", pass, time.Since(start).Seconds(), rep)
		if pass == "again" && rep.Changed() {
			t.Errorf("merging again changed something: %s", rep)
		}
	}
}
