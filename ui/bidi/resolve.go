package bidi

import (
	"unicode"

	xbidi "golang.org/x/text/unicode/bidi"
)

// This file resolves embedding levels for one paragraph following UAX #9
// (rules W1–W7, N0–N2, I1–I2). golang.org/x/text/unicode/bidi supplies the
// character classes and bracket properties, but its Paragraph API neither
// exposes levels nor reorders runs (Order returns runs in logical order) and
// its Line method forgets the paragraph direction, so the rules are applied
// here. Explicit embeddings and overrides (LRE, RLE, LRO, RLO, PDF) are
// ignored as if removed (rule X9) and isolates (LRI, RLI, FSI, PDI) are
// treated as other neutrals: notices are plain text, and a hostile file must
// not be able to flip the display of the reporter's own words.

type class = xbidi.Class

func classOf(r rune) class {
	p, _ := xbidi.LookupRune(r)
	return p.Class()
}

// removedByX9 reports classes that take no part in level resolution.
func removedByX9(c class) bool {
	switch c {
	case xbidi.BN, xbidi.LRE, xbidi.RLE, xbidi.LRO, xbidi.RLO, xbidi.PDF:
		return true
	}
	return false
}

func isIsolateControl(c class) bool {
	switch c {
	case xbidi.LRI, xbidi.RLI, xbidi.FSI, xbidi.PDI:
		return true
	}
	return false
}

// firstStrong returns the direction of the first strong character (rules P2,
// P3) and whether there is one.
func firstStrong(runes []rune) (rtl, found bool) {
	for _, r := range runes {
		switch classOf(r) {
		case xbidi.L:
			return false, true
		case xbidi.R, xbidi.AL:
			return true, true
		}
	}
	return false, false
}

// strongDir maps a resolved type to L or R for rules N0 and N1, where
// European and Arabic numbers count as R. ok is false for neutrals.
func strongDir(c class) (d class, ok bool) {
	switch c {
	case xbidi.L:
		return xbidi.L, true
	case xbidi.R, xbidi.AL, xbidi.EN, xbidi.AN:
		return xbidi.R, true
	}
	return 0, false
}

func isNI(c class) bool {
	switch c {
	case xbidi.B, xbidi.S, xbidi.WS, xbidi.ON:
		return true
	}
	return false
}

// resolveLevels returns the embedding level of every rune of one paragraph
// before line breaking (rule L1 is applied per line, later).
func resolveLevels(runes []rune, rtl bool) []uint8 {
	var base uint8
	e := xbidi.L
	if rtl {
		base, e = 1, xbidi.R
	}
	levels := make([]uint8, len(runes))

	// Compact the sequence: X9 removes formatting characters.
	idx := make([]int, 0, len(runes))
	for i, r := range runes {
		if !removedByX9(classOf(r)) {
			idx = append(idx, i)
		}
	}
	n := len(idx)
	t := make([]class, n)
	orig := make([]class, n)
	for k, i := range idx {
		c := classOf(runes[i])
		if isIsolateControl(c) {
			c = xbidi.ON
		}
		t[k], orig[k] = c, c
	}
	sos, eos := e, e

	// W1: non-spacing marks take the type of what precedes them.
	for k := range t {
		if t[k] == xbidi.NSM {
			if k == 0 {
				t[k] = sos
			} else {
				t[k] = t[k-1]
			}
		}
	}
	// W2: European numbers after an Arabic letter are Arabic numbers.
	last := sos
	for k, c := range t {
		switch c {
		case xbidi.L, xbidi.R, xbidi.AL:
			last = c
		case xbidi.EN:
			if last == xbidi.AL {
				t[k] = xbidi.AN
			}
		}
	}
	// W3
	for k, c := range t {
		if c == xbidi.AL {
			t[k] = xbidi.R
		}
	}
	// W4: a single separator between two numbers of the same kind joins them.
	for k := 1; k+1 < n; k++ {
		switch t[k] {
		case xbidi.ES:
			if t[k-1] == xbidi.EN && t[k+1] == xbidi.EN {
				t[k] = xbidi.EN
			}
		case xbidi.CS:
			if t[k-1] == xbidi.EN && t[k+1] == xbidi.EN {
				t[k] = xbidi.EN
			} else if t[k-1] == xbidi.AN && t[k+1] == xbidi.AN {
				t[k] = xbidi.AN
			}
		}
	}
	// W5: terminators (%, currency signs) next to a European number join it.
	for k := 0; k < n; {
		if t[k] != xbidi.ET {
			k++
			continue
		}
		j := k
		for j < n && t[j] == xbidi.ET {
			j++
		}
		if (k > 0 && t[k-1] == xbidi.EN) || (j < n && t[j] == xbidi.EN) {
			for m := k; m < j; m++ {
				t[m] = xbidi.EN
			}
		}
		k = j
	}
	// W6
	for k, c := range t {
		switch c {
		case xbidi.ES, xbidi.ET, xbidi.CS:
			t[k] = xbidi.ON
		}
	}
	// W7: European numbers in left-to-right context are L.
	last = sos
	for k, c := range t {
		switch c {
		case xbidi.L, xbidi.R:
			last = c
		case xbidi.EN:
			if last == xbidi.L {
				t[k] = xbidi.L
			}
		}
	}

	resolveBrackets(runes, idx, t, orig, e, sos)

	// N1, N2: neutrals take the direction of the text around them if both
	// sides agree, otherwise the embedding direction.
	for k := 0; k < n; {
		if !isNI(t[k]) {
			k++
			continue
		}
		j := k
		for j < n && isNI(t[j]) {
			j++
		}
		before, after := sos, eos
		if k > 0 {
			before, _ = strongDir(t[k-1])
		}
		if j < n {
			after, _ = strongDir(t[j])
		}
		d := e
		if before == after {
			d = before
		}
		for m := k; m < j; m++ {
			t[m] = d
		}
		k = j
	}

	// I1, I2
	for k, i := range idx {
		lv := base
		switch {
		case base%2 == 0 && t[k] == xbidi.R:
			lv++
		case base%2 == 0 && (t[k] == xbidi.AN || t[k] == xbidi.EN):
			lv += 2
		case base%2 == 1 && (t[k] == xbidi.L || t[k] == xbidi.EN || t[k] == xbidi.AN):
			lv++
		}
		levels[i] = lv
	}
	// Removed characters sit with whatever precedes them.
	prev := base
	k := 0
	for i := range runes {
		if k < n && idx[k] == i {
			prev = levels[i]
			k++
			continue
		}
		levels[i] = prev
	}
	return levels
}

// resolveBrackets applies rule N0: a matched pair of brackets takes the
// direction of the text it encloses, so "(Deep Web)" inside Arabic keeps
// both its parentheses on the outside of the Latin words.
func resolveBrackets(runes []rune, idx []int, t, orig []class, e, sos class) {
	type pair struct{ open, close int }
	var pairs []pair
	type opener struct {
		want rune
		pos  int
	}
	var stack []opener
	for k, i := range idx {
		if t[k] != xbidi.ON {
			continue
		}
		r := runes[i]
		p, _ := xbidi.LookupRune(r)
		if !p.IsBracket() {
			continue
		}
		if p.IsOpeningBracket() {
			m, ok := mirrorOf(r)
			if !ok {
				continue
			}
			if len(stack) == 63 { // BD16: stop at overflow
				break
			}
			stack = append(stack, opener{m, k})
			continue
		}
		for s := len(stack) - 1; s >= 0; s-- {
			if stack[s].want == r {
				pairs = append(pairs, pair{stack[s].pos, k})
				stack = stack[:s]
				break
			}
		}
	}
	// Pairs must be handled in order of their opening brackets.
	for a := 1; a < len(pairs); a++ {
		for b := a; b > 0 && pairs[b].open < pairs[b-1].open; b-- {
			pairs[b], pairs[b-1] = pairs[b-1], pairs[b]
		}
	}
	opposite := xbidi.R
	if e == xbidi.R {
		opposite = xbidi.L
	}
	for _, pr := range pairs {
		foundE, foundOpp := false, false
		for k := pr.open + 1; k < pr.close; k++ {
			if d, ok := strongDir(t[k]); ok {
				if d == e {
					foundE = true
					break
				}
				foundOpp = true
			}
		}
		var d class
		switch {
		case foundE:
			d = e
		case foundOpp:
			ctx := sos
			for k := pr.open - 1; k >= 0; k-- {
				if s, ok := strongDir(t[k]); ok {
					ctx = s
					break
				}
			}
			d = e
			if ctx == opposite {
				d = opposite
			}
		default:
			continue
		}
		for _, k := range []int{pr.open, pr.close} {
			t[k] = d
			for m := k + 1; m < len(t) && orig[m] == xbidi.NSM; m++ {
				t[m] = d
			}
		}
	}
}

// isSpace reports runes at which a line may break and that hang at the end
// of a line. No-break space (class CS) is deliberately not one of them.
func isSpace(r rune) bool {
	switch classOf(r) {
	case xbidi.WS, xbidi.S, xbidi.B:
		return true
	}
	return r == '\t'
}

// isMark reports runes that belong to the cluster of the rune before them.
func isMark(r rune) bool {
	if r < 0x0300 { // no marks below the combining diacritics
		return false
	}
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) {
		return true
	}
	switch {
	case r == 0x200C || r == 0x200D: // ZWNJ, ZWJ
		return true
	case r >= 0xFE00 && r <= 0xFE0F: // variation selectors
		return true
	case r >= 0x1F3FB && r <= 0x1F3FF: // skin tone modifiers
		return true
	}
	return false
}
