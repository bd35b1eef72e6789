package bidi

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// entryKey holds everything an entry's layout depends on.
type entryKey struct {
	text      string
	dir, def  Direction
	wrapW     float32
	alignW    float32
	size      float32
	style     fyne.TextStyle
	multiLine bool
}

// entryLayout caches the lines of an entry and their text map.
type entryLayout struct {
	key   entryKey
	valid bool
	m     *textMap

	lineH, baseline, gap float32
	step                 float32 // lineH + gap
}

func (l *entryLayout) measureFunc(size float32, style fyne.TextStyle) func(string) float32 {
	return func(s string) float32 {
		return measureCached(s, fontFor(scriptOfRun(s), style), size, style)
	}
}

// textWidth is the width of the entry's text area.
func (e *Entry) textWidth() float32 {
	pad := theme.CurrentForWidget(e).Size(theme.SizeNameInnerPadding)
	return max(e.Size().Width-2*pad, 1)
}

// get returns the text map for the entry's current text and size.
func (l *entryLayout) get(e *Entry) *textMap {
	size := e.textSize()
	text := trimUTF8(e.Text)
	if !e.MultiLine {
		text = flattenLines(text)
	}
	w := e.textWidth()
	k := entryKey{text: text, dir: e.Direction, def: e.DefaultDirection, alignW: w,
		size: size, style: e.TextStyle, multiLine: e.MultiLine}
	if e.wraps() {
		k.wrapW = w
	}
	if l.valid && k == l.key {
		return l.m
	}
	l.key, l.valid = k, true
	l.lineH, l.baseline = lineMetrics(size, e.TextStyle, text+e.PlaceHolder, true)
	l.gap = theme.CurrentForWidget(e).Size(theme.SizeNameLineSpacing)
	l.step = l.lineH + l.gap
	meas := l.measureFunc(size, e.TextStyle)
	lines := layoutWith(text, e.Direction, k.wrapW, meas, layoutOpts{edit: true, fallbackRTL: e.DefaultDirection == RTL})
	l.m = newTextMap([]rune(text), lines, meas, w)
	return l.m
}

// flattenLines shows line breaks of a single-line entry's text (set by
// SetText) as spaces, so offsets stay the same.
func flattenLines(s string) string {
	rs := []rune(s)
	changed := false
	for i, r := range rs {
		if isParaSep(r) {
			rs[i], changed = ' ', true
		}
	}
	if !changed {
		return s
	}
	return string(rs)
}

// entryView is the clipped area the text is drawn in.
type entryView struct {
	widget.BaseWidget
	min     fyne.Size
	objects []fyne.CanvasObject
}

func newEntryView() *entryView {
	v := &entryView{}
	v.ExtendBaseWidget(v)
	return v
}

func (v *entryView) CreateRenderer() fyne.WidgetRenderer { return &viewRenderer{v} }

type viewRenderer struct{ v *entryView }

func (r *viewRenderer) Layout(fyne.Size)             {}
func (r *viewRenderer) MinSize() fyne.Size           { return r.v.min }
func (r *viewRenderer) Refresh()                     {}
func (r *viewRenderer) Objects() []fyne.CanvasObject { return r.v.objects }
func (r *viewRenderer) Destroy()                     {}

// IsClip keeps text that scrolled out of the field from being drawn
// outside it.
func (r *viewRenderer) IsClip() {}

type entryRenderer struct {
	e      *Entry
	bg     *canvas.Rectangle
	view   *entryView
	scroll *container.Scroll // multi-line only
	caret  *canvas.Rectangle

	scrollX float32 // single-line horizontal scroll
	texts   []*canvas.Text
	sels    []*canvas.Rectangle
	objects []fyne.CanvasObject
}

func newEntryRenderer(e *Entry) *entryRenderer {
	r := &entryRenderer{e: e, bg: &canvas.Rectangle{}, view: newEntryView(), caret: &canvas.Rectangle{}}
	if e.MultiLine {
		if e.Wrapping == fyne.TextWrapOff {
			r.scroll = container.NewScroll(r.view)
		} else {
			r.scroll = container.NewVScroll(r.view)
		}
		r.objects = []fyne.CanvasObject{r.bg, r.scroll}
	} else {
		r.objects = []fyne.CanvasObject{r.bg, r.view}
	}
	return r
}

func (r *entryRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *entryRenderer) Destroy()                     {}

func (r *entryRenderer) metrics() (border, pad float32) {
	th := theme.CurrentForWidget(r.e)
	return th.Size(theme.SizeNameInputBorder), th.Size(theme.SizeNameInnerPadding)
}

// MinSize is like widget.Entry's: one line (or the minimum rows) high,
// whatever the text.
func (r *entryRenderer) MinSize() fyne.Size {
	r.e.lay.get(r.e)
	_, pad := r.metrics()
	l := &r.e.lay
	rows := float32(1)
	if r.e.MultiLine {
		rows = 3
		if r.e.minRows > 0 {
			rows = float32(r.e.minRows)
		}
	}
	h := rows*l.lineH + (rows-1)*l.gap + 2*pad
	w := 2*pad + 4*measureCached("M", nil, r.e.textSize(), r.e.TextStyle)
	return fyne.NewSize(w, h)
}

func (r *entryRenderer) Layout(size fyne.Size) {
	b, pad := r.metrics()
	r.bg.Resize(size)
	inner := fyne.NewSize(max(size.Width-2*b, 0), max(size.Height-2*b, 0))
	m := r.e.lay.get(r.e)
	if r.scroll != nil {
		l := &r.e.lay
		n := float32(len(m.lines))
		h := n*l.lineH + (n-1)*l.gap + 2*(pad-b)
		w := float32(0)
		if !r.e.wraps() {
			for li := range m.lines {
				w = max(w, m.lineRight(li)-min(0, m.left[li]))
			}
			w += 2 * (pad - b)
		}
		r.view.min = fyne.NewSize(w, h)
		r.scroll.Move(fyne.NewPos(b, b))
		r.scroll.Resize(inner)
		r.scroll.Refresh()
	} else {
		r.view.min = inner
		r.view.Move(fyne.NewPos(b, b))
		r.view.Resize(inner)
	}
	r.build()
}

func (r *entryRenderer) Refresh() {
	r.Layout(r.e.Size())
	canvas.Refresh(r.e)
}

// origin is where text coordinate (0, 0) lies in the view.
func (r *entryRenderer) origin() fyne.Position {
	b, pad := r.metrics()
	if r.scroll != nil {
		return fyne.NewPos(pad-b, pad-b)
	}
	l := &r.e.lay
	y := (r.e.Size().Height-l.lineH)/2 - b
	return fyne.NewPos(pad-b-r.scrollX, y)
}

// toText turns a point in the entry into text coordinates.
func (r *entryRenderer) toText(p fyne.Position) (x, y float32) {
	if r == nil {
		return p.X, p.Y
	}
	b, _ := r.metrics()
	v := p.Subtract(fyne.NewPos(b, b))
	if r.scroll != nil {
		v = v.Add(r.scroll.Offset)
	}
	o := r.origin()
	return v.X - o.X, v.Y - o.Y
}

// follow scrolls so the caret is visible.
func (r *entryRenderer) follow() {
	if r == nil {
		return
	}
	m := r.e.lay.get(r.e)
	li, x := m.caretX(r.e.fix(r.e.caret))
	l := &r.e.lay
	if r.scroll == nil {
		w := r.e.textWidth()
		if x-r.scrollX > w {
			r.scrollX = x - w
		}
		if x-r.scrollX < 0 {
			r.scrollX = x
		}
		r.build()
		canvas.Refresh(r.view)
		return
	}
	b, pad := r.metrics()
	top := float32(li) * l.step
	off := r.scroll.Offset
	visH := r.scroll.Size().Height - 2*(pad-b)
	if top < off.Y {
		off.Y = top
	} else if top+l.lineH > off.Y+visH {
		off.Y = top + l.lineH - visH
	}
	if !r.e.wraps() {
		visW := r.scroll.Size().Width - 2*(pad-b)
		if x < off.X {
			off.X = x
		} else if x > off.X+visW {
			off.X = x - visW
		}
	}
	if off != r.scroll.Offset {
		r.scroll.Offset = off
		r.scroll.Refresh()
	}
}

// clampScroll keeps a single line's scroll within its content.
func (r *entryRenderer) clampScroll(m *textMap) {
	w := r.e.textWidth()
	lo, hi := float32(0), w
	for li := range m.lines {
		lo, hi = min(lo, m.left[li]), max(hi, m.lineRight(li))
	}
	if hi-lo <= w {
		r.scrollX = 0
		return
	}
	r.scrollX = min(max(r.scrollX, lo), hi-w)
}

func (r *entryRenderer) color(n fyne.ThemeColorName) color.Color {
	return theme.ColorForWidget(n, r.e)
}

// build places the background, the selection, one canvas.Text per run and
// the caret.
func (r *entryRenderer) build() {
	e := r.e
	th := theme.CurrentForWidget(e)
	m := e.lay.get(e)
	l := &e.lay
	if r.scroll == nil {
		r.clampScroll(m)
	}
	r.bg.FillColor = r.color(theme.ColorNameInputBackground)
	r.bg.StrokeColor = r.color(theme.ColorNameInputBorder)
	if e.focused && !e.Disabled() {
		r.bg.StrokeColor = r.color(theme.ColorNamePrimary)
	}
	r.bg.StrokeWidth = th.Size(theme.SizeNameInputBorder)
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.bg.Refresh()

	o := r.origin()
	size, style := l.key.size, e.TextStyle
	objs := make([]fyne.CanvasObject, 0, len(r.texts)+len(r.sels)+1)

	// Selection under the text.
	ns := 0
	if a, b := e.Selection(); a != b {
		sepW := l.measureFunc(size, style)(" ")
		for _, rc := range m.selectionRects(a, b, sepW) {
			if ns == len(r.sels) {
				r.sels = append(r.sels, &canvas.Rectangle{})
			}
			s := r.sels[ns]
			ns++
			s.FillColor = r.color(theme.ColorNameSelection)
			s.Move(fyne.NewPos(o.X+rc.x0, o.Y+float32(rc.line)*l.step))
			s.Resize(fyne.NewSize(rc.x1-rc.x0, l.lineH))
			objs = append(objs, s)
		}
	}

	fg := r.color(theme.ColorNameForeground)
	if e.Disabled() {
		fg = r.color(theme.ColorNameDisabled)
	}
	nt := 0
	drv := fyne.CurrentApp().Driver()
	place := func(lines []Line, col color.Color) {
		for li, ln := range lines {
			top := o.Y + float32(li)*l.step
			for _, run := range ln.Runs {
				if isBlank(run.Text) || run.Width <= 0 {
					continue
				}
				if nt == len(r.texts) {
					r.texts = append(r.texts, &canvas.Text{})
				}
				t := r.texts[nt]
				nt++
				src := fontFor(scriptOfRun(run.Text), style)
				fh, base := drv.RenderedTextSize(" ", size, style, src)
				t.Text, t.TextSize, t.TextStyle, t.FontSource, t.Color = displayText(run), size, style, src, col
				t.Alignment = fyne.TextAlignLeading
				t.Move(fyne.NewPos(o.X+run.X, top+l.baseline-base))
				t.Resize(fyne.NewSize(run.Width, fh.Height))
				objs = append(objs, t)
			}
		}
	}
	if e.Text == "" && e.PlaceHolder != "" {
		place(r.placeholderLines(), r.color(theme.ColorNamePlaceHolder))
	} else {
		place(m.lines, fg)
	}
	r.texts = trimSpare(r.texts, nt)
	r.sels = trimSpare(r.sels, ns)

	if e.focused && !e.Disabled() {
		li, x := m.caretX(e.fix(e.caret))
		cw := th.Size(theme.SizeNameInputBorder)
		r.caret.FillColor = r.color(theme.ColorNamePrimary)
		r.caret.Move(fyne.NewPos(o.X+x-cw/2, o.Y+float32(li)*l.step))
		r.caret.Resize(fyne.NewSize(cw, l.lineH))
		objs = append(objs, r.caret)
	}
	r.view.objects = objs
	for _, obj := range objs {
		obj.Refresh()
	}
}

// placeholderLines lays the placeholder out in the interface direction.
func (r *entryRenderer) placeholderLines() []Line {
	e := r.e
	l := &e.lay
	dir := LTR
	if e.DefaultDirection == RTL {
		dir = RTL
	}
	meas := l.measureFunc(l.key.size, e.TextStyle)
	rs := []rune(e.PlaceHolder)
	lines := layoutWith(e.PlaceHolder, dir, l.key.wrapW, meas, layoutOpts{})
	if !e.MultiLine && len(lines) > 1 {
		lines = lines[:1]
	}
	newTextMap(rs, lines, meas, l.key.alignW)
	return lines
}
