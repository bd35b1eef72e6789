package extract

import "strings"

// Words and shapes held-out batch 49 showed missing: official reports close
// a count with the span it covers ("during the past eight months"), join a
// participle and an adjective before the unit, write German changes "von N
// auf M", and count subdomains.

// addBatch49Words adds the unit words batch 49 showed missing: subdomains
// blocked are sites, as domains are ("172 dominios y 697 subdominios");
// English and German already read "subdomains" through "domains".
func addBatch49Words(l *lexicon) {
	l.add(entry{cat: catUnit, s: "sites"}, "subdominios|subdominio|sottodomini|sottodominio|поддоменов|поддомена|поддомены|поддомен")
}

// pastSpanWords say "the last" of a span of time: "the past eight
// months", "den letzten acht Monaten", "los últimos ocho meses", "les huit
// derniers mois", "gli ultimi otto mesi", "последние восемь месяцев".
var pastSpanWords = map[string]bool{
	"past": true, "last": true, "previous": true, "preceding": true,
	"vergangenen": true, "letzten": true, "zuruckliegenden": true,
	"derniers": true, "dernieres": true, "ecoules": true, "ecoulees": true, "precedents": true,
	"ultimos": true, "ultimas": true, "pasados": true, "pasadas": true,
	"ultimi": true, "ultime": true, "scorsi": true, "scorse": true,
	"последние": true, "последних": true, "прошедшие": true,
}

// spanLeadWords may open such a span: a preposition and an article.
var spanLeadWords = map[string]bool{
	"during": true, "over": true, "in": true, "within": true, "for": true, "the": true,
	"im": true, "den": true, "wahrend": true, "innerhalb": true, "der": true,
	"au": true, "cours": true, "des": true, "pendant": true, "durant": true, "les": true, "sur": true,
	"en": true, "durante": true, "los": true, "las": true,
	"nel": true, "negli": true, "nei": true, "gli": true, "i": true, "nelle": true, "le": true,
	"за": true, "в": true,
}

// pastSpanAt returns the end of a span of time written with "the last" at
// k ("during the past eight months", "in den letzten 12 Monaten", "au cours
// des huit derniers mois"), or -1. The span needs its "last" word and a
// time unit, with at most one number between or before them, so a count
// of months of its own ("in eight months") is no such span.
func (c *ctx) pastSpanAt(k, sent int) int {
	n := len(c.toks)
	j := k
	for w := 0; w < 4 && j < n && c.toks[j].sent == sent && c.toks[j].kind == tWord && spanLeadWords[c.toks[j].f] && !pastSpanWords[c.toks[j].f]; w++ {
		j++
	}
	num := func(m int) bool {
		if m >= n || c.toks[m].sent != sent {
			return false
		}
		if c.toks[m].kind == tNum {
			return !c.isYearToken(m)
		}
		return c.toks[m].kind == tWord && c.has(m, catNum)
	}
	last := false
	for w := 0; w < 3 && j < n && c.toks[j].sent == sent; w++ {
		switch {
		case c.toks[j].kind == tWord && pastSpanWords[c.toks[j].f] && !last:
			last = true
			j++
		case num(j):
			j++
		case last && c.hasTime(j):
			return j + 1
		default:
			return -1
		}
	}
	return -1
}

// participleBeforeAdjUnit reports whether the word at j, right after the
// count at k, is a participle with one adjective between it and the unit:
// "8,664 terminated terrorist channels", "300 removed fake accounts". The
// adjective is no unit and no word that ends the count's phrase.
func (c *ctx) participleBeforeAdjUnit(j, k, sent int) bool {
	n := len(c.toks)
	t := &c.toks[j]
	if j != k || t.sc != scLatin || t.kind != tWord || j+2 >= n || c.toks[j+2].sent != sent {
		return false
	}
	// right after the count a word that can report a speaker is the
	// participle too: "24,119,797 reported pirate links"
	if !(strings.HasSuffix(t.f, "ed") || strings.HasSuffix(t.f, "ing")) || c.has(j, catBlock) || c.has(j, catAttrAfter) && !strings.HasSuffix(t.f, "ed") {
		return false
	}
	a := &c.toks[j+1]
	if a.sc != scLatin || a.kind != tWord || c.isBlocker(j+1) || c.has(j+1, catNum) {
		return false
	}
	if _, e, _ := c.unitAt(j + 1); e > 0 {
		return false
	}
	u, e, _ := c.unitAt(j + 2)
	return e > 0 && u != "percent"
}

// changeToAuf reports whether "auf" at k is the "to" of a German change
// "von N auf M" ("von drei auf neun Prozent", "von 3 auf 9 Prozent"): the
// two numbers share the unit after the second, as "from 3 to 9 percent"
// does. A bare "auf" after a number ("3 auf 10 Konten" one in three) is
// no such join.
func (c *ctx) changeToAuf(k, sent int) bool {
	if k < 2 || c.toks[k].f != "auf" {
		return false
	}
	for m := k - 2; m >= 0 && m >= k-3; m-- {
		if c.toks[m].sent != sent {
			return false
		}
		if c.toks[m].f == "von" && (c.toks[m+1].kind == tNum || c.startsNumberWordNoArticle(m+1)) {
			return true
		}
	}
	return false
}
