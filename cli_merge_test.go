package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/takedowndesk/takedowndesk/app/merge"
)

// TestMergeCommand merges one desk into another from the command line,
// from the database file and from its JSON export: the first merge adds
// the other's notices, the second and the export add nothing more.
func TestMergeCommand(t *testing.T) {
	dir := t.TempDir()
	mine, theirs := filepath.Join(dir, "mine.db"), filepath.Join(dir, "theirs.db")
	if r := cli(t, "", "import", "--db", mine, "testdata/en-statement.md"); r.code != 0 {
		t.Fatalf("import: %+v", r)
	}
	if r := cli(t, "", "import", "--db", theirs, "testdata/en-statement.md", "testdata/ar-story.txt"); r.code != 0 {
		t.Fatalf("import: %+v", r)
	}
	report := func(args ...string) merge.Report {
		t.Helper()
		r := cli(t, "", append([]string{"merge", "--db", mine, "--json"}, args...)...)
		var rep merge.Report
		if r.code != 0 || json.Unmarshal([]byte(r.stdout), &rep) != nil {
			t.Fatalf("merge %v: %+v", args, r)
		}
		return rep
	}
	if rep := report(theirs); rep.Added.Notices != 1 {
		t.Errorf("first merge added %d notices, want 1: %+v", rep.Added.Notices, rep)
	}
	if rep := report(theirs); rep.Changed() {
		t.Errorf("second merge changed something: %+v", rep)
	}
	export := filepath.Join(dir, "theirs.json")
	if r := cli(t, "", "export", "--db", theirs, "--format", "json", "-o", export); r.code != 0 {
		t.Fatalf("export: %+v", r)
	}
	if rep := report(export); rep.Changed() {
		t.Errorf("merging the export of a desk already merged changed something: %+v", rep)
	}
	// import of an export goes through the merge: everything, once
	fresh := filepath.Join(dir, "fresh.db")
	for i := 0; i < 2; i++ {
		r := cli(t, "", "import", "--db", fresh, export)
		if r.code != 0 || !strings.Contains(r.stdout, "merged: added") {
			t.Fatalf("import of the export: %+v", r)
		}
	}
	if r := cli(t, "", "list", "--db", fresh, "--json"); strings.Count(r.stdout, `"content_hash"`) != 2 {
		t.Errorf("after importing the export twice: %s", r.stdout)
	}
	if r := cli(t, "", "list", "--db", mine, "--json"); strings.Count(r.stdout, `"content_hash"`) != 2 {
		t.Errorf("after the merges: %s", r.stdout)
	}
	if r := cli(t, "", "merge", "--db", mine, filepath.Join(dir, "missing.db")); r.code != 1 || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
		t.Errorf("a missing file: %+v", r)
	}
}
