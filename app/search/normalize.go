// Package search normalises text for matching (Arabic-aware) and ranks
// notices against a reporter's query.
package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds text for matching, the same at index and at query time:
// NFKC; lower case; Arabic tashkeel (U+064B–U+0652), the combining madda
// and hamza marks NFKC left alone (U+0653–U+0655), superscript alef U+0670
// and tatweel U+0640 dropped; أ إ آ ٱ → ا; ى → ي; ة → ه; Arabic-Indic and
// Persian digits → ASCII; bidi controls and zero-width marks dropped; Latin
// letters without their accents (é → e); and every rune that is not part of
// a word (not a letter, mark, digit or private-use character) a space. The
// Arabic rules follow Lucene's ArabicNormalizer and CAMeL Tools. Words are
// then runs of non-space runes, all the search index's tokenizer has to
// find. Stored and displayed text is never normalised, only its search
// shadow.
func Normalize(s string) string {
	if !nfkcInert(s) {
		s = norm.NFKC.String(s)
	}
	// Much text (lower-case words, Arabic without tashkeel) folds to
	// itself; copy only from the first rune that changes.
	for i, r := range s {
		if f, ok := normRune(r); !ok || f != r {
			var b strings.Builder
			b.Grow(len(s))
			b.WriteString(s[:i])
			for _, r := range s[i:] {
				if r, ok := normRune(r); ok {
					b.WriteRune(r)
				}
			}
			return b.String()
		}
	}
	return s
}

// normRune is Fold, then Latin letters lose their accents and whatever is
// not part of a word becomes a space.
func normRune(r rune) (rune, bool) {
	r, ok := Fold(r)
	switch {
	case !ok:
		return 0, false
	case r < 0x80:
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r, true
		}
		return ' ', true
	case r >= 0x0620 && r <= 0x064A: // Arabic letters, most of the rest
		return r, true
	case r >= latinLo && r < latinLo+rune(len(latinBase)) && latinBase[r-latinLo] != 0:
		return latinBase[r-latinLo], true
	case r >= latinExtLo && r < latinExtLo+rune(len(latinExtBase)) && latinExtBase[r-latinExtLo] != 0:
		return latinExtBase[r-latinExtLo], true
	case unicode.IsLetter(r), unicode.IsMark(r), unicode.IsNumber(r), unicode.Is(unicode.Co, r):
		return r, true
	}
	return ' ', true
}

// Base letters of the accented Latin letters (Latin-1 to Latin Extended-B,
// and Latin Extended Additional), from their canonical decompositions; 0
// where a letter has none (ø, ß, æ stay as they are).
const (
	latinLo    = 0x00C0
	latinExtLo = 0x1E00
)

var (
	latinBase    = latinBases(latinLo, 0x024F)
	latinExtBase = latinBases(latinExtLo, 0x1EFF)
)

func latinBases(lo, hi rune) []rune {
	out := make([]rune, hi-lo+1)
	for r := lo; r <= hi; r++ {
		d := norm.NFD.String(string(unicode.ToLower(r)))
		if b, _ := utf8.DecodeRuneInString(d); len(d) > 1 && b < 0x80 && unicode.IsLetter(b) {
			out[r-lo] = b
		}
	}
	return out
}

// nfkcInert reports whether s is all ASCII and basic Arabic (punctuation,
// letters, tashkeel and digits: U+060C–U+060F, U+061B–U+0652 and
// U+0660–U+066D), where NFKC changes nothing Normalize keeps: none of these
// has a compatibility form or composes with another (Arabic composes only
// with U+0653–U+0655), and the only thing NFKC would do, reorder tashkeel,
// does not matter because Fold drops tashkeel. The check is several times
// cheaper than NFKC's own, and it is what nearly every notice holds.
func nfkcInert(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !(r >= 0x060C && r <= 0x060F || r >= 0x061B && r <= 0x0652 || r >= 0x0660 && r <= 0x066D) {
			return false
		}
		i += n
	}
	return true
}

// Fold maps one rune as Normalize does; ok is false for runes it drops.
// It skips NFKC, so callers that need offsets into the original text can fold
// rune by rune and keep a one-to-one position map.
func Fold(r rune) (rune, bool) {
	if r < 0x80 { // the common case first, without the case tables
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r, true
	}
	switch {
	case r >= 0x064B && r <= 0x0652, r == 0x0670, r == 0x0640:
		return 0, false
	case r >= 0x0653 && r <= 0x0655:
		// A madda or hamza NFKC did not compose with its letter (after ٱ,
		// say): kept, ٱ → ا would leave ا + hamza, which the next NFKC
		// makes إ, so a text and its own shadow would fold apart.
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
	case r >= 0x0600 && r <= 0x06FF: // the rest of the Arabic block has no case
		return r, true
	}
	return unicode.ToLower(r), true
}

// Row is a notice's row in the search index: its title, its body and the
// rest that finds it (tags, notes, source names, one per line), each
// normalised. A title that only repeats the body's opening words (the
// first line, as most posts and pasted texts get) is left out: its words
// are indexed with the body already, and indexing them twice cost a third
// of a large import's indexing. Such notices rank by their body alone.
func Row(title, body string, extra []string) [3]string {
	t, b := Normalize(title), Normalize(body)
	if opens(b, t) {
		t = ""
	}
	return [3]string{t, b, Normalize(strings.Join(extra, "\n"))}
}

// opens reports whether the words of body begin with every word of title;
// both are normalised, so words are runs of non-space runes.
func opens(body, title string) bool {
	for {
		var tw, bw string
		tw, title = nextWord(title)
		if tw == "" {
			return true
		}
		bw, body = nextWord(body)
		if bw != tw {
			return false
		}
	}
}

func nextWord(s string) (word, rest string) {
	s = strings.TrimLeft(s, " ")
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}
