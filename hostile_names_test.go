package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostileRunes must never reach a terminal or a report as they are: they
// reorder (U+202E, the isolates), break (newline) or drive (ESC) what is
// shown around them.
var hostileRunes = []string{"\u202e", "\u2067", "\u200f", "\x1b", "\r"}

// TestHostileFileNames imports files whose names hold a right-to-left
// override, bidi isolates, a terminal escape, a newline and a path far too
// long for a line: the import works as for any name, its report and its
// errors show each name with visible escapes (\u202e) on one line and cut
// a long path in the middle, keeping the file name; --json keeps the real
// name for scripts.
func TestHostileFileNames(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "desk.db")
	// Shown raw, "statement\u202egnp.txt" reads "statementtxt.png".
	rlo := filepath.Join(dir, "statement\u202egnp.txt")
	os.WriteFile(rlo, []byte("Telegram said it blocked 78 channels in 12 languages."), 0o600)
	isolates := filepath.Join(dir, "بيان\u2067 notes\u2069.md")
	os.WriteFile(isolates, []byte("# Statement\n\nThe platform removed 12 groups."), 0o600)
	junk := filepath.Join(dir, "bad\x1b[31m\nforged line\u202e.bin")
	os.WriteFile(junk, []byte{0, 1, 2, 0xff, 0xfe, 0, 0, 9}, 0o600)
	deep := dir
	for i := 0; i < 12; i++ {
		deep = filepath.Join(deep, strings.Repeat("folder-name-", 2)+string(rune('a'+i)))
	}
	if err := os.MkdirAll(deep, 0o700); err != nil {
		t.Fatal(err)
	}
	long := filepath.Join(deep, "long-path-notice.csv")
	os.WriteFile(long, []byte{0xff, 0xfe, 0, 0, 0, 0}, 0o600)

	r := cli(t, "", "import", "--db", db, rlo, isolates, junk, long)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1 (two files refused): %+v", r.code, r)
	}
	for _, out := range []string{r.stdout, r.stderr} {
		for _, bad := range hostileRunes {
			if strings.Contains(out, bad) {
				t.Errorf("output holds %q raw:\n%s", bad, out)
			}
		}
	}
	if !strings.Contains(r.stdout, `statement\u202egnp.txt (text`) || !strings.Contains(r.stdout, `بيان\u2067 notes\u2069.md`) {
		t.Errorf("report does not show the names escaped:\n%s", r.stdout)
	}
	errs := strings.Split(strings.TrimRight(r.stderr, "\n"), "\n")
	if len(errs) != 2 {
		t.Fatalf("%d lines of errors, want one per refused file:\n%s", len(errs), r.stderr)
	}
	if !strings.Contains(errs[0], `bad\x1b[31m\nforged line\u202e.bin: `) {
		t.Errorf("error for the junk file: %q", errs[0])
	}
	if !strings.Contains(errs[1], "…") || !strings.Contains(errs[1], "/long-path-notice.csv: ") || len([]rune(errs[1])) > 220 {
		t.Errorf("error for the long path is not cut in the middle: %q (%d runes; path %d)", errs[1], len([]rune(errs[1])), len(long))
	}

	// Scripts get the real names.
	r = cli(t, "", "import", "--db", db, "--json", rlo)
	var reps []struct {
		File      string `json:"file"`
		Duplicate int    `json:"duplicate"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &reps); err != nil || len(reps) != 1 || reps[0].File != rlo || reps[0].Duplicate != 1 {
		t.Errorf("import --json: %v %+v\n%s", err, reps, r.stdout)
	}

	// An export to a hostile path fails on one line with the path escaped.
	bad := filepath.Join(dir, "no such \u202efolder", "out.csv")
	r = cli(t, "", "export", "--db", db, "-o", bad)
	if r.code != 1 || strings.Contains(r.stderr, "\u202e") || !strings.Contains(r.stderr, `no such \u202efolder`) || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("export to a missing folder: exit %d, stderr %q", r.code, r.stderr)
	}
}
