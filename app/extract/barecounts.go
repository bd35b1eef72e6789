package extract

import (
	"strings"
	"unicode"
)

// Bare counts with no unit of their own: the figure or unit they take
// from a list, a bracket, an aside, a total, an alternative or a tally
// named around them.

// followerConjunct reports whether the count starting at k is the second
// conjunct of a count of followers: "and" stands right before it and the
// figure before it in its sentence counts followers, with only a few words
// between ("suivis par 65 500 personnes sur Facebook et 500 personnes sur
// Instagram", "followed by 65,500 people on Facebook and 500 people on
// Instagram"). The people or users it counts follow the same pages.
func (c *ctx) followerConjunct(k int) bool {
	if k < 2 || len(c.figs) == 0 || !c.has(k-1, catJoin) {
		return false
	}
	sent := c.toks[k].sent
	f := c.figs[len(c.figs)-1]
	if f.sent != sent || f.t1 > k-1 || k-1-f.t1 > 4 || c.claims[f.claim].Unit != "followers" {
		return false
	}
	for m := f.t1; m < k-1; m++ {
		if c.toks[m].kind != tWord {
			return false // a comma, a number: another clause or list
		}
	}
	// what follows the count: its people or users, then only a platform's
	// preposition or the end ("500 personnes sur Instagram"), not a verb
	// of a clause of their own ("and 20 people were arrested")
	n := len(c.toks)
	j := k
	for j < n && c.toks[j].sent == sent && (c.toks[j].kind == tNum || c.has(j, catScale)) {
		j++
	}
	if j < n && c.toks[j].sent == sent && c.toks[j].kind == tWord {
		if u, e, _ := c.unitAt(j); e > j && (u == "users" || u == "followers") {
			j = e
		} else if peopleNouns[c.toks[j].f] {
			j++
		}
	}
	return j >= n || c.toks[j].sent != sent || c.toks[j].kind == tPunct || followerPlacePreps[c.toks[j].f]
}

// followerPlacePreps name where the followers of a conjunct follow: "on
// Instagram", "sur Instagram", "en Instagram", "su Instagram", "auf
// Instagram", "в Instagram", "على إنستغرام", "पर".
var followerPlacePreps = foldedSet("on|sur|en|su|auf|bei|в|на|على|في|पर|across")

// germanHave are the German forms of "to have" a count opening its clause
// may be followed by, as an auxiliary of the verb at the clause's end
// ("Mit 8.904 Fällen hat die Beschwerdestelle einen neuen Höchststand an
// berechtigten Beschwerden verzeichnet").
var germanHave = map[string]bool{"hat": true, "haben": true, "hatte": true, "hatten": true}

// restatedNow returns the index in c.figs of the figure a bare count at i
// restates as its level now, in a relative clause right after it: "Discord
// had 140 million active users monthly, which is now over 150 million",
// "…, che ora sono oltre 150 milioni", "…, que ahora son más de 150
// millones". The relative, a copula and a word for now stand before the
// count (a qualifier may come between), and the figure is the last one of
// the sentence; -1 if there is none.
func (c *ctx) restatedNow(i, sent int) int {
	q := c.beforeQualifier(i)
	rel, cop, now := -1, false, false
	for r := q - 1; r >= 0 && r >= q-3 && c.toks[r].sent == sent && c.toks[r].kind == tWord; r-- {
		f := c.toks[r].f
		if relativePronouns[f] {
			rel = r
			break
		}
		cop = cop || copulas[f]
		now = now || nowWords[f]
	}
	if rel < 1 || !cop || !now || !c.isPunct(rel-1, ",") {
		return -1
	}
	p := len(c.figs) - 1
	if p < 0 || c.figs[p].sent != sent || c.claims[c.figs[p].claim].Unit == "percent" {
		return -1
	}
	// the figure ends right before the comma, past a word of rate at most
	// ("140 million active users monthly, which")
	if end := c.figs[p].t1; end > rel-1 || end < rel-3 {
		return -1
	}
	return p
}

// bringVerbs bring a total to a count: "bringing the total to 7,800",
// "portant le total à", "llevando el total a", "portando il totale a".
var bringVerbs = foldedSet("bringing|brings|bring|brought|taking|takes|took|pushing|pushes|raising|raises|lifting|lifts|portant|porte|porta|portando|llevando|lleva|eleva|elevando|elevant|bringt|erhoht")

// bareTotalTo finds the figure whose unit a count carries when it is the
// total a verb brings things to with no unit of its own: "The government
// blocked 242 illegal betting and gaming websites …, bringing the total to
// 7,800 since …". The total is of the things the figure before in the
// sentence counts. It returns the index in c.figs.
func (c *ctx) bareTotalTo(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 {
		return -1, false
	}
	after := end
	if e := c.timePhraseAt(end, sent); e > 0 {
		after = e
	}
	if !c.clauseEndAt(after, sent) && !(after < len(c.toks) && sinceWords[c.toks[after].f]) {
		return -1, false
	}
	k := c.beforeQualifier(i)
	// "bringing the total to", "portant le total à": verb, article, total, to
	if k < 4 || !toWords[c.toks[k-1].f] || !totalNouns[c.toks[k-2].f] || !bringVerbs[c.toks[k-4].f] {
		return -1, false
	}
	for m := k - 4; m < k; m++ {
		if c.toks[m].sent != sent {
			return -1, false
		}
	}
	p := len(c.figs) - 1
	f := c.figs[p]
	if f.sent != sent || f.t1 > k-4 || c.claims[f.claim].Unit == "percent" {
		return -1, false
	}
	for m := f.t1; m < k-4; m++ {
		if t := &c.toks[m]; t.kind == tNum && !t.used && !c.isYearToken(m) && !c.figureAt(m) {
			return -1, false // another count between
		}
	}
	return p, true
}

// restatementEnd returns the token after a bracketed restatement of the
// count a written right before k, in another scale: "9.7 मिलियन (97 लाख)
// से अधिक अकाउंट", "9.7 million (97 lakh) accounts". The bracket holds one
// amount within a twentieth of the count's and nothing else. It returns k
// when there is none.
func (c *ctx) restatementEnd(k int, a amount, sent int) int {
	n := len(c.toks)
	if k+2 >= n || !c.isPunct(k, "(") || c.toks[k+1].sent != sent || c.toks[k+1].kind != tNum {
		return k
	}
	b, ok := c.parseAmount(k+1, false)
	if !ok || b.year || b.end >= n || !c.isPunct(b.end, ")") || a.v <= 0 {
		return k
	}
	if d := b.v - a.v; d > a.v/20 || -d > a.v/20 {
		return k
	}
	return b.end + 1
}

// wordsRestatementEnd returns the end of number words that restate at once
// the count in digits at i ("وصل إلى 4999000 أربع مليون وتسعمائة وتسع
// وتسعون مستخدم", "25 خمسة وعشرين موقعا", "300 three hundred accounts"),
// or a.end when none follow. The digits are the figure: the words are
// the same count spelled out, and when the writer's words come out
// another number ("أربع مليون وتسعمائة" with no thousand), the digits
// still hold. Words whose value is not within half to twice the digits
// are another count, and a year is no count the words restate ("في 2019
// ثلاثة مواقع").
func (c *ctx) wordsRestatementEnd(i int, a amount, sent int) int {
	k := a.end
	if c.toks[i].kind != tNum || a.year || a.v < 2 || k >= len(c.toks) || k != i+1 {
		return a.end
	}
	if t := c.toks[k]; t.sent != sent || t.kind != tWord || !c.startsNumberWord(k) {
		return a.end
	}
	b, ok := c.parseAmount(k, false)
	if !ok || b.year || b.v < a.v/2 || b.v > a.v*2 {
		return a.end
	}
	return b.end
}

// ruDashAt reports whether a dash stands at k in sentence sent.
func (c *ctx) ruDashAt(k, sent int) bool {
	return k >= 0 && k < len(c.toks) && c.toks[k].sent == sent && (c.isPunct(k, "-") || c.isPunct(k, "—") || c.isPunct(k, "–"))
}

// ruElidedCategory returns the figure whose unit a bare count at i carries
// when it ends a Russian list whose noun is left out, a category adjective
// in its place beside a dash: "… 1,4 тысячи единиц суицидального контента
// и 9,7 тысячи - пронаркотического", "112,6 тысячи материалов, а
// суицидальный — 11,1 тысячи". The figure before it in the sentence names
// the things, and the count or its adjective ends the clause. It returns
// the index in c.figs.
func (c *ctx) ruElidedCategory(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 {
		return -1, false
	}
	p := len(c.figs) - 1
	if f := c.figs[p]; f.sent != sent || f.t1 > i || c.claims[f.claim].Unit == "percent" {
		return -1, false
	}
	n := len(c.toks)
	cyrAdj := func(k int) bool {
		return k >= 0 && k < n && c.toks[k].sent == sent && c.toks[k].sc == scCyrillic && ruAdjective(c.toks[k].f)
	}
	// "9,7 тысячи - пронаркотического."
	if c.ruDashAt(end, sent) && cyrAdj(end+1) && c.clauseEndAt(end+2, sent) {
		return p, true
	}
	// "а суицидальный — 11,1 тысячи."
	q := c.beforeQualifier(i)
	if c.ruDashAt(q-1, sent) && cyrAdj(q-2) && q >= 3 && (c.toks[q-3].f == "а" || c.toks[q-3].f == "и") && c.clauseEndAt(end, sent) {
		return p, true
	}
	return -1, false
}

// namedListAhead finds the unit of a bare count that opens a list of
// names each with its count, the unit written once after the last: "hat
// auf Facebook 150, das Verkehrsministerium 141 … und das
// Bundesfamilienministerium 40 Nutzer gesperrt", "mit 1.585 und das
// Auswärtige Amt mit 1.559 blockierten Nutzerkonten". Each item is a comma
// or "and", perhaps an article, one to three capitalised words and
// perhaps "with", then its count.
func (c *ctx) namedListAhead(i, end, sent int, year bool) (string, bool) {
	n := len(c.toks)
	if year {
		return "", false
	}
	j := end
	for items := 0; items < 8; items++ {
		if j >= n || c.toks[j].sent != sent || !(c.isPunct(j, ",") || c.has(j, catJoin)) {
			return "", false
		}
		j++
		if j < n && c.has(j, catJoin) {
			j++ // ", and"
		}
		if j < n && subjectArticles[c.toks[j].f] {
			j++
		}
		w := 0
		for ; w < 3 && j < n && c.toks[j].sent == sent && c.toks[j].kind == tWord && unicode.IsUpper(c.rs[c.toks[j].s]); w++ {
			j++
		}
		if w == 0 {
			return "", false
		}
		if j < n && withWords[c.toks[j].f] {
			j++
		}
		if j >= n || c.toks[j].sent != sent || c.toks[j].kind != tNum || c.isYearToken(j) {
			return "", false
		}
		b, ok := c.parseAmount(j, false)
		if !ok || b.year {
			return "", false
		}
		if u, _, _, ok := c.findUnit(b.end, sent, false); ok {
			if u == "percent" || !takedownUnit(u) && u != "users" {
				return "", false
			}
			return u, true
		}
		j = b.end
	}
	return "", false
}

// butOnly finds the figure a bare count closing its clause is a part of,
// after "but", a verb of taking down and perhaps "only": "уличила 12
// Telegram-каналов …, но заблокировали всего четыре", "found 12 channels,
// but blocked only four", "a identifié 12 chaînes, mais en a bloqué
// quatre". It returns the index in c.figs of the last figure of the
// sentence before the count.
func (c *ctx) butOnly(i, end, sent int, year bool) (int, bool) {
	n := len(c.toks)
	if year || end < n && c.toks[end].sent == sent && c.toks[end].kind != tPunct {
		return -1, false
	}
	k := c.beforeQualifier(i)
	if k > 0 && seriesHedges[c.toks[k-1].f] {
		k--
	}
	v := k - 1
	if v < 1 || c.toks[v].sent != sent || c.toks[v].kind != tWord || !takesDown(c.toks[v].f) {
		return -1, false
	}
	j := v - 1
	for h := 0; h < 2 && j > 0 && c.toks[j].sent == sent && c.toks[j].kind == tWord && !butWords[c.toks[j].f]; h++ {
		j-- // an auxiliary or a pronoun: "mais en a bloqué", "but it blocked"
	}
	if j < 0 || c.toks[j].sent != sent || !butWords[c.toks[j].f] {
		return -1, false
	}
	for p := len(c.figs) - 1; p >= 0; p-- {
		f := c.figs[p]
		if f.sent != sent || f.t1 > j {
			continue
		}
		if u := c.claims[f.claim].Unit; u == "percent" || !takedownUnit(u) {
			return -1, false
		}
		return p, true
	}
	return -1, false
}

// butWords set a clause against the one before: "but", "mais", "но".
var butWords = map[string]bool{"but": true, "mais": true, "aber": true, "pero": true, "ma": true, "но": true, "однако": true, "لكن": true, "ولكن": true}

// bracketNameList finds the unit of a count alone in brackets after a
// capitalised name, in a list of such names set off by commas or "and",
// when the sentence counts with a unit later: "Gesundheitsministerium
// (207), Familienministerium (135), … und am Ende das
// Verkehrsministerium, das nur drei blockierte Twitter-Konten meldet".
func (c *ctx) bracketNameList(i, end, sent int, year bool) (string, bool) {
	n := len(c.toks)
	if year || i < 2 || end >= n || !c.isPunct(i-1, "(") || !c.isPunct(end, ")") || c.toks[end].sent != sent {
		return "", false
	}
	name := i - 2
	if c.toks[name].sent != sent || c.toks[name].kind != tWord || !unicode.IsUpper(c.rs[c.toks[name].s]) {
		return "", false
	}
	// a list: another bracketed count after a comma, or this one after
	// a comma or "and" and a name
	after := end+1 < n && c.toks[end+1].sent == sent && (c.isPunct(end+1, ",") || c.has(end+1, catJoin))
	if !after {
		return "", false
	}
	for j := end + 1; j < n && c.toks[j].sent == sent; j++ {
		if c.isPunct(j-1, "(") || c.toks[j].kind == tPunct {
			continue
		}
		b, ok := c.parseAmount(j, false) // digits or a count word ("drei")
		if !ok || b.year {
			continue
		}
		if u, _, _, ok := c.findUnit(b.end, sent, false); ok && takedownUnit(u) && u != "percent" {
			return u, true
		}
	}
	return "", false
}

// altCountEnds reports whether "or" and a bare count ending the clause
// follow token end: "275 тысяч или 7 миллионов, а также …", "1 200 ou 1
// 500 lundi" does not (a day follows).
func (c *ctx) altCountEnds(end, sent int) bool {
	n := len(c.toks)
	if end+1 >= n || c.toks[end].sent != sent || !orWords[c.toks[end].f] || c.toks[end+1].kind != tNum || c.toks[end+1].sent != sent {
		return false
	}
	b, ok := c.parseAmount(end+1, false)
	if !ok || b.year {
		return false
	}
	if _, e, _ := c.unitAt(b.end); e > 0 {
		return false // "1 200 or 1 500 accounts": a unit of its own
	}
	return c.clauseEndAt(b.end, sent)
}

// altOf finds the figure a bare count right after it and "or" is an
// alternative to, when the clause ends with the count: "— 275 тысяч или 7
// миллионов", "12,000 or 15,000, according to …". It returns the index in
// c.figs.
func (c *ctx) altOf(i, end, sent int, year bool) (int, bool) {
	p := len(c.figs) - 1
	if year || p < 0 || i < 1 || c.figs[p].sent != sent || c.figs[p].t1 != i-1 || !orWords[c.toks[i-1].f] {
		return -1, false
	}
	if u := c.claims[c.figs[p].claim].Unit; u == "percent" || !takedownUnit(u) || !c.clauseEndAt(end, sent) {
		return -1, false
	}
	return p, true
}

// tallyNouns name a day's or period's tally ("значение", "показатель",
// "the figure", "der Wert"); tallyOfWords, right after them (past "по",
// "of", "der"), say the tally is of blocks or removals: "значение по
// блокировкам", "the number of blocks", "der Wert der Sperrungen".
var (
	tallyNouns   = foldedSet("значение|показатель|число|количество|figure|number|tally|count|wert|zahl|chiffre|nombre|cifra|numero|valore")
	tallyOfWords = foldedSet("блокировок|блокировкам|блокировки|удалений|удалениям|blocks|blockings|bans|removals|takedowns|sperrungen|loschungen|blocages|suppressions|bloqueos|eliminaciones|blocchi|rimozioni")
)

// tallyReferent returns the figure a bare count at i takes its unit from
// when its clause names a tally of blocks before it: "Последний раз
// значение по блокировкам больше этого было в феврале - более 490 тыс."
// after "… заблокировала более 402 тыс. каналов и групп". The figure is
// the last count of this or the sentence before (countBefore); -1 when
// no tally is named or there is no figure.
func (c *ctx) tallyReferent(i, sent int) int {
	for j := i - 1; j >= 1 && j >= i-15 && c.toks[j].sent == sent; j-- {
		if !tallyOfWords[c.toks[j].f] {
			continue
		}
		k := j - 1
		if preps := c.toks[k].f; preps == "по" || preps == "of" || preps == "der" || preps == "des" || preps == "de" || preps == "di" || preps == "dei" {
			k--
		}
		if k >= 0 && c.toks[k].sent == sent && tallyNouns[c.toks[k].f] {
			return c.countBefore(sent)
		}
	}
	return -1
}

// sourcePreps say whom a bare count after "and" came from, as the figure
// before it did: "688 بلاغاً من جهات خاصة و92 من أفراد", "688 Meldungen von
// Firmen und 92 von Privatpersonen". The same word must stand between the
// figure and "and", as "de" and "da" are too common to stand alone.
var sourcePreps = map[string]bool{"من": true, "von": true, "from": true}

// containVerbs are verbs of containing (folded) that may follow the count a
// clause opening with "Of the <unit> …," names, where an auxiliary usually
// stands: "Tra i canali bloccati, oltre 950.000 contenevano …".
var containVerbs = map[string]bool{
	"contained": true, "contain": true, "contenevano": true, "contengono": true,
	"contenian": true, "contienen": true, "contenaient": true, "contiennent": true,
	"enthielten": true, "enthalten": true, "содержали": true, "содержат": true,
}

// bracketShareUnit finds the unit of a count of generic units in brackets
// right after a share in percent of what it counts: "Почти 95% контента
// (741,7 тысячи единиц)", "40% of the links (12,400 units)". The count
// restates the share as a number, so it counts the noun the share is of.
func (c *ctx) bracketShareUnit(i, end, sent int, year bool) (string, bool) {
	if year {
		return "", false
	}
	e := end + 1
	if e >= len(c.toks) || !genericCounters[c.toks[end].f] || c.toks[e].sent != sent || !c.isPunct(e, ")") {
		return "", false
	}
	k := c.beforeQualifier(i)
	if k < 3 || !c.isPunct(k-1, "(") || !c.percentIn(k-2, sent) {
		return "", false
	}
	return c.referentBefore(k-1, sent)
}

// shareNouns name a fraction of a whole (folded): "почти половина — 6 млн —".
var shareNouns = map[string]bool{
	"половина": true, "половину": true, "половины": true, "треть": true, "четверть": true,
	"half": true, "third": true, "quarter": true, "meta": true, "terzo": true, "quarto": true,
	"mitad": true, "tercio": true, "moitie": true, "tiers": true, "halfte": true, "drittel": true, "viertel": true,
}

// shareAside finds the whole a count set off by dashes or brackets right
// after a noun of a fraction belongs to: "общее число удаленных ссылок …
// превысило 15 млн, причем почти половина — 6 млн — были удалены", "nearly
// half (2.1 million) were removed". The count is the share written as a
// number, so it counts what the figure before it in the sentence counts.
// It returns the index in c.figs.
func (c *ctx) shareAside(i, end, sent int, year bool) (int, bool) {
	if year || end >= len(c.toks) || c.toks[end].sent != sent || !(c.isPunct(end, "-") || c.isPunct(end, ")")) {
		return -1, false
	}
	k := c.beforeQualifier(i)
	if k < 2 || !(c.isPunct(k-1, "-") || c.isPunct(k-1, "(")) || c.toks[k-2].sent != sent || !shareNouns[c.toks[k-2].f] {
		return -1, false
	}
	for p := len(c.figs) - 1; p >= 0; p-- {
		f := c.figs[p]
		if f.sent != sent {
			break
		}
		if f.t1 <= k-2 && c.claims[f.claim].Unit != "percent" {
			return p, true
		}
	}
	return -1, false
}

// appliedTimes finds a count of requests written as the times an authority
// turned to a company: "российские органы обращались к Google 123 606 раз"
// (Russian "обращаться", "обратиться" before the count, "раз" or "раза"
// after it).
func (c *ctx) appliedTimes(i, end, sent int, year bool) bool {
	if year || end >= len(c.toks) || c.toks[end].sent != sent || (c.toks[end].f != "раз" && c.toks[end].f != "раза") {
		return false
	}
	for j := c.beforeQualifier(i) - 1; j >= 0 && j >= i-8 && c.toks[j].sent == sent; j-- {
		f := c.toks[j].f
		if c.toks[j].kind == tNum || c.toks[j].kind == tPunct && f != "«" && f != "»" {
			return false
		}
		if strings.HasPrefix(f, "обращал") || strings.HasPrefix(f, "обратил") {
			return true
		}
	}
	return false
}

// addedTo finds the figure whose unit a bare count takes when the count is
// the stock the figure before was added to: "12 sites illégaux ont été
// ajoutés aux 180 déjà recensés", "40 channels were added to the 900
// already blocked". A verb of adding and "to (the)", "aux", "a los", "ai"
// come before the count, and "already" right after it.
func (c *ctx) addedTo(i, end, sent int, year bool) (int, bool) {
	if year || end >= len(c.toks) || c.toks[end].sent != sent || !alreadyWords[c.toks[end].f] {
		return -1, false
	}
	k := c.beforeQualifier(i)
	j := k - 1
	for h := 0; h < 2 && j > 0 && c.toks[j].sent == sent && addedToPreps[c.toks[j].f]; h++ {
		j--
	}
	if j == k-1 || j < 0 || c.toks[j].sent != sent {
		return -1, false
	}
	// the verb before the prepositions ("ajoutés aux 180"), or before the
	// figure that ends there ("added 12 sites to the 180")
	verbAt := addVerbs[c.toks[j].f]
	for p := len(c.figs) - 1; p >= 0; p-- {
		f := c.figs[p]
		if f.sent != sent || f.t1 > j+1 {
			continue
		}
		if !verbAt && (f.t1 != j+1 || f.t0 < 1 || !addVerbs[c.toks[f.t0-1].f]) {
			return -1, false
		}
		if u := c.claims[f.claim].Unit; u == "percent" || !takedownUnit(u) {
			return -1, false
		}
		return p, true
	}
	return -1, false
}

// alreadyWords follow a stock counted before: "aux 180 déjà recensés".
var alreadyWords = map[string]bool{"deja": true, "already": true, "ya": true, "gia": true, "bereits": true, "schon": true, "уже": true}

// addedToPreps stand between a verb of adding and the stock it adds to.
var addedToPreps = map[string]bool{"aux": true, "to": true, "the": true, "a": true, "los": true, "las": true, "ai": true, "agli": true, "alle": true, "zu": true, "den": true, "к": true}

// addVerbs add a count to a stock: "ajoutés aux", "added to", "sumados a",
// "aggiunti ai".
var addVerbs = map[string]bool{
	"ajoute": true, "ajoutes": true, "ajoutee": true, "ajoutees": true, "ajoutent": true, "ajoutant": true,
	"added": true, "adds": true, "add": true, "adding": true,
	"anadidos": true, "anadidas": true, "anadido": true, "sumados": true, "sumadas": true, "suman": true,
	"aggiunti": true, "aggiunte": true, "aggiunto": true, "aggiungono": true, "vanno": true,
	"hinzugefugt": true, "fugte": true, "fugten": true, "fugt": true, "kamen": true, "kommen": true,
	"добавлены": true, "добавлено": true, "добавил": true, "добавила": true, "добавили": true,
}

// listItemDashes open the count of an item in a list written as running
// text: "про способы суицида – 2336;".
var listItemDashes = map[string]bool{"–": true, "—": true, "-": true}

// inlineListHead returns the figure a bare count of a list item counts
// the unit of, or -1: a list quoted as running text after a colon, each
// item a category, a dash and its count, the items parted by ";" ("Twitter
// не удалил 2862 материала с запрещённой информацией: про способы суицида
// – 2336; с порнографическими изображениями – 352; … – 174"). The count
// must end its item, items must be parted by ";", and the head's figure
// must end the clause the colon closes.
func (c *ctx) inlineListHead(i, end, sent int, year bool) int {
	if year || i < 3 || c.toks[i-1].kind != tPunct || !listItemDashes[c.toks[i-1].f] || !c.toks[i-1].sp || c.toks[i-2].kind != tWord || c.toks[i-2].sent != sent {
		return -1
	}
	if end < len(c.toks) && c.toks[end].sent == sent && !c.isPunct(end, ";") && !c.isPunct(end, ".") {
		return -1
	}
	colon, semi := -1, c.isPunct(end, ";")
	for j := i - 2; j >= 0 && j >= i-60; j-- {
		t := &c.toks[j]
		semi = semi || c.isPunct(j, ";")
		// the items may be split into sentences at their ";"
		if t.sent != c.toks[j+1].sent && !c.isPunct(j, ";") {
			return -1
		}
		if t.kind == tNum && !(j+1 < i && c.isPunct(j+1, ";") && j > 0 && listItemDashes[c.toks[j-1].f]) {
			return -1 // only the counts of earlier items may stand between
		}
		if t.kind == tPunct && (t.f == "." || t.f == "(" || t.f == ")") {
			return -1
		}
		if c.isPunct(j, ":") {
			colon = j
			break
		}
	}
	if colon < 0 || !semi {
		return -1 // "a по итогам года: Google – 3 тыс." is no list of items
	}
	for p := len(c.figs) - 1; p >= 0; p-- {
		f := c.figs[p]
		if f.sent != c.toks[colon].sent || f.t1 > colon {
			continue
		}
		if colon-f.t1 <= 6 && !f.ell {
			for q := f.t1; q < colon; q++ {
				if c.toks[q].kind == tPunct {
					return -1 // the colon opens a clause of its own
				}
			}
			return p
		}
		return -1
	}
	return -1
}

// tallySubjects are the plural definite articles that open the subject
// of a verbless tally: "le richieste …: 78.140".
var tallySubjects = map[string]bool{"le": true, "gli": true, "les": true, "los": true, "las": true}

// tallySubject finds the unit of a bare count after the colon at colon
// when the sentence is a verbless tally whose subject, a plural article
// and a unit noun, opens it within its first four words, however long
// the clause that follows the subject before the colon: "Molte di più le
// richieste su foto, video e audio che, secondo i detentori del
// copyright, ledono …: 78.140 nel semestre". No number may stand before
// the colon, so that the colon's clause names no figure of its own.
func (c *ctx) tallySubject(colon, sent int) (string, bool) {
	s0 := colon
	for s0 > 0 && c.toks[s0-1].sent == sent {
		s0--
	}
	for j := s0; j < colon; j++ {
		if c.toks[j].kind == tNum {
			return "", false
		}
	}
	for j := s0; j < colon-1 && j <= s0+4; j++ {
		if c.toks[j].kind == tPunct {
			return "", false
		}
		if !tallySubjects[c.toks[j].f] {
			continue
		}
		if u, e, _ := c.unitAt(j + 1); e > 0 && e <= colon && u != "percent" {
			return u, true
		}
		return "", false
	}
	return "", false
}
