package extract

import "strings"

// gluedThirdUnit reads a third unit noun glued to "wa" (and) after two
// units already joined that way ("82 صفحة ومجموعة وحسابا": pages, groups
// and accounts), as threeUnits reads ", u2 and u3" in other languages: the
// three in the order written and the end of the third. A dual ("وحسابين")
// is a count of its own, no third unit of the first count.
func (c *ctx) gluedThirdUnit(u1, u2 string, e2, sent int) (string, int, bool) {
	if e2 >= len(c.toks) || c.toks[e2].sent != sent || c.toks[e2].sc != scArabic {
		return "", 0, false
	}
	u3, e3, w3 := c.unitAt(e2)
	if e3 <= 0 || !w3 || u3 == u1 || u3 == u2 || u3 == "percent" || isDual(c.toks[e2].f) ||
		strings.Contains(u1+u2, "percent") {
		return "", 0, false
	}
	return u1 + "_and_" + u2 + "_and_" + u3, e3, true
}

// arConstructDual reads an Arabic dual in the construct state, its nun
// dropped before the names it governs ("حجب موقعَي «البداية» و«البديل»":
// two sites), as two of its unit when two quoted names joined by "wa"
// follow. The same ending is the possessive "my" (موقعي: my site), which
// two quoted names never follow so.
func (c *ctx) arConstructDual(k int) (string, bool) {
	t := &c.toks[k]
	stem, ok := strings.CutSuffix(t.f, "ي")
	if !ok || t.sc != scArabic || len([]rune(stem)) < 3 {
		return "", false
	}
	u, ok := arDualUnit(stem + "ين")
	if !ok || !constructDualUnits[u] {
		return "", false // "شركتي «اتصالات» و«دو»": two companies named, no takedown
	}
	e, ok := c.quotedNameEnd(k+1, t.sent)
	if !ok || e >= len(c.toks) || c.toks[e].sent != t.sent {
		return "", false
	}
	j := e
	switch {
	case c.toks[j].f == "و":
		j++
	case strings.HasPrefix(c.toks[j].f, "و") && c.toks[j].kind == tWord:
		// "وفلان" with the quote left out of the second name is not read
		return "", false
	default:
		return "", false
	}
	if _, ok := c.quotedNameEnd(j, t.sent); !ok {
		return "", false
	}
	return u, true
}

// quotedNameEnd returns the token after a name of one to five words
// between quotation marks starting at j, and whether there is one.
func (c *ctx) quotedNameEnd(j, sent int) (int, bool) {
	n := len(c.toks)
	if j >= n || c.toks[j].sent != sent || c.toks[j].kind != tPunct || !quoteMarks[c.toks[j].f] {
		return 0, false
	}
	for m := j + 1; m < n && m <= j+6 && c.toks[m].sent == sent; m++ {
		switch {
		case c.toks[m].kind == tWord:
		case c.toks[m].kind == tPunct && quoteMarks[c.toks[m].f] && m > j+1:
			return m + 1, true
		default:
			return 0, false
		}
	}
	return 0, false
}

// constructDualUnits are the units a construct dual counts: what is taken
// down, not who takes part.
var constructDualUnits = map[string]bool{"sites": true, "accounts": true, "channels": true, "pages": true, "groups": true, "posts": true, "videos": true}
