package ui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/brief"
	"github.com/takedowndesk/takedowndesk/app/desk"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
	"github.com/takedowndesk/takedowndesk/ui/style"
)

// detail is the right-hand pane: one notice whole. Its widgets are built
// once; opening a notice fills them, and an edit updates only the part it
// changed (one claim's row, the tags, the notes), so the scroll position
// and the focus stay where the reporter left them.
type detail struct {
	u       *UI
	content *fyne.Container
	page    fyne.CanvasObject // the filled pane, shown once a notice is open
	id      int64             // the notice shown

	title     *bidi.Paragraph
	meta      *bidi.Label
	status    *widget.Select
	star      *widget.Check
	tags      *fyne.Container
	tagEntry  *bidi.Entry
	body      *bidi.Paragraph
	scroll    *container.Scroll
	claims    *fyne.Container
	claimRows map[int64]*claimRow
	sources   *fyne.Container
	notes     *fyne.Container
	history   *fyne.Container
	noteEntry *bidi.Entry

	showing bool  // suppresses change callbacks while filling widgets
	focused int64 // claim whose highlight was tapped last
}

func newDetail(u *UI) *detail {
	d := &detail{u: u, content: container.NewStack(), claimRows: map[int64]*claimRow{}}
	d.title = bidi.NewParagraph("")
	d.title.TextStyle.Bold = true
	d.title.SizeName = theme.SizeNameSubHeadingText
	d.meta = bidi.NewLabel("")
	d.meta.SizeName = theme.SizeNameCaptionText

	labels := make([]string, len(app.Statuses))
	for i, s := range app.Statuses {
		labels[i] = statusLabel(s)
	}
	d.status = widget.NewSelect(labels, func(string) {
		if d.showing {
			return
		}
		u.desk.SetStatus(app.Statuses[d.status.SelectedIndex()], d.id)
	})
	d.star = widget.NewCheck(lang.L("Starred"), func(on bool) {
		if d.showing {
			return
		}
		u.desk.SetStarred(on, d.id)
	})
	d.tags = container.NewHBox()
	d.tagEntry = newEntry()
	d.tagEntry.SetPlaceHolder(lang.L("Add a tag and press Enter"))
	d.tagEntry.OnSubmitted = func(s string) {
		d.addTag(app.EntityNotice, d.id, s)
		d.tagEntry.SetText("")
	}
	d.body = bidi.NewParagraph("")
	d.body.OnTapHighlight = d.focusClaim
	d.claims = container.NewVBox()
	d.sources = container.NewVBox()
	d.notes = container.NewVBox()
	d.history = container.NewVBox()
	d.noteEntry = newMultiLineEntry()
	d.noteEntry.SetPlaceHolder(lang.L("Write a note…"))
	d.noteEntry.SetMinRowsVisible(2)

	head := container.NewVBox(d.title, d.meta,
		sides(label(lang.L("Status")), d.star, d.status),
		sides(label(lang.L("Tags")), nil, container.NewHScroll(d.tags)),
		d.tagEntry,
	)
	addNote := widget.NewButton(lang.L("Add note"), d.addNote)
	sections := container.NewVBox(
		heading(lang.L("Text")), d.body,
		heading(lang.L("Claims")), d.claims,
		heading(lang.L("Sources")), d.sources,
		heading(lang.L("Notes")), d.notes,
		sides(nil, addNote, d.noteEntry),
		heading(lang.L("History")), d.history,
	)
	d.scroll = container.NewVScroll(container.NewPadded(sections))
	d.page = container.NewBorder(container.NewPadded(head), nil, nil, nil, d.scroll)
	return d
}

// empty shows what to do when there is nothing to show.
func (d *detail) empty() {
	d.id = 0
	msg := widget.NewLabel(lang.L("No notice open.") + "\n\n" +
		lang.L("Import files with Import…, drop files or folders on this window, or paste a story with Paste text…"))
	msg.Wrapping = fyne.TextWrapWord
	msg.Alignment = fyne.TextAlignCenter
	d.content.Objects = []fyne.CanvasObject{container.NewCenter(container.NewGridWrap(fyne.NewSize(420, 160), msg))}
	d.content.Refresh()
}

// show fills the pane with a newly opened notice, from the top.
func (d *detail) show(n app.Notice) {
	d.showing = true
	defer func() { d.showing = false }()
	d.id = n.ID
	d.title.SetText(n.Title)
	d.body.Highlights = claimHighlights(n.Claims)
	d.body.SetText(n.Body)
	d.showHead(n)
	d.claims.Objects, d.claimRows = nil, map[int64]*claimRow{}
	for _, c := range n.Claims {
		r := newClaimRow(d, c)
		d.claimRows[c.ID] = r
		d.claims.Add(r.content)
	}
	if len(n.Claims) == 0 {
		d.claims.Add(dim(lang.L("No figures or dates found in this notice.")))
	}
	d.claims.Refresh()
	d.sources.Objects = nil
	for _, l := range n.Sources {
		d.sources.Add(padded(bidi.NewLabel(fmt.Sprintf("%s — %s, %s", l.Source.Name, kindLabel(l.Source.Kind), roleLabel(l.Role)))))
	}
	if len(n.Sources) == 0 {
		d.sources.Add(dim(lang.L("No source recorded yet.")))
	}
	d.sources.Refresh()
	d.showNotes(n)
	d.showHistory()
	if len(d.content.Objects) != 1 || d.content.Objects[0] != d.page {
		d.content.Objects = []fyne.CanvasObject{d.page}
		d.content.Refresh()
	}
	d.scroll.ScrollToTop()
}

// update shows one edit of the open notice, touching only what changed.
func (d *detail) update(n app.Notice, ev desk.Event) {
	if n.ID != d.id {
		d.show(n)
		return
	}
	d.showing = true
	defer func() { d.showing = false }()
	defer d.showHistory()
	switch ev.Entity {
	case app.EntityClaim:
		for _, c := range n.Claims {
			if r := d.claimRows[c.ID]; r != nil && c.ID == ev.Claim {
				r.update(c)
			}
		}
		d.body.Highlights = claimHighlights(n.Claims)
		d.body.Refresh()
	case app.EntityNote:
		d.showNotes(n)
	default:
		d.showHead(n)
	}
}

func (d *detail) showHead(n app.Notice) {
	d.meta.SetText(detailMeta(n))
	d.status.SetSelectedIndex(statusIndex(n.Status))
	d.star.SetChecked(n.Starred)
	d.tags.Objects = nil
	for _, t := range n.Tags {
		d.tags.Add(d.tagChip(app.EntityNotice, n.ID, t))
	}
	d.tags.Refresh()
}

func (d *detail) showNotes(n app.Notice) {
	d.notes.Objects = nil
	for _, note := range n.Notes {
		when := dim(note.CreatedAt.Local().Format("2006-01-02 15:04"))
		rm := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { d.u.desk.DeleteNote(note) })
		rm.Importance = widget.LowImportance
		d.notes.Add(sides(when, rm, padded(bidi.NewLabel(note.Body))))
	}
	d.notes.Refresh()
}

// maxHistory bounds the changes the pane lists, newest first.
const maxHistory = 50

// showHistory lists what was changed on the open notice, newest first.
func (d *detail) showHistory() {
	h := d.u.desk.History()
	d.history.Objects = nil
	if len(h) == 0 {
		d.history.Add(dim(lang.L("No change made yet.")))
	}
	for i := len(h) - 1; i >= 0 && i >= len(h)-maxHistory; i-- {
		d.history.Add(padded(bidi.NewLabel(changeText(h[i]))))
	}
	d.history.Refresh()
}

// changeText reads one change as a reporter would say it.
func changeText(c app.Change) string {
	when := c.At.Local().Format("2006-01-02 15:04")
	val := func(v string) string {
		switch c.Field {
		case app.FieldStatus:
			return statusLabel(app.Status(v))
		case app.FieldVerification:
			return verificationLabel(app.Verification(v))
		case app.FieldStarred:
			if v == "true" {
				return "★"
			}
			return "☆"
		}
		return app.Truncate(v, 60)
	}
	var what string
	switch {
	case c.Field == app.FieldTag && c.After != "":
		what = lang.L("tagged") + " #" + c.After
	case c.Field == app.FieldTag:
		what = lang.L("untagged") + " #" + c.Before
	case c.Field == app.FieldBody && c.Entity == app.EntityNote && c.Before == "":
		what = lang.L("note added") + ": " + val(c.After)
	case c.Field == app.FieldBody && c.Entity == app.EntityNote && c.After == "":
		what = lang.L("note deleted") + ": " + val(c.Before)
	case c.Field == app.FieldBody:
		what = lang.L("text changed by a new import")
	default:
		what = lang.L("field."+string(c.Field)) + ": " + val(c.Before) + " → " + val(c.After)
	}
	if c.Entity == app.EntityClaim {
		what = lang.L("claim") + " · " + what
	}
	if c.Undo {
		what += " (" + lang.L("undo or redo") + ")"
	}
	return when + " · " + what
}

func (d *detail) addTag(e app.Entity, id int64, name string) {
	if strings.TrimSpace(name) == "" || id == 0 {
		return
	}
	d.u.desk.Tag(e, name, id)
}

func (d *detail) addNote() {
	body := strings.TrimSpace(d.noteEntry.Text)
	if body == "" || d.id == 0 {
		return
	}
	d.u.desk.AddNote(d.id, body)
	d.noteEntry.SetText("")
}

// tagChip shows a tag with a button that removes it.
func (d *detail) tagChip(e app.Entity, id int64, t app.Tag) fyne.CanvasObject {
	rm := widget.NewButtonWithIcon("", theme.CancelIcon(), func() { d.u.desk.Untag(e, t.Name, id) })
	rm.Importance = widget.LowImportance
	return container.NewHBox(chip("#"+t.Name), rm)
}

// chip is a one-line bidi label as wide as its text, for rows of tags: a
// bidi label wraps to whatever width it is given, and an HBox gives none.
func chip(text string) fyne.CanvasObject {
	l := bidi.NewLabel(text)
	l.MaxLines = 1
	// Measured with the interface font; Arabic runs use a slightly wider
	// face, hence the slack.
	w := fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{}).Width*1.15 + 2*theme.InnerPadding()
	return container.NewGridWrap(fyne.NewSize(min(w, 320), l.MinSize().Height), l)
}

// padded gives a bidi label the inner padding a widget.Label has, so the two
// line up in one pane.
func padded(o fyne.CanvasObject) fyne.CanvasObject { return container.NewPadded(o) }

// claimHighlights marks each claim's words in the body, coloured by how far
// the claim is verified.
func claimHighlights(cs []app.Claim) []bidi.Highlight {
	var hs []bidi.Highlight
	variant := themeVariant()
	for _, c := range cs {
		if c.Orphaned || c.End <= c.Start {
			continue
		}
		hs = append(hs, bidi.Highlight{Start: c.Start, End: c.End, ID: c.ID,
			Color: style.VerificationColor(string(c.Verification), variant)})
	}
	return hs
}

// focusClaim scrolls to a claim's row when its highlight is tapped, and
// puts the cursor in its tag entry.
func (d *detail) focusClaim(id int64) {
	if r := d.claimRows[id]; r != nil {
		if d.scroll != nil {
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(r.content)
			top := fyne.CurrentApp().Driver().AbsolutePositionForObject(d.scroll.Content)
			d.scroll.ScrollToOffset(fyne.NewPos(0, pos.Y-top.Y))
		}
		if c := fyne.CurrentApp().Driver().CanvasForObject(r.tagEntry); c != nil {
			c.Focus(r.tagEntry)
		}
		d.focused = id
	}
}

func detailMeta(n app.Notice) string {
	parts := []string{noticeDate(n)}
	if n.Platform != "" {
		parts = append(parts, n.Platform)
	}
	parts = append(parts, lang.L("kind."+string(n.Kind)))
	if n.Lang != "" {
		parts = append(parts, languageName(n.Lang))
	}
	if n.Summary != "" {
		parts = append(parts, summaryText(n.Summary))
	}
	if n.URL != "" {
		parts = append(parts, brief.Defang(n.URL))
	}
	return strings.Join(parts, " · ")
}

func statusIndex(s app.Status) int {
	for i, k := range app.Statuses {
		if k == s {
			return i
		}
	}
	return 0
}

func heading(s string) fyne.CanvasObject {
	l := label(s)
	l.TextStyle.Bold = true
	return container.NewVBox(widget.NewSeparator(), l)
}

func dim(s string) *widget.Label {
	l := label(s)
	l.Importance = widget.LowImportance
	l.Wrapping = fyne.TextWrapWord
	return l
}

func kindLabel(k app.SourceKind) string { return lang.L("source." + string(k)) }
func roleLabel(r app.Role) string       { return lang.L("role." + string(r)) }

func day(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return dayText(t)
}
