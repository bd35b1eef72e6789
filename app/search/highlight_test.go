package search

import (
	"reflect"
	"testing"
)

// marks renders the highlighted runes of text between brackets.
func marks(text string, spans []Span) string {
	rs := []rune(text)
	out := ""
	k := 0
	for i, r := range rs {
		if k < len(spans) && spans[k].Start == i {
			out += "["
		}
		out += string(r)
		if k < len(spans) && spans[k].End == i+1 {
			out += "]"
			k++
		}
	}
	return out
}

func TestHighlights(t *testing.T) {
	tests := []struct {
		name, text, query, want string
	}{
		{"prefix", "Telegram blocks 78 channels", "tele", "[Tele]gram blocks 78 channels"},
		{"two words", "Telegram blocks 78 channels", "chan tel", "[Tel]egram blocks 78 [chan]nels"},
		{"short word whole", "Telegram blocks 78 channels", "78", "Telegram blocks [78] channels"},
		{"short word not a prefix", "Telegram blocks 789 channels", "78", "Telegram blocks 789 channels"},
		{"accents folded", "Le ministère de l'Intérieur", "ministere", "Le [ministère] de l'Intérieur"},
		{"case folded", "TELEGRAM", "telegram", "[TELEGRAM]"},
		{"hamza folded", "تلغرام تحظر 78 قناة", "تلغرأم", "[تلغرام] تحظر 78 قناة"},
		{"tashkeel in the text", "تَلْغَرام", "تلغرام", "[تَلْغَرام]"},
		{"tashkeel prefix", "تَلْغَرام", "تلغ", "[تَلْغَ]رام"},
		{"taa marbuta", "قناة", "قناه", "[قناة]"},
		{"arabic-indic digits", "حظر ٧٨ قناة", "78", "حظر [٧٨] قناة"},
		{"typo one edit", "Telegram blocks channels", "telgram", "[Telegram] blocks channels"},
		{"typo two edits", "Telegram blocks 78 channels", "chanelz", "Telegram blocks 78 [channel]s"},
		{"typo in a word still typed", "تلغرام تحظر 78 قناة", "تلغم", "[تلغ]رام تحظر 78 قناة"},
		{"letter missing at the start", "Telegram blocks", "tlegram", "[Telegram] blocks"},
		{"arabic letter missing", "تيليغرام تحظر 78 قناة", "تيلغرام", "[تيليغرام] تحظر 78 قناة"},
		{"swapped letters", "Telegram blocks", "telgeram", "[Telegram] blocks"},
		{"too far", "Telegram blocks channels", "xyzzy", "Telegram blocks channels"},
		{"empty query", "Telegram", "", "Telegram"},
		{"punctuation only", "Telegram", "«»", "Telegram"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := marks(tt.text, Highlights(tt.text, tt.query)); got != tt.want {
				t.Errorf("Highlights(%q, %q) marks %q, want %q", tt.text, tt.query, got, tt.want)
			}
		})
	}
}

// A typo in a word that also has an exact match elsewhere marks only the
// exact match, as the search does not fall back for it.
func TestHighlightsExactBeatsFuzzy(t *testing.T) {
	got := Highlights("cannels and channels", "channels")
	want := []Span{{12, 20}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func FuzzHighlights(f *testing.F) {
	f.Add("Telegram blocks 78 channels", "telgram")
	f.Add("تَلْغَرام ﻻ", "لا تلغرأم")
	f.Fuzz(func(t *testing.T, text, query string) {
		n := len([]rune(text))
		last := -1
		for _, s := range Highlights(text, query) {
			if s.Start <= last || s.End <= s.Start || s.End > n {
				t.Fatalf("bad span %v in %d runes (last end %d)", s, n, last)
			}
			last = s.End
		}
	})
}
