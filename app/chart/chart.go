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
	Source    string   // the notice's first stated_by/reported_by source, if known (see FillSources)
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

// dayOf places a figure on the time axis, as a day number (daysOf): its
// own day, else the first day of its month, else the day its notice was
// published. ok is false for a figure with none of them.
func dayOf(f *Figure) (int64, bool) {
	if !f.EventDate.IsZero() {
		return daysOf(f.EventDate), true
	}
	if p := f.Period; len(p) == 7 && p[4] == '-' {
		y, m := 0, 0
		for _, c := range p[:4] {
			y = y*10 + int(c-'0')
		}
		m = int(p[5]-'0')*10 + int(p[6]-'0')
		if digits(p[:4]) && digits(p[5:]) && m >= 1 && m <= 12 {
			return daysFromCivil(int64(y), int64(m)), true
		}
	}
	if !f.Published.IsZero() {
		return daysOf(f.Published), true
	}
	return 0, false
}

func digits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// daysFromCivil is the day number of the first of month m of year y
// (H. Hinnant's days-from-civil algorithm).
func daysFromCivil(y, m int64) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp + 2) / 5
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
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
	// Notices, when not nil, keeps the figures of these notices only: the
	// window's current list or selection. The store applies it; Build
	// takes the figures it is given.
	Notices []int64
}

// IsZero reports whether f filters nothing.
func (f Filter) IsZero() bool {
	return f.Platform == "" && f.Unit == "" && f.From.IsZero() && f.To.IsZero() && f.Notices == nil
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
	if f.Notices != nil {
		what += fmt.Sprintf(" in the %d notices chosen", len(f.Notices))
		return "No " + what + "."
	}
	if c.Undated > 0 {
		have := "figures have"
		if c.Undated == 1 {
			have = "figure has"
		}
		return fmt.Sprintf("No dated %s: %d %s no date (neither the day it is about, a month, nor a publication date).", what, c.Undated, have)
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

// dated is a figure placed on the axis: its day as days since 1970-01-01
// (UTC), so bucketing is integer arithmetic, not calendar calls per figure.
// It carries the value and the conflict flag so that bucketing reads one
// small array in order, not a million scattered figures.
type dated struct {
	day      int64
	value    float64
	idx      int32
	conflict bool
}

// daysOf returns t's UTC day number.
func daysOf(t time.Time) int64 { return floorDiv(t.Unix(), 86400) }

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// civil returns the year and month (1-12) of day number d (H. Hinnant's
// days-to-civil algorithm).
func civil(d int64) (int64, int64) {
	z := d + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m
}

// key returns the number of the bucket holding day d; numbers of one
// bucket kind sort like their dates.
func (b Bucket) key(d int64) int64 {
	switch b {
	case Week:
		return floorDiv(d+3, 7) // 1970-01-05 was a Monday: day 4 → week 1
	case Month:
		y, m := civil(d)
		return y*12 + m - 1
	case Year:
		y, _ := civil(d)
		return y
	}
	return d
}

// startOf is the first day of bucket k.
func (b Bucket) startOf(k int64) time.Time {
	switch b {
	case Week:
		return time.Unix((k*7-3)*86400, 0).UTC()
	case Month:
		y := floorDiv(k, 12)
		return time.Unix(daysFromCivil(y, k-y*12+1)*86400, 0).UTC()
	case Year:
		return time.Unix(daysFromCivil(k, 1)*86400, 0).UTC()
	}
	return time.Unix(k*86400, 0).UTC()
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
	var from, to int64 = math.MinInt64, math.MaxInt64
	if !opt.From.IsZero() {
		from = daysOf(opt.From)
	}
	if !opt.To.IsZero() {
		to = daysOf(opt.To)
	}
	c := &Chart{}
	type group struct {
		key Key
		raw string // the platform as stored, for the recent-key check
		id  int32
		n   int
		pts []dated
	}
	var groups []*group
	index := map[Key]*group{}
	platforms := map[string]string{} // as stored → first spelling seen of its lower case
	lower := map[string]string{}
	// figures come in runs of one series (or two: a day's count and its
	// month's running total); the last two keys save a map
	// look-up (three string hashes) per figure
	var recent [2]*group
	all := make([]dated, 0, len(figs))
	gid := make([]int32, 0, len(figs))
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
		dn, ok := dayOf(f)
		if !ok {
			c.Undated++
			continue
		}
		if dn < from || dn > to {
			c.Excluded++
			continue
		}
		m := measureOf(*f)
		var g *group
		for _, r := range recent {
			if r != nil && r.key.Measure == m && r.key.Unit == f.Unit && r.raw == f.Platform {
				g = r
				break
			}
		}
		if g == nil {
			p, ok := platforms[f.Platform]
			if !ok {
				lp := strings.ToLower(f.Platform)
				if p, ok = lower[lp]; !ok {
					p = f.Platform
					lower[lp] = p
				}
				platforms[f.Platform] = p
			}
			k := Key{Platform: p, Unit: f.Unit, Measure: m}
			if g = index[k]; g == nil {
				g = &group{key: k, raw: f.Platform, id: int32(len(groups))}
				index[k] = g
				groups = append(groups, g)
			}
			copy(recent[1:], recent[:len(recent)-1])
			recent[0] = g
		}
		all = append(all, dated{dn, f.Value, int32(i), conflicting(*f)})
		gid = append(gid, g.id)
		g.n++
		c.Figures++
	}
	if len(groups) == 0 {
		return c
	}
	// each series' points in one backing array, in figure order (a
	// counting sort by series: no slice grows a million times)
	sorted := make([]dated, len(all))
	off := 0
	for _, g := range groups {
		g.pts = sorted[off : off : off+g.n]
		off += g.n
	}
	for i, d := range all {
		g := groups[gid[i]]
		g.pts = append(g.pts, d)
	}
	for _, g := range groups {
		if !slices.IsSortedFunc(g.pts, cmpDated) {
			slices.SortStableFunc(g.pts, cmpDated)
		}
	}
	// one bucket for the whole chart, the finest that fits every series, so
	// the axis can say what a point is
	for _, b := range []Bucket{None, Day, Week, Month, Year} {
		c.Bucket = b
		fits := true
		for _, g := range groups {
			if distinct(g.pts, b, maxPts) > maxPts {
				fits = false
				break
			}
		}
		if fits {
			break
		}
	}
	for _, g := range groups {
		s := Series{Key: g.key, Points: points(figs, g.pts, c.Bucket)}
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

func cmpDated(a, b dated) int { return cmp.Compare(a.day, b.day) }

// distinct counts the points g makes in bucket b (g sorted by day), up
// to limit+1: past the limit the answer is only "too many".
func distinct(g []dated, b Bucket, limit int) int {
	if b == None {
		return len(g)
	}
	n := 0
	for i := 0; i < len(g) && n <= limit; {
		i += bucketLen(g[i:], b)
		n++
	}
	return n
}

// bucketLen is how many of g (sorted by day) fall in g[0]'s bucket. It
// compares day numbers with the next bucket's first day, so the calendar
// is consulted once per bucket, not once per figure.
func bucketLen(g []dated, b Bucket) int {
	if b == None {
		return 1
	}
	next := daysOf(b.startOf(b.key(g[0].day) + 1))
	j := 1
	for j < len(g) && g[j].day < next {
		j++
	}
	return j
}

// points makes the points of one series. Figures of one bucket are not
// added up: two notices may report the same day's count, and a monthly
// total posted every day is a running total. A bucket shows the mean and
// the range of its figures instead.
func points(figs []Figure, g []dated, b Bucket) []Point {
	var out []Point
	for i := 0; i < len(g); {
		n := bucketLen(g[i:], b)
		k := g[i].day
		if b != None {
			k = b.key(k)
		}
		out = append(out, bucketPoint(figs, g[i:i+n], b.startOf(k)))
		i += n
	}
	return out
}

func bucketPoint(figs []Figure, g []dated, at time.Time) Point {
	p := Point{Date: at, Low: g[0].value, High: g[0].value, N: len(g)}
	shown, sum := -1, 0.0
	for i, d := range g {
		sum += d.value
		p.Low, p.High = min(p.Low, d.value), max(p.High, d.value)
		switch {
		case d.conflict && !p.Conflict:
			p.Conflict, shown = true, i
		case !p.Conflict && (shown < 0 || d.value > g[shown].value):
			shown = i
		}
	}
	p.Value = sum / float64(len(g))
	if len(g) == 1 {
		p.Value = g[0].value // no rounding through the mean
	}
	f := &figs[g[shown].idx]
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
	ChartSources(ctx context.Context, noticeIDs []int64) (map[int64]string, error)
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
	return c, FillSources(ctx, src, c)
}

// FillSources names the source of every point from src, one query for the
// notices the points show (a few thousand at most, not a million).
func FillSources(ctx context.Context, src Source, c *Chart) error {
	var ids []int64
	seen := map[int64]bool{}
	for _, s := range c.Series {
		for _, p := range s.Points {
			if !seen[p.NoticeID] {
				seen[p.NoticeID] = true
				ids = append(ids, p.NoticeID)
			}
		}
	}
	names, err := src.ChartSources(ctx, ids)
	if err != nil {
		return err
	}
	for i := range c.Series {
		for j := range c.Series[i].Points {
			p := &c.Series[i].Points[j]
			if n, ok := names[p.NoticeID]; ok {
				p.Source = n
			}
		}
	}
	return nil
}
