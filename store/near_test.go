package store

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

// vocabOf is a copy of a vocabulary holding words, each in docs notices.
func vocabOf(words ...string) *vocabulary {
	sort.Strings(words)
	v := &vocabulary{}
	for _, w := range words {
		v.text = append(v.text, w...)
		v.ends = append(v.ends, uint32(len(v.text)))
		v.docs = append(v.docs, 1)
	}
	return v
}

// The walk of near words finds a typo anywhere in the word, a word being
// typed, and nothing further than the distance allowed.
func TestVocabularyNear(t *testing.T) {
	v := vocabOf("telegram", "telegrams", "telemetry", "teller", "tell", "elegant", "gram",
		"фейсбук", "فيسبوك", "فيس", "تلغرام", "تيليغرام", "قناة", "قنوات", "youtube", "you")
	tests := []struct {
		q    string
		max  int
		want []string // with their distances: word:d
	}{
		{"telegram", 0, []string{"telegram:0", "telegrams:0"}}, // and the longer word as it is typed
		{"tepegram", 2, []string{"telegram:1", "telegrams:1"}},
		{"tlegram", 2, []string{"telegram:1", "telegrams:2"}},
		{"elegram", 2, []string{"telegram:1", "telegrams:2"}},
		{"ttelegram", 2, []string{"telegram:1", "telegrams:2"}},
		{"etlegram", 2, []string{"telegram:1", "telegrams:1"}}, // two neighbours swapped
		{"فسبوك", 1, []string{"فيسبوك:1"}},
		{"تغرام", 1, []string{"تلغرام:1"}},
		{"قنوت", 1, []string{"قنوات:1"}}, // the word being typed: قنوا…
		{"yuotube", 2, []string{"youtube:1"}},
		{"xqzvw", 2, nil},
		{"tel", 0, []string{"telegram:0", "telegrams:0", "telemetry:0", "tell:0", "teller:0"}},
	}
	for _, tt := range tests {
		var got []string
		ok := v.near([]rune(tt.q), tt.max, func(w []byte, _ uint32, d int) {
			got = append(got, string(w)+":"+string(rune('0'+d)))
		})
		slices.Sort(got)
		if !ok || !slices.Equal(got, tt.want) {
			t.Errorf("near(%q, %d) = %v (%v), want %v", tt.q, tt.max, got, ok, tt.want)
		}
	}
	if (&vocabulary{}).near([]rune("telegram"), 2, func([]byte, uint32, int) { t.Error("a word from an empty copy") }) {
		t.Error("an empty copy walked")
	}
}

// Each word the walk finds is within the distance by editDistance, and
// each word editDistance puts within it (whole, or its start as long as
// the query) is found: the two agree on a vocabulary of real words.
func TestVocabularyNearAgreesWithEditDistance(t *testing.T) {
	words := strings.Fields(`telegram telegrams telegraph tele telescope channel channels chanel chain
		accounts account accountant removed remove removal propaganda propagandist قناة قنوات قناتين تلغرام
		تليجرام حساب حسابات حسابا داعش каналы канал каналов аккаунтов заблокировано блокировка`)
	v := vocabOf(slices.Clone(words)...)
	queries := strings.Fields(`telgram tepegram elegram chanels chanell acount remvoed propoganda قنوت تغرام
		حسبات داش канлы заблокирвано xqz`)
	for _, q := range queries {
		rq := []rune(q)
		for _, max := range []int{1, 2} {
			found := map[string]int{}
			v.near(rq, max, func(w []byte, _ uint32, d int) { found[string(w)] = d })
			for _, w := range words {
				rw := []rune(w)
				d := editDistance(rq, rw, max)
				if len(rw) > len(rq) {
					d = min(d, editDistance(rq, rw[:len(rq)], max))
				}
				got, ok := found[w]
				switch {
				case d <= max && !ok:
					t.Errorf("near(%q, %d) missed %q (distance %d)", q, max, w, d)
				case d > max && ok:
					t.Errorf("near(%q, %d) found %q, which is %d edits away", q, max, w, d)
				case ok && got < d:
					t.Errorf("near(%q, %d) put %q at %d, editDistance %d", q, max, w, got, d)
				}
			}
		}
	}
}
