package extract

import "github.com/takedowndesk/takedowndesk/app"

// addBatch48Words adds the words held-out batch 48 showed the lexicon
// lacked: official reports name removal orders, web addresses and
// digital files in forms the unit list did not hold, and Spanish writes
// "cerca del" before a share.
func addBatch48Words(l *lexicon) {
	// addresses on the Internet are web addresses; "Internetfundstellen"
	// are the places jugendschutz.net finds content at, counted as URLs
	l.add(entry{cat: catUnit, s: "urls"}, "direcciones en internet|direcciones de internet|adresses internet|adresses sur internet|indirizzi in internet|internetfundstellen|fundstellen|fundstellen im internet")
	// removal orders: "órdenes de supresión", and the BKA's "Entfernungen
	// angeordnet" (removals ordered). A bare "Anordnungen" stays no unit:
	// court orders and the difference "neun Anordnungen mehr" are no
	// removal orders counted.
	l.add(entry{cat: catUnit, s: "requests"}, "ordenes de supresion|orden de supresion|ordenes de eliminacion|orden de eliminacion|entfernungen angeordnet|loschungen angeordnet|sperrungen angeordnet|injonctions de retrait|injonction de retrait|ordini di cancellazione")
	// "dénonciations" are the reports Pharos receives, as "signalements"
	l.add(entry{cat: catUnit, s: "notices"}, "denonciations|denonciation")
	// digital files taken down are content items
	l.add(entry{cat: catUnit, s: "content_items"}, "archivos digitales|archivo digital|archivos|digital files|digital file|fichiers numeriques|fichier numerique|file digitali|digitale dateien")
	// "cerca del 21%", "alrededor del 40%": "de" fused with the article
	l.add(entry{cat: catQualBefore, s: string(app.QualAbout)}, "cerca del|alrededor del|cerca de los|cerca de las|alrededor de los|alrededor de las")
}

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

// typicalDays are the ways of saying "on an ordinary day": a count done
// in such a day is an average a day.
var typicalDays = func() [][]string {
	var out [][]string
	for _, f := range []string{"in a typical day", "on a typical day", "on an average day", "on a normal day", "in a normal day", "on an ordinary day",
		"un jour normal", "en une journee type", "lors d une journee type", "en un dia normal", "en un dia tipico", "en un dia cualquiera",
		"an einem normalen tag", "an einem durchschnittlichen tag", "an einem gewohnlichen tag", "in una giornata tipo", "in un giorno normale", "in una giornata normale"} {
		out = append(out, phraseToks(f))
	}
	return out
}()

// typicalDayAround reports whether "in a typical day" or its forms
// stand in the clause of the figure at tokens i..ue: after it before
// another number or a comma, or before it with no number between nor
// before it in its own clause.
func (c *ctx) typicalDayAround(i, ue, sent int) bool {
	n := len(c.toks)
	at := func(k int) int {
		for _, f := range typicalDays {
			m := 0
			for m < len(f) && k+m < n && c.toks[k+m].f == f[m] && c.toks[k+m].sent == sent {
				m++
			}
			if m == len(f) {
				return k + m
			}
		}
		return -1
	}
	for k := ue; k < n && k < ue+8 && c.toks[k].sent == sent; k++ {
		if c.toks[k].kind == tNum || c.isPunct(k, ",") || c.isPunct(k, ";") {
			break
		}
		if at(k) > 0 {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-8 && c.toks[k].sent == sent; k-- {
		if c.toks[k].kind == tNum {
			break
		}
		if e := at(k); e > 0 && e <= i {
			return !c.numberBeforeInClause(k, sent)
		}
	}
	return false
}

// numberBeforeInClause reports whether a number stands before k in its
// clause: "While 200-300 accounts are taken down in a typical day, 2,076
// …" says the typical day of the first count, not of the second.
func (c *ctx) numberBeforeInClause(k, sent int) bool {
	for j := k - 1; j >= 0 && c.toks[j].sent == sent; j-- {
		if c.isPunct(j, ",") || c.isPunct(j, ";") || c.isPunct(j, ":") {
			return false
		}
		if c.toks[j].kind == tNum {
			return true
		}
	}
	return false
}

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
