package bidi

import (
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Entry is a text field that lays out what is typed the way Paragraph shows
// it: in visual order, each paragraph in the direction of its first strong
// character, right-aligned when that is right to left, wrapped in logical
// order. The caret and the selection follow the visual layout (see textMap
// for the caret rule); ← and → move visually, Home and End go to the
// logical start and end of the line, Ctrl+←/→ move by words (logically,
// toward the visual side pressed in the paragraph's direction), Backspace
// and Delete remove whole clusters (a letter with its harakat, lam-alef, an
// emoji sequence). Copy, cut and paste carry logical text without bidi
// control characters.
//
// Its fields and methods follow widget.Entry, so one can replace the other.
type Entry struct {
	widget.DisableableWidget

	// Text is the logical text; set it with SetText to refresh.
	Text string
	// PlaceHolder is shown, dimmed, while Text is empty, in
	// DefaultDirection.
	PlaceHolder string
	// MultiLine lets Return insert a line break (Shift+Return submits).
	MultiLine bool
	// Wrapping: TextWrapOff keeps each paragraph on one line; any other
	// value wraps multi-line text at spaces (and long words anywhere).
	Wrapping fyne.TextWrap
	// TextStyle selects bold, italic or monospace.
	TextStyle fyne.TextStyle
	// Direction forces the paragraph direction; Auto (the zero value)
	// takes it from each paragraph's first strong character.
	Direction Direction
	// DefaultDirection is the direction of a paragraph without strong
	// characters (empty, digits only) after no other paragraph, and of the
	// placeholder: the interface direction. Auto counts as LTR.
	DefaultDirection Direction

	// ReadOnly keeps the text as it is while still letting the reader
	// focus, move the caret, select and copy (a notice's text, in which a
	// reporter marks the words of a claim).
	ReadOnly bool

	// OnChanged is called with the new text after every change by the
	// user or SetText.
	OnChanged func(string)
	// OnSubmitted is called with the text when Return is pressed in a
	// single-line entry, or Shift+Return in a multi-line one.
	OnSubmitted func(string)
	// OnKey, when set, sees each key before the entry does; returning
	// true keeps it from the entry (Esc clearing a search box).
	OnKey func(*fyne.KeyEvent) bool
	// OnShortcut, when set, is given the Ctrl combinations the entry has
	// no use for (a window's own menu shortcuts, which Fyne's menu bar
	// would have taken before the entry saw them).
	OnShortcut func(fyne.Shortcut)

	caret, anchor int // rune offsets; anchor == caret means no selection
	focused       bool
	shift         bool
	mouseDown     bool    // the next Tapped belongs to a MouseDown already handled
	goalX         float32 // x kept by ↑/↓ across short lines
	goalSet       bool
	minRows       int
	hist          history

	lay entryLayout
	r   *entryRenderer
}

var (
	_ fyne.Focusable         = (*Entry)(nil)
	_ fyne.Tappable          = (*Entry)(nil)
	_ fyne.DoubleTappable    = (*Entry)(nil)
	_ fyne.Draggable         = (*Entry)(nil)
	_ fyne.Shortcutable      = (*Entry)(nil)
	_ fyne.Disableable       = (*Entry)(nil)
	_ fyne.SecondaryTappable = (*Entry)(nil)
	_ desktop.Mouseable      = (*Entry)(nil)
	_ desktop.Keyable        = (*Entry)(nil)
	_ desktop.Cursorable     = (*Entry)(nil)
)

// NewEntry returns a single-line Entry.
func NewEntry() *Entry {
	e := &Entry{}
	e.ExtendBaseWidget(e)
	return e
}

// NewMultiLineEntry returns a multi-line Entry that wraps at spaces.
func NewMultiLineEntry() *Entry {
	e := &Entry{MultiLine: true, Wrapping: fyne.TextWrapWord}
	e.ExtendBaseWidget(e)
	return e
}

// SetText replaces the text, puts the caret at its end and calls
// OnChanged.
func (e *Entry) SetText(text string) {
	e.hist.cut()
	n := len([]rune(text))
	e.setText(text, n, n)
}

// SetPlaceHolder sets the text shown while the entry is empty.
func (e *Entry) SetPlaceHolder(text string) {
	e.PlaceHolder = text
	e.Refresh()
}

// SetMinRowsVisible makes a multi-line entry at least that many lines tall.
func (e *Entry) SetMinRowsVisible(n int) {
	e.minRows = n
	e.Refresh()
}

// CaretOffset returns the caret's logical position in runes.
func (e *Entry) CaretOffset() int { return e.fix(e.caret) }

// SetCaretOffset moves the caret to a rune offset (clamped, and moved back
// out of a cluster) and clears the selection.
func (e *Entry) SetCaretOffset(off int) {
	off = e.fix(off)
	e.caret, e.anchor = off, off
	e.moved()
}

// Selection returns the selected range [start, end) in runes; start ==
// end when nothing is selected.
func (e *Entry) Selection() (start, end int) {
	a, c := e.fix(e.anchor), e.fix(e.caret)
	return min(a, c), max(a, c)
}

// Select selects [start, end), with the caret at end.
func (e *Entry) Select(start, end int) {
	e.anchor, e.caret = e.fix(start), e.fix(end)
	e.moved()
}

// SelectedText returns the selected logical text, or "".
func (e *Entry) SelectedText() string {
	a, b := e.Selection()
	return string([]rune(e.Text)[a:b])
}

// fix clamps off to the text and onto a cluster boundary.
func (e *Entry) fix(off int) int {
	return e.lay.get(e).clamp(off)
}

// CreateRenderer is part of fyne.Widget.
func (e *Entry) CreateRenderer() fyne.WidgetRenderer {
	e.ExtendBaseWidget(e)
	e.r = newEntryRenderer(e)
	return e.r
}

// Cursor is the I-beam, for desktop.Cursorable.
func (e *Entry) Cursor() desktop.Cursor { return desktop.TextCursor }

// FocusGained is part of fyne.Focusable.
func (e *Entry) FocusGained() {
	e.focused = true
	e.Refresh()
}

// FocusLost is part of fyne.Focusable.
func (e *Entry) FocusLost() {
	e.focused = false
	e.shift = false
	e.Refresh()
}

// KeyDown tracks Shift for selection with the arrows.
func (e *Entry) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = true
	}
}

// KeyUp tracks Shift for selection with the arrows.
func (e *Entry) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = false
	}
}

// TypedRune inserts a typed character in place of the selection.
func (e *Entry) TypedRune(r rune) {
	if e.Disabled() || r < 0x20 || r == 0x7f || isBidiControl(r) || (r >= 0x80 && r < 0xa0) {
		return
	}
	e.insert(string(r), editType, r == ' ')
}

// TypedKey handles editing and movement keys.
func (e *Entry) TypedKey(k *fyne.KeyEvent) {
	if e.Disabled() || e.OnKey != nil && e.OnKey(k) {
		return
	}
	switch k.Name {
	case fyne.KeyBackspace:
		e.deleteCluster(false)
	case fyne.KeyDelete:
		e.deleteCluster(true)
	case fyne.KeyReturn, fyne.KeyEnter:
		if e.MultiLine && !e.shift {
			e.insert("\n", editOther, true)
		} else if e.OnSubmitted != nil {
			e.OnSubmitted(e.Text)
		}
	case fyne.KeyLeft, fyne.KeyRight:
		e.arrow(k.Name == fyne.KeyRight, e.shift)
	case fyne.KeyUp, fyne.KeyDown:
		if e.MultiLine {
			e.vertical(k.Name == fyne.KeyDown, e.shift)
		}
	case fyne.KeyHome, fyne.KeyEnd:
		m := e.lay.get(e)
		li := m.lineOf(e.fix(e.caret))
		to := m.lines[li].Start
		if k.Name == fyne.KeyEnd {
			to = m.lineEnd(li)
		}
		e.moveTo(to, e.shift)
	case fyne.KeyPageUp:
		e.moveTo(0, e.shift)
	case fyne.KeyPageDown:
		e.moveTo(len([]rune(e.Text)), e.shift)
	}
}

// TypedShortcut handles the clipboard, select-all, undo and the Ctrl
// combinations of the arrows and deletion keys.
func (e *Entry) TypedShortcut(s fyne.Shortcut) {
	clip := func(c fyne.Clipboard) fyne.Clipboard {
		if c == nil {
			return fyne.CurrentApp().Clipboard()
		}
		return c
	}
	switch s := s.(type) {
	case *fyne.ShortcutCopy:
		e.copySelection(clip(s.Clipboard))
	case *fyne.ShortcutCut:
		if e.copySelection(clip(s.Clipboard)) && !e.Disabled() {
			e.replace("", editOther, true)
		}
	case *fyne.ShortcutPaste:
		if !e.Disabled() {
			e.paste(clip(s.Clipboard).Content())
		}
	case *fyne.ShortcutSelectAll:
		e.anchor, e.caret = 0, len([]rune(e.Text))
		e.moved()
	case *fyne.ShortcutUndo:
		e.Undo()
	case *fyne.ShortcutRedo:
		e.Redo()
	case *desktop.CustomShortcut:
		e.customShortcut(s)
	}
}

func (e *Entry) customShortcut(s *desktop.CustomShortcut) {
	word := fyne.KeyModifierShortcutDefault
	sel := s.Modifier&fyne.KeyModifierShift != 0
	if s.Modifier&^fyne.KeyModifierShift != word {
		e.unhandled(s)
		return
	}
	switch s.KeyName {
	case fyne.KeyLeft, fyne.KeyRight:
		e.wordArrow(s.KeyName == fyne.KeyRight, sel)
	case fyne.KeyHome:
		e.moveTo(0, sel)
	case fyne.KeyEnd:
		e.moveTo(len([]rune(e.Text)), sel)
	case fyne.KeyZ:
		if sel {
			e.Redo()
		}
	case fyne.KeyBackspace, fyne.KeyDelete:
		if e.Disabled() || sel {
			return
		}
		rs := []rune(e.Text)
		c := e.fix(e.caret)
		if a, b := e.Selection(); a != b {
			e.replace("", editOther, true)
			return
		}
		if s.KeyName == fyne.KeyBackspace {
			e.anchor = prevWordStart(rs, c)
		} else {
			e.anchor = nextWordEnd(rs, c)
		}
		e.replace("", editOther, true)
	default:
		e.unhandled(s)
	}
}

func (e *Entry) unhandled(s fyne.Shortcut) {
	if e.OnShortcut != nil {
		e.OnShortcut(s)
	}
}

// Undo restores the text before the last change.
func (e *Entry) Undo() {
	if e.ReadOnly {
		return
	}
	if s, ok := e.hist.undoTo(e.state()); ok {
		e.restore(s)
	}
}

// Redo takes back the last Undo.
func (e *Entry) Redo() {
	if e.ReadOnly {
		return
	}
	if s, ok := e.hist.redoTo(e.state()); ok {
		e.restore(s)
	}
}

func (e *Entry) state() editState { return editState{e.Text, e.caret, e.anchor} }

func (e *Entry) restore(s editState) {
	e.setText(s.text, s.caret, s.anchor)
}

// Tapped focuses the entry; a tap the mouse has not already placed (a touch
// screen, the test driver) also puts the caret there.
func (e *Entry) Tapped(ev *fyne.PointEvent) {
	e.requestFocus()
	if e.mouseDown {
		e.mouseDown = false
		return
	}
	off := e.offsetAt(ev.Position)
	e.caret, e.anchor = off, off
	e.moved()
}

// DoubleTapped selects the word under the pointer.
func (e *Entry) DoubleTapped(ev *fyne.PointEvent) {
	e.requestFocus()
	rs := []rune(e.Text)
	a, b := wordRange(rs, clusterBounds(rs), e.offsetAt(ev.Position))
	e.anchor, e.caret = a, b
	e.mouseDown = false
	e.moved()
}

// MouseDown puts the caret under the pointer; with Shift it extends the
// selection there.
func (e *Entry) MouseDown(ev *desktop.MouseEvent) {
	e.requestFocus()
	if ev.Button != desktop.MouseButtonPrimary {
		return
	}
	off := e.offsetAt(ev.Position)
	e.caret = off
	if ev.Modifier&fyne.KeyModifierShift == 0 {
		e.anchor = off
	}
	e.mouseDown = true
	e.moved()
}

// MouseUp is part of desktop.Mouseable.
func (e *Entry) MouseUp(*desktop.MouseEvent) {}

// Dragged extends the selection to the pointer.
func (e *Entry) Dragged(ev *fyne.DragEvent) {
	e.caret = e.offsetAt(ev.Position)
	e.mouseDown = false
	e.moved()
}

// DragEnd is part of fyne.Draggable.
func (e *Entry) DragEnd() {}

// TappedSecondary shows Cut, Copy, Paste and Select all.
func (e *Entry) TappedSecondary(ev *fyne.PointEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	if c == nil {
		return
	}
	clip := fyne.CurrentApp().Clipboard()
	cut := fyne.NewMenuItem(lang.L("Cut"), func() { e.TypedShortcut(&fyne.ShortcutCut{Clipboard: clip}) })
	cp := fyne.NewMenuItem(lang.L("Copy"), func() { e.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip}) })
	paste := fyne.NewMenuItem(lang.L("Paste"), func() { e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip}) })
	all := fyne.NewMenuItem(lang.L("Select all"), func() { e.TypedShortcut(&fyne.ShortcutSelectAll{}) })
	if e.Disabled() {
		cut.Disabled, paste.Disabled = true, true
	}
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", cut, cp, paste, all), c, ev.AbsolutePosition)
}

func (e *Entry) requestFocus() {
	if e.Disabled() {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil && c.Focused() != e {
		c.Focus(e)
	}
}

// offsetAt is the caret offset nearest to a point in the entry.
func (e *Entry) offsetAt(p fyne.Position) int {
	m := e.lay.get(e)
	x, y := e.r.toText(p)
	li := int(math.Floor(float64(y / e.lay.step)))
	return m.hit(min(max(li, 0), len(m.lines)-1), x)
}

func (e *Entry) copySelection(c fyne.Clipboard) bool {
	s := StripBidiControls(e.SelectedText())
	if s == "" || c == nil {
		return false
	}
	c.SetContent(s)
	return true
}

func (e *Entry) paste(s string) {
	s = StripBidiControls(strings.ToValidUTF8(s, "\uFFFD"))
	if !e.MultiLine {
		s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return isParaSep(r) }), " ")
	}
	if s != "" {
		e.replace(s, editOther, true)
	}
}

// insert types s over the selection.
func (e *Entry) insert(s string, kind editKind, breakAfter bool) {
	if !e.MultiLine && strings.ContainsFunc(s, isParaSep) {
		return
	}
	e.replace(s, kind, breakAfter)
}

// replace puts s in place of the selection and leaves the caret after it.
func (e *Entry) replace(s string, kind editKind, breakAfter bool) {
	if e.ReadOnly {
		return
	}
	a, b := e.Selection()
	e.hist.record(e.state(), kind, breakAfter, a != b)
	rs := []rune(e.Text)
	ins := []rune(s)
	out := make([]rune, 0, len(rs)-(b-a)+len(ins))
	out = append(append(append(out, rs[:a]...), ins...), rs[b:]...)
	c := a + len(ins)
	e.setText(string(out), c, c)
}

// deleteCluster removes the selection, or the cluster before (or after)
// the caret.
func (e *Entry) deleteCluster(forward bool) {
	if e.ReadOnly {
		return
	}
	if a, b := e.Selection(); a != b {
		e.replace("", editOther, true)
		return
	}
	rs := []rune(e.Text)
	bd := clusterBounds(rs)
	c := e.fix(e.caret)
	o := c
	if forward {
		for o++; o < len(rs) && !bd[o]; o++ {
		}
		o = min(o, len(rs))
	} else {
		for o--; o > 0 && !bd[o]; o-- {
		}
		o = max(o, 0)
	}
	if o == c {
		return
	}
	e.hist.record(e.state(), editDelete, false, false)
	a, b := min(c, o), max(c, o)
	out := append(append([]rune{}, rs[:a]...), rs[b:]...)
	e.setText(string(out), a, a)
}

// setText changes the text and the selection, refreshes, and reports the
// change.
func (e *Entry) setText(text string, caret, anchor int) {
	// Invalid bytes would count differently in the layout and in edits.
	text = trimUTF8(text)
	changed := text != e.Text
	e.Text = text
	e.caret, e.anchor = e.fix(caret), e.fix(anchor)
	e.goalSet = false
	e.Refresh()
	e.r.follow()
	if changed && e.OnChanged != nil {
		e.OnChanged(text)
	}
}

// moveTo moves the caret, extending the selection when selecting.
func (e *Entry) moveTo(off int, selecting bool) {
	e.caret = e.fix(off)
	if !selecting {
		e.anchor = e.caret
	}
	e.goalSet = false
	e.moved()
}

// moved refreshes after the caret or selection moved.
func (e *Entry) moved() {
	e.hist.cut()
	e.Refresh()
	e.r.follow()
}

func (e *Entry) arrow(right, selecting bool) {
	m := e.lay.get(e)
	c := e.fix(e.caret)
	if a, b := e.Selection(); a != b && !selecting {
		// Collapse to the side pressed.
		la, xa := m.caretX(a)
		lb, xb := m.caretX(b)
		to := a
		switch {
		case la == lb && (xb > xa) == right:
			to = b
		case la != lb && right != m.lines[m.lineOf(c)].RTL:
			to = b
		}
		e.moveTo(to, false)
		return
	}
	e.moveTo(m.moveVisual(c, right), selecting)
}

// wordArrow moves by words: logically forward when the arrow points the
// way the caret's paragraph reads, backward otherwise.
func (e *Entry) wordArrow(right, selecting bool) {
	m := e.lay.get(e)
	c := e.fix(e.caret)
	rs := []rune(e.Text)
	if right != m.lines[m.lineOf(c)].RTL {
		e.moveTo(nextWordEnd(rs, c), selecting)
	} else {
		e.moveTo(prevWordStart(rs, c), selecting)
	}
}

func (e *Entry) vertical(down, selecting bool) {
	m := e.lay.get(e)
	c := e.fix(e.caret)
	li, x := m.caretX(c)
	if e.goalSet {
		x = e.goalX
	}
	to := c
	switch {
	case down && li+1 < len(m.lines):
		to = m.hit(li+1, x)
	case down:
		to = len([]rune(e.Text))
	case li > 0:
		to = m.hit(li-1, x)
	default:
		to = 0
	}
	e.moveTo(to, selecting)
	e.goalX, e.goalSet = x, true
}

// wraps reports whether the layout wraps at the text width.
func (e *Entry) wraps() bool { return e.MultiLine && e.Wrapping != fyne.TextWrapOff }

// textSize is the theme's text size for the entry.
func (e *Entry) textSize() float32 {
	return theme.CurrentForWidget(e).Size(theme.SizeNameText)
}
