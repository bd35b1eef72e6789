package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
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

	text        defangedText    // the body as shown, links defanged
	marking     bool            // the text is shown as a selectable field
	bodyStack   *fyne.Container // the paragraph, or the selectable field
	select_     *bidi.Entry     // the text, read-only, for selecting words
	markBtn     *widget.Button  // switches between reading and selecting
	markBar     *fyne.Container // what to do with the selected words
	addMarked   *widget.Button  // the selected words as a claim
	noteMarked  *widget.Button  // a note on the selected words
	quoteEntry  *bidi.Entry     // words of a claim typed to find in the text
	margin      *fyne.Container // notes on spans, beside the text
	links       *fyne.Container // the text's links, defanged, to open after a confirmation
	addSource   *widget.Button  // a source for the notice
	linkDialog  dialog.Dialog   // the last link confirmation (tests)
	picker      *sourcePicker   // the last source picker opened
	sourcesView *sourcesView    // View → Sources, while open
	tagManager  *tagManager     // View → Tags, while open

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
	d.status = newSelect(labels, func(string) {
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
	d.body.OnTapHighlight = d.onTapHighlight
	d.claims = container.NewVBox()
	d.sources = container.NewVBox()
	d.notes = container.NewVBox()
	d.history = container.NewVBox()
	d.noteEntry = newMultiLineEntry()
	d.noteEntry.SetPlaceHolder(lang.L("Write a note…"))
	d.noteEntry.SetMinRowsVisible(2)

	head := container.NewVBox(d.title, d.meta,
		sides(label(lang.L("Status")), checkBox(d.star), d.status),
		sides(label(lang.L("Tags")), nil, container.NewHScroll(d.tags)),
		d.tagEntry,
	)
	addNote := widget.NewButton(lang.L("Add note"), d.addNote)
	d.buildText()
	d.addSource = widget.NewButtonWithIcon(fyneText(lang.L("Add source…")), theme.ContentAddIcon(), func() {
		u.showSourcePicker(app.EntityNotice, d.id)
	})
	sections := container.NewVBox(
		widget.NewSeparator(), sides(nil, d.markBtn, bold(lang.L("Text"))),
		d.markBar, sides(nil, container.New(marginLayout{width: 200}, d.margin), d.bodyStack), d.links,
		heading(lang.L("Claims")), d.claims, d.addClaimBar(),
		widget.NewSeparator(), sides(nil, d.addSource, bold(lang.L("Sources"))), d.sources,
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
	d.showText(n)
	d.showHead(n)
	d.showClaims(n)
	d.showSources(n)
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
		if d.sameClaims(n) {
			for _, c := range n.Claims {
				if r := d.claimRows[c.ID]; r != nil && (c.ID == ev.Claim || ev.Claim == 0) {
					r.update(c)
				}
			}
		} else { // a claim was added or deleted
			d.showClaims(n)
		}
		d.showHighlights(n)
		setJoined(d.meta, detailMeta(n))
	case app.EntityNote:
		d.showNotes(n)
		d.showHighlights(n)
	case app.EntitySource, app.EntityTag:
		// a source or tag shared with other notices: names and colours
		d.showHead(n)
		d.showSources(n)
		for _, c := range n.Claims {
			if r := d.claimRows[c.ID]; r != nil {
				r.update(c)
			}
		}
	default:
		d.showHead(n)
		d.showSources(n)
	}
}

// sameClaims reports whether the rows shown are n's claims.
func (d *detail) sameClaims(n app.Notice) bool {
	if len(n.Claims) != len(d.claimRows) {
		return false
	}
	for _, c := range n.Claims {
		if d.claimRows[c.ID] == nil {
			return false
		}
	}
	return true
}

func (d *detail) showClaims(n app.Notice) {
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
}

func (d *detail) showHead(n app.Notice) {
	setJoined(d.meta, detailMeta(n))
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
	d.margin.Objects = nil
	for _, note := range n.Notes {
		note := note
		when := dim(note.CreatedAt.Local().Format("2006-01-02 15:04"))
		rm := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
			if note.End > note.Start {
				d.u.desk.DeleteSpanNote(note)
			} else {
				d.u.desk.DeleteNote(note)
			}
		})
		rm.Importance = widget.LowImportance
		text := note.Body
		if note.End > note.Start {
			text = "«" + spanText(n.Body, note.Start, note.End) + "» " + note.Body
			d.margin.Add(marginNote(note, spanText(n.Body, note.Start, note.End)))
		}
		d.notes.Add(sides(when, rm, padded(bidi.NewLabel(text))))
	}
	d.notes.Refresh()
	d.margin.Refresh()
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
		d.history.Add(padded(bidi.NewLabel(d.changeText(h[i]))))
	}
	d.history.Refresh()
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

// tagChip shows a tag in its colour with a button that removes it.
func (d *detail) tagChip(e app.Entity, id int64, t app.Tag) fyne.CanvasObject {
	return tagChip(t, func() { d.u.desk.Untag(e, t.Name, id) })
}

// chip is a one-line bidi label as wide as its text, for rows of tags: a
// bidi label wraps to whatever width it is given, and an HBox gives none.
func chip(text string) fyne.CanvasObject {
	l := bidi.NewLabel(text)
	l.MaxLines = 1
	return container.NewGridWrap(fyne.NewSize(min(chipWidth(text, theme.TextSize()), 320), l.MinSize().Height), l)
}

// chipWidth is how wide a one-line chip of text at size is drawn.
// Measured with the interface font; Arabic runs use a slightly wider
// face, hence the slack.
func chipWidth(text string, size float32) float32 {
	return fyne.MeasureText(text, size, fyne.TextStyle{}).Width*1.15 + 2*theme.InnerPadding()
}

// padded gives a bidi label the inner padding a widget.Label has, so the two
// line up in one pane.
func padded(o fyne.CanvasObject) fyne.CanvasObject { return container.NewPadded(o) }

// claimHighlights marks each claim's words in the text shown, coloured by
// how far the claim is verified.
func claimHighlights(cs []app.Claim, t defangedText) []bidi.Highlight {
	var hs []bidi.Highlight
	variant := themeVariant()
	for _, c := range cs {
		if c.Orphaned || c.End <= c.Start {
			continue
		}
		hs = append(hs, bidi.Highlight{Start: t.shownAt(c.Start), End: t.shownAt(c.End), ID: c.ID,
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
	line := joinParts(parts)
	if n.URL != "" {
		// a line of its own: an address wrapped after the line's last
		// part left a lone separator at the end of the line it broke
		line += "\n" + brief.Defang(n.URL)
	}
	return line
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

// bold is a section title without its separator, for a title with a
// button beside it.
func bold(s string) *widget.Label {
	l := label(s)
	l.TextStyle.Bold = true
	return l
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
