package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// filterChips shows the query's active filters above the list, each as a
// chip whose × takes that filter away, and a button that clears them all.
// Chips flow in reading order: left to right in English, right to left in
// Arabic.
type filterChips struct {
	u       *UI
	content *flowBox
	chips   []*filterChip // the chips shown, for tests
	// made once and relabelled, in order: every keystroke changes the
	// search's chip, and a new chip each time kept its renderer and
	// textures cached for a minute after
	pool  []*filterChip
	clear *widget.Button
}

func newFilterChips(u *UI) *filterChips {
	c := &filterChips{u: u, content: newFlowBox()}
	c.clear = widget.NewButton(lang.L("Clear filters"), u.clearFilters)
	c.clear.Importance = widget.LowImportance
	c.content.Hide()
	return c
}

// show shows the query's filters as chips (a handful at most).
func (c *filterChips) show() {
	q := c.u.desk.Query()
	c.chips = c.chips[:0]
	add := func(text string, remove func(*app.Query)) {
		act := func() {
			q := c.u.desk.Query()
			remove(&q)
			c.u.setQuery(q)
		}
		if n := len(c.chips); n < len(c.pool) {
			c.pool[n].set(text, act)
		} else {
			c.pool = append(c.pool, newFilterChip(text, act))
		}
		c.chips = c.pool[:len(c.chips)+1]
	}
	if q.Text != "" {
		add("«"+q.Text+"»", func(q *app.Query) { q.Text = "" })
	}
	for _, s := range q.Statuses {
		add(statusLabel(s), func(q *app.Query) { q.Statuses = toggleStatus(q.Statuses, s, false) })
	}
	for _, p := range q.Platforms {
		add(p, func(q *app.Query) { q.Platforms = toggle(q.Platforms, p, false) })
	}
	for _, t := range q.Tags {
		add("#"+t, func(q *app.Query) { q.Tags = toggle(q.Tags, t, false) })
	}
	for _, l := range q.Langs {
		add(langName(l), func(q *app.Query) { q.Langs = toggle(q.Langs, l, false) })
	}
	if q.Starred {
		add("★ "+lang.L("Starred"), func(q *app.Query) { q.Starred = false })
	}
	if q.Conflict {
		add("⚠ "+lang.L("Conflicting figures"), func(q *app.Query) { q.Conflict = false })
	}
	if !q.From.IsZero() {
		add(lang.L("From")+" "+q.From.Format("2006-01-02"), func(q *app.Query) { q.From = app.Query{}.From })
	}
	if !q.To.IsZero() {
		add(lang.L("To")+" "+q.To.Format("2006-01-02"), func(q *app.Query) { q.To = app.Query{}.To })
	}
	objs := make([]fyne.CanvasObject, 0, len(c.chips)+1)
	for _, ch := range c.chips {
		objs = append(objs, ch)
	}
	if len(c.chips) > 1 {
		objs = append(objs, c.clear)
	}
	c.content.set(objs)
	if len(objs) == 0 {
		c.content.Hide()
	} else {
		c.content.Show()
	}
	c.content.Refresh()
	c.u.relayoutListPane()
}

// clearFilters shows every notice again, keeping the sort.
func (u *UI) clearFilters() {
	u.setQuery(app.Query{Sort: u.desk.Query().Sort})
}

// filterChip is one active filter: its name and a × that removes it.
type filterChip struct {
	widget.BaseWidget
	text     *bidi.Label
	remove   *widget.Button
	onRemove func()
	size     fyne.Size // of the text
}

func newFilterChip(text string, remove func()) *filterChip {
	c := &filterChip{text: bidi.NewLabel(""), onRemove: remove}
	c.text.MaxLines = 1
	c.text.SizeName = theme.SizeNameCaptionText
	c.remove = widget.NewButtonWithIcon("", theme.CancelIcon(), func() { c.onRemove() })
	c.remove.Importance = widget.LowImportance
	c.ExtendBaseWidget(c)
	c.set(text, remove)
	return c
}

// set shows text, and remove as what the × does.
func (c *filterChip) set(text string, remove func()) {
	c.onRemove = remove
	if text == c.text.Text {
		return
	}
	c.size = fyne.NewSize(min(chipWidth(text, theme.CaptionTextSize()), 260), c.remove.MinSize().Height)
	c.text.SetText(text)
	c.Refresh()
}

// Text is what the chip says.
func (c *filterChip) Text() string { return c.text.Text }

func (c *filterChip) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(chipColour(theme.Color(theme.ColorNamePrimary)))
	bg.CornerRadius = theme.InputRadiusSize() * 2
	text := container.New(fixedSize{&c.size}, container.New(centreTall{}, c.text))
	return widget.NewSimpleRenderer(container.NewStack(bg, rowOf(text, c.remove)))
}

// chipColour is a chip's background: its colour, faint enough for the
// theme's text to read on it in light and dark themes.
func chipColour(c color.Color) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x48}
}

// flowBox places objects in lines at their minimum size, wrapping when a
// line is full, from the right in a right-to-left window. Its height
// follows the lines its width needs: it lays out again when the width
// changes, so the container above asks for its new MinSize.
type flowBox struct {
	widget.BaseWidget
	objs  []fyne.CanvasObject
	width float32
}

func newFlowBox() *flowBox {
	f := &flowBox{}
	f.ExtendBaseWidget(f)
	return f
}

// set replaces the objects.
func (f *flowBox) set(objs []fyne.CanvasObject) {
	f.objs = objs
	f.Refresh()
}

func (f *flowBox) lines(width float32) [][]fyne.CanvasObject {
	var lines [][]fyne.CanvasObject
	var line []fyne.CanvasObject
	x := float32(0)
	pad := theme.Padding()
	for _, o := range f.objs {
		if !o.Visible() {
			continue
		}
		w := o.MinSize().Width
		if len(line) > 0 && width > 0 && x+w > width {
			lines = append(lines, line)
			line, x = nil, 0
		}
		line = append(line, o)
		x += w + pad
	}
	if len(line) > 0 {
		lines = append(lines, line)
	}
	return lines
}

// MinSize is the widest object by the height of the lines at the width
// last given (one line before the first layout).
func (f *flowBox) MinSize() fyne.Size {
	var s fyne.Size
	pad := theme.Padding()
	for _, o := range f.objs {
		if o.Visible() {
			s.Width = max(s.Width, o.MinSize().Width)
		}
	}
	for i, line := range f.lines(f.width) {
		h := float32(0)
		for _, o := range line {
			h = max(h, o.MinSize().Height)
		}
		if i > 0 {
			s.Height += pad
		}
		s.Height += h
	}
	return s
}

// Resize lays the lines out again; a new width can change the height.
func (f *flowBox) Resize(size fyne.Size) {
	old := f.width
	f.width = size.Width
	f.BaseWidget.Resize(size)
	if old != size.Width {
		f.Refresh()
	}
}

func (f *flowBox) CreateRenderer() fyne.WidgetRenderer { return &flowRenderer{f: f} }

type flowRenderer struct{ f *flowBox }

func (r *flowRenderer) Layout(size fyne.Size) {
	pad := theme.Padding()
	y := float32(0)
	for _, line := range r.f.lines(size.Width) {
		x, h := float32(0), float32(0)
		for _, o := range line {
			m := o.MinSize()
			pos := x
			if rtlUI() {
				pos = size.Width - x - m.Width
			}
			o.Move(fyne.NewPos(pos, y))
			o.Resize(m)
			x += m.Width + pad
			h = max(h, m.Height)
		}
		y += h + pad
	}
}

func (r *flowRenderer) MinSize() fyne.Size           { return r.f.MinSize() }
func (r *flowRenderer) Objects() []fyne.CanvasObject { return r.f.objs }
func (r *flowRenderer) Destroy()                     {}
func (r *flowRenderer) Refresh()                     { r.Layout(r.f.Size()) }
