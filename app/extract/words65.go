package extract

import (
	"strings"
	"unicode"
)

// arrestCountries reports whether the count at i is of the countries in
// which people were arrested, in a sentence that takes nothing down ("In
// 47 Ländern wurden Nutzer … festgenommen"): no takedown figure.
func (c *ctx) arrestCountries(i int, unit string, sent int) bool {
	return unit == "countries" && c.inBefore(i, sent) && c.sentenceHas(sent, harmStem) && !c.sentenceHas(sent, takesDown)
}

// storedCount reports whether a count of unit is what a database holds,
// in a sentence that takes nothing down ("4 963 Video- und Audiodateien
// gespeichert"): no takedown figure.
func (c *ctx) storedCount(unit string, sent int) bool {
	return takedownUnit(unit) && c.storedIn(sent) && !c.sentenceHas(sent, takesDown)
}

// storedIn reports whether sentence sent says something is stored, not in
// a relative clause ("872 web addresses that stored … manuals": the sites
// held the manuals, and were reported).
func (c *ctx) storedIn(sent int) bool {
	for j := range c.toks {
		t := &c.toks[j]
		if t.sent == sent && t.kind == tWord && storedWord(t.f) && (j == 0 || !relativePronouns[c.toks[j-1].f]) {
			return true
		}
	}
	return false
}

// inBefore reports whether a locative "in" stands before the count at i
// ("In 47 Ländern", "dans 29 pays", "в 12 странах"): the countries are
// where something happened, not where people came from.
func (c *ctx) inBefore(i, sent int) bool {
	k := c.beforeQualifier(i)
	return k > 0 && c.toks[k-1].sent == sent && casesInPreps[strings.TrimPrefix(c.toks[k-1].f, "و")]
}

// ownWith reports whether the count at i follows "with" and a possessive:
// "mit seinen 19 Accounts", "with its 9 accounts", "avec ses 7 comptes"
// count what the subject runs, not what it took down.
func (c *ctx) ownWith(i, sent int) bool {
	k := c.beforeQualifier(i)
	if k < 2 || c.toks[k-1].sent != sent || c.toks[k-2].sent != sent {
		return false
	}
	return ownPossessives[c.toks[k-1].f] && withWords[c.toks[k-2].f]
}

// ownPossessives are the possessives after "with" (withWords) that make
// the count the subject's own.
var ownPossessives = map[string]bool{
	"seinen": true, "ihren": true, "seinem": true, "ihrem": true, "its": true, "their": true, "his": true, "her": true,
	"ses": true, "leurs": true, "sus": true, "suoi": true, "sue": true, "своими": true, "его": true, "ее": true, "их": true,
}

// sentenceHas reports whether a word of sentence sent satisfies is.
func (c *ctx) sentenceHas(sent int, is func(string) bool) bool {
	for j := range c.toks {
		if t := &c.toks[j]; t.sent == sent && t.kind == tWord && is(t.f) {
			return true
		}
	}
	return false
}

// takesDown reports whether a folded word is a verb of taking down or
// flagging, also with the Arabic "و" joined to it ("وحجبت").
func takesDown(f string) bool {
	return takedownVerb(f) || removalVerb(f) || removalVerb(strings.TrimPrefix(f, "و"))
}

// storedWord reports whether a folded word says something is stored or
// archived: "gespeichert", "stored", "stockées", "archiviati",
// "almacenados", "хранятся".
func storedWord(f string) bool {
	return hasAnyPrefix(f, storedStems)
}

var storedStems = []string{"gespeichert", "stored", "stocke", "archiviat", "almacenad", "хранят", "хранит", "хранил"}

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
