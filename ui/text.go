package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/extract"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
	"github.com/takedowndesk/takedowndesk/ui/style"
)

// Highlight ids below zero are not claims: notes on spans and links.
const (
	noteHighlight = -1         // a note's highlight id is noteHighlight - note id
	linkHighlight = -(1 << 40) // a link's is linkHighlight - its index
)

// buildText makes the text section: the paragraph with its highlights, the
// same text as a read-only field for marking words, the actions on the
// words marked, the margin of notes on spans, and the text's links.
func (d *detail) buildText() {
	d.select_ = newMultiLineEntry()
	d.select_.ReadOnly = true
	d.bodyStack = container.NewStack(d.body)
	d.margin = container.NewVBox()
	d.links = container.NewVBox()
	d.markBtn = widget.NewButtonWithIcon(fyneText(lang.L("Mark words…")), theme.ContentCutIcon(), d.toggleMarking)
	d.markBtn.Importance = widget.LowImportance
	d.addMarked = widget.NewButtonWithIcon(lang.L("Add claim"), theme.ContentAddIcon(), d.addClaimFromSelection)
	d.noteMarked = widget.NewButtonWithIcon(lang.L("Note on these words"), theme.DocumentCreateIcon(), d.noteOnSelection)
	hint := dim(lang.L("Select the words in the text, then add them as a claim or write a note on them."))
	d.markBar = container.NewVBox(hint, rowOf(d.addMarked, d.noteMarked))
	d.markBar.Hide()
}

// toggleMarking switches the text between reading (highlights, taps) and
// marking (a field in which words can be selected).
func (d *detail) toggleMarking() {
	d.marking = !d.marking
	if d.marking {
		d.select_.SetText(d.text.Shown)
		d.select_.Select(0, 0)
		// as tall as the text, so it reads like the paragraph it replaces
		rows := 2
		for _, para := range strings.Split(d.text.Shown, "\n") {
			rows += 1 + len([]rune(para))/90
		}
		d.select_.SetMinRowsVisible(min(rows, 60))
		d.bodyStack.Objects = []fyne.CanvasObject{d.select_}
		d.markBtn.SetText(lang.L("Done"))
		d.markBar.Show()
		if c := fyne.CurrentApp().Driver().CanvasForObject(d.markBtn); c != nil {
			c.Focus(d.select_)
		}
	} else {
		d.bodyStack.Objects = []fyne.CanvasObject{d.body}
		d.markBtn.SetText(fyneText(lang.L("Mark words…")))
		d.markBar.Hide()
	}
	d.bodyStack.Refresh()
}

// showText fills the text section with a notice's body.
func (d *detail) showText(n app.Notice) {
	d.text = defang(n.Body)
	d.showHighlights(n)
	d.body.SetText(d.text.Shown)
	if d.marking {
		d.toggleMarking()
	}
	d.links.Objects = nil
	seen := map[string]bool{}
	all := d.text.Links
	if n.URL != "" {
		all = append([]textLink{{URL: n.URL}}, all...)
	}
	for _, l := range all {
		if seen[l.URL] {
			continue
		}
		seen[l.URL] = true
		raw := l.URL
		b := widget.NewButtonWithIcon(shorten(defangLink(raw), 70), theme.ComputerIcon(), func() { d.u.confirmOpen(raw) })
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		d.links.Add(b)
	}
	if len(d.links.Objects) > 0 {
		d.links.Objects = append([]fyne.CanvasObject{label(lang.L("Links (defanged; opened only after you confirm)"))}, d.links.Objects...)
	}
	d.links.Refresh()
}

func defangLink(raw string) string { return defang(raw).Shown }

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// showHighlights marks claims, notes on spans and links in the text.
func (d *detail) showHighlights(n app.Notice) {
	hs := claimHighlights(n.Claims, d.text)
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	for _, note := range n.Notes {
		if note.End > note.Start {
			hs = append(hs, bidi.Highlight{Start: d.text.shownAt(note.Start), End: d.text.shownAt(note.End),
				ID: noteHighlight - note.ID, Color: style.NoteColor(variant)})
		}
	}
	for i, l := range d.text.Links {
		hs = append(hs, bidi.Highlight{Start: l.ShownStart, End: l.ShownEnd, ID: linkHighlight - int64(i), Color: style.LinkColor(variant)})
	}
	d.body.Highlights = hs
	d.body.Refresh()
}

// onTapHighlight: a claim's words go to its row, a link asks to be opened.
func (d *detail) onTapHighlight(id int64) {
	switch {
	case id > 0:
		d.focusClaim(id)
	case id <= linkHighlight:
		if i := int(linkHighlight - id); i < len(d.text.Links) {
			d.u.confirmOpen(d.text.Links[i].URL)
		}
	}
}

// selection is the span of the body the reporter selected while marking.
func (d *detail) selection() (int, int, bool) {
	if !d.marking {
		return 0, 0, false
	}
	a, b := d.select_.Selection()
	if a == b {
		return 0, 0, false
	}
	s, e := d.text.bodySpan(a, b)
	return s, e, e > s
}

func (d *detail) addClaimFromSelection() {
	s, e, ok := d.selection()
	if !ok {
		d.u.showError(errors.New(lang.L("Select the words of the claim in the text first.")))
		return
	}
	d.addClaimAt(s, e)
	d.toggleMarking() // back to the text with its highlights, the new claim's among them
}

// addClaimAt adds a claim on a span of the body: a figure when the
// extractor reads one in those words (the reporter corrects it in the
// table), else an assertion.
func (d *detail) addClaimAt(s, e int) {
	n, ok := d.u.desk.Current()
	if !ok {
		return
	}
	quote := spanText(n.Body, s, e)
	c := app.Claim{Kind: app.ClaimAssertion, Start: s, End: e, Platform: n.Platform}
	if got := extract.Text(quote, extract.Options{Published: n.PublishedAt}); len(got.Claims) > 0 {
		f := got.Claims[0]
		c.Kind, c.Value, c.High, c.Unit, c.UnitText, c.Qualifier, c.Rate = f.Kind, f.Value, f.High, f.Unit, f.UnitText, f.Qualifier, f.Rate
		c.EventDate, c.Period = f.EventDate, f.Period
		if f.Platform != "" {
			c.Platform = f.Platform
		}
	}
	if err := d.u.desk.AddClaim(c); err != nil {
		d.u.showError(err)
	}
}

func (d *detail) noteOnSelection() {
	s, e, ok := d.selection()
	if !ok {
		d.u.showError(errors.New(lang.L("Select the words of the claim in the text first.")))
		return
	}
	body := strings.TrimSpace(d.noteEntry.Text)
	if body == "" {
		d.u.showError(errors.New(lang.L("Write the note in the notes field below first, then mark its words.")))
		return
	}
	d.u.desk.AddSpanNote(d.id, body, s, e)
	d.noteEntry.SetText("")
	d.toggleMarking()
}

// addClaimBar is the field for adding a claim by typing its words: they
// are found in the text (letters folded as search folds them) and
// anchored there.
func (d *detail) addClaimBar() fyne.CanvasObject {
	d.quoteEntry = newEntry()
	d.quoteEntry.SetPlaceHolder(lang.L("Type the words of a claim to find them in the text"))
	find := func() {
		q := strings.TrimSpace(d.quoteEntry.Text)
		if q == "" {
			return
		}
		s, e, ok := d.u.desk.FindQuote(q)
		if !ok {
			d.u.showError(errors.New(lang.L("These words are not in the notice's text:") + " «" + q + "»"))
			return
		}
		d.addClaimAt(s, e)
		d.quoteEntry.SetText("")
	}
	d.quoteEntry.OnSubmitted = func(string) { find() }
	return sides(nil, widget.NewButtonWithIcon(lang.L("Add claim"), theme.ContentAddIcon(), find), d.quoteEntry)
}

// spanText is the body's runes start to end (clamped).
func spanText(body string, start, end int) string {
	rs := []rune(body)
	start, end = max(0, min(start, len(rs))), max(0, min(end, len(rs)))
	if end < start {
		return ""
	}
	return string(rs[start:end])
}

// marginNote is a note on a span as the margin shows it: its words, then
// the note.
func marginNote(n app.Note, words string) fyne.CanvasObject {
	w := bidi.NewLabel("«" + app.Truncate(words, 40) + "»")
	w.Importance = widget.LowImportance
	w.SizeName = theme.SizeNameCaptionText
	b := bidi.NewLabel(n.Body)
	b.SizeName = theme.SizeNameCaptionText
	return container.NewVBox(w, b, widget.NewSeparator())
}

// marginLayout gives the margin a fixed width beside the text and the
// height its notes need at that width (none when it has none).
type marginLayout struct{ width float32 }

func (m marginLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(size.Width, max(size.Height, o.MinSize().Height)))
	}
}

func (m marginLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	empty := true
	for _, o := range objs {
		if c, ok := o.(*fyne.Container); ok && len(c.Objects) == 0 {
			continue
		}
		empty = false
		h = max(h, o.MinSize().Height)
	}
	if empty {
		return fyne.NewSize(0, 0)
	}
	return fyne.NewSize(m.width, h)
}
