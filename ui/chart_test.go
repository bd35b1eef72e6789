package ui

import (
	"context"
	"flag"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app/chart"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

var chartShots = flag.String("chart-shots", "", "write the headless chart view's pictures into this folder, to look at")

// memFigures is a chart.Source over figures in memory.
type memFigures struct {
	figs    []chart.Figure
	sources map[int64]string
	err     error
}

func (m *memFigures) ChartFigures(_ context.Context, f chart.Filter, _ int) ([]chart.Figure, bool, error) {
	if m.err != nil {
		return nil, false, m.err
	}
	return append([]chart.Figure(nil), m.figs...), false, nil
}

func (m *memFigures) ChartSources(_ context.Context, ids []int64) (map[int64]string, error) {
	out := map[int64]string{}
	for _, id := range ids {
		if s, ok := m.sources[id]; ok {
			out[id] = s
		}
	}
	return out, nil
}

func dayAt(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// isiswatchYear is a year of daily posts with their running monthly
// totals, and a wire story that gives 15 March another figure.
func isiswatchYear() *memFigures {
	m := &memFigures{sources: map[int64]string{}}
	total := 0.0
	for i := range 365 {
		d := dayAt("2017-01-01").AddDate(0, 0, i)
		if d.Day() == 1 {
			total = 0
		}
		v := float64(1000 + (i*37)%600)
		total += v
		id := int64(i + 1)
		m.figs = append(m.figs,
			chart.Figure{ClaimID: 2*id - 1, NoticeID: id, Value: v, Unit: "bots_and_channels", Platform: "Telegram", EventDate: d,
				Quote: fmt.Sprintf("%d terrorist bots and channels banned on %s.", int(v), d.Format("January, 2"))},
			chart.Figure{ClaimID: 2 * id, NoticeID: id, Value: total, Unit: "bots_and_channels", Rate: "per_month", Platform: "Telegram",
				EventDate: d, Period: d.Format("2006-01"), Quote: fmt.Sprintf("Total this month: %d", int(total))})
		m.sources[id] = "ISIS Watch"
	}
	m.figs = append(m.figs, chart.Figure{ClaimID: 9001, NoticeID: 900, Value: 2118, Unit: "bots_and_channels", Platform: "Telegram",
		EventDate: dayAt("2017-03-15"), Quote: "تلغرام حظر 2118 قناة وروبوت يوم 15 مارس"})
	m.sources[900] = "وكالة أنباء"
	return m
}

// chartQueues holds each test chart's UI work, run on the test's
// goroutine as the app runs it on the UI goroutine.
var chartQueues = map[*ChartView]chan func(){}

func newTestChart(src chart.Source, f chart.Filter, open func(int64), win fyne.Window) *ChartView {
	q := make(chan func(), 64)
	v := newChartView(src, f, open, win, func(fn func()) { q <- fn })
	chartQueues[v] = q
	return v
}

// waitLoaded runs the chart's UI work until its first load is shown.
func waitLoaded(t testing.TB, v *ChartView) {
	t.Helper()
	timeout := time.After(3 * time.Minute) // a million figures' conflicts on a busy machine
	for {
		select {
		case <-v.loaded:
			return
		case fn := <-chartQueues[v]:
			fn()
		case <-timeout:
			t.Fatal("the chart did not load")
		}
	}
}

// showChart waits for v's first load and shows it in a test window of
// the given size.
func showChart(t *testing.T, v *ChartView, width, height float32) fyne.Window {
	t.Helper()
	waitLoaded(t, v)
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(width, height))
	return w
}

// settleChart waits for the chart's pending rebucketing and runs what it
// posted, until nothing is pending: what a rebucketing shows is laid out
// again, which may ask for another.
func settleChart(v *ChartView) {
	for {
		v.settle()
		select {
		case fn := <-chartQueues[v]:
			fn()
		default:
			return
		}
	}
}

func shoot(t *testing.T, w fyne.Window, name string) {
	t.Helper()
	if *chartShots == "" {
		return
	}
	f, err := os.Create(filepath.Join(*chartShots, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, w.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

// objects lists every canvas object under o, widgets' renderers included.
func objects(o fyne.CanvasObject) []fyne.CanvasObject {
	out := []fyne.CanvasObject{o}
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			out = append(out, objects(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			out = append(out, objects(c)...)
		}
	}
	return out
}

func texts(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, x := range objects(o) {
		switch t := x.(type) {
		case *bidi.Label:
			b.WriteString(t.Text + "\n")
		case *bidi.Paragraph:
			b.WriteString(t.Text + "\n")
		case *canvas.Text:
			b.WriteString(t.Text + "\n")
		}
	}
	return b.String()
}

func TestChartView(t *testing.T) {
	test.NewTempApp(t)
	src := isiswatchYear()
	opened := int64(0)
	v := newTestChart(src, chart.Filter{}, func(id int64) { opened = id }, nil)
	w := showChart(t, v, 1000, 700)
	settleChart(v)
	if v.status.Visible() {
		t.Fatalf("a year of figures shows the status %q", v.status.Text)
	}
	if got := len(v.legend.Objects); got != 3 {
		t.Errorf("legend has %d entries, want the two series and the conflict ring", got)
	}
	all := texts(v)
	for _, want := range []string{"Telegram · bots and channels · daily figures", "Telegram · bots and channels · monthly totals",
		"conflicting figure", "bots and channels · monthly totals", "Jan 2017", "2,000", "40,000"} {
		if !strings.Contains(all, want) {
			t.Errorf("the view shows no %q", want)
		}
	}
	// 730 daily and monthly points fit 1000 units unbucketed; the wire's
	// figure and the channel's for 15 March are ringed
	c := v.plot.c
	if c.Bucket != chart.None || len(v.plot.hits) != 731 {
		t.Errorf("bucket %q, %d points on screen; want none, 731", c.Bucket, len(v.plot.hits))
	}
	rings := 0
	for _, o := range test.WidgetRenderer(v.plot).Objects() {
		if ci, ok := o.(*canvas.Circle); ok && ci.StrokeColor == chart.ConflictColour {
			rings++
		}
	}
	if rings != 2 {
		t.Errorf("%d conflict rings, want 2", rings)
	}
	shoot(t, w, "chart-en.png")

	// pointing at the wire's figure shows its Arabic quote, its source, the
	// conflict, and opens its notice
	var at fyne.Position
	for _, h := range v.plot.hits {
		if p := c.Series[h.series].Points[h.point]; p.NoticeID == 900 {
			at = h.at
		}
	}
	v.plot.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at.Add(fyne.NewPos(3, -2))}})
	detail := texts(v.detail)
	for _, want := range []string{"2,118 bots and channels", "15 Mar 2017", "تلغرام حظر 2118", "وكالة أنباء", "another notice says 1,"} {
		if !strings.Contains(detail, want) {
			t.Errorf("detail lacks %q:\n%s", want, detail)
		}
	}
	shoot(t, w, "chart-en-hover.png")
	var open *widget.Button
	for _, o := range objects(v.detail) {
		if b, ok := o.(*widget.Button); ok {
			open = b
		}
	}
	if open == nil {
		t.Fatal("no Open notice button")
	}
	test.Tap(open)
	if opened != 900 {
		t.Errorf("Open notice opened %d, want 900", opened)
	}
	// far from every point nothing changes
	v.plot.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(2, 2)}})
	if !strings.Contains(texts(v.detail), "وكالة أنباء") {
		t.Error("moving away from the points cleared the detail")
	}
}

// A rebucketing for a width the plot no longer has is dropped: laid out
// narrow first (a window opening), then wide before the narrow one's
// result is shown, the chart keeps the wide width's daily points. Under
// the race detector TestChartView met this order by chance (its timer
// fired before the window was resized).
func TestChartViewDropsStaleRebucket(t *testing.T) {
	test.NewTempApp(t)
	v := newTestChart(isiswatchYear(), chart.Filter{}, nil, nil)
	w := showChart(t, v, 520, 700)
	v.settle() // the narrow width's rebucketing ran; its result waits in the queue
	if len(chartQueues[v]) == 0 {
		t.Fatal("the narrow layout asked for no rebucketing")
	}
	w.Resize(fyne.NewSize(1000, 700))
	settleChart(v)
	if c := v.plot.c; c.Bucket != chart.None || len(v.plot.hits) != 731 {
		t.Errorf("bucket %q, %d points on screen; want none, 731", c.Bucket, len(v.plot.hits))
	}
}

func TestChartViewEmptyAndErrors(t *testing.T) {
	test.NewTempApp(t)
	for _, tc := range []struct {
		name string
		src  *memFigures
		want string
	}{
		{"no figures", &memFigures{}, "No figures match this filter: VK"},
		{"undated", &memFigures{figs: []chart.Figure{{ClaimID: 1, NoticeID: 1, Value: 3, Unit: "channels", Platform: "VK"}}}, "No dated figures: 1 figures match"},
		{"store fails", &memFigures{err: fmt.Errorf("disk I/O error")}, "The figures could not be read: disk I/O error"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := newTestChart(tc.src, chart.Filter{Platform: "VK"}, nil, nil)
			showChart(t, v, 600, 400)
			if !v.status.Visible() || !strings.Contains(v.status.Text, tc.want) {
				t.Errorf("status %q (visible %v), want %q", v.status.Text, v.status.Visible(), tc.want)
			}
			if n := len(test.WidgetRenderer(v.plot).Objects()); n != 0 {
				t.Errorf("an empty chart draws %d objects", n)
			}
		})
	}
}

// One figure is a chart too: a dot, axes around it.
func TestChartViewOnePoint(t *testing.T) {
	test.NewTempApp(t)
	src := &memFigures{figs: []chart.Figure{{ClaimID: 1, NoticeID: 1, Value: 78, Unit: "channels", Platform: "Telegram", EventDate: dayAt("2015-11-18"), Quote: "78 channels"}}}
	v := newTestChart(src, chart.Filter{}, nil, nil)
	w := showChart(t, v, 600, 400)
	if len(v.plot.hits) != 1 || !strings.Contains(texts(v), "18 Nov 2015") {
		t.Errorf("one figure: %d points, texts:\n%s", len(v.plot.hits), texts(v))
	}
	shoot(t, w, "chart-one.png")
}

// In Arabic the view is mirrored: the earliest day is on the right, the
// value axis stands on the right, the labels are Arabic.
func TestChartViewRTL(t *testing.T) {
	test.NewTempApp(t)
	arabicUI(t)
	viewRTL = true
	t.Cleanup(func() { viewRTL = false })
	v := newTestChart(isiswatchYear(), chart.Filter{}, func(int64) {}, nil)
	w := showChart(t, v, 1000, 700)
	settleChart(v)
	c := v.plot.c
	first, last := v.plot.hits[0], v.plot.hits[0]
	for _, h := range v.plot.hits {
		d := c.Series[h.series].Points[h.point].Date
		if d.Before(c.Series[first.series].Points[first.point].Date) {
			first = h
		}
		if d.After(c.Series[last.series].Points[last.point].Date) {
			last = h
		}
	}
	if first.at.X <= last.at.X {
		t.Errorf("1 January at x=%g, 31 December at x=%g: time should run from the right", first.at.X, last.at.X)
	}
	all := texts(v)
	for _, want := range []string{"أرقام يومية", "مجاميع شهرية", "رقم متعارض", "يناير 2017"} {
		if !strings.Contains(all, want) {
			t.Errorf("the Arabic view shows no %q", want)
		}
	}
	// value labels stand right of the plot
	for _, o := range test.WidgetRenderer(v.plot).Objects() {
		if tx, ok := o.(*canvas.Text); ok && tx.Text == "2,000" && tx.Position().X < 900 {
			t.Errorf("value label at x=%g, want on the right", tx.Position().X)
		}
	}
	shoot(t, w, "chart-ar.png")
}

// BenchmarkChartView is a million figures in memory bucketed and drawn
// into the view's canvas objects; the store's BenchmarkChartFetch is the
// baseline of reading them.
func BenchmarkChartView(b *testing.B) {
	test.NewTempApp(b)
	figs := millionFigures()
	src := &memFigures{figs: figs}
	v := newTestChart(src, chart.Filter{}, nil, nil)
	waitLoaded(b, v)
	w := test.NewTempWindow(b, v)
	w.Resize(fyne.NewSize(1200, 800))
	settleChart(v)
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		c := chart.Build(figs, chart.Options{MaxPoints: maxPointsFor(v.plot.Size().Width)})
		v.plot.setChart(c)
		if len(v.plot.hits) == 0 {
			b.Fatal("nothing drawn")
		}
	}
	reportCPU(b, cpu0)
}

func millionFigures() []chart.Figure {
	platforms := []string{"Telegram", "YouTube", "Facebook", "X", "TikTok"}
	units := []string{"channels", "accounts", "groups", "videos", "posts"}
	start := time.Date(2016, 1, 1, 8, 0, 0, 0, time.UTC)
	figs := make([]chart.Figure, 1_000_000)
	for i := range figs {
		at := start.Add(time.Duration(i) * 23 * time.Minute)
		h := uint32(i) * 2654435761
		figs[i] = chart.Figure{ClaimID: int64(i + 1), NoticeID: int64(i + 1), Value: float64(500 + i%900),
			Unit: units[h>>16%5], Platform: platforms[h>>8%5], EventDate: at.Truncate(24 * time.Hour), Quote: "a figure"}
	}
	return figs
}

// reportCPU adds the process CPU time per op (all threads, GC included):
// the machine the figures are measured on is shared, which inflates wall
// time but not CPU time.
func reportCPU(b *testing.B, cpu0 time.Duration) {
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(float64(d.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

// wholeDesk is a desk's figures over many units and platforms, each unit
// with its daily counts and monthly totals: charted all at once they made
// more panels than a window has room for, and the chart drew none.
func wholeDesk() *memFigures {
	m := &memFigures{sources: map[int64]string{}}
	units := []string{"channels", "accounts", "bots", "groups", "posts", "links", "videos"}
	platforms := []string{"Telegram", "Twitter", "Facebook", "YouTube", "TikTok", "VK", "WhatsApp", "Instagram", "Reddit"}
	id := int64(0)
	for ui, u := range units {
		for pi, p := range platforms {
			for d := range 40 - 4*ui { // channels have the most figures, videos the fewest
				id++
				day := dayAt("2024-01-01").AddDate(0, 0, d*3+pi)
				m.figs = append(m.figs,
					chart.Figure{ClaimID: 2*id - 1, NoticeID: id, Value: float64(100 + d + pi), Unit: u, Platform: p, EventDate: day},
					chart.Figure{ClaimID: 2 * id, NoticeID: id, Value: float64(1000 + d), Unit: u, Platform: p, Rate: "per_month",
						EventDate: day, Period: day.Format("2006-01")})
			}
		}
	}
	return m
}

func TestChartViewPicksAUnit(t *testing.T) {
	test.NewTempApp(t)
	v := newTestChart(wholeDesk(), chart.Filter{}, nil, nil)
	w := showChart(t, v, 1000, 720)
	settleChart(v)
	panels := func() []string {
		var out []string
		for _, p := range v.plot.c.Panels() {
			out = append(out, p.Unit+" "+string(p.Measure))
		}
		return out
	}
	// it opens on the unit with the most figures, every platform
	if !v.units.Visible() || v.units.Selected != "channels" || v.units.Options[0] != "All units" || len(v.units.Options) != 8 {
		t.Fatalf("units offered %q, %q selected (visible %v)", v.units.Options, v.units.Selected, v.units.Visible())
	}
	if got := panels(); len(got) != 2 || len(v.plot.hits) == 0 {
		t.Fatalf("panels %q with %d points on screen, want channels' two", got, len(v.plot.hits))
	}
	// 9 platforms × 2 measures: 18 lines, 16 listed and the rest said
	if n := len(v.legend.Objects); n != maxLegend || !v.left.Visible() || !strings.Contains(v.left.Text, "2 more lines") {
		t.Errorf("legend of %d entries, note %q (visible %v)", n, v.left.Text, v.left.Visible())
	}
	// a platform: its two lines, nothing left out
	v.platforms.SetSelected("VK")
	settleChart(v)
	if n := len(v.plot.c.Series); n != 2 || v.left.Visible() || v.plot.c.Series[0].Key.Platform != "VK" {
		t.Errorf("VK picked: %d series, note %q (visible %v)", n, v.left.Text, v.left.Visible())
	}
	// every unit: the four panels with the most figures drawn, the rest said
	v.units.SetSelectedIndex(0)
	settleChart(v)
	if v.platforms.Selected != "VK" {
		t.Errorf("the platform picked was let go: %q", v.platforms.Selected)
	}
	if got := panels(); len(got) != 14 {
		t.Errorf("all units: the chart has panels %q, want 14", got)
	}
	titles := texts(v.plot)
	for _, want := range []string{"channels · daily figures", "accounts · monthly totals"} {
		if !strings.Contains(titles, want) {
			t.Errorf("all units: no panel %q drawn:\n%s", want, titles)
		}
	}
	if strings.Contains(titles, "videos") || !strings.Contains(v.left.Text, "Showing 4 of 14 panels") {
		t.Errorf("all units: drawn %q, note %q", titles, v.left.Text)
	}
	// a unit the platform picked has: both kept
	v.units.SetSelected("bots")
	settleChart(v)
	if c := v.plot.c; len(c.Series) != 2 || c.Series[0].Key.Unit != "bots" || c.Series[0].Key.Platform != "VK" {
		t.Errorf("bots on VK: series %v", c.Series)
	}
	shoot(t, w, "chart-pick.png")
}

// A chart asked for one unit and one platform offers no choice.
func TestChartViewAskedForOne(t *testing.T) {
	test.NewTempApp(t)
	src := wholeDesk()
	var one []chart.Figure
	for _, f := range src.figs {
		if f.Unit == "bots" && f.Platform == "VK" {
			one = append(one, f)
		}
	}
	src.figs = one
	v := newTestChart(src, chart.Filter{Unit: "bots", Platform: "VK"}, nil, nil)
	showChart(t, v, 800, 600)
	if v.units.Visible() || v.platforms.Visible() || v.left.Visible() || len(v.plot.c.Series) != 2 {
		t.Errorf("units %v, platforms %v, note %q, %d series", v.units.Visible(), v.platforms.Visible(), v.left.Text, len(v.plot.c.Series))
	}
}
