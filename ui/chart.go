package ui

import (
	"cmp"
	"context"
	"fmt"
	"image/color"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/chart"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
	uistyle "github.com/takedowndesk/takedowndesk/ui/style"
)

// ChartView shows the figures of a filter over time: one panel per unit
// and measure, one line per platform, conflicting points ringed, a legend,
// date and thousands axes. Hovering or tapping a point shows its figure,
// quote and source below the plot, with a button to open its notice. In an
// Arabic interface the whole view is mirrored: time runs from the right,
// the value axis stands on the right.
type ChartView struct {
	widget.BaseWidget

	src    chart.Source
	filter chart.Filter
	open   func(noticeID int64)
	win    fyne.Window // for the Save dialog; nil hides the button

	plot         *chartPlot
	status       *bidi.Label // loading, empty state, errors
	legend       *fyne.Container
	legendLayout *flowLayout
	left         *bidi.Label // what the panels and legend leave out, and how to see it
	detail       *fyne.Container
	content      *fyne.Container

	// the unit and platform the reporter picks (a whole desk has dozens
	// of units and platforms: all at once drew no panel tall enough)
	units, platforms *widget.Select
	choices          chartChoices // what the selects offer, by figures
	filling          bool         // the selects are being set, not picked

	mu      sync.Mutex
	figs    []chart.Figure // conflicts marked, kept to rebucket on resize
	pick    chartPick      // the unit and platform picked, on top of filter
	c       *chart.Chart
	loaded  chan struct{} // closed when the first load finished
	post    func(func())  // runs a function on the UI goroutine
	loadErr error
	want    int         // MaxPoints asked for by the last resize
	timer   *time.Timer // pending rebucketing
	busy    sync.WaitGroup
}

// NewChartView returns a view of the figures matching f, loaded off the UI
// goroutine from src. open is called with a notice's id when the reporter
// asks to open the notice of a point (nil hides the button); win is the
// window that shows the Save dialog (nil hides Save).
func NewChartView(src chart.Source, f chart.Filter, open func(noticeID int64), win fyne.Window) *ChartView {
	return newChartView(src, f, open, win, fyne.Do)
}

// newChartView is NewChartView with post, which runs what a load or a
// rebucketing found on the UI goroutine: fyne.Do in the app, a queue the
// test runs on its own goroutine in tests (the test driver's fyne.Do runs
// it at once on the goroutine that asked, beside the test's own layout).
func newChartView(src chart.Source, f chart.Filter, open func(noticeID int64), win fyne.Window, post func(func())) *ChartView {
	v := &ChartView{src: src, filter: f, open: open, win: win, loaded: make(chan struct{}), post: post}
	v.ExtendBaseWidget(v)
	v.status = bidi.NewLabel(lang.L("Loading the figures…"))
	v.status.Direction = uiDirection()
	v.plot = newChartPlot(v)
	v.legendLayout = &flowLayout{}
	v.legend = container.New(v.legendLayout)
	v.left = chartLabel("", widget.LowImportance)
	v.left.Hide()
	v.units = newSelect(nil, func(string) { v.picked() })
	v.platforms = newSelect(nil, func(string) { v.picked() })
	v.units.Hide()
	v.platforms.Hide()
	v.detail = container.NewVBox(chartLabel(lang.L("Point at a figure to see its quote and source."), widget.LowImportance))
	var head fyne.CanvasObject = chartLabel(chartTitle(f), widget.MediumImportance)
	end := []fyne.CanvasObject{v.units, v.platforms}
	if win != nil {
		end = append(end, widget.NewButtonWithIcon(fyneText(lang.L("Save…")), theme.DocumentSaveIcon(), v.showSave))
	}
	head = sides(nil, rowOf(end...), head)
	v.content = container.NewBorder(
		container.NewVBox(head, v.legend, v.left),
		container.NewPadded(v.detail), nil, nil,
		container.NewStack(v.plot, container.NewCenter(v.status)))
	go v.load(v.plot.built)
	return v
}

// ShowChartWindow opens the chart of f in a window of its own (View →
// Chart…). open is called with a notice id from the "Open notice" button.
func ShowChartWindow(a fyne.App, src chart.Source, f chart.Filter, open func(noticeID int64)) fyne.Window {
	w := a.NewWindow(lang.L("Figures over time"))
	w.SetContent(NewChartView(src, f, open, w))
	w.Resize(fyne.NewSize(1000, 720))
	w.Show()
	return w
}

// CreateRenderer is part of fyne.Widget.
func (v *ChartView) CreateRenderer() fyne.WidgetRenderer {
	return &chartViewRenderer{v: v}
}

// chartViewRenderer tells the legend its width before the content is laid
// out, so the legend asks for as many rows as it will wrap into.
type chartViewRenderer struct{ v *ChartView }

func (r *chartViewRenderer) Layout(size fyne.Size) {
	r.v.legendLayout.width = size.Width - 2*theme.Padding()
	r.v.content.Resize(size)
}

func (r *chartViewRenderer) MinSize() fyne.Size           { return r.v.content.MinSize() }
func (r *chartViewRenderer) Refresh()                     { r.v.content.Refresh() }
func (r *chartViewRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.v.content} }
func (r *chartViewRenderer) Destroy()                     {}

func (v *ChartView) load(maxPoints int) {
	figs, more, err := v.src.ChartFigures(context.Background(), v.filter, 0)
	var c *chart.Chart
	var choices chartChoices
	var pick chartPick
	if err == nil {
		chart.MarkConflicts(figs)
		choices = chartChoicesOf(figs, v.filter)
		pick.unit = choices.first()
		c = chart.Build(figs, chart.Options{Filter: pick.on(v.filter), MaxPoints: maxPoints})
		c.Truncated = more
		err = chart.FillSources(context.Background(), v.src, c)
	}
	v.post(func() {
		v.mu.Lock()
		v.figs, v.c, v.loadErr, v.pick = figs, c, err, pick
		v.plot.built = maxPoints
		v.mu.Unlock()
		v.choices = choices
		v.fillChoices(pick)
		v.show()
		close(v.loaded)
	})
}

// chartPick is the unit and platform picked in the view ("" for all).
type chartPick struct{ unit, platform string }

// on is f narrowed to the pick.
func (p chartPick) on(f chart.Filter) chart.Filter {
	if p.unit != "" {
		f.Unit = p.unit
	}
	if p.platform != "" {
		f.Platform = p.platform
	}
	return f
}

// chartChoices are the units and platforms a chart's figures have, most
// figures first, with their platforms' counts by unit.
type chartChoices struct {
	units     []string
	byUnit    map[string][]string // unit ("" for every unit) → its platforms, most figures first
	fixedUnit bool                // the chart was asked for one unit
}

// chartChoicesOf counts the units and platforms of figs (the window's
// filter already applied by the store; a unit it names is the only one).
func chartChoicesOf(figs []chart.Figure, f chart.Filter) chartChoices {
	units := map[string]int{}
	plats := map[string]map[string]int{"": {}}
	for i := range figs {
		u, p := figs[i].Unit, figs[i].Platform
		if u == "" || f.Unit != "" && u != f.Unit {
			continue
		}
		units[u]++
		if p == "" {
			continue // under "All platforms" only: a filter cannot ask for no platform
		}
		if plats[u] == nil {
			plats[u] = map[string]int{}
		}
		plats[u][p]++
		plats[""][p]++
	}
	ch := chartChoices{units: byCount(units), byUnit: map[string][]string{}, fixedUnit: f.Unit != ""}
	for u, ps := range plats {
		ch.byUnit[u] = byCount(ps)
	}
	return ch
}

// byCount lists a count's keys, most first, then by name.
func byCount(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(m[b], m[a]), cmp.Compare(a, b)) })
	return keys
}

// first is the unit a chart opens on: the one with most figures, when
// there are several and the chart was not asked for one.
func (ch chartChoices) first() string {
	if ch.fixedUnit || len(ch.units) < 2 {
		return ""
	}
	return ch.units[0]
}

// fillChoices offers the units and platforms of the loaded figures, with
// pick selected; a chart of one unit and one platform needs neither.
func (v *ChartView) fillChoices(pick chartPick) {
	v.filling = true
	defer func() { v.filling = false }()
	ch := v.choices
	if len(ch.units) > 1 && !ch.fixedUnit {
		opts := []string{lang.L("All units")}
		for _, u := range ch.units {
			opts = append(opts, unitName(u))
		}
		v.units.SetOptions(opts)
		v.units.SetSelectedIndex(max(0, slices.Index(ch.units, pick.unit)+1))
		v.units.Show()
	} else {
		v.units.Hide()
	}
	plats := ch.byUnit[pick.unit]
	if len(plats) > 1 && v.filter.Platform == "" {
		opts := []string{lang.L("All platforms")}
		opts = append(opts, plats...)
		v.platforms.SetOptions(opts)
		v.platforms.SetSelectedIndex(max(0, slices.Index(plats, pick.platform)+1))
		v.platforms.Show()
	} else {
		v.platforms.Hide()
	}
}

// picked builds the chart again for the unit and platform the selects
// show, off the UI goroutine, from the figures already read.
func (v *ChartView) picked() {
	if v.filling {
		return
	}
	var pick chartPick
	if i := v.units.SelectedIndex(); i > 0 && i <= len(v.choices.units) {
		pick.unit = v.choices.units[i-1]
	}
	// a platform the new unit has not is let go
	if i := v.platforms.SelectedIndex(); i > 0 && slices.Contains(v.choices.byUnit[pick.unit], v.platforms.Selected) {
		pick.platform = v.platforms.Selected
	}
	v.mu.Lock()
	v.pick = pick
	figs, built := v.figs, v.plot.built
	v.mu.Unlock()
	v.fillChoices(pick) // the platforms of the unit picked
	v.busy.Add(1)
	go func() {
		defer v.busy.Done()
		c := chart.Build(figs, chart.Options{Filter: pick.on(v.filter), MaxPoints: built})
		_ = chart.FillSources(context.Background(), v.src, c) // a source is a nicety
		v.post(func() {
			v.mu.Lock()
			stale := v.pick != pick
			if !stale {
				v.c = c
			}
			v.mu.Unlock()
			if !stale {
				v.show()
			}
		})
	}()
}

// rebucketSoon builds the chart again for a new plot width, once the
// width has settled (a window being dragged wider asks many times): a
// wider plot shows finer points. The build runs off the UI goroutine.
func (v *ChartView) rebucketSoon(maxPoints int) {
	v.mu.Lock()
	defer v.mu.Unlock()
	// the newest width wins: a rebucketing for an older one that is
	// already running drops its result (the plot laid out narrow at first
	// and then wide again would otherwise show the narrow width's buckets)
	v.want = maxPoints
	built := float64(v.plot.built)
	if v.timer == nil && math.Abs(float64(maxPoints)-built) <= 0.2*built {
		return // near enough the width the chart was bucketed for
	}
	if v.timer != nil {
		v.timer.Reset(rebucketDelay)
		return
	}
	v.busy.Add(1)
	v.timer = time.AfterFunc(rebucketDelay, v.rebucket)
}

const rebucketDelay = 150 * time.Millisecond

func (v *ChartView) rebucket() {
	defer v.busy.Done()
	v.mu.Lock()
	want, figs, old, pick := v.want, v.figs, v.c, v.pick
	v.timer = nil
	v.mu.Unlock()
	if old == nil || old.Empty() {
		return
	}
	c := chart.Build(figs, chart.Options{Filter: pick.on(v.filter), MaxPoints: want})
	if c.Bucket == old.Bucket {
		v.post(func() {
			v.mu.Lock()
			if v.want == want {
				v.plot.built = want
			}
			v.mu.Unlock()
		})
		return
	}
	c.Truncated = old.Truncated
	_ = chart.FillSources(context.Background(), v.src, c) // a source is a nicety; the point stands without
	v.post(func() {
		v.mu.Lock()
		// picked since (that build shows), or laid out at another width
		stale := v.pick != pick || v.want != want
		if !stale {
			v.c = c
			v.plot.built = want
		}
		v.mu.Unlock()
		if !stale {
			v.show()
		}
	})
}

// settle waits for a pending rebucketing (tests; what it posts is then
// in the test's queue).
func (v *ChartView) settle() { v.busy.Wait() }

// show puts the loaded chart, or why there is none, on screen.
func (v *ChartView) show() {
	v.mu.Lock()
	c, err := v.c, v.loadErr
	v.mu.Unlock()
	v.legend.Objects = nil
	v.left.Hide()
	switch {
	case err != nil:
		v.status.SetText(fmt.Sprintf(lang.L("The figures could not be read: %s"), err.Error()))
		v.status.Show()
	case c.Empty():
		v.status.SetText(chartWhy(c, v.filter))
		v.status.Show()
	default:
		v.status.Hide()
		v.fillLegend(c)
	}
	v.plot.setChart(c)
	v.content.Refresh()
}

// Most panels and legend lines the window shows of one chart: four panels
// of 720 pixels are each as tall as a panel can be and still be read.
const (
	maxPanels = 4
	maxLegend = 16
)

// shownPanels are the panels the window draws: the maxPanels with the most
// figures, in the chart's order; all is how many the chart has.
func shownPanels(c *chart.Chart) (shown []chart.Panel, all int) {
	panels := c.Panels()
	if len(panels) <= maxPanels {
		return panels, len(panels)
	}
	weight := func(p chart.Panel) int {
		n := 0
		for _, si := range p.Series {
			for _, pt := range c.Series[si].Points {
				n += pt.N
			}
		}
		return n
	}
	order := make([]int, len(panels))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(weight(panels[b]), weight(panels[a])) })
	order = order[:maxPanels]
	slices.Sort(order)
	for _, i := range order {
		shown = append(shown, panels[i])
	}
	return shown, len(panels)
}

func (v *ChartView) fillLegend(c *chart.Chart) {
	var items []fyne.CanvasObject
	panels, all := shownPanels(c)
	var series []int
	for _, p := range panels {
		series = append(series, p.Series...)
	}
	slices.Sort(series)
	var notes []string
	if all > len(panels) {
		notes = append(notes, fmt.Sprintf(lang.L("Showing %d of %d panels: pick a unit to see the others."), len(panels), all))
	}
	if len(series) > maxLegend {
		notes = append(notes, fmt.Sprintf(lang.L("%d more lines are not listed: pick a platform to see fewer."), len(series)-maxLegend))
		series = series[:maxLegend]
	}
	v.left.SetText(strings.Join(notes, " "))
	if len(notes) > 0 {
		v.left.Show()
	}
	for _, i := range series {
		s := c.Series[i]
		sw := canvas.NewRectangle(chart.Palette[i%len(chart.Palette)])
		sw.SetMinSize(fyne.NewSize(18, 4))
		l := bidi.NewLabel(seriesLabel(s.Key))
		l.Direction = uiDirection()
		items = append(items, legendItem(sw, l))
	}
	if conflictPoints(c) > 0 {
		ring := canvas.NewCircle(color.Transparent)
		ring.StrokeColor, ring.StrokeWidth = chart.ConflictColour, 2
		l := bidi.NewLabel(lang.L("conflicting figure"))
		l.Direction = uiDirection()
		items = append(items, legendItem(container.NewGridWrap(fyne.NewSize(12, 12), ring), l))
	}
	v.legend.Objects = items
}

func legendItem(mark fyne.CanvasObject, l *bidi.Label) fyne.CanvasObject {
	return rowOf(container.NewCenter(mark), container.NewGridWrap(labelSize(l), l))
}

// labelSize is the size of a label on one line: bidi labels wrap like
// widget.Label, so a label placed by hand needs its width given.
func labelSize(l *bidi.Label) fyne.Size {
	w := lineWidth(l)
	l.Resize(fyne.NewSize(w, 1))
	return fyne.NewSize(w, l.MinSize().Height)
}

// lineWidth is how wide l's text is on one line, with the label's padding.
func lineWidth(l *bidi.Label) float32 {
	size := theme.TextSize()
	if l.SizeName != "" {
		size = theme.Size(l.SizeName)
	}
	return textWidth(l.Text, size, l.TextStyle) + 2*theme.InnerPadding() + 2
}

// textWidth measures s as the bidi widgets draw it: Arabic runs in the
// bundled Arabic font, the rest in the theme's.
func textWidth(s string, size float32, style fyne.TextStyle) float32 {
	drv := fyne.CurrentApp().Driver()
	w := float32(0)
	var run []rune
	arabic := false
	flush := func() {
		if len(run) == 0 {
			return
		}
		var font fyne.Resource
		if arabic {
			font = uistyle.ArabicFont(style)
		}
		sz, _ := drv.RenderedTextSize(string(run), size, style, font)
		w += sz.Width
		run = run[:0]
	}
	for _, r := range s {
		a := isArabic(r)
		if a != arabic {
			flush()
			arabic = a
		}
		run = append(run, r)
	}
	flush()
	return w
}

func isArabic(r rune) bool {
	return r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || r >= 0x08A0 && r <= 0x08FF ||
		r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

// flowLayout places objects at their own widths, in rows, in reading
// order: from the right in an Arabic interface.
type flowLayout struct {
	width float32 // the width it will get, told by the view before layout
}

// rows returns where each object goes in a width, and how tall that is.
func (f *flowLayout) rows(objs []fyne.CanvasObject, width float32) ([]fyne.Position, float32) {
	pad := theme.Padding() * 3
	at := make([]fyne.Position, len(objs))
	x, y, rowH := float32(0), float32(0), float32(0)
	for i, o := range objs {
		m := o.MinSize()
		if x > 0 && x+m.Width > width {
			x, y, rowH = 0, y+rowH+theme.Padding(), 0
		}
		at[i] = fyne.NewPos(x, y)
		x += m.Width + pad
		rowH = max(rowH, m.Height)
	}
	return at, y + rowH
}

func (f *flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	at, _ := f.rows(objs, size.Width)
	for i, o := range objs {
		m := o.MinSize()
		x := at[i].X
		if rtlUI() {
			x = size.Width - x - m.Width
		}
		o.Move(fyne.NewPos(x, at[i].Y))
		o.Resize(m)
	}
}

func (f *flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := f.width
	if w <= 0 {
		w = 1e6 // not told yet: one row
	}
	_, h := f.rows(objs, w)
	return fyne.NewSize(0, h)
}

// showPoint fills the detail strip with one point's figure, quote, source
// and conflicts.
func (v *ChartView) showPoint(s chart.Series, p chart.Point) {
	what := figureText(p.Shown, s.Key.Unit)
	head := what + " · " + pointDate(p, v.currentBucket())
	if p.N > 1 {
		head += " · " + fmt.Sprintf(lang.L("mean %s of %d figures (%s–%s)"),
			app.FormatCount(math.Round(p.Value)), p.N, app.FormatCount(p.Low), app.FormatCount(p.High))
	}
	src := p.Source
	if src == "" {
		src = lang.L("unknown source")
	}
	var top fyne.CanvasObject = chartLabel(head, widget.HighImportance)
	if v.open != nil && p.NoticeID != 0 {
		id := p.NoticeID
		top = sides(nil, widget.NewButtonWithIcon(lang.L("Open notice"), theme.DocumentIcon(), func() { v.open(id) }), top)
	}
	objs := []fyne.CanvasObject{
		top,
		chartParagraph("“" + p.Quote + "”"),
		chartLabel(lang.L("Source:")+" "+src+" · "+seriesLabel(s.Key), widget.MediumImportance),
	}
	for _, c := range p.Conflicts {
		objs = append(objs, chartLabel(lang.L("Conflict:")+" "+c, widget.DangerImportance))
	}
	v.detail.Objects = objs
	v.content.Refresh() // the strip's height changes: lay the view out again
}

func (v *ChartView) currentBucket() chart.Bucket {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.c == nil {
		return chart.None
	}
	return v.c.Bucket
}

func (v *ChartView) showSave() {
	v.mu.Lock()
	c, f := v.c, v.pick.on(v.filter)
	v.mu.Unlock()
	if c == nil || c.Empty() {
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			if err != nil {
				showText(lang.L("Problem"), errorText(err), v.win)
			}
			return
		}
		defer w.Close()
		format, err := chart.FormatOf(w.URI().Name())
		if err == nil {
			err = chart.Write(w, c, format, "Takedown Desk · "+chartTitleLatin(f))
		}
		if err != nil {
			showText(lang.L("Problem"), errorText(err), v.win)
		}
	}, v.win)
	d.SetFileName("chart.svg")
	d.Show()
}

// chartPlot draws the panels with Fyne canvas objects and finds the point
// under the pointer.
type chartPlot struct {
	widget.BaseWidget
	view  *ChartView
	c     *chart.Chart
	hover *hit // the point shown in the detail strip
	hits  []hit
	built int // the MaxPoints the chart was bucketed for, under view.mu
}

type hit struct {
	at     fyne.Position
	series int
	point  int
}

func newChartPlot(v *ChartView) *chartPlot {
	p := &chartPlot{view: v, built: maxPointsFor(900)}
	p.ExtendBaseWidget(p)
	return p
}

// pixelsPerPoint is how much room a point gets before series are bucketed.
const pixelsPerPoint = 2

func maxPointsFor(width float32) int { return max(50, int(width/pixelsPerPoint)) }

func (p *chartPlot) setChart(c *chart.Chart) {
	p.c, p.hover = c, nil
	p.Refresh()
}

// MinSize keeps room for one panel.
func (p *chartPlot) MinSize() fyne.Size { return fyne.NewSize(320, 220) }

// CreateRenderer is part of fyne.Widget.
func (p *chartPlot) CreateRenderer() fyne.WidgetRenderer { return &plotRenderer{p: p} }

// Tapped shows the point under a tap (touch screens have no hover).
func (p *chartPlot) Tapped(ev *fyne.PointEvent) { p.pick(ev.Position) }

// MouseIn is part of desktop.Hoverable.
func (p *chartPlot) MouseIn(ev *desktop.MouseEvent) { p.pick(ev.Position) }

// MouseMoved is part of desktop.Hoverable.
func (p *chartPlot) MouseMoved(ev *desktop.MouseEvent) { p.pick(ev.Position) }

// MouseOut is part of desktop.Hoverable: the last point stays shown, so
// the pointer can travel to its Open button.
func (p *chartPlot) MouseOut() {}

// pickRadius is how near the pointer must come to a point.
const pickRadius = 14

func (p *chartPlot) pick(at fyne.Position) {
	best, bestD := -1, float32(pickRadius*pickRadius)
	for i, h := range p.hits {
		dx, dy := h.at.X-at.X, h.at.Y-at.Y
		if d := dx*dx + dy*dy; d <= bestD {
			best, bestD = i, d
		}
	}
	if best < 0 || p.c == nil {
		return
	}
	h := p.hits[best]
	if p.hover != nil && p.hover.series == h.series && p.hover.point == h.point {
		return
	}
	p.hover = &h
	s := p.c.Series[h.series]
	p.view.showPoint(s, s.Points[h.point])
	p.Refresh()
}

type plotRenderer struct {
	p    *chartPlot
	objs []fyne.CanvasObject
	size fyne.Size
}

func (r *plotRenderer) Destroy()                     {}
func (r *plotRenderer) MinSize() fyne.Size           { return r.p.MinSize() }
func (r *plotRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *plotRenderer) Refresh()                     { r.build(r.p.Size()); canvas.Refresh(r.p) }

func (r *plotRenderer) Layout(size fyne.Size) {
	if size == r.size {
		return
	}
	r.build(size)
	p := r.p
	if p.c != nil && !p.c.Empty() {
		p.view.rebucketSoon(maxPointsFor(size.Width))
	}
}

// Geometry of the plot, in Fyne units.
const (
	panelGap   = 10
	titleH     = 20
	axisH      = 22 // date labels under a panel
	tickLen    = 4
	labelGap   = 6
	dotRadius  = 2.5
	ringRadius = 6
)

// build makes every canvas object of the chart for size.
func (r *plotRenderer) build(size fyne.Size) {
	r.size = size
	r.objs = nil // a new slice: the canvas may still hold the old one
	p := r.p
	p.hits = nil
	c := p.c
	if c == nil || c.Empty() || size.Width < 50 || size.Height < 50 {
		return
	}
	rtl := rtlUI()
	fg := theme.Color(theme.ColorNameForeground)
	grid := theme.Color(theme.ColorNameSeparator)
	textSize := theme.CaptionTextSize()
	panels, _ := shownPanels(c)

	// the value axis is as wide as its widest label, in every panel
	type yaxis struct {
		lo, hi float64
		ticks  []chart.Tick
	}
	ys := make([]yaxis, len(panels))
	axisW := float32(0)
	for i, pn := range panels {
		lo, hi, ticks := chart.ValueRange(pn.Min, pn.Max, 4)
		ys[i] = yaxis{lo, hi, ticks}
		for _, t := range ticks {
			axisW = max(axisW, fyne.MeasureText(t.Label, textSize, fyne.TextStyle{}).Width)
		}
	}
	axisW += tickLen + labelGap
	plotW := size.Width - axisW - 12
	left := axisW // the plot area's left edge
	if rtl {
		left = 12
	}
	panelH := (size.Height-float32(len(panels)-1)*panelGap)/float32(len(panels)) - titleH - 8 - axisH
	if plotW < 40 || panelH < 30 {
		return
	}
	x0, x1 := dayRange(c)
	xOf := func(t time.Time) float32 {
		f := float32((float64(t.Unix()) - x0) / (x1 - x0))
		if rtl {
			f = 1 - f
		}
		return left + f*plotW
	}
	dates := chart.DateTicks(c.From, c.To, max(2, int(plotW/110)))
	top := float32(0)
	for i, pn := range panels {
		y := ys[i]
		plotTop := top + titleH + 8 // room for the top value label
		plotBottom := plotTop + panelH
		yOf := func(v float64) float32 {
			return plotBottom - float32((v-y.lo)/(y.hi-y.lo))*panelH
		}
		// title, in reading order at the start of the panel
		title := bidi.NewLabel(panelTitle(pn))
		title.Direction = uiDirection()
		title.TextStyle = fyne.TextStyle{Bold: true}
		title.SizeName = theme.SizeNameCaptionText
		ts := labelSize(title)
		if rtl {
			title.Move(fyne.NewPos(left+plotW-ts.Width, top))
		} else {
			title.Move(fyne.NewPos(left, top))
		}
		title.Resize(ts)
		r.objs = append(r.objs, title)
		// grid and value axis
		axisX := left
		if rtl {
			axisX = left + plotW
		}
		for _, t := range y.ticks {
			ty := yOf(t.Value)
			r.line(grid, 1, left, ty, left+plotW, ty)
			txt := canvas.NewText(t.Label, fg)
			txt.TextSize = textSize
			ts := txt.MinSize()
			if rtl {
				txt.Move(fyne.NewPos(axisX+tickLen+labelGap, ty-ts.Height/2))
			} else {
				txt.Move(fyne.NewPos(axisX-tickLen-labelGap-ts.Width, ty-ts.Height/2))
			}
			r.objs = append(r.objs, txt)
		}
		for _, t := range dates {
			tx := xOf(time.Unix(int64(t.Value), 0).UTC())
			r.line(grid, 1, tx, plotTop, tx, plotBottom)
			r.line(fg, 1, tx, plotBottom, tx, plotBottom+tickLen)
			l := bidi.NewLabel(dateLabel(t.Label))
			l.SizeName = theme.SizeNameCaptionText
			ls := labelSize(l)
			l.Move(fyne.NewPos(tx-ls.Width/2, plotBottom+tickLen))
			l.Resize(ls)
			r.objs = append(r.objs, l)
		}
		r.line(fg, 1, left, plotBottom, left+plotW, plotBottom)
		r.line(fg, 1, axisX, plotTop, axisX, plotBottom)
		// series: lines, bucket ranges, dots, then conflict rings above all
		var rings []fyne.CanvasObject
		for _, si := range pn.Series {
			s := c.Series[si]
			col := chart.Palette[si%len(chart.Palette)]
			faded := color.NRGBA{col.R, col.G, col.B, 0x70}
			dots := len(s.Points) <= int(plotW/6)
			var prev fyne.Position
			for pi, pt := range s.Points {
				at := fyne.NewPos(xOf(pt.Date), yOf(pt.Value))
				if pi > 0 {
					r.line(col, 1.5, prev.X, prev.Y, at.X, at.Y)
				}
				prev = at
				if pt.High > pt.Low {
					r.line(faded, 1, at.X, yOf(pt.Low), at.X, yOf(pt.High))
				}
				if dots || len(s.Points) == 1 {
					r.circle(col, color.Transparent, 0, at, dotRadius)
				}
				if pt.Conflict {
					rings = append(rings, circle(color.Transparent, chart.ConflictColour, 2, at, ringRadius))
				}
				p.hits = append(p.hits, hit{at, si, pi})
			}
		}
		r.objs = append(r.objs, rings...)
		top = plotBottom + axisH + panelGap
	}
	if h := p.hover; h != nil {
		for _, x := range p.hits { // where the shown point is now
			if x.series == h.series && x.point == h.point {
				*h = x
				r.objs = append(r.objs, circle(color.Transparent, fg, 2, x.at, ringRadius+3))
			}
		}
	}
}

func (r *plotRenderer) line(c color.Color, w float32, x0, y0, x1, y1 float32) {
	l := canvas.NewLine(c)
	l.StrokeWidth = w
	l.Position1, l.Position2 = fyne.NewPos(x0, y0), fyne.NewPos(x1, y1)
	r.objs = append(r.objs, l)
}

func (r *plotRenderer) circle(fill, stroke color.Color, w float32, at fyne.Position, radius float32) {
	r.objs = append(r.objs, circle(fill, stroke, w, at, radius))
}

func circle(fill, stroke color.Color, w float32, at fyne.Position, radius float32) *canvas.Circle {
	c := canvas.NewCircle(fill)
	c.StrokeColor, c.StrokeWidth = stroke, w
	c.Move(fyne.NewPos(at.X-radius, at.Y-radius))
	c.Resize(fyne.NewSize(2*radius, 2*radius))
	return c
}

// dayRange pads the chart's days like the files do.
func dayRange(c *chart.Chart) (float64, float64) {
	pad := c.To.Sub(c.From) / 40
	if pad < 24*time.Hour {
		pad = 24 * time.Hour
	}
	return float64(c.From.Add(-pad).Unix()), float64(c.To.Add(pad).Unix())
}

func conflictPoints(c *chart.Chart) int {
	n := 0
	for _, s := range c.Series {
		for _, p := range s.Points {
			if p.Conflict {
				n++
			}
		}
	}
	return n
}

func chartLabel(s string, imp widget.Importance) *bidi.Label {
	l := bidi.NewLabel(s)
	l.Direction = uiDirection()
	l.Importance = imp
	return l
}

func chartParagraph(s string) *bidi.Paragraph {
	p := bidi.NewParagraph(s)
	p.Direction = bidi.Auto // the quote's own direction, whatever the interface's
	return p
}

// pointDate says when a point is: its day, or its bucket's span.
func pointDate(p chart.Point, b chart.Bucket) string {
	switch b {
	case chart.Week:
		return fmt.Sprintf(lang.L("week of %s"), dateLabel(p.Date.Format("2 Jan 2006")))
	case chart.Month:
		return dateLabel(p.Date.Format("Jan 2006"))
	case chart.Year:
		return p.Date.Format("2006")
	}
	return dateLabel(p.Date.Format("2 Jan 2006"))
}

func seriesLabel(k chart.Key) string {
	p := k.Platform
	if p == "" {
		p = lang.L("unknown platform")
	}
	return p + " · " + unitName(k.Unit) + " · " + measureText(k.Measure)
}

func panelTitle(p chart.Panel) string {
	return unitName(p.Unit) + " · " + measureText(p.Measure)
}

func chartTitle(f chart.Filter) string {
	t := lang.L("Figures over time")
	if f.Platform != "" {
		t += " · " + f.Platform
	}
	if f.Unit != "" {
		t += " · " + unitName(f.Unit)
	}
	return t
}

func chartTitleLatin(f chart.Filter) string {
	t := "Figures over time"
	if f.Platform != "" {
		t += " · " + f.Platform
	}
	if f.Unit != "" {
		t += " · " + strings.ReplaceAll(f.Unit, "_", " ")
	}
	return t
}

// chartWhy says why there is nothing to draw, in the interface language.
func chartWhy(c *chart.Chart, f chart.Filter) string {
	if c.Undated > 0 {
		return fmt.Sprintf(lang.L("No dated figures: %d figures match but have no day, month or publication date to place them on."), c.Undated)
	}
	if f.IsZero() {
		return lang.L("No figures in this desk yet: import notices with figures (daily ban posts, transparency reports) to chart them.")
	}
	return lang.L("No figures match this filter:") + " " + filterText(f)
}

// filterText lists a filter's platform, unit and dates.
func filterText(f chart.Filter) string {
	var parts []string
	if f.Platform != "" {
		parts = append(parts, f.Platform)
	}
	if f.Unit != "" {
		parts = append(parts, unitName(f.Unit))
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		from, to := "…", "…"
		if !f.From.IsZero() {
			from = dateLabel(f.From.Format("2 Jan 2006"))
		}
		if !f.To.IsZero() {
			to = dateLabel(f.To.Format("2 Jan 2006"))
		}
		parts = append(parts, from+" – "+to)
	}
	if f.Notices != nil {
		parts = append(parts, countOf("count.notices", len(f.Notices)))
	}
	return strings.Join(parts, " · ")
}

// measureText is a measure's name in the interface language.
func measureText(m chart.Measure) string {
	switch m {
	case chart.Daily:
		return lang.L("daily figures")
	case chart.Monthly:
		return lang.L("monthly totals")
	case chart.PerDay:
		return lang.L("per day")
	case chart.PerMonth:
		return lang.L("per month")
	}
	return string(m)
}

var arabicMonths = strings.NewReplacer(
	"Jan", "يناير", "Feb", "فبراير", "Mar", "مارس", "Apr", "أبريل", "May", "مايو", "Jun", "يونيو",
	"Jul", "يوليو", "Aug", "أغسطس", "Sep", "سبتمبر", "Oct", "أكتوبر", "Nov", "نوفمبر", "Dec", "ديسمبر")

// dateLabel names the months in the interface language.
func dateLabel(s string) string {
	if rtlUI() {
		return arabicMonths.Replace(s)
	}
	return s
}
