package extract

import "strings"

// deAgentPreps open the agent of a German participle: "von Nutzern
// gemeldete", "vom BKA gesperrte", "durch Telegram gelöschte".
var deAgentPreps = map[string]bool{"von": true, "vom": true, "durch": true}

// deAttrPreps open a phrase of place, time or reason inside a German
// attribute, read as the agent's is: "2575 in einem Zeitraum von sieben
// Wochen gemeldete Einträge", "300 auf Telegram gesperrte Kanäle"
// (held-out batch 90).
var deAttrPreps = map[string]bool{"in": true, "im": true, "auf": true, "bei": true, "beim": true, "aus": true, "innerhalb": true,
	"binnen": true, "seit": true, "nach": true, "wegen": true, "gegen": true, "uber": true}

// attrAgentEnd returns the participle that closes an agent phrase at j,
// right after the count at k, inside a German attribute before the unit
// ("70 von der BPjM (Bundesprüfstelle …) beanstandete Videos", "500 von
// Nutzern gemeldete Beiträge", "300 durch das BKA gesperrte Kanäle"), or
// -1. The phrase holds words and a bracketed name, no number of its own:
// "70 von 100 Videos" is a part of a whole.
func (c *ctx) attrAgentEnd(j, k, sent int) int {
	n := len(c.toks)
	if j != k || j+2 >= n || c.toks[j].sc != scLatin || !deAgentPreps[c.toks[j].f] && !deAttrPreps[c.toks[j].f] {
		return -1
	}
	// a year before a phrase of place or time is a date: "ordneten … 2024
	// in insgesamt elf Fällen die Entfernung … an"
	place := !deAgentPreps[c.toks[j].f]
	if place && c.isYearToken(k-1) {
		return -1
	}
	depth := 0
	for m := j + 1; m < n && m <= j+12 && c.toks[m].sent == sent; m++ {
		t := &c.toks[m]
		switch {
		case c.isPunct(m, "("):
			depth++
			continue
		case c.isPunct(m, ")"):
			if depth == 0 {
				return -1
			}
			depth--
			continue
		case depth > 0:
			continue
		case place && caseWords[t.f]:
			return -1 // "in elf Fällen": occasions, no attribute
		case t.kind != tWord || t.sc != scLatin:
			if t.kind == tPunct && t.f == "-" {
				continue
			}
			return -1
		}
		if deAttrParticiple(c.rs[t.s:t.e], t.f) {
			if _, e, _ := c.unitAt(m + 1); e > 0 && m+1 < n && c.toks[m+1].sent == sent {
				return m
			}
			return -1
		}
	}
	return -1
}

// deAttrParticiple reports whether a German word (folded f, as written w)
// is a past participle inflected as an attribute: lower case, "-te",
// "-ten", "-tes", "-ene", "-enen" and the like ("beanstandete",
// "gemeldeten", "gesperrte", "blockierte", "genommenen").
func deAttrParticiple(w []rune, f string) bool {
	if len(w) < 6 || startsUpper(w) {
		return false
	}
	for _, s := range []string{"te", "ten", "tes", "ter", "tem", "ene", "enen", "enes", "ener", "enem"} {
		if strings.HasSuffix(f, s) {
			return true
		}
	}
	return false
}
