package extract

import "strings"

// Unit rules for nouns a count's unit search used to misread: an English
// "content" before an irregular participle ("1,951,527 extremist content
// broadcast on 403 channels"), and a Russian place phrase closed by its
// noun before the unit ("количество заблокированного в соцсетях
// суицидального контента": the content is not in the place phrase).

// irregularParticiples are English past participles that do not end in
// -ed, which may follow "content" as a reduced relative clause.
var irregularParticiples = map[string]bool{
	"broadcast": true, "spread": true, "put": true, "shown": true, "seen": true, "written": true, "hidden": true,
	"taken": true, "made": true, "sent": true, "found": true, "held": true, "given": true, "shared": true, "kept": true,
	"left": true, "brought": true, "built": true, "sold": true, "told": true, "thrown": true, "driven": true, "known": true,
}

// ruPlaceNoun reports whether a Cyrillic token reads as a noun in the
// prepositional plural (-ах, -ях), which ends a place phrase: a noun
// after it ("в соцсетях суицидального контента") is outside the phrase.
func ruPlaceNoun(t *token) bool {
	return t.sc == scCyrillic && (strings.HasSuffix(t.f, "ах") || strings.HasSuffix(t.f, "ях"))
}

// blockingOrdersAt reads orders as requests when the clause says they are
// orders to block or remove: the purpose after the noun ("62 orders to
// block", "62 órdenes para bloquear", "62 ordini per bloccare", "62 ordres
// pour bloquer"), or in Hindi before the count ("ब्लॉक करने के 62 आदेश",
// and "6,954 ऐसे आदेश" later in that sentence). It returns the end of the
// noun, or -1. Orders alone (a court's, a shop's) are no unit.
func (c *ctx) blockingOrdersAt(j int) int {
	t := &c.toks[j]
	if t.kind != tWord || !orderNouns[t.f] {
		return -1
	}
	sent := t.sent
	if t.sc == scDevanagari {
		for k := j - 1; k >= 0 && k >= j-25 && c.toks[k].sent == sent; k-- {
			if hiBlockingWords[c.toks[k].f] {
				return j + 1
			}
		}
		return -1
	}
	k := j + 1
	if k+1 < len(c.toks) && c.toks[k+1].sent == sent && purposeWords[c.toks[k].f] && c.blockingVerbAt(k+1) {
		return j + 1
	}
	if k+2 < len(c.toks) && c.toks[k+2].sent == sent && (c.toks[k].f == "visant" || c.toks[k].f == "intese") && c.blockingVerbAt(k+2) {
		return j + 1 // "visant à bloquer"
	}
	return -1
}

// blockingVerbAt reports whether the word at k is an infinitive or gerund
// of blocking or removing.
func (c *ctx) blockingVerbAt(k int) bool {
	f := c.toks[k].f
	for _, stem := range [...]string{"block", "remov", "take", "bloque", "blocc", "rimuover", "retir", "supprim", "eliminar", "sperr", "entfern"} {
		if strings.HasPrefix(f, stem) {
			return true
		}
	}
	return false
}

var (
	orderNouns      = map[string]bool{"orders": true, "ordenes": true, "ordini": true, "ordres": true, "आदेश": true, "आदेशों": true}
	purposeWords    = map[string]bool{"to": true, "for": true, "para": true, "per": true, "pour": true, "zum": true}
	hiBlockingWords = map[string]bool{"ब्लॉक": true, "ब्लॉकिंग": true, "ब्लाक": true, "हटाने": true}
)

// hiApplicationsAt reads the Hindi "आवेदन" (applications, singular and
// plural alike) as requests after a count written in digits, perhaps past
// "ऐसे" (such): "ऐसे 67 आवेदन आए". After "एक" it is one application
// named, no count ("एक आरटीआई आवेदन के जवाब से"). It returns the end of
// the noun, or -1.
func (c *ctx) hiApplicationsAt(j int) int {
	if c.toks[j].f != "आवेदन" || j < 1 {
		return -1
	}
	p := j - 1
	if p >= 1 && hiSuchWords[c.toks[p].f] {
		p--
	}
	if c.toks[p].kind == tNum && c.toks[p].sent == c.toks[j].sent {
		return j + 1
	}
	return -1
}

var hiSuchWords = map[string]bool{"ऐसे": true, "नए": true, "ये": true}

// gappedCount finds the figure whose verb a count leaves out: "67.000
// concernaient des contenus pédopornographiques et 15.000 des contenus
// d'apologie" (and 15,000 [concerned] content glorifying terrorism), "67.000
// se referían a contenidos … y 15.000 a contenidos …". The figure before in
// the sentence is followed by a verb and the same preposition as the
// count, and only a conjunction or a comma stands before the count. It
// returns the index in c.figs of that figure.
func (c *ctx) gappedCount(i, end, sent int) (int, bool) {
	if len(c.figs) == 0 || end >= len(c.toks) || c.toks[end].sent != sent || !gapPreps[c.toks[end].f] {
		return 0, false
	}
	if i < 1 || !(c.isPunct(i-1, ",") || ellipsisConj[c.toks[i-1].f]) {
		return 0, false
	}
	n := len(c.figs) - 1
	f := c.figs[n]
	if f.sent != sent || c.claims[f.claim].Unit == "percent" {
		return 0, false
	}
	v := f.t1
	if v < len(c.toks) && c.toks[v].kind == tWord && (c.toks[v].f == "se" || c.toks[v].f == "si") {
		v++ // "se referían"
	}
	if v+1 >= i || c.toks[v].kind != tWord || c.toks[v].sc != scLatin || c.has(v, catUnit) || !c.finiteVerbAt(v) {
		return 0, false
	}
	if c.toks[v+1].f != c.toks[end].f {
		return 0, false
	}
	return n, true
}

// gapPreps may open the object of a verb a gapped count leaves out.
var gapPreps = map[string]bool{"des": true, "a": true, "aux": true}

// finiteVerbAt reports whether the Latin word at v ends as a finite verb
// in the imperfect or past of French, Spanish or Italian ("concernaient",
// "visaient", "referían", "riguardavano").
func (c *ctx) finiteVerbAt(v int) bool {
	f := c.toks[v].f
	if pastVerb(f) {
		return true
	}
	for _, suf := range [...]string{"aient", "ait", "ent", "ian", "aban", "avano", "evano", "an"} {
		if strings.HasSuffix(f, suf) && len(f) > len(suf)+3 {
			return true
		}
	}
	return false
}
