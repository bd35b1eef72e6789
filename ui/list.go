package ui

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app/desk"
	"github.com/takedowndesk/takedowndesk/app/search"
)

// noticeList is the virtualised list of the desk's rows: widget.List asks
// for the rows on screen only, and a row whose page is not loaded yet is
// drawn as a placeholder until the page arrives. The list keeps a cursor,
// the row the keyboard is on (the open notice, or the end of a Shift
// range); the selection itself is the desk's.
type noticeList struct {
	u       *UI
	list    *keyList
	empty   *widget.Label
	clear   *widget.Button // "Clear filters", under the empty state
	overlay *fyne.Container
	content *fyne.Container
	open    int64 // the notice open in the detail pane
	cursor  int   // the row the keyboard is on
	drawn   bool
	// a new query's rows are drawn when its first page comes
	pendingReset bool
}

func newNoticeList(u *UI) *noticeList {
	l := &noticeList{u: u}
	l.list = newKeyList(
		func() int { return u.desk.Len() },
		func() fyne.CanvasObject { return newNoticeRow(l) },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			l.drawn = true
			r := o.(*noticeRow)
			r.index = i
			row, ok := u.desk.Row(i)
			if !ok {
				r.placeholder()
				return
			}
			r.set(row, u.desk.IsSelected(row.ID), i == l.cursor && l.list.focused, u.desk.Query().Text)
		},
	)
	l.list.keys = u.listKey
	l.list.runes = u.keyRune
	l.empty = widget.NewLabel("")
	l.empty.Alignment = fyne.TextAlignCenter
	l.empty.Wrapping = fyne.TextWrapWord
	l.empty.Hide()
	l.clear = widget.NewButtonWithIcon(lang.L("Clear filters"), theme.ContentClearIcon(), u.clearFilters)
	l.clear.Hide()
	// A wrapping label needs the list's width: centred alone it gets its
	// minimum, one letter a line.
	l.overlay = container.NewVBox(layout.NewSpacer(), l.empty, container.NewCenter(l.clear), layout.NewSpacer())
	l.content = container.NewStack(l.list, container.NewPadded(l.overlay))
	return l
}

// clicked is a click (or Space) on row i with the modifier keys held:
// alone it selects and opens the row, with Ctrl (Cmd on a Mac) it adds or
// removes the row, with Shift it extends the selection to it.
func (l *noticeList) clicked(i int, mods fyne.KeyModifier) {
	row, ok := l.u.desk.Row(i)
	if !ok {
		return
	}
	l.focus()
	l.setCursor(i)
	switch {
	case mods&fyne.KeyModifierShift != 0:
		l.u.desk.Select(i, desk.SelectRange)
	case mods&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0:
		l.u.desk.Select(i, desk.SelectToggle)
	default:
		l.u.desk.Select(i, desk.SelectOnly)
		if row.ID != l.open {
			l.u.desk.Open(row.ID)
		}
	}
}

// focus gives the list the keyboard, so the triage keys reach it.
func (l *noticeList) focus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(l.list); c != nil {
		c.Focus(l.list)
	}
}

// setCursor moves the keyboard's row and scrolls it into view.
func (l *noticeList) setCursor(i int) {
	old := l.cursor
	l.cursor = i
	if l.drawn {
		l.list.RefreshItem(old)
		l.list.RefreshItem(i)
		l.list.ScrollTo(i)
	}
}

// currentModifiers reads the modifier keys held now, where the driver
// knows them (the desktop drivers; not the test driver).
func currentModifiers() fyne.KeyModifier {
	if drv, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return drv.CurrentKeyModifiers()
	}
	return 0
}

// reset forgets what the list showed: a new query. Its rows are redrawn
// when the query's first page arrives (the desk always fetches it after a
// reset), not at once: until then the desk's length is 0, and a list
// drawn with no rows let widget.List drop the rows it had made, so every
// keystroke made a screenful of new rows, each kept with its renderers in
// Fyne's caches for a minute (about 0.3 MB a search).
func (l *noticeList) reset() {
	l.cursor = 0
	l.pendingReset = true
	if l.u.desk.Len() > 0 {
		l.applyReset()
	}
}

func (l *noticeList) applyReset() {
	l.pendingReset = false
	l.list.UnselectAll()
	if l.drawn { // the list's scroller exists once it has drawn a row
		l.list.ScrollToTop()
	}
	l.list.Refresh()
}

// loaded redraws the rows on screen after a page or the count arrived.
func (l *noticeList) loaded() {
	if l.pendingReset {
		l.applyReset()
	} else {
		l.list.Refresh()
	}
	l.showOpen(l.open)
}

// failed shows the list as the desk now has it after a query failed.
func (l *noticeList) failed() {
	if l.pendingReset {
		l.applyReset()
	}
}

func (l *noticeList) rowChanged(id int64) {
	if i, ok := l.u.desk.Index(id); ok {
		l.list.RefreshItem(i)
	}
}

func (l *noticeList) selectionChanged() { l.list.Refresh() }

// showOpen marks the open notice's row, if it is loaded, and puts the
// cursor on it.
func (l *noticeList) showOpen(id int64) {
	changed := l.open != id
	l.open = id
	if i, ok := l.u.desk.Index(id); ok {
		l.list.Select(i)
		if changed {
			l.setCursor(i)
		}
	}
}

func (l *noticeList) setEmpty(empty bool) {
	l.clear.Hide()
	if !empty {
		l.empty.Hide()
		return
	}
	q := l.u.desk.Query()
	switch {
	case !q.Filtered():
		l.empty.SetText(lang.L("No notices yet.") + "\n" + lang.L("Import files with Import…, drop files or folders on this window, or paste a story with Paste text…"))
	case q.Text != "" && onlyShortWords(q.Text):
		// "ت" or "re" is matched as a word of its own (as a prefix it
		// would merge the postings of most of the desk on every
		// keystroke), so the spelling is not what to check
		l.empty.SetText(lang.L("No notice has a word this short on its own.") + "\n" + lang.L("Words of one or two letters are matched whole; type a few more letters to search by the start of a word."))
		l.clear.SetText(lang.L("Clear search and filters"))
		l.clear.Show()
	case q.Text != "":
		l.empty.SetText(lang.L("No notice matches this search.") + "\n" + lang.L("Check the spelling, try fewer words, or clear the search."))
		l.clear.SetText(lang.L("Clear search and filters"))
		l.clear.Show()
	default:
		l.empty.SetText(lang.L("No notices match these filters.") + "\n" + lang.L("Take a filter away above, or show every notice."))
		l.clear.SetText(lang.L("Clear filters"))
		l.clear.Show()
	}
	l.empty.Show()
	l.overlay.Refresh()
}

// background of a selected row, beside the list's own mark of the open one.
func selectedColour() fyne.CanvasObject {
	r := canvas.NewRectangle(theme.Color(theme.ColorNameSelection))
	r.CornerRadius = theme.InputRadiusSize()
	return r
}

// keyList is a widget.List whose keys go to the triage keys first: a
// click on a row gives the list the focus, and from then on j, k, the
// digits and the arrows must triage, not only move the list's own focus.
// It tracks Shift and Ctrl from key presses, for drivers that cannot say
// which modifiers are held.
//
// It also gives widget.List one template row to measure: the list makes a
// new row to measure at every refresh (RefreshItem and Select refresh it
// whole), and each such row's renderers stayed in Fyne's cache for a
// minute, 15-35 MB of a window after 50 searches typed.
type keyList struct {
	widget.List
	keys    func(*fyne.KeyEvent) bool // true when handled
	runes   func(rune) bool
	focused bool
	shift   bool

	measuring bool              // the next row asked for is the one measured
	template  fyne.CanvasObject // the row measured, made once
	made      int               // rows made so far, the template included
}

func newKeyList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *keyList {
	l := &keyList{}
	l.Length, l.UpdateItem = length, update
	l.CreateItem = func() fyne.CanvasObject {
		// A refresh asks for the row it measures before any row it shows,
		// and only measures it; rows shown are always new.
		if l.measuring {
			l.measuring = false
			if l.template == nil {
				l.template = create()
				l.made++
			}
			return l.template
		}
		l.made++
		return create()
	}
	l.ExtendBaseWidget(l)
	return l
}

// measured runs a call that refreshes the list with the template row ready
// for its measuring.
func (l *keyList) measured(refresh func()) {
	l.measuring = true
	refresh()
	l.measuring = false
}

// Refresh redraws the list's rows.
func (l *keyList) Refresh() { l.measured(l.List.Refresh) }

// RefreshItem redraws row id (widget.List refreshes itself whole first).
func (l *keyList) RefreshItem(id widget.ListItemID) {
	l.measured(func() { l.List.RefreshItem(id) })
}

// Select selects row id (which refreshes the list).
func (l *keyList) Select(id widget.ListItemID) { l.measured(func() { l.List.Select(id) }) }

// UnselectAll clears the list's selection (which refreshes the list).
func (l *keyList) UnselectAll() { l.measured(l.List.UnselectAll) }

// TypedKey is part of fyne.Focusable. The list's own keys are not used:
// its focus mark would stand on a row of its own, apart from the cursor.
func (l *keyList) TypedKey(ev *fyne.KeyEvent) {
	if l.keys != nil {
		l.keys(ev)
	}
}

// TypedRune is part of fyne.Focusable.
func (l *keyList) TypedRune(r rune) {
	if l.runes != nil {
		l.runes(r)
	}
}

// FocusGained is part of fyne.Focusable.
func (l *keyList) FocusGained() {
	l.focused = true
	l.Refresh()
}

// FocusLost is part of fyne.Focusable.
func (l *keyList) FocusLost() {
	l.focused, l.shift = false, false
	l.Refresh()
}

// KeyDown is part of desktop.Keyable: Shift held.
func (l *keyList) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		l.shift = true
	}
}

// KeyUp is part of desktop.Keyable.
func (l *keyList) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		l.shift = false
	}
}

// onlyShortWords says whether every word of a search is one or two
// letters long, the words the search matches whole rather than by their
// start.
func onlyShortWords(text string) bool {
	terms := search.Terms(text)
	for _, t := range terms {
		if utf8.RuneCountInString(t) > 2 {
			return false
		}
	}
	return len(terms) > 0
}
