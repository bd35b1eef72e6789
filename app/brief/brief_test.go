package brief

import (
	"bytes"
	"encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

var update = flag.Bool("update", false, "update golden files")

func sampleNotices() []app.Notice {
	pub := time.Date(2015, 11, 18, 20, 0, 0, 0, time.UTC)
	return []app.Notice{
		{
			UID: "a1", Title: "حجب 78 قناة", Platform: "Telegram", Status: app.StatusVerifying, PublishedAt: pub,
			Tags:    []app.Tag{{Name: "تلغرام"}},
			Sources: []app.SourceLink{{Source: app.Source{Name: "Telegram", Kind: app.SourcePlatformStatement}, Role: app.RoleStatedBy}},
			Claims: []app.Claim{
				{Kind: app.ClaimFigure, Value: 78, Unit: "channels", UnitText: "قناة", Quote: "78 قناة", Verification: app.SelfReported, Tags: []app.Tag{{Name: "check"}}},
				{Kind: app.ClaimFigure, Value: 12, Unit: "languages", UnitText: "لغة", Quote: "12 لغة", Verification: app.Unreviewed},
			},
		},
		{UID: "b2", Title: "@isiswatch daily post", Platform: "Telegram", Status: app.StatusNew},
		{UID: "c3", Title: "=HYPERLINK(\"http://x\")", Status: app.StatusNew},
	}
}

// checkGolden compares got with testdata/name, or rewrites that file with
// -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden := filepath.Join("testdata", name)
	if *update {
		os.WriteFile(golden, got, 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s:\n%s", name, golden, got)
	}
}

func TestBriefGolden(t *testing.T) {
	for _, excel := range []bool{false, true} {
		name := "brief.csv"
		if excel {
			name = "brief-excel.csv"
		}
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Brief(&buf, sampleNotices(), Options{Excel: excel}); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, name, buf.Bytes())
		})
	}
}

func TestBriefExcelAndSafety(t *testing.T) {
	var buf bytes.Buffer
	Brief(&buf, sampleNotices(), Options{Excel: true})
	out := buf.Bytes()
	if !bytes.HasPrefix(out, []byte("\xef\xbb\xbf")) {
		t.Error("excel brief has no UTF-8 BOM")
	}
	if bytes.Count(out, []byte("\r\n")) != bytes.Count(out, []byte("\n")) {
		t.Error("excel brief has bare LF line ends")
	}
	rows, err := csv.NewReader(bytes.NewReader(out[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 { // header, 2 claims, 2 notices without claims
		t.Fatalf("%d rows, want 5", len(rows))
	}
	if rows[1][1] != "حجب 78 قناة" || rows[1][12] != "78 قناة" || rows[1][7] != "78" {
		t.Errorf("Arabic row = %q", rows[1])
	}
	for _, r := range rows[1:] {
		for _, c := range r {
			if strings.HasPrefix(c, "=") || strings.HasPrefix(c, "@") {
				t.Errorf("cell %q would run as a formula", c)
			}
		}
	}
}

func TestSafeCell(t *testing.T) {
	tests := map[string]string{"": "", "@isiswatch": "'@isiswatch", "=1+1": "'=1+1", "+33": "'+33", "-x": "'-x", "\tx": "'\tx", "78": "78", "قناة": "قناة"}
	for in, want := range tests {
		if got := SafeCell(in); got != want {
			t.Errorf("SafeCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAnnotationsAndMarkdownGolden(t *testing.T) {
	ns := sampleNotices()
	ns[0].URL = "https://t.me/s/durov"
	ns[0].Notes = []app.Note{{Body: "ask [the press office](http://evil.example)"}}
	for _, tt := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"annotations.jsonld", func(b *bytes.Buffer) error { return Annotations(b, ns) }},
		{"brief.md", func(b *bytes.Buffer) error { return Markdown(b, ns) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.write(&buf); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tt.name, buf.Bytes())
		})
	}
	var md bytes.Buffer
	Markdown(&md, ns)
	if strings.Contains(md.String(), "http") {
		t.Errorf("markdown brief has a live link:\n%s", md.String())
	}
}
