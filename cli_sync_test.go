package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/takedowndesk/takedowndesk/internal/pgtest"
	"github.com/takedowndesk/takedowndesk/store/teamsync"
)

// TestSyncCommand sets a server up with `server`, as its README says, and
// syncs two desks through it with `sync`.
func TestSyncCommand(t *testing.T) {
	pg := pgtest.Start(t)
	ctx := context.Background()
	// as the README says: an administrator role that may create roles, and
	// a database it owns (here made by the cluster's superuser)
	super, err := pgx.Connect(ctx, pg.AdminURL())
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`CREATE ROLE newsdesk LOGIN CREATEROLE PASSWORD 'pw-newsdesk'`, `CREATE DATABASE newsroom OWNER newsdesk`} {
		if _, err := super.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	super.Close(ctx)
	admin := pg.URL("newsdesk", "pw-newsdesk", "newsroom")
	if r := cli(t, "", "server", "--server", admin, "init"); r.code != 0 {
		t.Fatalf("server init: %+v", r)
	}
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Fatal(err)
	}
	for _, role := range []string{"alice", "bob"} {
		if _, err := conn.Exec(ctx, `CREATE ROLE `+role+` LOGIN PASSWORD 'pw-`+role+`'`); err != nil {
			t.Fatal(err)
		}
	}
	conn.Close(ctx)
	if r := cli(t, "", "server", "--server", admin, "add-member", "story", "alice", "bob"); r.code != 0 {
		t.Fatalf("add-member: %+v", r)
	}
	dir := t.TempDir()
	alice, bob := filepath.Join(dir, "alice.db"), filepath.Join(dir, "bob.db")
	if r := cli(t, "", "import", "--db", alice, "testdata/en-statement.md"); r.code != 0 {
		t.Fatalf("import: %+v", r)
	}
	if r := cli(t, "", "import", "--db", bob, "testdata/ar-story.txt"); r.code != 0 {
		t.Fatalf("import: %+v", r)
	}
	sync := func(db, role string, args ...string) teamsync.Result {
		t.Helper()
		r := cli(t, "", append([]string{"sync", "--db", db, "--json"}, args...)...)
		var res teamsync.Result
		if r.code != 0 || json.Unmarshal([]byte(r.stdout), &res) != nil {
			t.Fatalf("sync %s: %+v", role, r)
		}
		return res
	}
	sync(alice, "alice", "--server", pg.URL("alice", "pw-alice", "newsroom"), "--desk", "story")
	if res := sync(bob, "bob", "--server", pg.URL("bob", "pw-bob", "newsroom"), "--desk", "story"); res.Merge.Added.Notices != 1 {
		t.Errorf("bob pulled %+v", res.Merge.Added)
	}
	if r := cli(t, "", "sync", "--db", alice, "--server", pg.URL("alice", "pw-alice", "newsroom")); r.code != 0 || !strings.Contains(r.stdout, "pulled") {
		t.Fatalf("alice again (desk remembered): %+v", r)
	}
	for _, db := range []string{alice, bob} {
		if r := cli(t, "", "list", "--db", db, "--json"); strings.Count(r.stdout, `"content_hash"`) != 2 {
			t.Errorf("%s after syncing: %s", db, r.stdout)
		}
	}
	if r := cli(t, "", "sync", "--db", alice, "--server", pg.URL("alice", "wrong", "newsroom")); r.code != 1 || strings.Contains(r.stderr, "wrong") {
		t.Errorf("a wrong password: %+v (one line, no password shown)", r)
	}
}
