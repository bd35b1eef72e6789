package brief

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

var update = flag.Bool("update", false, "update golden files")

var exportedAt = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)

// arabicBody is a short story of our own, in the manner of the coverage
// the desk handles: a platform's figures, a second outlet's different count.
const arabicBody = "أعلنت شركة تلغرام يوم الأربعاء أنها أغلقت 78 قناة تروّج للعنف، " +
	"وقالت إن هذه القنوات كانت تنشر بـ12 لغة. وذكرت صحيفة محلية أن الرقم الحقيقي أكبر."

func sampleNotices() Slice {
	day := time.Date(2015, 11, 18, 0, 0, 0, 0, time.UTC)
	pub := time.Date(2015, 11, 18, 20, 0, 0, 0, time.UTC)
	stated := app.SourceLink{Source: app.Source{Name: "Telegram", Kind: app.SourcePlatformStatement}, Role: app.RoleStatedBy}
	paper := app.SourceLink{Source: app.Source{Name: "صحيفة الحدث", Kind: app.SourceNewsOutlet}, Role: app.RoleReportedBy}
	n1 := app.Notice{
		ID: 1, UID: "a1", Title: "تلغرام يغلق 78 قناة تروّج للعنف", Body: arabicBody, Lang: "ar", Direction: app.RTL,
		Kind: app.KindArticle, Platform: "Telegram", Status: app.StatusVerifying, PublishedAt: pub,
		URL: "https://news.example/ar/telegram-78", Origin: "https://news.example/ar/telegram-78",
		Tags:    []app.Tag{{Name: "تلغرام"}},
		Sources: []app.SourceLink{stated, paper},
		Notes:   []app.Note{{Body: "راجع البيان الأصلي قبل النشر", Start: 44, End: 52}},
		Claims: []app.Claim{
			{ID: 11, Kind: app.ClaimFigure, Value: 78, Unit: "channels", UnitText: "قناة", Quote: "78 قناة", Start: 44, End: 51,
				Platform: "Telegram", EventDate: day, Verification: app.SelfReported, Origin: app.OriginAuto, Tags: []app.Tag{{Name: "check"}},
				Conflicts: []app.Conflict{{Kind: app.ConflictValue, ClaimID: 11, NoticeID: 1, OtherClaimID: 21, OtherNoticeID: 2, OtherValue: 79,
					OtherUnit: "channels", OtherQuote: "79 قناة", OtherTitle: "مصدر مطلع: الحملة طالت 79 قناة", Platform: "Telegram", Period: "2015-11-18"}}},
			{ID: 12, Kind: app.ClaimFigure, Value: 12, Unit: "languages", UnitText: "لغة", Quote: "بـ12 لغة", Start: 96, End: 104,
				Verification: app.Unreviewed, Origin: app.OriginAuto},
		},
	}
	n2 := app.Notice{
		ID: 2, UID: "b2", Title: "مصدر مطلع: الحملة طالت 79 قناة", Body: "قال مصدر مطلع إن الحملة طالت 79 قناة في يوم واحد.",
		Lang: "ar", Direction: app.RTL, Platform: "Telegram", Status: app.StatusNew, PublishedAt: pub.Add(time.Hour),
		Claims: []app.Claim{{ID: 21, Kind: app.ClaimFigure, Value: 79, Unit: "channels", UnitText: "قناة", Quote: "79 قناة",
			Start: 29, End: 36, Platform: "Telegram", EventDate: day, Verification: app.Disputed, Origin: app.OriginManual,
			Conflicts: []app.Conflict{{Kind: app.ConflictValue, ClaimID: 21, NoticeID: 2, OtherClaimID: 11, OtherNoticeID: 1, OtherValue: 78,
				OtherUnit: "channels", OtherQuote: "78 قناة", Platform: "Telegram", Period: "2015-11-18"}}}},
	}
	n3 := app.Notice{
		ID: 3, UID: "c3", Title: "@channel weekly tally", Lang: "en", Platform: "YouTube", Status: app.StatusTriaged,
		Body: "More than 12,000,000 videos were removed, about 2.5% of uploads.",
		Claims: []app.Claim{
			{ID: 31, Kind: app.ClaimFigure, Value: 12000000, Unit: "videos", Qualifier: app.QualMoreThan, Quote: "More than 12,000,000 videos",
				Start: 0, End: 27, Verification: app.Corroborated, Origin: app.OriginAuto},
			{ID: 32, Kind: app.ClaimFigure, Value: 2.5, Unit: "percent", Qualifier: app.QualAbout, Quote: "about 2.5%", Rate: app.RatePerMonth,
				Start: 42, End: 52, Verification: app.Unreviewed, Origin: app.OriginAuto},
		},
	}
	n4 := app.Notice{ID: 4, UID: "d4", Title: `=HYPERLINK("http://x","y")`, Status: app.StatusNew, Origin: "channel:1234/56"}
	n5 := app.Notice{ID: 5, UID: "e5", Title: "-2+3", Status: app.StatusNew, Tags: []app.Tag{{Name: "+tag"}},
		Notes: []app.Note{{Body: "@press\tdesk"}}}
	return Slice{n1, n2, n3, n4, n5}
}

// checkGolden compares got with testdata/name, or rewrites that file with
// -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s:\n%s", name, golden, got)
	}
}

func write(t *testing.T, src Notices, req Request) []byte {
	t.Helper()
	if req.Now.IsZero() {
		req.Now = exportedAt
	}
	if req.TempDir == "" {
		req.TempDir = t.TempDir()
	}
	var buf bytes.Buffer
	if err := Write(context.Background(), src, req, &buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGoldens(t *testing.T) {
	for _, tt := range []struct {
		name string
		req  Request
	}{
		{"brief-excel.csv", Request{Format: BriefCSV, Flavour: ForExcel}},
		{"brief-data.csv", Request{Format: BriefCSV, Flavour: ForData}},
		{"brief-columns.csv", Request{Format: BriefCSV, Flavour: ForData, Columns: []string{"quote", "value", "conflicts", "origin"}, Defang: true}},
		{"notices.csv", Request{Format: NoticesCSV, Flavour: ForExcel}},
		{"desk.json", Request{Format: WholeJSON}},
		{"annotations.jsonld", Request{Format: Annotations}},
		{"brief.md", Request{Format: Markdown}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkGolden(t, tt.name, write(t, sampleNotices(), tt.req))
		})
	}
}

func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func columnOf(t *testing.T, rows [][]string, name string) []string {
	t.Helper()
	i := slices.Index(rows[0], name)
	if i < 0 {
		t.Fatalf("no column %q in %q", name, rows[0])
	}
	var out []string
	for _, r := range rows[1:] {
		out = append(out, r[i])
	}
	return out
}

func TestExcelFlavour(t *testing.T) {
	out := write(t, sampleNotices(), Request{Format: BriefCSV, Flavour: ForExcel})
	if !bytes.HasPrefix(out, []byte("\xef\xbb\xbf")) {
		t.Error("excel brief has no UTF-8 BOM")
	}
	if bytes.Count(out, []byte("\r\n")) != bytes.Count(out, []byte("\n")) {
		t.Error("excel brief has bare LF line ends")
	}
	rows := readCSV(t, out)
	if len(rows) != 8 { // header, 5 claims, 2 notices without claims
		t.Fatalf("%d rows, want 8", len(rows))
	}
	if got := rows[0][:6]; !slices.Equal(got, []string{"notice_title", "value", "unit", "quote", "sources", "verification"}) {
		t.Errorf("brief starts with %q, want what a reporter reads first", got)
	}
	if rows[0][len(rows[0])-1] != "claim_id" {
		t.Errorf("ids are not last: %q", rows[0])
	}
	titles := columnOf(t, rows, "notice_title")
	for _, want := range []string{`'=HYPERLINK("http://x","y")`, "'@channel weekly tally", "'-2+3", "تلغرام يغلق 78 قناة تروّج للعنف"} {
		if !slices.Contains(titles, want) {
			t.Errorf("no title %q in %q", want, titles)
		}
	}
	if got := columnOf(t, rows, "value"); !slices.Equal(got, []string{"78", "12", "79", "12000000", "2.5", "", ""}) {
		t.Errorf("values = %q, want exact bare numbers", got)
	}
	for _, r := range rows[1:] {
		for _, c := range r {
			if c != "" && strings.ContainsRune("=+-@\t\r\n", rune(c[0])) {
				t.Errorf("cell %q would run as a formula", c)
			}
		}
	}
	if got := columnOf(t, rows, "conflicts")[0]; !strings.Contains(got, "says 79 channels for Telegram 2015-11-18") {
		t.Errorf("conflict with the other notice not shown: %q", got)
	}
}

func TestDataFlavourKeepsValues(t *testing.T) {
	out := write(t, sampleNotices(), Request{Format: BriefCSV, Flavour: ForData})
	if bytes.HasPrefix(out, []byte("\xef\xbb\xbf")) || bytes.Contains(out, []byte("\r\n")) {
		t.Error("data flavour has a BOM or CRLF")
	}
	rows := readCSV(t, out)
	titles := columnOf(t, rows, "notice_title")
	for _, want := range []string{`=HYPERLINK("http://x","y")`, "@channel weekly tally", "-2+3"} {
		if !slices.Contains(titles, want) {
			t.Errorf("data flavour altered title %q: %q", want, titles)
		}
	}
	if got := columnOf(t, rows, "notes"); !slices.Contains(got, "@press\tdesk") {
		t.Errorf("notes = %q", got)
	}
	if got := columnOf(t, rows, "sources")[0]; got != "Telegram (platform statement, stated by); صحيفة الحدث (news outlet, reported by)" {
		t.Errorf("sources = %q", got)
	}
}

func TestColumns(t *testing.T) {
	if _, err := ParseColumns("title, nonsense"); err == nil || !strings.Contains(err.Error(), `"nonsense"`) {
		t.Errorf("unknown column: err = %v", err)
	}
	if _, err := ParseColumns("quote quote"); err == nil {
		t.Error("a column chosen twice is accepted")
	}
	cols, err := ParseColumns("quote; value,title")
	if err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, write(t, sampleNotices(), Request{Format: BriefCSV, Flavour: ForData, Columns: cols}))
	if !slices.Equal(rows[0], []string{"quote", "value", "notice_title"}) || rows[1][0] != "78 قناة" {
		t.Errorf("chosen columns: %q", rows[:2])
	}
	if cols, _ := ParseColumns("  "); cols != nil {
		t.Errorf("blank choice = %q, want the default", cols)
	}
}

func TestScope(t *testing.T) {
	src := sampleNotices()
	titles := func(req Request) []string {
		req.Format, req.Flavour = NoticesCSV, ForData
		return columnOf(t, readCSV(t, write(t, src, req)), "title")
	}
	if got := titles(Request{Scope: Scope{IDs: []int64{3, 1, 99}}}); !slices.Equal(got, []string{"@channel weekly tally", "تلغرام يغلق 78 قناة تروّج للعنف"}) {
		t.Errorf("selection = %q", got)
	}
	if got := titles(Request{Scope: Scope{Query: app.Query{Statuses: []app.Status{app.StatusNew}}}}); len(got) != 3 {
		t.Errorf("filter kept %q", got)
	}
	if got := titles(Request{Scope: Scope{IDs: []int64{}}}); len(got) != 0 {
		t.Errorf("empty selection exported %q", got)
	}
	// a selection keeps the conflicts with notices outside it
	rows := readCSV(t, write(t, src, Request{Format: BriefCSV, Flavour: ForData, Scope: Scope{IDs: []int64{2}}}))
	if got := columnOf(t, rows, "conflicts"); !strings.Contains(got[0], "another notice says 78 channels for Telegram 2015-11-18") {
		t.Errorf("conflicts of a selection = %q", got)
	}
}

func TestProgress(t *testing.T) {
	src := make(Slice, 1234)
	for i := range src {
		src[i] = app.Notice{ID: int64(i + 1), Title: "n"}
	}
	for _, f := range []Format{BriefCSV, Workbook} {
		var seen []Progress
		write(t, src, Request{Format: f, Progress: func(p Progress) { seen = append(seen, p) }})
		last := map[string]Progress{}
		for _, p := range seen {
			if prev, ok := last[p.Stage]; ok && p.Done < prev.Done {
				t.Errorf("%s: progress went back: %v after %v", f, p, prev)
			}
			last[p.Stage] = p
		}
		if r := last["reading"]; r.Done != 1234 || r.Total != 1234 {
			t.Errorf("%s: last reading progress %v", f, r)
		}
		if w, ok := last["writing"]; f == Workbook && (!ok || w.Done != w.Total || w.Total != 2*1234) {
			t.Errorf("%s: last writing progress %v", f, w)
		}
	}
}

// failing is a desk that breaks after some notices, like a disk or a
// database going away mid-export.
type failing struct {
	Slice
	after int
}

var errGone = errors.New("database went away")

func (f failing) EachOf(ctx context.Context, ids []int64, fn func(app.Notice) error) error {
	k := 0
	return f.Slice.EachOf(ctx, ids, func(n app.Notice) error {
		if k++; k > f.after {
			return errGone
		}
		return fn(n)
	})
}

func TestExportReplacesWholeOrNothing(t *testing.T) {
	for _, format := range Formats() {
		t.Run(string(format), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "brief"+format.Ext())
			if err := os.WriteFile(path, []byte("yesterday's brief"), 0o644); err != nil {
				t.Fatal(err)
			}
			err := Export(context.Background(), failing{sampleNotices(), 2}, Request{Format: format}, path)
			if !errors.Is(err, errGone) || !strings.Contains(err.Error(), path) {
				t.Errorf("err = %v, want the source's error naming the file", err)
			}
			if b, _ := os.ReadFile(path); string(b) != "yesterday's brief" {
				t.Errorf("a failed export changed the file: %q", b)
			}
			if err := Export(context.Background(), sampleNotices(), Request{Format: format}, path); err != nil {
				t.Fatal(err)
			}
			if b, _ := os.ReadFile(path); len(b) < 100 {
				t.Errorf("export wrote %q", b)
			}
			if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
				t.Errorf("export replaced a 0644 file with mode %v", fi.Mode())
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("left behind %v", entries)
			}
		})
	}
}

func TestExportCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	path := filepath.Join(t.TempDir(), "brief.xlsx")
	if err := Export(ctx, sampleNotices(), Request{}, path); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v", err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Error("a cancelled export left a file")
	}
}

func TestExportToMissingFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "brief.csv")
	err := Export(context.Background(), sampleNotices(), Request{Format: BriefCSV}, path)
	if err == nil || !strings.Contains(err.Error(), path) || strings.Contains(err.Error(), "\n") {
		t.Errorf("err = %v, want one line naming the file", err)
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats() {
		if got, err := ParseFormat(string(f)); err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
	}
	if got, _ := ParseFormat("csv"); got != BriefCSV {
		t.Errorf("csv = %q", got)
	}
	if _, err := ParseFormat("pdf"); err == nil {
		t.Error("pdf accepted")
	}
}

func TestSafeCell(t *testing.T) {
	tests := map[string]string{"": "", "@isiswatch": "'@isiswatch", "=1+1": "'=1+1", "+33": "'+33", "-x": "'-x",
		"\tx": "'\tx", "\nx": "'\nx", "78": "78", "قناة": "قناة"}
	for in, want := range tests {
		if got := SafeCell(in); got != want {
			t.Errorf("SafeCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMarkdownDefangsAndGroups(t *testing.T) {
	ns := sampleNotices()
	ns[0].Notes = []app.Note{{Body: "ask [the press office](http://evil.example)"}}
	md := string(write(t, ns, Request{Format: Markdown}))
	if strings.Contains(md, "http") {
		t.Errorf("markdown brief has a live link:\n%s", md)
	}
	tg, yt := strings.Index(md, "## Telegram"), strings.Index(md, "## YouTube")
	if tg < 0 || yt < tg || strings.Index(md, "مصدر مطلع") > yt {
		t.Errorf("notices not grouped by platform:\n%s", md)
	}
	if !strings.Contains(md, "«78 قناة»") || !strings.Contains(md, "conflict:** \"مصدر مطلع: الحملة طالت 79 قناة\" says 79 channels") {
		t.Errorf("quote or conflict missing:\n%s", md)
	}
}

func TestIsRTL(t *testing.T) {
	for in, want := range map[string]bool{"": false, "78 قناة": true, "@قناة": true, "Telegram قناة": false,
		"«حجب»": true, "12,000": false, "שלום": true} {
		if got := isRTL(in); got != want {
			t.Errorf("isRTL(%q) = %v", in, got)
		}
	}
}
