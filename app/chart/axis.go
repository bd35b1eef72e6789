package chart

import (
	"math"
	"strings"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// Panel is one plot area: the series that share a unit and a measure, so
// a y axis always counts one thing (platforms side by side, never "bots"
// on the scale of "channels", never a day's figure on a month's scale).
type Panel struct {
	Unit     string
	Measure  Measure
	Series   []int // indexes into Chart.Series
	Min, Max float64
}

// Title names what the panel's y axis counts.
func (p Panel) Title() string {
	return strings.ReplaceAll(p.Unit, "_", " ") + " · " + p.Measure.Label()
}

// Panels groups the chart's series by unit and measure, in series order.
func (c *Chart) Panels() []Panel {
	var out []Panel
	at := map[[2]string]int{}
	for i, s := range c.Series {
		k := [2]string{s.Key.Unit, string(s.Key.Measure)}
		j, ok := at[k]
		if !ok {
			j = len(out)
			at[k] = j
			out = append(out, Panel{Unit: s.Key.Unit, Measure: s.Key.Measure, Min: s.Min, Max: s.Max})
		}
		p := &out[j]
		p.Series = append(p.Series, i)
		p.Min, p.Max = min(p.Min, s.Min), max(p.Max, s.Max)
	}
	return out
}

// Tick is a labelled mark on an axis.
type Tick struct {
	Value float64 // a count, or a time as Unix seconds
	Label string
}

// ValueRange is the y range a panel draws: from zero (a count's axis that
// does not start at zero makes 900 look like twice 800) up to a round
// number above max, with the ticks on it.
func ValueRange(lo, hi float64, n int) (float64, float64, []Tick) {
	if n < 2 {
		n = 2
	}
	lo = min(lo, 0)
	if hi <= lo {
		hi = lo + 1
	}
	step := niceStep((hi - lo) / float64(n))
	bottom := math.Floor(lo/step) * step
	top := math.Ceil(hi/step) * step
	if top <= hi { // room above the highest point
		top += step
	}
	var ticks []Tick
	for v := bottom; v <= top+step/2; v += step {
		ticks = append(ticks, Tick{Value: v, Label: app.FormatCount(roundTo(v, step))})
	}
	return bottom, top, ticks
}

func niceStep(raw float64) float64 {
	if raw <= 0 || math.IsNaN(raw) || math.IsInf(raw, 0) {
		return 1
	}
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if raw <= m*mag {
			return m * mag
		}
	}
	return 10 * mag
}

// roundTo drops the float noise of adding steps (0.30000000000000004).
func roundTo(v, step float64) float64 {
	if step >= 1 {
		return math.Round(v)
	}
	digits := math.Ceil(-math.Log10(step)) + 1
	p := math.Pow(10, digits)
	return math.Round(v*p) / p
}

// DateTicks returns about n ticks between from and to (days) on round
// dates: days, the 1st and 15th, months, quarters or years, by span.
func DateTicks(from, to time.Time, n int) []Tick {
	if n < 2 {
		n = 2
	}
	from, to = day(from), day(to)
	if to.Before(from) {
		from, to = to, from
	}
	days := to.Sub(from).Hours() / 24
	type step struct {
		days   float64
		format string
		next   func(time.Time) time.Time
		start  func(time.Time) time.Time
	}
	dayStep := func(k int) step {
		return step{float64(k), "2 Jan 2006", func(t time.Time) time.Time { return t.AddDate(0, 0, k) }, func(t time.Time) time.Time { return t }}
	}
	monthStep := func(k int) step {
		return step{30.4 * float64(k), "Jan 2006", func(t time.Time) time.Time { return t.AddDate(0, k, 0) },
			func(t time.Time) time.Time {
				m := (int(t.Month()) - 1) / k * k
				return time.Date(t.Year(), time.Month(m+1), 1, 0, 0, 0, 0, time.UTC)
			}}
	}
	yearStep := func(k int) step {
		return step{365.25 * float64(k), "2006", func(t time.Time) time.Time { return t.AddDate(k, 0, 0) },
			func(t time.Time) time.Time { return time.Date(t.Year()/k*k, 1, 1, 0, 0, 0, 0, time.UTC) }}
	}
	steps := []step{dayStep(1), dayStep(2), dayStep(7), monthStep(1), monthStep(2), monthStep(3), monthStep(6),
		yearStep(1), yearStep(2), yearStep(5), yearStep(10), yearStep(25), yearStep(50), yearStep(100)}
	st := steps[len(steps)-1]
	for _, s := range steps {
		if days/s.days <= float64(n) {
			st = s
			break
		}
	}
	var out []Tick
	for t := st.start(from); !t.After(to); t = st.next(t) {
		if t.Before(from) {
			continue
		}
		out = append(out, Tick{Value: float64(t.Unix()), Label: t.Format(st.format)})
		if len(out) > 4*n { // hostile ranges: never loop for ever
			break
		}
	}
	if len(out) == 0 {
		out = append(out, Tick{Value: float64(from.Unix()), Label: from.Format("2 Jan 2006")})
	}
	return out
}
