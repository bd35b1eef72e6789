package ui

import (
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app/brief"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// linkRe finds links in a notice's text: a scheme, or www., up to a space
// or a character no link ends with.
var linkRe = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>"'«»()\[\]{}]+`)

// textLink is one link of a notice's text: where it stands in the body and
// in the text shown, and its full address.
type textLink struct {
	URL                  string
	Start, End           int // runes in the body
	ShownStart, ShownEnd int // runes in the text shown
}

// defangedText is a notice's text as the pane shows it, every link
// defanged (hxxps://example[.]com), with rune offsets mapped both ways so
// claim highlights, selections and notes still point into the stored body.
type defangedText struct {
	Shown   string
	Links   []textLink
	toShown []int // body offset → shown offset, len(body)+1
	toBody  []int // shown offset → body offset, len(shown)+1
}

// defang makes the shown text of body.
func defang(body string) defangedText {
	var d defangedText
	var shown strings.Builder
	bodyRunes := utf8.RuneCountInString(body)
	d.toShown = make([]int, 0, bodyRunes+1)
	n := 0 // runes written to shown
	prev := 0
	for _, m := range linkRe.FindAllStringIndex(body, -1) {
		raw := strings.TrimRight(body[m[0]:m[1]], ".,;:!?،؛")
		m[1] = m[0] + len(raw)
		for _, r := range body[prev:m[0]] {
			d.toShown = append(d.toShown, n)
			shown.WriteRune(r)
			n++
		}
		l := textLink{URL: raw, Start: len(d.toShown), ShownStart: n}
		full := brief.Defang(raw)
		// each rune of the link maps to where its prefix ends in the defanged form
		k := 0
		for i := range raw {
			d.toShown = append(d.toShown, n+utf8.RuneCountInString(brief.Defang(raw[:i])))
			k++
		}
		shown.WriteString(full)
		n += utf8.RuneCountInString(full)
		l.End, l.ShownEnd = l.Start+k, n
		d.Links = append(d.Links, l)
		prev = m[1]
	}
	for _, r := range body[prev:] {
		d.toShown = append(d.toShown, n)
		shown.WriteRune(r)
		n++
	}
	d.toShown = append(d.toShown, n)
	d.Shown = shown.String()
	d.toBody = make([]int, n+1)
	for i := range d.toBody {
		d.toBody[i] = -1
	}
	for b, s := range d.toShown {
		if d.toBody[s] < 0 {
			d.toBody[s] = b
		}
	}
	last := 0
	for i, b := range d.toBody {
		if b < 0 {
			d.toBody[i] = last
		} else {
			last = b
		}
	}
	return d
}

// shownAt maps a body offset to the text shown (clamped).
func (d defangedText) shownAt(off int) int {
	return d.toShown[max(0, min(off, len(d.toShown)-1))]
}

// bodySpan maps a span of the text shown to the body; a span that ends
// inside a link takes the link whole.
func (d defangedText) bodySpan(start, end int) (int, int) {
	start, end = max(0, min(start, len(d.toBody)-1)), max(0, min(end, len(d.toBody)-1))
	bs, be := d.toBody[start], d.toBody[end]
	for _, l := range d.Links {
		if end > l.ShownStart && end < l.ShownEnd {
			be = l.End
		}
	}
	return bs, be
}

// safeURL is the address a link would open: http(s) only, with a scheme
// added to a bare www. link. ok is false for anything else.
func safeURL(raw string) (*url.URL, bool) {
	if strings.HasPrefix(strings.ToLower(raw), "www.") {
		raw = "https://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, false
	}
	return u, true
}

// openURL hands an address to the system's browser (tests record it).
var openURL = func(u *url.URL) error { return fyne.CurrentApp().OpenURL(u) }

// confirmOpen asks before a link leaves the app: the dialog shows the full
// address, never the link's text alone, and only OK opens it.
func (u *UI) confirmOpen(raw string) {
	target, ok := safeURL(raw)
	if !ok {
		u.showError(errNotWeb(raw))
		return
	}
	addr := bidi.NewParagraph(target.String())
	addr.Direction = bidi.LTR
	addr.TextStyle.Monospace = true
	warn := widget.NewLabel(lang.L("This link comes from an imported notice. Open it in your browser only if you trust it."))
	warn.Wrapping = fyne.TextWrapWord
	warn.Alignment = uiAlign()
	content := container.NewVBox(warn, container.NewPadded(addr))
	d := confirm(lang.L("Open link?"), lang.L("Open in browser"), lang.L("Cancel"), container.NewGridWrap(fyne.NewSize(480, 140), content), u.win, func() {
		if err := openURL(target); err != nil {
			u.showError(err)
		}
	})
	u.detail.linkDialog = d
	d.Show()
}

type notWebError string

func (e notWebError) Error() string {
	return lang.L("Not a web address, so it is not opened:") + " " + brief.Defang(string(e))
}

func errNotWeb(raw string) error { return notWebError(raw) }
