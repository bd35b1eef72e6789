package extract

// "A single" before a unit: read as one, none after a negation, and no
// count of what stands after it.

// addSingleCounts reads "a single" and its forms before a unit as one:
// "una sola richiesta di rimozione", "a single account". Before a time
// unit the count is a duration and stays no figure ("in a single day").
func addSingleCounts(l *lexicon) {
	l.add(entry{cat: catNum, v: 1}, "una sola|un solo|una unica|un unico|une seule|un seul|une unique|un unique|a single|one single|just one|only one|ein einziger|eine einzige|einen einzigen|einer einzigen|ein einziges|un unico|una unica")
}

// negatedSingle reports whether a "a single" starts at i after a
// negation, "not a single" being none: "non ha ricevuto un solo ordine",
// "pas une seule demande", "ni un solo sitio", "before a single tweet was
// sent".
func (c *ctx) negatedSingle(i int) bool {
	single := false
	for _, h := range c.hitsOf(i) {
		if h.e.cat == catNum && h.e.v == 1 && len(h.e.toks) >= 2 && c.matchEnd(i, h) > i+1 {
			single = true
		}
	}
	if !single {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4 && c.toks[k].sent == c.toks[i].sent; k-- {
		if singleNegations[c.toks[k].f] {
			return true
		}
	}
	return false
}

var singleNegations = map[string]bool{"before": true, "avant": true, "bevor": true, "antes": true, "not": true, "no": true, "never": true, "without": true, "non": true, "pas": true, "ni": true, "jamais": true, "sans": true,
	"nicht": true, "nie": true, "ohne": true, "nunca": true, "sin": true, "mai": true, "senza": true, "nemmeno": true, "neanche": true, "nessun": true}

// upToBeforePrep reports whether "up to" stands before the preposition
// right before the count at i: "hasta en 32 ocasiones", "fino a 32 volte".
func (c *ctx) upToBeforePrep(i int) bool {
	return i > 1 && c.toks[i-1].kind == tWord && placeLeadPreps[c.toks[i-1].f] && c.toks[i-2].f == "hasta"
}

// singleWords say "a single": "una sola plataforma", "a single platform",
// "une seule plateforme", "einer einzigen Plattform".
var singleWords = map[string]bool{"sola": true, "solo": true, "single": true, "seule": true, "seul": true, "einzigen": true, "einzige": true, "einziger": true, "singola": true, "unica": true, "unico": true}

// singleUnit reports whether the count at i is "one" read as "a single"
// after a preposition: "en una sola plataforma", "on a single platform",
// "auf einer einzigen Plattform" say where, not how many; "45 minutes
// pour un seul site", "por un solo sitio" say what one takes, not how
// many were taken down.
func (c *ctx) singleUnit(i, ue int) bool {
	// the number's words may take "sola" in ("una sola"): look right after "one"
	if i == 0 || i+1 >= ue || !singleWords[c.toks[i+1].f] {
		return false
	}
	return placeLeadPreps[c.toks[i-1].f] || perLeadPreps[c.toks[i-1].f]
}

// perLeadPreps stand before "a single …" that is the measure of a time
// or a cost: "pour un seul site", "for a single site", "per un solo sito".
var perLeadPreps = map[string]bool{"pour": true, "par": true, "for": true, "per": true, "por": true, "fur": true, "für": true, "для": true}

// placeLeadPreps may stand before "a single …".
var placeLeadPreps = map[string]bool{"en": true, "on": true, "in": true, "auf": true, "sur": true, "su": true, "dans": true, "across": true, "на": true}

// moreThanOne reports whether the count at i is "one" right after "more
// than" and right before its unit: "can specify more than one account",
// "más de una cuenta", "plus d'un compte", "mehr als ein Konto" say
// several, no count. "more than one million accounts" has its scale
// between and stays a figure; a share ("more than one percent") too.
func (c *ctx) moreThanOne(i, us int, unit string) bool {
	if us != i+1 || unit == "percent" || i < 2 || c.toks[i].kind != tWord || !(oneWords[c.toks[i].f] || c.toks[i].f == "ein") {
		return false
	}
	a, b := c.toks[i-2].f, c.toks[i-1].f
	switch {
	case a == "more" && b == "than", a == "mas" && b == "de", a == "plus" && (b == "d" || b == "de"),
		a == "mehr" && b == "als", a == "piu" && b == "di":
		return true
	}
	return false
}
