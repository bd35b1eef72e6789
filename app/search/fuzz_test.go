package search

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzNormalize: the search shadow of any text is valid UTF-8, folds to
// itself (index and query time agree), and splits into terms that hold no
// space; the fuzzy ranker takes any query.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"أعلنت تلغرام حجب ٧٨ قناةً بـ 12 لغة", "ٱلدَّوْلَة الإسلاميّة", "Élysée 2 000 chaînes",
		"\u202eevil\u202c \u200f", "ﷺ ﻻ", "status:verified -spam \"78 channels\"", "\xff\xfe",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q, not UTF-8", s, n)
		}
		if utf8.ValidString(s) {
			if again := Normalize(n); again != n {
				t.Fatalf("Normalize not idempotent on %q: %q then %q", s, n, again)
			}
		}
		for _, term := range Terms(s) {
			if term == "" || strings.ContainsAny(term, " \t\n") {
				t.Fatalf("Terms(%q) has %q", s, term)
			}
		}
		docs := []string{Normalize("Telegram blocked 78 channels"), n, ""}
		for _, m := range Fuzzy(s, docs) {
			if m.Index < 0 || m.Index >= len(docs) {
				t.Fatalf("Fuzzy(%q) index %d", s, m.Index)
			}
		}
	})
}
