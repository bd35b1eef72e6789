package extract

import "strings"

// Unit rules for nouns a count's unit search used to misread: an English
// "content" before an irregular participle ("1,951,527 extremist content
// broadcast on 403 channels"), and a Russian place phrase closed by its
// noun before the unit ("количество заблокированного в соцсетях
// суицидального контента": the content is not in the place phrase).

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
	for _, stem := range [...]string{"block", "remov", "take", "bloque", "blocc", "rimuover", "retir", "supprim", "eliminar", "sperr", "entfern", "restrei", "restrict", "restring"} {
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

// totalPhraseAt reads "for a total of" after a count, which ends the count's
// clause as a comma would ("I Paesi coinvolti sono 116 per un totale di 465
// siti", "les pays concernés sont 116 pour un total de 465 sites"). It
// returns the token after the phrase, or -1.
func (c *ctx) totalPhraseAt(k int) int {
	if k < 0 || k >= len(c.toks) {
		return -1
	}
	for _, p := range totalPhrases {
		if c.wordsAt(k, c.toks[k].sent, p) {
			return k + len(p)
		}
	}
	return -1
}

var totalPhrases = [][]string{
	{"per", "un", "totale", "di"}, {"pour", "un", "total", "de"}, {"por", "un", "total", "de"}, {"para", "un", "total", "de"},
	{"for", "a", "total", "of"}, {"fur", "insgesamt"}, {"с", "общим", "числом"},
}

// appositionTotalAt returns the token after "in total" at k ("au total",
// "en total", "in totale", "insgesamt", "в общей сложности"), or -1.
func (c *ctx) appositionTotalAt(k, sent int) int {
	if k < 0 || k >= len(c.toks) {
		return -1
	}
	for _, p := range appositionTotals {
		if c.wordsAt(k, sent, p) {
			return k + len(p)
		}
	}
	return -1
}

var appositionTotals = [][]string{
	{"in", "total"}, {"in", "all"}, {"au", "total"}, {"en", "tout"}, {"en", "total"}, {"in", "totale"}, {"insgesamt"}, {"в", "общей", "сложности"},
}

// restatedRate finds the figure a count restates as a rate after "that
// is": "77 666 580 de ces demandes, soit 30 par seconde", "es decir, 30
// por segundo", "cioè 30 al secondo", "то есть 30 в секунду", "i.e. 30 per
// second". It returns the index in c.figs of the figure restated.
func (c *ctx) restatedRate(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 || i < 1 || end+1 >= len(c.toks) || c.toks[end+1].sent != sent {
		return 0, false
	}
	p := i - 1
	if c.isPunct(p, ",") && p > 0 {
		p-- // "es decir, 30"
	}
	if !restateWords[c.toks[p].f] && !c.thatIsBefore(p) {
		return 0, false
	}
	if !perWords[c.toks[end].f] || !c.hasTime(end+1) {
		return 0, false
	}
	n := len(c.figs) - 1
	if f := c.figs[n]; f.sent != sent || c.claims[f.claim].Unit == "percent" || f.t1 > p {
		return 0, false
	}
	return n, true
}

var (
	restateWords = map[string]bool{"soit": true, "decir": true, "cioe": true, "ovvero": true, "есть": true, "اي": true, "यानी": true, "heisst": true}
	perWords     = map[string]bool{"par": true, "per": true, "por": true, "a": true, "al": true, "в": true, "pro": true, "प्रति": true, "في": true}
)

// Seconds in the languages whose other time units the lexicon has: a
// number before them is a duration, and "30 par seconde" a rate.
func init() {
	lex.add(entry{cat: catBlock, time: true}, "seconde|secondes|segundo|segundos|secondo|secondi|sekunde|sekunden|секунду|секунда|секунды|секунд|सेकंड|ثانيه|ثوان|ثانيتين")
}

// coordUnitLater finds the unit a bare count opening its sentence shares
// with the count coordinated after it in the same frame, an auxiliary
// after each: "Más de 1,1 millones fueron descubiertos por los detectores
// …, y 400.000 vídeos fueron retirados …", "More than 1.1 million were
// found by flaggers, and 400,000 videos were removed". No other count
// stands between.
func (c *ctx) coordUnitLater(i, end, sent int, year bool) (string, bool) {
	if year || end >= len(c.toks) || c.toks[end].sent != sent || !perfectAux[c.toks[end].f] {
		return "", false
	}
	if s := c.beforeQualifier(i); s > 0 && c.toks[s-1].sent == sent {
		return "", false // the count opens its sentence
	}
	for j := end + 1; j+1 < len(c.toks) && j < end+30 && c.toks[j].sent == sent; j++ {
		if c.toks[j].kind == tNum {
			return "", false
		}
		if !ellipsisConj[c.toks[j].f] || c.toks[j+1].kind != tNum {
			continue
		}
		b, ok := c.parseAmount(j+1, false)
		if !ok || b.year {
			return "", false
		}
		u, e, _ := c.unitAt(b.end)
		if e <= 0 || !takedownUnit(u) || e >= len(c.toks) || !perfectAux[c.toks[e].f] {
			return "", false
		}
		return u, true
	}
	return "", false
}

// perfectAux are the auxiliaries of a passive or a perfect after a count.
var perfectAux = map[string]bool{
	"fueron": true, "han": true, "were": true, "have": true, "ont": true, "sont": true, "sono": true, "wurden": true, "sind": true, "были": true, "было": true,
}

// breakdownLater finds the unit of a count named by its article and a
// participle ("los 317 suprimidos", "les 317 supprimés", "the 317
// removed") in the breakdown that ends its sentence's clause: "…, entre
// canales de difusión y bots" (among channels and bots).
func (c *ctx) breakdownLater(i, end, sent int, year bool) (string, bool) {
	if year || i < 1 || !wholeArticles[c.toks[i-1].f] && !numArticles[c.toks[i-1].f] || end >= len(c.toks) || c.toks[end].sent != sent {
		return "", false
	}
	if f := c.toks[end].f; c.toks[end].sc != scLatin || !takedownVerb(f) && !removalVerb(f) && !c.participleAt(end) {
		return "", false
	}
	for j := end + 1; j+1 < len(c.toks) && j < end+40 && c.toks[j].sent == sent; j++ {
		if !breakdownWords[c.toks[j].f] || !c.isPunct(j-1, ",") {
			continue
		}
		u, e := c.breakdownUnits(j+1, sent)
		if u == "" || !c.clauseEndAt(e, sent) {
			return "", false
		}
		return u, true
	}
	return "", false
}

// breakdownUnits reads one unit or two joined by "and" from k, modifiers
// after each allowed ("canales de difusión y bots"); it returns the unit
// (a compound for two) and its end.
func (c *ctx) breakdownUnits(k, sent int) (string, int) {
	u, e, _ := c.unitAt(k)
	if e <= 0 || !takedownUnit(u) {
		return "", -1
	}
	for j := e; j < len(c.toks) && j < e+4 && c.toks[j].sent == sent && c.toks[j].kind == tWord; j++ {
		if _, ej := c.find(j, catJoin, 0); ej > 0 {
			if u2, e2, _ := c.unitAt(ej); e2 > 0 && takedownUnit(u2) && u2 != u {
				return compound(u, u2), e2
			}
			break
		}
	}
	return u, e
}

var breakdownWords = map[string]bool{"entre": true, "between": true, "tra": true, "fra": true, "zwischen": true, "между": true}

// rankPrepAfter reports whether the preposition at q, before a count in a
// list whose earlier item's count follows "with" at w, is another way of
// giving an item's count: "YouTube with five billion … and then Twitter on
// two million", "YouTube avec cinq milliards et Twitter à deux millions".
func (c *ctx) rankPrepAfter(w, q int) bool {
	if q <= w || !parallelPreps[c.toks[w].f] || c.toks[q].kind != tWord {
		return false
	}
	return rankPreps[c.toks[q].f]
}

var rankPreps = map[string]bool{"on": true, "at": true, "a": true, "en": true, "bei": true, "на": true}

// The Arabic users and followers with a possessive suffix ("عدد مستخدميه",
// the number of its users; "عدد معجبيها", of a page's fans), and the users
// or followers of something in the construct state ("عدد مستخدمي التطبيق",
// the number of the app's users; "عدد متابعي الصفحة"); the German number
// of users written as one word ("Die Nutzerzahl stieg auf 60 Millionen").
func init() {
	lex.add(entry{cat: catUnit, s: "users"}, "مستخدميه|مستخدميها|مستخدميهم|مستخدمي|nutzerzahl|nutzerzahlen|userzahl|userzahlen")
	lex.add(entry{cat: catUnit, s: "followers"}, "متابعيه|متابعيها|متابعيهم|متابعي|معجبيه|معجبيها|معجبيهم|معجبي")
}

// demonstrativeLater finds the unit of a count with a scale word that a
// demonstrative points back with ("Ces 5,3 millions représentent …"): the
// unit of the count with the same scale word the sentence compares it
// with later ("…, lorsque 1,3 million de comptes avaient été suspendus").
func (c *ctx) demonstrativeLater(i int, a amount, sent int) (string, bool) {
	if p := c.beforeQualifier(i); a.year || a.scale == 0 || p < 1 || !pointBackWords[c.toks[p-1].f] {
		return "", false
	}
	for j := a.end; j < len(c.toks) && j < a.end+40 && c.toks[j].sent == sent; j++ {
		if c.toks[j].kind != tNum {
			continue
		}
		b, ok := c.parseAmount(j, false)
		if !ok || b.year || b.scale != a.scale {
			continue
		}
		k := b.end
		if k < len(c.toks) && (c.toks[k].f == "de" || c.toks[k].f == "of" || c.toks[k].f == "di" || c.toks[k].f == "d") {
			k++
		}
		if u, e, _ := c.unitAt(k); e > 0 && takedownUnit(u) && c.toks[k].sent == sent {
			return u, true
		}
		return "", false
	}
	return "", false
}

var pointBackWords = map[string]bool{"ces": true, "these": true, "those": true, "estos": true, "estas": true, "esos": true, "questi": true, "queste": true, "diese": true, "эти": true}

// A list's words count what it lists, as "the number of" does: "La
// cosiddetta «black list» dei siti oscurati tocca infatti quota 8.972",
// "the blacklist of blocked sites now stands at 8,972".
func init() {
	for w := range listWords {
		countWords[w] = true
	}
}

// listRisesTo finds the figure whose unit a list's new length counts: "un
// aumento di 28 nuovi domini inibiti …, con la «black list» che sale così
// a 9.449", "28 new domains were added, and the blacklist rises to 9,449".
// The count ends its clause after "to" and a list word stands in the few
// words before, with no unit of its own; it returns the index in c.figs
// of the sentence's figure before.
func (c *ctx) listRisesTo(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 || i < 2 || !toWords[c.toks[i-1].f] && c.toks[i-1].f != "a" || !c.clauseEndAt(end, sent) {
		return 0, false
	}
	list := false
	for k := i - 2; k >= 0 && k >= i-7 && c.toks[k].sent == sent; k-- {
		if c.toks[k].kind == tNum {
			return 0, false
		}
		if _, e, _ := c.unitAt(k); e > 0 {
			return 0, false
		}
		if listWords[c.toks[k].f] {
			list = true
			break
		}
	}
	n := len(c.figs) - 1
	if f := c.figs[n]; !list || f.sent != sent || c.claims[f.claim].Unit == "percent" {
		return 0, false
	}
	return n, true
}

var listWords = map[string]bool{"list": true, "blacklist": true, "lista": true, "liste": true, "elenco": true, "список": true, "реестр": true}

// onWhitelist reports whether the count at i is of what a whitelist (of
// legal offers) holds: a whitelist word before it in its sentence, and no
// verb of taking down anywhere in the sentence ("Zum Ende des Jahres
// umfasste die Whitelist … 139 Veranstalter mit 216 zugehörigen
// Internetseiten"). What is allowed is no takedown.
func (c *ctx) onWhitelist(i, sent int) bool {
	s := i
	for s > 0 && c.toks[s-1].sent == sent {
		s--
	}
	white := false
	for k := s; k < i; k++ {
		f := c.toks[k].f
		next := ""
		if k+1 < i {
			next = c.toks[k+1].f
		}
		if whitelistWords[f] || whiteWords[f] && (listWords[next] || strings.HasPrefix(next, "списк")) || (f == "liste" || f == "lista") && whiteWords[next] {
			white = true
			break
		}
	}
	if !white {
		return false
	}
	for k := s; k < len(c.toks) && c.toks[k].sent == sent; k++ {
		if c.toks[k].kind == tWord && (takedownVerb(c.toks[k].f) || removalVerb(c.toks[k].f)) {
			return false
		}
	}
	return true
}

var (
	whitelistWords = map[string]bool{"whitelist": true, "whitelists": true}
	whiteWords     = map[string]bool{"white": true, "weisse": true, "blanche": true, "blanca": true, "bianca": true, "белый": true, "белом": true, "белого": true}
)

// provisionalBefore returns where a phrase saying a count is provisional
// starts when one ends right before token w ("по предварительным данным",
// "according to preliminary data", "selon des chiffres provisoires",
// "según datos preliminares", "secondo i dati preliminari", "vorläufig"),
// else w: it stands between a list item's time and its count.
func (c *ctx) provisionalBefore(w int) int {
	if w < 1 || w > len(c.toks) {
		return w
	}
	for _, p := range provisionalPhrases {
		if s := w - len(p); c.wordsAt(s, c.toks[w-1].sent, p) {
			return s
		}
	}
	return w
}

var provisionalPhrases = [][]string{
	{"по", "предварительным", "данным"}, {"по", "предварительной", "информации"}, {"по", "предварительным", "оценкам"}, {"предварительно"},
	{"according", "to", "preliminary", "data"}, {"according", "to", "preliminary", "figures"}, {"provisionally"},
	{"selon", "des", "chiffres", "provisoires"}, {"selon", "les", "premiers", "chiffres"}, {"provisoirement"},
	{"segun", "datos", "preliminares"}, {"segun", "cifras", "provisionales"}, {"provisionalmente"},
	{"secondo", "i", "dati", "preliminari"}, {"secondo", "dati", "preliminari"}, {"provvisoriamente"},
	{"vorlaufigen", "zahlen", "zufolge"}, {"vorlaufig"},
}

// platformSplitUnit finds the unit a bare count shares with the count
// coordinated right after it when each is given for a platform of its
// own: "फेसबुक से 19.8 मिलियन से अधिक और इंस्टाग्राम से 6.2 मिलियन से अधिक
// कंटेंट", "19.8 million on Facebook and 6.2 million pieces of content on
// Instagram". A platform must stand by both counts (before or after each),
// and only a platform and its preposition between "and" and the second.
// k is the token after the first count and its qualifier.
func (c *ctx) platformSplitUnit(i, k, sent int, year bool) (string, bool) {
	n := len(c.toks)
	if year || k+1 >= n || c.toks[k].sent != sent {
		return "", false
	}
	first := c.platformBefore(c.beforeQualifier(i), sent)
	j := k
	if siblingPreps[c.toks[j].f] {
		if _, e := c.find(j+1, catPlatform, 0); e > 0 {
			first, j = true, e // "19.8 million on Facebook and …"
		}
	}
	if !first || j >= n || c.toks[j].sent != sent || !(c.has(j, catJoin) || c.toks[j].f == "و") {
		return "", false
	}
	m, second := j+1, false
	for w := 0; w < 3 && m < n && c.toks[m].sent == sent && c.toks[m].kind == tWord; w++ {
		if _, e := c.find(m, catPlatform, 0); e > 0 {
			m, second = e, true
		} else if siblingPreps[c.toks[m].f] {
			m++
		} else {
			return "", false
		}
	}
	if m >= n || c.toks[m].sent != sent || c.toks[m].kind != tNum {
		return "", false
	}
	b, ok := c.parseAmount(m, false)
	if !ok || b.year {
		return "", false
	}
	e2 := b.end
	if _, e := c.find(e2, catQualAfter, 0); e > 0 && c.toks[e2].sc == scDevanagari {
		e2 = e // "6.2 मिलियन से अधिक कंटेंट"
	}
	u, _, ue, ok := c.findUnit(e2, sent, false)
	if !ok || !takedownUnit(u) {
		return "", false
	}
	if !second && !c.platformWithin(ue, sent, 3) {
		return "", false // "… and 6.2 million pieces of content on Instagram"
	}
	return u, true
}

// platformBefore reports whether a platform's name ends at most two words
// (a preposition or postposition) before token s: "फेसबुक से 19.8 मिलियन",
// "on Facebook, 19.8 million".
func (c *ctx) platformBefore(s, sent int) bool {
	for j := s - 1; j >= 0 && j >= s-3 && c.toks[j].sent == sent; j-- {
		if c.has(j, catPlatform) {
			return true
		}
		if c.toks[j].kind != tWord || !siblingPreps[c.toks[j].f] && !c.isPunct(j, ",") {
			return false
		}
	}
	return false
}
