package extract

import (
	"strings"
	"unicode"

	"github.com/takedowndesk/takedowndesk/app"
)

// Where a rate word stops telling a figure's rate: past another count of
// the clause ("60 million users and more than ten billion messages a
// day"), past a closing bracket, in "within a day" (the time a removal
// took), in "a monthly report" (the report's rhythm), and for a percentage at all ("las suspensiones
// diarias aumentaron un 80%": the share or change is no rate).

// otherCountAt reports whether a count written in words or a closing
// bracket stands at k, which ends the search for the rate of the figure
// before it.
func (c *ctx) otherCountAt(k int) bool {
	if c.isPunct(k, ")") {
		return true
	}
	if c.toks[k].kind == tWord && vagueMagnitudes[c.toks[k].f] {
		return true // "in 3.500 Kanälen mehrere Millionen Nachrichten am Tag": the messages' rate
	}
	return c.toks[k].kind == tWord && c.startsNumberWordNoArticle(k)
}

// vagueMagnitudes are words for millions or thousands with no number
// before them, a count of their own after a figure (folded).
var vagueMagnitudes = foldedSet("millionen|milliarden|tausende|zehntausende|hunderttausende|millions|billions|thousands|milioni|miliardi|migliaia|millones|миллионы|миллионов|тысячи")

// noRateAt reports whether the rate phrase at tokens k..e-1 is no rate of
// a count: "within a day", "in less than a day", "a monthly report",
// "a daily report".
func (c *ctx) noRateAt(k, e int) bool {
	if k > 0 && c.toks[k-1].sent == c.toks[k].sent && withinWords[c.toks[k-1].f] {
		return true
	}
	if e < len(c.toks) && c.toks[e].sent == c.toks[k].sent && reportNouns[c.toks[e].f] {
		return true
	}
	if e == k+1 && c.capitalised(k) && e < len(c.toks) && c.toks[e].sc == scLatin && c.capitalised(e) {
		return true // "Daily Mail", "The Daily Beast": a name
	}
	return c.adjectiveOfNoun(k, e)
}

// adjectiveOfNoun reports whether the one-word rate at k, after "the",
// "its" or "their", is the adjective of the noun at e that is no unit nor
// an average: "used to control the daily operations of the botnet" tells
// how often the botnet works, not the rate of the count before it.
func (c *ctx) adjectiveOfNoun(k, e int) bool {
	if e != k+1 || k == 0 || e >= len(c.toks) || c.toks[k-1].sent != c.toks[k].sent || c.toks[e].sent != c.toks[k].sent {
		return false
	}
	if !rateDeterminers[c.toks[k-1].f] || c.toks[e].kind != tWord || c.toks[e].sc != scLatin || averageNouns[c.toks[e].f] {
		return false
	}
	if _, ue, _ := c.unitAt(e); ue > 0 {
		return false // "the daily removals of accounts" may still count
	}
	return true
}

// rateDeterminers before a rate adjective open a noun phrase of its own.
var rateDeterminers = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "our": true}

// withinWords before "a day", "a month" make it a span of time.
var withinWords = map[string]bool{"within": true, "than": true, "under": true, "in": true}

// reportNouns after "monthly", "daily", "मासिक" name a report.
var reportNouns = map[string]bool{"report": true, "reports": true, "रिपोर्ट": true, "रिपोर्टों": true, "update": true, "bulletin": true, "briefing": true, "newsletter": true}

// scopeRate keeps or drops the rate of a figure of unit unit: a
// percentage takes none.
func scopeRate(unit string, rate app.Rate) app.Rate {
	if unit == "percent" {
		return ""
	}
	return rate
}

// ruHabitualRate reads the Russian "за сутки", "за день", "за месяц" next to
// a verb in the present as the rate of the figure at token i: "ведомство
// удаляет за сутки порядка 250-300 аккаунтов" (removes in a day: a rate).
// With a past verb it is the count of one day ("заблокировал за сутки 187
// 634 группы"), no rate.
func (c *ctx) ruHabitualRate(i, ue, sent int) app.Rate {
	if c.toks[ue-1].sc != scCyrillic && (i == 0 || c.toks[i-1].sc != scCyrillic) {
		return ""
	}
	for k := i - 6; k < ue+4 && k+1 < len(c.toks); k++ {
		if k < 0 || c.toks[k].sent != sent || c.toks[k].f != "за" || c.toks[k+1].sent != sent {
			continue
		}
		r := ruSpans[c.toks[k+1].f]
		if r == "" || k+2 < len(c.toks) && c.toks[k+2].f == "до" || c.punctBetween(min(k, ue), max(k, i)) {
			continue // "за сутки до выборов": a day before; another clause's
		}
		for v := min(i, k) - 3; v <= k+3 && v < len(c.toks); v++ {
			if v >= 0 && c.toks[v].sent == sent && c.toks[v].sc == scCyrillic && ruPresentVerb(c.toks[v].f) {
				return r
			}
		}
	}
	return ""
}

var ruSpans = map[string]app.Rate{"сутки": app.RatePerDay, "день": app.RatePerDay, "месяц": app.RatePerMonth}

// ruPresentVerb reports whether a Cyrillic word ends as a verb in the
// present third person ("удаляет", "блокируют", "удаляется").
func ruPresentVerb(f string) bool {
	for _, suf := range [...]string{"ает", "яет", "ует", "ют", "ят", "ится", "ется", "ются", "ятся", "ит"} {
		if strings.HasSuffix(f, suf) && len([]rune(f)) > len([]rune(suf))+2 {
			return true
		}
	}
	return false
}

// capitalised reports whether the token at k starts with an upper-case
// letter.
func (c *ctx) capitalised(k int) bool {
	t := c.toks[k]
	return t.e > t.s && unicode.IsUpper(c.rs[t.s])
}

// punctBetween reports whether a comma, semicolon or colon stands between
// tokens a and b.
func (c *ctx) punctBetween(a, b int) bool {
	for k := a; k < b && k < len(c.toks); k++ {
		if c.isPunct(k, ",") || c.isPunct(k, ";") || c.isPunct(k, ":") {
			return true
		}
	}
	return false
}
