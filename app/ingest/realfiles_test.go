package ingest_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// TestRealFiles imports each real public file in testdata/real (see its
// PROVENANCE.md) into a fresh store and checks what a reporter would:
// the format and encoding found, how many notices, their language, a
// phrase of the text read right, and that a second import adds nothing.
func TestRealFiles(t *testing.T) {
	tests := []struct {
		file, format, encoding string
		notices                int
		lang, phrase           string
		published              string // the first notice's day, "" for none
	}{
		{"../lumen/search-sample.json", "lumen", "utf-8", 50, "en", "DMCA Takedown Notice (Tweet)", ""},
		{"ru-koi8-r-feed.xml", "rss", "koi8-r", 3, "ru", "психически нездоровый мужчина", "2006-01-03"},
		{"ru-koi8-r-feed-undeclared.xml", "rss", "koi8-r", 3, "ru", "погибла семья из 14 человек", "2006-01-03"},
		{"ru-koi8-r-page.html", "html", "koi8-r", 1, "ru", "Инцидент произошел на одном из этажей", ""},
		{"ar-iso-8859-6-page.html", "html", "iso-8859-6", 1, "ar", "ما أقسى لحظات الفجيعة", "2021-02-27"},
		{"ru-windows-1251.txt", "text", "windows-1251", 1, "ru", "Погрузо-разгрузочные работы", ""},
		{"bg-windows-1251.txt", "text", "windows-1251", 1, "bg", "Черноморски фар", ""},
		{"ar-iso-8859-6.txt", "text", "iso-8859-6", 1, "ar", "جريدة الرياض", "2021-02-27"},
		{"ar-windows-1256.txt", "text", "windows-1256", 1, "ar", "الأستاذ صفاء العتابي", ""},
		{"fr-windows-1252.txt", "text", "windows-1252", 1, "fr", "Anti-Contrefaçon", ""},
		{"fr-utf16le-bom.txt", "text", "utf-16le", 1, "fr", "Grâce à un matériel de pointe", ""},
	}
	right := 0
	for _, tt := range tests {
		ok := t.Run(tt.file, func(t *testing.T) {
			db := openDB(t)
			path := filepath.Join("testdata", "real", tt.file)
			rep := ingest.File(context.Background(), db, path, ingest.Options{})
			if rep.Err != nil {
				t.Fatalf("import: %v", rep.Err)
			}
			if rep.Format != tt.format || rep.Encoding != tt.encoding || rep.New != tt.notices {
				t.Errorf("read as %s in %s (%.2f sure), %d new; want %s in %s, %d new",
					rep.Format, rep.Encoding, rep.Confidence, rep.New, tt.format, tt.encoding, tt.notices)
			}
			ns := allNotices(t, db)
			found := false
			for _, n := range ns {
				if n.Lang != tt.lang {
					t.Errorf("%q: language %q, want %q", n.Title, n.Lang, tt.lang)
				}
				if strings.Contains(n.Title+"\n"+n.Body, tt.phrase) {
					found = true
				}
			}
			if got := ns[0].PublishedAt; tt.published != "" && (got.IsZero() || got.Format("2006-01-02") != tt.published) {
				t.Errorf("published %v, want %s", got, tt.published)
			}
			if !found {
				t.Errorf("no notice reads %q; first body: %.120q", tt.phrase, ns[0].Body)
			}
			again := ingest.File(context.Background(), db, path, ingest.Options{})
			if again.Err != nil || again.New != 0 || again.Duplicate != tt.notices {
				t.Errorf("second import: %+v, want %d duplicates", again, tt.notices)
			}
		})
		if ok {
			right++
		}
	}
	t.Logf("%d of %d real files import right", right, len(tests))
}
