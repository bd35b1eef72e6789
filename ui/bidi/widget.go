package bidi

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/assets/fonts"
)

// Highlight marks a span of Text, in rune offsets [Start, End), with a
// background colour. ID is passed back to OnTapHighlight.
type Highlight struct {
	Start, End int
	Color      color.Color
	ID         int64
}

// TextProps are the display properties shared by Paragraph and Label.
type TextProps struct {
	// Text is shown as given, in logical order; it is never modified.
	Text string
	// Direction is the base direction of each paragraph; Auto (the zero
	// value) uses each paragraph's first strong character.
	Direction Direction
	// TextStyle selects bold, italic or monospace for non-Arabic runs and
	// bold for Arabic runs.
	TextStyle fyne.TextStyle
	// SizeName is the theme size of the text; empty means
	// theme.SizeNameText.
	SizeName fyne.ThemeSizeName
	// Importance picks the text colour like widget.Label does.
	Importance widget.Importance
	// MaxLines > 0 cuts the text to that many lines with an ellipsis, and
	// makes MinSize exactly that many lines tall, for fixed-height list rows.
	MaxLines int
	// Highlights are drawn behind the text.
	Highlights []Highlight
}

// Paragraph shows bidirectional text (Arabic mixed with digits, Latin names,
// URLs) in the visual order a browser would use, wrapped to its width.
// It implements fyne.Tappable for highlights and fyne.SecondaryTappable for
// a Copy menu, so it takes taps away from a List row it sits in: use Label
// for list rows.
type Paragraph struct {
	widget.BaseWidget
	TextProps

	// OnTapHighlight is called with the ID of the highlight under a tap.
	OnTapHighlight func(id int64)

	r *renderer
}

// NewParagraph returns a Paragraph showing text.
func NewParagraph(text string) *Paragraph {
	p := &Paragraph{TextProps: TextProps{Text: text}}
	p.ExtendBaseWidget(p)
	return p
}

// SetText changes the text and refreshes the widget.
func (p *Paragraph) SetText(text string) {
	p.Text = text
	p.Refresh()
}

// CreateRenderer is part of fyne.Widget.
func (p *Paragraph) CreateRenderer() fyne.WidgetRenderer {
	p.ExtendBaseWidget(p)
	p.r = newRenderer(p, &p.TextProps)
	return p.r
}

// Resize lays the text out again; a new width can change the height, so the
// widget refreshes to let its container ask for MinSize again.
func (p *Paragraph) Resize(size fyne.Size) {
	old := p.Size()
	p.BaseWidget.Resize(size)
	if size.Width != old.Width {
		p.Refresh()
	}
}

// Tapped calls OnTapHighlight when the tap falls on a highlight.
func (p *Paragraph) Tapped(ev *fyne.PointEvent) {
	if p.OnTapHighlight == nil || p.r == nil {
		return
	}
	if id, ok := p.r.highlightAt(ev.Position); ok {
		p.OnTapHighlight(id)
	}
}

// TappedSecondary shows a menu to copy the text. The clipboard gets the
// logical text, never the visual order, so pasting elsewhere works.
func (p *Paragraph) TappedSecondary(ev *fyne.PointEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(p)
	if c == nil {
		return
	}
	text := p.Text
	items := []*fyne.MenuItem{fyne.NewMenuItem(lang.L("Copy"), func() {
		fyne.CurrentApp().Clipboard().SetContent(text)
	})}
	if p.r != nil {
		if h, ok := p.r.highlightSpanAt(ev.Position); ok {
			rs := []rune(text)
			s, e := max(0, h.Start), min(len(rs), h.End)
			if s < e {
				quote := string(rs[s:e])
				items = append(items, fyne.NewMenuItem(lang.L("Copy highlighted"), func() {
					fyne.CurrentApp().Clipboard().SetContent(quote)
				}))
			}
		}
	}
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), c, ev.AbsolutePosition)
}

// Label is a Paragraph that takes no input, for List rows and other places
// where taps must reach the container.
type Label struct {
	widget.BaseWidget
	TextProps
}

// NewLabel returns a Label showing text.
func NewLabel(text string) *Label {
	l := &Label{TextProps: TextProps{Text: text}}
	l.ExtendBaseWidget(l)
	return l
}

// SetText changes the text and refreshes the widget.
func (l *Label) SetText(text string) {
	l.Text = text
	l.Refresh()
}

// CreateRenderer is part of fyne.Widget.
func (l *Label) CreateRenderer() fyne.WidgetRenderer {
	l.ExtendBaseWidget(l)
	return newRenderer(l, &l.TextProps)
}

// Resize lays the text out again, see Paragraph.Resize.
func (l *Label) Resize(size fyne.Size) {
	old := l.Size()
	l.BaseWidget.Resize(size)
	if size.Width != old.Width {
		l.Refresh()
	}
}

// fontFor returns the font resource for a run of the given script, or nil
// for the theme font. Noto Sans Arabic has no Latin or ASCII punctuation, so
// it only ever gets Arabic-script runs.
func fontFor(s script, style fyne.TextStyle) fyne.Resource {
	switch s {
	case scriptArabic:
		if style.Bold {
			return fonts.NotoSansArabicBold
		}
		return fonts.NotoSansArabic
	case scriptDevanagari:
		return fonts.NotoSansDevanagari
	}
	return nil
}

func isBlank(s string) bool {
	for _, r := range s {
		if !isSpace(r) && !isParaSep(r) {
			return false
		}
	}
	return true
}

// displayText is what a run's canvas.Text gets. Strong RTL runs go in
// logical order: the text painter shapes a pure RTL run and draws it right
// to left. Neutral runs in RTL context (brackets, quotes, commas) would be
// drawn left to right, so they are reversed and mirrored here.
func displayText(r Run) string {
	if !r.RTL {
		return r.Text
	}
	if _, strong := firstStrong([]rune(r.Text)); strong {
		return r.Text
	}
	return visualRTL(r.Text)
}

func trimUTF8(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }
