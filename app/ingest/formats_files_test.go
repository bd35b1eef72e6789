package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// formatWant is what one notice of a file must say; it is found by its
// origin or, for table rows, by its title.
type formatWant struct {
	key       string
	published string   // RFC 3339 in UTC, "" for none
	links     []string // nil: not checked
	sources   []string // "name/role"; nil: not checked
	bodyHas   string
	claims    []string // "value unit"; nil: not checked
}

func (w formatWant) check(t *testing.T, ims []app.Imported) {
	t.Helper()
	i := slices.IndexFunc(ims, func(im app.Imported) bool {
		return im.Notice.Origin == w.key || im.Notice.Title == w.key
	})
	if i < 0 {
		titles := []string{}
		for _, im := range ims {
			titles = append(titles, im.Notice.Origin+" / "+im.Notice.Title)
		}
		t.Fatalf("no notice %q among %q", w.key, titles)
	}
	im := ims[i]
	got := ""
	if !im.Notice.PublishedAt.IsZero() {
		got = im.Notice.PublishedAt.UTC().Format(time.RFC3339)
	}
	if got != w.published {
		t.Errorf("%s: published %q, want %q", w.key, got, w.published)
	}
	if w.links != nil && !slices.Equal(im.Links, w.links) {
		t.Errorf("%s: links %q, want %q", w.key, im.Links, w.links)
	}
	if w.sources != nil {
		var src []string
		for _, s := range im.Sources {
			src = append(src, s.Source.Name+"/"+string(s.Role))
		}
		slices.Sort(src)
		want := slices.Clone(w.sources)
		slices.Sort(want)
		if !slices.Equal(src, want) {
			t.Errorf("%s: sources %q, want %q", w.key, src, want)
		}
	}
	if !strings.Contains(im.Notice.Body, w.bodyHas) {
		t.Errorf("%s: body %q lacks %q", w.key, im.Notice.Body, w.bodyHas)
	}
	if w.claims != nil {
		var cs []string
		for _, c := range im.Claims {
			cs = append(cs, fmt.Sprintf("%g %s", c.Value, c.Unit))
		}
		if !slices.Equal(cs, w.claims) {
			t.Errorf("%s: claims %q, want %q", w.key, cs, w.claims)
		}
	}
}

// TestFormatFiles imports files written the way their producers write them
// and checks counts, dates, origins, sources, links and figures, then that
// a second import adds nothing.
func TestFormatFiles(t *testing.T) {
	noExtract(t)
	tests := []struct {
		file         string
		format       string
		new, skipped int
		want         []formatWant
	}{
		// Lumen renames a notice's body and its works' fields by type.
		{"lumen/court-order.json", "lumen", 1, 0, []formatWant{{
			key: "lumen:555001", published: "2020-02-01T10:00:00Z",
			links:   []string{"https://blog.example.com/a"},
			sources: []string{"Law Firm X/sender", "Mr Y/principal", "Google LLC/recipient"},
			bodyHas: "Order of the court",
		}}},
		{"lumen/defamation.json", "lumen", 1, 0, []formatWant{{
			key: "lumen:555002", published: "2020-03-01T10:00:00Z",
			links: []string{"https://news.example.org/x"}, bodyHas: "The article is false.",
		}}},
		{"lumen/data-protection.json", "lumen", 1, 0, []formatWant{{
			key: "lumen:555003", published: "2020-04-01T10:00:00Z",
			links: []string{"https://a.example.com/p"}, bodyHas: "Right to be forgotten.",
		}}},
		{"lumen/other.json", "lumen", 1, 0, []formatWant{{
			key: "lumen:555004", published: "2020-05-01T08:00:00Z",
			links: []string{"https://twitter.com/x/status/1"}, bodyHas: "Terrorist content.",
		}}},
		{"lumen/private-information.json", "lumen", 1, 0, []formatWant{{
			key: "lumen:555005", published: "2020-06-01T10:00:00Z",
			links: []string{"https://twitter.com/y/status/2"}, bodyHas: "Doxxing.",
		}}},
		{"lumen/trademark.json", "lumen", 1, 0, []formatWant{{
			key: "lumen:555006", published: "2020-07-01T10:00:00Z",
			links:   []string{"https://shop.example.net/fake", "https://shop.example.net/fake2"},
			sources: []string{"S/sender", "S Corp/principal", "Google LLC/recipient"},
		}}},
		{"lumen/dmca-counted-by-domain.json", "lumen", 1, 0, []formatWant{{
			key: "lumen:555008", published: "2021-01-01T00:00:00Z",
			bodyHas: "URLs on: pirate.example (12)",
		}}},

		// Tables as spreadsheets save them.
		{"csv/excel-unicode-text.txt", "csv", 2, 2, []formatWant{
			{key: "ISIS channels banned", published: "2015-11-18T00:00:00Z", claims: []string{"1234 accounts", "78 channels"}},
			{key: "Twitter suspends", published: "2015-11-19T00:00:00Z", claims: []string{"10500 accounts", "12 channels"}},
		}},
		{"csv/utf16be-two-lines.txt", "csv", 1, 0, []formatWant{
			{key: "utf16be-two-lines.txt row 2", published: "2015-11-18T00:00:00Z", claims: []string{"5 videos"}},
		}},
		{"csv/fr-1252-multiline.csv", "csv", 2, 1, []formatWant{
			{key: "Suppression été", published: "2015-11-18T00:00:00Z", bodyHas: "Première ligne\ndeuxième ligne", claims: []string{"1234 accounts"}},
			{key: "Vidéos retirées", published: "2015-11-19T00:00:00Z", claims: []string{"2000 accounts"}},
		}},
		{"csv/libreoffice-multiline.csv", "csv", 2, 0, []formatWant{
			{key: `A "quoted" title`, published: "2015-11-18T00:00:00Z", bodyHas: "Line one\nLine two"},
			{key: "Second", published: "2015-11-19T00:00:00Z", claims: []string{"3 posts"}},
		}},
		{"csv/ar-1256-dot-thousands.csv", "csv", 2, 0, []formatWant{
			{key: "تعليق حسابات", published: "2015-11-20T00:00:00Z", claims: []string{"1234 accounts"}},
		}},

		// Feeds: RFC 822 dates with named zones.
		{"feed/wordpress-zones.xml", "rss", 6, 0, []formatWant{
			{key: "feed:https://blog.example.org/?p=123", published: "2015-11-19T00:43:00Z", sources: []string{"Digital Rights Blog/reported_by", "Jane Doe/reported_by"}, bodyHas: "blocked 78 ISIS-related"},
			{key: "feed:https://blog.example.org/2015/11/20/third/", published: "2015-11-20T07:00:00Z"},
			{key: "feed:https://blog.example.org/2015/11/22/fifth/", published: "2015-11-22T09:00:00Z"},
			{key: "feed:https://blog.example.org/6/", published: "2015-11-22T10:00:00Z"},
		}},

		// A saved Arabic page in windows-1256.
		{"html/ar-windows-1256.html", "html", 1, 0, []formatWant{{
			key: "https://www.example-ar.net/news/2015/11/18/telegram", published: "2015-11-18T19:43:00Z",
			sources: []string{"أخبار المثال/reported_by"}, bodyHas: "أعلن تطبيق تيليجرام",
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			st := &fakeStore{}
			path := filepath.Join("testdata", tt.file)
			rep := File(context.Background(), st, path, Options{})
			if rep.Err != nil {
				t.Fatal(rep.Err)
			}
			if rep.Format != tt.format || rep.New != tt.new || rep.Skipped != tt.skipped {
				t.Errorf("report %+v, want format %s new %d skipped %d", rep, tt.format, tt.new, tt.skipped)
			}
			for _, w := range tt.want {
				w.check(t, st.notices)
			}
			again := File(context.Background(), st, path, Options{})
			if again.Err != nil || again.New != 0 || again.Updated != 0 {
				t.Errorf("re-import: %+v, want nothing new", again)
			}
		})
	}
}

func TestFormatSniffing(t *testing.T) {
	tests := []struct {
		name, head, want string
	}{
		// A quoted cell spanning lines does not make a table prose.
		{"t.csv", "title,text\n\"A\",\"line one\nline two\"\nB,c\n", "csv"},
		{"t.dat", "a;b;c\n1;\"x\ny\";3\n4;5;6\n7;8;9\n", "csv"},
		// UTF-16 "Unicode text" with a header and one row.
		{"u.txt", "\xff\xfeD\x00a\x00t\x00e\x00\t\x00N\x00\n\x001\x00\t\x002\x00\n\x00", "csv"},
		{"lumen.txt", `{"dmca":{"id":1,"title":"t","date_received":null}}`, "lumen"},
		{"feed.json", `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, "rss"},
	}
	for _, tt := range tests {
		if got := Sniff(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("Sniff(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestFormatFeedDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Wed, 18 Nov 2015 19:43:00 GMT", "2015-11-18T19:43:00Z"},
		{"Wed, 18 Nov 2015 19:43:00 EST", "2015-11-19T00:43:00Z"},
		{"Wed, 18 Nov 2015 19:43:00 +0300", "2015-11-18T16:43:00Z"},
		{"Wed, 18 Nov 2015 19:43:00 +03:00", "2015-11-18T16:43:00Z"},
		{"Wed, 18 Nov 2015 19:43:00 MSK", "2015-11-18T16:43:00Z"},
		{"Wed, 18 Nov 2015 19:43:00 CEST", "2015-11-18T17:43:00Z"},
		{"18 Nov 2015 19:43 UT", "2015-11-18T19:43:00Z"},
		{"Wed, 18 Nov 15 19:43:00 PST", "2015-11-19T03:43:00Z"},
		{"Wed, 18 Nov 2015 19:43:00 XYZ", ""},
		{"2015-11-18T19:43:00+03:00", ""}, // left to the feed parser
	}
	for _, tt := range tests {
		got := ""
		if d, ok := rfc822Date(tt.in); ok {
			got = d.Format(time.RFC3339)
		}
		if got != tt.want {
			t.Errorf("rfc822Date(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFormatFigures(t *testing.T) {
	tests := []struct {
		in, unit string
		want     float64
	}{
		{"1.234", "accounts", 1234},
		{"1,234", "accounts", 1234},
		{"1 234", "accounts", 1234},
		{"12.345", "channels", 12345},
		{"1.5", "accounts", 1.5},
		{"0.123", "accounts", 0.123},
		{"1.234", "percent", 1.234},
		{"1.234.567", "accounts", 1234567},
		{"١٬٢٣٤", "accounts", 1234},
	}
	for _, tt := range tests {
		if got, ok := parseFigure(tt.in, tt.unit); !ok || got != tt.want {
			t.Errorf("parseFigure(%q, %s) = %g, %v; want %g", tt.in, tt.unit, got, ok, tt.want)
		}
	}
}

// TestFormatRefused: hostile or broken files end in one line naming the
// file, and nothing is stored.
func TestFormatRefused(t *testing.T) {
	noExtract(t)
	dir := t.TempDir()
	bomb := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>` +
		`<rss version="2.0"><channel><title>x</title><item><title>&lol2;</title><description>&lol2;</description></item></channel></rss>`
	tests := []struct {
		name, content, want string
	}{
		{"odd.txt", "\xff\xfeD\x00a\x00t\x00e\x00\t\x00N\x00\n\x001\x00\t\x002\x00\n\x00A", "odd number of bytes"},
		{"bomb.xml", bomb, "declares its own entities"},
		{"deep.html", "<html><body>" + strings.Repeat("<div>", 1000) + "x", "open stack of elements"},
		{"cut.json", `{"dmca":{"id":1,"title":"t","date_received":nu`, "truncated JSON"},
		{"blank.csv", " \r\n\t\n", "empty file"},
		{"junk.dat", "\x00\x01\x02\x03junk", "binary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name)
			if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			st := &fakeStore{}
			rep := File(context.Background(), st, path, Options{})
			if rep.Err == nil {
				t.Fatalf("imported: %+v", rep)
			}
			msg := rep.Err.Error()
			if !strings.HasPrefix(msg, path+": ") || strings.Contains(msg, "\n") || !strings.Contains(msg, tt.want) {
				t.Errorf("error %q, want one line naming the file and saying %q", msg, tt.want)
			}
			if len(st.notices) != 0 {
				t.Errorf("%d notices stored", len(st.notices))
			}
		})
	}
}
