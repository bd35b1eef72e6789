package bidi

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// fakeMeasure gives every rune the same width so goldens do not depend on
// fonts; joiners, which draw nothing, have none.
func fakeMeasure(s string) float32 {
	return 7 * float32(utf8.RuneCountInString(s)-strings.Count(s, "\u200d")-strings.Count(s, "\u200c"))
}

// dump renders lines as text: one header per line, then the visual string
// (what the eye sees, left to right), then each run.
func dump(lines []Line) string {
	var b strings.Builder
	for i, l := range lines {
		dir := "ltr"
		if l.RTL {
			dir = "rtl"
		}
		fmt.Fprintf(&b, "line %d %s [%d,%d) width=%g ellipsis=%v\n", i, dir, l.Start, l.End, l.Width, l.Ellipsis)
		var vis strings.Builder
		for _, r := range l.Runs {
			if r.RTL {
				vis.WriteString(visualRTL(r.Text))
			} else {
				vis.WriteString(r.Text)
			}
		}
		fmt.Fprintf(&b, "  visual: %q\n", vis.String())
		for _, r := range l.Runs {
			d := "L"
			if r.RTL {
				d = "R"
			}
			fmt.Fprintf(&b, "  %s x=%g w=%g [%d,%d) %q\n", d, r.X, r.Width, r.Start, r.End, r.Text)
		}
	}
	return b.String()
}

var layoutCases = []struct {
	name     string
	text     string
	dir      Direction
	width    float32
	maxLines int
}{
	{"arabic_digits", "حجبت المنصة 120 قناة و45 حساباً خلال 3 أيام.", Auto, 400, 0},
	{"arabic_latin_names", "قال متحدث باسم Signal إن الشركة راجعت طلبات Meta وGoogle معاً.", Auto, 600, 0},
	{"arabic_quotes", "وصف البيان الحظر بأنه \"إجراء مؤقت\" وليس «قراراً نهائياً»، بحسب المصدر.", Auto, 600, 0},
	{"arabic_parentheses", "نشر مرصد بحثي (Internet Observatory) تقريراً عن 300 قناة (في 9 لغات).", Auto, 600, 0},
	{"arabic_url", "التفاصيل على https://example.org/report?id=42 منذ الثلاثاء.", Auto, 600, 0},
	{"arabic_wraps_twice", "أغلقت الشركة عشرات الحسابات بعد بلاغات من صحفيين وباحثين في أكثر من 10 دول خلال شهر واحد فقط.", Auto, 210, 0},
	{"english_with_arabic_name", "The post by Ahmed al-Masri (أحمد المصري) was removed on 3 March.", Auto, 600, 0},
	{"english_arabic_at_end", "Reporters call the group داعش", Auto, 600, 0},
	{"pure_arabic", "هذه فقرة عربية قصيرة للاختبار", Auto, 600, 0},
	{"pure_english", "A short English paragraph for the test.", Auto, 140, 0},
	{"empty", "", Auto, 100, 0},
	{"only_spaces", "     ", Auto, 21, 0},
	{"paragraphs", "English first line.\nسطر عربي ثانٍ.\n\nThird, 42 items.", Auto, 600, 0},
	{"crlf_paragraphs", "سطر أول\r\nSecond line\r\n", Auto, 600, 0},
	{"long_url_breaks", "انظر https://example.org/a/very/long/path/that/does/not/fit", Auto, 140, 0},
	{"arabic_indic_digits", "حجب ٧٨ قناة بـ١٢ لغة", Auto, 600, 0},
	{"percent_and_date", "ارتفعت البلاغات 35% بين 2024-01-05 و18/11/2025.", Auto, 600, 0},
	{"forced_rtl_english", "Hello, world!", RTL, 200, 0},
	{"forced_ltr_arabic", "مرحبا (عالم)!", LTR, 200, 0},
	{"nested_brackets_ltr", "See [the «تقرير» list] (2 items)", Auto, 600, 0},
	{"maxlines_rtl", "أغلقت الشركة عشرات الحسابات بعد بلاغات من صحفيين وباحثين في أكثر من 10 دول.", Auto, 210, 2},
	{"maxlines_ltr", "One two three four five six seven eight nine ten eleven twelve", Auto, 140, 2},
	{"maxlines_separator_ltr", "7,128 posts · 27 videos · 11 languages · Twitter · 2020-04-28", Auto, 170, 1},
	{"maxlines_separator_rtl", "11 حساباً · 3,576 قناة · 7 لغات · Telegram · 28/03/2019", RTL, 150, 1},
	{"combining_and_invalid", "\u0301\u064e بدء \xff\xfe نهاية", Auto, 600, 0},
	{"tab_inside_rtl", "عمود\tcolumn\tعمود", Auto, 600, 0},
	{"no_strong", "123 - 456 ...", Auto, 600, 0},
	{"no_wrap_zero_width", "كلمة word كلمة", Auto, 0, 0},
}

func TestLayoutGolden(t *testing.T) {
	for _, tc := range layoutCases {
		t.Run(tc.name, func(t *testing.T) {
			lines := layoutText(tc.text, tc.dir, tc.width, fakeMeasure, tc.maxLines, 7)
			got := fmt.Sprintf("input: %q dir=%s width=%g maxLines=%d\n%s", tc.text, tc.dir, tc.width, tc.maxLines, dump(lines))
			path := filepath.Join("testdata", tc.name+".golden")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if got != string(want) {
				failed := filepath.Join("testdata", "failed", tc.name+".golden")
				_ = os.MkdirAll(filepath.Dir(failed), 0o755)
				_ = os.WriteFile(failed, []byte(got), 0o644)
				t.Errorf("layout differs from %s; got written to %s:\n%s", path, failed, got)
			}
			checkInvariants(t, tc.text, tc.width, lines, tc.maxLines == 0)
		})
	}
}

// checkInvariants verifies what any layout must satisfy: every rune in
// exactly one run (at most one when truncated), runs holding their own
// text, lines within the width unless they hold a single cluster.
func checkInvariants(t testing.TB, text string, width float32, lines []Line, complete bool) {
	t.Helper()
	runes := []rune(text)
	seen := make([]int, len(runes))
	for li, l := range lines {
		var content []rune
		for _, r := range l.Runs {
			if r.Start < 0 || r.End > len(runes) || r.Start >= r.End {
				t.Fatalf("line %d: bad run range [%d,%d) of %d", li, r.Start, r.End, len(runes))
			}
			if r.Text != string(runes[r.Start:r.End]) {
				t.Fatalf("line %d: run text %q != input[%d:%d]", li, r.Text, r.Start, r.End)
			}
			for i := r.Start; i < r.End; i++ {
				seen[i]++
			}
			if r.Width > 0 && strings.TrimSpace(r.Text) != "" {
				content = append(content, []rune(r.Text)...)
			}
		}
		if width > 0 && l.Width > width+0.01 {
			clusters := 0
			for _, b := range clusterBounds(content)[:len(content)] {
				if b {
					clusters++
				}
			}
			if clusters > 1 {
				t.Fatalf("line %d width %g > %g with %d clusters", li, l.Width, width, clusters)
			}
		}
	}
	for i, c := range seen {
		if c > 1 || (complete && c != 1) {
			t.Fatalf("rune %d (%q) appears in %d runs", i, runes[i], c)
		}
	}
}

func FuzzLayout(f *testing.F) {
	for _, tc := range layoutCases {
		f.Add(tc.text, tc.width, tc.maxLines)
	}
	f.Fuzz(func(t *testing.T, text string, width float32, maxLines int) {
		lines := Layout(text, Auto, width, fakeMeasure)
		w := width
		if !(w > 0) {
			w = 0
		}
		checkInvariants(t, text, w, lines, true)
		// Truncated layouts must not panic and must respect maxLines.
		if maxLines > 0 {
			maxLines = maxLines%5 + 1
			tl := layoutText(text, RTL, width, fakeMeasure, maxLines, 7)
			if len(tl) > maxLines {
				t.Fatalf("%d lines > maxLines %d", len(tl), maxLines)
			}
			checkInvariants(t, text, w, tl, false)
		}
	})
}
