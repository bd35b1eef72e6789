package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

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
		if !joined {
			// "am 26. Oktober, einem Freitag", "on 26 October, a Friday":
			// the weekday of the date before it, no day of its own
			if k := sort.Search(nExplicit, func(k int) bool { return c.dates[k].t0 >= i }) - 1; k >= 0 {
				d := &c.dates[k]
				joined = d.sent == c.toks[i].sent && d.t1 <= i && c.weekdayApposition(d.t1, i)
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

// weekdayApposition reports a comma and an indefinite article between a
// date and a weekday: ", einem", ", a", ", un".
func (c *ctx) weekdayApposition(from, to int) bool {
	if to-from != 2 || !c.isPunct(from, ",") {
		return false
	}
	switch c.toks[from+1].f {
	case "einem", "einen", "ein", "a", "un", "une", "una", "uno":
		return true
	}
	return false
}

func (c *ctx) onlyFiller(from, to int) bool {
	for k := from; k < to; k++ {
		switch c.toks[k].f {
		case ",", "،", "le", "den", "el", "il", "the", "on", "am", "الموافق", "الموافقه", "الموافقة":
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

// periodInfo is a part of a year the text names: a month ("in May", "June
// 2024"), a quarter ("Q3 2024", "third quarter of 2024", "الربع الثالث
// من 2024") or a half ("H1 2023", "первом полугодии 2024", "premier
// semestre 2024"), with its year read or inferred.
type periodInfo struct {
	t0, t1 int
	sent   int
	period string    // "2024-05", "2024-Q3", "2024-H1"
	start  time.Time // its first day
	span   bool      // a span of months: "between July and December 2017"
}

// The words of the quarters and halves, folded: the noun, and the
// ordinals in each language (before the noun, after it in Arabic).
var (
	quarterNouns = foldedSet("quarter|quarters|quartal|quartals|quartier|trimestre|trimestres|trimester|квартал|квартале|квартала|кварталом|الربع|ربع|तिमाही")
	halfNouns    = foldedSet("half|halbjahr|halbjahres|halbjahrs|halfte|semestre|semester|mitad|meta|полугодие|полугодии|полугодия|полугодием|половине|половина|النصف|نصف|छमाही")
	ordinalWords = func() map[string]int {
		m := map[string]int{}
		for n, forms := range []string{
			1: "first|1st|premier|premiere|1er|1re|ersten|erste|erstes|primer|primero|primera|primo|prima|первом|первый|первое|первого|первая|первой|i|الاول|اول|पहली|पहला",
			2: "second|2nd|deuxieme|seconde|2e|2eme|zweiten|zweite|zweites|segundo|segunda|secondo|seconda|втором|второй|второе|второго|ii|الثاني|ثاني|दूसरी|दूसरा",
			3: "third|3rd|troisieme|3e|3eme|dritten|dritte|drittes|tercer|tercero|tercera|terzo|terza|третьем|третий|третье|третьего|третья|iii|الثالث|ثالث|तीसरी|तीसरा",
			4: "fourth|4th|quatrieme|4e|4eme|vierten|vierte|viertes|cuarto|cuarta|quarto|quarta|четвертом|четвертый|четвертое|четвертого|iv|الرابع|رابع|चौथी|चौथा",
		} {
			for f := range foldedSet(forms) {
				m[f] = n
			}
		}
		return m
	}()
	// periodLinks stand between a part of a year and its year: "of",
	// "de", "من العام", "года".
	periodLinks = foldedSet("of|the|de|del|di|dell|des|du|von|jahres|year|fiscal|من|عام|العام|سنة|السنة|года|г|del año|año|anno|dell anno|वर्ष|साल|के|की")
	// thisYear say the year is the one the text is written in.
	thisYear = foldedSet("this|current|dieses|diesen|laufenden|este|cette|en cours|questo|quest|этого|текущего|الحالي|الجاري|इस")
)

func foldedSet(forms string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Split(forms, "|") {
		for _, t := range phraseToks(f) {
			m[t] = true
		}
	}
	return m
}

// periodMentions finds the months, quarters and halves the text names, in
// token order. A month or part without a year takes the year written in
// a date of its sentence; with none its period is "".
func (c *ctx) periodMentions() []periodInfo {
	n := len(c.toks)
	sentYear := map[int]int{}
	for _, d := range c.dates {
		if _, ok := sentYear[d.sent]; !ok && !d.date.IsZero() {
			sentYear[d.sent] = d.date.Year()
		}
	}
	var out []periodInfo
	inDate := func(k int) bool {
		for _, d := range c.dates {
			if k >= d.t0 && k < d.t1 {
				return true
			}
		}
		return false
	}
	// a period's year is one the text writes: in the period, as "this
	// year" of a dated text, or in a date of the same sentence; a period
	// with none is kept with no period, so that it still belongs to its
	// figure ("5,000 channels in May, 4,000 in June")
	resolve := func(p periodInfo, y, firstMonth int, this bool) (periodInfo, bool) {
		switch pub := c.opt.Published; {
		case y != 0:
		case this && !pub.IsZero():
			y = pub.Year()
		case sentYear[p.sent] != 0:
			y = sentYear[p.sent]
		default:
			p.period = ""
			return p, true
		}
		p.start = time.Date(y, time.Month(firstMonth), 1, 0, 0, 0, 0, time.UTC)
		p.period = fmt.Sprintf("%04d", y) + p.period
		return p, true
	}
	for i := 0; i < n; i++ {
		t := &c.toks[i]
		// a span of months read as one date with another name:
		// "जुलाई-सितंबर 2024"
		if d := c.dateStarting(i); d != nil && d.t1-d.t0 > 2 {
			if p, ok := c.monthSpan(i); ok && p.period != "" {
				out = append(out, p)
				i = p.t1 - 1
				continue
			}
		}
		// a month and year already read as a date
		if d := c.dateStarting(i); d != nil {
			if len(d.period) == 7 {
				out = append(out, periodInfo{t0: d.t0, t1: d.t1, sent: d.sent, period: d.period, start: d.date})
			}
			i = d.t1 - 1
			continue
		}
		part, num, e := "", 0, -1
		switch t.kind {
		case tNum:
			part, num, e = c.numberedPart(i)
		case tWord:
			part, num, e = c.yearPart(i)
		}
		if e < 0 && t.kind != tWord {
			continue
		}
		if e > 0 {
			y, e2, this := c.partYear(e)
			if y == 0 {
				// "2024 की तीसरी तिमाही": the year before it
				if yb, ok := c.year(i - 2); ok && i >= 2 && (c.toks[i-1].f == "की" || c.toks[i-1].f == "के" || c.toks[i-1].f == "का") {
					y = yb
				}
			}
			if y == 0 && !this {
				y, e2 = c.contextPartYear(i, e, e2)
			}
			// "im 3. Quartal": the number's full stop may have cut the
			// sentence; the part belongs to its noun's
			p, ok := resolve(periodInfo{t0: i, t1: e2, sent: c.toks[e-1].sent, period: fmt.Sprintf("-%s%d", part, num)}, y, 1+(num-1)*map[string]int{"Q": 3, "H": 6}[part], this)
			// "(يوليو - سبتمبر)", "(Jan-Jun)": the months the part spans
			if ok {
				p.t1 = c.skipMonthRange(p.t1)
				out = append(out, p)
			}
			i = p.t1 - 1
			continue
		}
		// a span of months: "Von Juli bis Dezember 2015" is 2015-H2,
		// "from January to March 2024" 2024-Q1; another span is no period
		if p, ok := c.monthSpan(i); ok {
			if p.period != "" {
				y, _ := strconv.Atoi(p.period[:4])
				p.start = time.Date(y, time.Month(p.start.Month()), 1, 0, 0, 0, 0, time.UTC)
			}
			out = append(out, p)
			i = p.t1 - 1
			continue
		}
		// a month on its own: "in May", "وفي مايو"
		if m, e := c.month(i, true); e > 0 && !inDate(i) {
			if p, ok := resolve(periodInfo{t0: i, t1: e, sent: t.sent, period: fmt.Sprintf("-%02d", m)}, 0, m, false); ok {
				out = append(out, p)
			}
			i = e - 1
		}
	}
	// "Zwischen August 2015 und Dezember", "between May 2016 and June
	// 2016": two months joined as a span's ends are no period of their own
	for k := 1; k < len(out); k++ {
		a, b := &out[k-1], &out[k]
		if a.sent != b.sent || a.span || b.span || b.t0-a.t1 != 1 {
			continue
		}
		if t := &c.toks[a.t1]; c.isPunct(a.t1, "-") || t.kind == tWord && (spanLinks[t.f] || spanAnds[t.f]) {
			a.period, b.period, a.span, b.span = "", "", true, true
		}
	}
	return out
}

// dateStarting returns the date read at token i, or nil.
func (c *ctx) dateStarting(i int) *dateInfo {
	k := sort.Search(len(c.dates), func(k int) bool { return c.dates[k].t0 >= i })
	if k < len(c.dates) && c.dates[k].t0 == i {
		return &c.dates[k]
	}
	return nil
}

// yearPart reads a quarter or a half at token i: "Q3", "H1", "third
// quarter", "3rd quarter", "3. Quartal", "III квартале", "الربع الثالث";
// it returns "Q" or "H", its number and the token after it.
func (c *ctx) yearPart(i int) (string, int, int) {
	n := len(c.toks)
	t := &c.toks[i]
	// Q3, H1: the capital glued to its digit
	if (t.f == "q" || t.f == "h") && i+1 < n && c.toks[i+1].kind == tNum && !c.toks[i+1].sp && c.toks[i+1].plain && c.toks[i+1].ndig == 1 &&
		unicode.IsUpper(c.rs[t.s]) && (i+2 >= n || c.toks[i+2].sp || c.toks[i+2].kind == tPunct) {
		v := int(c.toks[i+1].val)
		if t.f == "q" && v >= 1 && v <= 4 {
			return "Q", v, i + 2
		}
		if t.f == "h" && v >= 1 && v <= 2 {
			return "H", v, i + 2
		}
		return "", 0, -1
	}
	noun := func(k int) string {
		if k < 0 || k >= n || c.toks[k].kind != tWord {
			return ""
		}
		f := c.toks[k].f
		switch {
		case quarterNouns[f] || strings.HasPrefix(f, "квартал"):
			return "Q"
		case halfNouns[f] || strings.HasPrefix(f, "полугод"):
			return "H"
		}
		return ""
	}
	// Arabic: the noun, then its ordinal ("الربع الثالث", "النصف الأول")
	if t.sc == scArabic {
		if p := noun(i); p != "" && i+1 < n && c.toks[i+1].sc == scArabic {
			if v := ordinalWords[c.toks[i+1].f]; v > 0 && (p == "Q" || v <= 2) {
				return p, v, i + 2
			}
		}
		return "", 0, -1
	}
	if v := ordinalWords[t.f]; v > 0 && !(t.sc == scLatin && t.f == "i") {
		k := i + 1
		if p := noun(k); p != "" && (p == "Q" || v <= 2) {
			return p, v, k + 1
		}
	}
	// "el último semestre de 2011", "the last quarter of 2024": the last
	// part of the year written after it ("last quarter" alone is the one
	// before now, no part of a year)
	if p := noun(i + 1); lastPartWords[t.f] && p != "" && i+2 < n {
		if y, _, _ := c.partYear(i + 2); y != 0 && p == "H" {
			return "H", 2, i + 2
		} else if y != 0 {
			return "Q", 4, i + 2
		}
	}
	return "", 0, -1
}

// lastPartWords say "last" before a half or a quarter of a year.
var lastPartWords = map[string]bool{"last": true, "final": true, "ultimo": true, "ultima": true, "dernier": true, "derniere": true, "letzten": true, "letzte": true}

// numberedPart reads "3rd quarter", "1er semestre", "3. Quartal", "3-м
// квартале" starting at the number at i.
func (c *ctx) numberedPart(i int) (string, int, int) {
	n := len(c.toks)
	t := &c.toks[i]
	if t.kind != tNum || !t.plain || t.ndig != 1 || t.val < 1 || t.val > 4 {
		return "", 0, -1
	}
	k := i + 1
	if k < n && !c.toks[k].sp && (c.toks[k].kind == tWord && len(c.toks[k].f) <= 3 || c.isPunct(k, ".") || c.isPunct(k, "-")) {
		k++
		if k < n && !c.toks[k].sp && c.toks[k].kind == tWord && len(c.toks[k].f) <= 4 {
			k++ // "3-м", "2-го"
		}
	} else {
		return "", 0, -1
	}
	if k >= n || c.toks[k].kind != tWord {
		return "", 0, -1
	}
	f := c.toks[k].f
	v := int(t.val)
	switch {
	case quarterNouns[f] || strings.HasPrefix(f, "квартал"):
		return "Q", v, k + 1
	case (halfNouns[f] || strings.HasPrefix(f, "полугод")) && v <= 2:
		return "H", v, k + 1
	}
	return "", 0, -1
}

// partYear reads the year after a part of a year, across "of", "de", "من
// العام", "года"; this reports "of this year", "العام الحالي".
func (c *ctx) partYear(e int) (int, int, bool) {
	n := len(c.toks)
	this := false
	k := e
	for skips := 0; k < n && skips < 4 && c.toks[k].sent == c.toks[e-1].sent; skips++ {
		t := &c.toks[k]
		if t.kind == tNum {
			if y, ok := c.year(k); ok {
				k++
				if k < n && !c.toks[k].nl && c.has(k, catYearAfter) && c.toks[k].kind == tWord {
					k++
					if c.isPunct(k, ".") && !c.toks[k].sp && c.toks[k-1].f == "г" {
						k++
					}
				}
				return y, k, false
			}
			break
		}
		if t.kind == tPunct && (t.f == "," || t.f == "/" || t.f == "-" || t.f == "'") {
			k++
			continue
		}
		if t.kind != tWord {
			break
		}
		if thisYear[t.f] {
			this = true
			k++
			continue
		}
		if periodLinks[t.f] {
			k++
			continue
		}
		break
	}
	if this {
		return 0, k, true
	}
	return 0, e, false
}

// skipMonthRange steps over the months a part spans when they follow it
// in brackets: "(يوليو - سبتمبر)", "(July–September)".
func (c *ctx) skipMonthRange(e int) int {
	if !c.isPunct(e, "(") {
		return e
	}
	k := e + 1
	if _, e1 := c.find(k, catMonth, 2); e1 > 0 {
		k = e1
		if c.isPunct(k, "-") || k < len(c.toks) && (c.toks[k].f == "to" || c.toks[k].f == "a") {
			if _, e2 := c.find(k+1, catMonth, 2); e2 > 0 {
				k = e2
			}
		}
		for k < len(c.toks) && c.toks[k].kind == tNum {
			k++ // a year written in the range
		}
		if c.isPunct(k, ")") {
			return k + 1
		}
	}
	return e
}

// spanBounds open a bound of a span of time rather than a period: "since
// February 2022", "until September 2023", "منذ فبراير 2022م، وحتى سبتمبر".
var spanBounds = foldedSet("since|until|till|through|to|from|between|by|بحلول|depuis|jusqu|jusqu'en|entre|seit|bis|zwischen|desde|hasta|dal|fino|tra|fra|с|со|до|по|между|منذ|حتى|الى|إلى|من|بين|से|तक")

// boundDate reports whether the date at tokens from k opens after a word
// that makes it a bound of a span: "since February 2022", "by the end of
// March 2025", or a bound of the start of something dated by it, "since
// the start of the partnership in February 2022", "منذ بدء التعاون في
// فبراير 2022".
func (c *ctx) boundDate(k int) bool {
	others, edge := 0, false
	for q := k - 1; q >= 0 && q >= k-8; q-- {
		t := &c.toks[q]
		if t.kind != tWord || t.sent != c.toks[k].sent {
			return false
		}
		if spanBounds[t.f] || t.sc == scArabic && spanBounds[strings.TrimPrefix(t.f, "و")] {
			return others == 0 || edge
		}
		switch {
		case spanEdges[t.f] || t.sc == scArabic && spanEdges[strings.TrimPrefix(t.f, "و")]:
			edge = true
		case periodLead[t.f] || boundArticles[t.f]:
		case !edge && others < 2:
			others++
		default:
			return false
		}
	}
	return false
}

// boundArticles may stand between a bound's word and its month: "seit
// dem Start der Kooperation im Februar 2022".
var boundArticles = foldedSet("a|an|der|die|das|dem|den|des|un|une|les|l|los|las|lo|gli|i|il|una|uno")

// boundAfter reports a Hindi postposition after the date that ends at
// token k that makes it a bound of a span: "मई 2021 से" (since May 2021),
// "मार्च 2025 तक".
func (c *ctx) boundAfter(k int) bool {
	return k < len(c.toks) && c.toks[k].sc == scDevanagari && c.toks[k].sent == c.toks[k-1].sent && (c.toks[k].f == "से" || c.toks[k].f == "तक")
}

// spanEdges stand between a bound's word and its month: "by the end of
// March 2025", "بحلول نهاية مارس 2025", "bis Ende März"; or open the
// start of something a month dates: "since the launch of …".
var spanEdges = foldedSet("end|start|beginning|launch|fin|debut|lancement|ende|anfang|beginn|start|fine|inizio|avvio|lancio|final|principio|inicio|comienzo|lanzamiento|конца|начала|запуска|نهاية|بداية|أواخر|مطلع|بدء|انطلاق|शुरुआत")

// spanLinks join the two months of a span: "Juli bis Dezember", "January
// to June", "janvier à juin", "يوليو إلى سبتمبر", "июль-сентябрь".
var spanLinks = foldedSet("to|through|till|until|bis|a|à|au|al|hasta|fino|по|до|إلى|الى|حتى|से|तक")

// spanOpeners open a span of two months joined by "and": "between July
// and December 2017", "بين يوليو وديسمبر 2017م", "zwischen Juli und
// Dezember".
var (
	spanOpeners = foldedSet("between|entre|zwischen|tra|fra|между|بين|के बीच")
	// spanFrom open a span of months after its figure: "5,000 channels
	// from January to March 2024", "between July and December 2017"
	spanFrom = foldedSet("between|entre|zwischen|tra|fra|между|بين|from|von|de|del|desde|dal|du|с|من")
	spanAnds = foldedSet("and|et|und|y|e|и|और")
)

// monthSpan reads a span of months at i, "Juli bis Dezember 2015",
// "January-June 2024": a quarter or a half when it is one (with its year
// written after it), else a span with no period.
func (c *ctx) monthSpan(i int) (periodInfo, bool) {
	between := i > 0 && spanOpeners[c.toks[i-1].f]
	m1, e1 := c.month(i, !between) // "entre julio y diciembre"
	if e1 < 0 || e1 >= len(c.toks) {
		return periodInfo{}, false
	}
	// "जुलाई-सितंबर": month() reads a month after a hyphen as the same
	// month's other name; two different months are a span
	if h, e := c.find(i, catMonth, 1); e > 0 && e < e1 && c.isPunct(e, "-") {
		if h2, e2 := c.find(e+1, catMonth, 1); e2 > 0 && h2.e.v != h.e.v {
			e1 = e
		}
	}
	k := e1
	var m2, e2 int
	switch {
	case c.isPunct(k, "-") || c.toks[k].kind == tWord && spanLinks[c.toks[k].f],
		between && c.toks[k].kind == tWord && spanAnds[c.toks[k].f]:
		m2, e2 = c.month(k+1, false)
	case between && c.toks[k].sc == scArabic && strings.HasPrefix(c.toks[k].f, "و"):
		m2, e2 = c.month(k, false) // "بين يوليو وديسمبر 2017م"
	default:
		return periodInfo{}, false
	}
	if e2 < 0 {
		return periodInfo{}, false
	}
	p := periodInfo{t0: i, t1: e2, sent: c.toks[i].sent, span: true}
	if e2 < len(c.toks) && c.toks[e2].kind == tWord && (quarterNouns[c.toks[e2].f] || halfNouns[c.toks[e2].f]) {
		e2++ // "the July-September quarter of 2024", "जुलाई-सितंबर 2024 तिमाही"
	}
	y, e3 := c.yearAfter(e2)
	if y == 0 {
		y, e3, _ = c.partYear(e2)
	}
	if y != 0 {
		p.t1 = e3
		if e3 < len(c.toks) && c.toks[e3].kind == tWord && (quarterNouns[c.toks[e3].f] || halfNouns[c.toks[e3].f]) {
			p.t1++
		}
	}
	part := ""
	switch {
	case m2 == m1+2 && (m1-1)%3 == 0:
		part = fmt.Sprintf("Q%d", 1+(m1-1)/3)
	case m2 == m1+5 && (m1 == 1 || m1 == 7):
		part = fmt.Sprintf("H%d", 1+(m1-1)/6)
	}
	if part != "" && y != 0 {
		p.period = fmt.Sprintf("%04d-%s", y, part)
		p.start = time.Date(y, time.Month(m1), 1, 0, 0, 0, 0, time.UTC)
	}
	return p, true
}
