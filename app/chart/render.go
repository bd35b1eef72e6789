package chart

import (
	"fmt"
	"image/color"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Palette colours the series in order; no red, which marks conflicts.
// Chosen to stay apart for the common colour blindnesses (Okabe–Ito).
var Palette = []color.NRGBA{
	{0x00, 0x72, 0xb2, 0xff}, // blue
	{0xe6, 0x9f, 0x00, 0xff}, // orange
	{0x00, 0x9e, 0x73, 0xff}, // bluish green
	{0xcc, 0x79, 0xa7, 0xff}, // reddish purple
	{0x56, 0xb4, 0xe9, 0xff}, // sky blue
	{0x8c, 0x6d, 0x31, 0xff}, // brown
	{0x6a, 0x3d, 0x9a, 0xff}, // purple
	{0x55, 0x55, 0x55, 0xff}, // grey
}

// ConflictColour rings a point whose figure conflicts with another.
var ConflictColour = color.NRGBA{0xd5, 0x00, 0x00, 0xff}

// MaxConflictLabels is how many conflicting points of a panel get their
// figure written beside them; more would cover the lines.
const MaxConflictLabels = 8

// The plot library's default face is a serif; the window uses a sans.
func init() { plot.DefaultFont.Variant = "Sans" }

// Format is a file format the chart is written in.
type Format string

// Formats.
const (
	SVG Format = "svg"
	PNG Format = "png"
	PDF Format = "pdf"
)

// FormatOf picks the format from a file name's extension.
func FormatOf(name string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimPrefix(filepath.Ext(name), "."))); f {
	case SVG, PNG, PDF:
		return f, nil
	}
	return "", fmt.Errorf("%s: the chart is written as .svg, .png or .pdf", name)
}

// Write draws c into w in the given format: one panel per unit and measure,
// stacked on a shared date axis, each with its legend. title heads the
// page. Text is drawn with the plot library's Liberation fonts, which it
// does not shape: labels are kept to canonical names (Latin script), and a
// label with other scripts is reduced to its Latin part (see latinOnly),
// and the PDF writer's fonts take ASCII only (see asciiOnly).
func Write(w io.Writer, c *Chart, f Format, title string) error {
	if c.Empty() {
		return fmt.Errorf("nothing to chart")
	}
	panels := c.Panels()
	const width = 26 * vg.Centimeter
	const margin = 0.6 * vg.Centimeter
	panelH := 8 * vg.Centimeter
	clean := latinOnly
	if f == PDF {
		clean = asciiOnly
	}
	lg := legendLayout(c, width-2*margin, clean)
	head := 1.3*vg.Centimeter + lg.height
	height := head + panelH*vg.Length(len(panels))
	var cw vg.CanvasWriterTo
	switch f {
	case SVG:
		cw = vgsvg.New(width, height)
	case PNG:
		cw = vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(width, height), vgimg.UseDPI(110), vgimg.UseBackgroundColor(color.White))}
	case PDF:
		cw = vgpdf.New(width, height)
	default:
		return fmt.Errorf("unknown chart format %q", f)
	}
	dc := draw.New(cw)
	if f != PNG { // PNG has its own white background
		dc.SetColor(color.White)
		dc.Fill(dc.Rectangle.Path())
	}
	hs := textStyle(15, color.Black)
	hs.YAlign = draw.YTop
	dc.FillText(hs, vg.Point{X: margin, Y: height - 0.4*vg.Centimeter}, clean(title))
	ss := textStyle(10, color.Black)
	ss.YAlign = draw.YTop
	dc.FillText(ss, vg.Point{X: margin, Y: height - 1.0*vg.Centimeter}, clean(subtitle(c)))
	lg.draw(dc, margin, height-1.3*vg.Centimeter)

	plots := make([][]*plot.Plot, len(panels))
	for i, p := range panels {
		pl, err := panelPlot(c, p, clean)
		if err != nil {
			return err
		}
		plots[i] = []*plot.Plot{pl}
	}
	body := draw.Crop(dc, 0, 0, 0, -head)
	tiles := draw.Tiles{Rows: len(panels), Cols: 1, PadTop: 0.2 * vg.Centimeter, PadBottom: 0.2 * vg.Centimeter,
		PadLeft: 0.3 * vg.Centimeter, PadRight: 0.5 * vg.Centimeter, PadY: 0.3 * vg.Centimeter}
	cs := plot.Align(plots, tiles, body)
	for i := range plots {
		plots[i][0].Draw(cs[i][0])
	}
	if _, err := cw.WriteTo(w); err != nil {
		return fmt.Errorf("write chart: %w", err)
	}
	return nil
}

// subtitle says what the points are.
func subtitle(c *Chart) string {
	s := fmt.Sprintf("%s figures, %s to %s", FormatInt(c.Figures), c.From.Format("2 Jan 2006"), c.To.Format("2 Jan 2006"))
	if c.Bucket != None {
		s += "; each point is the mean of a " + string(c.Bucket) + "'s figures, the bar their range"
	}
	if n := conflictCount(c); n > 0 {
		s += fmt.Sprintf("; %s points with conflicting figures ringed in red", FormatInt(n))
	}
	if c.Undated > 0 {
		s += fmt.Sprintf("; %s undated left out", FormatInt(c.Undated))
	}
	return s
}

func conflictCount(c *Chart) int {
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

// FormatInt writes n with thousands separators.
func FormatInt(n int) string { return formatCount(float64(n)) }

func panelPlot(c *Chart, p Panel, clean func(string) string) (*plot.Plot, error) {
	pl := plot.New()
	pl.Title.Text = clean(p.Title())
	pl.Title.TextStyle.Font.Size = 11
	pl.Title.TextStyle.XAlign = draw.XLeft
	pl.Title.Padding = 0.15 * vg.Centimeter
	from, to := xRange(c)
	pl.X.Min, pl.X.Max = from, to
	dates := DateTicks(c.From, c.To, 8)
	pl.X.Tick.Marker = fixedTicks(dates)
	lo, hi, vals := ValueRange(p.Min, p.Max, 5)
	pl.Y.Min, pl.Y.Max = lo, hi
	pl.Y.Tick.Marker = fixedTicks(vals)
	pl.Add(gridLines{x: dates, y: vals})
	labels := &labelPlacer{left: MaxConflictLabels}
	for _, si := range p.Series {
		pl.Add(&seriesPlot{s: c.Series[si], colour: Palette[si%len(Palette)], labels: labels})
	}
	return pl, nil
}

// xRange pads a chart's days so the first and last points are not on the
// frame, and gives one day's chart some width.
func xRange(c *Chart) (float64, float64) {
	from, to := c.From, c.To
	pad := to.Sub(from) / 40
	if pad < 24*time.Hour {
		pad = 24 * time.Hour
	}
	return float64(from.Add(-pad).Unix()), float64(to.Add(pad).Unix())
}

type fixedTicks []Tick

func (t fixedTicks) Ticks(lo, hi float64) []plot.Tick {
	var out []plot.Tick
	for _, k := range t {
		if k.Value >= lo && k.Value <= hi {
			out = append(out, plot.Tick{Value: k.Value, Label: k.Label})
		}
	}
	return out
}

// gridLines draws light lines at the ticks, behind the series.
type gridLines struct{ x, y []Tick }

func (g gridLines) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	sty := draw.LineStyle{Color: color.Gray{0xe0}, Width: vg.Points(0.5)}
	for _, t := range g.x {
		if t.Value >= p.X.Min && t.Value <= p.X.Max {
			c.StrokeLine2(sty, tx(t.Value), c.Min.Y, tx(t.Value), c.Max.Y)
		}
	}
	for _, t := range g.y {
		if t.Value >= p.Y.Min && t.Value <= p.Y.Max {
			c.StrokeLine2(sty, c.Min.X, ty(t.Value), c.Max.X, ty(t.Value))
		}
	}
}

// seriesPlot draws one series: its line, a dot per point, the range of a
// bucket, a red ring and the figure on a conflicting point.
type seriesPlot struct {
	s      Series
	colour color.Color
	labels *labelPlacer // shared by the series of a panel
}

func (sp *seriesPlot) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	pts := sp.s.Points
	line := draw.LineStyle{Color: sp.colour, Width: vg.Points(1.2)}
	bar := draw.LineStyle{Color: fade(sp.colour), Width: vg.Points(0.8)}
	if len(pts) > 1 {
		xy := make([]vg.Point, len(pts))
		for i, pt := range pts {
			xy[i] = vg.Point{X: tx(float64(pt.Date.Unix())), Y: ty(pt.Value)}
		}
		c.StrokeLines(line, c.ClipLinesXY(xy)...)
	}
	dot := draw.GlyphStyle{Color: sp.colour, Radius: vg.Points(dotRadius(len(pts))), Shape: draw.CircleGlyph{}}
	ring := draw.GlyphStyle{Color: ConflictColour, Radius: vg.Points(4.5), Shape: draw.RingGlyph{}}
	lab := textStyle(8, ConflictColour)
	lab.XAlign = draw.XCenter
	for _, pt := range pts {
		x, y := tx(float64(pt.Date.Unix())), ty(pt.Value)
		if pt.High > pt.Low {
			c.StrokeLine2(bar, x, ty(pt.Low), x, ty(pt.High))
		}
		if dot.Radius > 0 && c.Contains(vg.Point{X: x, Y: y}) {
			c.DrawGlyph(dot, vg.Point{X: x, Y: y})
		}
	}
	// conflicts last, above every line
	for _, pt := range pts {
		if !pt.Conflict {
			continue
		}
		x, y := tx(float64(pt.Date.Unix())), ty(pt.Value)
		c.DrawGlyph(ring, vg.Point{X: x, Y: y})
		txt := formatCount(pt.Shown) + " conflicts"
		if at, ok := sp.labels.place(lab, vg.Point{X: x, Y: y + vg.Points(6)}, txt, c.Rectangle); ok {
			c.FillText(lab, at, txt)
		}
	}
}

// dotRadius shrinks the dots as points get dense, down to none: a line of
// a thousand dots is a thick smear.
func dotRadius(n int) float64 {
	switch {
	case n <= 60:
		return 2.2
	case n <= 400:
		return 1.2
	}
	return 0
}

// labelPlacer moves a label up until it clears the labels already placed
// in its panel, and stops labelling after a few; a label that would leave
// the plot is not drawn (the ring still is).
type labelPlacer struct {
	left   int
	placed []vg.Rectangle
}

func (l *labelPlacer) place(sty draw.TextStyle, at vg.Point, txt string, in vg.Rectangle) (vg.Point, bool) {
	if l.left <= 0 {
		return at, false
	}
	w, h, _ := sty.Handler.Box(txt, sty.Font)
	h *= 1.2 // a little air between stacked labels
	// keep the label inside the plot sideways (centred on its point)
	at.X = max(at.X, in.Min.X+w/2)
	at.X = min(at.X, in.Max.X-w/2)
	// above the point, climbing past other labels; else below, descending
	below := vg.Point{X: at.X, Y: at.Y - vg.Points(12) - h}
	for _, try := range []struct {
		from vg.Point
		step vg.Length
	}{{at, h}, {below, -h}} {
		p := try.from
		for range 20 {
			r := vg.Rectangle{Min: vg.Point{X: p.X - w/2, Y: p.Y}, Max: vg.Point{X: p.X + w/2, Y: p.Y + h}}
			if r.Max.Y > in.Max.Y || r.Min.Y < in.Min.Y {
				break // no room left on this side
			}
			if l.clear(r) {
				l.placed = append(l.placed, r)
				l.left--
				return p, true
			}
			p.Y += try.step
		}
	}
	return at, false
}

func (l *labelPlacer) clear(r vg.Rectangle) bool {
	for _, p := range l.placed {
		if r.Min.X < p.Max.X && p.Min.X < r.Max.X && r.Min.Y < p.Max.Y && p.Min.Y < r.Max.Y {
			return false
		}
	}
	return true
}

func textStyle(size vg.Length, c color.Color) draw.TextStyle {
	return draw.TextStyle{Color: c, Font: font.From(plot.DefaultFont, size), Handler: plot.DefaultTextHandler}
}

// legend is the page's one legend: a series keeps its colour in every
// panel, so it is named once, above them, with the conflict ring.
type legend struct {
	entries []legendEntry
	height  vg.Length
}

type legendEntry struct {
	at     vg.Point // offset from the legend's top left
	label  string
	colour color.Color // nil for the conflict ring
}

func legendLayout(c *Chart, width vg.Length, clean func(string) string) legend {
	sty := textStyle(9, color.Black)
	const swatch, gap = 0.8 * vg.Centimeter, 0.9 * vg.Centimeter
	row := 0.5 * vg.Centimeter
	var lg legend
	x, y := vg.Length(0), row
	add := func(label string, col color.Color) {
		w, _, _ := sty.Handler.Box(label, sty.Font)
		if x > 0 && x+swatch+w > width {
			x, y = 0, y+row
		}
		lg.entries = append(lg.entries, legendEntry{vg.Point{X: x, Y: y}, label, col})
		x += swatch + w + gap
	}
	for i, s := range c.Series {
		add(clean(s.Label()), Palette[i%len(Palette)])
	}
	if conflictCount(c) > 0 {
		add("conflicting figure", nil)
	}
	lg.height = y + 0.2*vg.Centimeter
	return lg
}

func (lg legend) draw(c draw.Canvas, left, top vg.Length) {
	sty := textStyle(9, color.Black)
	sty.YAlign = draw.YCenter
	for _, e := range lg.entries {
		x, y := left+e.at.X, top-e.at.Y
		if e.colour == nil {
			c.DrawGlyph(draw.GlyphStyle{Color: ConflictColour, Radius: vg.Points(4), Shape: draw.RingGlyph{}}, vg.Point{X: x + 0.3*vg.Centimeter, Y: y})
		} else {
			c.StrokeLine2(draw.LineStyle{Color: e.colour, Width: vg.Points(2.5)}, x, y, x+0.6*vg.Centimeter, y)
		}
		c.FillText(sty, vg.Point{X: x + 0.8*vg.Centimeter, Y: y}, e.label)
	}
}

func fade(c color.Color) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 0x80}
}

func formatCount(v float64) string {
	if v >= 100 || v == float64(int64(v)) {
		return app.FormatCount(float64(int64(v + 0.5)))
	}
	return fmt.Sprintf("%.1f", v)
}

// latinOnly keeps what the plot library's fonts can draw unshaped: Latin,
// digits and punctuation. Other runs (an Arabic platform name typed into a
// CSV) become "…" rather than disconnected, left-to-right letters.
func latinOnly(s string) string {
	var b strings.Builder
	dropped := false
	for _, r := range s {
		if r < 0x250 || r >= 0x2000 && r < 0x2070 || r == '·' {
			b.WriteRune(r)
			dropped = false
			continue
		}
		if !dropped {
			b.WriteString("…")
			dropped = true
		}
	}
	return b.String()
}

// asciiOnly is latinOnly for the PDF writer, whose fonts are encoded for
// ASCII: the middle dot and the ellipsis get ASCII stand-ins.
func asciiOnly(s string) string {
	var b strings.Builder
	for _, r := range latinOnly(s) {
		switch {
		case r == '·':
			b.WriteByte('-')
		case r == '…':
			b.WriteString("...")
		case r < 0x80:
			b.WriteRune(r)
		default:
			b.WriteByte('?')
		}
	}
	return b.String()
}
