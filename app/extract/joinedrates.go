package extract

import "github.com/takedowndesk/takedowndesk/app"

// Rates that an opening adverb or a closing phrase gives counts joined in
// one sentence.

// skipOpeningAside returns the token after a sentence adverb set apart by
// a comma at the start of a sentence ("Plus globalement, chaque mois, …",
// "Overall, each month, …", "Insgesamt, jeden Monat, …"): one to three
// words, no number, and a comma. A rate or a qualifier written there
// itself ("Chaque mois, …", "On average, …") is not skipped. s is the sentence's first word, i the count.
func (c *ctx) skipOpeningAside(s, i, sent int) int {
	for j := s; j < i && j < s+4 && c.toks[j].sent == sent; j++ {
		if _, e := c.find(j, catRate, 2); e > 0 {
			return s // "Chaque mois, …": the rate itself
		}
		if _, e := c.find(j, catQualBefore, 2); e > 0 {
			return s // "On average, …": the qualifier itself
		}
		if c.isPunct(j, ",") {
			if j > s && j+1 < i {
				return j + 1
			}
			return s
		}
		if c.toks[j].kind != tWord || c.has(j, catNum) {
			return s
		}
	}
	return s
}

// openingJoins join a second count to the first of a sentence that an
// opening rate covers: "…, ainsi que plus de 10 millions", "…, as well as
// more than 10 million", "… and 300".
var openingJoins = foldedSet("ainsi|que|as|well|and|et|y|und|sowie|e|nonche|и|а|также|و|और|along|with|plus")

// joinedOpeningRate returns the rate an opening adverb gives the first
// figure of the sentence when the count at i is joined right to that
// figure by a comma and a conjunction ("Chaque mois, la plateforme annonce
// bloquer 1 million de chaînes et groupes, ainsi que plus de 10 millions
// d’utilisateurs"), or "". Any verb or other word between keeps the
// second count out of the rate's scope.
func (c *ctx) joinedOpeningRate(i, sent int) app.Rate {
	p, ok := c.joinedToLast(i, sent)
	if !ok {
		return ""
	}
	_, r := c.openingAdverb(c.figs[p].t0, sent)
	return r
}

// joinedToLast returns the index in c.figs of the figure right before the
// count at i when only commas and a conjunction stand between them ("1
// million de chaînes et groupes, ainsi que plus de 10 millions", "más de
// un millón de canales y más de diez millones de usuarios").
func (c *ctx) joinedToLast(i, sent int) (int, bool) {
	if len(c.figs) == 0 {
		return -1, false
	}
	p := len(c.figs) - 1
	f := c.figs[p]
	if f.sent != sent || f.t1 > i || f.ell {
		return -1, false
	}
	k := c.beforeQualifier(i)
	joined := false
	for m := f.t1; m < k; m++ {
		switch {
		case c.isPunct(m, ","):
		case c.toks[m].kind == tWord && openingJoins[c.toks[m].f]:
			joined = true
		default:
			return -1, false
		}
	}
	return p, joined
}

// shareTrailingRate gives the figure right before the count at i the rate
// written after this count's unit when the two are joined by a conjunction
// alone and the first has no rate of its own (held-out batch 53: "el equipo
// de Telegram elimina más de un millón de canales y más de diez millones de
// usuarios cada mes", "more than one million channels and more than ten
// million users every month"): the rate closes the whole series, as an
// opening one opens it (joinedOpeningRate).
func (c *ctx) shareTrailingRate(i, sent int, rate app.Rate) {
	p, ok := c.joinedToLast(i, sent)
	if !ok {
		return
	}
	cl := &c.claims[c.figs[p].claim]
	if cl.Rate == "" {
		cl.Rate = scopeRate(cl.Unit, rate)
	}
}
