package extract

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
