package extract

import (
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// runningTotal finds the figure whose unit a labelled running total leaves
// out: a bare count after (or before) a word for the total, with at most a
// time phrase beside it, that sums the figure written before it in this or
// the sentence before:
//
//   - "1312 terrorist bots and channels banned on January, 27.\nTotal this
//     month: 16050";
//   - "Total this month: 8,220; total since 2016: 1.2 million", "In total,
//     9,500", "9,500 in total";
//   - "Всего за месяц — 16 050", "وبلغ المجموع هذا الشهر 16050", "au total 2
//     300 cette année", "इस महीने कुल: 16050".
//
// A month named in the label or after the count ("this month", "за
// месяц") makes it a total per month, unless a year is written too ("since
// 2016" is a running total with no rate). It returns the index in c.figs,
// the rate, the token the label starts at (the claim's quote starts there
// when the label comes first), and whether one was found. A count with a
// unit of its own ("Total: 3 pages") or another word after it ("a total of
// 2 hours") is none.
func (c *ctx) runningTotal(i, end, sent int, year bool, v float64) (int, app.Rate, int, bool) {
	if year || len(c.figs) == 0 {
		return -1, "", 0, false
	}
	n := len(c.toks)
	month, since, label := false, false, -1
	// what may stand between the label and the count, or after the count
	tail := func(k int) bool {
		t := &c.toks[k]
		switch {
		case t.kind == tWord && monthNouns[t.f]:
			month = true
		case t.kind == tWord && totalTimeWords[t.f]:
			since = since || sinceWords[t.f] || t.f == "с" || t.f == "منذ" || t.f == "से"
		case t.kind == tNum && c.isYearToken(k):
			since = true
		case t.kind == tWord && c.has(k, catMonth):
			month = true
		default:
			return false
		}
		return true
	}
	// after the count: a time phrase, the label itself, then the clause's end
	k := end
	for w := 0; w < 5 && k < n && c.toks[k].sent == sent && c.toks[k].kind != tPunct; w++ {
		if _, e := c.find(k, catTotal, 2); e > 0 && label < 0 && e-k <= 2 && (c.toks[k].f == "in" || c.toks[k].f == "au" || c.toks[k].f == "en" || c.toks[k].f == "insgesamt" || c.toks[k].f == "всего") {
			label, k = k, e
			continue
		}
		if !tail(k) {
			return -1, "", 0, false
		}
		k++
	}
	if !c.clauseEndAt(k, sent) {
		return -1, "", 0, false
	}
	after := label >= 0
	// before the count: a dash, colon or comma, a time phrase, the label
	q := c.beforeQualifier(i)
	if !after {
		b := q - 1
		if b >= 0 && c.toks[b].sent == sent && (c.isPunct(b, ":") || c.isPunct(b, "-") || c.isPunct(b, ",")) {
			b--
		}
		for w := 0; b >= 0 && w < 6 && c.toks[b].sent == sent; w++ {
			if s := c.totalLabelEndingAt(b + 1); s >= 0 {
				label = s
				break
			}
			if !tail(b) {
				return -1, "", 0, false
			}
			b--
		}
		if label < 0 {
			return -1, "", 0, false
		}
		// a time phrase may open the clause before the label: "इस महीने कुल"
		o := label
		for w := 0; w < 4 && o > 0 && !c.clauseOpensAt(o, sent) && tail(o-1); w++ {
			o--
		}
		if !c.clauseOpensAt(o, sent) {
			return -1, "", 0, false
		}
		label = o
	}
	// the figure it sums: the last one of this sentence or the one before,
	// no share, no larger than the total
	p := len(c.figs) - 1
	f := c.figs[p]
	// (a line break opens a sentence of its own: "banned on January,
	// 27.\nTotal this month")
	if f.t1 > i || f.sent < sent-2 {
		return -1, "", 0, false
	}
	w := c.claims[f.claim]
	if w.Unit == "percent" || w.Value > v {
		return -1, "", 0, false
	}
	// no other count between them: "Total: 3 pages" has its own
	for m := f.t1; m < q; m++ {
		if t := &c.toks[m]; t.kind == tNum && !t.used && !c.isYearToken(m) {
			return -1, "", 0, false
		}
	}
	rate := app.RateNone
	if month && !since {
		rate = app.RatePerMonth
	}
	if after {
		label = i
	}
	return p, rate, label, true
}

// totalLabelEndingAt returns the token a total's label ending right before
// token e starts at, or -1.
func (c *ctx) totalLabelEndingAt(e int) int {
	for s := max(e-4, 0); s < e; s++ {
		if _, x := c.find(s, catTotal, 2); x == e {
			return s
		}
	}
	return -1
}

// clauseOpensAt reports whether token k opens its clause: the start of
// the text, of its sentence or line, a mark of punctuation before it, or a
// verb of reaching before it ("وبلغ المجموع").
func (c *ctx) clauseOpensAt(k, sent int) bool {
	if k == 0 || c.toks[k-1].sent != sent || c.toks[k-1].kind == tPunct || c.toks[k].nl {
		return true
	}
	f := c.toks[k-1].f
	return reachVerbs[f] || strings.HasPrefix(f, "و") && reachVerbs[strings.TrimPrefix(f, "و")] || k >= 2 && (c.toks[k-1].f == "the" || c.toks[k-1].f == "le" || c.toks[k-1].f == "il") && c.clauseOpensAt(k-1, sent)
}

var (
	// monthNouns name a month as a span: "Total this month", "за месяц".
	monthNouns = foldedSet("month|months|mois|monat|monats|mes|mese|месяц|месяца|месяце|الشهر|شهر|महीने|महीना|माह")
	// totalTimeWords may stand in a total's time phrase.
	totalTimeWords = foldedSet("this|current|so|far|since|the|start|beginning|of|year|to|date|cette|ce|cet|an|annee|depuis|le|debut|du|de|la|dieses|diesen|diesem|in|im|seit|jahr|jahres|anfang|este|ano|desde|el|principio|questo|quest|anno|dall|dal|inizio|del|этот|этом|в|за|с|начала|год|года|هذا|هذه|منذ|العام|السنة|بداية|خلال|इस|साल|से|शुरुआत")
	// reachVerbs reach a count: they come before a total's label ("وبلغ
	// المجموع") and after a count noun that refers back ("la cifra llega a
	// 442").
	reachVerbs = foldedSet("بلغ|بلغت|يبلغ|تبلغ|وصل|وصلت|llega|llego|llegan|alcanza|alcanzo|asciende|ascendio|atteint|atteignait|raggiunge|raggiunto|arriva|reaches|reached|достигает|достигла|достигло|достиг")
)
