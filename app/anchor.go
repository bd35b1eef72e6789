package app

import "strings"

// Reanchor finds a claim's quote again in a changed body and moves its
// offsets there. It prefers the occurrence whose surrounding text best
// matches the stored prefix and suffix, then the one nearest the old
// position, as annotation tools do with a TextQuoteSelector. It reports false,
// leaving the claim as it was, when the quote is gone.
func Reanchor(c *Claim, body []rune) bool {
	quote := []rune(c.Quote)
	if len(quote) == 0 {
		return false
	}
	if c.End <= len(body) && c.Start <= c.End && string(body[c.Start:c.End]) == c.Quote &&
		strings.HasSuffix(string(body[:c.Start]), c.Prefix) {
		return true
	}
	best, bestScore := -1, -1
	for i := 0; i+len(quote) <= len(body); i++ {
		if !runesEqual(body[i:i+len(quote)], quote) {
			continue
		}
		score := commonSuffix([]rune(c.Prefix), body[:i]) + commonPrefix([]rune(c.Suffix), body[i+len(quote):])
		dist := i - c.Start
		if dist < 0 {
			dist = -dist
		}
		// Context dominates; distance breaks ties (a smaller distance wins).
		score = score*1_000_000 - dist
		if score > bestScore || best < 0 {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return false
	}
	c.Start, c.End = best, best+len(quote)
	c.Anchor(body)
	return true
}

func runesEqual(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// commonSuffix counts how many runes at the end of prefix match the end of text.
func commonSuffix(prefix, text []rune) int {
	n := 0
	for n < len(prefix) && n < len(text) && prefix[len(prefix)-1-n] == text[len(text)-1-n] {
		n++
	}
	return n
}

// commonPrefix counts how many runes at the start of suffix match the start of text.
func commonPrefix(suffix, text []rune) int {
	n := 0
	for n < len(suffix) && n < len(text) && suffix[n] == text[n] {
		n++
	}
	return n
}
