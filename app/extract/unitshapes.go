package extract

import "strings"

// Words between a count and its unit, and how the unit search reads
// them: articles, participles and adjectives, counter words, ages, times,
// removal objects and purposes, "or" qualifiers, and the units some
// nouns count only in context.

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

// arAdjectiveAt reports whether the word at j is an Arabic relative
// adjective (nisba) after a unit: "موقعًا إلكترونيًّا", "حساب وهمي",
// "حسابات وهمية"; a participle ("قناة متطرفة"), a relative pronoun and any
// unit are no such adjective.
func (c *ctx) arAdjectiveAt(j, sent int) bool {
	if j >= len(c.toks) || c.toks[j].sent != sent || c.toks[j].kind != tWord || c.toks[j].sc != scArabic {
		return false
	}
	if u, e, _ := c.unitAt(j); e > j && u != "" {
		return false
	}
	f := c.toks[j].f
	if f == "التي" || f == "الذي" || f == "اللتي" {
		return false // a relative pronoun opens a clause
	}
	return len([]rune(f)) >= 4 && (strings.HasSuffix(f, "يا") || strings.HasSuffix(f, "ية") || strings.HasSuffix(f, "يه") || strings.HasSuffix(f, "ي"))
}

// counterWords count pieces of whatever the clause names: "шт." (штук),
// "единиц", "Stück".
var counterWords = foldedSet("шт|штук|штуки|единиц|единицы|ед|stuck|stueck")

// counterWordAt returns the token after a counter word at k, and its full
// stop ("93 000 шт."), or k.
func (c *ctx) counterWordAt(k, sent int) int {
	if k >= len(c.toks) || c.toks[k].sent != sent || c.toks[k].kind != tWord || !counterWords[c.toks[k].f] {
		return k
	}
	if k+1 < len(c.toks) && c.isPunct(k+1, ".") && !c.toks[k+1].sp && c.toks[k+1].sent == sent {
		return k + 2
	}
	return k + 1
}
