package ui

import (
	"fmt"
	"hash/fnv"
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/search"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// noticeRow is one line of the notice list: the title (the characters
// the search matched marked), then headline figures, platform and date,
// and the tags as coloured chips; status, star and a conflict mark at the
// end. Every row has the same height, so the list never measures rows. A
// row takes its own clicks, with their modifier keys: a plain click opens
// the notice, Ctrl adds or removes it from the selection, Shift extends
// the selection to it.
type noticeRow struct {
	widget.BaseWidget
	list     *noticeList
	index    int
	title    *bidi.Label
	meta     *bidi.Label
	tags     *fyne.Container
	status   *widget.Label
	star     *widget.Label
	selected fyne.CanvasObject
	cursor   *canvas.Rectangle
	mods     fyne.KeyModifier // held at the last mouse press
	// the row's tag chips and "+N", made once and relabelled: a row is
	// bound again for every page and every keystroke's results, and new
	// chips each time kept their renderers and textures cached for a
	// minute after
	rowTags []*rowTag
	more    *canvas.Text
	moreBox *fyne.Container
	// what it shows (set skips a row bound again unchanged)
	shown         bool
	shownRow      app.Row
	shownQuery    string
	shownSelected bool
}

// rowTagsShown is how many tag chips a row shows before "+N".
const rowTagsShown = 3

func newNoticeRow(l *noticeList) *noticeRow {
	r := &noticeRow{
		list:     l,
		title:    bidi.NewLabel(""),
		meta:     bidi.NewLabel(""),
		tags:     container.NewHBox(),
		status:   widget.NewLabel(""),
		star:     widget.NewLabel(""),
		selected: selectedColour(),
		cursor:   canvas.NewRectangle(color.Transparent),
		more:     canvas.NewText("", theme.Color(theme.ColorNameForeground)),
	}
	r.more.TextSize = theme.CaptionTextSize()
	r.moreBox = container.NewCenter(r.more)
	r.title.TextStyle.Bold = true
	r.title.MaxLines = 1
	r.meta.MaxLines = 1
	r.meta.SizeName = theme.SizeNameCaptionText
	r.status.Importance = widget.MediumImportance
	r.cursor.StrokeColor = theme.Color(theme.ColorNameFocus)
	r.cursor.StrokeWidth = 0
	r.cursor.CornerRadius = theme.InputRadiusSize()
	r.selected.Hide()
	r.ExtendBaseWidget(r)
	return r
}

func (r *noticeRow) set(n app.Row, selected, cursor bool, query string) {
	// The list binds its rows on screen again at every refresh (a page
	// or the count arriving, a selection): a row that shows this already
	// is not laid out again (its title's bidi layout was most of it).
	if r.shown && sameRow(r.shownRow, n) && r.shownQuery == query && r.shownSelected == selected {
		r.setCursor(cursor)
		return
	}
	r.shown, r.shownRow, r.shownQuery, r.shownSelected = true, n, query, selected
	r.title.Text = n.Title
	r.title.Highlights = matchHighlights(n.Title, query)
	r.title.Refresh()
	setJoined(r.meta, rowMeta(n))
	r.showTags(n.Tags)
	r.status.SetText(statusLabel(n.Status))
	marks := ""
	if n.Starred {
		marks += "★"
	}
	if n.Conflicts > 0 {
		marks += "⚠"
	}
	r.star.SetText(marks)
	if selected {
		r.selected.Show()
	} else {
		r.selected.Hide()
	}
	r.setCursor(cursor)
}

func (r *noticeRow) setCursor(on bool) {
	w := float32(0)
	if on {
		w = 2
	}
	if r.cursor.StrokeWidth != w {
		r.cursor.StrokeWidth = w
		r.cursor.Refresh()
	}
}

// showTags shows the first tags as chips in their colours, and how many
// more there are.
func (r *noticeRow) showTags(ts []app.Tag) {
	objs := make([]fyne.CanvasObject, 0, rowTagsShown+1)
	resized := false
	for i, t := range ts {
		if i == rowTagsShown {
			if more := fmt.Sprintf("+%d", len(ts)-rowTagsShown); more != r.more.Text {
				r.more.Text = more
				r.more.Refresh()
				resized = true
			}
			objs = append(objs, r.moreBox)
			break
		}
		if i == len(r.rowTags) {
			r.rowTags = append(r.rowTags, newRowTag())
		}
		if r.rowTags[i].set(t) {
			resized = true
		}
		objs = append(objs, r.rowTags[i].box)
	}
	if rtlUI() {
		slices.Reverse(objs)
	}
	if !resized && slices.Equal(objs, r.tags.Objects) {
		return
	}
	r.tags.Objects = objs
	r.tags.Refresh()
}

// sameRow reports whether two rows show alike (the search's score aside).
func sameRow(a, b app.Row) bool {
	return a.ID == b.ID && a.Title == b.Title && a.Summary == b.Summary && a.Platform == b.Platform &&
		a.Lang == b.Lang && a.Direction == b.Direction && a.Kind == b.Kind && a.Date.Equal(b.Date) &&
		a.Status == b.Status && a.Starred == b.Starred && a.Conflicts == b.Conflicts && slices.Equal(a.Tags, b.Tags)
}

// placeholder is drawn while the row's page is on its way.
func (r *noticeRow) placeholder() {
	r.shown = false
	r.title.Text = "…"
	r.title.Highlights = nil
	r.title.Refresh()
	r.meta.SetText("")
	r.showTags(nil)
	r.status.SetText("")
	r.star.SetText("")
	r.selected.Hide()
	r.setCursor(false)
}

// MouseDown keeps the modifier keys held, for the tap that follows.
func (r *noticeRow) MouseDown(ev *desktop.MouseEvent) { r.mods = ev.Modifier }

// MouseUp is part of desktop.Mouseable.
func (r *noticeRow) MouseUp(*desktop.MouseEvent) {}

// Tapped opens the notice or changes the selection, by the keys held.
func (r *noticeRow) Tapped(*fyne.PointEvent) {
	mods := r.mods | currentModifiers()
	r.mods = 0
	r.list.clicked(r.index, mods)
}

// matchHighlights marks the characters of a title that the search text
// matched, folded as the search folds them.
func matchHighlights(title, query string) []bidi.Highlight {
	if query == "" {
		return nil
	}
	spans := search.Highlights(title, query)
	if len(spans) == 0 {
		return nil
	}
	c := matchColour()
	out := make([]bidi.Highlight, len(spans))
	for i, s := range spans {
		out[i] = bidi.Highlight{Start: s.Start, End: s.End, Color: c}
	}
	return out
}

// matchColour is the background of matched characters: the theme's
// warning colour, faint enough for the text to read on it.
func matchColour() color.Color {
	r, g, b, _ := theme.Color(theme.ColorNameWarning).RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x70}
}

// rowTag is a tag drawn small in its colour, relabelled in place.
type rowTag struct {
	bg    *canvas.Rectangle
	label *bidi.Label
	size  fyne.Size
	box   *fyne.Container
}

func newRowTag() *rowTag {
	c := &rowTag{bg: canvas.NewRectangle(color.Transparent), label: bidi.NewLabel("")}
	c.bg.CornerRadius = theme.InputRadiusSize() * 2
	c.label.MaxLines = 1
	c.label.SizeName = theme.SizeNameCaptionText
	c.box = container.New(fixedSize{&c.size}, c.bg, container.New(centreTall{}, c.label))
	return c
}

// set shows the tag t, and reports whether the chip's size changed.
func (c *rowTag) set(t app.Tag) bool {
	text := "#" + t.Name
	if fill := chipColour(rowTagColour(t)); fill != c.bg.FillColor {
		c.bg.FillColor = fill
		c.bg.Refresh()
	}
	if text == c.label.Text {
		return false
	}
	h := fyne.MeasureText(text, theme.CaptionTextSize(), fyne.TextStyle{}).Height
	c.size = fyne.NewSize(min(chipWidth(text, theme.CaptionTextSize()), 140), h+theme.Padding())
	c.label.SetText(text)
	c.box.Refresh()
	return true
}

// fixedSize lays its objects over each other at a size its owner sets.
type fixedSize struct{ size *fyne.Size }

func (l fixedSize) MinSize([]fyne.CanvasObject) fyne.Size { return *l.size }

func (l fixedSize) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// centreTall centres objects vertically at their own minimum height, even
// where that is taller than the space (a bidi label's padding around a
// small chip's text).
type centreTall struct{}

func (centreTall) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, (size.Height-h)/2))
		o.Resize(fyne.NewSize(size.Width, h))
	}
}

func (centreTall) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.Size{} }

// rowTagPalette colours tags that have no colour of their own, each name
// always the same colour.
var rowTagPalette = []color.NRGBA{
	{0x1f, 0x77, 0xb4, 0xff}, {0x2c, 0xa0, 0x2c, 0xff}, {0xd6, 0x27, 0x28, 0xff}, {0x94, 0x67, 0xbd, 0xff},
	{0xff, 0x7f, 0x0e, 0xff}, {0x17, 0xbe, 0xcf, 0xff}, {0xe3, 0x77, 0xc2, 0xff}, {0x8c, 0x56, 0x4b, 0xff},
}

// rowTagColour is a tag's own colour ("#rrggbb"), else one from the
// palette picked by its name.
func rowTagColour(t app.Tag) color.Color {
	var c color.NRGBA
	if len(t.Colour) == 7 && t.Colour[0] == '#' {
		if _, err := fmt.Sscanf(t.Colour, "#%02x%02x%02x", &c.R, &c.G, &c.B); err == nil {
			c.A = 0xff
			return c
		}
	}
	h := fnv.New32a()
	h.Write([]byte(t.Name))
	return rowTagPalette[h.Sum32()%uint32(len(rowTagPalette))]
}

// rowMeta is the second line of a list row: "78 channels · 12 languages ·
// Telegram · 2015-11-18".
func rowMeta(n app.Row) string {
	var parts []string
	if n.Summary != "" {
		parts = append(parts, summaryText(n.Summary))
	} else {
		parts = append(parts, lang.L("no figures"))
	}
	if n.Platform != "" {
		parts = append(parts, n.Platform)
	}
	parts = append(parts, day(n.Date))
	return joinParts(parts)
}

func (r *noticeRow) CreateRenderer() fyne.WidgetRenderer {
	// The status column is as wide as the widest status, so every row lays
	// out alike whatever it shows (or while it is a placeholder).
	w := float32(0)
	for _, s := range app.Statuses {
		w = max(w, fyne.MeasureText(statusLabel(s), theme.TextSize(), fyne.TextStyle{}).Width)
	}
	w += 2 * theme.InnerPadding()
	h := r.status.MinSize().Height
	end := container.NewVBox(container.NewGridWrap(fyne.NewSize(w, h), r.status), container.NewGridWrap(fyne.NewSize(w, h), r.star))
	second := sides(nil, container.NewCenter(r.tags), r.meta)
	body := sides(nil, end, container.New(&tightVBox{}, r.title, second))
	return widget.NewSimpleRenderer(container.NewStack(r.selected, r.cursor, body))
}

func noticeDate(n app.Notice) string {
	if !n.PublishedAt.IsZero() {
		return dayText(n.PublishedAt)
	}
	if !n.ImportedAt.IsZero() {
		return lang.L("imported") + " " + dayText(n.ImportedAt)
	}
	return "—"
}

func statusLabel(s app.Status) string {
	return lang.L("status." + string(s))
}

func verificationLabel(v app.Verification) string {
	return lang.L("verification." + string(v))
}

// tightVBox stacks objects with no padding, so two label lines read as one row.
type tightVBox struct{}

func (tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
	}
	return s
}

func (tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h
	}
}
