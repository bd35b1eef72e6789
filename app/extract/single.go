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
