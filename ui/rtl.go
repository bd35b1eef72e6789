package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// SystemRTL reports whether the interface language fyne picked reads right
// to left: the translation files say so themselves ("ui.direction").
func SystemRTL() bool { return lang.L("ui.direction") == "rtl" }

// viewRTL is the direction of the window being built, set from Info.RTL by
// New: the view's direction is its caller's choice, so tests lay out both.
var viewRTL = false

func rtlUI() bool { return viewRTL }

// uiAlign is the alignment of interface labels: trailing in Arabic.
func uiAlign() fyne.TextAlign {
	if rtlUI() {
		return fyne.TextAlignTrailing
	}
	return fyne.TextAlignLeading
}

// label is an interface label aligned for the interface language.
func label(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Alignment = uiAlign()
	return l
}

// rowOf lays out objects in reading order: left to right in English, right
// to left in Arabic.
func rowOf(objs ...fyne.CanvasObject) *fyne.Container {
	if rtlUI() {
		for i, j := 0, len(objs)-1; i < j; i, j = i+1, j-1 {
			objs[i], objs[j] = objs[j], objs[i]
		}
	}
	return container.NewHBox(objs...)
}

// sides puts start and end beside middle in reading order: start on the
// left in English, on the right in Arabic.
func sides(start, end, middle fyne.CanvasObject) *fyne.Container {
	if rtlUI() {
		start, end = end, start
	}
	return container.NewBorder(nil, nil, start, end, middle)
}

// setJoined shows on l a line the interface joins from parts (a date, a
// platform, figures: "18/11/2015 · Telegram · 78 قناة"). In the Arabic
// interface, when it holds Arabic words, it is laid out right to left, so
// its first part is on the right whatever part holds the first letter (a
// platform's Latin name made it a left-to-right line, its parts in the
// wrong order for an Arabic reader); otherwise it takes its own direction.
func setJoined(l *bidi.Label, text string) {
	dir := bidi.Auto
	if joinedRTL(text) {
		dir = bidi.RTL
	}
	if l.Text == text && l.Direction == dir {
		return
	}
	l.Direction = dir
	l.SetText(text)
}

// rlm is U+200F RIGHT-TO-LEFT MARK, a letter of no width that reads
// right to left.
const rlm = "\u200f"

// fyneText is the text of a Fyne widget of the interface's own (a button,
// a menu item), which draws a line's pieces from left to right in the
// order they are written: in the Arabic interface the ellipsis that ends
// an Arabic label («استيراد…») is put first, so it is drawn at the
// label's left end, where an Arabic reader meets it last. Labels with
// digits, brackets or Latin words in them are left as they are.
func fyneText(s string) string {
	t, ok := strings.CutSuffix(s, "…")
	if !ok || !rtlUI() || !bidi.HasRTL(t) {
		return s
	}
	for _, r := range t {
		if r < 0x80 && r != ' ' {
			return s
		}
	}
	return "…" + t
}

// lrm is U+200E LEFT-TO-RIGHT MARK, a letter of no width that reads left
// to right.
const lrm = "\u200e"

// keepWritten is a name (a tag, a platform) for a label laid out in the
// interface's direction: in the Arabic interface a name whose first letter
// is Latin or Cyrillic starts with a left-to-right mark, so its signs stay
// where they are written («#weekly», not «weekly#») while the label keeps
// to the right edge with the Arabic names.
func keepWritten(name string) string {
	if rtlUI() && bidi.StartsLTR(name) {
		return lrm + name
	}
	return name
}

// joinParts joins the parts of a line the interface writes (setJoined)
// with " · ". When setJoined lays the line out right to left (the Arabic
// interface, Arabic words in it) each part but the last ends with a
// right-to-left mark: otherwise the digits of a date after a platform's
// Latin name joined that name's left-to-right run, and the line read the
// date before the platform ("21.1٪ · 28/03/2019 · Telegram" from the
// right), and a cut line kept the separator of the part it dropped.
func joinParts(parts []string) string {
	line := strings.Join(parts, " · ")
	if !joinedRTL(line) {
		return line // laid out in its own direction: see setJoined
	}
	return strings.Join(parts, rlm+" · ")
}

// joinedRTL reports whether setJoined lays a joined line out right to
// left: in the Arabic interface, when it holds Arabic words.
func joinedRTL(line string) bool { return rtlUI() && bidi.HasRTL(line) }

// textButton is a flat button whose text bidi.Label lays out: a Fyne
// button draws a line of Arabic with digits or brackets in it with its
// pieces in the wrong order («عرض الكل (22 أخرى)» read «أخرى)22عرض الكل (»).
// The label lies over the button, which takes the taps; box is what to lay
// out.
type textButton struct {
	box    *fyne.Container
	button *widget.Button
	text   *bidi.Label
}

func newTextButton(tapped func()) *textButton {
	b := widget.NewButton("", tapped)
	b.Importance = widget.LowImportance
	l := bidi.NewLabel("")
	l.TextStyle.Bold = true
	l.MaxLines = 1
	l.Direction = uiDirection() // at the reading edge, as the sidebar's items
	return &textButton{box: container.NewStack(b, l), button: b, text: l}
}

// SetText changes the button's text.
func (t *textButton) SetText(s string) {
	if t.text.Text != s {
		t.text.SetText(s)
		t.box.Refresh() // laid out again to the new text's size
	}
}

// Show shows the button.
func (t *textButton) Show() { t.box.Show() }

// choiceButton is a flat button that picks one of a list's items (a
// source found by name): a Fyne button in English; in Arabic a textButton,
// whose text keeps a Latin name, its dash and an Arabic kind in reading
// order (a Fyne button drew «Telegram — بيان المنصة» name last).
func choiceButton(text string, tapped func()) fyne.CanvasObject {
	if !rtlUI() {
		b := widget.NewButton(text, tapped)
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		return b
	}
	t := newTextButton(tapped)
	t.text.TextStyle.Bold = false
	t.SetText(text)
	return t.box
}

// uiLabel is a label of the interface's that may hold digits or a Latin
// name beside its words ("مصادر: 57", "احتفظ بـ: Telegram"): laid out by
// bidi in the interface's direction, where a Fyne label drew the number
// or the name on the wrong side in Arabic.
func uiLabel(s string) *bidi.Label {
	l := bidi.NewLabel(s)
	l.Direction = uiDirection()
	return l
}

// Hide hides the button.
func (t *textButton) Hide() { t.box.Hide() }

// uiDirection is the paragraph direction of interface text.
func uiDirection() bidi.Direction {
	if rtlUI() {
		return bidi.RTL
	}
	return bidi.LTR
}

// confirm shows a dialog with content and two buttons in reading order: the
// affirmative one last in the reader's direction (right in English, left in
// Arabic), as platform dialogs do.
func confirm(title, ok, cancel string, content fyne.CanvasObject, w fyne.Window, onOK func()) dialog.Dialog {
	var d *dialog.CustomDialog
	pressed := false
	okBtn := widget.NewButton(ok, func() { pressed = true; d.Hide() })
	okBtn.Importance = widget.HighImportance
	cancelBtn := widget.NewButton(cancel, func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(title, content, w)
	// onOK runs once the dialog is gone: Fyne removes every overlay above a
	// hidden one, so a dialog onOK showed (an error) before Hide vanished
	// with it. It runs before any OnClosed handler the caller adds (Fyne
	// calls them in the order set), so that handler can tell OK from Cancel.
	d.SetOnClosed(func() {
		if pressed {
			pressed = false
			onOK()
		}
	})
	d.SetButtons([]fyne.CanvasObject{cancelBtnFirst(cancelBtn, okBtn)})
	return d
}

// cancelBtnFirst orders a dialog's two buttons for the reading direction.
func cancelBtnFirst(cancel, ok fyne.CanvasObject) fyne.CanvasObject {
	if rtlUI() {
		return container.NewHBox(ok, cancel)
	}
	return container.NewHBox(cancel, ok)
}

// showText shows user text (file names, error lines that quote input) in a
// dialog, laid out with bidi so Arabic reads in order.
func showText(title, text string, w fyne.Window) {
	p := bidi.NewParagraph(text)
	scroll := container.NewVScroll(container.NewPadded(p))
	scroll.SetMinSize(fyne.NewSize(560, 200))
	showDialog(dialog.NewCustom(title, lang.L("Close"), scroll, w), w, nil)
}

// checkBox lays a check out in the interface's direction: in the Arabic
// interface its box stands at the right, its text to the box's left, as
// Arabic forms put them (a Fyne check draws its box first, at the left).
// The text, drawn by bidi, still toggles the check; the check keeps the
// focus, the keyboard and its state.
func checkBox(c *widget.Check) fyne.CanvasObject {
	if !rtlUI() || c.Text == "" {
		return c
	}
	text := bidi.NewLabel(c.Text)
	text.Direction = bidi.RTL
	c.Text = ""
	c.Refresh()
	tap := &checkText{label: text, tap: func() {
		if !c.Disabled() {
			c.SetChecked(!c.Checked)
		}
	}}
	// a bidi label wraps to any width: given its one line's; the spacer
	// keeps the pair at the right of a row wider than it
	return container.NewHBox(layout.NewSpacer(), container.NewGridWrap(labelSize(text), tap), c)
}

// checkText is a label that calls tap when tapped.
type checkText struct {
	widget.BaseWidget
	label *bidi.Label
	tap   func()
}

// CreateRenderer is part of fyne.Widget.
func (t *checkText) CreateRenderer() fyne.WidgetRenderer {
	t.ExtendBaseWidget(t)
	r := widget.NewSimpleRenderer(t.label)
	r.Layout(t.Size()) // the size may have come before the renderer
	return r
}

// Tapped is part of fyne.Tappable.
func (t *checkText) Tapped(*fyne.PointEvent) { t.tap() }

// lineLabel is a uiLabel on one line, as wide as its text: a bidi label
// wraps to whatever width it is given, and a row of widgets gives it none.
type lineLabel struct {
	widget.BaseWidget
	label *bidi.Label
}

func newLineLabel(s string) *lineLabel {
	l := &lineLabel{label: uiLabel(s)}
	l.label.MaxLines = 1
	l.ExtendBaseWidget(l)
	return l
}

// SetText changes the text; the label asks for its new width.
func (l *lineLabel) SetText(s string) {
	if l.label.Text != s {
		l.label.SetText(s)
		l.Refresh()
	}
}

// MinSize is the text's one line.
func (l *lineLabel) MinSize() fyne.Size {
	return fyne.NewSize(lineWidth(l.label), l.label.MinSize().Height)
}

// CreateRenderer is part of fyne.Widget.
func (l *lineLabel) CreateRenderer() fyne.WidgetRenderer {
	r := widget.NewSimpleRenderer(l.label)
	r.Layout(l.Size())
	return r
}

// newSelect is widget.NewSelect with its choice aligned for the interface
// language: at the reading side, the right, in Arabic (Fyne starts it at
// the left whatever the language).
func newSelect(options []string, changed func(string)) *widget.Select {
	s := widget.NewSelect(options, changed)
	s.Alignment = uiAlign()
	return s
}
