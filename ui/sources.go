package ui

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// showSources fills the notice's sources panel: each source with its kind,
// role and credibility, its tags (a tag entry each), and buttons to edit
// or unlink it.
func (d *detail) showSources(n app.Notice) {
	d.sources.Objects = nil
	for _, l := range n.Sources {
		l := l
		text := bidi.NewLabel("")
		setJoined(text, sourceLine(l.Source, l.Role))
		edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { d.u.showEditSource(l.Source) })
		edit.Importance = widget.LowImportance
		rm := widget.NewButtonWithIcon("", theme.CancelIcon(), func() { d.u.desk.UnlinkSource(app.EntityNotice, d.id, l) })
		rm.Importance = widget.LowImportance
		tags := container.NewHBox()
		for _, t := range l.Source.Tags {
			t := t
			tags.Add(tagChip(t, func() { d.u.desk.Untag(app.EntitySource, t.Name, l.Source.ID) }))
		}
		te := newEntry()
		te.SetPlaceHolder(lang.L("Tag this source"))
		te.OnSubmitted = func(s string) {
			d.addTag(app.EntitySource, l.Source.ID, s)
			te.SetText("")
		}
		d.sources.Add(container.NewVBox(sides(nil, rowOf(edit, rm), padded(text)), sides(tags, nil, te)))
	}
	if len(n.Sources) == 0 {
		d.sources.Add(dim(lang.L("No source recorded yet.")))
	}
	d.sources.Refresh()
}

// sourceLine reads a source as the panel shows it: "Daily Beast — news
// outlet · reported by · credibility 3/5".
func sourceLine(s app.Source, role app.Role) string {
	parts := []string{kindLabel(s.Kind)}
	if role != "" {
		parts = append(parts, roleLabel(role))
	}
	if s.Credibility > 0 {
		parts = append(parts, credibilityLabel(strconv.Itoa(s.Credibility)))
	}
	return s.Name + " — " + strings.Join(parts, " · ")
}

// sourceForm is the fields of a source: name, kind, address, credibility.
type sourceForm struct {
	name        *bidi.Entry
	kind        *widget.Select
	url         *bidi.Entry
	credibility *widget.Select
}

func newSourceForm(s app.Source) *sourceForm {
	f := &sourceForm{name: newEntry(), url: newEntry()}
	f.name.SetPlaceHolder(lang.L("Name of the outlet, platform or person"))
	f.url.SetPlaceHolder(lang.L("Address (optional)"))
	f.url.DefaultDirection = bidi.LTR
	kinds := make([]string, len(app.SourceKinds))
	for i, k := range app.SourceKinds {
		kinds[i] = kindLabel(k)
	}
	f.kind = newSelect(kinds, nil)
	creds := []string{lang.L("credibility unknown")}
	for i := 1; i <= 5; i++ {
		creds = append(creds, credibilityLabel(strconv.Itoa(i)))
	}
	f.credibility = newSelect(creds, nil)
	f.set(s)
	return f
}

func (f *sourceForm) set(s app.Source) {
	f.name.SetText(s.Name)
	f.url.SetText(s.URL)
	f.kind.SetSelectedIndex(len(app.SourceKinds) - 1) // unknown
	for i, k := range app.SourceKinds {
		if k == s.Kind {
			f.kind.SetSelectedIndex(i)
		}
	}
	f.credibility.SetSelectedIndex(max(0, min(s.Credibility, 5)))
}

func (f *sourceForm) source() app.Source {
	return app.Source{Name: strings.TrimSpace(f.name.Text), Kind: app.SourceKinds[max(0, f.kind.SelectedIndex())],
		URL: strings.TrimSpace(f.url.Text), Credibility: max(0, f.credibility.SelectedIndex())}
}

func (f *sourceForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem(lang.L("Name"), f.name),
		widget.NewFormItem(lang.L("Kind"), f.kind),
		widget.NewFormItem(lang.L("Address"), f.url),
		widget.NewFormItem(lang.L("Credibility"), f.credibility),
	}
}

// sourcePicker is the dialog that adds a source to a notice or claim: an
// existing one found by name, or a new one, with its role.
type sourcePicker struct {
	dlg     dialog.Dialog
	find    *bidi.Entry
	found   *fyne.Container
	form    *sourceForm
	role    *widget.Select
	picked  int64 // an existing source chosen from the list
	pickedN string
	add     func()
}

// showSourcePicker opens the dialog adding a source to entity e, id.
func (u *UI) showSourcePicker(e app.Entity, id int64) {
	if id == 0 {
		return
	}
	p := &sourcePicker{find: newEntry(), found: container.NewVBox(), form: newSourceForm(app.Source{Kind: app.SourceUnknown})}
	p.find.SetPlaceHolder(lang.L("Find a source already on the desk"))
	p.find.OnChanged = func(s string) { u.findSources(p, s) }
	roles := make([]string, len(app.Roles))
	for i, r := range app.Roles {
		roles[i] = roleLabel(r)
	}
	p.role = newSelect(roles, nil)
	p.role.SetSelectedIndex(1) // reported by: what a story does most
	if e == app.EntityClaim {
		p.role.SetSelectedIndex(0)
	}
	p.add = func() {
		s := p.form.source()
		v := app.SourceLinkValue{Role: app.Roles[max(0, p.role.SelectedIndex())], Name: s.Name, Kind: s.Kind, URL: s.URL, Credibility: s.Credibility}
		if p.picked > 0 && s.Name == p.pickedN {
			v = app.SourceLinkValue{Source: p.picked, Role: v.Role}
		}
		if v.Source == 0 && v.Name == "" {
			u.showError(errors.New(lang.L("Give the source a name, or pick one from the list.")))
			return
		}
		if err := u.desk.LinkSource(e, id, v); err != nil {
			u.showError(err)
		}
	}
	form := widget.NewForm(append(p.form.items(), widget.NewFormItem(lang.L("Role"), p.role))...)
	content := container.NewVBox(p.find, p.found, widget.NewSeparator(), label(lang.L("Or a new source:")), form)
	p.dlg = confirm(lang.L("Add a source"), lang.L("Add"), lang.L("Cancel"), content, u.win, p.add)
	p.dlg.Resize(fyne.NewSize(520, 480))
	u.detail.picker = p
	u.findSources(p, "")
	p.dlg.Show()
	u.win.Canvas().Focus(p.find)
}

// findSources lists the sources whose names hold text, read beside the
// window; tapping one fills the form with it.
func (u *UI) findSources(p *sourcePicker, text string) {
	u.desk.FindSources(text, 8, func(ss []app.Source, err error) {
		if p.find.Text != text {
			return // an older answer
		}
		p.found.Objects = nil
		if err != nil {
			p.found.Add(dim(err.Error()))
		}
		for _, s := range ss {
			s := s
			p.found.Add(choiceButton(sourceLine(s, ""), func() {
				p.picked, p.pickedN = s.ID, s.Name
				p.form.set(s)
			}))
		}
		if len(ss) == 0 && err == nil {
			p.found.Add(dim(lang.L("No source by that name yet: fill in a new one below.")))
		}
		p.found.Refresh()
	})
}

// showEditSource edits a source's name, kind, address and credibility.
func (u *UI) showEditSource(s app.Source) {
	f := newSourceForm(s)
	d := confirm(lang.L("Edit source"), lang.L("Save"), lang.L("Cancel"), widget.NewForm(f.items()...), u.win, func() {
		n := f.source()
		if err := u.desk.EditSource(s, n.Name, n.Kind, n.URL, n.Credibility); err != nil {
			u.showError(err)
		}
	})
	d.Resize(fyne.NewSize(480, 300))
	d.Show()
}

// sourcesView is the window listing every source of the desk: what each
// stated, reported or disputed, a page at a time, counted by the store.
type sourcesView struct {
	u      *UI
	win    fyne.Window
	find   *bidi.Entry
	sort   *widget.Select
	rows   *fyne.Container
	count  *bidi.Label
	more   *widget.Button
	offset int
	gen    int
}

// sourcesPage is how many sources the view reads at a time.
const sourcesPage = 100

// showSourcesView opens View → Sources.
func (u *UI) showSourcesView() {
	if u.detail.sourcesView != nil && u.detail.sourcesView.win != nil {
		u.detail.sourcesView.win.Show()
		u.detail.sourcesView.win.RequestFocus()
		return
	}
	v := &sourcesView{u: u, find: newEntry(), rows: container.NewVBox(), count: uiLabel("")}
	v.win = fyne.CurrentApp().NewWindow(lang.L("Sources"))
	v.find.SetPlaceHolder(lang.L("Find a source"))
	v.find.OnChanged = func(string) { v.load(true) }
	v.sort = newSelect([]string{lang.L("Most used"), lang.L("Most disputed"), lang.L("By name")}, func(string) { v.load(true) })
	v.sort.SetSelectedIndex(0)
	v.more = widget.NewButton(lang.L("Show more"), func() { v.load(false) })
	v.more.Hide()
	top := sides(nil, v.sort, v.find)
	v.win.SetContent(container.NewBorder(container.NewPadded(top), container.NewPadded(v.count), nil, nil,
		container.NewVScroll(container.NewVBox(v.rows, v.more))))
	v.win.Resize(fyne.NewSize(760, 600))
	v.win.SetOnClosed(func() { u.detail.sourcesView = nil })
	u.detail.sourcesView = v
	v.load(true)
	v.win.Show()
}

func (v *sourcesView) query() app.SourceQuery {
	sorts := []app.SourceSort{app.SourceByUse, app.SourceByDisputed, app.SourceByName}
	return app.SourceQuery{Text: v.find.Text, Sort: sorts[max(0, v.sort.SelectedIndex())], Offset: v.offset, Limit: sourcesPage}
}

// load reads the first page anew, or the next one.
func (v *sourcesView) load(fresh bool) {
	if v.rows == nil {
		return
	}
	if fresh {
		v.offset = 0
	}
	v.gen++
	gen := v.gen
	q := v.query()
	v.u.desk.SourceStats(q, func(st []app.SourceStat, total int, err error) {
		if gen != v.gen {
			return
		}
		if fresh {
			v.rows.Objects = nil
		}
		if err != nil {
			v.count.SetText(err.Error())
			return
		}
		for _, s := range st {
			v.rows.Add(v.row(s))
		}
		v.offset = q.Offset + len(st)
		v.count.SetText(lang.L("sources") + ": " + formatInt(total))
		if v.offset < total {
			v.more.Show()
		} else {
			v.more.Hide()
		}
		v.rows.Refresh()
	})
}

// row is one outlet: what it is, how often it stated, reported or
// disputed, its tags, and buttons to edit it or merge it into another.
func (v *sourcesView) row(s app.SourceStat) fyne.CanvasObject {
	name := bidi.NewLabel("")
	name.TextStyle.Bold = true
	setJoined(name, sourceLine(s.Source, ""))
	figures := bidi.NewLabel(lang.L("notices") + " " + formatInt(s.Notices) + " · " + lang.L("claims") + " " + formatInt(s.Claims) + " · " +
		roleLabel(app.RoleStatedBy) + " " + formatInt(s.Stated) + " · " + roleLabel(app.RoleReportedBy) + " " + formatInt(s.Reported) + " · " +
		roleLabel(app.RoleDisputedBy) + " " + formatInt(s.Disputed))
	figures.Direction = uiDirection()
	figures.Importance = widget.LowImportance
	if s.Disputed > 0 {
		figures.Importance = widget.WarningImportance
	}
	tags := container.NewHBox()
	for _, t := range s.Source.Tags {
		t := t
		tags.Add(tagChip(t, func() { v.u.desk.Untag(app.EntitySource, t.Name, s.Source.ID); v.reloadSoon() }))
	}
	te := newEntry()
	te.SetPlaceHolder(lang.L("Tag this source"))
	te.OnSubmitted = func(name string) {
		if strings.TrimSpace(name) != "" {
			v.u.desk.Tag(app.EntitySource, name, s.Source.ID)
			v.reloadSoon()
		}
	}
	edit := widget.NewButtonWithIcon(lang.L("Edit"), theme.DocumentCreateIcon(), func() { v.u.showEditSourceIn(v.win, s.Source, v.reloadSoon) })
	merge := widget.NewButtonWithIcon(fyneText(lang.L("Merge into…")), theme.ContentCopyIcon(), func() { v.u.showMergeSource(v.win, s.Source, v.reloadSoon) })
	edit.Importance, merge.Importance = widget.LowImportance, widget.LowImportance
	return container.NewVBox(sides(nil, rowOf(edit, merge), padded(name)), figures, sides(tags, nil, te), widget.NewSeparator())
}

// reloadSoon reads the view again once the edit just asked for is stored.
func (v *sourcesView) reloadSoon() { v.u.desk.AfterEdits(func() { v.load(true) }) }

// showEditSourceIn is showEditSource over another window, then done.
func (u *UI) showEditSourceIn(w fyne.Window, s app.Source, done func()) {
	f := newSourceForm(s)
	d := confirm(lang.L("Edit source"), lang.L("Save"), lang.L("Cancel"), widget.NewForm(f.items()...), w, func() {
		n := f.source()
		if err := u.desk.EditSource(s, n.Name, n.Kind, n.URL, n.Credibility); err != nil {
			u.showError(err)
			return
		}
		done()
	})
	d.Resize(fyne.NewSize(480, 300))
	d.Show()
}

// showMergeSource picks the source that s is the same outlet as, and
// merges s into it: its links and tags move, s goes (undo splits them).
func (u *UI) showMergeSource(w fyne.Window, s app.Source, done func()) {
	find := newEntry()
	find.SetPlaceHolder(lang.L("Find the source to keep"))
	found := container.NewVBox()
	var into app.Source
	chosen := uiLabel("")
	search := func(text string) {
		u.desk.FindSources(text, 8, func(ss []app.Source, err error) {
			if find.Text != text {
				return
			}
			found.Objects = nil
			for _, o := range ss {
				o := o
				if o.ID == s.ID {
					continue
				}
				found.Add(choiceButton(sourceLine(o, ""), func() {
					into = o
					chosen.SetText(lang.L("Keep:") + " " + o.Name)
				}))
			}
			found.Refresh()
		})
	}
	find.OnChanged = search
	msg := dim(lang.L("The notices and claims of this source move to the one you keep, and this one is removed. Undo splits them again."))
	content := container.NewVBox(uiLabel(lang.L("Merge")+" «"+s.Name+"»"), msg, find, found, chosen)
	d := confirm(lang.L("Merge sources"), lang.L("Merge"), lang.L("Cancel"), content, w, func() {
		if into.ID == 0 {
			u.showError(errors.New(lang.L("Pick the source to keep from the list.")))
			return
		}
		if err := u.desk.MergeSources(s.ID, into.ID); err != nil {
			u.showError(err)
			return
		}
		done()
	})
	d.Resize(fyne.NewSize(520, 420))
	search("")
	d.Show()
	w.Canvas().Focus(find)
}
