// Package chart turns figure claims into the series of a chart over time:
// one series per platform, unit and measure, so daily figures, monthly
// totals and rates are never drawn on one line and figures in different
// units are never summed. A series with more points than the chart has
// pixels is bucketed by day, week or month; every point keeps the quote,
// source and notice of the figure it shows, and whether that figure
// conflicts with another. The package draws nothing on screen: it writes
// SVG, PNG and PDF files (render.go) and leaves the window to the ui.
package chart

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// Figure is one figure claim as the chart reads it: only the columns a
// point needs, plus what the conflict check compares.
type Figure struct {
	ClaimID   int64
	NoticeID  int64
	Value     float64
	Unit      string
	Qualifier string
	Rate      string    // "", "per_day", "per_month"
	Platform  string    // canonical platform, "" when unknown
	EventDate time.Time // the day the figure is about, zero when unknown
	Period    string    // "2006-01" for a monthly total
	Published time.Time // the notice's publication, the date of last resort
	Quote     string
	Source    string   // the notice's first stated_by/reported_by source
	Conflicts []string // filled by MarkConflicts
}

// Measure keeps apart figures that must never share a line.
type Measure string

// Measures, in the order series are listed.
const (
	Daily    Measure = "daily"     // a figure dated to a day (a day's bans, a one-off count)
	Monthly  Measure = "monthly"   // a total for a calendar month
	PerDay   Measure = "per_day"   // a rate per day
	PerMonth Measure = "per_month" // a rate per month with no month named
)

var measureOrder = map[Measure]int{Daily: 0, Monthly: 1, PerDay: 2, PerMonth: 3}

// Label is how a measure reads in a legend.
func (m Measure) Label() string {
	switch m {
	case Daily:
		return "daily figures"
	case Monthly:
		return "monthly totals"
	case PerDay:
		return "per day"
	case PerMonth:
		return "per month"
	}
	return string(m)
}

// measureOf classifies a figure. A month named by the figure wins over its
// rate: "Total this month: 16050" is a monthly total, not a rate.
func measureOf(f Figure) Measure {
	switch {
	case len(f.Period) == 7:
		return Monthly
	case f.Rate == "per_day":
		return PerDay
	case f.Rate == "per_month":
		return PerMonth
	}
	return Daily
}

// dateOf places a figure on the time axis: its own day, else the first day
// of its month, else the day its notice was published. ok is false for a
// figure with none of them.
func dateOf(f Figure) (time.Time, bool) {
	if !f.EventDate.IsZero() {
		return day(f.EventDate), true
	}
	if len(f.Period) == 7 {
		if t, err := time.Parse("2006-01", f.Period); err == nil {
			return t, true
		}
	}
	if !f.Published.IsZero() {
		return day(f.Published), true
	}
	return time.Time{}, false
}

func day(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// Key names a series.
type Key struct {
	Platform string
	Unit     string
	Measure  Measure
}

// Label is the series' legend text, in Latin script: units are canonical
// English words and platforms canonical names.
func (k Key) Label() string {
	p := k.Platform
	if p == "" {
		p = "unknown platform"
	}
	return p + " · " + strings.ReplaceAll(k.Unit, "_", " ") + " · " + k.Measure.Label()
}

// Bucket is the span one point stands for.
type Bucket string

// Buckets, finest first.
const (
	None  Bucket = ""      // one point per figure
	Day   Bucket = "day"   // the figures of one day
	Week  Bucket = "week"  // of one ISO week (Monday first)
	Month Bucket = "month" // of one calendar month
	Year  Bucket = "year"  // of one year, when even months are too many
)

// start returns the first day of the bucket holding t.
func (b Bucket) start(t time.Time) time.Time {
	switch b {
	case Week:
		wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
		return t.AddDate(0, 0, -wd)
	case Month:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	case Year:
		return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return t
}

// Point is one mark on a series: a figure, or the figures of one bucket.
type Point struct {
	Date  time.Time // the figure's day, or the first day of its bucket
	Value float64   // the figure, or the mean of the bucket's figures
	Low   float64   // the smallest figure in the bucket (= Value for one figure)
	High  float64   // the largest
	N     int       // figures in the point
	// The figure the point shows when asked: the first conflicting one in
	// the bucket, else the largest.
	ClaimID   int64
	NoticeID  int64
	Shown     float64 // that figure's own value
	Quote     string
	Source    string
	Conflict  bool     // some figure in the point conflicts with another
	Conflicts []string // what the shown figure conflicts with
}

// Series is the points of one platform, unit and measure, oldest first.
type Series struct {
	Key    Key
	Points []Point
	Min    float64 // the smallest Low
	Max    float64 // the largest High
}

// Label is the series' legend text.
func (s Series) Label() string { return s.Key.Label() }

// Filter narrows the figures charted. Zero fields do not filter.
type Filter struct {
	Platform string    // compared case-insensitively
	Unit     string    // canonical unit
	From, To time.Time // days, both included
}

// Options shape a chart.
type Options struct {
	Filter
	// MaxPoints is the most points one series may have before it is
	// bucketed: about the width of the plot in pixels. 0 means 1000.
	MaxPoints int
}

// Chart is what a chart view or file draws.
type Chart struct {
	Series   []Series
	From, To time.Time // the first and last day with a point
	Bucket   Bucket    // None, or the span of every series' points
	Figures  int       // figures charted
	Undated  int       // figures that matched but have no date to place them
	Excluded int       // figures left out by the filter
	Min, Max float64   // across series
	// Truncated says the store had more figures than one chart reads.
	Truncated bool
}

// Empty reports whether there is nothing to draw.
func (c *Chart) Empty() bool { return len(c.Series) == 0 }

// Why says why a chart is empty, in a sentence the window and the command
// line show; "" when it is not.
func (c *Chart) Why(f Filter) string {
	if !c.Empty() {
		return ""
	}
	what := "figures"
	if f.Unit != "" {
		what = "figures in " + strings.ReplaceAll(f.Unit, "_", " ")
	}
	if f.Platform != "" {
		what += " about " + f.Platform
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		what += " " + span(f.From, f.To)
	}
	if c.Undated > 0 {
		return fmt.Sprintf("No dated %s: %d figures have no date (neither the day they are about, a month, nor a publication date).", what, c.Undated)
	}
	return "No " + what + " in this desk."
}

func span(from, to time.Time) string {
	switch {
	case from.IsZero():
		return "up to " + to.Format("2006-01-02")
	case to.IsZero():
		return "from " + from.Format("2006-01-02")
	}
	return "from " + from.Format("2006-01-02") + " to " + to.Format("2006-01-02")
}

type dated struct {
	at  time.Time
	idx int
}

// Build groups figures into series and buckets them when a series has more
// points than opt.MaxPoints. It does not look for conflicts: call
// MarkConflicts on the figures first (it needs every unit of a notice,
// so before the unit filter).
func Build(figs []Figure, opt Options) *Chart {
	maxPts := opt.MaxPoints
	if maxPts <= 0 {
		maxPts = 1000
	}
	from, to := opt.From, opt.To
	if !from.IsZero() {
		from = day(from)
	}
	if !to.IsZero() {
		to = day(to)
	}
	c := &Chart{}
	groups := map[Key][]dated{}
	platforms := map[string]string{} // lower case → first spelling seen
	for i := range figs {
		f := &figs[i]
		if opt.Unit != "" && f.Unit != opt.Unit || opt.Platform != "" && !strings.EqualFold(f.Platform, opt.Platform) {
			c.Excluded++
			continue
		}
		if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) || f.Unit == "" {
			c.Excluded++
			continue
		}
		at, ok := dateOf(*f)
		if !ok {
			c.Undated++
			continue
		}
		if !from.IsZero() && at.Before(from) || !to.IsZero() && at.After(to) {
			c.Excluded++
			continue
		}
		lp := strings.ToLower(f.Platform)
		p, ok := platforms[lp]
		if !ok {
			p = f.Platform
			platforms[lp] = p
		}
		k := Key{Platform: p, Unit: f.Unit, Measure: measureOf(*f)}
		groups[k] = append(groups[k], dated{at, i})
		c.Figures++
	}
	if len(groups) == 0 {
		return c
	}
	// one bucket for the whole chart, the finest that fits every series, so
	// the axis can say what a point is
	for _, g := range groups {
		slices.SortStableFunc(g, func(a, b dated) int { return a.at.Compare(b.at) })
	}
	c.Bucket = None
	for _, b := range []Bucket{None, Day, Week, Month, Year} {
		c.Bucket = b
		fits := true
		for _, g := range groups {
			if distinct(g, b) > maxPts {
				fits = false
				break
			}
		}
		if fits {
			break
		}
	}
	for k, g := range groups {
		s := Series{Key: k, Points: points(figs, g, c.Bucket)}
		s.Min, s.Max = s.Points[0].Low, s.Points[0].High
		for _, p := range s.Points {
			s.Min, s.Max = min(s.Min, p.Low), max(s.Max, p.High)
		}
		c.Series = append(c.Series, s)
	}
	slices.SortFunc(c.Series, func(a, b Series) int {
		return cmp.Or(
			cmp.Compare(strings.ToLower(a.Key.Platform), strings.ToLower(b.Key.Platform)),
			cmp.Compare(a.Key.Unit, b.Key.Unit),
			cmp.Compare(measureOrder[a.Key.Measure], measureOrder[b.Key.Measure]),
			cmp.Compare(a.Key.Platform, b.Key.Platform))
	})
	c.From, c.To = c.Series[0].Points[0].Date, c.Series[0].Points[0].Date
	c.Min, c.Max = c.Series[0].Min, c.Series[0].Max
	for _, s := range c.Series {
		c.From = minTime(c.From, s.Points[0].Date)
		c.To = maxTime(c.To, s.Points[len(s.Points)-1].Date)
		c.Min, c.Max = min(c.Min, s.Min), max(c.Max, s.Max)
	}
	return c
}

// distinct counts the points g makes in bucket b (g sorted by date).
func distinct(g []dated, b Bucket) int {
	if b == None {
		return len(g)
	}
	n := 0
	var last time.Time
	for i, d := range g {
		s := b.start(d.at)
		if i == 0 || !s.Equal(last) {
			n++
			last = s
		}
	}
	return n
}

// points makes the points of one series. Figures of one bucket are not
// added up: two notices may report the same day's count, and a monthly
// total posted every day is a running total. A bucket shows the mean and
// the range of its figures instead.
func points(figs []Figure, g []dated, b Bucket) []Point {
	var out []Point
	for i := 0; i < len(g); {
		j := i + 1
		if b != None {
			s := b.start(g[i].at)
			for j < len(g) && b.start(g[j].at).Equal(s) {
				j++
			}
		}
		out = append(out, bucketPoint(figs, g[i:j], b))
		i = j
	}
	return out
}

func bucketPoint(figs []Figure, g []dated, b Bucket) Point {
	first := figs[g[0].idx]
	p := Point{Date: b.start(g[0].at), Low: first.Value, High: first.Value, N: len(g)}
	shown, sum := -1, 0.0
	for _, d := range g {
		f := &figs[d.idx]
		sum += f.Value
		p.Low, p.High = min(p.Low, f.Value), max(p.High, f.Value)
		c := conflicting(*f)
		switch {
		case c && !p.Conflict:
			p.Conflict, shown = true, d.idx
		case !p.Conflict && (shown < 0 || f.Value > figs[shown].Value):
			shown = d.idx
		}
	}
	p.Value = sum / float64(len(g))
	if len(g) == 1 {
		p.Value = first.Value // no rounding through the mean
	}
	f := figs[shown]
	p.ClaimID, p.NoticeID, p.Shown, p.Quote, p.Source = f.ClaimID, f.NoticeID, f.Value, f.Quote, f.Source
	p.Conflicts = f.Conflicts
	return p
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// Source is where Load reads figures: the store.
type Source interface {
	ChartFigures(ctx context.Context, f Filter, limit int) (figs []Figure, more bool, err error)
}

// Load reads the figures of opt.Filter from src, marks conflicts and
// builds the chart: the one path the window and the command line share.
func Load(ctx context.Context, src Source, opt Options) (*Chart, error) {
	figs, more, err := src.ChartFigures(ctx, opt.Filter, 0)
	if err != nil {
		return nil, err
	}
	MarkConflicts(figs)
	c := Build(figs, opt)
	c.Truncated = more
	return c, nil
}
