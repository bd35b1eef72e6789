package extract

import (
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// Qualifiers and rates written beyond the words right before and after a
// figure: "supprimé plus 1,143 millions" (a bare "plus" after a verb), "un
// promedio diario de 70" (an average with its rate), "200-300 accounts on
// average", "يتجاوز عددها عشرين موقعا" (exceeding, their number), a
// sentence opened by "Im Schnitt" or "Ogni giorno".

// scopeQualRate returns the qualifier and rate of the figure whose number
// starts at token i and whose unit ends at ue, given those found next to
// it; ell is set for a part or an elliptical count.
func (c *ctx) scopeQualRate(i, ue, sent int, unit string, qual app.Qualifier, rate app.Rate, ell bool) (app.Qualifier, app.Rate) {
	if qual == app.QualUpTo && c.levelAfterChange(i) {
		qual = "" // "снизилось на 22%, до 41,5 тысячи": the level reached
	}
	if qual == app.QualMoreThan && c.haveUber(i, sent) {
		qual = "" // "Facebook verfügt über 30 Millionen Nutzer": the verb's preposition, not "over"
	}
	if r, ok := c.averageRateBefore(i); ok {
		qual = app.QualAverage
		if rate == "" {
			rate = r
		}
	}
	if qual == "" {
		qual = c.bareMoreBefore(i)
	}
	if qual == "" && unit == "percent" {
		qual = c.qualBeforeArticle(i)
	}
	if qual == "" {
		qual = c.arCountExceeds(i)
	}
	if qual == "" && c.arSubjectExceeds(i) {
		qual = app.QualMoreThan
	}
	if qual == "" && c.arReachingUpTo(i) {
		qual = app.QualUpTo
	}
	if qual == "" && c.averageAfter(ue, sent) {
		qual = app.QualAverage
	}
	if qual == "" && unit == "percent" && c.averagedRateBefore(i, sent) {
		qual = app.QualAverage
	}
	if rate == "" && !ell {
		rate = c.ruHabitualRate(i, ue, sent)
	}
	if qual == "" {
		qual = c.ruQualBeforePrep(i)
	}
	if !ell && c.firstFigureOf(sent) {
		q, r := c.openingAdverb(i, sent)
		if qual == "" {
			qual = q
		}
		if rate == "" {
			rate = r
		}
	} else if !ell && rate == "" {
		rate = c.joinedOpeningRate(i, sent)
	} else if !ell && qual != app.QualAverage {
		c.shareTrailingRate(i, sent, rate) // an average is of its own count: "300 accounts and on average 20 channels a day"
	}
	if qual == app.QualAverage && unit == "percent" && c.arRateOfChange(i) {
		qual = "" // "ارتفاع معدل الطلبات … بمعدل 125%": the size of a rise, not an average
	}
	return qual, scopeRate(unit, rate)
}

// arChangeNouns are the Arabic nouns of a rise or a fall, folded.
var arChangeNouns = foldedSet("ارتفاع|زيادة|انخفاض|تراجع|نمو|تضاعف|قفزة")

// arRateOfChange reports whether the percentage at i follows "بمعدل" (at
// a rate of) that gives the size of a rise or fall named before it in its
// clause, with no number between: "ارتفاع معدل طلبات الإزالة … بمعدل
// 125%" is a rise of 125 %, not an average of it. "بمعدل 60 قناة يوميا"
// (a count) and "بمعدل 5%" with no change before stay averages.
func (c *ctx) arRateOfChange(i int) bool {
	if i < 2 || c.toks[i-1].f != "بمعدل" {
		return false
	}
	sent := c.toks[i].sent
	for k := i - 2; k >= 0 && k >= i-14 && c.toks[k].sent == sent; k-- {
		t := c.toks[k]
		if t.kind == tNum || t.kind == tPunct && (t.f == ";" || t.f == ":") {
			return false
		}
		if t.kind != tWord || t.sc != scArabic {
			continue
		}
		f := strings.TrimPrefix(t.f, "و")
		if arChangeNouns[f] || arChangeNouns[strings.TrimPrefix(f, "ال")] || arChangeVerb(f) {
			return true
		}
	}
	return false
}

// haveUber reports whether the qualifier before the count at i is the
// German "über" that "verfügen" (to have) governs: "verfügt über 30
// Millionen Nutzer", "verfügt das Netzwerk über 2.000 Kanäle". A
// qualifier after it ("verfügt über mehr als 30 Millionen") is kept.
func (c *ctx) haveUber(i, sent int) bool {
	q := c.beforeQualifier(i)
	if q == i || q+1 != i || c.toks[q].f != "uber" {
		return false
	}
	for k := q - 1; k >= 0 && k >= q-4 && c.toks[k].sent == sent && c.toks[k].kind == tWord; k-- {
		if strings.HasPrefix(c.toks[k].f, "verfug") {
			return true
		}
	}
	return false
}

// firstFigureOf reports whether no figure has been found yet in sentence
// sent.
func (c *ctx) firstFigureOf(sent int) bool {
	return len(c.figs) == 0 || c.figs[len(c.figs)-1].sent != sent
}

// prevSkipQuotes is the index of the token before j, quotation marks
// skipped, or -1.
func (c *ctx) prevSkipQuotes(j int) int {
	k := j - 1
	for k >= 0 && c.toks[k].kind == tPunct && quoteMarks[c.toks[k].f] {
		k--
	}
	return k
}

// openQuoteBefore reports whether a quotation mark opening a quote stands
// right before the number at i, with no space between them: the quote
// begins with the count, and a qualifier before the mark still qualifies
// it ("حذفه أزيد من “385 حساباً و6 صفحات”", "more than "2,000 accounts"").
// A mark after the number's word, closing a quote, is not one.
func (c *ctx) openQuoteBefore(i int) bool {
	q := i - 1
	if q < 1 || c.toks[i].sp || c.toks[q].kind != tPunct || !quoteMarks[c.toks[q].f] || c.toks[q].f == "'" || c.toks[q].f == "”" || c.toks[q].f == "»" {
		return c.toks[i].sp && q >= 1 && c.isPunct(q, "«") // "« 300 comptes »": the French mark stands apart
	}
	return c.toks[q].sp
}

// bareMoreBefore reads the French "plus" and the Spanish "más" written
// with no "de" before a count, right after the verb it counts for:
// "supprimé plus 1,143 millions de comptes", "ha eliminado más 1,2
// millones de cuentas", or after the Spanish "con" (with) of a size:
// "cuenta con más 415 millones de usuarios". After a noun or another count it adds ("3 comptes
// plus 5 chaînes"), and after "en" or "de" it means "besides".
func (c *ctx) bareMoreBefore(i int) app.Qualifier {
	p := i - 1
	if p < 1 || c.toks[p].kind != tWord || c.toks[p].sent != c.toks[i].sent || !bareMore[c.toks[p].f] {
		return ""
	}
	v := c.prevSkipQuotes(p)
	if v < 0 || c.toks[v].kind != tWord || c.toks[v].sc != scLatin || c.toks[v].sent != c.toks[i].sent {
		return ""
	}
	f := c.toks[v].f
	if f == "con" && c.toks[p].f == "mas" {
		return app.QualMoreThan
	}
	if takedownVerb(f) || removalVerb(f) || isParticiple(f, c.rs[c.toks[v].s:c.toks[v].e]) && !c.has(v, catUnit) {
		return app.QualMoreThan
	}
	return ""
}

var bareMore = map[string]bool{"plus": true, "mas": true}

// qualBeforeArticle reads a qualifier written before an indefinite article
// and a percentage: "nearly a 93% increase", "casi un 40 %", "quasi un
// 30%", "más de un 50%".
func (c *ctx) qualBeforeArticle(i int) app.Qualifier {
	p := i - 1
	if p < 1 || c.toks[p].kind != tWord || !indefArticles[c.toks[p].f] || c.toks[p].sent != c.toks[i].sent {
		return ""
	}
	return c.qualBefore(p)
}

var indefArticles = map[string]bool{"a": true, "an": true, "un": true, "una": true, "uno": true}

// averageRateBefore reads an average written with its rate right before a
// number, in either order: "un promedio diario de 70 canales", "une
// moyenne quotidienne de", "a daily average of", "औसतन हर महीने 80 लाख",
// "в среднем в день", "durchschnittlich täglich". It returns the rate and
// whether both were found.
func (c *ctx) averageRateBefore(i int) (app.Rate, bool) {
	sent := c.toks[i].sent
	named := false // every average phrase holds one of averageNouns
	for k := i - 1; k >= 0 && k >= i-6 && c.toks[k].sent == sent && !named; k-- {
		named = averageNouns[c.toks[k].f]
	}
	if !named {
		return "", false
	}
	avg, rate := false, app.Rate("")
	for k := i - 1; k >= 0 && k >= i-6 && c.toks[k].sent == sent && c.toks[k].kind == tWord; k-- {
		f := c.toks[k].f
		if h, e := c.find(k, catRate, 2); e > 0 && e <= i {
			rate = app.Rate(h.e.s)
			continue
		}
		if h, e := c.find(k, catQualBefore, 2); e > 0 && e <= i && h.e.s == string(app.QualAverage) || averageNouns[f] {
			avg = true
			continue
		}
		if r := rateAdjectives[f]; r != "" {
			rate = r
			continue
		}
		if !avgRateFillers[f] && !c.inRatePhrase(k, i) {
			break
		}
	}
	return rate, avg && rate != ""
}

// inRatePhrase reports whether token k is inside a rate phrase that
// starts before it and ends by token i ("हर महीने", "в день").
func (c *ctx) inRatePhrase(k, i int) bool {
	for s := k - 1; s >= 0 && s >= k-2; s-- {
		if _, e := c.find(s, catRate, 2); e > k && e <= i {
			return true
		}
	}
	return false
}

// averageNouns name an average; rateAdjectives an average's rate written
// as an adjective; avgRateFillers the articles and prepositions between.
var (
	averageNouns = map[string]bool{
		"average": true, "moyenne": true, "promedio": true, "media": true, "durchschnitt": true, "durchschnittlich": true, "schnitt": true,
		"среднем": true, "среднее": true, "औसतन": true, "औसत": true, "بمعدل": true, "بمتوسط": true, "معدل": true, "متوسط": true,
		"averaging": true, "averaged": true, "المتوسط": true,
	}
	rateAdjectives = map[string]app.Rate{
		"daily": app.RatePerDay, "quotidienne": app.RatePerDay, "journaliere": app.RatePerDay, "diario": app.RatePerDay, "diaria": app.RatePerDay,
		"giornaliera": app.RatePerDay, "quotidiana": app.RatePerDay, "tagliche": app.RatePerDay, "taglich": app.RatePerDay, "يومي": app.RatePerDay, "दैनिक": app.RatePerDay,
		"monthly": app.RatePerMonth, "mensuelle": app.RatePerMonth, "mensual": app.RatePerMonth, "mensile": app.RatePerMonth, "monatliche": app.RatePerMonth,
		"شهري": app.RatePerMonth, "मासिक": app.RatePerMonth,
	}
	avgRateFillers = map[string]bool{
		"a": true, "an": true, "of": true, "on": true, "une": true, "un": true, "una": true, "de": true, "d": true, "en": true, "di": true, "in": true, "im": true, "в": true,
	}
)

// averageAfter reports whether an average is written after the unit that
// ends at ue, with at most a participle between and no count after it in
// its clause: "200-300 accounts on average", "4 400 signalements reçus en
// moyenne par semaine".
func (c *ctx) averageAfter(ue, sent int) bool {
	k := ue
	if k+1 < len(c.toks) && !averageAfterForms[c.toks[k].f] && averageAfterForms[c.toks[k+1].f] && c.toks[k].kind == tWord && c.toks[k].sc == scLatin && c.participleAt(k) {
		k++
	}
	if k+1 < len(c.toks) && perWords[c.toks[k].f] && c.hasTime(k+1) {
		k += 2 // "30 par seconde en moyenne"
	}
	if k >= len(c.toks) || c.toks[k].sent != sent {
		return false
	}
	h, e := c.find(k, catQualBefore, 2)
	if e < 0 || h.e.s != string(app.QualAverage) || !averageAfterForms[c.toks[k].f] || !c.averageEndsAt(e, sent) {
		return false
	}
	// "…, on average 20 channels a day": the average of the count after it
	for j := e; j < len(c.toks) && j < e+3 && c.toks[j].sent == sent; j++ {
		if c.toks[j].kind == tNum || c.startsNumberWord(j) {
			return false
		}
	}
	return true
}

// participleAt reports whether the Latin word at k reads as a past
// participle, the French ones in -u(e)(s) too ("reçus", "vendues").
func (c *ctx) participleAt(k int) bool {
	f := c.toks[k].f
	if isParticiple(f, c.rs[c.toks[k].s:c.toks[k].e]) {
		return true
	}
	for _, suf := range [...]string{"u", "us", "ue", "ues"} {
		if len(f) > len(suf)+2 && strings.HasSuffix(f, suf) {
			return true
		}
	}
	return false
}

// averageEndsAt reports whether an average phrase ending before token e
// stands alone: no Latin word goes on with it as a noun phrase ("in media
// reports" is no "in media", on average), but a rate, a verb of another
// script, a number or punctuation may follow.
func (c *ctx) averageEndsAt(e, sent int) bool {
	if e >= len(c.toks) || c.toks[e].sent != sent || c.toks[e].kind != tWord || c.toks[e].sc != scLatin {
		return true
	}
	if c.has(e, catRate) || perWords[c.toks[e].f] && c.hasTime(e+1) {
		return true // "en moyenne par semaine"
	}
	// a verb after a clause-opening average: "Im Schnitt landen …"
	r := c.rs[c.toks[e].s]
	return !(r >= 'a' && r <= 'z') || c.germanClause(e)
}

// averageAfterForms are the first words of averages that may follow their
// count ("on average", "en moyenne", "in media", "в среднем").
var averageAfterForms = map[string]bool{"on": true, "en": true, "in": true, "im": true, "в": true, "في": true, "durchschnittlich": true, "औसतन": true}

// openingAdverb reads an average or a rate that opens the sentence and so
// tells about its first figure, however far: "Im Schnitt landen laut
// techcrunch.com 90 Millionen neue Videos täglich", "Ogni giorno gli
// utenti di TikTok pubblicano circa 90 milioni di video", "On average,
// Telegram bans 70 channels". A conjunction may come first.
func (c *ctx) openingAdverb(i, sent int) (app.Qualifier, app.Rate) {
	s := i
	for s > 0 && c.toks[s-1].sent == sent {
		s--
	}
	if s < len(c.toks) && c.toks[s].kind == tWord && openingConj[c.toks[s].f] {
		s++
	}
	s = c.skipOpeningAside(s, i, sent)
	if s >= i || c.toks[s].kind != tWord {
		return "", ""
	}
	// a lone adjective ("Daily Mail", "Average users") opens a noun
	// phrase, not the clause, unless a comma sets it apart; and the
	// figure must be in the clause it opens ("Every day matters, and
	// Telegram removed 300 channels" tells no rate)
	apart := func(e int) bool {
		if !(e-s > 1 || c.isPunct(e, ",") || !openingAdjectives[c.toks[s].f]) {
			return false
		}
		if c.isPunct(e, ",") {
			e++
		}
		for k := e; k < i; k++ {
			if c.isPunct(k, ",") || c.isPunct(k, ";") || c.isPunct(k, ":") || ellipsisConj[c.toks[k].f] {
				return false
			}
		}
		return true
	}
	if h, e := c.find(s, catQualBefore, 2); e > 0 && e < i && h.e.s == string(app.QualAverage) && c.toks[e].kind != tNum && apart(e) && c.averageEndsAt(e, sent) {
		return app.QualAverage, ""
	}
	if h, e := c.find(s, catRate, 2); e > 0 && e < i && c.toks[e].kind != tNum && c.toks[s].f != "a" && c.toks[s].f != "per" && apart(e) {
		return "", app.Rate(h.e.s)
	}
	return "", ""
}

var openingAdjectives = map[string]bool{
	"daily": true, "monthly": true, "average": true, "averaging": true, "averaged": true, "diarios": true, "diarias": true,
	"मासिक": true, "औसत": true, "متوسط": true, "معدل": true,
}

var openingConj = map[string]bool{"and": true, "but": true, "et": true, "mais": true, "y": true, "pero": true, "e": true, "ma": true, "und": true, "aber": true, "и": true, "но": true, "а": true, "और": true, "لكن": true}

// ruQualBeforePrep reads a Russian qualifier written before the
// preposition of its count: "Примерно на 70 страницах" (on about 70
// pages), "почти из 300 каналов".
func (c *ctx) ruQualBeforePrep(i int) app.Qualifier {
	p := i - 1
	if p < 1 || c.toks[p].sc != scCyrillic || !ruPreps[c.toks[p].f] || c.toks[p-1].sc != scCyrillic {
		return ""
	}
	return c.qualBefore(p)
}

var ruPreps = map[string]bool{"на": true, "по": true, "из": true, "для": true, "от": true, "со": true, "ко": true, "в": true, "с": true, "к": true}

// levelAfterChange reports whether the "до" before the number at i gives
// the level a change in percent reached, not a bound: "снизилось на 22%,
// до 41,5 тысячи", "выросло на 1235% — до более чем 93 тыс.".
func (c *ctx) levelAfterChange(i int) bool {
	p := i - 1
	for p > 0 && c.toks[p].kind == tWord && c.has(p, catQualBefore) && !toWords[c.toks[p].f] {
		p-- // "до более чем 93"
	}
	if p < 1 || c.toks[p].f != "до" {
		return false
	}
	q := p - 1
	for q > 0 && c.toks[q].kind == tPunct && (c.toks[q].f == "," || c.toks[q].f == "—" || c.toks[q].f == "–" || c.toks[q].f == "-") {
		q--
	}
	if q < 2 || c.toks[q].sent != c.toks[i].sent || !c.isPercentSign(q) {
		return false
	}
	return c.toks[q-1].kind == tNum && c.toks[q-2].f == "на"
}

// isPercentSign reports whether token k is a per cent sign or word.
func (c *ctx) isPercentSign(k int) bool {
	u, e, _ := c.unitAt(k)
	return e > 0 && u == "percent"
}

// arCountExceeds reads an Arabic verb of exceeding or of falling short,
// written before "its number" and then the count: "يتجاوز عددها عشرين
// موقعا" (their number exceeds twenty sites), "يزيد عددهم على 300",
// "يقل عددها عن 50"; up to three words may name what "عدد" counts: "زاد
// عدد متابعيه عن مليون", "تجاوز عدد متابعي الصفحة 500 ألف". "زاد عدد
// الحسابات إلى 300" (rose to) is none.
func (c *ctx) arCountExceeds(i int) app.Qualifier {
	p := i - 1
	if p >= 1 && c.toks[p].sc == scArabic && (c.toks[p].f == "علي" || c.toks[p].f == "عن") {
		p--
	}
	for w := 0; w < 3 && p >= 1 && c.toks[p].sent == c.toks[i].sent && c.toks[p].kind == tWord && c.toks[p].sc == scArabic && !arCountNoun(c.toks[p].f) && !arCountedStops[c.toks[p].f]; w++ {
		p--
	}
	if p < 1 || c.toks[p].sc != scArabic || !arCountNoun(c.toks[p].f) || c.toks[p-1].sent != c.toks[i].sent {
		return ""
	}
	v := c.toks[p-1].f
	switch {
	case arLessVerbs[v]:
		return app.QualUpTo
	case arMoreVerbs[v] || exceedVerb(v):
		return app.QualMoreThan
	}
	return ""
}

// arSubjectExceeds reads an Arabic verb of exceeding that opens its
// clause, with its subject between it and the count: "وتجاوزت الطلبات
// التي قدمتها الشركة 500 ألف رابط" (the requests exceeded 500,000
// links). Only words stand between, at most six, none a preposition that
// makes the verb mean to pass over ("تجاوز عن").
func (c *ctx) arSubjectExceeds(i int) bool {
	sent := c.toks[i].sent
	for k := i - 2; k >= 0 && k >= i-7 && c.toks[k].sent == sent; k-- {
		t := c.toks[k+1]
		if t.kind != tWord || t.sc != scArabic || t.f == "عن" {
			return false
		}
		v := c.toks[k]
		if v.kind != tWord || v.sc != scArabic {
			return false
		}
		f := strings.TrimPrefix(v.f, "و")
		if !strings.HasPrefix(f, "تجاوز") && !strings.HasPrefix(f, "يتجاوز") && !strings.HasPrefix(f, "تتجاوز") {
			continue
		}
		// the verb opens its clause: the sentence's start or a mark before it
		return k == 0 || c.toks[k-1].sent != sent || c.toks[k-1].kind == tPunct
	}
	return false
}

// arReachingUpTo reads the Arabic present "reaching" before a count as up
// to: "بنسبة تصل إلى 44.2%" (at a share reaching 44.2%), "تصل حتى 300
// قناة". After a verb of change, or with the "li" of purpose, it is the
// level reached ("ارتفع الآن ليصل إلى 2.5 مليون": rose to reach).
func (c *ctx) arReachingUpTo(i int) bool {
	if i < 3 || c.toks[i-1].sc != scArabic || c.toks[i-2].sc != scArabic || c.toks[i-3].sent != c.toks[i].sent {
		return false
	}
	if f := c.toks[i-1].f; f != "الي" && f != "حتي" {
		return false
	}
	if f := c.toks[i-2].f; f != "تصل" && f != "يصل" {
		return false
	}
	return !arChangeVerb(c.toks[i-3].f)
}

// arChangeVerb reports whether f is an Arabic verb of rising or falling.
func arChangeVerb(f string) bool {
	for _, stem := range [...]string{"ارتفع", "انخفض", "زاد", "تراجع", "قفز", "نما", "ازداد"} {
		if strings.HasPrefix(strings.TrimPrefix(f, "و"), stem) {
			return true
		}
	}
	return false
}

// arCountNoun reports whether f is عدد ("number") with a possessive
// suffix, or alone.
func arCountNoun(f string) bool {
	switch f {
	case "عدد", "عددها", "عددهم", "عدده", "عددهن", "وعددها", "وعددهم":
		return true
	}
	return false
}

// arCountedStops end the words of what "عدد" counts: a change's "إلى".
var arCountedStops = foldedSet("إلى|حتى|بنسبة|بنحو|من|في")

var (
	arMoreVerbs = map[string]bool{"يزيد": true, "تزيد": true, "زاد": true, "زادت": true, "يربو": true}
	arLessVerbs = map[string]bool{"يقل": true, "تقل": true}
)

// Qualifier words this file's rules add to the lexicon: "quelques" before a
// number (a common spelling of the adverb "quelque", about), the Arabic
// bare "أقل" (less) before a count, and
// the Russian "с лишним", "с небольшим" (and a bit more) after one.
func init() {
	lex.add(entry{cat: catQualBefore, s: string(app.QualAbout)}, "quelques")
	lex.add(entry{cat: catQualBefore, s: string(app.QualUpTo)}, "اقل")
	lex.add(entry{cat: catQualAfter, s: string(app.QualMoreThan)}, "с лишним|с лишком|с небольшим|с гаком")
}

// andSomeAt reads "and a few more" written between a count and its unit,
// and returns the token after it, or -1: "300-plus channels", "300-odd
// channels", "300 et quelques chaînes", "300 y pico canales", "300 e passa
// canali", "300 с лишним каналов", "300 ونيف قناة". The count is more than
// its number. A number after the words makes them an addition ("300 plus
// 20 channels").
func (c *ctx) andSomeAt(k, sent int) int {
	for _, p := range andSomePhrases {
		e := k
		for _, w := range p {
			for e < len(c.toks) && c.isPunct(e, "-") && w != "-" {
				e++
			}
			if e >= len(c.toks) || c.toks[e].f != w || c.toks[e].sent != sent {
				e = -1
				break
			}
			e++
		}
		if e < 0 {
			continue
		}
		if e < len(c.toks) && c.toks[e].sent == sent && (c.toks[e].kind == tNum || c.startsNumberWordNoArticle(e)) {
			return -1
		}
		return e
	}
	return -1
}

var andSomePhrases = [][]string{
	{"plus"}, {"odd"}, {"et", "quelques"}, {"y", "pico"}, {"e", "passa"}, {"с", "лишним"}, {"с", "лишком"}, {"с", "небольшим"}, {"с", "гаком"},
	{"ونيف"}, {"و", "نيف"},
}

// averagedVerbs say that a rate named after them is an average;
// averagedRateNouns name the rate a percentage gives.
var (
	averagedVerbs     = map[string]bool{"averaged": true, "averaging": true, "averages": true}
	averagedRateNouns = map[string]bool{"rate": true, "share": true, "proportion": true}
)

// averagedRateBefore reports whether the percentage at token i gives a
// rate named after "averaged", with "of" or a bracket between and at most
// three words before the rate noun: "averaged a removal rate of 82%",
// "averaged the lowest removal rate (82%)".
func (c *ctx) averagedRateBefore(i, sent int) bool {
	k := i - 1
	if k < 1 || c.toks[k].sent != sent || !(c.toks[k].f == "of" || c.isPunct(k, "(")) {
		return false
	}
	k--
	if c.toks[k].sent != sent || !averagedRateNouns[c.toks[k].f] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4 && c.toks[j].sent == sent && c.toks[j].kind == tWord; j-- {
		if averagedVerbs[c.toks[j].f] {
			return true
		}
	}
	return false
}
