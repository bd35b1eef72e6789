// Package search normalises text for matching (Arabic-aware) and ranks
// notices against a reporter's query.
package search

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds text for matching, the same at index and at query time:
// NFKC; lower case; Arabic tashkeel (U+064B–U+0652), superscript alef U+0670
// and tatweel U+0640 dropped; أ إ آ ٱ → ا; ى → ي; ة → ه; Arabic-Indic and
// Persian digits → ASCII; bidi controls and zero-width marks dropped. The
// rules follow Lucene's ArabicNormalizer and CAMeL Tools. Stored and
// displayed text is never normalised, only its search shadow.
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r, ok := Fold(r); ok {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Fold maps one rune as Normalize does; ok is false for runes it drops.
// It skips NFKC, so callers that need offsets into the original text can fold
// rune by rune and keep a one-to-one position map.
func Fold(r rune) (rune, bool) {
	switch {
	case r >= 0x064B && r <= 0x0652, r == 0x0670, r == 0x0640:
		return 0, false
	case r == 0x200B, r == 0x200C, r == 0x200D, r == 0x200E, r == 0x200F,
		r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0xFEFF:
		return 0, false
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
		return 'ا', true
	case r == 'ى':
		return 'ي', true
	case r == 'ة':
		return 'ه', true
	case r >= '٠' && r <= '٩':
		return '0' + (r - '٠'), true
	case r >= '۰' && r <= '۹':
		return '0' + (r - '۰'), true
	}
	return unicode.ToLower(r), true
}
