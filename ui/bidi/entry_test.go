package bidi

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

func newTestEntry(t testing.TB, multi bool, width float32) (*Entry, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	e := NewEntry()
	if multi {
		e = NewMultiLineEntry()
	}
	w := test.NewTempWindow(t, e)
	w.Resize(fyne.NewSize(width, 200))
	return e, w
}

func key(e *Entry, names ...fyne.KeyName) {
	for _, n := range names {
		e.TypedKey(&fyne.KeyEvent{Name: n})
	}
}

func shiftKey(e *Entry, names ...fyne.KeyName) {
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	key(e, names...)
	e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
}

// textSpan returns the left and right edges of the drawn text.
func textSpan(e *Entry) (lo, hi float32) {
	lo, hi = 1e9, -1e9
	for _, o := range e.r.view.objects {
		if t, ok := o.(*canvas.Text); ok {
			lo, hi = min(lo, t.Position().X), max(hi, t.Position().X+t.Size().Width)
		}
	}
	return lo, hi
}

func caretX(e *Entry) float32 {
	c := e.r.caret
	return c.Position().X + c.Size().Width/2
}

func hasCaret(e *Entry) bool {
	return slices.Contains(e.r.view.objects, fyne.CanvasObject(e.r.caret))
}

func TestEntryTypingDirectionAndCaret(t *testing.T) {
	cases := []struct {
		name  string
		typed string
		// caretAt is where the caret must be after typing: at the "left"
		// or "right" end of the text.
		caretAt string
		rtl     bool
	}{
		{"latin", "Takedown 42", "right", false},
		{"arabic", "حجبت المنصة قناة", "left", true},
		// Typing digits at the end of Arabic: the caret sits left of the
		// number, where the next Arabic word will go.
		{"arabic_then_digits", "حجبت 120", "left", true},
		{"arabic_then_latin", "قال متحدث باسم Signal", "left", true},
		{"latin_then_arabic", "Reporters call it داعش", "right", false},
		{"arabic_indic", "حجب ٧٨ قناة", "left", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e, _ := newTestEntry(t, false, 500)
			var changed []string
			e.OnChanged = func(s string) { changed = append(changed, s) }
			test.Type(e, tc.typed)
			if e.Text != tc.typed {
				t.Fatalf("text %q, want %q", e.Text, tc.typed)
			}
			if len(changed) != utf8.RuneCountInString(tc.typed) {
				t.Errorf("OnChanged called %d times for %d runes", len(changed), utf8.RuneCountInString(tc.typed))
			}
			if got := e.CaretOffset(); got != utf8.RuneCountInString(tc.typed) {
				t.Errorf("caret offset %d, want the end", got)
			}
			if !hasCaret(e) {
				t.Fatal("focused entry shows no caret")
			}
			lo, hi := textSpan(e)
			x := caretX(e)
			want := hi
			if tc.caretAt == "left" {
				want = lo
			}
			if d := x - want; d < -2 || d > 2 {
				t.Errorf("caret at x=%g, text spans [%g,%g]: want it at the %s end", x, lo, hi, tc.caretAt)
			}
			// RTL text is right-aligned, LTR text left-aligned.
			w := e.r.view.Size().Width
			if tc.rtl && w-hi > 12 {
				t.Errorf("RTL text ends at %g of %g: not right-aligned", hi, w)
			}
			if !tc.rtl && lo > 12 {
				t.Errorf("LTR text starts at %g: not left-aligned", lo)
			}
		})
	}
}

func TestEntryArrowsMoveVisually(t *testing.T) {
	cases := []struct {
		text  string
		start int
		keys  []fyne.KeyName
		want  []int // caret offset after each key
	}{
		// RTL: → moves toward the start of the text.
		{"ابج", 3, []fyne.KeyName{fyne.KeyRight, fyne.KeyRight, fyne.KeyRight, fyne.KeyRight}, []int{2, 1, 0, 0}},
		{"ابج", 0, []fyne.KeyName{fyne.KeyLeft, fyne.KeyLeft}, []int{1, 2}},
		{"abc", 0, []fyne.KeyName{fyne.KeyRight, fyne.KeyLeft, fyne.KeyEnd, fyne.KeyHome}, []int{1, 0, 3, 0}},
		// Through a number inside Arabic, left to right on screen.
		{"عدد 120 قناة", 8, []fyne.KeyName{fyne.KeyRight, fyne.KeyRight, fyne.KeyRight, fyne.KeyRight}, []int{7, 5, 6, 4}},
		// Home and End are logical.
		{"عدد 120 قناة", 5, []fyne.KeyName{fyne.KeyHome, fyne.KeyEnd}, []int{0, 12}},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			e, _ := newTestEntry(t, false, 400)
			e.SetText(tc.text)
			e.SetCaretOffset(tc.start)
			var got []int
			for _, k := range tc.keys {
				key(e, k)
				got = append(got, e.CaretOffset())
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("offsets %v, want %v", got, tc.want)
			}
		})
	}
}

func TestEntryCaretFollowsVisualOrder(t *testing.T) {
	// Stepping ← through mixed text never moves the caret right on screen.
	e, _ := newTestEntry(t, false, 600)
	e.SetText("نشر مرصد (Internet Observatory) تقريراً عن 300 قناة")
	e.FocusGained()
	key(e, fyne.KeyHome) // the start of an RTL line is its right end
	prev := caretX(e)
	for i := 0; i < 60; i++ {
		key(e, fyne.KeyLeft)
		x := caretX(e)
		if x > prev+0.5 {
			t.Fatalf("← %d: caret went right from %g to %g (offset %d)", i, prev, x, e.CaretOffset())
		}
		prev = x
	}
	if e.CaretOffset() != utf8.RuneCountInString(e.Text) {
		t.Errorf("60 × ← ends at offset %d, want the end", e.CaretOffset())
	}
}

func TestEntryDeletesClusters(t *testing.T) {
	cases := []struct {
		text    string
		caret   int
		k       fyne.KeyName
		want    string
		wantOff int
	}{
		{"سلام", 4, fyne.KeyBackspace, "سلا", 3},
		{"كلا", 3, fyne.KeyBackspace, "ك", 1},   // lam-alef goes whole
		{"بَيت", 2, fyne.KeyBackspace, "يت", 0}, // letter with its fatha
		{"a👍🏽b", 3, fyne.KeyBackspace, "ab", 1}, // emoji with skin tone
		{"abc", 0, fyne.KeyDelete, "bc", 0},
		{"لاب", 0, fyne.KeyDelete, "ب", 0},
		{"abc", 0, fyne.KeyBackspace, "abc", 0},
		{"abc", 3, fyne.KeyDelete, "abc", 3},
	}
	for _, tc := range cases {
		e, _ := newTestEntry(t, false, 400)
		e.SetText(tc.text)
		e.SetCaretOffset(tc.caret)
		key(e, tc.k)
		if e.Text != tc.want || e.CaretOffset() != tc.wantOff {
			t.Errorf("%q at %d, %s: %q at %d, want %q at %d", tc.text, tc.caret, tc.k, e.Text, e.CaretOffset(), tc.want, tc.wantOff)
		}
	}
}

func TestEntrySelectionAndClipboard(t *testing.T) {
	e, w := newTestEntry(t, false, 500)
	clip := fyne.CurrentApp().Clipboard()
	e.SetText("حجبت 120 قناة اليوم")
	// Select the figure with its unit with Shift+← from after "120 "
	// (logically), i.e. starting at offset 5 and extending over 8 runes
	// logically: Shift+End then back is not visual, so use Select.
	e.Select(5, 13)
	if got := e.SelectedText(); got != "120 قناة" {
		t.Fatalf("selected %q", got)
	}
	e.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip})
	if got := clip.Content(); got != "120 قناة" {
		t.Errorf("clipboard %q", got)
	}
	// One rectangle on screen: the phrase is contiguous visually.
	if n := countSelRects(e); n != 1 {
		t.Errorf("%d selection rectangles, want 1", n)
	}
	// A selection across a direction boundary shows as two pieces.
	e.SetText("abc ابج")
	e.Select(2, 5)
	if n := countSelRects(e); n != 2 {
		t.Errorf("%d selection rectangles for a split selection, want 2", n)
	}
	// Shift+arrows select visually.
	e.SetText("abc")
	e.SetCaretOffset(0)
	shiftKey(e, fyne.KeyRight, fyne.KeyRight)
	if a, b := e.Selection(); a != 0 || b != 2 {
		t.Errorf("Shift+→→ selects [%d,%d), want [0,2)", a, b)
	}
	// ← without Shift collapses to the left side.
	key(e, fyne.KeyLeft)
	if a, b := e.Selection(); a != 0 || b != 0 {
		t.Errorf("← after a selection: [%d,%d), want [0,0)", a, b)
	}
	// Cut removes the selection; paste strips bidi controls and, in a
	// single-line entry, line breaks.
	e.SetText("مرحبا بالعالم")
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	e.TypedShortcut(&fyne.ShortcutCut{Clipboard: clip})
	if e.Text != "" || clip.Content() != "مرحبا بالعالم" {
		t.Errorf("after cut: text %q, clipboard %q", e.Text, clip.Content())
	}
	clip.SetContent("\u202eسطر\nثان\u202c")
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	if e.Text != "سطر ثان" {
		t.Errorf("pasted %q, want %q", e.Text, "سطر ثان")
	}
	// Copy never carries bidi controls, even if SetText put them there.
	e.SetText("a\u200fb")
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	e.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip})
	if clip.Content() != "ab" {
		t.Errorf("copied %q", clip.Content())
	}
	_ = w
}

func countSelRects(e *Entry) int {
	n := 0
	for _, o := range e.r.view.objects {
		if r, ok := o.(*canvas.Rectangle); ok && r != e.r.caret {
			n++
		}
	}
	return n
}

func TestEntryMouse(t *testing.T) {
	e, w := newTestEntry(t, false, 500)
	e.SetText("حجبت 120 قناة")
	lo, hi := textSpan(e)
	b, _ := e.r.metrics()
	y := e.Size().Height / 2
	// A tap left of RTL text puts the caret at its logical end.
	test.TapAt(e, fyne.NewPos(lo+b-1, y))
	if w.Canvas().Focused() != e {
		t.Error("tap does not focus")
	}
	if got := e.CaretOffset(); got != 13 {
		t.Errorf("tap at the left: offset %d, want 13", got)
	}
	test.TapAt(e, fyne.NewPos(hi+b+1, y))
	if got := e.CaretOffset(); got != 0 {
		t.Errorf("tap at the right: offset %d, want 0", got)
	}
	// Double tap on the number selects it.
	e.DoubleTapped(&fyne.PointEvent{Position: fyne.NewPos((lo+hi)/2+b, y)})
	if got := e.SelectedText(); got != "120" {
		t.Errorf("double tap selects %q, want 120", got)
	}
	// Dragging from the right end to the left end selects everything.
	e.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(hi+b+1, y)}, Button: desktop.MouseButtonPrimary})
	e.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(lo+b-1, y)}})
	e.DragEnd()
	if a, c := e.Selection(); a != 0 || c != 13 {
		t.Errorf("drag selects [%d,%d), want [0,13)", a, c)
	}
}

func TestEntryUndoRedo(t *testing.T) {
	e, _ := newTestEntry(t, false, 400)
	test.Type(e, "كلمة ")
	test.Type(e, "ثانية")
	e.TypedShortcut(&fyne.ShortcutUndo{})
	if e.Text != "كلمة " {
		t.Errorf("undo gives %q", e.Text)
	}
	e.TypedShortcut(&fyne.ShortcutUndo{})
	if e.Text != "" {
		t.Errorf("second undo gives %q", e.Text)
	}
	e.TypedShortcut(&fyne.ShortcutRedo{})
	e.TypedShortcut(&fyne.ShortcutRedo{})
	if e.Text != "كلمة ثانية" {
		t.Errorf("redo gives %q", e.Text)
	}
	if e.CaretOffset() != 10 {
		t.Errorf("caret after redo at %d", e.CaretOffset())
	}
	// Typing over a selected word is one step.
	e.Select(5, 10)
	test.Type(e, "أخرى")
	e.TypedShortcut(&fyne.ShortcutUndo{})
	if e.Text != "كلمة ثانية" {
		t.Errorf("undo of typing over a selection gives %q", e.Text)
	}
}

func TestEntrySubmitPlaceholderDisabled(t *testing.T) {
	e, _ := newTestEntry(t, false, 400)
	var sub string
	e.OnSubmitted = func(s string) { sub = s }
	test.Type(e, "وسم")
	key(e, fyne.KeyReturn)
	if sub != "وسم" || e.Text != "وسم" {
		t.Errorf("submitted %q, text %q", sub, e.Text)
	}
	// The placeholder is laid out in the default direction.
	e.SetText("")
	e.DefaultDirection = RTL
	e.SetPlaceHolder("ابحث")
	lo, hi := textSpan(e)
	if w := e.r.view.Size().Width; w-hi > 12 || lo < w/2 {
		t.Errorf("RTL placeholder spans [%g,%g] of %g, want it on the right", lo, hi, w)
	}
	e.Disable()
	test.Type(e, "x")
	key(e, fyne.KeyBackspace)
	if e.Text != "" {
		t.Errorf("disabled entry took %q", e.Text)
	}
	e.Enable()
	e.FocusLost()
	if hasCaret(e) {
		t.Error("caret shown without focus")
	}
}

func TestEntryMultiLine(t *testing.T) {
	e, _ := newTestEntry(t, true, 220)
	test.Type(e, "سطر أول")
	key(e, fyne.KeyReturn)
	test.Type(e, "second line")
	if e.Text != "سطر أول\nsecond line" {
		t.Fatalf("text %q", e.Text)
	}
	m := e.lay.get(e)
	if len(m.lines) != 2 || !m.lines[0].RTL || m.lines[1].RTL {
		t.Fatalf("lines %+v", m.lines)
	}
	// ↑ goes to the first line, ↓ back to the second.
	key(e, fyne.KeyUp)
	if li := m.lineOf(e.CaretOffset()); li != 0 {
		t.Errorf("↑ leaves the caret on line %d", li)
	}
	key(e, fyne.KeyDown)
	if li := e.lay.get(e).lineOf(e.CaretOffset()); li != 1 {
		t.Errorf("↓ leaves the caret on line %d", li)
	}
	// Long Arabic wraps in logical order: the first words on the first
	// line.
	e.SetText(strings.Repeat("كلمة ", 12) + "نهاية")
	m = e.lay.get(e)
	if len(m.lines) < 2 {
		t.Fatalf("%d lines, want wrapping", len(m.lines))
	}
	rs := []rune(e.Text)
	for i := 1; i < len(m.lines); i++ {
		if m.lines[i].Start != m.lines[i-1].End {
			t.Errorf("line %d starts at %d, line %d ended at %d", i, m.lines[i].Start, i-1, m.lines[i-1].End)
		}
	}
	if last := string(rs[m.lines[len(m.lines)-1].Start:]); !strings.Contains(last, "نهاية") {
		t.Errorf("last line %q does not hold the last word", last)
	}
	// Shift+Return submits a multi-line entry.
	var sub bool
	e.OnSubmitted = func(string) { sub = true }
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	key(e, fyne.KeyReturn)
	if !sub {
		t.Error("Shift+Return did not submit")
	}
}

// FuzzEntryEdits applies random keys, runes and clicks to an Entry: the
// text stays valid UTF-8, caret and selection stay in range, and nothing
// panics.
func FuzzEntryEdits(f *testing.F) {
	f.Add("حجبت 120 قناة", []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
	f.Add("abc ابج\nلا 👨\u200d👩", []byte{3, 3, 9, 1, 1, 1, 14, 2, 0, 7, 12, 13})
	test.NewTempApp(f)
	e := NewMultiLineEntry()
	w := test.NewTempWindow(f, e)
	w.Resize(fyne.NewSize(160, 120))
	clip := fyne.CurrentApp().Clipboard()
	keys := []fyne.KeyName{fyne.KeyLeft, fyne.KeyRight, fyne.KeyUp, fyne.KeyDown, fyne.KeyHome,
		fyne.KeyEnd, fyne.KeyBackspace, fyne.KeyDelete, fyne.KeyReturn, fyne.KeyPageUp}
	f.Fuzz(func(t *testing.T, text string, ops []byte) {
		e.MultiLine = len(ops)%2 == 0
		e.hist = history{}
		e.SetText(text)
		for i, op := range ops {
			switch {
			case int(op) < len(keys):
				if i%3 == 0 {
					shiftKey(e, keys[op])
				} else {
					key(e, keys[op])
				}
			case op < 20:
				e.TypedRune([]rune("ب1a )لاَ")[int(op)%8])
			case op < 24:
				e.TypedShortcut(&fyne.ShortcutSelectAll{})
			case op < 28:
				e.TypedShortcut(&fyne.ShortcutCut{Clipboard: clip})
			case op < 32:
				e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
			case op < 36:
				e.TypedShortcut(&fyne.ShortcutUndo{})
			case op < 40:
				e.TypedShortcut(&fyne.ShortcutRedo{})
			case op < 44:
				e.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierShortcutDefault})
			default:
				p := fyne.NewPos(float32(op)-44, float32(op%7)*15)
				if op%2 == 0 {
					e.DoubleTapped(&fyne.PointEvent{Position: p})
				} else {
					e.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: p}})
				}
			}
			n := utf8.RuneCountInString(e.Text)
			a, b := e.Selection()
			if c := e.CaretOffset(); c < 0 || c > n || a < 0 || b > n || a > b {
				t.Fatalf("op %d: caret %d, selection [%d,%d) of %d", i, c, a, b, n)
			}
		}
		if !utf8.ValidString(e.Text) {
			t.Fatalf("text became invalid UTF-8: %q", e.Text)
		}
	})
}

func TestEntryWordShortcuts(t *testing.T) {
	ctrl := func(e *Entry, k fyne.KeyName, shift bool) {
		m := fyne.KeyModifierShortcutDefault
		if shift {
			m |= fyne.KeyModifierShift
		}
		e.TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: m})
	}
	e, _ := newTestEntry(t, false, 500)
	e.SetText("حجبت 120 قناة")
	e.SetCaretOffset(0)
	// In a right-to-left line Ctrl+← reads forward: word ends 4, 8, 13.
	var got []int
	for range 3 {
		ctrl(e, fyne.KeyLeft, false)
		got = append(got, e.CaretOffset())
	}
	if !slices.Equal(got, []int{4, 8, 13}) {
		t.Errorf("Ctrl+← in RTL visits %v, want [4 8 13]", got)
	}
	ctrl(e, fyne.KeyRight, true)
	if got := e.SelectedText(); got != "قناة" {
		t.Errorf("Ctrl+Shift+→ selects %q, want قناة", got)
	}
	e.SetCaretOffset(8)
	ctrl(e, fyne.KeyBackspace, false)
	if e.Text != "حجبت  قناة" || e.CaretOffset() != 5 {
		t.Errorf("Ctrl+Backspace: %q at %d", e.Text, e.CaretOffset())
	}
	e.SetText("one two")
	e.SetCaretOffset(0)
	ctrl(e, fyne.KeyRight, false)
	if e.CaretOffset() != 3 {
		t.Errorf("Ctrl+→ in LTR: %d, want 3", e.CaretOffset())
	}
}

func TestEntryScrollsToCaret(t *testing.T) {
	// Single line: a long Arabic text scrolls so the caret stays inside.
	e, _ := newTestEntry(t, false, 200)
	test.Type(e, strings.Repeat("كلمة ", 30))
	inside := func(what string) {
		t.Helper()
		if x, w := caretX(e), e.r.view.Size().Width; x < 0 || x > w {
			t.Errorf("%s: caret at x=%g outside the field [0,%g]", what, x, w)
		}
	}
	inside("after typing")
	key(e, fyne.KeyHome)
	inside("after Home")
	key(e, fyne.KeyEnd)
	inside("after End")

	// Multi-line: typing past the visible rows scrolls down.
	m, _ := newTestEntry(t, true, 300)
	m.SetMinRowsVisible(2)
	for i := range 12 {
		test.Type(m, "سطر")
		if i < 11 {
			key(m, fyne.KeyReturn)
		}
	}
	if m.r.scroll.Offset.Y <= 0 {
		t.Errorf("12 lines in a short field: scroll offset %v", m.r.scroll.Offset)
	}
	top := m.r.caret.Position().Y - m.r.scroll.Offset.Y
	if top < 0 || top+m.r.caret.Size().Height > m.r.scroll.Size().Height+1 {
		t.Errorf("caret at y=%g (scrolled), view %g high", top, m.r.scroll.Size().Height)
	}
	key(m, fyne.KeyPageUp)
	if m.r.scroll.Offset.Y != 0 {
		t.Errorf("PageUp leaves scroll offset %v", m.r.scroll.Offset)
	}
}
