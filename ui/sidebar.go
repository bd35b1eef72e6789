package ui

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// sidebar is the filter column beside the list (on the left in English, on
// the right in Arabic): saved searches, then each facet's values with the
// number of notices each would give, all read from the desk's counts (the
// store counts them off the UI goroutine, each facet without its own
// filter). Its widgets are kept and relabelled as counts arrive, so focus
// and scroll stay where the reporter left them.
type sidebar struct {
	u       *UI
	content fyne.CanvasObject

	saved     *fyne.Container
	statuses  *facetGroup
	platforms *facetGroup
	tags      *facetGroup
	langs     *facetGroup
	conflict  *facetItem
	starred   *facetItem
	from, to  *bidi.Entry
	dateError *widget.Label

	col    *fyne.Container
	colMin fyne.Size // the column's size when the scroll last took it
	scroll *container.Scroll

	saveDialog *dialog.CustomDialog // the last "Save this search" dialog (tests)
	saveName   *bidi.Entry

	// the saved searches' buttons, rebuilt only when the searches change
	// (each query only marks the one it is); shown for the searches named
	savedHint    *widget.Label
	savedButtons []*widget.Button
	savedShown   []app.SavedSearch
}

// sidebarWidth is the filter column's width.
const sidebarWidth = 230

// facetShown is how many values of a facet show before "Show all".
const facetShown = 8

func newSidebar(u *UI) *sidebar {
	s := &sidebar{u: u}
	s.saved = container.NewVBox()
	saveBtn := widget.NewButtonWithIcon(fyneText(lang.L("Save this search…")), theme.ContentAddIcon(), s.askSave)
	saveBtn.Importance = widget.LowImportance

	s.statuses = newFacetGroup(u, lang.L("Status"), false, func(v string, on bool) {
		q := u.desk.Query()
		q.Statuses = toggleStatus(q.Statuses, app.Status(v), on)
		u.desk.SetQuery(q)
	})
	s.platforms = newFacetGroup(u, lang.L("Platform"), true, func(v string, on bool) {
		q := u.desk.Query()
		q.Platforms = toggle(q.Platforms, v, on)
		u.desk.SetQuery(q)
	})
	s.tags = newFacetGroup(u, lang.L("Tags"), true, func(v string, on bool) {
		q := u.desk.Query()
		q.Tags = toggle(q.Tags, v, on)
		u.desk.SetQuery(q)
	})
	s.langs = newFacetGroup(u, lang.L("Language"), true, func(v string, on bool) {
		q := u.desk.Query()
		q.Langs = toggle(q.Langs, v, on)
		u.desk.SetQuery(q)
	})
	s.conflict = newFacetItem(u, "⚠ "+lang.L("Conflicts"), func(on bool) {
		q := u.desk.Query()
		q.Conflict = on
		u.desk.SetQuery(q)
	})
	s.starred = newFacetItem(u, "★ "+lang.L("Starred"), func(on bool) {
		q := u.desk.Query()
		q.Starred = on
		u.desk.SetQuery(q)
	})

	s.from, s.to = newEntry(), newEntry()
	for _, e := range []*bidi.Entry{s.from, s.to} {
		e.SetPlaceHolder(lang.L("YYYY-MM-DD"))
		e.OnSubmitted = func(string) { s.applyDates() }
	}
	s.dateError = widget.NewLabel("")
	s.dateError.Importance = widget.DangerImportance
	s.dateError.Wrapping = fyne.TextWrapWord
	s.dateError.Hide()
	// the two labels one width, so the two boxes start at one edge
	fromL, toL := label(lang.L("From")), label(lang.L("To"))
	w := max(fromL.MinSize().Width, toL.MinSize().Width)
	sized := func(l *widget.Label) fyne.CanvasObject {
		return container.NewGridWrap(fyne.NewSize(w, l.MinSize().Height), l)
	}
	dates := container.NewVBox(
		sides(sized(fromL), nil, s.from),
		sides(sized(toL), nil, s.to),
		s.dateError,
	)
	col := container.NewVBox(
		heading(lang.L("Saved searches")), s.saved, saveBtn,
		s.statuses.content,
		heading(lang.L("Show only")), s.starred, s.conflict,
		s.platforms.content, s.tags.content, s.langs.content,
		heading(lang.L("Date")), dates,
	)
	s.col = col
	scroll := container.NewVScroll(container.NewPadded(col))
	s.scroll = scroll
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	s.content = container.NewStack(bg, container.NewGridWrap(fyne.NewSize(sidebarWidth, 0)), scroll)
	s.showSaved()
	return s
}

// show relabels every facet from the desk's counts and marks the values the
// query holds.
func (s *sidebar) show() {
	c, counted := s.u.desk.Counts()
	q := s.u.desk.Query()
	statuses := make([]facetValue, len(app.Statuses))
	for i, st := range app.Statuses {
		statuses[i] = facetValue{string(st), statusLabel(st), c.Statuses[st]}
	}
	s.statuses.show(statuses, statusStrings(q.Statuses), counted)
	s.platforms.show(values(c.Platforms, func(v string) string { return v }), q.Platforms, counted)
	s.tags.show(values(c.Tags, func(v string) string { return "#" + v }), q.Tags, counted)
	s.langs.show(values(c.Langs, langName), q.Langs, counted)
	s.starred.set(q.Starred, c.Starred, counted)
	s.conflict.set(q.Conflict, c.Conflict, counted)
	focus := s.u.win.Canvas().Focused()
	if focus != s.from {
		s.from.SetText(dayOrEmpty(q.From))
	}
	if focus != s.to {
		s.to.SetText(dayOrEmpty(q.To))
	}
	s.showSaved()
	s.relayout()
}

// relayout lays the column out again after a facet grew or shrank: a
// nested container's new MinSize does not reach the scroll by itself. It
// refreshes no widget (each facet that changed has refreshed itself): a
// refresh of the column, and of the scroll, redrew every facet again, two
// fifths of the window's work per keystroke. The scroll is refreshed only
// when the column's height changed.
func (s *sidebar) relayout() {
	if s.col == nil {
		return
	}
	relayout(s.col)
	if m := s.col.MinSize(); m != s.colMin {
		s.colMin = m
		s.scroll.Refresh()
	}
}

// dayOrEmpty is a date bound as typed, empty when open.
func dayOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// applyDates reads the date range typed and sets it on the query.
func (s *sidebar) applyDates() {
	from, err1 := parseDay(s.from.Text)
	to, err2 := parseDay(s.to.Text)
	if err1 != nil || err2 != nil {
		s.dateError.SetText(lang.L("Dates read YYYY-MM-DD, for example 2015-11-18."))
		s.dateError.Show()
		return
	}
	s.dateError.Hide()
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		from, to = to, from
	}
	q := s.u.desk.Query()
	q.From, q.To = from, to
	s.u.desk.SetQuery(q)
}

// parseDay reads YYYY-MM-DD (Arabic-Indic digits too); empty is no bound.
func parseDay(text string) (time.Time, error) {
	text = strings.TrimSpace(strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + r - '٠'
		case r >= '۰' && r <= '۹':
			return '0' + r - '۰'
		}
		return r
	}, text))
	if text == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", text)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q: %w", text, err)
	}
	return t, nil
}

// showSaved lists the saved searches, the one the list shows marked.
func (s *sidebar) showSaved() {
	q := s.u.desk.Query()
	ss := s.u.desk.SavedSearches()
	if !slices.EqualFunc(ss, s.savedShown, func(a, b app.SavedSearch) bool { return a.Name == b.Name && a.Query.Equal(b.Query) }) || len(s.saved.Objects) == 0 {
		s.savedShown = slices.Clone(ss)
		s.saved.RemoveAll()
		s.savedButtons = s.savedButtons[:0]
		if len(ss) == 0 {
			if s.savedHint == nil {
				s.savedHint = widget.NewLabel(lang.L("None yet: filter the list, then save the search."))
				s.savedHint.Importance = widget.LowImportance
				s.savedHint.Wrapping = fyne.TextWrapWord
			}
			s.saved.Add(s.savedHint)
		}
		for _, sv := range ss {
			apply := widget.NewButton(sv.Name, func() { s.u.applySaved(sv) })
			apply.Alignment = widget.ButtonAlignLeading
			if rtlUI() {
				apply.Alignment = widget.ButtonAlignTrailing
			}
			del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { s.u.desk.DeleteSearch(sv.Name) })
			del.Importance = widget.LowImportance
			s.savedButtons = append(s.savedButtons, apply)
			s.saved.Add(sides(nil, del, apply))
		}
		s.saved.Refresh()
		s.relayout()
	}
	for i, sv := range s.savedShown {
		want := widget.LowImportance
		if sv.Query.Equal(q) {
			want = widget.HighImportance
		}
		if b := s.savedButtons[i]; b.Importance != want {
			b.Importance = want
			b.Refresh()
		}
	}
}

// askSave asks for a name and saves the current query under it.
func (s *sidebar) askSave() {
	name := newEntry()
	name.SetPlaceHolder(lang.L("Name, e.g. Telegram this week"))
	msg := widget.NewLabel("")
	msg.Importance = widget.DangerImportance
	msg.Hide()
	var d *dialog.CustomDialog
	save := func() {
		if err := s.u.desk.SaveSearch(name.Text); err != nil {
			msg.SetText(lang.L("Give the search a name of at most 80 characters."))
			msg.Show()
			return
		}
		d.Hide()
	}
	name.OnSubmitted = func(string) { save() }
	content := container.NewVBox(label(lang.L("Save the list as it is filtered now, to come back to it in one click.")), name, msg)
	d = dialog.NewCustomWithoutButtons(lang.L("Save this search"), content, s.u.win)
	okBtn := widget.NewButton(lang.L("Save"), save)
	okBtn.Importance = widget.HighImportance
	cancel := widget.NewButton(lang.L("Cancel"), func() { d.Hide() })
	d.SetButtons([]fyne.CanvasObject{cancelBtnFirst(cancel, okBtn)})
	d.Resize(fyne.NewSize(440, 220))
	d.Show()
	s.u.win.Canvas().Focus(name)
	s.saveDialog = d
	s.saveName = name
}

// applySaved shows a saved search, and puts its text in the search box.
func (u *UI) applySaved(sv app.SavedSearch) {
	u.setQuery(sv.Query)
}

// setQuery shows q and makes the search box and sort menu say so.
func (u *UI) setQuery(q app.Query) {
	u.quietSearch = true
	u.search.SetText(q.Text)
	u.quietSearch = false
	u.desk.SetQuery(q)
	u.showSort()
}

// facetValue is one value of a facet as the sidebar shows it.
type facetValue struct {
	key, label string
	count      int
}

// values turns a facet's counts into values, most notices first.
func values(counts map[string]int, label func(string) string) []facetValue {
	out := make([]facetValue, 0, len(counts))
	for k, n := range counts {
		if k == "" {
			continue
		}
		out = append(out, facetValue{k, label(k), n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].count != out[j].count {
			return out[i].count > out[j].count
		}
		return out[i].label < out[j].label
	})
	return out
}

// facetGroup is one facet: a heading and its values, the first few shown
// unless the reporter asks for all; a chosen value always shows.
type facetGroup struct {
	u        *UI
	content  *fyne.Container
	items    *fyne.Container
	more     *textButton
	onChange func(key string, on bool)
	byKey    map[string]*facetItem
	all      bool
	hideNone bool // a facet of free values hides the ones with no notice
	last     []facetValue
	lastOn   []string
	counted  bool
}

func newFacetGroup(u *UI, title string, hideNone bool, onChange func(string, bool)) *facetGroup {
	g := &facetGroup{u: u, items: container.NewVBox(), onChange: onChange, byKey: map[string]*facetItem{}, hideNone: hideNone}
	g.more = newTextButton(func() {
		g.all = !g.all
		g.show(g.last, g.lastOn, g.counted)
	})
	g.more.Hide()
	g.content = container.NewVBox(heading(title), g.items, g.more.box)
	return g
}

// show lays out the values, reusing the item of each key.
func (g *facetGroup) show(vals []facetValue, on []string, counted bool) {
	g.last, g.lastOn, g.counted = vals, on, counted
	var shown []fyne.CanvasObject
	hidden := 0
	seen := map[string]bool{}
	for _, v := range vals {
		seen[v.key] = true
		chosen := slices.Contains(on, v.key)
		if !chosen && (g.hideNone && v.count == 0 || !g.all && len(shown) >= facetShown) {
			if v.count > 0 {
				hidden++
			}
			continue
		}
		shown = append(shown, g.item(v.key, v.label).set(chosen, v.count, counted))
	}
	for _, k := range on { // chosen but counted nowhere (no notice has it now)
		if !seen[k] {
			shown = append(shown, g.item(k, k).set(true, 0, counted))
		}
	}
	if !slices.Equal(g.items.Objects, shown) {
		g.items.Objects = shown
		g.items.Refresh()
	}
	switch {
	case g.all:
		g.more.SetText(lang.L("Show fewer"))
		g.more.Show()
	case hidden > 0:
		g.more.SetText(fmt.Sprintf(lang.L("Show all (%s more)"), formatInt(hidden)))
		g.more.Show()
	default:
		g.more.Hide()
	}
	if len(shown) == 0 {
		g.content.Hide()
	} else {
		g.content.Show()
	}
}

func (g *facetGroup) item(key, text string) *facetItem {
	it, ok := g.byKey[key]
	if !ok {
		it = newFacetItem(g.u, text, func(on bool) { g.onChange(key, on) })
		g.byKey[key] = it
	}
	return it
}

// facetItem is one value of a facet: a check mark, its name and the number
// of notices it gives. It lays out in reading order, takes a tap or
// Space/Enter when focused, and reads Arabic names with bidi.
type facetItem struct {
	widget.BaseWidget
	u        *UI // the triage keys, for the keys an item does not take
	mark     *widget.Icon
	name     *bidi.Label
	count    *canvas.Text
	bg       *canvas.Rectangle
	on       bool
	onChange func(bool)
	// what it shows, so an unchanged count is not drawn again
	shown   bool
	n       int
	counted bool
}

func newFacetItem(u *UI, text string, onChange func(bool)) *facetItem {
	it := &facetItem{u: u, mark: widget.NewIcon(theme.CheckButtonIcon()), name: bidi.NewLabel(keepWritten(text)),
		count: canvas.NewText("", theme.Color(theme.ColorNamePlaceHolder)), onChange: onChange}
	it.name.MaxLines = 1
	it.name.Direction = uiDirection() // aligned with the other values; an Arabic tag still reads right to left
	it.count.TextSize = theme.CaptionTextSize()
	it.bg = canvas.NewRectangle(theme.Color(theme.ColorNameFocus))
	it.bg.CornerRadius = theme.InputRadiusSize()
	it.bg.Hide()
	it.ExtendBaseWidget(it)
	return it
}

// Text is the value's name as shown.
func (it *facetItem) Text() string { return strings.TrimPrefix(it.name.Text, lrm) }

// set shows whether the value is chosen and how many notices it gives.
func (it *facetItem) set(on bool, n int, counted bool) *facetItem {
	if it.shown && it.on == on && it.n == n && it.counted == counted {
		return it
	}
	it.shown, it.n, it.counted = true, n, counted
	it.on = on
	if on {
		it.mark.SetResource(theme.CheckButtonCheckedIcon())
	} else {
		it.mark.SetResource(theme.CheckButtonIcon())
	}
	if counted {
		it.count.Text = formatInt(n)
	} else {
		it.count.Text = "…"
	}
	it.count.Refresh()
	if n == 0 && !on {
		it.name.Importance = widget.LowImportance
	} else {
		it.name.Importance = widget.MediumImportance
	}
	it.name.Refresh()
	it.Refresh()
	return it
}

func (it *facetItem) toggle() { it.onChange(!it.on) }

// Tapped toggles the value.
func (it *facetItem) Tapped(*fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(it); c != nil {
		c.Focus(it)
	}
	it.toggle()
}

// FocusGained is part of fyne.Focusable.
func (it *facetItem) FocusGained() { it.bg.Show(); it.bg.Refresh() }

// FocusLost is part of fyne.Focusable.
func (it *facetItem) FocusLost() { it.bg.Hide(); it.bg.Refresh() }

// TypedRune is part of fyne.Focusable.
func (it *facetItem) TypedRune(r rune) {
	if r == ' ' {
		it.toggle()
		return
	}
	it.u.keyRune(r)
}

// TypedKey toggles on Enter (Space comes as a rune).
func (it *facetItem) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		it.toggle()
	default: // the triage keys work from the sidebar too
		it.u.listKey(ev)
	}
}

func (it *facetItem) CreateRenderer() fyne.WidgetRenderer {
	return &facetItemRenderer{it: it, objs: []fyne.CanvasObject{it.bg, it.mark, it.name, it.count}}
}

// facetItemRenderer lays a value out on one compact line: mark, name,
// count, mirrored in a right-to-left window.
type facetItemRenderer struct {
	it   *facetItem
	objs []fyne.CanvasObject
}

func (r *facetItemRenderer) MinSize() fyne.Size {
	h := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height + 2*theme.Padding()
	return fyne.NewSize(theme.IconInlineSize()+80, max(h, theme.IconInlineSize()+theme.Padding()))
}

func (r *facetItemRenderer) Layout(size fyne.Size) {
	pad := theme.Padding()
	icon := theme.IconInlineSize()
	cw := fyne.MeasureText(r.it.count.Text, r.it.count.TextSize, fyne.TextStyle{}).Width
	nameMin := r.it.name.MinSize().Height
	r.it.bg.Resize(size)
	nameW := size.Width - icon - cw - 3*pad
	nameY := (size.Height - nameMin) / 2
	countY := (size.Height - fyne.MeasureText("0", r.it.count.TextSize, fyne.TextStyle{}).Height) / 2
	if rtlUI() {
		r.it.mark.Move(fyne.NewPos(size.Width-icon-pad, (size.Height-icon)/2))
		r.it.name.Move(fyne.NewPos(cw+2*pad, nameY))
		r.it.count.Move(fyne.NewPos(pad, countY))
	} else {
		r.it.mark.Move(fyne.NewPos(pad, (size.Height-icon)/2))
		r.it.name.Move(fyne.NewPos(icon+pad, nameY))
		r.it.count.Move(fyne.NewPos(size.Width-cw-pad, countY))
	}
	r.it.mark.Resize(fyne.NewSquareSize(icon))
	r.it.name.Resize(fyne.NewSize(max(nameW, 0), nameMin))
	r.it.count.Resize(fyne.NewSize(cw, r.it.count.MinSize().Height))
}

func (r *facetItemRenderer) Refresh()                     { r.Layout(r.it.Size()) }
func (r *facetItemRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *facetItemRenderer) Destroy()                     {}

func toggle(vs []string, v string, on bool) []string {
	vs = slices.DeleteFunc(slices.Clone(vs), func(x string) bool { return x == v })
	if on {
		vs = append(vs, v)
	}
	return vs
}

func toggleStatus(ss []app.Status, s app.Status, on bool) []app.Status {
	ss = slices.DeleteFunc(slices.Clone(ss), func(x app.Status) bool { return x == s })
	if on {
		ss = append(ss, s)
		// workflow order, so the same choice is the same query
		slices.SortFunc(ss, func(a, b app.Status) int { return statusIndex(a) - statusIndex(b) })
	}
	return ss
}

func statusStrings(ss []app.Status) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = string(s)
	}
	return out
}

// langName names a language code in the interface language.
func langName(code string) string {
	switch code {
	case "ar":
		return lang.L("language.ar")
	case "en":
		return lang.L("language.en")
	case "fr":
		return lang.L("language.fr")
	case "ru":
		return lang.L("language.ru")
	case "de":
		return lang.L("language.de")
	case "es":
		return lang.L("language.es")
	case "it":
		return lang.L("language.it")
	case "hi":
		return lang.L("language.hi")
	case "fa":
		return lang.L("language.fa")
	case "tr":
		return lang.L("language.tr")
	case "ur":
		return lang.L("language.ur")
	case "he":
		return lang.L("language.he")
	case "zh":
		return lang.L("language.zh")
	case "und", "":
		return lang.L("language.und")
	}
	return code
}
