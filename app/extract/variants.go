package extract

import "strings"

// Hindi spelling varies where the sounds do not: the nasal mark is
// written or left out (चैनलों / चैनलो, अकाउंट / अकांउट / अकाउट), ai and e
// are confused in loanwords (चैनल / चेनल), the English "o" is written
// with or without its candra (बॉट / बोट), and a loanword's conjunct is
// written at either consonant or with a nukta or not (चैनल्स / चैन्लस,
// वीडियोज़ / वीडियोज). devKey folds those differences
// away, and devIdx holds every Devanagari lexicon key under its folded
// form, so that a variant finds the entries of the spelling the lexicon
// has.
func devKey(f string) string {
	if !strings.ContainsAny(f, "\u0902\u0901\u0948\u0949\u094D\u093C") {
		return f
	}
	var b strings.Builder
	b.Grow(len(f))
	for _, r := range f {
		switch r {
		case 0x0902, 0x0901, 0x094D, 0x093C: // anusvara, candrabindu, virama, nukta
			continue
		case 0x0948: // ै → े
			r = 0x0947
		case 0x0949: // ॉ → ो
			r = 0x094B
		}
		b.WriteRune(r)
	}
	return b.String()
}

var devIdx = func() map[string][]*entry {
	m := map[string][]*entry{}
	for k, es := range lex.idx {
		if !isDevanagariKey(k) {
			continue
		}
		dk := devKey(k)
		m[dk] = append(m[dk], es...)
	}
	return m
}()

func isDevanagariKey(k string) bool {
	for _, r := range k {
		if r >= 0x0900 && r <= 0x097F {
			return true
		}
	}
	return false
}

// addDevanagariVariants adds the entries whose first token is a spelling
// variant of the Devanagari word f (the exact spelling was looked up
// already).
func (c *ctx) addDevanagariVariants(f string) {
	for _, e := range devIdx[devKey(f)] {
		if e.toks[0] != f {
			c.hits = append(c.hits, hit{e, 0, false})
		}
	}
}

// decimalScale reports whether the scale word at j reads the separator
// sep of the number before it as a decimal one: a Russian scale word for a
// comma or a point ("17,416 млн", "1.2 млн"), a scale word of a language
// with a decimal comma for a comma ("1,500 millones", "2,750 Millionen").
func (c *ctx) decimalScale(j int, sep rune) bool {
	t := &c.toks[j]
	if t.sc == scCyrillic {
		return true
	}
	if sep == '.' && t.sc == scLatin && englishPointScales[t.f] {
		// English writes a decimal point: "1.109 million web links" is
		// 1,109,000; a French or Spanish clause groups thousands with it
		return !c.romanceClause(j)
	}
	if sep != ',' || t.sc != scLatin {
		return false
	}
	if decimalCommaScales[t.f] {
		return true
	}
	// "million(s)" is English and French: "1,143 million depuis le 1er août"
	// is French, "1,500 million accounts" English
	return (t.f == "million" || t.f == "millions") && c.romanceClause(j)
}

// englishClause reports whether the words of the sentence around token j
// are English: some English function words and fewer French, Spanish,
// Italian or German ones.
func (c *ctx) englishClause(j int) bool {
	sent := c.toks[j].sent
	en, other := 0, 0
	for k := max(0, j-30); k < len(c.toks) && k <= j+12; k++ {
		if c.toks[k].sent != sent {
			continue
		}
		switch c.toks[k].f {
		case "the", "and", "of", "to", "for", "from", "with", "by", "were", "was", "has", "have", "had", "that", "which", "its", "over", "been":
			en++
		case "les", "des", "du", "et", "une", "pour", "avec", "dans", "los", "las", "del", "y", "con", "gli", "della", "che", "sono", "der", "die", "das", "und", "von", "mit", "wurden":
			other++
		}
	}
	return en > 0 && en > other
}

// romanceClause reports whether the words of the sentence around token j
// are more French, Spanish or Italian than English, counting function
// words that only one side uses.
func (c *ctx) romanceClause(j int) bool {
	sent := c.toks[j].sent
	rom, en := 0, 0
	for k := j - 1; k >= 0 && k >= j-30 && c.toks[k].sent == sent; k-- {
		switch c.toks[k].f {
		case "les", "des", "du", "et", "au", "aux", "une", "pour", "avec", "dans", "depuis", "sur", "qui", "que", "est", "ont", "ete", "los", "las", "del", "y", "con", "gli", "della", "che", "sono":
			rom++
		case "the", "and", "of", "to", "for", "from", "with", "by", "were", "was", "has", "have", "that", "which", "its":
			en++
		}
	}
	for k := j + 1; k < len(c.toks) && k <= j+12 && c.toks[k].sent == sent; k++ {
		switch c.toks[k].f {
		case "de", "les", "des", "du", "et", "depuis", "pour", "y", "del", "di":
			rom++
		case "of", "the", "and", "in", "from", "since":
			en++
		}
	}
	return rom > en
}

// englishPointScales are the English scale words after which a point
// with three digits is a decimal point.
var englishPointScales = map[string]bool{"million": true, "millions": true, "billion": true, "billions": true}

var decimalCommaScales = map[string]bool{
	"millones": true, "millon": true, "milioni": true, "milione": true, "millionen": true, "mio": true,
	"milliarde": true, "milliarden": true, "miliardo": true, "miliardi": true, "milliard": true, "milliards": true, "mrd": true,
	"mil": true, "mila": true, "tausend": true, "tsd": true, "mille": true,
}

// bracketedName returns the token of the ")" that closes a bracket opened
// at j around one to three words (a name, an acronym: "(YouTube)"; two
// names joined by a slash: "(ISIS/ISIL)"), or -1.
func (c *ctx) bracketedName(j int) int {
	for k := j + 1; k < len(c.toks) && k <= j+4 && c.toks[k].sent == c.toks[j].sent; k++ {
		t := &c.toks[k]
		if t.kind == tPunct {
			if t.f == ")" && k > j+1 {
				return k
			}
			// two names of one group: "(ISIS/ISIL)", "(X/Twitter)"
			if t.f == "/" && k > j+1 && c.toks[k-1].kind == tWord && k+1 < len(c.toks) && c.toks[k+1].kind == tWord {
				continue
			}
			return -1
		}
		if t.kind != tWord || c.isBlocker(k) {
			return -1
		}
	}
	return -1
}
