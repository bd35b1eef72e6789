package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

func TestSniff(t *testing.T) {
	read := func(p string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", p))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name string
		head []byte
		want string
	}{
		{"result.json", read("telegram/isiswatch.json"), "telegram"},
		{"export.json", read("telegram/full-account.json"), "telegram"},
		{"page.json", read("lumen/search-sample.json"), "lumen"},
		{"n.json", read("lumen/dmca-notice.json"), "lumen"},
		{"t.csv", read("csv/transparency-en.csv"), "csv"},
		{"data", read("csv/ar-1256.csv"), "csv"},
		{"u.tsv", read("csv/utf16le.tsv"), "csv"},
		{"feed", read("feed/rss.xml"), "rss"},
		{"feed.xml", read("feed/atom.xml"), "atom"},
		{"page", read("html/article.html"), "html"},
		{"note.txt", read("text/note.txt"), "text"},
		{"notes", read("text/roundup.md"), "markdown"},
		{"x.txt", []byte("First line, with a comma\nsecond line, with one too\n"), "text"},
		{"empty", nil, ""},
		{"photo.jpg", []byte{0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0}, ""},
		{"x.json", []byte(`{"a":1}`), ""},
		{"result.json", []byte(`{"about": "Here is the data you requested.", "profile_pictures": [{"date": "2016-01-02T10:00:00", "photo": "profile_pictures/1.jpg"}`), "telegram"},
		{"latin1.txt", []byte("caf\xe9\n"), "text"},
		{"cp1251.txt", []byte("\xcc\xee\xf1\xea\xe2\xe0, 18 \xed\xee\xff\xe1\xf0\xff\n"), "text"},
		{"utf16.txt", []byte("\xff\xfeH\x00i\x00\n\x00"), "text"},
		// a page's template as a site's repository keeps it (Mozilla's
		// transparency reports are Jinja): its markup, not JSON
		{"jul-dec-2023.html", []byte("{#\n  This Source Code Form is subject to the terms of the Mozilla Public\n #}\n{% extends \"report-base.html\" %}\n{% block report_body %}\n<section id=\"copyright\">\n  <h2>Copyright</h2>\n  <p>In the Reporting Period, we received 12 notices.</p>\n</section>\n{% endblock %}\n"), "html"},
		{"post.html", []byte("{{ define \"main\" }}\n<article><p>Telegram removed 78 channels.</p></article>\n{{ end }}\n"), "html"},
		{"page.md", []byte("{% include header.html %}\n# Report\n\nWe received 12 notices.\n"), "markdown"},
		{"note", []byte("{# a comment #}\nWe received 12 notices in the period.\n"), "text"},
		{"x.json", []byte(`[{"a":1}]`), ""},
	}
	for _, tt := range tests {
		if got := Sniff(tt.name, tt.head); got != tt.want {
			t.Errorf("Sniff(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestDailyBanEras(t *testing.T) {
	posted := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	tests := []struct {
		text            string
		posted          string
		count, total    float64
		unit, actor, ev string
		period          string
	}{
		{"2097 ISIS bots and channels banned on March, 3.\nTotal this month: 6204", "2016-03-04", 2097, 6204, "bots_and_channels", "ISIS", "2016-03-03", "2016-03"},
		{"1312 terrorist bots and channels banned on January, 27.\nTotal this month: 16050\n\nReport…", "2017-01-28", 1312, 16050, "bots_and_channels", "ISIS", "2017-01-27", "2017-01"},
		{"1830 groups and channels related to child abuse banned on January, 30.\nTotal this month: 51889", "2019-01-31", 1830, 51889, "groups_and_channels", "", "2019-01-30", "2019-01"},
		{"74 terrorist bots and channels banned on December, 31.\nTotal this month: 3 281", "2018-01-01", 74, 3281, "bots_and_channels", "ISIS", "2017-12-31", "2017-12"},
		{"1 234 terrorist bots and channels banned on May, 2.", "2024-05-03", 1234, 0, "bots_and_channels", "ISIS", "2024-05-02", ""},
		{"2,150 groups and channels related to terrorism were blocked on 31 December.\nTotal this month: 40 312", "2026-01-01", 2150, 40312, "groups_and_channels", "", "2025-12-31", "2025-12"},
	}
	for _, tt := range tests {
		cs := dailyBanClaims(tt.text, posted(tt.posted))
		if len(cs) == 0 {
			t.Errorf("%q: no claims", tt.text)
			continue
		}
		c := cs[0]
		if c.Value != tt.count || c.Unit != tt.unit || c.Actor != tt.actor || c.EventDate.Format("2006-01-02") != tt.ev {
			t.Errorf("%q: got %+v", tt.text, c)
		}
		if tt.total == 0 {
			if len(cs) != 1 {
				t.Errorf("%q: unexpected total", tt.text)
			}
			continue
		}
		if len(cs) != 2 || cs[1].Value != tt.total || cs[1].Period != tt.period || cs[1].Rate != "per_month" {
			t.Errorf("%q: total claim %+v", tt.text, cs[1:])
		}
	}
	if cs := dailyBanClaims("We banned 40 channels.", posted("2020-01-01")); cs != nil {
		t.Errorf("ordinary text gave %+v", cs)
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"1,312", 1312, true}, {"1 312", 1312, true}, {"12,5", 12.5, true}, {"12.5%", 12.5, true},
		{"١٢٠", 120, true}, {"1.234.567", 1234567, true}, {"1,234.5", 1234.5, true}, {"1.234,5", 1234.5, true},
		{"abc", 0, false}, {"", 0, false}, {"2017-01-27", 0, false},
		// digits grouped by underscores, as Python and R data sets write
		// them; an identifier's underscores are no grouping
		{"41_877", 41877, true}, {"2_497_438", 2497438, true}, {"1_038_268.5", 1038268.5, true},
		{"16", 16, true}, {"12_3", 0, false}, {"1234_567", 0, false}, {"_877", 0, false}, {"1_000,5", 0, false}, {"1.5_00", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseNumber(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("parseNumber(%q) = %v %v, want %v %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestGuessCSV(t *testing.T) {
	tests := []struct {
		file                                  string
		delim                                 rune
		header                                bool
		title, date, platform, url, figureCol int
		unit                                  string
	}{
		{"transparency-en.csv", ',', true, 2, 0, 1, 5, 3, "channels"},
		{"fr-semicolon.csv", ';', true, 2, 0, 1, 4, 3, "accounts"},
		{"ar-1256.csv", ',', true, 2, 0, 1, -1, 3, "channels"},
		{"utf16le.tsv", '\t', true, 2, 0, 1, -1, 3, "bots_and_channels"},
		{"no-header.csv", ',', false, -1, 0, -1, -1, -1, ""},
	}
	for _, tt := range tests {
		b, _ := os.ReadFile(filepath.Join("testdata", "csv", tt.file))
		m, headers, err := GuessCSV(tt.file, b)
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		if m.Delimiter != tt.delim || m.HasHeader != tt.header || m.Title != tt.title || m.Date != tt.date ||
			m.Platform != tt.platform || m.URL != tt.url || (tt.figureCol >= 0 && m.Figures[tt.figureCol] != tt.unit) {
			t.Errorf("%s: got %+v (headers %q)", tt.file, m, headers)
		}
	}
}

func TestCSVEditedRowUpdates(t *testing.T) {
	noExtract(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "report.csv")
	os.WriteFile(path, []byte("Date,Platform,Channels removed\n2017-01-27,Telegram,1312\n2017-01-28,Telegram,1200\n"), 0o644)
	st := &fakeStore{}
	if rep := File(context.Background(), st, path, Options{}); rep.Err != nil || rep.New != 2 {
		t.Fatalf("first import %+v", rep)
	}
	os.WriteFile(path, []byte("Date,Platform,Channels removed\n2017-01-27,Telegram,1313\n2017-01-28,Telegram,1200\n2017-01-29,Telegram,900\n"), 0o644)
	rep := File(context.Background(), st, path, Options{})
	if rep.Err != nil || rep.New != 1 || rep.Updated != 1 || rep.Duplicate != 1 {
		t.Errorf("re-import of edited table: %+v, want 1 new, 1 updated, 1 duplicate", rep)
	}
}

func TestTextRenamedCopyIsDuplicate(t *testing.T) {
	noExtract(t)
	dir := t.TempDir()
	b, _ := os.ReadFile("testdata/text/note.txt")
	os.WriteFile(filepath.Join(dir, "copy of note.txt"), b, 0o644)
	st := &fakeStore{}
	File(context.Background(), st, "testdata/text/note.txt", Options{})
	rep := File(context.Background(), st, filepath.Join(dir, "copy of note.txt"), Options{})
	if rep.Err != nil || rep.Duplicate != 1 || rep.New != 0 {
		t.Errorf("renamed copy: %+v", rep)
	}
	if rep := Text(context.Background(), st, "pasted", string(b), Options{}); rep.Duplicate != 1 {
		t.Errorf("pasted copy: %+v", rep)
	}
}

func TestFilesWalksFolders(t *testing.T) {
	noExtract(t)
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "export", "photos"), 0o755)
	os.MkdirAll(filepath.Join(dir, ".hidden"), 0o755)
	b, _ := os.ReadFile("testdata/telegram/isiswatch.json")
	os.WriteFile(filepath.Join(dir, "export", "result.json"), b, 0o644)
	os.WriteFile(filepath.Join(dir, "export", "photos", "photo_1.jpg"), []byte{0xff, 0xd8, 0xff, 0, 0}, 0o644)
	os.WriteFile(filepath.Join(dir, ".hidden", "note.txt"), []byte("hidden"), 0o644)
	os.WriteFile(filepath.Join(dir, ".DS_Store"), []byte("x"), 0o644)
	empty := filepath.Join(dir, "empty")
	os.MkdirAll(empty, 0o755)
	reps := Files(context.Background(), &fakeStore{}, []string{dir, empty}, Options{})
	if len(reps) != 2 || reps[0].Err != nil || reps[0].New != 5 || reps[1].Err == nil {
		t.Errorf("got %+v", reps)
	}
}

var testPosted = time.Date(2018, 1, 1, 9, 0, 0, 0, time.UTC)

// TestWithExtractor runs the real extractor: its claims join the format's
// without overlapping them, and every claim quotes its span exactly.
func TestWithExtractor(t *testing.T) {
	for _, f := range []string{"telegram/isiswatch.json", "telegram/full-account.json", "csv/transparency-en.csv", "feed/rss.xml", "html/article.html", "text/roundup.md"} {
		st := &fakeStore{}
		rep := File(context.Background(), st, filepath.Join("testdata", f), Options{})
		if rep.Err != nil {
			t.Fatalf("%s: %v", f, rep.Err)
		}
		auto := 0
		for _, im := range st.notices {
			body := []rune(im.Notice.Body)
			var format []app.Claim
			for _, c := range im.Claims {
				if c.Start < 0 || c.End > len(body) || string(body[c.Start:c.End]) != c.Quote {
					t.Errorf("%s: claim %q not at %d:%d", f, c.Quote, c.Start, c.End)
				}
				if c.Origin == app.OriginFormat {
					format = append(format, c)
					continue
				}
				auto++
				if app.OverlapsAny(c, format) {
					t.Errorf("%s: extractor claim %q overlaps a format claim", f, c.Quote)
				}
			}
			if im.Notice.Summary == "" && len(im.Claims) > 0 {
				t.Errorf("%s: claims but no summary", f)
			}
		}
		t.Logf("%s: %d notices, %d extractor claims", f, len(st.notices), auto)
	}
}

func TestCSVGivenMapping(t *testing.T) {
	noExtract(t)
	m := &CSVMapping{Title: 1, Text: -1, Date: 0, Platform: -1, URL: -1, Figures: map[int]string{2: "channels"}, Delimiter: ',', HasHeader: false}
	st := &fakeStore{}
	rep := File(context.Background(), st, "testdata/csv/no-header.csv", Options{CSV: m})
	if rep.Err != nil || rep.New != 3 {
		t.Fatalf("%+v", rep)
	}
	n := st.notices[0]
	if n.Notice.Title != "Telegram" || len(n.Claims) != 1 || n.Claims[0].Value != 1312 || n.Claims[0].Unit != "channels" ||
		n.Claims[0].Quote != "1312" || n.Notice.PublishedAt.Format("2006-01-02") != "2017-01-27" {
		t.Errorf("got %+v", n)
	}
}
