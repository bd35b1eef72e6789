package extract

import "strings"

// containVerbs are verbs of containing (folded) that may follow the count a
// clause opening with "Of the <unit> …," names, where an auxiliary usually
// stands: "Tra i canali bloccati, oltre 950.000 contenevano …".
var containVerbs = map[string]bool{
	"contained": true, "contain": true, "contenevano": true, "contengono": true,
	"contenian": true, "contienen": true, "contenaient": true, "contiennent": true,
	"enthielten": true, "enthalten": true, "содержали": true, "содержат": true,
}

// bracketShareUnit finds the unit of a count of generic units in brackets
// right after a share in percent of what it counts: "Почти 95% контента
// (741,7 тысячи единиц)", "40% of the links (12,400 units)". The count
// restates the share as a number, so it counts the noun the share is of.
func (c *ctx) bracketShareUnit(i, end, sent int, year bool) (string, bool) {
	if year {
		return "", false
	}
	e := end + 1
	if e >= len(c.toks) || !genericCounters[c.toks[end].f] || c.toks[e].sent != sent || !c.isPunct(e, ")") {
		return "", false
	}
	k := c.beforeQualifier(i)
	if k < 3 || !c.isPunct(k-1, "(") || !c.percentIn(k-2, sent) {
		return "", false
	}
	return c.referentBefore(k-1, sent)
}

// shareNouns name a fraction of a whole (folded): "почти половина — 6 млн —".
var shareNouns = map[string]bool{
	"половина": true, "половину": true, "половины": true, "треть": true, "четверть": true,
	"half": true, "third": true, "quarter": true, "meta": true, "terzo": true, "quarto": true,
	"mitad": true, "tercio": true, "moitie": true, "tiers": true, "halfte": true, "drittel": true, "viertel": true,
}

// shareAside finds the whole a count set off by dashes or brackets right
// after a noun of a fraction belongs to: "общее число удаленных ссылок …
// превысило 15 млн, причем почти половина — 6 млн — были удалены", "nearly
// half (2.1 million) were removed". The count is the share written as a
// number, so it counts what the figure before it in the sentence counts.
// It returns the index in c.figs.
func (c *ctx) shareAside(i, end, sent int, year bool) (int, bool) {
	if year || end >= len(c.toks) || c.toks[end].sent != sent || !(c.isPunct(end, "-") || c.isPunct(end, ")")) {
		return -1, false
	}
	k := c.beforeQualifier(i)
	if k < 2 || !(c.isPunct(k-1, "-") || c.isPunct(k-1, "(")) || c.toks[k-2].sent != sent || !shareNouns[c.toks[k-2].f] {
		return -1, false
	}
	for p := len(c.figs) - 1; p >= 0; p-- {
		f := c.figs[p]
		if f.sent != sent {
			break
		}
		if f.t1 <= k-2 && c.claims[f.claim].Unit != "percent" {
			return p, true
		}
	}
	return -1, false
}

// appliedTimes finds a count of requests written as the times an authority
// turned to a company: "российские органы обращались к Google 123 606 раз"
// (Russian "обращаться", "обратиться" before the count, "раз" or "раза"
// after it).
func (c *ctx) appliedTimes(i, end, sent int, year bool) bool {
	if year || end >= len(c.toks) || c.toks[end].sent != sent || (c.toks[end].f != "раз" && c.toks[end].f != "раза") {
		return false
	}
	for j := c.beforeQualifier(i) - 1; j >= 0 && j >= i-8 && c.toks[j].sent == sent; j-- {
		f := c.toks[j].f
		if c.toks[j].kind == tNum || c.toks[j].kind == tPunct && f != "«" && f != "»" {
			return false
		}
		if strings.HasPrefix(f, "обращал") || strings.HasPrefix(f, "обратил") {
			return true
		}
	}
	return false
}
