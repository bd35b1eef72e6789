package ingest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fuzzImport runs one parser on data; it must not panic, and a refused
// input must leave nothing stored.
func fuzzImport(t *testing.T, format string, data []byte) {
	recoverPanics = false
	defer func() { recoverPanics = true }()
	noExtract(t)
	st := &fakeStore{}
	rep := run(context.Background(), st, Report{File: "fuzz", Format: format}, &countingReader{r: bytes.NewReader(data)}, int64(len(data)), Options{})
	if rep.Err != nil {
		if len(st.notices) != 0 {
			t.Fatalf("%d notices kept after error %v", len(st.notices), rep.Err)
		}
		if strings.Contains(rep.Err.Error(), "\n") {
			t.Fatalf("error spans lines: %q", rep.Err)
		}
		return
	}
	for _, im := range st.notices {
		n := len([]rune(im.Notice.Body))
		for _, c := range im.Claims {
			if c.Start < 0 || c.End > n || c.Start > c.End {
				t.Fatalf("claim %+v outside body of %d runes", c, n)
			}
		}
	}
}

func seed(f *testing.F, dir string) {
	files, _ := filepath.Glob(filepath.Join("testdata", dir, "*"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && len(b) < 1<<16 {
			f.Add(b)
		}
	}
}

func FuzzTelegram(f *testing.F) {
	seed(f, "telegram")
	f.Add([]byte(`{"chats":{"list":[{"id":1,"messages":[{"id":1,"text":["a",{"type":"link","text":"x"}]}]}]}}`))
	f.Add([]byte(`{"messages":[{"id":1,"type":"message","text":"\x0b\\x","date":"2020-01-01T00:00:00"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzImport(t, "telegram", b) })
}

func FuzzLumen(f *testing.F) {
	seed(f, "lumen")
	f.Add([]byte(`{"id":1,"title":"t","works":[{"infringing_urls":[{"url":"No URL submitted"}]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzImport(t, "lumen", b) })
}

func FuzzCSV(f *testing.F) {
	seed(f, "csv")
	seed(f, "realfiles")
	f.Add([]byte("a;b\n\"1\";2\n"))
	// The platforms' shapes: long, wide, sections, a preamble.
	f.Add([]byte("app,policy_area,metric,period,value\nFacebook,Hate Speech,Content Actioned,2023-Q1,\"21,000,000\"\n"))
	f.Add([]byte("Removal requests\ncountry,iso3,2019,2020\nGermany,DEU,120,\"1,340\"\n"))
	f.Add([]byte("Accounts removed,,\ncountry,2022,2023\nEgypt,10,20\n,,\nVideos,,\nPolicy,Metric,Value\nX,Videos removed,300\n"))
	f.Add([]byte("Updated: 2019-05-31\n\xcd\xee\xec\xe5\xf0;\xc4\xee\xec\xe5\xed\n1;example.ru\n"))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzImport(t, "csv", b) })
}

func FuzzFeed(f *testing.F) {
	seed(f, "feed")
	seed(f, "real")
	f.Fuzz(func(t *testing.T, b []byte) { fuzzImport(t, "rss", b) })
}

func FuzzHTML(f *testing.F) {
	seed(f, "html")
	seed(f, "real")
	f.Fuzz(func(t *testing.T, b []byte) { fuzzImport(t, "html", b) })
}

func FuzzText(f *testing.F) {
	seed(f, "text")
	seed(f, "real")
	f.Add([]byte("دمشق، 28 آب/اغسطس 2013 (رويترز)"))
	f.Add([]byte("74 terrorist bots and channels banned on December, 31.\nTotal this month: 3 281"))
	f.Fuzz(func(t *testing.T, b []byte) {
		fuzzImport(t, "text", b)
		// The daily-post reader must never panic or point outside the text.
		for _, c := range dailyBanClaims(string(b), testPosted) {
			if c.End > len([]rune(string(b))) {
				t.Fatalf("claim beyond text: %+v", c)
			}
		}
		if d, ok := textDate(string(b)); ok && (d.Year() < 1900 || d.Year() > 2200) {
			t.Fatalf("date %v out of range", d)
		}
	})
}

// FuzzCodePage: any bytes get a code page and a confidence between 0 and
// 0.99, and decode without error.
func FuzzCodePage(f *testing.F) {
	seed(f, "real")
	seed(f, "csv")
	f.Fuzz(func(t *testing.T, b []byte) {
		name, enc, conf := guessCodePage(b)
		if name == "" || enc == nil || conf < 0 || conf > 0.99 {
			t.Fatalf("guessCodePage = %q, %v, %v", name, enc, conf)
		}
		if _, err := enc.NewDecoder().Bytes(b); err != nil {
			t.Fatalf("decoding as %s: %v", name, err)
		}
		if _, _, _, err := decodeWhole(b); err != nil && bom16(b) == nil {
			t.Fatalf("decodeWhole: %v", err)
		}
	})
}

func FuzzSniff(f *testing.F) {
	for _, d := range []string{"telegram", "lumen", "csv", "feed", "html", "text"} {
		seed(f, d)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		format := Sniff("x", b)
		if format != "" && parsers[format] == nil {
			t.Fatalf("Sniff gave unknown format %q", format)
		}
		if m, _, err := GuessCSV("x.csv", b); err == nil && m.Delimiter == 0 {
			t.Fatalf("GuessCSV gave no delimiter")
		}
	})
}

func FuzzDump(f *testing.F) {
	f.Add([]byte(`{"format": "takedowndesk", "version": 1, "notices": [{"title": "t", "body": "78 channels", "status": "verified", "tags": ["x"],
		"claims": [{"kind": "figure", "value": 78, "unit": "channels", "start": 0, "end": 11, "quote": "78 channels", "tags": ["y"]}],
		"notes": [{"body": "n", "start": 0, "end": 0, "created_at": "2026-01-01T00:00:00Z"}]}]}`))
	f.Add([]byte(`{"format": "takedowndesk", "notices": [{"title": 5}]}`))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzImport(t, "takedowndesk", b) })
}
