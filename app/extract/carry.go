package extract

import "strings"

// Bare counts that carry over the unit of the figure before them in a
// series over time, where timeEllipsis finds no shape it knows: a range of
// months or a day word after the count ("luego 2,1 millones entre abril y
// junio, y finalmente 7,4 millones más entre julio y septiembre", "700
// signalements … hier et 1 247 aujourd'hui"), or the year written before
// the count with no comma between ("2022 1.200 Kanäle, 2023 900 und 2024
// nur 300").

// carriedCount finds the figure whose unit a bare count at i..end carries
// over: a comma, a conjunction or a word for "then" stands before the
// count (past "finally", "only" and the like), the count is dated by a
// time phrase after it or a year right before it, nothing but the end of
// the clause or another item of the list follows, and the figure before
// it in the sentence is itself dated. It returns the index in c.figs.
func (c *ctx) carriedCount(i, end, sent int, year bool) (int, bool) {
	// "و1247 اليوم": a day word after the count is no time unit
	if year || len(c.figs) == 0 || c.dayWordAt(end, sent) == end && c.noCountAfter(end, sent) {
		return -1, false
	}
	// the time after the count, past "more" ("7,4 millones más entre julio
	// y septiembre")
	after := end
	if e := c.carryMoreAt(after, sent); e > after {
		after = e
	}
	dated := false
	if e := c.carryTimeAt(after, sent); e > after {
		after, dated = e, true
	} else if after > end {
		return -1, false // "7,4 millones más" alone is no series
	}
	if !c.clauseEndAt(after, sent) && !c.has(after, catJoin) && c.toks[after].f != "و" {
		return -1, false
	}
	k := c.carryHedgesBefore(c.beforeQualifier(i), sent)
	// "2023 900", "im Jahr 2024 nur 300": the year before the count; "а
	// сегодня 1247", "फिर अप्रैल से जून के बीच 21 लाख": a day or a range
	if b := c.carryTimeBefore(k, sent); !dated && b < k {
		k = c.carryHedgesBefore(b, sent)
		dated = true
	}
	if !dated {
		return -1, false
	}
	// what joins the count to the one before: ", luego", ", y finalmente",
	// "et", "und"; "so waren es" after a comma ("…, so waren es ein Jahr
	// später bereits 321")
	if c.expletiveCopulaEndsAt(k) && k >= 3 {
		k -= 2
		if c.toks[k-1].f == "so" && c.toks[k-1].sent == sent {
			k--
		}
	}
	joined := false
	for h := 0; h < 3 && k > 1 && c.toks[k-1].sent == sent; h++ {
		t := &c.toks[k-1]
		if carryThen[t.f] || carryFinally[t.f] || c.has(k-1, catJoin) || t.f == "و" || t.f == "а" || c.isPunct(k-1, ",") || c.isPunct(k-1, "،") {
			joined = true
			k--
			continue
		}
		break
	}
	if !joined {
		return -1, false
	}
	for p := len(c.figs) - 1; p >= 0; p-- {
		f := c.figs[p]
		if f.sent != sent || f.t1 > k {
			return -1, false
		}
		if c.bracketed(f) || c.claims[f.claim].Unit == "percent" {
			continue
		}
		for m := f.t1; m < k; m++ {
			// "on 22 November": the day of a date is no count between
			if t := &c.toks[m]; t.kind == tNum && !t.used && !c.isYearToken(m) && !c.figureAt(m) && !c.inDate(m) {
				return -1, false // another count between
			}
		}
		if !c.datedBefore(k, sent) {
			return -1, false
		}
		return p, true
	}
	return -1, false
}

// carryHedgesBefore returns the first token of the hedges written right
// before the count's first token k ("only", "finally", "a further",
// "weitere", "altri"), or k.
func (c *ctx) carryHedgesBefore(k, sent int) int {
	for h := 0; h < 3 && k > 1 && c.toks[k-1].sent == sent; h++ {
		f := c.toks[k-1].f
		switch {
		case carryHedge(f):
			k--
		case carryArticles[f] && k < len(c.toks) && carryFurther[c.toks[k].f]:
			k-- // "a further 2,959", "un autre"
		default:
			return k
		}
	}
	return k
}

// inDate reports whether token m is part of a date the text writes ("on 22
// November", "le 22 novembre"), or a day number written right before or
// after a month.
func (c *ctx) inDate(m int) bool {
	for _, d := range c.dates {
		if m >= d.t0 && m < d.t1 {
			return true
		}
	}
	sent := c.toks[m].sent
	if m+1 < len(c.toks) && c.toks[m+1].sent == sent && c.has(m+1, catMonth) {
		return true
	}
	if m+2 < len(c.toks) && c.toks[m+2].sent == sent && (c.isPunct(m+1, ".") || c.toks[m+1].f == "de") && c.has(m+2, catMonth) {
		return true
	}
	return m > 0 && c.toks[m-1].sent == sent && c.has(m-1, catMonth)
}

// carryMoreAt returns the token after "more" written after a count ("7,4
// millones más", "7.4 million more", "7,4 millions de plus", "7,4 milioni
// in più"), or k.
func (c *ctx) carryMoreAt(k, sent int) int {
	if k >= len(c.toks) || c.toks[k].sent != sent || c.toks[k].kind != tWord {
		return k
	}
	switch f := c.toks[k].f; {
	case f == "mas" || f == "more" || f == "mehr" || f == "ещё" || f == "еще" || carryOthers[f]:
		return k + 1
	case (f == "de" || f == "in" || f == "di") && k+1 < len(c.toks) && c.toks[k+1].sent == sent && (c.toks[k+1].f == "plus" || c.toks[k+1].f == "piu"):
		return k + 2
	}
	return k
}

// carryTimeAt returns the token after a time phrase at k, or k: the time
// phrases timeEllipsis reads, a range of months ("entre abril y junio",
// "between April and June", "zwischen April und Juni", "с апреля по
// июнь"), or a day word ("aujourd'hui", "yesterday", "heute", "вчера").
func (c *ctx) carryTimeAt(k, sent int) int {
	n := len(c.toks)
	if k >= n || c.toks[k].sent != sent {
		return k
	}
	if e := c.dayWordAt(k, sent); e > k {
		return e
	}
	if e := c.weekdayAt(k, sent); e > k {
		return e
	}
	if e := c.hindiMonthRangeAt(k, sent); e > k {
		return e
	}
	// a range before the time phrases: "с апреля" alone reads as one
	if !carryRangePreps[c.toks[k].f] || k+1 >= n || c.toks[k+1].sent != sent {
		return c.timePhrasesAt(k, sent)
	}
	_, e := c.find(k+1, catMonth, 2)
	if e < 0 || e+1 >= n || c.toks[e].sent != sent {
		return c.timePhrasesAt(k, sent)
	}
	if e < n && c.toks[e].sent == sent && c.isYearToken(e) {
		e++
	}
	if e+1 >= n || c.toks[e].sent != sent || !(c.has(e, catJoin) || toWords[c.toks[e].f] || carryRangeTo[c.toks[e].f]) {
		return c.timePhrasesAt(k, sent)
	}
	_, e2 := c.find(e+1, catMonth, 2)
	if e2 < 0 {
		return c.timePhrasesAt(k, sent)
	}
	if e2 < n && c.toks[e2].sent == sent && c.isYearToken(e2) {
		e2++
	}
	return e2
}

// hindiMonthRangeAt returns the token after a Hindi range of months at k
// ("अप्रैल से जून के बीच", "अप्रैल से जून तक"), or k: the postpositions
// come after the months.
func (c *ctx) hindiMonthRangeAt(k, sent int) int {
	n := len(c.toks)
	if k >= n || c.toks[k].sc != scDevanagari || !c.has(k, catMonth) {
		return k
	}
	_, e := c.find(k, catMonth, 0)
	if e < 0 || e+1 >= n || c.toks[e].sent != sent || c.toks[e].f != "से" {
		return k
	}
	_, e2 := c.find(e+1, catMonth, 0)
	if e2 < 0 {
		return k
	}
	switch {
	case e2+1 < n && c.toks[e2].f == "के" && c.toks[e2+1].f == "बीच":
		return e2 + 2
	case e2 < n && (c.toks[e2].f == "तक" || c.toks[e2].f == "में"):
		return e2 + 1
	}
	return k
}

// carryTimeBefore returns the first token of a time phrase that ends
// right before the count's first token k, or k: a year after its
// prepositions ("2023 900", "im Jahr 2024 nur 300"), a day word ("а
// сегодня 1247"), a range of months ("अप्रैल से जून के बीच 21 लाख") or a
// month ("а в апреле всего 19").
// Hedges between the phrase and the count are passed over.
func (c *ctx) carryTimeBefore(k, sent int) int {
	if k < 2 || c.toks[k-1].sent != sent {
		return k
	}
	if c.isYearToken(k - 1) {
		b := k - 1
		for h := 0; h < 2 && b > 1 && c.toks[b-1].sent == sent && c.toks[b-1].kind == tWord && c.has(b-1, catYearIntro); h++ {
			b--
		}
		return b
	}
	for m := k - 1; m >= 1 && m >= k-6 && c.toks[m].sent == sent; m-- {
		if c.dayWordAt(m, sent) == k || c.hindiMonthRangeAt(m, sent) == k {
			return m
		}
	}
	if b := c.laterPhraseBefore(k, sent); b < k {
		return b // "ein Jahr später bereits 321, danach 351"
	}
	return c.monthLeadBefore(k, sent) // "а в апреле всего 19"
}

// dayWordAt returns the token after a word for a day relative to now at k
// ("aujourd'hui", "today", "yesterday", "ieri", "the following day"), or
// k. The longest one is taken: "في اليوم التالي", not its "اليوم".
// Apostrophes are passed over as relativeTimes compares them.
func (c *ctx) dayWordAt(k, sent int) int {
	var words []string
	e := k
	for m := k; m < len(c.toks) && m < k+5 && c.toks[m].sent == sent; m++ {
		if c.isPunct(m, "'") {
			continue
		}
		if c.toks[m].kind != tWord {
			break
		}
		words = append(words, c.toks[m].f)
		if carryDayWords[strings.Join(words, " ")] {
			e = m + 1
		}
	}
	return e
}

// datedBefore reports whether a time phrase, a month, a year or a day
// word stands in the sentence before token k: the figure the count
// carries from is itself one of a series over time.
func (c *ctx) datedBefore(k, sent int) bool {
	m := k - 1
	for m > 0 && c.toks[m-1].sent == sent {
		m--
	}
	for ; m < k; m++ {
		if c.toks[m].sent != sent {
			continue
		}
		if c.isYearToken(m) || c.has(m, catMonth) || c.dayWordAt(m, sent) > m || c.timePhraseAt(m, sent) > 0 || c.weekdayAt(m, sent) > m {
			return true
		}
	}
	return false
}

// carryHedge reports whether a word may stand between the join and the
// count: "only", "finally", the Russian "ещё" ("и наконец ещё 7,4 млн").
func carryHedge(f string) bool {
	return seriesHedges[f] || carryFinally[f] || carryFurther[f] || carryAlready[f]
}

// carryAlready say a later count of a series had grown by its time: "im
// Januar bereits 120", "in January already 120" (held-out batch 90).
var carryAlready = map[string]bool{"bereits": true, "schon": true, "already": true, "deja": true, "ya": true, "gia": true, "уже": true}

// laterWords place a count after the time of the count before it
// (folded): "ein Jahr später", "danach", "a year later".
var laterWords = map[string]bool{"spater": true, "danach": true, "darauf": true, "anschliessend": true, "later": true, "afterwards": true,
	"thereafter": true, "despues": true, "dopo": true, "позже": true}

// laterArticles stand for "one" before the time unit of a later phrase.
var laterArticles = map[string]bool{"ein": true, "einen": true, "eine": true, "a": true, "un": true, "una": true, "uno": true}

// laterPhraseBefore returns the first token of a time written relative to
// the count before, ending right before k: a later word, and the span it
// follows ("ein Jahr später", "two months later"), or k.
func (c *ctx) laterPhraseBefore(k, sent int) int {
	m := k - 1
	if m < 1 || c.toks[m].sent != sent || !laterWords[c.toks[m].f] {
		return k
	}
	// "ein Jahr", "zwei Monate", "a year": a count of a time unit before it
	if m >= 2 && c.toks[m-1].sent == sent && (yearWords[c.toks[m-1].f] || c.hasTime(m-1)) &&
		(c.toks[m-2].kind == tNum || c.has(m-2, catNum) || laterArticles[c.toks[m-2].f]) {
		return m - 2
	}
	return m
}

// carryFurther add one more count to a series: "a further 2,959",
// "weitere 2.959", "altri 2.959", "otros 2.959"; carryArticles may stand
// before them.
var (
	carryFurther = map[string]bool{
		"further": true, "another": true, "additional": true, "encore": true, "weitere": true, "weiteren": true, "otros": true, "otras": true,
		"altri": true, "altre": true, "ещё": true, "еще": true,
	}
	carryArticles = map[string]bool{"a": true, "un": true, "une": true}
)

// carryThen stand for "then" before the next count of a series: ",
// luego 2,1 millones", "puis 900", "dann 900".
var carryThen = map[string]bool{
	"then": true, "luego": true, "despues": true, "puis": true, "ensuite": true, "dann": true, "danach": true, "poi": true, "quindi": true,
	"потом": true, "затем": true, "ثم": true, "फिर": true,
}

// carryFinally single out the last count of a series: "y finalmente 7,4
// millones más", "et enfin 300", "und schließlich 300".
var carryFinally = map[string]bool{
	"finally": true, "lastly": true, "finalmente": true, "enfin": true, "finalement": true, "schliesslich": true, "schließlich": true, "zuletzt": true,
	"infine": true, "наконец": true, "اخيرا": true,
}

// carryRangePreps open a range of months; carryRangeTo join its ends.
var (
	carryRangePreps = map[string]bool{"entre": true, "between": true, "zwischen": true, "tra": true, "fra": true, "from": true, "de": true, "du": true, "von": true, "desde": true, "da": true, "dal": true, "с": true, "بين": true}
	carryRangeTo    = map[string]bool{"au": true, "bis": true, "al": true, "по": true, "до": true, "و": true, "تك": true}
)

// carryDayWords are days relative to now, as folded words.
var carryDayWords = map[string]bool{
	"today": true, "yesterday": true, "aujourd hui": true, "hier": true, "heute": true, "gestern": true, "hoy": true, "ayer": true,
	"oggi": true, "ieri": true, "сегодня": true, "вчера": true, "اليوم": true, "امس": true, "आज": true, "कल": true,
	// the day after a date: "2,959 the following day", "le lendemain"
	"the following day": true, "the next day": true, "the day after": true, "le lendemain": true, "lendemain": true, "le jour suivant": true,
	"am folgetag": true, "am nachsten tag": true, "am tag darauf": true, "tags darauf": true,
	"al dia siguiente": true, "el dia siguiente": true, "il giorno dopo": true, "il giorno successivo": true, "l indomani": true,
	"на следующий день": true, "на другой день": true, "في اليوم التالي": true, "اليوم التالي": true, "अगले दिन": true,
	// a month named against another holds a rate's words: "respecto al mes
	// anterior", "rispetto al mese precedente", "im Monat zuvor"
	"al mes anterior": true, "al mes pasado": true, "al mes siguiente": true, "al mese precedente": true, "al mese scorso": true,
	"al mese successivo": true, "im monat zuvor": true, "im monat davor": true,
}

// carryOthers are the words for "others", "more" written right after a
// bare count of a series, as carryMoreAt reads "more": "puis 3 autres
// dimanche", "dann 3 weitere am Sonntag", "poi altri 3" is read before;
// anotherCount reads them after a count joined to a figure: "و20 أخرى".
var carryOthers = foldedSet("autres|weitere|weiteren|otros|otras|altri|altre|others|других|अन्य|أخرى")

// esParticipleGender returns 'f' or 'm' for a folded Spanish plural
// participle ("manipuladas", "creados"), 0 for any other word.
func esParticipleGender(f string) byte {
	switch {
	case strings.HasSuffix(f, "adas") || strings.HasSuffix(f, "idas"):
		return 'f'
	case strings.HasSuffix(f, "ados") || strings.HasSuffix(f, "idos"):
		return 'm'
	}
	return 0
}

// esNounGender returns 'f' or 'm' for a folded Spanish plural unit noun
// whose ending tells it ("cuentas", "páginas", "publicaciones"; "usuarios",
// "grupos", "sitios"), 0 when it does not ("canales", "redes").
func esNounGender(f string) byte {
	switch {
	case strings.HasSuffix(f, "as") || strings.HasSuffix(f, "ones"):
		return 'f'
	case strings.HasSuffix(f, "os"):
		return 'm'
	}
	return 0
}

// agreeingUnit finds the unit a bare count carries over when the Spanish
// participle right after it agrees in gender with an earlier figure's
// noun but not with the nearer one it took: "cerca de 2.000 cuentas …,
// casi 500 usuarios falsos … y unas 300 manipuladas desde Irán" counts
// accounts, as "manipuladas" can only be said of "cuentas".
func (c *ctx) agreeingUnit(i, end, sent int, unit string) (string, bool) {
	if end >= len(c.toks) || c.toks[end].sent != sent || c.toks[end].sc != scLatin || startsUpper(c.rs[c.toks[end].s:c.toks[end].e]) {
		return "", false
	}
	g := esParticipleGender(c.toks[end].f)
	if g == 0 {
		return "", false
	}
	taken := false
	for p := len(c.figs) - 1; p >= 0 && c.figs[p].sent == sent; p-- {
		f := c.figs[p]
		if f.ell || f.t1 > i || f.t1 < 1 {
			continue
		}
		u := c.claims[f.claim].Unit
		ng := esNounGender(c.toks[f.t1-1].f)
		if !taken {
			if u != unit {
				continue
			}
			if ng == 0 || ng == g {
				return "", false // the nearer noun agrees, or its gender is unknown
			}
			taken = true
			continue
		}
		if ng == g && u != "" && u != "percent" {
			return u, true
		}
	}
	return "", false
}

// extendedBy finds the figure a bare count after "um" or "by" adds to when
// a participle of extending follows it: what was counted before grew by
// that many more of it ("35 zusätzliche Websites, und im März wurden sie
// nochmal um 40 ergänzt", "die Liste mit 120 Domains wurde um 30
// erweitert", "300 sites were blocked and the list was extended by 50").
// The figure is the last one before it in the sentence, with no other
// count between; -1 if there is none.
func (c *ctx) extendedBy(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 {
		return -1, false
	}
	k := c.beforeQualifier(i)
	if k < 2 || c.toks[k-1].sent != sent || !extendByWords[c.toks[k-1].f] {
		return -1, false
	}
	after := end < len(c.toks) && c.toks[end].sent == sent && extendParticiples[c.toks[end].f]                                   // "um 40 ergänzt"
	before := extendParticiples[c.toks[k-2].f] && (end >= len(c.toks) || c.toks[end].sent != sent || c.toks[end].kind == tPunct) // "extended by 50."
	if !after && !before {
		return -1, false
	}
	p := len(c.figs) - 1
	f := c.figs[p]
	if f.sent != sent || f.t1 > i || c.claims[f.claim].Unit == "percent" {
		return -1, false
	}
	for m := f.t1; m < k; m++ {
		if t := &c.toks[m]; t.kind == tNum && !t.used && !c.isYearToken(m) {
			return -1, false
		}
	}
	return p, true
}

// extendByWords say by how much something grew: "um 40", "by 40"; extendParticiples
// (folded) that a list or a count was extended: "ergänzt", "erweitert",
// "aufgestockt", "extended", "expanded".
var (
	extendByWords     = map[string]bool{"um": true, "by": true}
	extendParticiples = foldedSet("erganzt|erweitert|aufgestockt|extended|expanded|enlarged|augmented")
)

// Gendered pronouns a part is taken "of" ("31 de ellas", "10 di
// queste"): the noun they stand for has their gender.
var (
	feminineParts  = map[string]bool{"ellas": true, "estas": true, "esas": true, "queste": true, "esse": true, "quelle": true, "delle": true}
	masculineParts = map[string]bool{"ellos": true, "estos": true, "esos": true, "questi": true, "essi": true, "quelli": true, "dei": true, "degli": true}
)

// partGenderMismatch reports whether the gendered pronoun of a part
// written from end on ("de ellas", "di questi", "de las cuales") cannot
// stand for the unit noun at j, whose plural ending shows the other
// gender: in "247 páginas webs han retirado contenidos … y 31 de ellas"
// the pages, not the (masculine) contents, are what 31 counts. Nouns whose
// ending shows no gender are never skipped.
func (c *ctx) partGenderMismatch(end, j int) bool {
	fem, masc := false, false
	for p := end; p < len(c.toks) && p <= end+2; p++ {
		f := c.toks[p].f
		if f == "las" && p+1 < len(c.toks) && c.toks[p+1].f == "cuales" {
			fem = true
		} else if f == "los" && p+1 < len(c.toks) && c.toks[p+1].f == "cuales" {
			masc = true
		} else {
			fem = fem || feminineParts[f]
			masc = masc || masculineParts[f]
		}
	}
	if fem == masc || c.toks[j].sc != scLatin {
		return false
	}
	w := c.toks[j].f
	spanish := false
	for p := end; p < len(c.toks) && p <= end+2; p++ {
		switch c.toks[p].f {
		case "ellas", "ellos", "estas", "estos", "esas", "esos", "cuales":
			spanish = true
		}
	}
	if spanish {
		switch {
		case strings.HasSuffix(w, "as"):
			return masc
		case strings.HasSuffix(w, "os"):
			return fem
		}
		return false
	}
	switch {
	case strings.HasSuffix(w, "e"):
		return masc // "pagine", "richieste"
	case strings.HasSuffix(w, "i"):
		return fem // "siti", "contenuti"
	}
	return false
}
