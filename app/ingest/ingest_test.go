package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// fakeStore keeps notices in memory with the store's dedup rules and rolls
// back everything one Import put when fn fails.
type fakeStore struct {
	notices  []app.Imported
	puts     int    // puts ever made, rolled back or not
	afterPut func() // called after each put, if set
}

func (f *fakeStore) Import(ctx context.Context, fn func(put func(app.Imported) (app.Outcome, error)) error) error {
	saved := append([]app.Imported(nil), f.notices...)
	err := fn(func(im app.Imported) (app.Outcome, error) {
		if err := ctx.Err(); err != nil {
			return "", err
		}
		f.puts++
		if f.afterPut != nil {
			defer f.afterPut()
		}
		if im.Notice.Origin != "" {
			for i, n := range f.notices {
				if n.Notice.Origin == im.Notice.Origin {
					if n.Notice.ContentHash == im.Notice.ContentHash {
						return app.OutcomeDuplicate, nil
					}
					f.notices[i] = im
					return app.OutcomeUpdated, nil
				}
			}
		}
		for _, n := range f.notices {
			if im.Notice.Origin == "" && n.Notice.ContentHash == im.Notice.ContentHash {
				return app.OutcomeDuplicate, nil
			}
		}
		f.notices = append(f.notices, im)
		return app.OutcomeNew, nil
	})
	if err != nil {
		f.notices = saved
	}
	return err
}

// noExtract keeps goldens about what the formats say, whatever the
// extractor finds today.
func noExtract(t testing.TB) {
	old := extractText
	extractText = func(string, extract.Options) extract.Result { return extract.Result{} }
	t.Cleanup(func() { extractText = old })
}

// goldenNotice is the stable, readable part of a stored notice.
type goldenNotice struct {
	UID, Title, Body, URL, Lang, Direction, Kind, Platform, Origin string
	PublishedAt                                                    string `json:",omitempty"`
	Summary                                                        string `json:",omitempty"`
	Claims                                                         []goldenClaim
	Sources                                                        []string
	Links                                                          []string
}

type goldenClaim struct {
	Value                           float64
	Unit, UnitText, Quote           string
	Start, End                      int
	Rate, Actor, Platform, Period   string `json:",omitempty"`
	EventDate, Verification, Origin string `json:",omitempty"`
}

func golden(ims []app.Imported) []goldenNotice {
	out := []goldenNotice{}
	for _, im := range ims {
		n := im.Notice
		g := goldenNotice{UID: n.UID, Title: n.Title, Body: n.Body, URL: n.URL, Lang: n.Lang, Direction: string(n.Direction),
			Kind: string(n.Kind), Platform: n.Platform, Origin: n.Origin, Summary: n.Summary, Links: im.Links}
		if !n.PublishedAt.IsZero() {
			g.PublishedAt = n.PublishedAt.Format(time.RFC3339)
		}
		for _, c := range im.Claims {
			gc := goldenClaim{Value: c.Value, Unit: c.Unit, UnitText: c.UnitText, Quote: c.Quote, Start: c.Start, End: c.End,
				Rate: string(c.Rate), Actor: c.Actor, Platform: c.Platform, Period: c.Period,
				Verification: string(c.Verification), Origin: string(c.Origin)}
			if !c.EventDate.IsZero() {
				gc.EventDate = c.EventDate.Format("2006-01-02")
			}
			g.Claims = append(g.Claims, gc)
		}
		for _, s := range im.Sources {
			g.Sources = append(g.Sources, s.Source.Name+" ("+string(s.Source.Kind)+", "+string(s.Role)+")")
		}
		out = append(out, g)
	}
	return out
}

func checkGolden(t *testing.T, name string, got any) {
	t.Helper()
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	path := filepath.Join("testdata", "golden", name+".json")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(want, b) {
		failed := filepath.Join("testdata", "failed", name+".json")
		os.MkdirAll(filepath.Dir(failed), 0o755)
		os.WriteFile(failed, b, 0o644)
		t.Errorf("%s differs from golden; got written to %s", name, failed)
	}
}

func TestGoldenFiles(t *testing.T) {
	noExtract(t)
	tests := []struct {
		file           string
		format         string
		new, skipped   int
		goldenBaseName string
	}{
		{"telegram/isiswatch.json", "telegram", 5, 3, "telegram-isiswatch"},
		{"telegram/full-account.json", "telegram", 3, 1, "telegram-full-account"},
		{"telegram/old-export.json", "telegram", 2, 1, "telegram-old-export"},
		{"lumen/search-sample.json", "lumen", 50, 0, "lumen-search-sample"},
		{"lumen/dmca-notice.json", "lumen", 1, 0, "lumen-dmca-notice"},
		{"lumen/law-enforcement.json", "lumen", 1, 0, "lumen-law-enforcement"},
		{"csv/transparency-en.csv", "csv", 3, 0, "csv-transparency-en"},
		{"csv/fr-semicolon.csv", "csv", 2, 0, "csv-fr-semicolon"},
		{"csv/fr-1252.csv", "csv", 1, 0, "csv-fr-1252"},
		{"csv/ar-1256.csv", "csv", 2, 0, "csv-ar-1256"},
		{"csv/ar-utf8.csv", "csv", 1, 0, "csv-ar-utf8"},
		{"csv/utf16le.tsv", "csv", 2, 0, "csv-utf16le"},
		{"csv/utf16be.csv", "csv", 1, 0, "csv-utf16be"},
		{"csv/no-header.csv", "csv", 3, 0, "csv-no-header"},
		{"csv/abuse-stats.csv", "csv", 3, 0, "csv-abuse-stats"},
		{"feed/rss.xml", "rss", 2, 0, "feed-rss"},
		{"feed/atom.xml", "atom", 2, 0, "feed-atom"},
		{"html/article.html", "html", 1, 0, "html-article"},
		{"html/short-page.html", "html", 1, 0, "html-short-page"},
		{"text/note.txt", "text", 1, 0, "text-note"},
		{"text/roundup.md", "markdown", 1, 0, "text-roundup"},
	}
	for _, tt := range tests {
		t.Run(tt.goldenBaseName, func(t *testing.T) {
			st := &fakeStore{}
			rep := File(context.Background(), st, filepath.Join("testdata", tt.file), Options{})
			if rep.Err != nil {
				t.Fatal(rep.Err)
			}
			if rep.Format != tt.format || rep.New != tt.new || rep.Skipped != tt.skipped {
				t.Errorf("report %+v, want format %s new %d skipped %d", rep, tt.format, tt.new, tt.skipped)
			}
			checkGolden(t, tt.goldenBaseName, golden(st.notices))
			again := File(context.Background(), st, filepath.Join("testdata", tt.file), Options{})
			if again.Err != nil || again.New != 0 || again.Duplicate != tt.new {
				t.Errorf("re-import: %+v, want %d duplicates and nothing new", again, tt.new)
			}
		})
	}
}

// TestBadFiles: a refused file names itself in one line and leaves the
// store as it was.
func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile("testdata/telegram/isiswatch.json")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"truncated.json": good[:len(good)*2/3],
		"empty.json":     nil,
		"junk.bin":       {0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0xff, 0xfe, 0},
		"spaces.txt":     []byte("   \n\n  "),
		"other.json":     []byte(`{"hello": "world"}`),
		"badtype.json":   []byte(`{"name":"x","id":1,"messages":[{"id":1,"type":"message","text":"ok","date_unixtime":"12"},{"id":"two","type":"message","text":{"a":1}}]}`),
		"odd-utf16.txt":  []byte("\xff\xfeH\x00i\x00\n"),
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files["missing.json"] = nil
	for name := range files {
		t.Run(name, func(t *testing.T) {
			st := &fakeStore{}
			// Something already stored must survive a bad import.
			if rep := Text(context.Background(), st, "note", "An earlier note with 5 channels.", Options{}); rep.Err != nil {
				t.Fatal(rep.Err)
			}
			path := filepath.Join(dir, name)
			rep := File(context.Background(), st, path, Options{})
			if rep.Err == nil {
				t.Fatalf("no error for %s: %+v", name, rep)
			}
			msg := rep.Err.Error()
			if !strings.HasPrefix(msg, path+": ") || strings.Contains(msg, "\n") {
				t.Errorf("error %q does not name the file on one line", msg)
			}
			if len(st.notices) != 1 || rep.New != 0 {
				t.Errorf("store has %d notices after a refused file, want the 1 from before", len(st.notices))
			}
			t.Log(msg)
		})
	}
}

func TestTruncatedMessage(t *testing.T) {
	good, _ := os.ReadFile("testdata/telegram/isiswatch.json")
	path := filepath.Join(t.TempDir(), "result.json")
	cut := bytes.Index(good, []byte(`"id": 7`))
	os.WriteFile(path, good[:cut], 0o644)
	rep := File(context.Background(), &fakeStore{}, path, Options{})
	if rep.Err == nil || !strings.Contains(rep.Err.Error(), "truncated JSON at byte") || !strings.Contains(rep.Err.Error(), "(message 7)") {
		t.Errorf("got %v, want truncated JSON ... (message 7)", rep.Err)
	}
}

func TestCancelRollsBack(t *testing.T) {
	noExtract(t)
	ctx, cancel := context.WithCancel(context.Background())
	st := &fakeStore{}
	st.afterPut = func() {
		if st.puts == 2 {
			cancel()
		}
	}
	rep := File(ctx, st, "testdata/telegram/isiswatch.json", Options{})
	if !errors.Is(rep.Err, context.Canceled) {
		t.Fatalf("got %v, want cancellation", rep.Err)
	}
	if len(st.notices) != 0 || st.puts != 2 {
		t.Errorf("after cancel: %d notices kept, %d puts (want 0 kept, 2 put)", len(st.notices), st.puts)
	}
}

func TestReportJSON(t *testing.T) {
	b, _ := json.Marshal([]Report{{File: "a.json", Format: "telegram", New: 2, Skipped: 1, Encoding: "utf-8", Confidence: 1},
		{File: "b", Err: &FileError{"b", errors.New("empty file")}},
		{File: "c.csv", Format: "csv", New: 1, Encoding: "windows-1251", Confidence: 0.93, Repeated: 2, Notes: []string{"n"}}})
	want := `[{"file":"a.json","format":"telegram","new":2,"duplicate":0,"updated":0,"skipped":1,"error":"","encoding":"utf-8","encoding_confidence":1,"repeated_keys":0,"notes":[]},` +
		`{"file":"b","format":"","new":0,"duplicate":0,"updated":0,"skipped":0,"error":"b: empty file","encoding":"","encoding_confidence":0,"repeated_keys":0,"notes":[]},` +
		`{"file":"c.csv","format":"csv","new":1,"duplicate":0,"updated":0,"skipped":0,"error":"","encoding":"windows-1251","encoding_confidence":0.93,"repeated_keys":2,"notes":["n"]}]`
	if string(b) != want {
		t.Errorf("got %s\nwant %s", b, want)
	}
}

func TestXEscapeReader(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"a\x0Bb"`, `"a\u000Bb"`},
		{`"C:\\xfiles"`, `"C:\\xfiles"`},
		{`"\\\x1f"`, `"\\\u001f"`},
		{`"plain x"`, `"plain x"`},
	}
	for _, tt := range tests {
		for _, size := range []int{1, 2, 3, 64} {
			r := &xEscapeReader{r: &chunkReader{[]byte(tt.in), size}}
			var out bytes.Buffer
			out.ReadFrom(r)
			if out.String() != tt.want {
				t.Errorf("%s (chunks of %d): got %s want %s", tt.in, size, out.String(), tt.want)
			}
		}
	}
}

type chunkReader struct {
	b []byte
	n int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.b) == 0 {
		return 0, io.EOF
	}
	n := min(c.n, len(p), len(c.b))
	copy(p, c.b[:n])
	c.b = c.b[n:]
	return n, nil
}

// TestPanicBecomesError: a bug tripped by hostile input fails the file,
// not the program, and stores nothing.
func TestPanicBecomesError(t *testing.T) {
	old := extractText
	extractText = func(s string, _ extract.Options) extract.Result {
		if strings.Contains(s, "Control") {
			panic("boom")
		}
		return extract.Result{}
	}
	defer func() { extractText = old }()
	st := &fakeStore{}
	rep := File(context.Background(), st, "testdata/telegram/isiswatch.json", Options{})
	if rep.Err == nil || !strings.Contains(rep.Err.Error(), "internal error") || len(st.notices) != 0 {
		t.Errorf("got %v with %d notices kept", rep.Err, len(st.notices))
	}
}

// TestGCReliefRestores: imports that overlap share the throughput setting,
// and the last to finish puts back the collector's pace and memory limit.
func TestGCReliefRestores(t *testing.T) {
	gcPercent := func() int { p := debug.SetGCPercent(100); debug.SetGCPercent(p); return p }
	defer debug.SetGCPercent(debug.SetGCPercent(150))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(1 << 40))
	first := gcRelief()
	second := gcRelief()
	if p, l := gcPercent(), debug.SetMemoryLimit(-1); p != 400 || l > 1<<40 || l < 192<<20 {
		t.Errorf("during imports: GOGC %d, limit %d", p, l)
	}
	first()
	if p := gcPercent(); p != 400 {
		t.Errorf("one import still running: GOGC %d, want 400", p)
	}
	second()
	if p, l := gcPercent(), debug.SetMemoryLimit(-1); p != 150 || l != 1<<40 {
		t.Errorf("after imports: GOGC %d, limit %d; want 150 and 1 TB back", p, l)
	}
}
