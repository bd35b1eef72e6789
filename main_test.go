package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var bin string

// TestMain builds the real binary once: the command line is tested as
// scripts and acceptance checks use it, exit codes and stderr included.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "takedowndesk-cli")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "takedowndesk")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

func cli(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "LANG=C.UTF-8", "TAKEDOWNDESK_DB="+filepath.Join(t.TempDir(), "unused.db"))
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(errb.String(), "goroutine ") || strings.Contains(errb.String(), "panic:") {
		t.Fatalf("%v: stack trace on stderr:\n%s", args, errb.String())
	}
	return result{out.String(), errb.String(), code}
}

func TestImportListExportLoop(t *testing.T) {
	db := filepath.Join(t.TempDir(), "desk.db")
	story := filepath.Join("testdata", "ar-story.txt")

	var reports []map[string]any
	for i, want := range []string{"new", "duplicate"} {
		r := cli(t, "", "import", "--db", db, "--json", story)
		if r.code != 0 || r.stderr != "" {
			t.Fatalf("import #%d: exit %d, stderr %q", i+1, r.code, r.stderr)
		}
		if err := json.Unmarshal([]byte(r.stdout), &reports); err != nil {
			t.Fatalf("import --json: %v\n%s", err, r.stdout)
		}
		if len(reports) != 1 || reports[0][want] != 1.0 || reports[0]["error"] != "" || reports[0]["format"] != "text" {
			t.Errorf("import #%d report = %v, want one %s", i+1, reports, want)
		}
	}

	r := cli(t, "", "list", "--db", db, "--json")
	var notices []struct {
		Title, Lang, Direction, Summary, Status string
		PublishedAt                             *string `json:"published_at"`
		Tags                                    []string
		Sources                                 []struct{ Name, Kind, Role string }
		Claims                                  []struct {
			Value float64
			Unit  string
			Start int
			End   int
			Quote string
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &notices); err != nil {
		t.Fatalf("list --json: %v\n%s", err, r.stdout)
	}
	if len(notices) != 1 {
		t.Fatalf("list: %d notices, want 1", len(notices))
	}
	n := notices[0]
	if n.Lang != "ar" || n.Direction != "rtl" || !strings.Contains(n.Summary, "78") || n.Status != "new" {
		t.Errorf("notice = %s/%s summary %q status %s", n.Lang, n.Direction, n.Summary, n.Status)
	}
	if n.Tags == nil || n.Sources == nil || len(n.Claims) == 0 {
		t.Errorf("list --json lacks tags, sources or claims: %+v", n)
	}

	out := filepath.Join(t.TempDir(), "brief.csv")
	if r := cli(t, "", "export", "--db", db, "--excel", "-o", out); r.code != 0 {
		t.Fatalf("export: %d %s", r.code, r.stderr)
	}
	b, _ := os.ReadFile(out)
	if !bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) || !bytes.Contains(b, []byte("\r\n")) {
		t.Error("excel export lacks BOM or CRLF")
	}
	rows, err := csv.NewReader(bytes.NewReader(b[3:])).ReadAll()
	if err != nil || len(rows) < 2 {
		t.Fatalf("brief: %v, %d rows", err, len(rows))
	}
	if !strings.Contains(strings.Join(rows[1], ","), "تلغرام") {
		t.Errorf("brief row lost its Arabic: %q", rows[1])
	}

	r = cli(t, "", "search", "--db", db, "--json", "تلغرأم")
	if r.code != 0 || !strings.Contains(r.stdout, `"score"`) {
		t.Errorf("search: exit %d, %s", r.code, r.stdout)
	}
}

func TestExtractJSON(t *testing.T) {
	r := cli(t, "حجبت المنصة 78 قناة بـ 12 لغة.", "extract", "--json", "-")
	var claims []struct {
		Value      float64
		Unit       string
		UnitText   string `json:"unit_text"`
		Start, End int
		Quote      string
	}
	if err := json.Unmarshal([]byte(r.stdout), &claims); err != nil {
		t.Fatalf("extract --json: %v\n%s", err, r.stdout)
	}
	found := map[string]bool{}
	for _, c := range claims {
		found[c.Unit] = found[c.Unit] || c.Value == 78 && c.Unit == "channels" || c.Value == 12 && c.Unit == "languages"
		if c.Unit != "" && string([]rune("حجبت المنصة 78 قناة بـ 12 لغة.")[c.Start:c.End]) != c.Quote {
			t.Errorf("claim %v: offsets %d:%d do not hold the quote", c.Value, c.Start, c.End)
		}
	}
	if !found["channels"] || !found["languages"] {
		t.Errorf("extract found %+v, want 78 channels and 12 languages", claims)
	}
}

// Bad input: exit 1 and exactly one line on stderr naming the file.
func TestBadInputIsOneLine(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "desk.db")
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o600)
	junk := filepath.Join(dir, "junk.bin")
	os.WriteFile(junk, []byte{0, 1, 2, 0xff, 0xfe, 0, 0, 9}, 0o600)
	notDB := filepath.Join(dir, "notes.db")
	os.WriteFile(notDB, []byte("plain text, not a database"), 0o600)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"empty file", []string{"import", "--db", db, empty}, "empty.txt"},
		{"binary junk", []string{"import", "--db", db, junk}, "junk.bin"},
		{"missing file", []string{"import", "--db", db, filepath.Join(dir, "nope.txt")}, "nope.txt"},
		{"foreign database", []string{"list", "--db", notDB}, "notes.db"},
		{"unknown export format", []string{"export", "--db", db, "--format", "pdf", "-o", filepath.Join(dir, "x")}, "pdf"},
		{"unknown flag", []string{"list", "--bogus"}, "bogus"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := cli(t, "", tt.args...)
			lines := strings.Split(strings.TrimRight(r.stderr, "\n"), "\n")
			if r.code != 1 || len(lines) != 1 || !strings.Contains(lines[0], tt.want) {
				t.Errorf("exit %d, stderr %q; want exit 1 and one line naming %s", r.code, r.stderr, tt.want)
			}
		})
	}
	// Nothing was stored by the failed imports.
	r := cli(t, "", "list", "--db", db, "--json")
	if strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("after failed imports list = %s, want []", r.stdout)
	}
}

// The desk may be named before the command, as the window takes it; a
// --db after the command still wins.
func TestDeskBeforeCommand(t *testing.T) {
	dir := t.TempDir()
	first, second := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	if r := cli(t, "", "--db", first, "import", filepath.Join("testdata", "ar-story.txt")); r.code != 0 {
		t.Fatalf("--db before import: exit %d, %s", r.code, r.stderr)
	}
	tests := []struct {
		args []string
		want int // notices listed
	}{
		{[]string{"--db", first, "list", "--json"}, 1},
		{[]string{"--db=" + first, "list", "--json"}, 1},
		{[]string{"--db", second, "list", "--db", first, "--json"}, 1},
		{[]string{"--db", first, "list", "--db", second, "--json"}, 0},
		{[]string{"list", "--json"}, 0}, // the environment's desk
	}
	for _, tt := range tests {
		r := cli(t, "", tt.args...)
		var got []json.RawMessage
		if err := json.Unmarshal([]byte(r.stdout), &got); r.code != 0 || err != nil || len(got) != tt.want {
			t.Errorf("%q: exit %d, %d notices (%v), stderr %q; want %d", tt.args, r.code, len(got), err, r.stderr, tt.want)
		}
	}
	if r := cli(t, "", "--db", first, "frobnicate"); r.code != 2 || !strings.Contains(r.stderr, `unknown command "frobnicate"`) {
		t.Errorf("unknown command after --db: exit %d, %q", r.code, r.stderr)
	}
}

func TestVersion(t *testing.T) {
	r := cli(t, "", "version")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "takedowndesk ") {
		t.Errorf("version: %d %q", r.code, r.stdout)
	}
}

// The JSON export is read back by import, with the reporter's work.
func TestJSONExportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	first, second := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	cli(t, "", "import", "--db", first, filepath.Join("testdata", "ar-story.txt"), filepath.Join("testdata", "en-statement.md"))
	dump := filepath.Join(dir, "desk.json")
	if r := cli(t, "", "export", "--db", first, "--format", "json", "-o", dump); r.code != 0 {
		t.Fatalf("export json: %s", r.stderr)
	}
	r := cli(t, "", "import", "--db", second, "--json", dump)
	if r.code != 0 || !strings.Contains(r.stdout, `"format": "takedowndesk"`) || !strings.Contains(r.stdout, `"new": 2`) {
		t.Fatalf("import of the export: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	a := cli(t, "", "list", "--db", first, "--json").stdout
	b := cli(t, "", "list", "--db", second, "--json").stdout
	var na, nb []struct {
		UID, Summary, Status string
		Claims               []struct{ Quote string }
	}
	json.Unmarshal([]byte(a), &na)
	json.Unmarshal([]byte(b), &nb)
	if len(na) != 2 || len(nb) != 2 {
		t.Fatalf("%d and %d notices", len(na), len(nb))
	}
	byUID := map[string]int{}
	for i, n := range nb {
		byUID[n.UID] = i
	}
	for _, x := range na {
		i, ok := byUID[x.UID]
		if !ok || x.Summary != nb[i].Summary || len(x.Claims) != len(nb[i].Claims) {
			t.Errorf("notice %s differs after the round trip: %+v", x.UID, x)
		}
	}
}

func TestImportCSVColumnFlags(t *testing.T) {
	dir := t.TempDir()
	table := filepath.Join(dir, "bans.csv")
	os.WriteFile(table, []byte("day;what;n\n2024-01-02;Daily ban;1312\n2024-01-03;Daily ban;1290\n"), 0o600)
	db := filepath.Join(dir, "desk.db")
	r := cli(t, "", "import", "--db", db, "--json", "--csv-date", "1", "--csv-title", "2", "--csv-figure", "3:bots_and_channels", table)
	if r.code != 0 || !strings.Contains(r.stdout, `"new": 2`) {
		t.Fatalf("import: %d %s %s", r.code, r.stdout, r.stderr)
	}
	l := cli(t, "", "list", "--db", db, "--json").stdout
	if !strings.Contains(l, `"unit":"bots_and_channels"`) || !strings.Contains(l, `"value":1312`) || !strings.Contains(l, `"published_at":"2024-01-02`) {
		t.Errorf("flags not applied:\n%s", l)
	}
	if r := cli(t, "", "import", "--db", db, "--csv-figure", "3:sheep", table); r.code != 1 || !strings.Contains(r.stderr, "sheep") {
		t.Errorf("bad unit: exit %d, %q", r.code, r.stderr)
	}
	// Column flags make a file a table whatever its name and first lines say.
	odd := filepath.Join(dir, "bans.dat")
	os.WriteFile(odd, []byte("2024-02-01;Ban report;77\n2024-02-02;Ban report;81\n"), 0o600)
	r = cli(t, "", "import", "--db", db, "--json", "--csv-no-header", "--csv-delimiter", ";", "--csv-date", "1", "--csv-title", "2",
		"--csv-figure", "3:bots_and_channels", odd)
	if r.code != 0 || !strings.Contains(r.stdout, `"format": "csv"`) || !strings.Contains(r.stdout, `"new": 2`) {
		t.Errorf("headerless .dat table with flags: %d %s %s", r.code, r.stdout, r.stderr)
	}
}
