package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBackupListRestore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "desk.db")
	if r := cli(t, "", "import", "--db", db, "testdata/ar-story.txt"); r.code != 0 {
		t.Fatalf("import: %+v", r)
	}
	// Reading writes no backup; the day's first change to a database
	// with notices takes the daily one before it.
	if r := cli(t, "", "list", "--db", db); r.code != 0 {
		t.Fatalf("list: %+v", r)
	}
	if r := cli(t, "", "backup", "list", "--db", db, "--json"); strings.TrimSpace(r.stdout) != "[]" {
		t.Fatalf("after a list, backups %s; want none", r.stdout)
	}
	if r := cli(t, "", "star", "--db", db, "1"); r.code != 0 {
		t.Fatalf("star: %+v", r)
	}
	r := cli(t, "", "backup", "--db", db, "now", "--json")
	if r.code != 0 {
		t.Fatalf("backup now: %+v", r)
	}
	var made backupJSON
	if err := json.Unmarshal([]byte(r.stdout), &made); err != nil || made.Kind != "manual" || made.Size == 0 {
		t.Fatalf("backup now --json: %q, %v", r.stdout, err)
	}
	r = cli(t, "", "backup", "list", "--db", db, "--json")
	var list []backupJSON
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil || r.code != 0 {
		t.Fatalf("backup list: %+v, %v", r, err)
	}
	kinds := map[string]int{}
	for _, b := range list {
		kinds[b.Kind]++
	}
	if len(list) != 2 || kinds["daily"] != 1 || kinds["manual"] != 1 || list[0].Path != made.Path {
		t.Errorf("backup list %+v; want the manual backup first, then the daily one", list)
	}

	// A second notice after the backup; restoring by name takes it away
	// and keeps the replaced file aside.
	if r := cli(t, "", "import", "--db", db, "testdata/en-statement.md"); r.code != 0 {
		t.Fatalf("import: %+v", r)
	}
	r = cli(t, "", "restore", "--db", db, filepath.Base(made.Path))
	if r.code != 0 || !strings.Contains(r.stdout, "1 notices") || !strings.Contains(r.stdout, "is kept as") {
		t.Fatalf("restore: %+v", r)
	}
	r = cli(t, "", "list", "--db", db, "--json")
	if n := strings.Count(r.stdout, `"content_hash"`); n != 1 {
		t.Errorf("after restore %d notices, want 1", n)
	}
	aside, _ := filepath.Glob(db + ".replaced-*Z")
	if len(aside) != 1 {
		t.Errorf("replaced database kept aside: %v", aside)
	}
}

func TestBackupAndRestoreErrorsAreOneLine(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "desk.db")
	cli(t, "", "import", "--db", db, "testdata/ar-story.txt")
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, []byte("SQLite format 3\x00 but then nothing that holds together"), 0o600)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"backup", "--db", db, "sideways"}, "usage"},
		{[]string{"restore", "--db", db}, "usage"},
		{[]string{"restore", "--db", db, filepath.Join(dir, "missing.db")}, "no such file"},
		{[]string{"restore", "--db", db, junk}, "junk.db"},
		{[]string{"restore", "--db", db, db}, "the database itself"},
	} {
		r := cli(t, "", tc.args...)
		line := strings.TrimSpace(r.stderr)
		if r.code != 1 || strings.Contains(line, "\n") || !strings.Contains(line, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want one line with %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
	if r := cli(t, "", "list", "--db", db, "--json"); strings.Count(r.stdout, `"content_hash"`) != 1 {
		t.Errorf("a refused restore changed the database: %+v", r)
	}
}
