package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/brief"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
	"github.com/takedowndesk/takedowndesk/ui/style"
)

// detail is the right-hand pane: one notice whole.
type detail struct {
	u       *UI
	content *fyne.Container

	title     *bidi.Paragraph
	meta      *bidi.Label
	status    *widget.Select
	star      *widget.Check
	tags      *fyne.Container
	tagEntry  *widget.Entry
	body      *bidi.Paragraph
	scroll    *container.Scroll
	claims    *fyne.Container
	claimRows []*claimRow
	sources   *fyne.Container
	notes     *fyne.Container
	noteEntry *widget.Entry

	tagPreview, notePreview fyne.CanvasObject

	showing bool  // suppresses change callbacks while filling widgets
	focused int64 // claim whose highlight was tapped last
}

func newDetail(u *UI) *detail {
	d := &detail{u: u, content: container.NewStack()}
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
		d.setStatus(app.Statuses[d.status.SelectedIndex()])
	})
	d.star = widget.NewCheck(lang.L("Starred"), func(on bool) {
		if d.showing {
			return
		}
		d.u.edit(func() error { return d.u.store.SetStarred(d.u.ctx, d.u.selected, on) })
	})
	d.tags = container.NewHBox()
	d.tagEntry = widget.NewEntry()
	d.tagEntry.SetPlaceHolder(lang.L("Add a tag and press Enter"))
	d.tagEntry.OnSubmitted = func(s string) {
		d.addTag("notice", d.u.selected, s)
		d.tagEntry.SetText("")
	}
	d.body = bidi.NewParagraph("")
	d.body.OnTapHighlight = d.focusClaim
	d.claims = container.NewVBox()
	d.sources = container.NewVBox()
	d.notes = container.NewVBox()
	d.noteEntry = widget.NewMultiLineEntry()
	d.noteEntry.SetPlaceHolder(lang.L("Write a note…"))
	d.noteEntry.SetMinRowsVisible(2)
	// Fyne's Entry lays Arabic out left to right; a preview under it shows
	// the text as it will be stored and displayed.
	d.tagPreview = bidi.NewPreview(d.tagEntry)
	d.notePreview = bidi.NewPreview(d.noteEntry)
	return d
}

// empty shows what to do when there is nothing to show.
func (d *detail) empty() {
	msg := widget.NewLabel(lang.L("No notice open.") + "\n\n" +
		lang.L("Import files with Import…, drop files or folders on this window, or paste a story with Paste text…"))
	msg.Wrapping = fyne.TextWrapWord
	msg.Alignment = fyne.TextAlignCenter
	d.content.Objects = []fyne.CanvasObject{container.NewCenter(container.NewGridWrap(fyne.NewSize(420, 160), msg))}
	d.content.Refresh()
}

func (d *detail) show(n app.Notice) {
	d.showing = true
	defer func() { d.showing = false }()
	d.title.SetText(n.Title)
	d.meta.SetText(detailMeta(n))
	d.status.SetSelectedIndex(statusIndex(n.Status))
	d.star.SetChecked(n.Starred)
	d.body.Highlights = claimHighlights(n.Claims)
	d.body.SetText(n.Body)

	d.tags.Objects = nil
	for _, t := range n.Tags {
		d.tags.Add(d.tagChip("notice", n.ID, t))
	}
	d.tags.Refresh()

	d.claims.Objects, d.claimRows = nil, nil
	for _, c := range n.Claims {
		r := newClaimRow(d, c)
		d.claimRows = append(d.claimRows, r)
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

	d.notes.Objects = nil
	for _, note := range n.Notes {
		when := dim(note.CreatedAt.Local().Format("2006-01-02 15:04"))
		d.notes.Add(container.NewBorder(nil, nil, when, nil, padded(bidi.NewLabel(note.Body))))
	}
	d.notes.Refresh()

	head := container.NewVBox(d.title, d.meta,
		sides(label(lang.L("Status")), d.star, d.status),
		sides(label(lang.L("Tags")), nil, container.NewHScroll(d.tags)),
		d.tagEntry, d.tagPreview,
	)
	addNote := widget.NewButton(lang.L("Add note"), d.addNote)
	sections := container.NewVBox(
		heading(lang.L("Text")), d.body,
		heading(lang.L("Claims")), d.claims,
		heading(lang.L("Sources")), d.sources,
		heading(lang.L("Notes")), d.notes,
		container.NewBorder(nil, nil, nil, addNote, d.noteEntry), d.notePreview,
	)
	d.scroll = container.NewVScroll(container.NewPadded(sections))
	d.content.Objects = []fyne.CanvasObject{container.NewBorder(container.NewPadded(head), nil, nil, nil, d.scroll)}
	d.content.Refresh()
}

func (d *detail) setStatus(s app.Status) {
	d.u.edit(func() error { return d.u.store.SetStatus(d.u.ctx, d.u.selected, s) })
}

func (d *detail) addTag(entity string, id int64, name string) {
	if strings.TrimSpace(name) == "" || id == 0 {
		return
	}
	d.u.edit(func() error {
		_, err := d.u.store.AddTag(d.u.ctx, entity, id, name)
		return err
	})
}

func (d *detail) addNote() {
	body := strings.TrimSpace(d.noteEntry.Text)
	if body == "" || d.u.selected == 0 {
		return
	}
	d.u.edit(func() error {
		_, err := d.u.store.AddNote(d.u.ctx, d.u.selected, body, 0, 0)
		return err
	})
	d.noteEntry.SetText("")
}

// tagChip shows a tag with a button that removes it.
func (d *detail) tagChip(entity string, id int64, t app.Tag) fyne.CanvasObject {
	rm := widget.NewButtonWithIcon("", theme.CancelIcon(), func() {
		d.u.edit(func() error { return d.u.store.RemoveTag(d.u.ctx, entity, id, t.Name) })
	})
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
	variant := fyne.CurrentApp().Settings().ThemeVariant()
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
	for _, r := range d.claimRows {
		if r.claim.ID != id {
			continue
		}
		if d.scroll != nil {
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(r.content)
			top := fyne.CurrentApp().Driver().AbsolutePositionForObject(d.scroll.Content)
			d.scroll.ScrollToOffset(fyne.NewPos(0, pos.Y-top.Y))
		}
		if c := fyne.CurrentApp().Driver().CanvasForObject(r.tagEntry); c != nil {
			c.Focus(r.tagEntry)
		}
		d.focused = id
		return
	}
}

func detailMeta(n app.Notice) string {
	parts := []string{noticeDate(n)}
	if n.Platform != "" {
		parts = append(parts, n.Platform)
	}
	parts = append(parts, lang.L("kind."+string(n.Kind)))
	if n.Lang != "" {
		parts = append(parts, n.Lang)
	}
	if n.Summary != "" {
		parts = append(parts, n.Summary)
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
