package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// drawnWords are the words a label draws, from left to right.
func drawnWords(l *bidi.Label) []string {
	type word struct {
		x    float32
		text string
	}
	var ws []word
	for _, o := range test.WidgetRenderer(l).Objects() {
		if tx, ok := o.(*canvas.Text); ok && strings.TrimSpace(tx.Text) != "" {
			ws = append(ws, word{tx.Position().X, tx.Text})
		}
	}
	slices.SortFunc(ws, func(a, b word) int {
		switch {
		case a.x < b.x:
			return -1
		case a.x > b.x:
			return 1
		}
		return 0
	})
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return out
}

// In the Arabic interface, the lines the window joins from parts (a
// notice's date, platform, kind and figures; a row's figures, platform
// and date) read from the right, first part first: the platform's Latin
// name, the first letter of the line, made them left-to-right lines
// whose parts an Arabic reader met last first, and a date after the
// platform joined its left-to-right run and was read before it.
func TestJoinedLinesReadFromTheRight(t *testing.T) {
	arabicUI(t)
	u, w := newTestUIDir(t, goldenDesk(t), true)
	w.Resize(fyne.NewSize(1400, 700))
	settle(u)
	cur, ok := u.desk.Current()
	if !ok {
		t.Fatal("no notice open")
	}
	u.detail.show(cur)
	settle(u)

	meta := drawnWords(u.detail.meta)
	if len(meta) < 3 {
		t.Fatalf("the notice's line draws %q", meta)
	}
	if date := dayText(cur.PublishedAt); meta[len(meta)-1] != date {
		t.Errorf("the notice's line reads %q from the left: its date %q should be rightmost", meta, date)
	}
	if u.detail.meta.Direction != bidi.RTL {
		t.Errorf("the notice's line is laid out %s", u.detail.meta.Direction)
	}

	r := rowAt(t, u, 0)
	row := drawnWords(r.meta)
	at := func(s string) int {
		for i, w := range row {
			if strings.Trim(w, "\u200f") == s {
				return i
			}
		}
		return -1
	}
	date := dayText(r.shownRow.Date)
	if at("Telegram") < 0 || at("78") < 0 || at(date) < 0 || !(at(date) < at("Telegram") && at("Telegram") < at("78")) {
		t.Errorf("the row's line reads %q from the left: want its date %q, then the platform, then its figures", row, date)
	}
}

func TestKeepWritten(t *testing.T) {
	checkTextCases(t, "keepWritten", keepWritten, []textCase{
		{true, "#weekly", lrm + "#weekly"},
		{true, "#пропаганда", lrm + "#пропаганда"},
		{true, "#عاجل", "#عاجل"},
		{true, "Telegram", lrm + "Telegram"},
		{true, "2015", "2015"},
		{false, "#weekly", "#weekly"},
	})
}

// textCase is a text given in one interface direction and what a function
// of the interface makes of it.
type textCase struct {
	rtl        bool
	text, want string
}

func checkTextCases(t *testing.T, name string, f func(string) string, cases []textCase) {
	t.Helper()
	defer func() { viewRTL = false }()
	for _, tc := range cases {
		viewRTL = tc.rtl
		if got := f(tc.text); got != tc.want {
			t.Errorf("rtl %v: %s(%q) = %q, want %q", tc.rtl, name, tc.text, got, tc.want)
		}
	}
}

// A facet's "Show all" in Arabic is drawn by the bidi renderer, its count
// inside its brackets, at the right edge with the values; a Latin tag
// keeps its sign before it, and is still found by its name.
func TestArabicFacetReadsAsWritten(t *testing.T) {
	arabicUI(t)
	u, _ := newTestUIDir(t, goldenDesk(t), true)
	g := newFacetGroup(u, "الوسوم", false, func(string, bool) {})
	var vals []facetValue
	for i := range facetShown + 3 {
		vals = append(vals, facetValue{key: fmt.Sprint("#tag", i), label: fmt.Sprint("#tag", i), count: 20 - i})
	}
	g.show(vals, nil, true)
	if want := "عرض الكل (3 أخرى)"; g.more.text.Text != want || g.more.text.Direction != bidi.RTL {
		t.Errorf("show all reads %q laid out %s, want %q right to left", g.more.text.Text, g.more.text.Direction, want)
	}
	// from the left: "(" "أخرى" "3" ")" "الكل" "عرض": its first word at the right
	if words := drawnWords(g.more.text); len(words) < 4 || words[len(words)-1] != "عرض" || words[2] != "3" {
		t.Errorf("show all draws %q from the left", words)
	}
	it := facet(t, g, "#tag0")
	if it.name.Text != lrm+"#tag0" {
		t.Errorf("a Latin tag is drawn from %q", it.name.Text)
	}
}

func TestFyneText(t *testing.T) {
	checkTextCases(t, "fyneText", fyneText, []textCase{
		{true, "استيراد…", "…استيراد"},
		{true, "حفظ هذا البحث…", "…حفظ هذا البحث"},
		{true, "تصدير الموجز (CSV)…", "تصدير الموجز (CSV)…"},
		{true, "جارٍ تعديل 3 من 5 إشعار…", "جارٍ تعديل 3 من 5 إشعار…"},
		{true, "استيراد", "استيراد"},
		{true, "Import…", "Import…"},
		{false, "استيراد…", "استيراد…"},
	})
}

// A notice's address is a line of its own below its line of parts: wrapped
// after the last part it left that line ending in a lone separator.
func TestDetailMetaAddressLine(t *testing.T) {
	defer func() { viewRTL = false }()
	n := app.Notice{Platform: "Facebook", Kind: app.KindLumenNotice, Lang: "ar", Summary: "121 حساباً",
		URL: "https://lumendatabase.org/notices/10047557"}
	for _, rtl := range []bool{false, true} {
		viewRTL = rtl
		lines := strings.Split(detailMeta(n), "\n")
		if len(lines) != 2 || lines[1] != "hxxps://lumendatabase[.]org/notices/10047557" {
			t.Errorf("rtl %v: lines %q, want the parts, then the defanged address alone", rtl, lines)
			continue
		}
		if first := strings.TrimRight(lines[0], " \u200f"); strings.HasSuffix(first, "·") || !strings.Contains(first, "Facebook") {
			t.Errorf("rtl %v: first line %q", rtl, lines[0])
		}
		n2 := n
		n2.URL = ""
		if m := detailMeta(n2); strings.Contains(m, "\n") || m != lines[0] {
			t.Errorf("rtl %v: without an address %q, want %q", rtl, m, lines[0])
		}
	}
}

// In the Arabic interface a check's box stands at the right of its text,
// and tapping the text toggles it as tapping the box does.
func TestCheckBoxRTL(t *testing.T) {
	test.NewTempApp(t)
	defer func() { viewRTL = false }()
	for _, rtl := range []bool{false, true} {
		viewRTL = rtl
		on := false
		c := widget.NewCheck("مميّز", func(v bool) { on = v })
		box := checkBox(c)
		w := test.NewTempWindow(t, container.NewHBox(box))
		w.Resize(fyne.NewSize(300, 80))
		if !rtl {
			if box != fyne.CanvasObject(c) || c.Text != "مميّز" {
				t.Errorf("left to right: the check is not left as it is")
			}
			continue
		}
		var text *checkText
		for _, o := range objects(box) {
			if x, ok := o.(*checkText); ok {
				text = x
			}
		}
		if text == nil || c.Text != "" || text.label.Text != "مميّز" {
			t.Fatalf("right to left: no text beside the box (check text %q)", c.Text)
		}
		tx := text.label.Position().X + fyne.CurrentApp().Driver().AbsolutePositionForObject(text).X
		if bx := fyne.CurrentApp().Driver().AbsolutePositionForObject(c).X; bx <= tx {
			t.Errorf("the box at x=%v is not right of its text at x=%v", bx, tx)
		}
		test.Tap(text)
		if !on || !c.Checked {
			t.Error("tapping the text did not check the box")
		}
		c.Disable()
		test.Tap(text)
		if !c.Checked {
			t.Error("tapping the text of a disabled check changed it")
		}
	}
}

// In the Arabic interface a source named in Latin letters reads from the
// right like one named in Arabic: its name first, then its kind; the
// sources view's count keeps its number after its word.
func TestSourceLinesReadFromTheRight(t *testing.T) {
	test.NewTempApp(t)
	arabicUI(t)
	viewRTL = true
	t.Cleanup(func() { viewRTL = false })
	l := bidi.NewLabel("")
	setJoined(l, sourceLine(app.Source{Name: "CVE Monitor", Kind: app.SourcePlatformStatement}, ""))
	w := test.NewTempWindow(t, container.NewGridWrap(fyne.NewSize(500, 40), l))
	w.Resize(fyne.NewSize(520, 60))
	words := drawnWords(l)
	if len(words) < 3 || words[len(words)-1] != "Monitor" || words[len(words)-2] != "CVE" {
		t.Errorf("the source's line reads %q from the left: its name should be rightmost", words)
	}
	c := uiLabel(lang.L("sources") + ": " + formatInt(57))
	w.SetContent(container.NewGridWrap(fyne.NewSize(300, 40), c))
	if words := drawnWords(c); len(words) < 2 || words[0] != "57" || words[len(words)-1] != "مصادر" {
		t.Errorf("the count reads %q from the left: its number should be leftmost, after its word", words)
	}
}
