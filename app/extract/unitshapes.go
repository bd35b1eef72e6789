package extract

// Words between a count and its unit, and how the unit search reads
// them: articles, participles and adjectives, counter words, ages, times,
// removal objects and purposes, "or" qualifiers, and the units some
// nouns count only in context.

// listArticles are the Italian articles a verbless tally writes between a
// count and its unit.
var listArticles = map[string]bool{"gli": true, "i": true, "le": true}

// articleUnitParticiple reports whether the Italian article at k, after a
// count, opens the count's unit and a participle, as the tallies of a
// yearly report are written with no verb: "circa 36.000 gli spazi web
// monitorati …, e 250 i contenuti informatici rimossi".
func (c *ctx) articleUnitParticiple(k, sent int) bool {
	if !listArticles[c.toks[k].f] || k+1 >= len(c.toks) || c.toks[k+1].sent != sent {
		return false
	}
	_, e, _ := c.unitAt(k + 1)
	if e <= 0 || e >= len(c.toks) || c.toks[e].sent != sent || c.toks[e].sc != scLatin {
		return false
	}
	return c.participleAt(e)
}
