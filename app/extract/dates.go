package extract

import (
	"fmt"
	"sort"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

type rawDate struct {
	y, m, d int // y 0: no year written; d 0: a month only
	t0, t1  int
}

// findDates finds written dates and weekdays and turns them into date claims.
func (c *ctx) findDates() {
	n := len(c.toks)
	var raws []rawDate
	for i := 0; i < n; i++ {
		if c.toks[i].used {
			continue
		}
		if rd, ok := c.dateAt(i); ok {
			raws = append(raws, rd)
			for k := rd.t0; k < rd.t1; k++ {
				c.toks[k].used = true
			}
			i = rd.t1 - 1
		}
	}
	explicitYear := 0
	for _, rd := range raws {
		if rd.y != 0 {
			explicitYear = rd.y
			break
		}
	}
	pub := c.opt.Published
	for _, rd := range raws {
		di := dateInfo{t0: rd.t0, t1: rd.t1, sent: c.toks[rd.t0].sent}
		y := rd.y
		if y == 0 {
			switch {
			case !pub.IsZero():
				y = pub.Year()
				if time.Month(rd.m) > pub.Month() {
					y--
				}
			case explicitYear != 0:
				y = explicitYear
			}
		}
		switch {
		case y == 0:
			di.period = fmt.Sprintf("--%02d-%02d", rd.m, rd.d)
		case rd.d == 0:
			di.date = time.Date(y, time.Month(rd.m), 1, 0, 0, 0, 0, time.UTC)
			di.period = fmt.Sprintf("%04d-%02d", y, rd.m)
		default:
			di.date = time.Date(y, time.Month(rd.m), rd.d, 0, 0, 0, 0, time.UTC)
		}
		c.addDate(di)
	}
	// weekdays: join a following date, or resolve against publication
	nExplicit := len(c.dates)
	for i := 0; i < n; i++ {
		if c.toks[i].used {
			continue
		}
		h, e := c.find(i, catWeekday, 2)
		if e < 0 {
			continue
		}
		joined := false
		// explicit dates are in token order: find the first starting at e or later
		k := sort.Search(nExplicit, func(k int) bool { return c.dates[k].t0 >= e })
		if k < nExplicit {
			d := &c.dates[k]
			if d.t0 == e || d.t0 <= e+2 && d.sent == c.toks[i].sent && c.onlyFiller(e, d.t0) {
				d.t0 = i
				c.claims[d.claim].Start = c.toks[i].s
				joined = true
			}
		}
		for k := i; k < e; k++ {
			c.toks[k].used = true
		}
		if !joined && !pub.IsZero() {
			wd := int(h.e.v)
			p := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
			back := (int(p.Weekday()) - wd + 7) % 7
			c.addDate(dateInfo{t0: i, t1: e, sent: c.toks[i].sent, date: p.AddDate(0, 0, -back)})
		}
		i = e - 1
	}
	sort.SliceStable(c.dates, func(a, b int) bool { return c.dates[a].t0 < c.dates[b].t0 })
}

func (c *ctx) onlyFiller(from, to int) bool {
	for k := from; k < to; k++ {
		switch c.toks[k].f {
		case ",", "،", "le", "den", "el", "il", "the", "on", "am":
		default:
			return false
		}
	}
	return true
}

func (c *ctx) addDate(di dateInfo) {
	di.claim = len(c.claims)
	c.dates = append(c.dates, di)
	c.claims = append(c.claims, app.Claim{
		Kind:         app.ClaimDate,
		Start:        c.toks[di.t0].s,
		End:          c.toks[di.t1-1].e,
		EventDate:    di.date,
		Period:       di.period,
		Verification: app.Unreviewed,
		Origin:       app.OriginAuto,
	})
}

func (c *ctx) num(i, maxDig int, glued bool) (int, bool) {
	if i < 0 || i >= len(c.toks) {
		return 0, false
	}
	t := &c.toks[i]
	if t.kind != tNum || !t.plain || t.ndig > maxDig || (glued && t.sp) {
		return 0, false
	}
	return int(t.val), true
}

func (c *ctx) year(i int) (int, bool) {
	if i < 0 || i >= len(c.toks) {
		return 0, false
	}
	t := &c.toks[i]
	if t.kind != tNum || !t.plain || t.ndig != 4 || t.val < 1900 || t.val > 2100 {
		return 0, false
	}
	return int(t.val), true
}

func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 0 || d > 31 {
		return false
	}
	if d == 0 {
		return true
	}
	yy := y
	if yy == 0 {
		yy = 2000 // leap: 29 February without a year stays possible
	}
	return time.Date(yy, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
}

// month matches a month name at i, with an alternative after a slash or in
// brackets (نوفمبر/تشرين الثاني, حزيران (يونيو)); it returns month and end.
func (c *ctx) month(i int, first bool) (int, int) {
	h, e := c.find(i, catMonth, 1)
	if e < 0 {
		return 0, -1
	}
	t := &c.toks[i]
	if t.sc == scLatin && first && !startsUpper(c.rs[t.s:t.e]) {
		return 0, -1 // "may", "march" as words
	}
	if t.sc == scLatin && len(t.f) <= 4 && len(h.e.toks[0]) <= 4 && c.isPunct(e, ".") && !c.toks[e].sp {
		e++ // Nov.
	}
	m := int(h.e.v)
	if c.isPunct(e, "/") || c.isPunct(e, "-") {
		if _, e2 := c.find(e+1, catMonth, 1); e2 > 0 {
			e = e2
		}
	} else if c.isPunct(e, "(") {
		if _, e2 := c.find(e+1, catMonth, 1); e2 > 0 && c.isPunct(e2, ")") {
			e = e2 + 1
		}
	}
	return m, e
}

// yearAfter reads an optional year after a date, with "de", ",", "года".
func (c *ctx) yearAfter(e int) (int, int) {
	k := e
	if k < len(c.toks) && (c.toks[k].f == "," || c.toks[k].f == "de" || c.toks[k].f == "del" || c.toks[k].f == "of" || c.toks[k].f == "،") {
		k++
	}
	y, ok := c.year(k)
	if !ok || c.toks[k].sent != c.toks[e-1].sent {
		return 0, e
	}
	k++
	if _, e2 := c.find(k, catYearAfter, 1); e2 > 0 && c.toks[k].kind == tWord {
		k = e2
		if c.isPunct(k, ".") && !c.toks[k].sp && c.toks[k-1].f == "г" {
			k++
		}
	}
	return y, k
}

// dateAt recognises a date starting at token i.
func (c *ctx) dateAt(i int) (rawDate, bool) {
	t := &c.toks[i]
	n := len(c.toks)
	if t.kind == tNum {
		if t.isDMY {
			rd := rawDate{y: t.dmy[2], m: t.dmy[1], d: t.dmy[0], t0: i, t1: i + 1}
			return rd, validDate(rd.y, rd.m, rd.d) && rd.y >= 1900
		}
		// ISO 2015-11-18
		if y, ok := c.year(i); ok && c.isPunct(i+1, "-") {
			if m, ok := c.num(i+2, 2, true); ok && c.isPunct(i+3, "-") {
				if d, ok := c.num(i+4, 2, true); ok && !c.toks[i+1].sp && !c.toks[i+3].sp && validDate(y, m, d) && d > 0 {
					return rawDate{y: y, m: m, d: d, t0: i, t1: i + 5}, true
				}
			}
		}
		// 18/11/2015
		if a, ok := c.num(i, 2, false); ok && c.isPunct(i+1, "/") {
			if b, ok := c.num(i+2, 2, true); ok && c.isPunct(i+3, "/") {
				if y, ok := c.year(i + 4); ok {
					d, m := a, b
					if b > 12 && a <= 12 {
						d, m = b, a
					}
					if validDate(y, m, d) && d > 0 {
						return rawDate{y: y, m: m, d: d, t0: i, t1: i + 5}, true
					}
				}
			}
		}
		// 18 November 2015, 18. November, 18 de noviembre de 2015
		if d, ok := c.num(i, 2, false); ok && d >= 1 && d <= 31 {
			k := i + 1
			if c.isPunct(k, ".") && k < n && !c.toks[k].sp {
				k++
			}
			if k < n && !c.toks[k].sp && c.toks[k].kind == tWord && c.has(k, catOrdinal) {
				k++ // 18th November
			}
			if k < n && (c.toks[k].f == "de" || c.toks[k].f == "of") {
				k++
			}
			if m, e := c.month(k, false); e > 0 && c.toks[k].sent == t.sent {
				y, e2 := c.yearAfter(e)
				if validDate(y, m, d) {
					return rawDate{y: y, m: m, d: d, t0: i, t1: e2}, true
				}
			}
		}
		return rawDate{}, false
	}
	if t.kind != tWord {
		return rawDate{}, false
	}
	m, e := c.month(i, true)
	if e < 0 {
		return rawDate{}, false
	}
	k := e
	if c.isPunct(k, ",") {
		k++
	}
	if d, ok := c.num(k, 2, false); ok && d >= 1 && d <= 31 && c.toks[k].sent == t.sent {
		k++
		if k < n && !c.toks[k].sp && c.toks[k].kind == tWord && c.has(k, catOrdinal) {
			k++
		}
		y, e2 := c.yearAfter(k)
		if validDate(y, m, d) {
			return rawDate{y: y, m: m, d: d, t0: i, t1: e2}, true
		}
		return rawDate{}, false
	}
	if y, e2 := c.yearAfter(e); y != 0 {
		if e2 == e+1 && c.monthCount(i, e2) {
			return rawDate{}, false // "وفى نوفمبر 2094 قناة": the month's count
		}
		return rawDate{y: y, m: m, t0: i, t1: e2}, true
	}
	return rawDate{}, false
}
