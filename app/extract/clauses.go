package extract

// relPronouns open a relative clause that may carry a count of the noun
// before it: "tutti i video …, che ammontano a circa 50 milioni", "des
// comptes qui s'élèvent à 12 000", "аккаунтов, которые составили 4 500".
var relPronouns = map[string]bool{
	"che": true, "qui": true, "which": true, "that": true, "que": true, "die": true, "которые": true, "которых": true, "التي": true, "والتي": true, "الذي": true, "والذي": true,
}

// amountVerbs are the verbs of amounting a relative clause's count
// follows, alone or before amountTo: "составили 4 500", "ammontano a 50
// milioni", "s'élèvent à 12 000", "amounted to 4,500", "belaufen sich auf".
var amountVerbs = map[string]bool{
	"ammontano": true, "ammonta": true, "ammontavano": true, "elevent": true, "eleve": true, "elevaient": true, "atteignent": true, "atteint": true,
	"amounted": true, "amount": true, "totalled": true, "totaled": true, "total": true, "totalling": true, "numbered": true, "number": true,
	"ascienden": true, "asciende": true, "ascendian": true, "suman": true, "sumaban": true, "alcanzan": true, "alcanzaron": true,
	"составили": true, "составляют": true, "составило": true, "составляет": true, "насчитывают": true, "насчитывалось": true,
	"بلغت": true, "بلغ": true, "يبلغ": true, "تبلغ": true,
	"belaufen": true, "beliefen": true, "betragen": true, "betrugen": true, "pari": true, "sono": true, "erano": true, "sont": true, "etaient": true, "were": true, "are": true, "son": true, "eran": true,
}

// deAmountEnd are the German verbs of amounting written after the count.
var deAmountEnd = map[string]bool{"belaufen": true, "beliefen": true, "belauft": true, "belief": true}

// amountTo are the prepositions between a verb of amounting and its count.
var amountTo = map[string]bool{"a": true, "to": true, "auf": true, "ad": true, "at": true}

// relPlacePreps put a unit noun in a place phrase, not at the head of the
// noun phrase a relative clause qualifies: "i video presenti su questi canali".
var relPlacePreps = map[string]bool{"su": true, "sui": true, "sulle": true, "sugli": true, "on": true, "sur": true, "dans": true, "in": true, "в": true, "на": true, "auf": true, "على": true, "في": true, "en": true}

// relPlaceDets are the determiners between a place preposition and its noun.
var relPlaceDets = map[string]bool{"questi": true, "queste": true, "these": true, "those": true, "the": true, "ces": true, "les": true, "этих": true, "estos": true, "esas": true, "esos": true, "estas": true, "i": true, "gli": true, "le": true, "los": true, "las": true, "den": true, "diesen": true, "هذه": true}

// listEntryNouns count the entries of a list; listReachVerbs say a list
// reaches or holds a number of them; relNowWords may stand between the
// pronoun and that verb. "l'elenco dei siti web inibiti, che ora
// raggiunge 2673 voci" counts the sites on the list.
var (
	listEntryNouns = foldedSet("voci|entries|entrees|eintrage|eintragen|entradas|записей|позиций")
	listReachVerbs = foldedSet("raggiunge|raggiungono|conta|contano|comprende|comprendono|reaches|reach|counts|holds|contains|includes|compte|comptent|contient|alcanza|cuenta|contiene|umfasst|enthalt|zahlt|насчитывает|содержит")
	relNowWords    = foldedSet("ora|adesso|gia|now|already|maintenant|desormais|ahora|ya|jetzt|bereits|nun|уже|теперь")
)

// relativeCount finds the unit of a bare count a relative clause carries
// after the noun it qualifies: the pronoun, a verb of amounting, perhaps
// "a", "à", "to", then the count. The unit is the nearest unit noun before
// the pronoun outside a place phrase, with no number between.
func (c *ctx) relativeCount(i, end, sent int, year bool) (string, int, int, bool) {
	if year {
		return "", 0, 0, false
	}
	k := c.beforeQualifier(i)
	if k >= 3 && c.toks[k-1].f == "auf" && c.toks[k-2].f == "sich" && end < len(c.toks) && deAmountEnd[c.toks[end].f] && c.clauseEndAt(end+1, sent) {
		k -= 2 // German puts the verb last: "die sich auf 1.200 belaufen"
	} else {
		entries := false
		if end < len(c.toks) && c.toks[end].sent == sent && listEntryNouns[c.toks[end].f] && c.clauseEndAt(end+1, sent) {
			entries = true // "l'elenco dei siti web inibiti, che ora raggiunge 2673 voci"
		} else if !c.clauseEndAt(end, sent) && !c.has(end, catYearIntro) && !c.hasTime(end) {
			return "", 0, 0, false
		}
		if k > 0 && amountTo[c.toks[k-1].f] {
			k--
		}
		if k == 0 || !(amountVerbs[c.toks[k-1].f] || entries && listReachVerbs[c.toks[k-1].f]) {
			return "", 0, 0, false
		}
		k--
		if entries && k >= 2 && relNowWords[c.toks[k-1].f] && relPronouns[c.toks[k-2].f] {
			k-- // "che ora raggiunge", "which now counts"
		}
		// "s'élèvent", "sich belaufen"
		if k >= 2 && c.isPunct(k-1, "'") && c.toks[k-2].f == "s" {
			k -= 2
		} else if k >= 1 && c.toks[k-1].f == "sich" {
			k--
		}
	}
	if k == 0 || c.toks[k-1].sent != sent || !relPronouns[c.toks[k-1].f] {
		return "", 0, 0, false
	}
	r := k - 1
	for j := r - 1; j >= 0 && j >= r-12 && c.toks[j].sent == sent; j-- {
		t := &c.toks[j]
		if t.kind == tNum {
			return "", 0, 0, false
		}
		u, e, _ := c.unitAt(j)
		if e <= 0 || e > r || u == "percent" {
			continue
		}
		if j > 0 && c.toks[j-1].kind == tNum {
			return "", 0, 0, false // the unit of a figure of its own
		}
		p := j - 1
		if p >= 0 && relPlaceDets[c.toks[p].f] {
			p--
		}
		if p >= 0 && relPlacePreps[c.toks[p].f] {
			continue // "presenti su questi canali"
		}
		return u, j, e, true
	}
	return "", 0, 0, false
}

// laterUnit finds the unit a bare count opening its clause leaves to a
// noun after its verb: "Mit 1556 gingen die meisten Meldungen …". A verb
// (or a lowercase German word) must follow the count, and the rest of the
// clause must name exactly one takedown unit, with no number in it. It
// also reads Hindi, where modifiers stand between a count and its noun:
// "1 करोड़ से ज्यादा फेसबुक और इंस्टाग्राम अकाउंट", "1.09 करोड़ धोखाधड़ी
// से संबंधित अकाउंट".
func (c *ctx) laterUnit(i, k, sent int, year bool) (string, int, int, bool) {
	if year || k >= len(c.toks) || c.toks[k].sent != sent || c.toks[k].kind != tWord {
		return "", 0, 0, false
	}
	if c.toks[i].sc == scDevanagari || c.toks[k].sc == scDevanagari {
		return c.hiLaterUnit(k, sent)
	}
	t := &c.toks[k]
	verb := copulas[t.f] || auxWords[t.f] || pastVerb(t.f) || takedownVerb(t.f) || t.sc == scLatin && isParticiple(t.f, c.rs[t.s:t.e]) || t.sc == scCyrillic && ruVerbEnd(t.f)
	if !verb && germanHave[t.f] && c.germanClause(i) {
		verb = true // "Mit 8.904 Fällen hat die eco Beschwerdestelle … an berechtigten Beschwerden verzeichnet"
	}
	if !verb && t.sc == scLatin && c.germanClause(i) {
		r := c.rs[t.s]
		verb = r >= 'a' && r <= 'z' && !c.has(k, catBlock) // German nouns are capitalised
	}
	if !verb {
		return "", 0, 0, false
	}
	// the count opens its clause, past a preposition and an article
	s := c.beforeQualifier(i)
	for n := 0; n < 2 && s > 0 && c.toks[s-1].sent == sent && c.toks[s-1].kind == tWord && (openPreps[c.toks[s-1].f] || numArticles[c.toks[s-1].f]); n++ {
		s--
	}
	if s > 0 && c.toks[s-1].sent == sent && !c.isPunct(s-1, ",") {
		return "", 0, 0, false
	}
	// an absolute phrase may end at a comma: "Con los 317 suprimidos, la
	// red perdió sus cuentas"
	commas := 0
	if s < i && openPreps[c.toks[s].f] {
		commas = 1
	}
	unit, us, ue := "", 0, 0
	// twelve words: "hat die eco Beschwerdestelle dabei einen neuen
	// Höchststand an berechtigten Beschwerden"
	for j := k + 1; j < len(c.toks) && j < k+12 && c.toks[j].sent == sent; j++ {
		if c.toks[j].kind == tPunct {
			if c.isPunct(j, ",") && commas > 0 {
				commas--
				continue
			}
			break
		}
		if c.toks[j].kind == tNum {
			if unit != "" {
				break // "… die meisten Meldungen innerhalb eines einzelnen Monats im Juni 2023"
			}
			return "", 0, 0, false
		}
		u, e, _ := c.unitAt(j)
		if e <= 0 || !takedownUnit(u) {
			continue
		}
		if unit != "" && u != unit {
			return "", 0, 0, false // two units: which one is unsaid
		}
		if unit == "" {
			unit, us, ue = u, j, e
		}
		j = e - 1
	}
	return unit, us, ue, unit != ""
}

// openPreps may open a clause before its count: "Mit 1556 gingen …",
// "Con los 317 suprimidos …", "With 1,556, the most …".
var openPreps = map[string]bool{"mit": true, "con": true, "with": true, "avec": true, "с": true, "со": true}

// germanClause reports whether the sentence of token i reads as German:
// one of its words is a German function word.
func (c *ctx) germanClause(i int) bool {
	sent := c.toks[i].sent
	for j := i; j >= 0 && c.toks[j].sent == sent; j-- {
		if germanWords[c.toks[j].f] {
			return true
		}
	}
	for j := i + 1; j < len(c.toks) && c.toks[j].sent == sent; j++ {
		if germanWords[c.toks[j].f] {
			return true
		}
	}
	return false
}

var germanWords = map[string]bool{"mit": true, "die": true, "der": true, "das": true, "und": true, "im": true, "beim": true, "den": true, "wurden": true, "sind": true, "innerhalb": true, "eines": true}

// hiLaterUnit reads the Hindi noun after modifiers: platform names joined
// by "और", or a phrase with "से" ("धोखाधड़ी से संबंधित"), up to four words,
// stopping at a genitive ("के", "की", "का": the noun then is another's),
// a verb or a postposition of place ("36 शहरों में अकाउंट" counts cities).
// A time unit right after the number makes it a span: "36 घंटे में कंटेंट
// हटाने" gives hours, no count of content.
func (c *ctx) hiLaterUnit(k, sent int) (string, int, int, bool) {
	if c.hasTime(k) {
		return "", 0, 0, false
	}
	for j := k; j < len(c.toks) && j < k+5 && c.toks[j].sent == sent && c.toks[j].kind == tWord; j++ {
		f := c.toks[j].f
		if hiGenitives[f] || hiVerbs[f] || hiPlacePostpositions[f] {
			return "", 0, 0, false
		}
		if u, e, _ := c.unitAt(j); e > 0 && takedownUnit(u) {
			if j == k {
				return "", 0, 0, false // the unit right after: found before
			}
			return u, j, e, true
		}
	}
	return "", 0, 0, false
}

var (
	hiGenitives          = map[string]bool{"के": true, "की": true, "का": true, "ने": true, "को": true}
	hiPlacePostpositions = map[string]bool{"में": true, "पर": true, "तक": true}
	hiVerbs              = map[string]bool{"किए": true, "किया": true, "गए": true, "गया": true, "हटाए": true, "हटाया": true, "है": true, "हैं": true, "थे": true, "था": true, "दिए": true, "दिया": true}
)

// takedownUnit reports whether a unit counts what is taken down, not the
// context around it (percent, users, followers, countries, languages,
// companies, platforms, member states).
func takedownUnit(u string) bool {
	switch u {
	case "percent", "users", "followers", "countries", "languages", "companies", "platforms", "member_states":
		return false
	}
	return u != ""
}

// pronounSubjects may open a sentence whose count's unit is the sentence
// before's: "C'était un peu plus de 175 000", "Их количество составило 93
// тыс.", "It was 4,000", "Ihre Zahl betrug 500".
var pronounSubjects = map[string]bool{
	"c": true, "ce": true, "cela": true, "ca": true, "ils": true, "elles": true, "leur": true, "nombre": true, "en": true, "y": true, "avait": true, "a": true,
	"it": true, "this": true, "that": true, "they": true, "there": true, "their": true, "number": true, "total": true, "the": true,
	"их": true, "количество": true, "число": true, "это": true, "оно": true, "всего": true,
	"es": true, "sie": true, "ihre": true, "zahl": true, "das": true, "insgesamt": true,
	"un": true, "peu": true, "poco": true, "etwas": true, "чуть": true,
	"su": true, "numero": true, "cifra": true, "la": true, "il": true, "loro": true, "questo": true, "si": true, "trata": true, "de": true, "di": true,
}

// prevSentenceUnit finds the unit of a bare count in a sentence that names
// no unit and opens with a pronoun and a copula, when the sentence before
// names exactly one takedown unit and counts none: "Telegram a bloqué des
// chaînes. C'était un peu plus de 175 000 en 2022."
func (c *ctx) prevSentenceUnit(i, end, sent int, year bool) (string, bool) {
	if year || sent == 0 {
		return "", false
	}
	if !c.clauseEndAt(end, sent) && !c.has(end, catYearIntro) && !c.hasTime(end) {
		return "", false
	}
	for _, f := range c.figs {
		if f.sent == sent {
			return "", false
		}
	}
	// the sentence start: pronouns, a number noun, a copula, hedges
	k := c.beforeQualifier(i)
	cop := false
	j := k - 1
	for ; j >= 0 && c.toks[j].sent == sent; j-- {
		t := &c.toks[j]
		if t.kind == tPunct && t.f == "'" {
			continue
		}
		if t.kind != tWord {
			return "", false
		}
		switch {
		case copulas[t.f] || amountVerbs[t.f] || t.f == "etait" || t.f == "etaient":
			cop = true
		case pronounSubjects[t.f] || hedgeWords[t.f] || numArticles[t.f] || auxWords[t.f]:
		default:
			return "", false
		}
	}
	if !cop || j < 0 {
		return "", false
	}
	// no unit noun in this sentence
	for q := j + 1; q < len(c.toks) && c.toks[q].sent == sent; q++ {
		if u, e, _ := c.unitAt(q); e > 0 && takedownUnit(u) {
			return "", false
		}
	}
	// exactly one takedown unit in the sentence before, counted by no number
	unit := ""
	for q := j; q >= 0 && c.toks[q].sent == sent-1; q-- {
		t := &c.toks[q]
		if t.kind == tNum && !c.isYearToken(q) {
			return "", false
		}
		u, e, _ := c.unitAt(q)
		if e <= 0 || !takedownUnit(u) {
			continue
		}
		if t.sc == scLatin && e == q+1 && q > 0 && (c.isPunct(q-1, ",") || singularDets[c.toks[q-1].f]) && c.singularAt(q) {
			continue // "Pharos, portail officiel", "un portail": a count noun is plural
		}
		if q >= 2 && headOfWords[c.toks[q-1].f] {
			if u2, e2, _ := c.unitAt(q - 2); e2 == q-1 && takedownUnit(u2) {
				continue // "signalements de contenus": a modifier of the head before
			}
		}
		if unit != "" && unit != u {
			return "", false
		}
		unit = u
	}
	return unit, unit != ""
}

var headOfWords = map[string]bool{"de": true, "des": true, "du": true, "of": true, "di": true, "dei": true, "der": true, "del": true}

// singularDets are the singular articles before a noun.
var singularDets = map[string]bool{"a": true, "an": true, "un": true, "une": true, "le": true, "la": true, "el": true, "il": true, "lo": true, "ein": true, "eine": true, "einen": true, "der": true, "das": true, "this": true, "ce": true, "cette": true}

// countAux are the auxiliaries and copulas a bare count may open its
// clause with when its noun is only in the clause before: "64 seien
// bisher berücksichtigt worden", "64 were honoured so far".
var countAux = map[string]bool{"seien": true, "wurden": true, "sind": true, "waren": true, "haben": true, "hatten": true,
	"were": true, "have": true, "had": true, "are": true, "ont": true, "avaient": true, "sont": true, "etaient": true,
	"sono": true, "erano": true, "hanno": true, "avevano": true, "furono": true, "fueron": true, "han": true, "habian": true, "eran": true,
	"были": true, "было": true}

// auxCountUnit finds the unit of a bare count that opens its clause, right
// before an auxiliary, when the clause before (in this sentence, up to a
// comma, or the sentence before when the count opens its own) names
// exactly one takedown unit and counts none: "Das BKA habe Lösch-Ersuchen
// an Telegram versandt, 64 seien bisher berücksichtigt worden",
// "… Löschersuchen … versandt. Insgesamt 64 seien bislang berücksichtigt
// worden." The rest of its clause must name no unit and no number.
//
// A count after a comma and "with" ("con"), with a takedown participle
// right after it, opens such a clause too: "Most of these accounts were
// banned for spam, with only 1,821 removed for other reasons".
func (c *ctx) auxCountUnit(i, end, sent int, year bool) (string, bool) {
	n := len(c.toks)
	comma := c.withCountComma(i, sent)
	if year || end >= n || c.toks[end].sent != sent || !countAux[c.toks[end].f] && !(comma >= 0 && takedownVerb(c.toks[end].f)) {
		return "", false
	}
	for _, f := range c.figs {
		if f.sent == sent {
			return "", false
		}
	}
	// the rest of the clause: a few words, no unit, no number; after
	// "with", the reasons named after "for" are no count of their own
	// ("removed for other reasons such as … content")
	q := end + 1
	for ; q < n && c.toks[q].sent == sent && c.toks[q].kind != tPunct; q++ {
		if comma >= 0 && reasonPreps[c.toks[q].f] {
			break
		}
		if q-end > 8 || c.toks[q].kind == tNum {
			return "", false
		}
		if u, e, _ := c.unitAt(q); e > 0 && u != "" {
			return "", false
		}
	}
	// what opens the count's clause: the sentence start or a comma, past
	// "insgesamt", "in total", hedges
	k := c.beforeQualifier(i)
	j := k - 1
	for ; j >= 0 && c.toks[j].sent == sent && c.toks[j].kind == tWord && (pronounSubjects[c.toks[j].f] || hedgeWords[c.toks[j].f] || totalWords[c.toks[j].f] || c.toks[j].f == "in" || c.toks[j].f == "au"); j-- {
	}
	if comma >= 0 {
		j = comma
	}
	var from, to int // the clause before, tokens [from, to)
	switch {
	case j < 0 || c.toks[j].sent != sent:
		if sent == 0 || j < 0 {
			return "", false
		}
		to = j + 1
		from = to
		for from > 0 && c.toks[from-1].sent == sent-1 {
			from--
		}
	case c.isPunct(j, ","):
		to = j
		from = j
		for from > 0 && c.toks[from-1].sent == sent {
			from--
		}
	default:
		return "", false
	}
	unit := ""
	for p := to - 1; p >= from; p-- {
		t := &c.toks[p]
		if t.kind == tNum && !c.isYearToken(p) {
			return "", false
		}
		u, e, _ := c.unitAt(p)
		if e <= 0 || e > to || !takedownUnit(u) {
			continue
		}
		if t.sc == scLatin && e == p+1 && c.singularAt(p) {
			continue // a count noun is plural
		}
		if unit != "" && unit != u {
			return "", false
		}
		unit = u
	}
	return unit, unit != ""
}

// auxPartOf finds the figure a bare count is a part of when the count
// opens a clause after a comma, right before an auxiliary, and the clause
// before counts one unit: "rund 8500 Meldungen zu den anderen Bereichen,
// 3097 wurden als berechtigt eingestuft", "Twitter suspended 500
// accounts, 300 were later restored". The figure is the sentence's last,
// no smaller than the count, with no other number or year between; the
// rest of the count's clause names no unit, no number, no agent and no
// arrest. It returns the index in c.figs.
func (c *ctx) auxPartOf(i, end, sent int, year bool, v float64) (int, bool) {
	n := len(c.toks)
	if year || len(c.figs) == 0 || end >= n || c.toks[end].sent != sent || !countAux[c.toks[end].f] {
		return -1, false
	}
	k := c.beforeQualifier(i)
	if k < 2 || !c.isPunct(k-1, ",") || c.toks[k-1].sent != sent {
		return -1, false
	}
	p := len(c.figs) - 1
	f := c.figs[p]
	w := c.claims[f.claim]
	if f.sent != sent || f.t1 > k-1 || w.Unit == "percent" || !takedownUnit(w.Unit) || v > w.Value {
		return -1, false
	}
	for m := f.t1; m < k; m++ {
		if t := &c.toks[m]; t.kind == tNum && !t.used {
			return -1, false // a year between may open another frame: "Of 500 accounts removed in 2019, 120 were restored"
		}
	}
	for q := end + 1; q < n && c.toks[q].sent == sent && c.toks[q].kind != tPunct; q++ {
		if q-end > 8 || c.toks[q].kind == tNum || agentPreps[c.toks[q].f] {
			return -1, false // "37,620 were checked by lawyers": who handled them
		}
		if u, e, _ := c.unitAt(q); e > 0 && u != "" {
			return -1, false
		}
		if harmStem(c.toks[q].f) {
			return -1, false // "30 wurden festgenommen": people, no part of the figure
		}
	}
	return p, true
}

// withCountComma returns the comma before "with" (or "con") and at most
// "only" that open the count at i ("…, with only 1,821 removed"), or -1.
func (c *ctx) withCountComma(i, sent int) int {
	j := c.beforeQualifier(i) - 1
	if j >= 0 && onlyWords[c.toks[j].f] {
		j--
	}
	if j < 1 || c.toks[j].sent != sent || !withCountWords[c.toks[j].f] || !c.isPunct(j-1, ",") {
		return -1
	}
	return j - 1
}

var (
	withCountWords = map[string]bool{"with": true, "con": true}
	reasonPreps    = map[string]bool{"for": true, "por": true, "per": true}
	onlyWords      = map[string]bool{"only": true, "just": true, "solo": true, "soltanto": true, "appena": true}
)

// wholeAfterPart finds the figure a bare number is the whole of when it
// follows that figure's unit after "of the": "7 canali degli 8 segnalati
// dalla FIEG", "7 channels of the 8 reported by police", "7 chaînes des 8
// signalées". The whole must be larger than the part, and what follows it
// must leave it without a noun of its own: the clause's end, a participle
// or a relative pronoun. It returns the index in c.figs.
func (c *ctx) wholeAfterPart(i, end, sent int, v float64, year bool) (int, bool) {
	p := len(c.figs) - 1
	if year || p < 0 || c.figs[p].sent != sent {
		return -1, false
	}
	f := c.figs[p]
	k := f.t1
	outOf := false // "2 521 signalements sur 3 029", "350 notices out of 1,200"
	if k+1 < i && c.toks[k].f == "out" && c.toks[k+1].f == "of" {
		k, outOf = k+1, true
	} else if k < i && outOfWholeWords[c.toks[k].f] {
		outOf = true
	}
	if k >= i || !(ofTheWholeWords[c.toks[k].f] || outOf) {
		return -1, false
	}
	k++
	if k < i && wholeArticles[c.toks[k].f] {
		k++
	}
	if k != i {
		return -1, false
	}
	cl := c.claims[f.claim]
	if cl.Unit == "" || cl.Unit == "percent" || cl.High > 0 || cl.Value >= v {
		return -1, false
	}
	if c.clauseEndAt(end, sent) {
		return p, true
	}
	if t := &c.toks[end]; t.sent == sent && t.kind == tWord && (relPronouns[t.f] || t.sc == scLatin && isParticiple(t.f, c.rs[t.s:t.e])) {
		return p, true
	}
	// "… sur 3 029 ont été jugés illégaux": the clause's verb follows the whole
	if t := &c.toks[end]; outOf && t.sent == sent && t.kind == tWord && (copulas[t.f] || countAux[t.f]) {
		return p, true
	}
	return -1, false
}

// outOfWholeWords stand between a count's unit and the bare whole it is
// part of, as "out of" does: French "sur", Italian "su", Spanish "sobre".
// Italian writes "su" joined with its article ("7 canali sugli 8
// segnalati", "3 siti sui 10 indicati", "2 pagine sulle 5").
var outOfWholeWords = map[string]bool{"sur": true, "su": true, "sobre": true, "sugli": true, "sui": true, "sulle": true}
