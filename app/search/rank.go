package search

import (
	"strings"

	"github.com/sahilm/fuzzy"
)

// Match is one fuzzy hit: the index of the document and its score.
type Match struct {
	Index int
	Score int
}

// Fuzzy ranks docs against query by subsequence matching on normalised text,
// so a reporter's typo or a missing hamza still finds the notice. Docs should
// already be normalised with Normalize.
func Fuzzy(query string, docs []string) []Match {
	q := Normalize(strings.TrimSpace(query))
	if q == "" {
		return nil
	}
	found := fuzzy.Find(q, docs)
	out := make([]Match, len(found))
	for i, m := range found {
		out[i] = Match{Index: m.Index, Score: m.Score}
	}
	return out
}

// Terms splits a query into normalised search terms.
func Terms(query string) []string {
	return strings.FieldsFunc(Normalize(query), func(r rune) bool {
		return !(r == '_' || r == '-' || isWordRune(r))
	})
}

func isWordRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r > 0x7f && r != 0x060C && r != 0x061B && r != 0x061F && r != 0x00AB && r != 0x00BB
}
