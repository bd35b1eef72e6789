package bidi

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

// col is the width of one rune under fakeMeasure.
const col = 7

// mapFor lays text out as Entry does, with fakeMeasure, aligned to cols
// columns.
func mapFor(text string, dir Direction, fallbackRTL bool, wrapCols, cols float32) *textMap {
	lines := layoutWith(text, dir, wrapCols*col, fakeMeasure, layoutOpts{edit: true, fallbackRTL: fallbackRTL})
	return newTextMap([]rune(text), lines, fakeMeasure, cols*col)
}

var caretCases = []struct {
	name string
	text string
	cols float32 // alignment width in columns
	// want[i] is the caret column of offset i.
	want []float32
	// right lists the offsets visited pressing → from the leftmost caret.
	right []int
}{
	{"latin", "abc", 10, []float32{0, 1, 2, 3}, []int{0, 1, 2, 3}},
	{"arabic", "ابج", 10, []float32{10, 9, 8, 7}, []int{3, 2, 1, 0}},
	// LTR paragraph ending in Arabic: offset 4 stays after the space,
	// the end of the text is at the far right.
	{"latin_then_arabic", "abc ابج", 10, []float32{0, 1, 2, 3, 4, 6, 5, 7}, []int{0, 1, 2, 3, 4, 6, 5, 7}},
	// RTL paragraph ending in Latin: the end is at the far left.
	{"arabic_then_latin", "ابج abc", 10, []float32{10, 9, 8, 7, 6, 4, 5, 3}, []int{7, 5, 6, 4, 3, 2, 1, 0}},
	// Digits inside Arabic read left to right inside the right-to-left line.
	{"arabic_digits", "عدد 120 قناة", 14,
		[]float32{14, 13, 12, 11, 10, 8, 9, 7, 6, 5, 4, 3, 2},
		[]int{12, 11, 10, 9, 8, 7, 5, 6, 4, 3, 2, 1, 0}},
	// Arabic-Indic digits are AN: same order as European digits here.
	{"arabic_indic_digits", "حجب ٧٨ قناة", 12,
		[]float32{12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1},
		[]int{11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0}},
	// Trailing space in an RTL line takes room on the left.
	{"arabic_trailing_space", "اب ", 5, []float32{5, 4, 3, 2}, []int{3, 2, 1, 0}},
	// Brackets around Latin in Arabic stay outside the Latin word.
	{"arabic_brackets", "ا (ab) ب", 10,
		[]float32{10, 9, 8, 7, 6, 5, 4, 3, 2},
		[]int{8, 7, 6, 5, 4, 3, 2, 1, 0}},
	// Harakat stay with their letter: offset 2 (between ب and its fatha)
	// is no caret position.
	{"harakat", "ابَ", 5, []float32{5, 4, 0, 2}, []int{3, 1, 0}},
	{"empty_rtl", "", 5, []float32{5}, []int{0}},
}

func TestCaretPositions(t *testing.T) {
	for _, tc := range caretCases {
		t.Run(tc.name, func(t *testing.T) {
			m := mapFor(tc.text, Auto, tc.name == "empty_rtl", 0, tc.cols)
			for off, want := range tc.want {
				if !m.bound[off] {
					continue
				}
				_, x := m.caretX(off)
				if got := x / col; got != want {
					t.Errorf("offset %d: caret at column %g, want %g", off, got, want)
				}
			}
			// Walk → from the leftmost caret.
			ss := m.lineStops(0)
			off := ss[0].off
			got := []int{off}
			for range len(tc.want) + 2 {
				next := m.moveVisual(off, true)
				if next == off {
					break
				}
				off = next
				got = append(got, off)
			}
			if !slices.Equal(got, tc.right) {
				t.Errorf("→ visits %v, want %v", got, tc.right)
			}
			// ← goes back the same way.
			back := []int{off}
			for range len(tc.want) + 2 {
				next := m.moveVisual(off, false)
				if next == off {
					break
				}
				off = next
				back = append(back, off)
			}
			slices.Reverse(back)
			if !slices.Equal(back, tc.right) {
				t.Errorf("← visits %v reversed, want %v", back, tc.right)
			}
		})
	}
}

func TestSelectionRects(t *testing.T) {
	cases := []struct {
		text string
		cols float32
		a, b int
		want string // columns of each rectangle, left to right
	}{
		{"abc", 10, 1, 3, "[1,3]"},
		// A selection across a direction boundary is split on screen.
		{"abc ابج", 10, 2, 5, "[2,4] [6,7]"},
		{"ابج abc", 10, 2, 5, "[3,4] [6,8]"},
		// A phrase of Arabic, digits and Arabic is one piece.
		{"عدد 120 قناة", 14, 2, 9, "[5,12]"},
		// The figure with its unit, selected inside an Arabic sentence.
		{"حجبت 120 قناة اليوم", 19, 5, 13, "[6,14]"},
		{"abc", 10, 2, 2, ""},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			m := mapFor(tc.text, Auto, false, 0, tc.cols)
			got := ""
			for i, r := range m.selectionRects(tc.a, tc.b, col) {
				if i > 0 {
					got += " "
				}
				got += fmt.Sprintf("[%g,%g]", r.x0/col, r.x1/col)
			}
			if got != tc.want {
				t.Errorf("selection [%d,%d): %s, want %s", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestCaretAcrossLines(t *testing.T) {
	// "ابج دهو" wrapped at 4 columns: two RTL lines.
	m := mapFor("ابج دهو", Auto, false, 4, 4)
	if len(m.lines) != 2 {
		t.Fatalf("%d lines, want 2", len(m.lines))
	}
	if li := m.lineOf(4); li != 1 {
		t.Errorf("offset 4 (start of the second line) on line %d", li)
	}
	// ← at the left end of the first line goes on to the second line.
	if got := m.moveVisual(3, false); got != 4 {
		t.Errorf("← from 3 gives %d, want 4", got)
	}
	// → at the right end of the second line comes back to the first.
	if got := m.moveVisual(4, true); got != m.lineEnd(0) {
		t.Errorf("→ from 4 gives %d, want %d", got, m.lineEnd(0))
	}
	// Between paragraphs of both directions the caret arrives at the far
	// side of the next line and keeps moving the same way on screen.
	m = mapFor("abc\nابج", Auto, false, 0, 10)
	if got := m.moveVisual(3, true); got != 7 {
		t.Errorf("→ off the end of an LTR line onto an RTL one gives %d, want 7 (its left end)", got)
	}
	m = mapFor("ابج\nabc", Auto, false, 0, 10)
	if got := m.moveVisual(3, false); got != 7 {
		t.Errorf("← off the end of an RTL line onto an LTR one gives %d, want 7 (its right end)", got)
	}
	// A paragraph break: the caret after it is on a new, empty line.
	m = mapFor("abc\n", Auto, false, 0, 10)
	if li, x := m.caretX(4); li != 1 || x != 0 {
		t.Errorf("after a final newline: line %d x %g, want line 1 x 0", li, x)
	}
	// An empty paragraph after Arabic is right to left.
	m = mapFor("ابج\n", Auto, false, 0, 10)
	if li, x := m.caretX(4); li != 1 || x != 10*col {
		t.Errorf("after Arabic and a newline: line %d x %g, want line 1 x %d", li, x, 10*col)
	}
}

func TestClusterBounds(t *testing.T) {
	cases := []struct {
		text string
		want []bool
	}{
		{"ab", []bool{true, true, true}},
		{"لا", []bool{true, false, true}},                // lam-alef ligature
		{"لَا", []bool{true, false, false, true}},        // lam, fatha, alef
		{"ل\u200cا", []bool{true, false, true, true}},    // ZWNJ breaks the ligature
		{"e\u0301x", []bool{true, false, true, true}},    // combining acute
		{"👨\u200d👩", []bool{true, false, false, true}},   // ZWJ sequence
		{"🇸🇦🇪🇬", []bool{true, false, true, false, true}}, // two flags
		{"a\r\nb", []bool{true, true, false, true, true}},
	}
	for _, tc := range cases {
		if got := clusterBounds([]rune(tc.text)); !slices.Equal(got, tc.want) {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestWords(t *testing.T) {
	text := []rune("حجبت 120 قناة، (Meta)")
	b := clusterBounds(text)
	cases := []struct {
		off  int
		a, b int
	}{
		{0, 0, 4}, {2, 0, 4}, {4, 0, 4}, {5, 5, 8}, {9, 9, 13}, {13, 9, 13}, {16, 16, 20},
	}
	for _, tc := range cases {
		if a, e := wordRange(text, b, tc.off); a != tc.a || e != tc.b {
			t.Errorf("word at %d: [%d,%d), want [%d,%d)", tc.off, a, e, tc.a, tc.b)
		}
	}
	if got := nextWordEnd(text, 4); got != 8 {
		t.Errorf("next word end from 4: %d, want 8", got)
	}
	if got := prevWordStart(text, 9); got != 5 {
		t.Errorf("previous word start from 9: %d, want 5", got)
	}
}

func TestStripBidiControls(t *testing.T) {
	in := "\u202eabc\u202c \u2067ب\u2069\u200f ل\u200cا"
	if got, want := StripBidiControls(in), "abc ب ل\u200cا"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// FuzzTextMap checks the caret mapping on any text: offsets stay in range
// and on cluster boundaries, the caret of every offset is found again by a
// hit at its x, ← undoes →, and → visits every caret position of a line.
func FuzzTextMap(f *testing.F) {
	for _, tc := range caretCases {
		f.Add(tc.text, float32(0), tc.cols, false)
	}
	f.Add("سطر أول\r\nSecond 42 line\n\nثالث (x) ٣", float32(5), float32(20), true)
	f.Add("\u202eabc\u2067ب\u2069 لا 👨\u200d👩 🇸🇦", float32(3), float32(6), false)
	f.Fuzz(func(t *testing.T, text string, wrap, cols float32, rtl bool) {
		if !(wrap >= 0 && wrap < 1e4) || !(cols > 0 && cols < 1e4) {
			return
		}
		m := mapFor(text, Auto, rtl, wrap, cols)
		n := len(m.runes)
		if len(m.lines) == 0 {
			t.Fatal("no lines")
		}
		for off := 0; off <= n; off++ {
			if !m.bound[off] {
				if c := m.clamp(off); c >= off || !m.bound[c] {
					t.Fatalf("clamp(%d) = %d", off, c)
				}
				continue
			}
			li, x := m.caretX(off)
			if li < 0 || li >= len(m.lines) || math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				t.Fatalf("offset %d: line %d x %g", off, li, x)
			}
			if h := m.hit(li, x); h != off {
				if _, hx := m.caretX(h); hx != x {
					t.Fatalf("offset %d at x %g: hit gives %d at x %g", off, x, h, hx)
				}
			}
			for _, right := range []bool{false, true} {
				to := m.moveVisual(off, right)
				if to < 0 || to > n || !m.bound[to] {
					t.Fatalf("move from %d gives %d of %d", off, to, n)
				}
				if m.lineOf(to) == li && to != off && m.moveVisual(to, !right) != off {
					t.Fatalf("offset %d: move to %d and back gives %d", off, to, m.moveVisual(to, !right))
				}
			}
		}
		for li := range m.lines {
			ss := m.lineStops(li)
			seen := map[int]bool{}
			for _, s := range ss {
				if seen[s.off] {
					t.Fatalf("line %d: offset %d twice", li, s.off)
				}
				seen[s.off] = true
			}
		}
		for a := 0; a <= n; a += 1 + n/7 {
			for _, rc := range m.selectionRects(a, n-a/2, col) {
				if rc.x1 < rc.x0 || rc.line < 0 || rc.line >= len(m.lines) {
					t.Fatalf("selection [%d,%d): bad rectangle %+v", a, n-a/2, rc)
				}
			}
		}
	})
}
