package bidi

import (
	"image/color"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

const ellipsis = "…"

type measureKey struct {
	text   string
	source fyne.Resource
	size   float32
	style  fyne.TextStyle
}

// layoutKey holds everything a layout depends on, to skip needless work.
type layoutKey struct {
	text     string
	dir      Direction
	width    float32
	size     float32
	style    fyne.TextStyle
	maxLines int
}

type rect struct {
	x0, y0, x1, y1 float32
	id             int64
	hl             int // index into Highlights
}

type renderer struct {
	w     fyne.Widget
	props *TextProps

	key   layoutKey
	lines []Line
	valid bool

	// Vertical metrics of the current layout.
	lineH, baseline, gap, pad float32

	texts   []*canvas.Text
	bgs     []*canvas.Rectangle
	rects   []rect
	objects []fyne.CanvasObject
}

func newRenderer(w fyne.Widget, props *TextProps) *renderer {
	r := &renderer{w: w, props: props}
	r.Refresh()
	return r
}

func (r *renderer) textSize() float32 {
	th := theme.CurrentForWidget(r.w)
	name := r.props.SizeName
	if name == "" {
		name = theme.SizeNameText
	}
	return th.Size(name)
}

func (r *renderer) textColor() color.Color {
	var n fyne.ThemeColorName
	switch r.props.Importance {
	case widget.LowImportance:
		n = theme.ColorNameDisabled
	case widget.HighImportance:
		n = theme.ColorNamePrimary
	case widget.DangerImportance:
		n = theme.ColorNameError
	case widget.WarningImportance:
		n = theme.ColorNameWarning
	case widget.SuccessImportance:
		n = theme.ColorNameSuccess
	default:
		n = theme.ColorNameForeground
	}
	return theme.ColorForWidget(n, r.w)
}

// measureWith returns the drawn width of s in a given font, cached because
// layout measures the same words again on every resize.
func (r *renderer) measureWith(s string, src fyne.Resource, size float32, style fyne.TextStyle) float32 {
	return measureCached(s, src, size, style)
}

// widths remembers drawn widths for every widget of the package: the list
// rows and the detail pane measure the same words again on every bind and
// resize. A cache per widget, 20,000 words each, grew with every title a
// row had ever shown (megabytes after an hour of scrolling); one shared
// cache keeps the words in use and forgets the rest.
var widths = newWidthCache(8192)

// widthCache is a bounded map in two generations: when the newer fills,
// it becomes the older and the oldest is dropped, and a width found in the
// older is carried into the newer, so words in use stay.
type widthCache struct {
	mu         sync.Mutex
	max        int
	new, older map[measureKey]float32
}

func newWidthCache(max int) *widthCache {
	return &widthCache{max: max, new: map[measureKey]float32{}, older: map[measureKey]float32{}}
}

func (c *widthCache) get(k measureKey) (float32, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if w, ok := c.new[k]; ok {
		return w, true
	}
	w, ok := c.older[k]
	if ok {
		c.putLocked(k, w)
	}
	return w, ok
}

func (c *widthCache) put(k measureKey, w float32) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.putLocked(k, w)
}

func (c *widthCache) putLocked(k measureKey, w float32) {
	if len(c.new) >= c.max {
		c.older, c.new = c.new, make(map[measureKey]float32, c.max)
	}
	c.new[k] = w
}

// measureCached measures s through the driver, remembering widths.
func measureCached(s string, src fyne.Resource, size float32, style fyne.TextStyle) float32 {
	k := measureKey{s, src, size, style}
	if w, ok := widths.get(k); ok {
		return w
	}
	sz, _ := fyne.CurrentApp().Driver().RenderedTextSize(s, size, style, src)
	widths.put(k, sz.Width)
	return sz.Width
}

func (r *renderer) measureFunc(size float32, style fyne.TextStyle) func(string) float32 {
	return func(s string) float32 {
		return r.measureWith(s, fontFor(scriptOfRun(s), style), size, style)
	}
}

// metrics sets line height and baseline: the tallest of the fonts in use,
// so Arabic and Latin runs share one baseline.
func (r *renderer) metrics(size float32, style fyne.TextStyle, text string) {
	th := theme.CurrentForWidget(r.w)
	r.lineH, r.baseline = lineMetrics(size, style, text, r.props.MaxLines > 0)
	r.gap = th.Size(theme.SizeNameLineSpacing)
	r.pad = th.Size(theme.SizeNameInnerPadding)
}

// lineMetrics returns the line height and baseline of text: those of the
// tallest font it needs (with arabic, the Arabic font whatever the text).
func lineMetrics(size float32, style fyne.TextStyle, text string, arabic bool) (lineH, baseline float32) {
	drv := fyne.CurrentApp().Driver()
	h, base := drv.RenderedTextSize("M", size, style, nil)
	fontsUsed := map[script]bool{}
	if arabic {
		fontsUsed[scriptArabic] = true
	}
	for _, c := range text {
		if s := baseScript(c); s != scriptOther {
			fontsUsed[s] = true
		}
	}
	asc, desc := base, h.Height-base
	for s := range fontsUsed {
		hh, bb := drv.RenderedTextSize(" ", size, style, fontFor(s, style))
		asc, desc = max(asc, bb), max(desc, hh.Height-bb)
	}
	return asc + desc, asc
}

// relayout recomputes lines for the given outer width if anything changed.
func (r *renderer) relayout(outerWidth float32) {
	size := r.textSize()
	text := trimUTF8(r.props.Text)
	inner := outerWidth - 2*theme.CurrentForWidget(r.w).Size(theme.SizeNameInnerPadding)
	if outerWidth <= 0 {
		inner = 0 // not sized yet: lay out without wrapping
	} else if inner < 1 {
		inner = 1
	}
	k := layoutKey{text, r.props.Direction, inner, size, r.props.TextStyle, r.props.MaxLines}
	if r.valid && k == r.key {
		return
	}
	r.key, r.valid = k, true
	r.metrics(size, r.props.TextStyle, text)
	m := r.measureFunc(size, r.props.TextStyle)
	r.lines = layoutText(text, r.props.Direction, inner, m, r.props.MaxLines, m(ellipsis))
}

func (r *renderer) linesShown() int {
	if r.props.MaxLines > 0 {
		return r.props.MaxLines
	}
	return max(1, len(r.lines))
}

// MinSize is like a wrapping widget.Label: narrow, and as tall as the text
// wrapped at the current width (or MaxLines lines).
func (r *renderer) MinSize() fyne.Size {
	r.relayout(r.w.Size().Width)
	n := float32(r.linesShown())
	h := n*r.lineH + (n-1)*r.gap + 2*r.pad
	w := r.measureWith("M", nil, r.textSize(), r.props.TextStyle) + 2*r.pad
	return fyne.NewSize(w, h)
}

func (r *renderer) Layout(size fyne.Size) {
	r.relayout(size.Width)
	r.build()
}

func (r *renderer) Refresh() {
	r.valid = false
	r.relayout(r.w.Size().Width)
	r.build()
	canvas.Refresh(r.w)
}

func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *renderer) Destroy() {}

func (r *renderer) lineTop(i int) float32 {
	return r.pad + float32(i)*(r.lineH+r.gap)
}

// build places one canvas.Text per run and one rectangle per highlighted
// piece of a run.
func (r *renderer) build() {
	size := r.key.size
	style := r.props.TextStyle
	fg := r.textColor()
	drv := fyne.CurrentApp().Driver()
	nt := 0
	nextText := func() *canvas.Text {
		if nt == len(r.texts) {
			r.texts = append(r.texts, &canvas.Text{})
		}
		t := r.texts[nt]
		nt++
		return t
	}
	r.rects = r.rects[:0]
	m := r.measureFunc(size, style)
	for li, l := range r.lines {
		top := r.lineTop(li)
		for _, run := range l.Runs {
			r.addHighlights(run, top, m)
			if isBlank(run.Text) {
				continue
			}
			src := fontFor(scriptOfRun(run.Text), style)
			fh, base := drv.RenderedTextSize(" ", size, style, src)
			t := nextText()
			t.Text, t.TextSize, t.TextStyle, t.FontSource, t.Color = displayText(run), size, style, src, fg
			t.Alignment = fyne.TextAlignLeading
			// The painter centres text in a taller box, so the box gets the
			// font's own height and the baseline is placed by hand.
			t.Move(fyne.NewPos(r.pad+run.X, top+r.baseline-base))
			t.Resize(fyne.NewSize(run.Width, fh.Height))
		}
		if l.Ellipsis {
			t := nextText()
			t.Text, t.TextSize, t.TextStyle, t.FontSource, t.Color = ellipsis, size, style, nil, fg
			fh, base := drv.RenderedTextSize(" ", size, style, nil)
			x := r.contentRight(l)
			if l.RTL {
				x = r.contentLeft(l) - m(ellipsis)
			}
			t.Move(fyne.NewPos(r.pad+x, top+r.baseline-base))
			t.Resize(fyne.NewSize(m(ellipsis), fh.Height))
		}
	}
	// Each highlight is a faint tint with a solid bar under the words: the
	// tint shows the span, the bar its colour, and the glyphs keep nearly
	// full contrast for reading (and for OCR of screenshots).
	for len(r.bgs) < 2*len(r.rects) {
		r.bgs = append(r.bgs, &canvas.Rectangle{})
	}
	r.objects = r.objects[:0]
	for i, rc := range r.rects {
		fill, bar := r.bgs[2*i], r.bgs[2*i+1]
		c := color.NRGBAModel.Convert(r.props.Highlights[rc.hl].Color).(color.NRGBA)
		fill.FillColor = color.NRGBA{c.R, c.G, c.B, c.A / 3}
		fill.CornerRadius = 2
		fill.Move(fyne.NewPos(r.pad+rc.x0, rc.y0))
		fill.Resize(fyne.NewSize(rc.x1-rc.x0, rc.y1-rc.y0))
		bar.FillColor = color.NRGBA{c.R, c.G, c.B, 0xff}
		bar.CornerRadius = 1
		bar.Move(fyne.NewPos(r.pad+rc.x0, rc.y1-underlineH))
		bar.Resize(fyne.NewSize(rc.x1-rc.x0, underlineH))
		r.objects = append(r.objects, fill, bar)
	}
	for _, t := range r.texts[:nt] {
		r.objects = append(r.objects, t)
	}
	r.texts = trimSpare(r.texts, nt)
	r.bgs = trimSpare(r.bgs, 2*len(r.rects))
	for _, o := range r.objects {
		o.Refresh()
	}
}

// spareObjects is how many canvas objects a renderer keeps unused for its
// next text. A new canvas.Text for each run of each new text (a row's
// title, per keystroke) put a new object in Fyne's caches, where it and
// its texture stayed for a minute; kept and relabelled, the same few
// objects are drawn again.
const spareObjects = 16

// trimSpare keeps the first used objects of pool and at most spareObjects
// more, dropping the rest so they can be freed.
func trimSpare[T any](pool []*T, used int) []*T {
	if keep := used + spareObjects; len(pool) > keep {
		clear(pool[keep:])
		return pool[:keep]
	}
	return pool
}

func (r *renderer) contentLeft(l Line) float32 {
	for _, run := range l.Runs {
		if run.Width > 0 {
			return run.X
		}
	}
	if len(l.Runs) > 0 {
		return l.Runs[0].X
	}
	return 0
}

func (r *renderer) contentRight(l Line) float32 {
	x := float32(0)
	for _, run := range l.Runs {
		if run.Width > 0 {
			x = run.X + run.Width
		}
	}
	return x
}

// addHighlights adds rectangles for the parts of run covered by highlights.
// Offsets inside a run are turned into x by measuring its logical prefix;
// for RTL runs the prefix is measured from the right edge.
func (r *renderer) addHighlights(run Run, top float32, m func(string) float32) {
	if run.Width <= 0 {
		return
	}
	var rs []rune
	for hi, h := range r.props.Highlights {
		s, e := max(h.Start, run.Start), min(h.End, run.End)
		if s >= e {
			continue
		}
		if rs == nil {
			rs = []rune(run.Text)
		}
		a := m(string(rs[:s-run.Start]))
		b := m(string(rs[:e-run.Start]))
		if s == run.Start {
			a = 0
		}
		if e == run.End {
			b = run.Width
		}
		x0, x1 := run.X+a, run.X+b
		if run.RTL {
			x0, x1 = run.X+run.Width-b, run.X+run.Width-a
		}
		// Join with the previous rectangle of the same highlight when they
		// touch on the same line, so a phrase gets one box, not one per word.
		if n := len(r.rects); n > 0 {
			p := &r.rects[n-1]
			if p.hl == hi && p.y0 == top && absf(p.x1-x0) < 0.5 {
				p.x1 = x1
				continue
			}
		}
		r.rects = append(r.rects, rect{x0, top, x1, top + r.lineH, h.ID, hi})
	}
}

// underlineH is the height of the bar under highlighted words.
const underlineH = 2

func absf(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}

func (r *renderer) hit(pos fyne.Position) (rect, bool) {
	x := pos.X - r.pad
	// Later (and so topmost) rectangles win.
	for i := len(r.rects) - 1; i >= 0; i-- {
		rc := r.rects[i]
		if x >= rc.x0 && x <= rc.x1 && pos.Y >= rc.y0 && pos.Y <= rc.y1 {
			return rc, true
		}
	}
	return rect{}, false
}

func (r *renderer) highlightAt(pos fyne.Position) (int64, bool) {
	rc, ok := r.hit(pos)
	return rc.id, ok
}

func (r *renderer) highlightSpanAt(pos fyne.Position) (Highlight, bool) {
	rc, ok := r.hit(pos)
	if !ok || rc.hl >= len(r.props.Highlights) {
		return Highlight{}, false
	}
	return r.props.Highlights[rc.hl], true
}
