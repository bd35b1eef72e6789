package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Span is a run of runes [Start, End) in a displayed text.
type Span struct{ Start, End int }

// foldedWord is one word of a text as the index sees it, with the rune
// offset in the original text that each of its folded runes came from.
type foldedWord struct {
	runes []rune
	from  []int
}

// folded is a text split into words, and which of its runes the
// normaliser drops (harakat, tatweel, bidi marks).
type folded struct {
	words   []foldedWord
	dropped []bool
}

// words folds text rune by rune as Normalize does (NFKC of each rune, then
// Fold, accents and punctuation) and splits it into words, keeping for
// each folded rune the offset of the original rune it came from.
func words(text string) folded {
	var out folded
	var cur foldedWord
	flush := func() {
		if len(cur.runes) > 0 {
			out.words = append(out.words, cur)
		}
		cur = foldedWord{}
	}
	i := 0
	for _, r := range text {
		src := string(r)
		if !nfkcInert(src) {
			src = norm.NFKC.String(src)
		}
		kept := false
		for _, x := range src {
			f, ok := normRune(x)
			kept = kept || ok
			switch {
			case !ok:
			case f == ' ':
				flush()
			default:
				cur.runes = append(cur.runes, f)
				cur.from = append(cur.from, i)
			}
		}
		out.dropped = append(out.dropped, !kept)
		i++
	}
	flush()
	return out
}

// Highlights returns the spans of text that the search query matched, in
// the way the search matches: after Normalize, a query word of one or two
// letters matches a whole word, a longer one the start of a word; a query
// word that matches no word that way matches the words within one edit (up
// to five letters) or two, as the fuzzy fallback finds them, and then the
// word is marked from the first letter the two share to the last. Offsets are runes of text, sorted and
// merged, ready to draw behind the displayed title.
func Highlights(text, query string) []Span {
	terms := strings.Fields(Normalize(query))
	if len(terms) == 0 || text == "" {
		return nil
	}
	f := words(text)
	ws := f.words
	marked := make([]bool, utf8.RuneCountInString(text))
	mark := func(w foldedWord, k int) {
		if k < len(w.from) {
			marked[w.from[k]] = true
		}
	}
	for _, t := range terms {
		tr := []rune(t)
		found := false
		for _, w := range ws {
			if len(tr) <= 2 && string(w.runes) == t || len(tr) > 2 && hasPrefix(w.runes, tr) {
				found = true
				for k := range tr {
					mark(w, k)
				}
			}
		}
		if found || len(tr) < 3 {
			continue
		}
		limit := 1
		if len(tr) > 5 {
			limit = 2
		}
		for _, w := range ws {
			same, ok := align(tr, w.runes, limit)
			if len(w.runes) > len(tr) { // or its start: the reporter may still be typing
				if s2, ok2 := align(tr, w.runes[:len(tr)], limit); ok2 && (!ok || len(s2) > len(same)) {
					same, ok = s2, true
				}
			}
			if ok && len(same) > 0 {
				// from the first letter shared to the last: the word the
				// search took the typo for reads as one mark, not as
				// letters with gaps where the typo differs
				lo, hi := slices.Min(same), slices.Max(same)
				for k := lo; k <= hi; k++ {
					mark(w, k)
				}
			}
		}
	}
	// Harakat and tatweel belong to the letter before them: a marked
	// letter takes them along, so a match reads as one span.
	for i := 1; i < len(marked); i++ {
		if !marked[i] && f.dropped[i] && marked[i-1] {
			marked[i] = true
		}
	}
	var out []Span
	for i, m := range marked {
		switch {
		case !m:
		case len(out) > 0 && out[len(out)-1].End == i:
			out[len(out)-1].End = i + 1
		default:
			out = append(out, Span{i, i + 1})
		}
	}
	return out
}

func hasPrefix(w, p []rune) bool {
	if len(p) > len(w) {
		return false
	}
	for i := range p {
		if w[i] != p[i] {
			return false
		}
	}
	return true
}

// align computes the optimal string alignment distance between a query
// word and a word of the text (insertions, deletions, substitutions and
// swaps of neighbours, as the search's fallback counts them) and, when it is
// at most limit, returns the positions in word of the letters an optimal
// alignment keeps (the ones both share, a swapped pair included).
func align(q, word []rune, limit int) ([]int, bool) {
	if d := len(q) - len(word); d > limit || -d > limit {
		return nil, false
	}
	n, m := len(q), len(word)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
		dp[i][0] = i
	}
	for j := 0; j <= m; j++ {
		dp[0][j] = j
	}
	swapped := func(i, j int) bool {
		return i > 1 && j > 1 && q[i-1] == word[j-2] && q[i-2] == word[j-1] && q[i-1] != word[j-1]
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			cost := 1
			if q[i-1] == word[j-1] {
				cost = 0
			}
			dp[i][j] = min(dp[i-1][j]+1, dp[i][j-1]+1, dp[i-1][j-1]+cost)
			if swapped(i, j) {
				dp[i][j] = min(dp[i][j], dp[i-2][j-2]+1)
			}
		}
	}
	if dp[n][m] > limit {
		return nil, false
	}
	var same []int
	for i, j := n, m; i > 0 && j > 0; {
		switch {
		case q[i-1] == word[j-1] && dp[i][j] == dp[i-1][j-1]:
			same = append(same, j-1)
			i, j = i-1, j-1
		case swapped(i, j) && dp[i][j] == dp[i-2][j-2]+1:
			same = append(same, j-1, j-2)
			i, j = i-2, j-2
		case dp[i][j] == dp[i-1][j-1]+1:
			i, j = i-1, j-1
		case dp[i][j] == dp[i-1][j]+1:
			i--
		default:
			j--
		}
	}
	return same, true
}
