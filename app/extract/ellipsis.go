package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
)

// Counts written without their unit because the sentence named it for an
// earlier figure: a comparison ("contre 5 937 en 2019"), a series over
// time ("в 2025 году — более 269,2 тыс., с начала 2026 года — более 35,6
// тыс."), the second of two parts ("из них 856,4 тыс. …, а 207,7 тыс."),
// and a count that points back at a figure ("diese Zahl … auf 17.045").

// partFits reports whether a part of value v can belong to figure p: a
// part is never larger than its whole ("27 pays européens, dont 685
// dédiés …" counts moderators, not countries).
func (c *ctx) partFits(p int, v float64) bool {
	w := c.claims[c.figs[p].claim]
	whole := w.Value
	if w.High > 0 {
		whole = w.High
	}
	switch w.Qualifier {
	case app.QualMoreThan, app.QualAtLeast, app.QualAbout:
		whole *= 1.5 // "más de 2.000 contenidos, en concreto 2068"
	}
	return w.Unit == "percent" || v <= whole
}

// coordPart finds the whole of a number that follows a part of it after
// "and", "while" or a comma, in the same sentence, with no unit of its own:
// "из них 856,4 тыс. публиковали …, а 207,7 тыс. были связаны …", "dont
// 1 200 liées au terrorisme et 300 à la haine". It returns the index in
// c.figs of the whole.
func (c *ctx) coordPart(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 || c.noCountAfter(end, sent) {
		return -1, false
	}
	last := c.figs[len(c.figs)-1]
	if len(c.figs) > 1 && c.claims[last.claim].Unit == "percent" && last.sent == sent {
		// "dont 67 577 (82 %) …, et 15 177 (18 %) …": the share in brackets
		// belongs to the part before it
		if prev := c.figs[len(c.figs)-2]; prev.parent != 0 && prev.sent == sent && last.t0-prev.t1 <= 1 {
			last = prev
		}
	}
	if last.parent == 0 || last.sent != sent || last.t1 > i {
		return -1, false
	}
	for k := last.t1; k < i; k++ {
		if t := &c.toks[k]; t.kind == tNum && !t.used && !c.percentAt(k) {
			return -1, false // another count between
		}
	}
	k := c.beforeQualifier(i)
	if k == 0 || c.toks[k-1].sent != sent {
		return -1, false
	}
	if f := c.toks[k-1].f; !ellipsisConj[f] && !alsoConj[f] && !c.isPunct(k-1, ",") && !c.isPunct(k-1, "،") && !c.isPunct(k-1, "-") {
		return -1, false
	}
	return last.parent - 1, true
}

// alsoConj join a further part: "а также свыше 99 тыс. в ЦБ", "و90 ألفا
// إلى البنك".
var alsoConj = map[string]bool{"также": true, "و": true}

// noCountAfter reports whether the word after a bare number makes it
// something other than a count of the unit before: a time unit ("48
// hours"), a currency, a month ("3 March").
func (c *ctx) noCountAfter(end, sent int) bool {
	if end < len(c.toks) && c.toks[end].sent == sent && c.toks[end].kind == tWord {
		return c.hasTime(end) || c.has(end, catCurrency) || c.has(end, catMonth) || multiplierWords[c.toks[end].f] || peopleWords[c.toks[end].f]
	}
	return false
}

// peopleWords count people, never what a figure before counts: "يتابع كل
// منها في المتوسط ألف شخص" (each followed by a thousand people).
var peopleWords = map[string]bool{
	"people": true, "persons": true, "individuals": true, "personnes": true, "menschen": true, "personen": true, "personas": true, "persone": true,
	"человек": true, "людей": true, "شخص": true, "اشخاص": true, "شخصا": true, "लोग": true, "लोगों": true, "व्यक्ति": true, "व्यक्तियों": true,
}

// multiplierWords make the number before them a factor: "5 times higher".
var multiplierWords = map[string]bool{"times": true, "fois": true, "mal": true, "veces": true, "volte": true, "раз": true, "раза": true, "مرات": true, "مره": true, "गुना": true, "fach": true}

// networkWords are the networks (of accounts, pages) a count right before
// them counts, folded: "Facebook удалила три сети российских аккаунтов".
// "reseaux sociaux" and "redes sociales" are matched as a unit before them.
var networkWords = foldedSet("сети|сетей|сеть|сетями|networks|network|reseaux|reseau|redes|reti|netzwerke|شبكات|شبكة|شبكتين")

// beforeQualifier returns the first token of a qualifier written right
// before the number at i ("more than 35,6"), or i.
func (c *ctx) beforeQualifier(i int) int {
	k := i
	// the longest one: "poco meno di", not its "meno di"
	for q := i - 1; q >= 0 && q >= i-4; q-- {
		if h, e := c.find(q, catQualBefore, 0); e == i && h.e != nil {
			k = q
		}
	}
	return k
}

// clauseEndAt reports whether the clause ends at k: punctuation, the end
// of the sentence or of the text.
func (c *ctx) clauseEndAt(k, sent int) bool {
	return k >= len(c.toks) || c.toks[k].sent != sent || c.toks[k].kind == tPunct
}

// timeEllipsis finds the figure whose unit a bare number leaves out in a
// comparison or a series over time, in the same sentence:
//
//   - after "contre", "against", "versus", "gegenüber", "против", "مقابل":
//     "265 000 signalements, contre 50 000 l'année de notre création";
//   - with a time phrase after it and a comma, "to", "and" or the like
//     before it: "de 11 757 en 2019 à 50 448 en 2020, 133 295 en 2021";
//   - after a time phrase and a dash or comma: "в 2021 году — 6937", "y en
//     lo que va de año, más de 7,27 millones".
//
// Nothing but the end of the clause or a time phrase may follow the
// number. It returns the index in c.figs.
func (c *ctx) timeEllipsis(i, end, sent int, year bool, v float64) (int, bool) {
	if year || len(c.figs) == 0 || c.noCountAfter(end, sent) {
		return -1, false
	}
	after := c.timePhrasesAt(end, sent)
	parallel := after > end && c.parallelTime(i, end, sent, len(c.figs)-1)
	if !parallel && !c.clauseEndAt(after, sent) && !c.has(after, catJoin) && !c.has(after, catPart) && c.toks[after].f != "contre" && !c.comparedPlace(i, after, sent) &&
		!(c.toks[after].sc == scDevanagari && (hiAfterCount[c.toks[after].f] || copulas[c.toks[after].f] && c.clauseEndAt(after+1, sent))) {
		return -1, false
	}
	dashAfter := c.isPunct(after, "-")
	k := c.beforeQualifier(i)
	if k == 0 || c.toks[k-1].sent != sent {
		return -1, false
	}
	// "rispetto ai 205mila", "compared with the 1.6 million": an article
	if k >= 2 && compareArticles[c.toks[k-1].f] && c.toks[k-1].sc == scLatin {
		k--
	}
	// "and a whopping 19 million last week": hedges before the count
	// and "and only 106,000 in 2024": "only" singles out the last of a list
	for h := 0; h < 2 && k > 2 && (seriesHedges[c.toks[k-1].f] || c.toks[k-1].f == "a" && h == 1) && c.toks[k-1].sent == sent; h++ {
		k--
	}
	shape, cmp, semi := false, false, false
	prev := &c.toks[k-1]
	switch {
	case compareWords[prev.f] || k >= 2 && compareWords[c.toks[k-2].f+" "+prev.f]:
		shape, cmp = true, true
	case after > end && (prev.kind == tPunct && (prev.f == "," || prev.f == ")" || prev.f == "-") || seriesWords[prev.f] || fromWords[prev.f] || namelyWords[prev.f] || totalVerbs[prev.f] || prev.f == "also" || c.has(k-1, catJoin) || parallel):
		// "up 60% from 78,000 in 2015", "300 channels on 5 May, 200 on 6 May"
		shape = true
	case after > end && c.restatedAsRate(k, after, sent):
		// "12,000 channels, or 400 a day", "ovvero 400 al giorno", "то есть 400 в день"
		shape = true
	case prev.kind == tPunct && (prev.f == "-" || prev.f == "," || prev.f == ":") && c.timePhraseEndsAt(k-1, sent):
		shape = true
	case prev.f == "zu" && k >= 2 && c.toks[k-2].kind == tNum && c.figureAt(k-2) && (after > end || c.clauseEndAt(end, sent)):
		shape, cmp = true, true // "nämlich 24.692 zu 19.935 im Vorjahreszeitraum": one count against the other
	case prev.f == "mit" && k >= 2 && priorPeriods[c.toks[k-2].f] && c.clauseEndAt(after, sent):
		// "ein deutlicher Anstieg zum Vorjahreszeitraum mit 54.644": the
		// level of the period before
		shape = true
	case prev.f == "में" && k >= 2 && c.isYearToken(k-2):
		shape = true // "2020 में 2,731": the Hindi postposition after the year
	case after == end && c.clauseEndAt(end, sent) && c.afterHedges(k, func(w int) bool { return c.timePhraseEndsAt(w, sent) || c.expletiveCopulaEndsAt(w) }):
		// "in den sechs Monaten von Januar bis Juni 2015 lediglich 188.", "im
		// zweiten waren es schon 3140.", "in 2017 there were 500."
		shape = true
	case after == end && c.clauseEndAt(end, sent) && copulas[prev.f] && c.timePhraseEndsAt(k-1, sent):
		// "recibieron 25 mil 879 solicitudes …; en 2012 fueron 20 mil 938.",
		// "nel 2012 erano 20.938": a time phrase, a copula and the count;
		// the figure may stand before a semicolon
		shape = true
		m := k - 1
		for m > 0 && c.toks[m-1].sent == sent {
			m--
		}
		semi = m > 0 && (c.isPunct(m-1, ";") || c.isPunct(m-1, "؛"))
	case dashAfter:
		// "более 858 тыс. связаны …, более 641 тыс. ― с детской порнографией":
		// a comma before the count (past hedges), a dash after it
		w := c.beforeQualifier(i)
		for h := 0; h < 2 && w > 1 && hedgeWords[c.toks[w-1].f]; h++ {
			w--
		}
		if w > 0 && c.isPunct(w-1, ",") {
			shape = true
		}
	}
	if !shape {
		return -1, false
	}
	// "… suspended around 235,000 accounts. That's up from around 125,000 a
	// year earlier": a demonstrative opens the sentence, "from" the number
	back := cmp || fromWords[prev.f] && c.demonstrativeOpens(sent) || semi || c.conjunctionOpens(k, sent) || c.periodCopulaOpens(k, sent)
	// the figure before it in the sentence, past a percentage in brackets
	// ("50 448 en 2020 (+ 329 %), 133 295 en 2021")
	for p := len(c.figs) - 1; p >= 0; p-- {
		f := c.figs[p]
		// a comparison may reach the sentence before: "… 457mila account … Il
		// dato segna un calo del 6% rispetto ai 487mila"
		if f.t1 > i || f.sent != sent && !(back && f.sent == sent-1) {
			return -1, false
		}
		// a percentage is compared only with a share: "in calo del 19%
		// rispetto ai 205mila" compares the accounts
		if c.bracketed(f) || c.claims[f.claim].Unit == "percent" && v > 100 {
			continue
		}
		// the count compared is the nearest one before: "employs 4,000
		// people, against 3,000" compares no figure
		for m := f.t1; m < k; m++ {
			if t := &c.toks[m]; t.kind == tNum && !t.used && !c.isYearToken(m) && !c.figureAt(m) && !c.quarterDigit(m) {
				return -1, false
			}
		}
		return p, true
	}
	return -1, false
}

// timePhrasesAt returns the end of the time phrases after a bare count
// at k, or k when there is none: one phrase, a hedge that singles it out
// ("8,3 millions rien qu'au deuxième trimestre", "8.3 million in Q2
// alone"), and a second phrase after the first ("contre 2,1 milliards
// l'année dernière à la même période", "против 2,1 млрд за аналогичный
// период прошлого года").
func (c *ctx) timePhrasesAt(k, sent int) int {
	j := k
	for h := 0; h < 3 && j < len(c.toks) && c.toks[j].sent == sent && (timeHedges[c.toks[j].f] || c.isPunct(j, "'") && h > 0); h++ {
		j++ // "rien qu'au": the hedge and its elided "que"
	}
	e := c.timePhraseAt(j, sent)
	if e < 0 {
		return k
	}
	if e2 := c.timePhraseAt(e, sent); e2 > 0 {
		e = e2
	}
	// "in the same period of 2018", "de la même période de 2018"
	if e+1 < len(c.toks) && c.toks[e+1].sent == sent && periodOfWords[c.toks[e].f] && c.isYearToken(e+1) {
		e += 2
	}
	if e < len(c.toks) && c.toks[e].sent == sent && timeHedgesAfter[c.toks[e].f] {
		e++
	}
	return e
}

// priorPeriods are German nouns for the period before, whose level "mit"
// gives: "zum Vorjahreszeitraum mit 54.644", "dem Vorjahr mit 83.784".
var priorPeriods = map[string]bool{
	"vorjahr": true, "vorjahreszeitraum": true, "vorjahresquartal": true, "vorjahreshalbjahr": true, "vorjahresmonat": true,
	"vorquartal": true, "vormonat": true, "vorhalbjahr": true, "vergleichszeitraum": true, "vorjahrszeitraum": true,
}

// seriesHedges may stand before a count of a series over time: "and a
// whopping 19 million last week", "and only 106,000 in 2024", "et
// seulement 106 000 en 2024", "и лишь 106 тыс. в 2024 году".
var seriesHedges = map[string]bool{
	"whopping": true, "staggering": true, "mere": true, "only": true, "just": true, "seulement": true, "uniquement": true,
	"solo": true, "solamente": true, "soltanto": true, "appena": true, "apenas": true, "nur": true, "lediglich": true,
	"лишь": true, "только": true, "всего": true, "केवल": true, "सिर्फ": true,
}

// periodOfWords join a period to its year: "the same period of 2018".
var periodOfWords = map[string]bool{"of": true, "de": true, "del": true, "di": true, "des": true}

// timeHedges single out the time phrase after them: "rien qu'au deuxième
// trimestre", "only in June", "только за январь".
var timeHedges = map[string]bool{
	"rien": true, "qu": true, "que": true, "seulement": true, "uniquement": true, "only": true, "just": true, "solo": true, "solamente": true,
	"soltanto": true, "nur": true, "allein": true, "только": true, "лишь": true, "केवल": true, "सिर्फ": true,
}

// timeHedgesAfter single out the time phrase before them: "in Q2 alone",
// "في الربع الثاني وحده", "im zweiten Quartal allein".
var timeHedgesAfter = map[string]bool{"alone": true, "allein": true, "فقط": true, "وحده": true, "ही": true}

// relativeAdjectives place a period named before them relative to now:
// "le trimestre précédent", "il semestre scorso".
var relativeAdjectives = map[string]bool{"precedent": true, "precedente": true, "dernier": true, "derniere": true, "anterior": true, "pasado": true, "scorso": true, "passe": true, "previous": true, "prior": true}

// quarterDigit reports whether the number at m is the digit of a quarter
// or a half written as "Q3", "H1", "3rd quarter", "3. Quartal".
func (c *ctx) quarterDigit(m int) bool {
	if m > 0 && c.toks[m-1].kind == tWord {
		if p, _, e := c.yearPart(m - 1); p != "" && e > m {
			return true
		}
	}
	p, _, e := c.numberedPart(m)
	return p != "" && e > m
}

// comparedPlace reports whether the count at i follows a word of comparison
// and a place phrase comes after it: "16.288 suppressions de messages
// contre 7.160 en Allemagne et 7.743 en Espagne".
func (c *ctx) comparedPlace(i, after, sent int) bool {
	if after+1 >= len(c.toks) || !siblingPreps[c.toks[after].f] || c.toks[after+1].sent != sent || c.toks[after+1].kind != tWord {
		return false
	}
	for k, h := c.beforeQualifier(i), 0; k > 0 && h < 12 && c.toks[k-1].sent == sent; k, h = k-1, h+1 {
		w := c.toks[k-1].f
		if compareWords[w] || k >= 2 && compareWords[c.toks[k-2].f+" "+w] {
			return true
		}
		if c.toks[k-1].kind == tNum && !c.toks[k-1].used {
			return false
		}
	}
	return false
}

// demonstrativeOpens reports whether the sentence sent opens with a
// demonstrative subject that points at the sentence before.
func (c *ctx) demonstrativeOpens(sent int) bool {
	k := -1
	for q := range c.toks {
		if c.toks[q].sent == sent {
			k = q
			break
		}
	}
	return k >= 0 && c.toks[k].kind == tWord && openingDemonstratives[c.toks[k].f]
}

var openingDemonstratives = map[string]bool{
	"that": true, "this": true, "thats": true, "c": true, "cela": true, "ceci": true, "das": true, "dies": true, "esto": true, "eso": true,
	"cio": true, "questo": true, "questa": true, "это": true, "هذا": true, "هذه": true, "यह": true,
}

// afterHedges reports whether test holds for the token after the words
// before k once hedges ("lediglich", "schon", "only") are passed.
func (c *ctx) afterHedges(k int, test func(int) bool) bool {
	w := k
	for h := 0; h < 2 && w > 1 && hedgeWords[c.toks[w-1].f]; h++ {
		w--
	}
	if p := c.provisionalBefore(w); p < w {
		w = p // "за первое полугодие 2022 года по предварительным данным уже более 3 400"
		for h := 0; h < 2 && w > 1 && hedgeWords[c.toks[w-1].f]; h++ {
			w--
		}
	}
	return w > 0 && test(w)
}

// expletiveCopulaEndsAt reports whether "waren es", "sind es", "there
// were", "c'étaient" ends right before token k.
func (c *ctx) expletiveCopulaEndsAt(k int) bool {
	if k < 2 {
		return false
	}
	a, b := c.toks[k-2].f, c.toks[k-1].f
	switch {
	case b == "es" && (a == "waren" || a == "sind" || a == "war" || a == "ist" || a == "wurden"):
		return true
	case a == "there" && (b == "were" || b == "was" || b == "are" || b == "is"):
		return true
	case a == "en" && (b == "avait" || b == "a"):
		return true // "il y en avait"
	case (a == "'" || a == "c") && (b == "etaient" || b == "etait" || b == "erano" || b == "era"):
		return true // "c'étaient", "c'erano"
	case a == "y" && (b == "avait" || b == "a" || b == "eut"), a == "ce" && (b == "sont" || b == "fut" || b == "furent"):
		return true // "il y avait", "ce sont"
	case beenWords[b] && (a == "erano" || a == "era" || a == "sono" || a == "habian" || a == "habia" || a == "han"):
		return true // "quando erano stati 321", "habían sido 500": no subject but the count
	case b == "hubo" || b == "habia" || b == "furono" || b == "было" || a == "их" && b == "были":
		return true // "en agosto hubo", "в августе было", "их было"
	}
	return false
}

// beenWords are the past participles of "be" in the languages that drop
// the subject.
var beenWords = map[string]bool{"stati": true, "state": true, "sido": true}

// bracketed reports whether figure f is written in brackets, as an aside.
func (c *ctx) bracketed(f figInfo) bool {
	k := f.t0 - 1
	if k >= 0 && (c.isPunct(k, "+") || c.isPunct(k, "-")) {
		k--
	}
	return k >= 0 && c.isPunct(k, "(")
}

var compareWords = map[string]bool{
	"contre": true, "against": true, "versus": true, "vs": true, "compared with": true, "compared to": true,
	"statt": true, "anstatt": true, "instead of": true, "au lieu de": true, "en lugar de": true, "invece di": true, "вместо": true, "بدلا من": true,
	"comparado con": true, "comparada con": true, "comparados con": true, "comparadas con": true, "comparacion con": true,
	"vergleich zu": true, "vergleich zum": true, "сравнению с": true, "rapport a": true, "rapport au": true,
	"gegenuber": true, "frente a": true, "contro": true, "rispetto": true, "rispetto a": true, "против": true, "مقابل": true, "بمقابل": true, "बनाम": true,
	// "up from 4,000 in Q2": the count it rose or fell from
	"up from": true, "down from": true, "مقارنه ب": true, "مقارنه مع": true, "بالمقارنه مع": true,
}

var compareArticles = map[string]bool{"ai": true, "al": true, "agli": true, "alle": true, "the": true, "los": true, "las": true, "les": true, "aux": true, "den": true, "le": true, "i": true, "gli": true, "el": true}

// seriesWords link the counts of a series: "de 11 757 en 2019 à 50 448 en 2020".
// hiAfterCount may follow a Hindi count in a series: "2,851 के मुकाबले", "225 से".
var hiAfterCount = map[string]bool{"के": true, "से": true, "की": true, "तक": true, "को": true}

// totalVerbs sum the figure before up to a time: "102 bots y canales … y
// ya suma 317 en lo que va del año".
var totalVerbs = map[string]bool{"suma": true, "suman": true, "totals": true, "totalise": true, "totalisent": true, "totalizza": true, "totaliza": true, "summiert": true}

var seriesWords = map[string]bool{"a": true, "to": true, "auf": true, "nach": true, "на": true, "до": true, "al": true, "then": true, "puis": true, "dann": true, "потом": true, "затем": true, "الي": true}

// timePhraseAt returns the token after a time phrase starting at k ("en
// 2019", "in 2020", "в 2021 году", "l'an passé", "last year", "im
// Vorjahr"), or -1.
func (c *ctx) timePhraseAt(k, sent int) int {
	n := len(c.toks)
	if k >= n || c.toks[k].sent != sent {
		return -1
	}
	// "during the past eight months": a span of time ending now
	if e := c.pastSpanAt(k, sent); e > 0 {
		return e
	}
	// "في ساعات معدودة", "in a few hours": how long it took
	if e := c.durationAt(k, sent); e > 0 {
		return e
	}
	j := k
	if c.toks[j].kind == tWord && (c.has(j, catYearIntro) || timePreps[c.toks[j].f]) {
		j++
	}
	if j > k && j < n && c.toks[j].sent == sent && dateArticles[c.toks[j].f] {
		j++
	}
	// "im Jahr 2021", "en el año 2021": a second word before the year
	if j > k && j+1 < n && c.toks[j+1].sent == sent && c.has(j, catYearIntro) && c.isYearToken(j+1) {
		j++
	}
	// a date the date pass has read: "depuis le 1er août 2015"
	if j > k && j < n && c.toks[j].used {
		for j < n && c.toks[j].used && c.toks[j].sent == sent {
			j++
		}
		return j
	}
	// "in January", "en février": a month (and a year) after the preposition
	if j > k && j < n && c.toks[j].sent == sent {
		if _, e := c.find(j, catMonth, 2); e > 0 {
			if e < n && c.toks[e].sent == sent && c.isYearToken(e) {
				e++
			}
			return e
		}
	}
	// "in Q2", "au deuxième trimestre 2024": a quarter or a half
	if j > k && j < n && c.toks[j].sent == sent {
		part, e := "", -1
		switch c.toks[j].kind {
		case tNum:
			part, _, e = c.numberedPart(j)
		case tWord:
			part, _, e = c.yearPart(j)
		}
		if part != "" && e > 0 {
			if y, e2, _ := c.partYear(e); y != 0 {
				e = e2
			}
			return e
		}
	}
	// a rate: "im Monat", "per day"
	if _, e := c.find(k, catRate, 0); e > 0 {
		return e
	}
	if j < n && c.toks[j].sent == sent && c.isYearToken(j) {
		j++
		if _, e := c.find(j, catYearAfter, 0); e > 0 {
			j = e
			if c.isPunct(j, ".") && !c.toks[j].sp && j+1 < n && c.toks[j+1].sent == sent {
				j++
			}
		}
		return j
	}
	// "del primo semestre", "of the first half", "du premier trimestre"
	if j > k || periodPreps[c.toks[k].f] {
		m := k + 1
		for w := 0; w < 3 && m < n && c.toks[m].sent == sent && c.toks[m].kind == tWord; w++ {
			if periodNouns[c.toks[m].f] {
				// "le trimestre précédent", "el trimestre anterior"
				if m+1 < n && c.toks[m+1].sent == sent && relativeAdjectives[c.toks[m+1].f] {
					m++
				}
				// "au dernier trimestre 2024": the year of the period
				if m+1 < n && c.toks[m+1].sent == sent && c.isYearToken(m+1) {
					m++
				}
				return m + 1
			}
			m++
		}
	}
	// relative phrases, compared as folded words without apostrophes
	if !relativeFirst[c.toks[k].f] {
		return -1
	}
	var words []string
	for m := k; m < n && m < k+6 && c.toks[m].sent == sent; m++ {
		if c.isPunct(m, "'") {
			continue
		}
		if c.toks[m].kind != tWord {
			break
		}
		words = append(words, c.toks[m].f)
		if e, ok := relativeTimes[strings.Join(words, " ")]; ok {
			end := m + 1
			if e {
				// "l'année de notre création": words up to the end of the clause
				for end < n && end < m+5 && c.toks[end].sent == sent && c.toks[end].kind == tWord {
					end++
				}
			}
			return end
		}
	}
	return -1
}

// timePhraseEndsAt reports whether a time phrase ends right before token
// k: a year ("в 2021 году", "in 2020"), a day and month ("16 февраля"), or
// a word for the year ("en lo que va de año").
func (c *ctx) timePhraseEndsAt(k, sent int) bool {
	j := k - 1
	if j < 0 || c.toks[j].sent != sent {
		return false
	}
	if c.isYearToken(j) {
		return true
	}
	if _, e := c.find(j, catYearAfter, 0); e == k && j > 0 && c.isYearToken(j-1) {
		return true
	}
	if c.has(j, catMonth) && j > 0 && c.toks[j-1].kind == tNum && c.toks[j-1].used {
		return true
	}
	return yearWords[c.toks[j].f]
}

func (c *ctx) isYearToken(j int) bool {
	t := &c.toks[j]
	return t.kind == tNum && t.plain && t.ndig == 4 && t.val >= 1900 && t.val <= 2100
}

var dateArticles = map[string]bool{"le": true, "the": true, "el": true, "il": true, "dem": true, "den": true, "la": true}

var periodPreps = map[string]bool{"lors": true, "del": true, "dello": true, "della": true, "du": true, "of": true, "des": true, "during": true, "nel": true, "nello": true, "nella": true, "im": true, "en": true, "el": true, "au": true, "in": true, "за": true}

var periodNouns = map[string]bool{
	"semestre": true, "trimestre": true, "half": true, "quarter": true, "year": true, "anno": true, "mese": true, "mois": true, "month": true,
	"halbjahr": true, "halbjahres": true, "quartal": true, "quartals": true, "jahres": true, "ano": true, "annee": true, "periodo": true, "period": true, "periode": true,
	"полугодие": true, "полугодия": true, "квартал": true, "квартала": true,
}

var timePreps = map[string]bool{"on": true, "le": true, "am": true, "en": true, "in": true, "im": true, "nel": true, "del": true, "в": true, "во": true, "au": true, "for": true, "durante": true, "fur": true, "за": true, "في": true, "عام": true, "में": true}

var yearWords = map[string]bool{"ano": true, "year": true, "annee": true, "jahr": true, "anno": true, "год": true, "году": true, "года": true, "عام": true, "العام": true, "साल": true}

// relativeTimes are relative time phrases; true: the words after them up
// to the end of the clause belong to the phrase.
// relativeFirst holds the first words of relativeTimes.
var relativeFirst = func() map[string]bool {
	m := map[string]bool{}
	for p := range relativeTimes {
		m[strings.SplitN(p, " ", 2)[0]] = true
	}
	return m
}()

var relativeTimes = map[string]bool{
	"l an passe": false, "l an dernier": false, "l annee derniere": false, "l annee precedente": false, "l annee de": true, "l an de": true,
	"last year": false, "the previous year": false, "the year before": false, "a year earlier": false, "a year ago": false, "the year of": true,
	"en lo que va del ano": false, "en lo que va de ano": false, "so far this year": false, "depuis le debut de l annee": false, "seit jahresbeginn": false,
	"dall inizio dell anno": false, "с начала года": false, "im vorjahr": false, "im jahr davor": false, "ein jahr zuvor": false, "el ano pasado": false, "el ano anterior": false,
	"l anno scorso": false, "l anno precedente": false, "dell anno precedente": false, "dell anno scorso": false, "del precedente anno": false, "del anno precedente": false,
	"de l annee precedente": false, "de l annee derniere": false, "del ano anterior": false, "del ano pasado": false, "des vorjahres": false, "des vorjahrs": false,
	"предыдущего года": false, "прошлого года": false, "العام السابق": false, "पिछले वर्ष के": false, "в прошлом году": false, "годом ранее": false, "годом раньше": false,
	"العام الماضي": false, "في العام الماضي": false, "السنه الماضيه": false, "पिछले साल": false, "पिछले वर्ष": false,
	"last week": false, "last month": false, "this week": false, "this month": false, "this year": false, "la semaine derniere": false, "le mois dernier": false,
	"la semana pasada": false, "el mes pasado": false, "la settimana scorsa": false, "il mese scorso": false, "letzte woche": false, "letzten monat": false,
	"на прошлой неделе": false, "в прошлом месяце": false, "الاسبوع الماضي": false, "الشهر الماضي": false, "पिछले हफ्ते": false, "पिछले महीने": false,
	// quarters: "up from 4,000 last quarter"
	"last quarter": false, "the previous quarter": false, "a quarter earlier": false, "the prior quarter": false, "this quarter": false,
	"le trimestre precedent": false, "le trimestre dernier": false, "im vorquartal": false, "im vorjahreszeitraum": false,
	"im vorjahresquartal": false, "im vorjahreshalbjahr": false, "im vorjahresmonat": false, "im vormonat": false, "el trimestre anterior": false, "il trimestre precedente": false,
	"в прошлом квартале": false, "кварталом ранее": false, "الربع السابق": false, "पिछली तिमाही": false,
	// the same period: "contre 2,1 milliards l'année dernière à la même période"
	"un an plus tot": false, "un an auparavant": false, "un an avant": false, "a year before": false, "un ano antes": false, "un anno prima": false,
	"a la meme periode": false, "sur la meme periode": false, "pendant la meme periode": false, "au cours de la meme periode": false,
	"pour la meme periode": false, "durant la meme periode": false, "dans la meme periode": false,
	"para el mismo periodo": false, "durante el mismo periodo": false, "per lo stesso periodo": false, "nel medesimo periodo": false,
	"over the same period": false, "in the same period": false, "during the same period": false, "for the same period": false,
	"en el mismo periodo": false, "nello stesso periodo": false, "im gleichen zeitraum": false, "im selben zeitraum": false, "im vergleichszeitraum": false,
	"за аналогичный период": false, "за тот же период": false, "في الفتره نفسها": false, "في نفس الفتره": false, "خلال الفتره نفسها": false,
	"من العام الماضي": false, "من العام السابق": false,
	"इसी अवधि में": false, "इसी अवधि के दौरान": false,
}

// referBack finds the figure a number points back at with a demonstrative
// and a count noun before it in the sentence: "Waren es 2023 noch 7.240
// Löschersuchen, so schnellte diese Zahl 2024 auf 17.045 hoch", "this
// number rose to 17,045", "ce chiffre est passé à 400". The figure is the
// last one before the count noun, in this sentence or the one before. It
// returns the index in c.figs.
func (c *ctx) referBack(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 || c.noCountAfter(end, sent) {
		return -1, false
	}
	if !c.clauseEndAt(end, sent) && c.toks[end].kind == tWord && c.startsNumberWordNoArticle(end) {
		return -1, false
	}
	for q := i - 1; q > 0 && q >= i-8 && c.toks[q].sent == sent; q-- {
		if c.toks[q].kind == tNum && !c.toks[q].used && !c.isYearToken(q) {
			return -1, false
		}
		f := c.toks[q].f
		if c.toks[q].sc == scArabic {
			f = strings.TrimPrefix(strings.TrimPrefix(f, "و"), "ف")
		}
		// a list that grows to the count holds what the figure before counts:
		// "28 nuovi domini inibiti …, con la “black list” che sale così a 9.449"
		growingList := listNouns[f] && (c.changeBetween(q+1, i) || end < len(c.toks) && c.toks[end].sent == sent && c.changeVerbAt(end))
		if !growingList && (!(countNouns[f] || equalVerbs[f]) || !demonstratives[c.toks[q-1].f] && !((definiteArticles[c.toks[q-1].f] || c.toks[q-1].f == "der" || c.toks[q-1].f == "die") && (c.changeBetween(q+1, i) || c.reachBetween(q+1, i)))) {
			continue // "the number" refers back only as it changes or reaches a count: "the number has increased to 6,935", "la cifra llega a 442"
		}
		for p := len(c.figs) - 1; p >= 0; p-- {
			fi := c.figs[p]
			if fi.t1 > q-1 {
				continue
			}
			if fi.sent == sent || fi.sent == sent-1 {
				return p, true
			}
			break
		}
		return -1, false
	}
	return -1, false
}

// listNouns name a list of what was taken down.
var listNouns = map[string]bool{"list": true, "lista": true, "liste": true, "elenco": true, "blacklist": true, "реестр": true}

var demonstratives = map[string]bool{
	"this": true, "that": true, "the": false, "diese": true, "dieser": true, "diesen": true, "ce": true, "cet": true, "cette": true,
	"questo": true, "questa": true, "tale": true, "este": true, "esta": true, "dicha": true, "dicho": true, "эта": true, "это": true, "этот": true, "эту": true,
	"هذا": true, "هذه": true, "وهذا": true, "यह": true, "इस": true, "das": true, "dies": true, "cela": true, "ceci": true, "cio": true, "eso": true, "esto": true,
}

var countNouns = map[string]bool{
	"number": true, "figure": true, "total": true, "zahl": true, "anzahl": true, "summe": true, "chiffre": true, "nombre": true,
	"numero": true, "cifra": true, "число": true, "цифра": true, "цифру": true, "количество": true, "показатель": true,
	"العدد": true, "الرقم": true, "संख्या": true, "आंकडा": true,
}

// possCountWords are count nouns with a possessive ending that follow the
// unit they count: "الحسابات والصفحات، التي بلغ عددها 472".
var possCountWords = map[string]bool{"عددها": true, "عددهم": true, "عددهما": true, "مجموعها": true, "اجماليها": true}

// unitBeforeCount finds the unit a possessive count word at q counts,
// within six words before it, with a compound joined by wa- ("الحسابات
// والصفحات"); it returns the unit and its first and end tokens.
func (c *ctx) unitBeforeCount(q int) (string, int, int, bool) {
	sent := c.toks[q].sent
	for j := q - 1; j >= 0 && j >= q-6 && c.toks[j].sent == sent; j-- {
		if c.toks[j].kind == tNum {
			break
		}
		u, e, w := c.unitAt(j)
		if e < 0 || e > q || u == "percent" {
			continue
		}
		if w && j > 0 {
			if u0, e0, _ := c.unitAt(j - 1); e0 == j && u0 != u && u0 != "percent" {
				return compound(u0, u), j - 1, e, true
			}
		}
		return u, j, e, true
	}
	return "", 0, 0, false
}

// ofTheOpeners open a clause that names the unit of the count after its
// comma: "Of the total videos removed, 10,698,297 were flagged", "Parmi ces
// vidéos, 11 775 777 ont été supprimées".
var ofTheOpeners = map[string]bool{
	"of": true, "de": true, "di": true, "dei": true, "delle": true, "des": true,
	"among": true, "amongst": true, "parmi": true, "unter": true, "entre": true, "tra": true, "fra": true, "среди": true, "из": true,
}

// parallelWord returns the token after the word that introduces the number
// at i, past a qualifier and hedges ("flagged another 547,000": the token
// after "flagged").
func (c *ctx) parallelWord(i int) int {
	k := c.beforeQualifier(i)
	// "con un total de 37.682.924, … con más de nueve millones"
	if k >= 2 && totalOfWords[c.toks[k-1].f] && c.toks[k-2].f == "total" {
		k -= 2
		if k >= 1 && (c.toks[k-1].f == "un" || c.toks[k-1].f == "a") {
			k--
		}
	}
	for h := 0; h < 3 && k > 1 && hedgeWords[c.toks[k-1].f] && c.toks[k-2].kind == tWord; h++ {
		k--
	}
	return k
}

// parallelVerb reports whether the word at k can be repeated before two
// counts of one unit: a content word of four letters or more (a verb or a
// noun of action), not a function word, a number word or a unit.
func (c *ctx) parallelVerb(k int) bool {
	t := &c.toks[k]
	if haveWords[t.f] {
		return true // "the pages had roughly 175,000 followers, and the accounts had about 4,500"
	}
	if t.kind != tWord || utf8.RuneCountInString(t.f) < 4 || c.isBlockWord(k) {
		return false
	}
	if c.startsNumberWordNoArticle(k) || c.has(k, catMonth) || c.has(k, catQualBefore) {
		return false
	}
	_, e, _ := c.unitAt(k)
	return e < 0
}

// hiOneAdverbs are the words that make "एक" (one) an adverb, not a count.
var hiOneAdverbs = map[string]bool{"साथ": true, "बार": true, "ओर": true, "तरफ": true}

// includingWords before "one" make it one of the things named before.
var includingWords = map[string]bool{"including": true, "includes": true, "included": true}

var haveWords = map[string]bool{"had": true, "has": true, "have": true, "hatte": true, "hatten": true, "avait": true, "avaient": true, "tenia": true, "tenian": true, "aveva": true, "avevano": true}

// oneOf reports whether a number word for one opens "one of the …",
// "uno de los …", "l'un des …": a choice among things, not a count.
func (c *ctx) oneOf(i int, a amount) bool {
	if c.toks[i].kind != tWord || a.v != 1 || a.scale != 0 || a.end >= len(c.toks) || c.toks[a.end].sent != c.toks[i].sent {
		return false
	}
	switch c.toks[a.end].f {
	case "of", "de", "d", "di", "du", "des", "dei", "degli", "delle", "del", "della", "из", "من", "में":
		return true
	}
	// "including one held by the writer": one of the things counted before,
	// named by what it is, no count of its own (a noun after it, "including
	// one page", is still one)
	if i > 0 && c.toks[i].f == "one" && includingWords[c.toks[i-1].f] && c.toks[i-1].sent == c.toks[i].sent {
		if _, ue, _ := c.unitAt(a.end); ue <= 0 {
			return true
		}
	}
	// Hindi "एक" after a possessive is the article: "अपनी एक रिपोर्ट में" (in a
	// report of its own)
	if i > 0 && c.toks[i].f == "एक" && hiPossessives[c.toks[i-1].f] {
		return true
	}
	// Hindi "एक" in an adverb: "एक साथ" (at once), "एक बार" (once), "एक
	// ओर" / "एक तरफ" (on the one hand)
	if c.toks[i].f == "एक" && hiOneAdverbs[c.toks[a.end].f] {
		return true
	}
	// one thing as the measure of a time: "Среднее время рассмотрения одного
	// обращения составило менее четырех минут", "the average time to
	// review one request", "le temps moyen de traitement d'une plainte"
	for k := i - 1; k >= 0 && k >= i-4 && c.toks[k].sent == c.toks[i].sent; k-- {
		if c.toks[k].kind == tNum {
			break
		}
		if measureTimeWords[c.toks[k].f] && c.averageNear(k) {
			return true
		}
	}
	return false
}

// averageNear reports whether a word for average stands within two words
// of token k: "Среднее время", "the average time", "le temps moyen".
func (c *ctx) averageNear(k int) bool {
	for m := k - 2; m <= k+2; m++ {
		if m >= 0 && m < len(c.toks) && m != k && c.toks[m].sent == c.toks[k].sent && averageWords[c.toks[m].f] {
			return true
		}
	}
	return false
}

var averageWords = map[string]bool{"среднее": true, "среднее время": true, "average": true, "mean": true, "moyen": true, "moyenne": true, "medio": true, "media": true,
	"durchschnittliche": true, "durchschnittlich": true, "mittlere": true, "promedio": true, "औसत": true, "متوسط": true}

// measureTimeWords name the time one thing takes.
var measureTimeWords = map[string]bool{
	"время": true, "времени": true, "срок": true, "time": true, "temps": true, "delai": true, "tiempo": true, "plazo": true, "tempo": true,
	"zeit": true, "dauer": true, "bearbeitungszeit": true, "durata": true, "duracion": true, "duree": true, "समय": true, "وقت": true, "مده": true,
}

var hiPossessives = map[string]bool{
	"अपनी": true, "अपना": true, "अपने": true, "उसकी": true, "उसका": true, "उसके": true, "उनकी": true, "उनका": true, "उनके": true,
	"इसकी": true, "इसका": true, "इसके": true, "इनकी": true, "इनका": true, "इनके": true, "किसी": true, "हमारी": true, "हमारा": true,
}

// isBlockWord reports whether the word at k is a function word or a time
// unit of the lexicon.
func (c *ctx) isBlockWord(k int) bool {
	for _, h := range c.hitsOf(k) {
		if h.e.cat == catBlock && h.pfx == 0 && len(h.e.toks) == 1 {
			return true
		}
	}
	return false
}

// coordPrep finds the figure a number after "and" is coordinated with when
// a prepositional phrase follows the number in place of the unit: "27.282
// comunidades «vinculadas al terrorismo» y 77.472 con contenidos de abuso",
// "6 144 040 de profils … pour violation des règles, et 9 499 881 pour
// cause de spam". The figure ends at most five words before "and", or the
// same preposition follows both. It returns the index in c.figs.
func (c *ctx) coordPrep(i, end, sent int, year bool) (int, bool) {
	p := len(c.figs) - 1
	if year || p < 0 || c.figs[p].sent != sent || i < 2 || c.figs[p].t1 > i {
		return -1, false
	}
	// "mit elf Millionen in den Vereinigten Staaten und mit acht Millionen in
	// Pakistan": the same preposition before both counts, "and" before it
	if f0 := c.figs[p].t0; parallelPreps[c.toks[i-1].f] && c.has(i-2, catJoin) && f0 > 0 && c.toks[f0-1].f == c.toks[i-1].f && i-2-c.figs[p].t1 <= 6 && !c.noCountAfter(end, sent) {
		if u, _, _ := c.unitAt(end); end >= len(c.toks) || c.toks[end].sent != sent || u == "" {
			for k := c.figs[p].t1; k < i-2; k++ {
				if c.toks[k].kind == tNum || c.toks[k].kind == tPunct {
					return -1, false
				}
			}
			return p, true
		}
	}
	if !c.has(i-1, catJoin) && c.toks[i-1].f != "و" || c.isPunct(i-1, "/") {
		return -1, false
	}
	if end >= len(c.toks) || c.toks[end].sent != sent {
		return -1, false
	}
	// "45 account Facebook e 1.037 su Instagram", "35 account Facebook e 88
	// Instagram", "443 gli account Facebook e 125 quelli Instagram": a
	// platform's name in place of the unit
	if c.has(end, catPlatform) || end+1 < len(c.toks) && c.toks[end+1].sent == sent && c.has(end+1, catPlatform) && (placePreps[c.toks[end].f] || originPreps[c.toks[end].f] || platformPronouns[c.toks[end].f]) {
		if gap := i - 1 - c.figs[p].t1; gap <= 5 {
			return p, true
		}
		return -1, false
	}
	lam := c.arabicLamPhrase(end)
	origin := sourcePreps[c.toks[end].f]
	if !prepFollow[c.toks[end].f] && !lam && !origin {
		return -1, false
	}
	gap := i - 1 - c.figs[p].t1
	if gap > 14 || lam && gap > 5 {
		return -1, false
	}
	same := false
	for k := c.figs[p].t1; k < i-1; k++ {
		t := &c.toks[k]
		if t.kind == tNum || t.kind == tPunct && (t.f == ";" || t.f == ":" || t.f == "(") {
			return -1, false
		}
		if t.f == c.toks[end].f {
			same = true
		}
	}
	if origin {
		return p, same // "688 بلاغاً من جهات خاصة و92 من أفراد": the same "from" before both
	}
	return p, same || gap <= 5
}

// networkOf finds the figure a bare number after "and a network of" is
// coordinated with: "eliminó 1.152 cuentas vinculadas a … y una red de
// 7,340 comprometidas en …" (a network of 7,340 accounts). Nothing but a
// word that is no unit, or the end of the clause, may follow the number,
// and no other number may stand between it and the figure. It returns the
// index in c.figs.
func (c *ctx) networkOf(i, end, sent int, year bool) (int, bool) {
	p := len(c.figs) - 1
	if year || p < 0 || c.figs[p].sent != sent || c.figs[p].t1 > i || c.noCountAfter(end, sent) {
		return -1, false
	}
	if end < len(c.toks) && c.toks[end].sent == sent {
		if u, _, _ := c.unitAt(end); u != "" {
			return -1, false
		}
	}
	k := i - 1
	if k < 2 || !networkPreps[c.toks[k].f] || !networkNouns[c.toks[k-1].f] {
		return -1, false
	}
	k -= 2
	if k > 0 && indefArticles[c.toks[k].f] || c.toks[k].f == "ein" || c.toks[k].f == "einem" {
		k--
	}
	if k < 0 || c.toks[k].sent != sent || !c.has(k, catJoin) || k-c.figs[p].t1 > 14 {
		return -1, false
	}
	for m := c.figs[p].t1; m < k; m++ {
		if t := &c.toks[m]; t.kind == tNum || t.kind == tPunct && (t.f == ";" || t.f == ":") {
			return -1, false
		}
	}
	return p, true
}

// networkNouns and networkPreps make "a network of" before a bare count.
var (
	networkNouns = map[string]bool{"red": true, "network": true, "reseau": true, "rete": true, "netzwerk": true, "сеть": true}
	networkPreps = map[string]bool{"de": true, "of": true, "di": true, "von": true, "из": true}
)

// listHead finds the figure a bare number in a list shares its head noun
// with, when both take the same complement preposition right after them:
// "2 951 demandes de déréférencement, 392 de blocage", "120 requests for
// removal, 40 for blocking". The number follows a comma or "and" at most
// four words after the figure. It returns the index in c.figs.
func (c *ctx) listHead(i, end, sent int, year bool) (int, bool) {
	p := len(c.figs) - 1
	if year || p < 0 || i < 1 || end+1 >= len(c.toks) || c.toks[end].sent != sent || c.toks[end+1].sent != sent {
		return -1, false
	}
	f := c.figs[p]
	if f.sent != sent || f.t1 >= i || f.t1 >= len(c.toks) || c.claims[f.claim].Unit == "percent" {
		return -1, false
	}
	if f.ell && !(categoryOfWords[c.toks[end].f] && c.toks[f.t1].f == c.toks[end].f) {
		return -1, false // an elliptical figure heads no list, unless an item of it
	}
	prep := c.toks[end].f
	if !headPreps[prep] || c.toks[end+1].kind != tWord || !c.isPunct(i-1, ",") && !c.has(i-1, catJoin) {
		return -1, false
	}
	if c.toks[f.t1].f != prep || i-1-f.t1 > 4 {
		// the categories of a list after a first figure whose complement
		// is written otherwise: "15 publicaciones relacionada con
		// documentación falsa, 41 de posible fraude, 9 de pornografía"
		if !c.categoryItem(f, i, end, sent) {
			return -1, false
		}
	}
	for k := f.t1; k < i-1; k++ {
		if c.toks[k].kind == tNum || c.isPunct(k, ";") || c.isPunct(k, "(") {
			return -1, false
		}
	}
	if _, e, _ := c.unitAt(end + 1); e > 0 {
		return -1, false // "… de 5 000 vidéos": the noun is a unit of its own
	}
	return p, true
}

// categoryItem reports whether the bare number at i, after "de" or "di",
// names a category of the figure f ends at most eight words before
// it: the word after the preposition is no unit, article, pronoun, month,
// time, money or people ("41 de ellas", "12 de junio", "3 de cada 10" are
// something else). French "d'" and "des" are left out: "12 des comptes" is
// a part.
func (c *ctx) categoryItem(f figInfo, i, end, sent int) bool {
	if !categoryOfWords[c.toks[end].f] || i-1-f.t1 > 8 || c.has(end, catPart) {
		return false
	}
	j := end + 1
	t := &c.toks[j]
	if ratioWords[t.f] || peopleWords[t.f] || pronounAfterOf[t.f] || c.has(j, catArticle) || c.has(j, catMonth) || c.hasTime(j) || c.has(j, catCurrency) || c.has(j, catScale) || c.has(j, catNum) {
		return false
	}
	return true
}

// categoryOfWords introduce the category of a listed count; ratioWords
// and pronounAfterOf, after them, make the count a ratio or a part.
var (
	categoryOfWords = map[string]bool{"de": true, "di": true}
	ratioWords      = map[string]bool{"cada": true, "ogni": true, "chaque": true}
	pronounAfterOf  = map[string]bool{"ellas": true, "ellos": true, "estas": true, "estos": true, "esas": true, "esos": true, "essi": true, "esse": true, "questi": true, "queste": true}
)

// platformShare finds the figure a bare number is a share of when a
// preposition and a platform's name follow the number: "der gut 12.000
// Meldungen … verteilen sich mit 334 auf Telegram, 176 auf YouTube … und
// knapp 1300 auf sonstige", "of the 500 reports, 300 on Facebook, 200 on
// X". The number follows "with", a comma or "and". It returns the index
// in c.figs.
func (c *ctx) platformShare(i, end, sent int, year bool) (int, bool) {
	n := len(c.toks)
	if year || len(c.figs) == 0 || end+1 >= n || c.toks[end].sent != sent || c.toks[end+1].sent != sent || !placePreps[c.toks[end].f] {
		return -1, false
	}
	if !c.has(end+1, catPlatform) && !otherWords[c.toks[end+1].f] {
		return -1, false
	}
	k := c.beforeQualifier(i)
	if k == 0 || c.toks[k-1].sent != sent || !(c.isPunct(k-1, ",") || c.has(k-1, catJoin) || shareWords[c.toks[k-1].f]) {
		return -1, false
	}
	p := len(c.figs) - 1
	if c.figs[p].sent != sent || c.figs[p].t1 > i {
		return -1, false
	}
	for p >= 0 && c.figs[p].ell && c.figs[p].sent == sent {
		p-- // the whole, not the share before this one
	}
	// "500 accounts in 12 countries, 3 on Facebook" shares the accounts
	for p > 0 && !c.figs[p-1].ell && c.figs[p-1].sent == sent && c.complementOf(c.figs[p-1], c.figs[p]) {
		p--
	}
	if p < 0 || c.figs[p].sent != sent || c.claims[c.figs[p].claim].Unit == "percent" || contextUnits[c.claims[c.figs[p].claim].Unit] {
		return -1, false
	}
	return p, true
}

// shareWords introduce the first share of a whole: "verteilen sich mit 334
// auf Telegram".
var shareWords = map[string]bool{"mit": true, "with": true, "avec": true, "con": true, "с": true}

// otherWords name the rest in a list of shares: "knapp 1300 auf sonstige".
var otherWords = map[string]bool{"sonstige": true, "andere": true, "others": true, "other": true, "autres": true, "otros": true, "otras": true, "altri": true, "altre": true, "другие": true, "прочие": true}

var headPreps = map[string]bool{"de": true, "d": true, "di": true, "for": true, "pour": true, "per": true, "para": true, "zur": true, "zum": true, "на": true}

var placePreps = map[string]bool{"on": true, "su": true, "sur": true, "auf": true, "en": true, "на": true, "في": true, "पर": true, "in": true}

// originPreps say which platform a count was taken from or belongs to:
// "45.000 post di Facebook e 1.900 di Instagram", "rimossi da Facebook e
// 1.900 da Instagram", "removed by Facebook and 1,900 by Instagram".
var originPreps = map[string]bool{"di": true, "da": true, "de": true, "del": true, "from": true, "by": true, "par": true, "von": true, "aus": true, "с": true, "من": true, "से": true}

var platformPronouns = map[string]bool{"quelli": true, "quelle": true, "those": true, "ceux": true, "celles": true, "aquellos": true, "aquellas": true, "los": true, "las": true, "jene": true, "те": true}

var prepFollow = map[string]bool{"con": true, "with": true, "avec": true, "mit": true, "с": true, "со": true, "pour": true, "for": true, "por": true, "para": true, "per": true, "wegen": true, "за": true, "بسبب": true, "due": true}

// demonstrativeBefore finds the unit a clause-final number after a
// takedown verb counts when the sentence named it with a demonstrative:
// "tomando las medidas necesarias para cerrar dichos canales, ya hemos
// bloqueado 78", "we found these channels and blocked 78". It returns the
// unit and its first and end tokens.
func (c *ctx) demonstrativeBefore(i, end int) (string, int, int, bool) {
	sent := c.toks[i].sent
	if !c.clauseEndAt(end, sent) {
		return "", 0, 0, false
	}
	k := c.beforeQualifier(i)
	if k == 0 || c.toks[k-1].sent != sent || !takedownVerb(c.toks[k-1].f) {
		return "", 0, 0, false
	}
	for j := k - 2; j > 0 && j >= k-14 && c.toks[j].sent == sent; j-- {
		if c.toks[j].kind == tNum {
			break
		}
		if u, e, _ := c.unitAt(j); e > 0 && e < k && u != "percent" && unitDemonstratives[c.toks[j-1].f] {
			return u, j, e, true
		}
	}
	return "", 0, 0, false
}

var unitDemonstratives = map[string]bool{
	"these": true, "those": true, "such": true, "ces": true, "diese": true, "dichos": true, "dichas": true, "estos": true, "estas": true,
	"questi": true, "queste": true, "tali": true, "эти": true, "этих": true, "такие": true, "таких": true, "هذه": true, "تلك": true, "इन": true,
}

// midScales are scale words written inside a number, before its smaller
// part with no "and": "274 mil 460", "16 हजार 618", "2 लाख 50 हजार".
var midScales = map[string]bool{"mil": true, "हजार": true, "लाख": true, "करोड": true}

// bracketCount finds the unit of a number written alone in brackets after
// a name, as in a list: "après la Turquie (2.232 demandes) et devant la
// Russie (519) et l'Allemagne (236)" (the unit of the figure before it in
// the sentence), "Posts containing violent content (2.2 million)" (the
// first unit of the clause, its subject). It returns the unit and its
// first and end tokens (the number itself for an inherited unit).
func (c *ctx) bracketCount(i, end, sent int, year bool) (string, int, int, bool) {
	// a qualifier may open the bracket: "account deletions (over 3 million)"
	if q := c.beforeQualifier(i); q < i && q >= 2 && c.isPunct(q-1, "(") {
		i = q
	}
	if year || i < 2 || !c.isPunct(i-1, "(") || !c.isPunct(c.bracketTimeEnd(end, sent), ")") {
		return "", 0, 0, false
	}
	// "in 15 % der Fälle (902)", "in 60% of cases (1,200)": the number of
	// cases a share is of, no count of the unit before
	if caseNouns[c.toks[i-2].f] {
		return "", 0, 0, false
	}
	// the unit right after the bracket: "75,8% (14 767) запросов"
	if u, e, _ := c.unitAt(end + 1); e > 0 && u != "percent" && c.toks[end+1].sent == sent {
		return u, end + 1, e, true
	}
	// a name in quotes before the bracket: "सामग्री को 'स्पैम' (9.9 मिलियन)",
	// "tagged as “spam” (9.9 million)"
	if c.toks[i-2].kind != tWord && !(i >= 3 && quoteMarks[c.toks[i-2].f] && c.toks[i-2].kind == tPunct && c.toks[i-3].kind == tWord) {
		return "", 0, 0, false
	}
	for p := len(c.figs) - 1; p >= 0; p-- {
		f := c.figs[p]
		if f.sent != sent {
			break
		}
		if f.t1 <= i {
			return c.claims[f.claim].Unit, i, i + 1, true
		}
	}
	if u, s, e, ok := c.clauseSubject(i - 1); ok {
		return u, s, e, true
	}
	// counts in brackets after names, the unit named later in the clause:
	// "US (4287) and Brazil (2435) had made more data requests than India"
	if r := c.rs[c.toks[i-2].s:c.toks[i-2].e]; c.toks[i-2].sc == scLatin && len(r) > 0 && unicode.IsUpper(r[0]) {
		for j := end + 1; j < len(c.toks) && j <= end+12 && c.toks[j].sent == sent; j++ {
			if c.isPunct(j, "(") && j+2 < len(c.toks) && c.toks[j+1].kind == tNum && c.isPunct(j+2, ")") {
				j += 2
				continue
			}
			if c.toks[j].kind == tNum || c.toks[j].kind == tPunct && c.toks[j].f != "-" || clauseOpeners[c.toks[j].f] {
				break
			}
			if u, e, _ := c.unitAt(j); e > 0 {
				if u == "percent" {
					break
				}
				return u, j, e, true
			}
		}
	}
	return "", 0, 0, false
}

// clauseOpeners open a clause of its own (folded): a unit past one is
// no longer the clause of the bracketed number. "… Cult Organizations
// (2) clearly stipulates that if the production … of Cult propaganda
// materials": the (2) numbers a document, it counts no materials.
var clauseOpeners = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true, "if": true,
	"whether": true, "because": true, "although": true, "que": true, "qui": true, "si": true, "dass": true, "wenn": true,
	"что": true, "если": true, "который": true, "которые": true, "которая": true}

// bracketTimeEnd returns the token after a time phrase that closes a
// bracketed count ("(oltre 8,1 miliardi nel trimestre aprile-giugno di
// quest’anno)", "(over 8.1 billion in the quarter)"), or k when none
// does: a time preposition, then words, years and hyphens only, up to the
// closing bracket.
func (c *ctx) bracketTimeEnd(k, sent int) int {
	if k >= len(c.toks) || !timePreps[c.toks[k].f] && !bracketPlacePreps[c.toks[k].f] {
		return k
	}
	for j := k + 1; j < len(c.toks) && j <= k+10 && c.toks[j].sent == sent; j++ {
		t := &c.toks[j]
		switch {
		case c.isPunct(j, ")"):
			return j
		case t.kind == tNum && !c.isYearToken(j) && !t.used:
			return k
		case t.kind == tPunct && t.f != "-" && t.f != "'":
			return k
		case t.kind == tWord && c.has(j, catUnit):
			return k
		}
	}
	return k
}

// bracketPlacePreps may follow a bare count in brackets before the place
// it is of: "près de 2000 plaintes de ce type (environ 250 pour la
// France)", "(about 700 for Germany)", "(unas 1.500 para España)".
var bracketPlacePreps = map[string]bool{"pour": true, "for": true, "para": true, "per": true, "fur": true}

// caseNouns are the words for cases or instances (folded) that a share
// is taken of.
var caseNouns = map[string]bool{
	"falle": true, "fallen": true, "cases": true, "cas": true, "casi": true, "casos": true,
	"случаев": true, "случаях": true, "حالات": true, "الحالات": true, "मामलों": true, "मामले": true,
}

// clauseSubject returns the first unit noun of the clause that ends before
// token k, when no number counts it ("Posts containing violent content
// (…": Posts; "demands from governments … from 110,634": demands).
func (c *ctx) clauseSubject(k int) (string, int, int, bool) {
	sent := c.toks[k].sent
	from := k
	for from > 0 && from > k-24 && c.toks[from-1].sent == sent {
		t := &c.toks[from-1]
		// a dash ends the clause; a hyphen inside a word ("non-respect") does not
		if t.kind == tPunct && (t.f == "," || t.f == ";" || t.f == ":" || t.f == "(" || t.f == "-" && t.sp) {
			break
		}
		from--
	}
	for j := from; j < k; j++ {
		if c.toks[j].kind == tNum {
			return "", 0, 0, false
		}
		if u, e, _ := c.unitAt(j); e > 0 && e <= k && u != "percent" {
			// "des vidéos … provenaient d'utilisateurs américains (1,02
			// million)": where the counted things came from is no unit
			if c.originBefore(j) {
				continue
			}
			if c.singularSubject(j, e, k) {
				continue
			}
			return u, j, e, true
		}
	}
	// the subject before a relative clause: "die meisten Videos, die
	// gelöscht wurden, aus Indien (16.453.360)"
	if u, j, e, ok := c.headBeforeRelative(from, k, sent); ok {
		return u, j, e, true
	}
	return "", 0, 0, false
}

// singularSubject reports whether the unit noun at j..e is a singular
// Latin-script word, which is not what a later bare count counts: "The
// company received the most complaints … (35,469)", "the number of
// moderators in the country from 116 to 476". The noun of the acts after
// it still is: "the most account deletions (over 3 million)".
func (c *ctx) singularSubject(j, e, k int) bool {
	return c.toks[j].sc == scLatin && e == j+1 && c.singularAt(j) && !(e < k && actionNouns[c.toks[e].f])
}

// englishSingularAt reports whether the unit noun at j..e is one English
// word whose plural ("s", "es", "y" to "ies") is a unit: "country",
// "platform". German plurals such as "Kanäle" stay plural.
func (c *ctx) englishSingularAt(j, e int) bool {
	if e != j+1 || c.toks[j].sc != scLatin {
		return false
	}
	f := c.toks[j].f
	if singleUnit(f+"s") != "" || singleUnit(f+"es") != "" {
		return true
	}
	n := len(f)
	return n > 2 && f[n-1] == 'y' && singleUnit(f[:n-1]+"ies") != ""
}

// headBeforeRelative finds the unit a relative clause ending at the comma
// before from describes: the first unit of the segment before the clause
// ("die meisten Videos, die gelöscht wurden, aus Indien (…)").
func (c *ctx) headBeforeRelative(from, k, sent int) (string, int, int, bool) {
	if from < 2 || !c.isPunct(from-1, ",") {
		return "", 0, 0, false
	}
	// the comma that opens the relative clause
	open := -1
	for q := from - 2; q >= 0 && q > k-30 && c.toks[q].sent == sent; q-- {
		if c.toks[q].kind == tNum {
			return "", 0, 0, false
		}
		if c.isPunct(q, ",") {
			open = q
			break
		}
	}
	if open < 1 || !relativePronouns[c.toks[open+1].f] {
		return "", 0, 0, false
	}
	start := open
	for start > 0 && c.toks[start-1].sent == sent && c.toks[start-1].kind != tPunct {
		start--
	}
	for j := start; j < open; j++ {
		if c.toks[j].kind == tNum {
			return "", 0, 0, false
		}
		if u, e, _ := c.unitAt(j); e > 0 && e <= open && u != "percent" && !c.originBefore(j) {
			return u, j, e, true
		}
	}
	return "", 0, 0, false
}

// relativePronouns open a relative clause between a noun and the rest.
var relativePronouns = map[string]bool{
	"die": true, "der": true, "das": true, "welche": true, "which": true, "that": true, "who": true, "qui": true, "que": true, "lesquels": true,
	"che": true, "cui": true, "которые": true, "который": true, "которых": true, "التي": true, "الذي": true, "जो": true, "जिन्हें": true,
}

// originBefore reports whether a preposition of origin stands right before
// token j ("d'utilisateurs", "from users", "von Nutzern").
func (c *ctx) originBefore(j int) bool {
	q := j - 1
	if q >= 0 && c.isPunct(q, "'") {
		q--
	}
	if q < 0 || c.toks[q].kind != tWord {
		return false
	}
	switch c.toks[q].f {
	case "d", "from", "von", "desde", "dagli", "dai", "от", "من":
		return true
	}
	return false
}

var fromWords = map[string]bool{"from": true, "von": true, "de": true, "da": true, "desde": true, "с": true, "от": true, "من": true}
var toWords = map[string]bool{"to": true, "auf": true, "a": true, "bis": true, "hasta": true, "до": true, "الي": true}

// fromTo finds the unit of the two numbers of "from N to M" when neither
// has one of its own: the subject of the clause ("die Zahl der
// Behörden-Anfragen … von 111 auf 275", "demands from governments …
// increased by 16 percent from 110,634 to 128,617"), and for M the unit N
// took. It returns the unit and its first and end tokens (the number for
// an inherited unit).
func (c *ctx) fromTo(i, end, sent int, year bool) (string, int, int, bool) {
	if year || c.noCountAfter(end, sent) {
		return "", 0, 0, false
	}
	k := c.beforeQualifier(i)
	if k < i && toWords[c.toks[i-1].f] {
		k = i // "с 50 до 133 тысяч": "до" is the change's "to", not "up to"
	}
	if k == 0 || c.toks[k-1].sent != sent {
		return "", 0, 0, false
	}
	prev := c.toks[k-1].f
	// M: right after "to", the figure N ending before it
	if toWords[prev] && len(c.figs) > 0 {
		f := c.figs[len(c.figs)-1]
		if f.sent == sent && (f.t1 == k-1 || c.timePhraseAt(f.t1, sent) == k-1) && (c.clauseEndAt(end, sent) || c.timePhraseAt(end, sent) > 0 || separableParticles[c.toks[end].f] || c.changeFrom(f.t0)) {
			return c.claims[f.claim].Unit, i, i + 1, true
		}
		return "", 0, 0, false
	}
	// N: after "from", "to" and a number after it ("passant de 60 au premier
	// semestre à 365": a time phrase may come between)
	to := end
	if e := c.timePhraseAt(end, sent); e > 0 {
		to = e
	}
	if !fromWords[prev] || to+1 >= len(c.toks) || !toWords[c.toks[to].f] || c.toks[to+1].sent != sent {
		return "", 0, 0, false
	}
	if n := c.toks[to+1]; n.kind != tNum && c.beforeQualifier(to+2) == to+2 {
		return "", 0, 0, false
	}
	m := to + 1
	for m < len(c.toks) && m <= to+3 && c.toks[m].sent == sent && c.toks[m].kind != tNum {
		m++ // "de 2 à plus de 6": the qualifier's words
	}
	if m < len(c.toks) && c.toks[m].kind == tNum {
		if b, ok := c.parseAmount(m, false); ok && !b.year && c.noCountAfter(b.end, sent) {
			return "", 0, 0, false // "passé de 2 à 6 personnes": both counts are of people
		}
	}
	if u, s, e, ok := c.clauseSubject(k - 1); ok {
		return u, s, e, true
	}
	return c.sentenceSubject(k - 1)
}

// separableParticles end a German clause after its count: "von 111 auf 275 hoch".
var separableParticles = map[string]bool{"hoch": true, "an": true, "zu": true, "zuruck": true}

// referBackUnit finds the unit a count word points back at when the text
// named the unit with no figure: "WhatsApp ने कुछ भारतीय अकाउंट्स पर बड़ा
// एक्शन लिया है … यह संख्या 71 लाख है". The unit is the nearest one before
// the count noun in this sentence or the one before, with no number before
// it. It returns the unit and its first and end tokens.
func (c *ctx) referBackUnit(i, end, sent int, year bool) (string, int, int, bool) {
	if year || c.noCountAfter(end, sent) {
		return "", 0, 0, false
	}
	q := c.countNounBefore(i, sent)
	if q < 0 {
		return "", 0, 0, false
	}
	for j := q - 2; j >= 0 && j >= q-24 && c.toks[j].sent >= sent-1; j-- {
		if c.toks[j].kind == tNum && !c.toks[j].used && !c.isYearToken(j) {
			return "", 0, 0, false
		}
		if u, e, _ := c.unitAt(j); e > 0 && e < q && u != "percent" {
			return u, j, e, true
		}
	}
	return "", 0, 0, false
}

// countNounBefore returns the token of a count noun after a demonstrative
// ("diese Zahl", "this number", "यह संख्या") within eight tokens before the
// number at i, or of a verb of equivalence after one ("Das entspricht",
// "this represents"); -1 if none, or if another count stands between.
func (c *ctx) countNounBefore(i, sent int) int {
	for q := i - 1; q > 0 && q >= i-8 && c.toks[q].sent == sent; q-- {
		if c.toks[q].kind == tNum && !c.toks[q].used && !c.isYearToken(q) {
			return -1
		}
		f := c.toks[q].f
		if c.toks[q].sc == scArabic {
			f = strings.TrimPrefix(strings.TrimPrefix(f, "و"), "ف")
		}
		if (countNouns[f] || equalVerbs[f]) && demonstratives[c.toks[q-1].f] {
			return q
		}
	}
	return -1
}

var equalVerbs = map[string]bool{
	"entspricht": true, "entsprach": true, "equals": true, "represents": true, "means": true, "amounts": true,
	"represente": true, "equivaut": true, "equivale": true, "representa": true, "corrisponde": true,
	"соответствует": true, "составляет": true, "يعادل": true, "يمثل": true,
}

// participleEllipsis finds the figure a number with a takedown participle
// in place of its unit counts, at the end of a clause in the same sentence:
// "Action was taken against 4.3 million accounts, with a total of 1.3
// million suspended". It returns the index in c.figs.
func (c *ctx) participleEllipsis(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 || end >= len(c.toks) || c.toks[end].sent != sent {
		return -1, false
	}
	// "adding to the six that had been blacklisted a day earlier": a
	// relative clause with the participle, and a time phrase after it
	rel := false
	if m := c.relativePassiveEnd(end, sent); m > end {
		end, rel = m, true
	}
	t := &c.toks[end]
	after := end + 1
	if rel {
		if e := c.spanAgoAt(after, sent); e > after {
			after = e // before the time phrase: "a day" alone would read as a rate
		} else if e := c.timePhraseAt(after, sent); e > after {
			after = e
		}
	}
	if t.kind != tWord || !takedownVerb(t.f) || !c.clauseEndAt(after, sent) {
		return -1, false
	}
	if t.sc == scLatin && !isParticiple(t.f, c.rs[t.s:t.e]) {
		return -1, false
	}
	for p := len(c.figs) - 1; p >= 0; p-- {
		f := c.figs[p]
		if f.sent != sent || f.t1 > i {
			return -1, false
		}
		for k := f.t1; k < i; k++ {
			if tk := &c.toks[k]; tk.kind == tNum && !tk.used && !c.isYearToken(k) {
				return -1, false
			}
		}
		if !c.bracketed(f) && c.claims[f.claim].Unit != "percent" {
			return p, true
		}
	}
	return -1, false
}

// spanAgoAt returns the token after a span of time counted back at k ("a
// day earlier", "two weeks before", "a month ago"), or -1.
func (c *ctx) spanAgoAt(k, sent int) int {
	n := len(c.toks)
	if k < n && c.toks[k].sent == sent && agoAdverbs[c.toks[k].f] {
		return k + 1 // "removed earlier"
	}
	if k+2 >= n || c.toks[k].sent != sent || !(c.toks[k].f == "a" || c.toks[k].f == "one" || c.toks[k].kind == tNum || c.startsNumberWordNoArticle(k)) {
		return -1
	}
	if !c.hasTime(k+1) || c.toks[k+2].sent != sent {
		return -1
	}
	if agoAdverbs[c.toks[k+2].f] || c.toks[k+2].f == "ago" || c.toks[k+2].f == "before" {
		return k + 3
	}
	return -1
}

// agoAdverbs place an act before the time of the story.
var agoAdverbs = map[string]bool{"earlier": true, "previously": true, "already": true, "later": true}

// relativePassiveEnd returns the token of the participle of an English
// relative clause in the passive at k ("that had been", "which were"),
// or -1.
func (c *ctx) relativePassiveEnd(k, sent int) int {
	n := len(c.toks)
	if k+2 >= n || c.toks[k].sent != sent || (c.toks[k].f != "that" && c.toks[k].f != "which") {
		return -1
	}
	j := k + 1
	switch c.toks[j].f {
	case "had", "have", "has":
		if j+1 < n && c.toks[j+1].f == "been" {
			j += 2
		} else {
			return -1
		}
	case "were", "was", "are", "is":
		j++
	default:
		return -1
	}
	if j >= n || c.toks[j].sent != sent || c.toks[j].kind != tWord {
		return -1
	}
	return j
}

// amongBefore finds the unit of a count written right after "among the
// <unit>" with no comma: "Среди заблокированных или удаленных материалов
// более 858 тыс. связаны с …", "Among the removed accounts 300 were …". It
// returns the unit and its first and end tokens.
func (c *ctx) amongBefore(i, end int) (string, int, int, bool) {
	sent := c.toks[i].sent
	k := c.beforeQualifier(i)
	if k == 0 || c.toks[k-1].sent != sent {
		return "", 0, 0, false
	}
	u, e, _ := c.unitAt(k - 1)
	us := k - 1
	if e != k {
		// a two-token unit ends here: look one token further back
		if u2, e2, _ := c.unitAt(k - 2); k >= 2 && e2 == k {
			u, e, us = u2, e2, k-2
		} else {
			return "", 0, 0, false
		}
	}
	if u == "percent" {
		return "", 0, 0, false
	}
	for j := us - 1; j >= 0 && j >= us-5 && c.toks[j].sent == sent; j-- {
		t := &c.toks[j]
		if t.kind == tNum || t.kind == tPunct && t.f != "-" {
			return "", 0, 0, false
		}
		if amongWords[t.f] || c.ofTotalNumber(j) {
			return u, us, e, true
		}
	}
	return "", 0, 0, false
}

// ofTotalNumber reports whether the word at j is the "number" of "из
// общего числа" or "of the total number of", which stand before a unit as
// "среди" does: "Из общего числа удаленных материалов 28,8 тыс. имели …"
// (held-out batch 76).
func (c *ctx) ofTotalNumber(j int) bool {
	if j < 1 {
		return false
	}
	switch c.toks[j].f {
	case "числа", "количества":
		return c.toks[j-1].f == "общего" || c.toks[j-1].f == "из"
	case "number":
		return j+1 < len(c.toks) && c.toks[j+1].f == "of" && c.toks[j-1].f == "total"
	}
	return false
}

var amongWords = map[string]bool{"среди": true, "among": true, "amongst": true, "parmi": true, "unter": true, "tra": true, "fra": true, "entre": true, "بين": true, "ضمن": true}

// figureAt reports whether a figure already starts at token q.
func (c *ctx) figureAt(q int) bool {
	for k := len(c.figs) - 1; k >= 0; k-- {
		if c.figs[k].t0 <= q && q < c.figs[k].t1 {
			return true
		}
		if c.figs[k].t1 <= q {
			break
		}
	}
	return false
}

// colonPart finds the figure a breakdown after a colon belongs to: "58
// millions de vidéos au troisième trimestre : 7,8 millions au cas par cas
// et plus de 50 millions après …". It returns the index in c.figs.
func (c *ctx) colonPart(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 || c.noCountAfter(end, sent) {
		return -1, false
	}
	k := c.beforeQualifier(i)
	if k == 0 || !c.isPunct(k-1, ":") {
		return -1, false
	}
	p := len(c.figs) - 1
	f := c.figs[p]
	if f.sent != sent || f.t1 > k-1 || c.claims[f.claim].Unit == "percent" {
		return -1, false
	}
	for m := f.t1; m < k-1; m++ {
		if t := &c.toks[m]; t.kind == tNum && !t.used && !c.isYearToken(m) || t.kind == tPunct && (t.f == ";" || t.f == ".") {
			return -1, false
		}
	}
	return p, true
}

// dashPart finds the whole of a bare count that opens a breakdown after a
// spaced dash, the count followed by where that part went: "почти 800 тыс.
// обращений в различные ведомства - более 302 тыс. в Генпрокуратуру",
// "500 000 demandes - 200 000 au parquet". The parts after it are
// coordinated with it (coordPart). It returns the index in c.figs.
func (c *ctx) dashPart(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 || c.noCountAfter(end, sent) {
		return -1, false
	}
	k := c.beforeQualifier(i)
	if k < 2 || !c.isPunct(k-1, "-") || !c.toks[k-1].sp || !c.toks[k].sp || c.toks[k-1].sent != sent {
		return -1, false
	}
	if c.timePhraseEndsAt(k-1, sent) || !c.destinationAt(end, sent) {
		return -1, false // "в 2021 году - 6937": a series over time
	}
	p := len(c.figs) - 1
	f := c.figs[p]
	if f.sent != sent || f.t1 > k-1 || k-1-f.t1 > 8 || c.claims[f.claim].Unit == "percent" {
		return -1, false
	}
	for m := f.t1; m < k-1; m++ {
		if t := &c.toks[m]; t.kind == tNum || t.kind == tPunct && (t.f == ";" || t.f == "." || t.f == ",") {
			return -1, false
		}
	}
	return p, true
}

// destinationAt reports whether a preposition of place or of a recipient
// opens what follows a bare count at k, past a second count coordinated
// with it or a dash: "302 тыс. и 139 тыс. в Генпрокуратуру", "140 тыс. - в
// ФНС", "200 000 au parquet", "200,000 to prosecutors".
func (c *ctx) destinationAt(k, sent int) bool {
	n := len(c.toks)
	if k+1 < n && c.toks[k].sent == sent && ellipsisConj[c.toks[k].f] && c.toks[k+1].kind == tNum {
		b, ok := c.parseAmount(k+1, false)
		if !ok || b.year {
			return false
		}
		k = b.end
	}
	if k < n && c.isPunct(k, "-") {
		k++
	}
	if k+1 >= n || c.toks[k].sent != sent || c.toks[k+1].sent != sent || c.toks[k+1].kind != tWord {
		return false
	}
	f := c.toks[k].f
	return siblingPreps[f] || recipientPreps[f]
}

// recipientPreps name whom a part went to: "to prosecutors", "à l'Arcom",
// "к операторам", "إلى النيابة", "मंत्रालय को" is written after.
var recipientPreps = map[string]bool{"to": true, "a": true, "an": true, "al": true, "ai": true, "alla": true, "к": true, "ко": true, "الي": true, "لـ": true}

// percentAt reports whether the figure at token q is a percentage.
func (c *ctx) percentAt(q int) bool {
	for k := len(c.figs) - 1; k >= 0; k-- {
		if c.figs[k].t0 <= q && q < c.figs[k].t1 {
			return c.claims[c.figs[k].claim].Unit == "percent"
		}
	}
	return false
}

// clauseVerbAt reports whether a verb of a new clause starts at k ("2.8
// million followers and the groups had …": "the groups" is its subject,
// no second unit of the figure).
func (c *ctx) clauseVerbAt(k int) bool {
	return k < len(c.toks) && (auxWords[c.toks[k].f] || haveWords[c.toks[k].f])
}

// totalOf finds the unit of a clause-final count after "a total of", "un
// total de", "insgesamt" when the sentence named the unit before it with
// no number: "India ha sido en el que más vídeos ha retirado la compañía,
// con un total de 37.682.924,". It returns the unit and its first and end
// tokens.
func (c *ctx) totalOf(i, end int) (string, int, int, bool) {
	sent := c.toks[i].sent
	if !c.clauseEndAt(end, sent) {
		return "", 0, 0, false
	}
	k := c.beforeQualifier(i)
	if k < 2 || c.toks[k-1].sent != sent {
		return "", 0, 0, false
	}
	if !(totalOfWords[c.toks[k-1].f] && totalWords[c.toks[k-2].f]) && c.toks[k-1].f != "insgesamt" { // "total", "totale"
		return "", 0, 0, false
	}
	reach := 16
	for j := k - 3; j >= 0 && j >= k-reach && c.toks[j].sent == sent; j-- {
		if c.toks[j].kind == tNum {
			// "acabó eliminando el 90,8%, un total de 2.123.258.816": the
			// share the total restates, of the unit named before it
			if pu, pe, _ := c.unitAt(j + 1); pe > 0 && pu == "percent" && j+1 >= k-6 {
				reach = 22
				continue
			}
			return "", 0, 0, false
		}
		if u, e, _ := c.unitAt(j); e > 0 && e < k && u != "percent" && !contextUnits[u] {
			return u, j, e, true
		}
	}
	return "", 0, 0, false
}

// contextUnits name where or by whom, rarely what a total counts: "más
// vídeos ha retirado la compañía, con un total de …" counts videos.
var contextUnits = map[string]bool{"companies": true, "countries": true, "languages": true, "platforms": true, "member_states": true}

// sentenceSubject returns the first unit noun of the sentence before token
// k when no number stands between it and k: "Les demandes de suppression …
// ont fortement augmenté, passant de 60 …".
func (c *ctx) sentenceSubject(k int) (string, int, int, bool) {
	sent := c.toks[k].sent
	from := k
	for from > 0 && from > k-24 && c.toks[from-1].sent == sent {
		from--
	}
	// a year between is no number of the clause's: "moins de demandes
	// qu'en 2021 lorsqu'elles avaient triplé par rapport à 2020, passant de"
	count := func(j int) bool { return c.toks[j].kind == tNum && !c.isYearToken(j) }
	for j := from; j < k; j++ {
		if count(j) {
			return "", 0, 0, false
		}
		if u, e, _ := c.unitAt(j); e > 0 && e <= k && u != "percent" {
			if c.englishSingularAt(j, e) {
				continue // "the number of moderators in the country from 116 to 476"
			}
			for m := e; m < k; m++ {
				if count(m) {
					return "", 0, 0, false
				}
			}
			return u, j, e, true
		}
	}
	return "", 0, 0, false
}

// wholePreps introduce a whole that a later bare number is a part of: "Of
// 189 sites, 85 …", "Из 4,5 тысячи ресурсов … 3,7 тысячи …", "Sur les 500
// comptes, 120 …", "Von den 500 Konten wurden 120 …", "De los 189 sitios,
// 85 …", "Su 500 account, 120 …", "من أصل 189 موقعا، 85 …", "Pour
// 250 000 signalements reçus, 150 000 relèvent …".
var wholePreps = map[string]bool{"of": true, "из": true, "sur": true, "von": true, "de": true, "su": true, "dei": true, "degli": true, "delle": true, "اصل": true, "pour": true}

// totalWords, totalOfWords, totalArticles and wholeTotalPreps spell "on a total
// of" before a whole (wholeTotalPreps the opening preposition): "sur un total de", "su un totale di", "de un total de",
// "out of a total of".
var (
	totalWords      = map[string]bool{"total": true, "totale": true, "totals": true}
	totalOfWords    = map[string]bool{"of": true, "de": true, "di": true, "d": true}
	totalArticles   = map[string]bool{"a": true, "un": true, "uno": true, "the": true, "le": true, "el": true, "il": true}
	wholeTotalPreps = map[string]bool{"on": true, "out": true, "from": true, "en": true, "in": true, "con": true}
)

// wholeArticles may come between a whole's preposition and its number.
var wholeArticles = map[string]bool{"the": true, "les": true, "den": true, "los": true, "las": true,
	"these": true, "those": true, "ces": true, "diesen": true, "estos": true, "estas": true, "questi": true, "queste": true, "этих": true}

// wholeFirst finds the figure that opens its clause as a whole ("Of 189
// sites", "Из 4,5 тысячи ресурсов") when a bare number follows it in the
// same sentence, right after its unit or after a comma. It returns the
// index in c.figs.
func (c *ctx) wholeFirst(i, end, sent int, year bool) (int, bool) {
	if year || c.noCountAfter(end, sent) {
		return -1, false
	}
	p := len(c.figs) - 1
	for p >= 0 && c.figs[p].ell {
		p--
	}
	if p < 0 || c.figs[p].sent != sent || c.figs[p].t1 > i {
		return -1, false
	}
	f := c.figs[p]
	yearBetween := false
	for k := f.t1; k < i; k++ {
		if t := &c.toks[k]; t.kind == tNum && !t.used {
			if !c.isYearToken(k) {
				return -1, false // another count between
			}
			yearBetween = true
		}
	}
	q := c.beforeQualifier(f.t0)
	if q > 0 && wholeArticles[c.toks[q-1].f] {
		q--
	}
	// "Sur un total de 82.754 demandes …, 67.000 …", "Out of a total of 500
	// accounts, 120 …", "Su un totale di …", "De un total de …"
	total := false
	if q >= 2 && totalOfWords[c.toks[q-1].f] && totalWords[c.toks[q-2].f] && c.toks[q-2].sent == sent {
		q -= 2
		if q > 0 && totalArticles[c.toks[q-1].f] {
			q--
		}
		total = true
	}
	if q == 0 || c.toks[q-1].sent != sent || !(wholePreps[c.toks[q-1].f] || total && wholeTotalPreps[c.toks[q-1].f]) {
		return -1, false
	}
	if yearBetween && !total {
		return -1, false // only "sur un total de N X en 2022, M …" lets a year stand between
	}
	q--
	if c.toks[q].f == "of" && q > 0 && c.toks[q-1].f == "out" {
		q-- // "Out of 500 accounts, 120 …"
	}
	if c.toks[q].f == "اصل" {
		if q == 0 || c.toks[q-1].f != "من" {
			return -1, false
		}
		q--
	}
	// the preposition opens the sentence or a clause, or the clause a verb
	// of saying reports: "He said out of a total of 1.1 million web links
	// processed, 110,862 were related to blasphemy"
	if q > 0 && c.toks[q-1].sent == sent && c.toks[q-1].kind != tPunct && !ellipsisConj[c.toks[q-1].f] && !c.reportedClauseAt(q-1) && !wholeAfterAux[c.toks[q-1].f] {
		return -1, false
	}
	// "Von den 5.887.021 … gelöschten Videos wurden mehr als 5,3 Millionen
	// …": an auxiliary between the whole and its part
	if k := c.beforeQualifier(i); k != f.t1 && !c.isPunct(k-1, ",") && !c.subjectVerbAfterComma(k, f.t1) && !(k == f.t1+1 && countAux[c.toks[f.t1].f]) {
		return -1, false
	}
	return p, true
}

// wholeAfterAux are German auxiliaries a whole may follow in second
// place, after a fronted adverbial: "Bei Facebook wurden von den 1704
// gemeldeten Beiträgen 362 geblockt", "Insgesamt seien von den 500 Konten
// 120 gesperrt worden".
var wholeAfterAux = map[string]bool{"wurden": true, "wurde": true, "seien": true, "sind": true, "waren": true, "hat": true, "haben": true, "hatte": true, "hatten": true}

// reportedClauseAt reports whether the word at k is an English verb of
// saying, or "that" after one, that a reported clause follows.
func (c *ctx) reportedClauseAt(k int) bool {
	if c.toks[k].f == "that" && k > 0 && c.toks[k-1].sent == c.toks[k].sent {
		k--
	}
	return sayVerbs[c.toks[k].f]
}

// sayVerbs are English verbs of saying and showing that report a clause.
var sayVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "stated": true, "noted": true, "explained": true, "revealed": true, "showed": true, "shows": true, "informed": true, "disclosed": true}

// subjectVerbAfterComma reports whether a short subject and a takedown
// verb stand between a comma after the figure ending at from and the
// number at k: "Of the 636,248 accounts …, the company suspended 376,000".
func (c *ctx) subjectVerbAfterComma(k, from int) bool {
	if k < 2 || c.toks[k-1].kind != tWord || !takedownVerb(c.toks[k-1].f) {
		return false
	}
	for q := k - 2; q >= from && q >= k-6; q-- {
		t := &c.toks[q]
		if c.isPunct(q, ",") {
			return true
		}
		if t.kind != tWord {
			return false
		}
	}
	return false
}

// semicolonPart finds the figure a bare number right after a semicolon is
// a part of, when the figure ends at the semicolon and a verb follows the
// number: "insgesamt 256.462 Beschwerden; 20.140 stammten von
// Beschwerdestellen". It returns the index in c.figs.
func (c *ctx) semicolonPart(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 || c.noCountAfter(end, sent) {
		return -1, false
	}
	k := c.beforeQualifier(i)
	// the semicolon ends a sentence for the tokenizer: the figure is the
	// last of the one before
	if k < 2 || !c.isPunct(k-1, ";") || c.toks[k-1].sent != sent-1 {
		return -1, false
	}
	p := len(c.figs) - 1
	f := c.figs[p]
	if f.sent != sent-1 || f.t1 != k-1 || c.claims[f.claim].Unit == "percent" {
		return -1, false
	}
	if end >= len(c.toks) || c.toks[end].sent != sent || c.toks[end].kind != tWord || c.isBlocker(end) && !c.clauseVerbAt(end) {
		return -1, false
	}
	if _, e, _ := c.unitAt(end); e > 0 || c.has(end, catPlatform) || c.toks[end].sc == scLatin && isUpperWord(c.rs[c.toks[end].s:c.toks[end].e]) {
		return -1, false
	}
	return p, true
}

// remainderWords name the rest of a whole before a bare number: "остальные
// 104", "the remaining 104", "die übrigen 104", "los restantes 104".
var remainderWords = map[string]bool{"बाक़ी": true, "बाकी": true, "शेष": true, "остальные": true, "оставшиеся": true, "remaining": true, "ubrigen": true, "restlichen": true, "restantes": true, "restanti": true, "rimanenti": true}

// remainderOf finds the figure whose unit a remainder count leaves out, in
// the same sentence: "85 из них были заблокированы, остальные 104
// удалили …". It returns the index in c.figs.
func (c *ctx) remainderOf(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 || c.noCountAfter(end, sent) {
		return -1, false
	}
	k := c.beforeQualifier(i)
	if k == 0 || c.toks[k-1].sent != sent || !remainderWords[c.toks[k-1].f] {
		return -1, false
	}
	p := len(c.figs) - 1
	if c.figs[p].sent != sent || c.figs[p].t1 > i {
		return -1, false
	}
	for q := c.figs[p].t1; q < k; q++ {
		if t := &c.toks[q]; t.kind == tNum && !t.used {
			return -1, false
		}
	}
	return p, true
}

// reachBetween reports whether a verb of reaching a count ("llega a",
// "atteint", "raggiunge", "reached", "достигла", "بلغ") stands among
// tokens a..b-1.
func (c *ctx) reachBetween(a, b int) bool {
	for j := a; j < b; j++ {
		if c.toks[j].kind == tWord && reachVerbs[c.toks[j].f] {
			return true
		}
	}
	return false
}

// changeBetween reports whether a verb of change stands among tokens a..b-1.
func (c *ctx) changeBetween(a, b int) bool {
	for j := a; j < b; j++ {
		if c.changeVerbAt(j) {
			return true
		}
	}
	return false
}

// withPart finds the figure whose part a count after a comma and "with"
// is, when a participle follows the count: "removed over 10.6 million
// posts, with about 5 million categorized under …", "a supprimé 4
// millions de vidéos, avec 2,1 millions signalées par …", "rimossi 7,8
// milioni di video, con 5 milioni segnalati …". It returns the index in
// c.figs.
func (c *ctx) withPart(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 || end >= len(c.toks) || c.toks[end].sent != sent {
		return -1, false
	}
	k := c.beforeQualifier(i)
	if k < 2 || !withWords[c.toks[k-1].f] || !c.isPunct(k-2, ",") || c.toks[k-2].sent != sent {
		return -1, false
	}
	t := &c.toks[end]
	if t.kind != tWord || t.sc != scLatin || !isParticiple(t.f, c.rs[t.s:t.e]) {
		return -1, false
	}
	p := len(c.figs) - 1
	f := c.figs[p]
	if f.sent != sent || f.t1 > i || c.bracketed(f) || c.claims[f.claim].Unit == "percent" {
		return -1, false
	}
	for m := f.t1; m < k; m++ {
		if tk := &c.toks[m]; tk.kind == tNum && !tk.used && !c.isYearToken(m) {
			return -1, false
		}
	}
	return p, true
}

// parallelTime reports whether a bare count after a conjunction, a comma
// or "to" is followed by a time phrase, as the figure before it is: the
// counts of a list dated one by one ("ban 2,851 URLs … in 2021 and 1,122
// till June this year under Section 69A", "from 8 in 2014 to 15 in 2015,
// 194 in 2016, and 588 in 2017 before declining to 225 in 2018"). The
// time phrases stand for what would otherwise end the count's clause.
func (c *ctx) parallelTime(i, end, sent int, p int) bool {
	if c.timePhraseAt(end, sent) <= 0 {
		return false
	}
	k := c.beforeQualifier(i)
	if k == 0 || c.toks[k-1].sent != sent {
		return false
	}
	if !(c.isPunct(k-1, ",") || c.has(k-1, catJoin) || toWords[c.toks[k-1].f]) {
		return false
	}
	f := c.figs[p]
	for m := f.t1; m < f.t1+6 && m < k; m++ {
		if c.timePhraseAt(m, sent) > 0 {
			return true
		}
	}
	return false
}

// totalTo finds the unit of a count that a total of that unit is brought
// to: "porte le total des comptes fermés pour le même motif à 636 248
// depuis août 2015", "bringing the total of accounts suspended to
// 636,248", "porta il totale degli account chiusi a 636.248". The count
// ends its clause, or a time phrase does.
func (c *ctx) totalTo(i, end int) (string, int, int, bool) {
	sent := c.toks[i].sent
	after := end
	if e := c.timePhraseAt(end, sent); e > 0 {
		after = e
	}
	// "… to 1,829 since the IOS project began in November 2012"
	if !c.clauseEndAt(after, sent) && !(after < len(c.toks) && sinceWords[c.toks[after].f]) {
		return "", 0, 0, false
	}
	k := c.beforeQualifier(i)
	if k < 4 || c.toks[k-1].sent != sent || !toWords[c.toks[k-1].f] {
		return "", 0, 0, false
	}
	for j := k - 2; j >= 2 && j >= k-14 && c.toks[j].sent == sent; j-- {
		if c.toks[j].kind == tNum {
			return "", 0, 0, false
		}
		// "the total of accounts", "the total number of IOS domain names": one
		// modifier may stand between "of" and the unit
		if !(totalOfThe[c.toks[j-1].f] && totalNouns[c.toks[j-2].f]) && !(j >= 3 && c.toks[j-1].kind == tWord && totalOfThe[c.toks[j-2].f] && totalNouns[c.toks[j-3].f]) {
			continue
		}
		if u, e, _ := c.unitAt(j); e > 0 && e < k && u != "percent" {
			return u, j, e, true
		}
	}
	return "", 0, 0, false
}

// sinceWords open a clause of time after a count.
var sinceWords = map[string]bool{"since": true, "depuis": true, "seit": true, "desde": true, "dal": true, "dalla": true}

// totalNouns and totalOfThe spell "the total of" before a unit.
var (
	totalNouns = map[string]bool{"total": true, "totale": true, "gesamtzahl": true, "number": true, "nombre": true, "numero": true}
	totalOfThe = map[string]bool{"of": true, "des": true, "de": true, "du": true, "degli": true, "dei": true, "delle": true, "di": true, "der": true, "los": true, "las": true}
)

// partOfNoun finds the unit of a count that a part marker opens when the
// whole before it is named by its unit but has no count of its own:
// "el cierre de miles de cuentas por difundir noticias falsas, entre ellas
// más de mil relacionadas con …", "Telegram a fermé des centaines de
// chaînes, dont 300 liées à …", "closed thousands of accounts, among them
// 1,000 linked to …". No figure of the sentence comes before the count.
func (c *ctx) partOfNoun(i, end, sent int, year bool) (string, bool) {
	if year {
		return "", false
	}
	if p := len(c.figs) - 1; p >= 0 && c.figs[p].sent == sent {
		return "", false
	}
	if end < len(c.toks) && c.toks[end].sent == sent && c.toks[end].kind == tWord {
		if c.hasTime(end) || c.has(end, catCurrency) || c.has(end, catMonth) || peopleWords[c.toks[end].f] {
			return "", false
		}
	}
	k := c.beforeQualifier(i)
	for k > 0 && c.isPunct(k-1, ",") {
		k--
	}
	q := -1
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		if _, e := c.find(m, catPart, 2); e == k {
			q = m
		}
	}
	if q < 1 {
		return "", false
	}
	for j := q - 1; j >= 0 && j >= q-12 && c.toks[j].sent == sent; j-- {
		if c.toks[j].kind == tNum {
			return "", false
		}
		if u, e, _ := c.unitAt(j); e > 0 && e <= q && u != "percent" && !contextUnits[u] {
			return u, true
		}
	}
	return "", false
}

// coordNounPart finds the part of a whole named without a count that a
// second count after a conjunction or a comma continues: "entre ellas más
// de mil relacionadas con el partido y más de 200 operadas por el PP".
func (c *ctx) coordNounPart(i, end, sent int, year bool) (int, bool) {
	p := len(c.figs) - 1
	if year || p < 0 || !c.figs[p].nounPart || c.figs[p].sent != sent || c.noCountAfter(end, sent) {
		return -1, false
	}
	for m := c.figs[p].t1; m < i; m++ {
		if t := &c.toks[m]; t.kind == tNum && !t.used {
			return -1, false
		}
	}
	k := c.beforeQualifier(i)
	if k == 0 || c.toks[k-1].sent != sent {
		return -1, false
	}
	if f := c.toks[k-1].f; !ellipsisConj[f] && !c.isPunct(k-1, ",") {
		return -1, false
	}
	return p, true
}

// othersAt reports whether a word for "others" (carryOthers) follows the
// count ending at end, with no noun after it ("20 autres comptes" has its
// own unit): the count is of others of what the figure before it counts
// ("and 20 others", "et 20 autres", "और 20 अन्य").
func (c *ctx) othersAt(end, sent int) bool {
	if end >= len(c.toks) || c.toks[end].sent != sent || !carryOthers[c.toks[end].f] {
		return false
	}
	_, e, _ := c.unitAt(end + 1)
	return e <= 0
}

// othersJoined reports whether the count starting at k is joined to the
// clause before by "and", a comma or "in addition to" ("إضافة إلى",
// "إضافة لـ"), right before it or before the few words of a clause of
// its own whose verb continues the series ("und jetzt folgen 45 weitere",
// ", im März kamen 40 weitere hinzu", "and now follow 45 others") or takes
// them down right before them ("and asked ISPs to block 1200 others").
// Another verb gives the others an act of their own ("and arrested 20
// others").
func (c *ctx) othersJoined(k, sent int) bool {
	if k == 0 || c.toks[k-1].sent != sent {
		return false
	}
	p := k - 1
	f := c.toks[p].f
	if (f == "الي" || f == "ل") && p > 0 && additionWords[c.toks[p-1].f] {
		return true
	}
	if c.joinAt(p) {
		return true
	}
	// a few words of the clause between, none a unit noun, one a verb of
	// following or adding
	series := false
	for q := p; q >= 1 && q > p-5 && c.toks[q].sent == sent; q-- {
		if c.isPunct(q, "'") || c.isPunct(q, "’") {
			continue // "s'ajoutent"
		}
		if c.toks[q].kind != tWord || c.has(q, catUnit) || c.has(q, catNum) {
			return false
		}
		// a verb of taking down right before the others repeats the act
		// of the figure before: "and advising ISPs to block 1200 others"
		series = series || seriesVerbs[c.toks[q].f] || q == p && removalVerb(c.toks[q].f)
		if c.joinAt(q - 1) {
			return series && c.toks[q-1].sent == sent && !c.joinAt(q)
		}
	}
	return false
}

// seriesVerbs (folded) say that more of the same follow or are added:
// "folgen 45 weitere", "kamen 40 weitere hinzu", "follow 45 others",
// "s'ajoutent 20 autres".
var seriesVerbs = foldedSet("folgen|folgten|folgt|folgte|kamen|kommen|kam|kommt|follow|follows|followed|came|come|suivent|suivirent|suivaient|ajoutent|ajoutaient|siguen|siguieron|seguono|seguirono|seguivano")

// joinAt reports whether token p joins two clauses or list items: "and",
// a comma, the Arabic "و".
func (c *ctx) joinAt(p int) bool {
	f := c.toks[p].f
	return ellipsisConj[f] || c.has(p, catJoin) || f == "و" || c.isPunct(p, ",") || c.isPunct(p, "،")
}

// additionWords say "in addition" before "إلى": "إضافة إلى 30 أخرى".
var additionWords = foldedSet("إضافة|بالإضافة|وإضافة")

// addedWords say that a count adds to a figure before it ("another 20",
// "a further 400", "an additional 15").
var addedWords = map[string]bool{"another": true, "further": true, "additional": true, "weitere": true, "weiteren": true, "otros": true, "otras": true, "altri": true, "altre": true, "ещё": true, "еще": true}

// anotherCount finds the figure a bare count after "another" adds to in
// the same sentence: "it stopped 7.8 million accounts …, while it caught
// another 3.4 million through its proactive tools …, and another 85,600
// were restricted", "sperrte 500 Konten und weitere 200 am Montag". A
// count joined by a conjunction or comma with "more" after it and the
// clause's auxiliary next adds as well: "and 1.2 million more were
// blocked", "e 300 in più sono stati chiusi".
func (c *ctx) anotherCount(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 {
		return -1, false
	}
	k := c.beforeQualifier(i)
	if k == 0 || c.toks[k-1].sent != sent {
		return -1, false
	}
	if c.othersAt(end, sent) {
		// "10 sites and 20 others", "و20 أخرى", "إضافة إلى 30 أخرى"
		if !c.othersJoined(k, sent) {
			return -1, false
		}
	} else if c.relativeAfterJoin(k, end, sent) {
		// "24 demandes …, et 11 qui ne s'y rapportent pas": the relative
		// clause tells of the count joined, whose unit the figure before named
	} else if !addedWords[c.toks[k-1].f] {
		m := c.carryMoreAt(end, sent)
		if m == end || m >= len(c.toks) || c.toks[m].sent != sent || !countAux[c.toks[m].f] {
			return -1, false
		}
		if f := c.toks[k-1].f; !ellipsisConj[f] && !c.isPunct(k-1, ",") {
			return -1, false
		}
	} else if c.noCountAfter(end, sent) {
		return -1, false
	}
	p := len(c.figs) - 1
	f := c.figs[p]
	if f.sent != sent || f.t1 > i || c.claims[f.claim].Unit == "percent" || c.bracketed(f) {
		return -1, false
	}
	for m := f.t1; m < k; m++ {
		if t := &c.toks[m]; t.kind == tNum && !t.used && !c.isYearToken(m) && !c.nameDigit(m) {
			return -1, false
		}
	}
	return p, true
}

// relativeAfterJoin reports whether the bare count from k to end is joined
// to the clause before by "and" or a comma and a subject relative pronoun
// opens a clause right after it: "et 11 qui ne s'y rapportent pas", "and
// 11 that did not", "e 11 che".
func (c *ctx) relativeAfterJoin(k, end, sent int) bool {
	if end+1 >= len(c.toks) || c.toks[end].sent != sent || !subjectRelatives[c.toks[end].f] || c.toks[end+1].sent != sent {
		return false
	}
	if f := c.toks[k-1].f; !ellipsisConj[f] && !c.isPunct(k-1, ",") {
		return false
	}
	// a relative clause in the passive ("and 40 that were created") is
	// read by participleEllipsis, which asks for a takedown participle
	if c.relativePassiveEnd(end, sent) > end {
		return false
	}
	return !c.noCountAfter(end, sent)
}

// nameDigit reports whether the number at m is the small number of a name
// after a capitalised word that does not open the sentence ("Ligue 1",
// "Formule 1", "Top 14", "France 24"), with no unit noun after it: such a
// number counts nothing, and a count after it may still take the unit of
// the figure before it ("101 sites … avant le week-end de Ligue 1 et 3
// autres dimanche").
func (c *ctx) nameDigit(m int) bool {
	t := &c.toks[m]
	if t.kind != tNum || m < 2 || c.toks[m-1].sent != t.sent || c.toks[m-2].sent != t.sent || c.toks[m-1].kind != tWord || c.toks[m-1].sc != scLatin {
		return false
	}
	a, ok := c.parseAmount(m, false)
	if !ok || a.scale != 0 || a.v >= 100 || a.v != float64(int(a.v)) || a.end != m+1 {
		return false
	}
	if !startsUpper(c.rs[c.toks[m-1].s:c.toks[m-1].e]) || c.has(m-1, catMonth) || c.has(m-1, catUnit) {
		return false
	}
	if _, e, _ := c.unitAt(m + 1); e > 0 {
		return false
	}
	return true
}

// clitic pronouns and auxiliaries of the French "en" and Italian "ne"
// that stand for a unit named before: "ils en ont fermé 113 020", "ne
// sono stati chiusi 300".
var (
	enSubjects = map[string]bool{"ils": true, "il": true, "elle": true, "elles": true, "on": true, "nous": true}
	enJoins    = map[string]bool{"et": true, "mais": true, "qui": true}
	neAux      = map[string]bool{"ha": true, "hanno": true, "sono": true, "e": true, "abbiamo": true, "aveva": true, "avevano": true}
	// verbs of counting or listing after "en", whatever its subject:
	// "celle de la Comlot en dénombre plus de soixante", "la liste en compte 60"
	enCountVerbs = map[string]bool{"denombre": true, "denombrent": true, "denombrait": true, "compte": true, "comptent": true, "comptait": true,
		"recense": true, "recensent": true, "recensait": true, "contient": true, "contiennent": true, "contenait": true,
		"repertorie": true, "repertorient": true, "liste": true, "listent": true, "totalise": true}
)

// pronounUnit finds the unit that the French "en" or the Italian "ne"
// before a count's verb stands for: the nearest unit noun before it in the
// sentence ("Après avoir passé au crible des dizaines de milliers de sites
// web, ils en ont fermé 113 020", "dei siti segnalati ne sono stati chiusi
// 300").
func (c *ctx) pronounUnit(i, end, sent int, year bool) (string, bool) {
	if year || c.noCountAfter(end, sent) {
		return "", false
	}
	k := c.beforeQualifier(i)
	m := -1
	for q := k - 1; q > 0 && q >= k-4 && c.toks[q].sent == sent && c.toks[q].kind == tWord; q-- {
		f := c.toks[q].f
		// "ne" before the count's verb and at most one more word: "mentre
		// oggi ne detiene 10.466", "ne elenca ora 140";
		// "en" after "et", "mais": "500 comptes et en a supprimé 300"
		if f == "en" && (enSubjects[c.toks[q-1].f] || enJoins[c.toks[q-1].f] || enCountVerbs[c.toks[q+1].f] && c.clauseEndAt(end, sent)) && q+1 < k || f == "ne" && q+1 < k && (neAux[c.toks[q+1].f] || q+3 >= k) {
			m = q
			break
		}
	}
	if m < 0 {
		return "", false
	}
	for j := m - 1; j >= 0 && j >= m-16 && c.toks[j].sent == sent; j-- {
		if c.toks[j].kind == tNum && !c.toks[j].used {
			return "", false
		}
		if u, e, _ := c.unitAt(j); e > 0 && e <= m && u != "percent" && !contextUnits[u] {
			return u, true
		}
	}
	return "", false
}

// conjunctionOpens reports whether the sentence of token k opens with a conjunction
// that continues the sentence before: "… 215 тысяч фишинговых сайтов. А с
// начала 2024 года - 64 тысячи".
func (c *ctx) conjunctionOpens(k, sent int) bool {
	for k > 0 && c.toks[k-1].sent == sent {
		k--
	}
	if k >= len(c.toks) {
		return false
	}
	switch c.toks[k].f {
	case "а", "и", "and", "et", "und", "y", "e":
		return true
	}
	return false
}

// periodCopulaOpens reports whether the sentence is no more than a time,
// "waren es" or "there were", and the count at k (past hedges): it gives
// the count of the sentence before for another period, "… rund 75.000
// Meldungen. Allein im Jahr 2024 waren es fast 37.000." (held-out batch
// 90). A hedge may open it ("allein", "only").
func (c *ctx) periodCopulaOpens(k, sent int) bool {
	w := k
	for h := 0; h < 2 && w > 1 && hedgeWords[c.toks[w-1].f]; h++ {
		w--
	}
	if !c.expletiveCopulaEndsAt(w) {
		return false
	}
	w -= 2
	j := w
	for j > 0 && c.toks[j-1].sent == sent {
		j--
	}
	for h := 0; h < 2 && j < w && timeHedges[c.toks[j].f]; h++ {
		j++
	}
	return j < w && c.timePhraseAt(j, sent) == w
}

// platformGap finds the figure whose unit a bare count takes when another
// platform's name stands before it as the subject of a clause with its
// verb left out: "Twitter suspended 125,000 accounts; Facebook, 50,000",
// "… and Facebook 50,000", "…, Facebook — 50 тыс.", "… وفيسبوك 50 ألفا".
// The platform follows a semicolon, a comma or "and" (in Arabic a و joined
// to it), and the clause ends after the count.
func (c *ctx) platformGap(i, end, sent int, year bool) (int, bool) {
	if year || i < 2 {
		return 0, false
	}
	if end < len(c.toks) && c.toks[end].sent == sent && c.toks[end].kind != tPunct && !c.nextSubjectAfterJoin(end, sent) {
		return 0, false
	}
	p := i - 1
	if c.isPunct(p, ",") || c.isPunct(p, "-") || c.isPunct(p, ":") {
		p--
	}
	if p < 1 || c.toks[p].sent != sent || c.toks[p].kind != tWord {
		return 0, false
	}
	if !c.has(p, catPlatform) {
		// a person's or a place's name of up to three words, set off by a
		// comma before the count: "…cinco publicaciones; Jorge Luis
		// Preciado, 12 y …"
		n0 := p
		for n0 > 0 && p-n0 < 2 && c.toks[n0-1].sent == sent && c.placeName(n0-1) {
			n0--
		}
		if !c.isPunct(i-1, ",") || !c.placeName(p) || n0 == 0 {
			return 0, false
		}
		p = n0
	}
	// a semicolon may end the sentence of the figure before
	prev := sent
	if c.toks[p].sc != scArabic || !strings.HasPrefix(c.toks[p].f, "و") {
		q := p - 1
		switch {
		case c.isPunct(q, ";"):
			prev = c.toks[q].sent
		case c.toks[q].sent != sent || !(c.isPunct(q, ",") || c.has(q, catJoin)):
			return 0, false
		}
	}
	for f := len(c.figs) - 1; f >= 0; f-- {
		fi := c.figs[f]
		if fi.sent != sent && fi.sent != prev {
			break
		}
		if fi.t1 < p {
			if c.claims[fi.claim].Unit == "percent" {
				return 0, false
			}
			return f, true
		}
	}
	return 0, false
}

// namedGap finds the figure whose unit a bare count takes when a named
// subject (an article and a name in quotes or in capitals) stands before
// it after a comma, with the verb left out, and the count ends the
// sentence: "Letztgenannte Seite hatte über 140.000 Fans, die „Blutgruppe
// HC Negativ“ 68.000", "la page A comptait 140 000 abonnés, la « B » 68
// 000". Nothing between names a unit or a number; the figure is the
// sentence's last, before the comma.
func (c *ctx) namedGap(i, end, sent int, year bool) (int, bool) {
	n := len(c.toks)
	if year || i < 4 || len(c.figs) == 0 || end < n && c.toks[end].sent == sent && !(c.isPunct(end, ".") || c.isPunct(end, ";")) {
		return 0, false
	}
	art := -1
	quoted, named := false, false
	for q := i - 1; q >= 1 && q >= i-8 && c.toks[q].sent == sent; q-- {
		t := &c.toks[q]
		if t.kind == tNum || c.has(q, catUnit) {
			return 0, false
		}
		if t.kind == tPunct {
			if !quoteMarks[t.f] && !quoteMarks[string(c.rs[t.s:t.e])] {
				return 0, false
			}
			quoted = true
			continue
		}
		if gapArticles[t.f] && c.isPunct(q-1, ",") {
			art = q
			break
		}
		named = named || c.capitalised(q)
	}
	if art < 0 || art >= i-1 || !quoted && !named {
		return 0, false
	}
	p := len(c.figs) - 1
	f := c.figs[p]
	if f.sent != sent || f.t1 > art-1 || c.claims[f.claim].Unit == "percent" {
		return 0, false
	}
	for m := f.t1; m < art; m++ {
		if c.toks[m].kind == tNum && !c.toks[m].used {
			return 0, false
		}
	}
	return p, true
}

// gapArticles are the definite articles a gapped named subject opens with.
var gapArticles = map[string]bool{"die": true, "der": true, "das": true, "la": true, "le": true, "les": true, "el": true, "il": true, "lo": true, "the": true}

// nextSubjectAfterJoin reports whether "and" and the next subject of the
// gapped list follow at k, a platform's name or a place's or a person's
// (past an article and a title), so the gapped clause before ends there:
// "Facebook blocked 25,000 accounts, Twitter 307 and YouTube removed 224
// links", "300 sites in Spain; Portugal, 120 and Italy, 90", "Preciado, 12
// y la senadora Paredes, una"; never "950 and 30 people".
func (c *ctx) nextSubjectAfterJoin(k, sent int) bool {
	if !c.has(k, catJoin) {
		return false
	}
	j := k + 1
	for h := 0; h < 2 && j+1 < len(c.toks) && c.toks[j].sent == sent && c.toks[j].kind == tWord &&
		c.toks[j].sc == scLatin && !startsUpper(c.rs[c.toks[j].s:c.toks[j].e]); h++ {
		j++
	}
	return j < len(c.toks) && c.toks[j].sent == sent && c.toks[j].kind == tWord && (c.has(j, catPlatform) || c.placeName(j))
}

// restatedAsRate reports whether the count at k (past its qualifiers) is the
// figure before restated as a rate after a word for "that is": the words
// before k are "or", "ovvero", "ossia", "то есть", "that is", "o sea", and
// what follows the count (up to after) is a rate ("a day", "al giorno").
func (c *ctx) restatedAsRate(k, after, sent int) bool {
	if k < 2 || c.toks[k-1].sent != sent {
		return false
	}
	f := c.toks[k-1].f
	if !orRestates[f] && !orRestates[c.toks[k-2].f+" "+f] {
		return false
	}
	for j := k; j < after; j++ {
		if c.has(j, catRate) {
			return true
		}
	}
	return false
}

// orRestates say that what follows restates the figure before (folded).
var orRestates = map[string]bool{"or": true, "ovvero": true, "ossia": true, "то есть": true, "that is": true, "o sea": true, "यानी": true}

// Verb ellipsis: a second takedown verb whose object, a bare count, leaves
// out the unit the first verb's figure named (verbReferent).

// ellipsisVerb reports whether the word at k is a takedown verb that
// removalVerb does not read: an Arabic one with its wa- joined
// ("وعلقت 300", "وحذفت 300").
func (c *ctx) ellipsisVerb(k int) bool {
	t := &c.toks[k]
	if t.sc != scArabic {
		return false
	}
	f := strings.TrimPrefix(t.f, "و")
	return f != t.f && removalVerb(f) || strings.HasPrefix(f, "علق")
}

// ellipsisTails open a phrase of reason or duration after the count of an
// elliptic takedown verb, which leaves the count without a noun of its
// own: "suspended more than 4,000 over concerns about …", "removed more
// than 314,000 in a day", "and suspended 300 for 24 hours".
var ellipsisTails = map[string]bool{
	"over": true, "for": true, "due": true, "because": true, "amid": true, "after": true, "in": true, "within": true,
	"pour": true, "suite": true, "pendant": true, "wegen": true, "aufgrund": true, "fur": true,
	"por": true, "para": true, "tras": true, "per": true, "dopo": true,
	"за": true, "из-за": true, "после": true, "بسبب": true, "لمدة": true,
}

// ellipsisTailAt reports whether a phrase of reason or duration opens at k:
// a word after its preposition, or a number of a time unit ("for 24
// hours"), never a count of something else.
func (c *ctx) ellipsisTailAt(k, sent int) bool {
	n := k + 1
	if n >= len(c.toks) || c.toks[k].sent != sent || !ellipsisTails[c.toks[k].f] || c.toks[n].sent != sent {
		return false
	}
	if c.toks[n].kind == tNum {
		return n+1 < len(c.toks) && c.toks[n+1].sent == sent && c.hasTime(n+1)
	}
	return c.toks[n].kind == tWord
}

// hiTakedownWords are Hindi takedown verbs and the nouns of action they are
// written with, after their object: "300 निलंबित किए", "300 ब्लॉक किए गए".
var hiTakedownWords = map[string]bool{"निलंबित": true, "हटाए": true, "हटाया": true, "हटा": true, "ब्लॉक": true, "बैन": true, "बंद": true, "डिलीट": true, "प्रतिबंधित": true}

// hiLightVerbs follow a Hindi takedown word as "कर दिया", "करा दिया",
// "हटा दी" do.
var hiLightVerbs = map[string]bool{"कर": true, "करा": true, "करवा": true, "कराया": true, "करवाया": true, "कराए": true, "करवाए": true, "दी": true, "दीं": true, "गईं": true}

// hiVerbAfter reports whether a Hindi takedown verb, with its auxiliaries,
// ends the clause after the bare count ending at end, and "और" stands
// before the count (from k): "1,200 खाते हटाए और 300 निलंबित किए", "और
// 263 को हटा दिया है" with the object marker. "अब
// तक" (so far), with "कुल" (in all) after it, opens such a count as well,
// and an action "on" it ends the clause as the verb does: "242 और लिंक
// ब्लॉक, अब तक 7800 पर गिरी गाज", "अब तक कुल 310 ब्लॉक किए जा चुके हैं"
// (held-out batch 76).
func (c *ctx) hiVerbAfter(k, end, sent int) bool {
	if !c.hiCountOpener(k, sent) || end >= len(c.toks) || c.toks[end].sent != sent {
		return false
	}
	j := end
	switch {
	case hiTakedownWords[c.toks[end].f]:
		j++
	case c.toks[end].f == "को" && c.toks[k-1].f == "और":
		// "316 पोस्ट की पहचान की है और 263 को हटा दिया है": the object
		// marker, then the takedown verb (held-out batch 90)
		j++
		if j >= len(c.toks) || c.toks[j].sent != sent || !hiTakedownWords[c.toks[j].f] {
			return false
		}
		j++
	case c.toks[end].f == "पर" && c.toks[k-1].f != "और":
		// "7800 पर कार्रवाई", "7800 पर गिरी गाज": an action noun within two words
		for j = end + 1; j < len(c.toks) && j <= end+2 && c.toks[j].sent == sent && !hiActionNouns[c.toks[j].f]; j++ {
		}
		if j >= len(c.toks) || c.toks[j].sent != sent || !hiActionNouns[c.toks[j].f] {
			return false
		}
		j++
	default:
		return false
	}
	for j < len(c.toks) && c.toks[j].sent == sent && (hiVerbs[c.toks[j].f] || hiVerbEnds[c.toks[j].f] || hiPerfectWords[c.toks[j].f] || hiLightVerbs[c.toks[j].f]) {
		j++
	}
	return c.clauseEndAt(j, sent)
}

// hiCountOpener reports whether the words before a bare count starting at
// k open a further count of what the clause before took down: "और"
// (and), or "अब तक" (so far) with "कुल" (in all) after it.
func (c *ctx) hiCountOpener(k, sent int) bool {
	if k < 1 || c.toks[k-1].sent != sent {
		return false
	}
	if c.toks[k-1].f == "और" {
		return true
	}
	if c.toks[k-1].f == "कुल" {
		k--
	}
	return k >= 2 && c.toks[k-1].f == "तक" && c.toks[k-2].f == "अब"
}

// hiActionNouns name an action taken on what a count counts: "7800 पर
// कार्रवाई", "पर गिरी गाज" (the axe fell on), "पर एक्शन", "पर प्रतिबंध".
var hiActionNouns = map[string]bool{"कार्रवाई": true, "कार्यवाही": true, "एक्शन": true, "गाज": true, "प्रतिबंध": true, "बैन": true, "रोक": true}

// hiPerfectWords end a Hindi perfect after its verb: "ब्लॉक किए जा चुके
// हैं", "कार्रवाई हो चुकी है".
var hiPerfectWords = map[string]bool{"जा": true, "चुके": true, "चुकी": true, "चुका": true, "हो": true, "हुई": true, "हुए": true, "गिरी": true}

// verbNounBefore finds, when the sentence has no figure before the count,
// the unit noun a takedown verb before v took without a count: the noun
// right before or after that verb, within the sentence, with no other
// count between ("Еще много каналов заблокировали 3 июля, когда …
// удалили больше 314 тысяч").
func (c *ctx) verbNounBefore(v, sent int) (string, bool) {
	for j := v - 1; j >= 0 && j >= v-16 && c.toks[j].sent == sent; j-- {
		if c.toks[j].kind == tNum && !c.toks[j].used {
			return "", false
		}
		u, e, _ := c.unitAt(j)
		if e <= 0 || e > v || u == "percent" || contextUnits[u] {
			continue
		}
		b := j - 1 // the verb before the noun, past a word for many
		if b > 0 && c.toks[b].kind == tWord && manyWords[c.toks[b].f] {
			b--
		}
		if e < v && c.toks[e].kind == tWord && removalVerb(c.toks[e].f) || b >= 0 && c.toks[b].sent == sent && c.toks[b].kind == tWord && removalVerb(c.toks[b].f) {
			return u, true
		}
		return "", false
	}
	return "", false
}

// manyWords stand for a count left unwritten before a unit noun: "blocked
// many channels", "много каналов".
var manyWords = map[string]bool{
	"many": true, "numerous": true, "several": true, "viele": true, "zahlreiche": true, "nombreux": true, "nombreuses": true,
	"muchos": true, "muchas": true, "numerosos": true, "numerosas": true, "molti": true, "molte": true, "numerosi": true, "numerose": true,
	"много": true, "множество": true, "немало": true, "العديد": true, "कई": true,
}
