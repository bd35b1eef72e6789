package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestExportFormatsAndScopes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "desk.db")
	if r := cli(t, "", "import", "--db", db, filepath.Join("testdata", "ar-story.txt"), filepath.Join("testdata", "en-statement.md")); r.code != 0 {
		t.Fatalf("import: %s", r.stderr)
	}

	book := filepath.Join(dir, "brief.xlsx")
	if r := cli(t, "", "export", "--db", db, "--format", "xlsx", "-o", book); r.code != 0 {
		t.Fatalf("export xlsx: %s", r.stderr)
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Claims")
	if err != nil || len(rows) < 3 {
		t.Fatalf("claims sheet: %v, %d rows", err, len(rows))
	}
	all := ""
	for _, r := range rows {
		all += strings.Join(r, " ") + "\n"
	}
	if rows[0][0] != "notice_title" || !strings.Contains(all, "تلغرام") {
		t.Errorf("claims sheet:\n%s", all)
	}
	if notices, _ := f.GetRows("Notices"); len(notices) != 3 {
		t.Errorf("notices sheet has %d rows, want header and 2", len(notices))
	}

	// a selection of one notice, chosen columns, data flavour on stdout
	r := cli(t, "", "export", "--db", db, "--ids", "1", "--columns", "quote,value", "-o", "-")
	if r.code != 0 {
		t.Fatalf("export selection: %s", r.stderr)
	}
	got, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil || len(got) < 2 || strings.Join(got[0], ",") != "quote,value" || strings.HasPrefix(r.stdout, "\ufeff") {
		t.Fatalf("selection brief: %v %q", err, r.stdout)
	}

	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--columns", "quote,bogus"}, "bogus"},
		{[]string{"--ids", "1,x"}, `"x"`},
		{[]string{"--flavour", "excel2"}, "excel2"},
		{[]string{"--status", "nope"}, "nope"},
	} {
		args := append([]string{"export", "--db", db, "-o", filepath.Join(dir, "x.csv")}, tt.args...)
		r := cli(t, "", args...)
		if r.code != 1 || !strings.Contains(r.stderr, tt.want) || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q", tt.args, r.code, r.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "x.csv")); !os.IsNotExist(err) {
		t.Error("a refused export left a file")
	}

	// the Excel flavour and every other format write something whole
	for _, format := range []string{"brief", "notices", "json", "annotations", "markdown"} {
		out := filepath.Join(dir, "out-"+format)
		if r := cli(t, "", "export", "--db", db, "--format", format, "--flavour", "excel", "-o", out); r.code != 0 {
			t.Errorf("export %s: %s", format, r.stderr)
			continue
		}
		b, _ := os.ReadFile(out)
		isCSV := format == "brief" || format == "notices"
		if len(b) < 50 || isCSV != bytes.HasPrefix(b, []byte("\ufeff")) {
			t.Errorf("export %s wrote %.80q", format, b)
		}
	}
}
