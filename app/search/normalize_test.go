package search

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"tashkeel and tanween", "حساباً", "حسابا"},
		{"alef forms", "أإآٱ", "اااا"},
		{"alef maqsura and ta marbuta", "مستوى قناة", "مستوي قناه"},
		{"tatweel", "تـلـغـرام", "تلغرام"},
		{"arabic-indic digits", "٧٨ حساب", "78 حساب"},
		{"persian digits", "۱۲", "12"},
		{"latin lower case", "Telegram ISIS", "telegram isis"},
		{"nfkc presentation forms", "ﻻ", "لا"},
		{"bidi marks dropped", "a\u200fb\u202bc", "abc"},
		{"superscript alef", "هٰذا", "هذا"},
		{"latin accents", "Déjà vu, São Paulo", "deja vu  sao paulo"},
		{"letters without a decomposition stay", "Ørsted Straße", "ørsted straße"},
		{"punctuation splits words", "ISIS-linked (78): \"channels\".", "isis linked  78    channels  "},
		{"arabic punctuation splits words", "قناة، حساب؛ لماذا؟", "قناه  حساب  لماذا "},
		{"devanagari vowel signs stay in the word", "हिंदी चैनल", "हिंदी चैनल"},
		{"newlines and tabs", "a\nb\tc", "a b c"},
		{"hamza NFKC cannot compose (found by FuzzNormalize)", "ٱٕسلام", "اسلام"},
		{"decomposed hamza on alef", "ا\u0654علن", "اعلن"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// The Arabic seed story's first paragraph, and the same bytes upper-cased
// where Latin, as a mixed-script notice body.
var benchText = strings.Repeat("أعلنت شركة \"تيليغرام\" أنها حظرت 78 قناة مرتبطة بتنظيم \"داعش\" في 12 لغة، Telegram said on Wednesday. ", 20)

func BenchmarkNormalize(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Normalize(benchText)
	}
}

// BenchmarkBaselineToLower is the floor Normalize is measured against: one
// pass of the standard library's case folding over the same text.
func BenchmarkBaselineToLower(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		strings.ToLower(benchText)
	}
}

func TestNormalizeKeepsUnchangedText(t *testing.T) {
	for _, s := range []string{"", "telegram blocked 78 channels", "حظرت تلغرام 78 قناه", "жук 12 हिंदी"} {
		if got := Normalize(s); got != s {
			t.Errorf("Normalize(%q) = %q, want it unchanged", s, got)
		}
	}
	for _, tt := range []struct{ in, want string }{{"abc DEF", "abc def"}, {"حظرت ٧٨ قناةً", "حظرت 78 قناه"}, {"Ünïcode", "unicode"}} {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNFKCInert checks the shortcut against NFKC itself: for every pair of
// runes it lets through, folding the NFKC form gives what folding the pair
// as it is gives.
func TestNFKCInert(t *testing.T) {
	var inert []rune
	for r := rune(0); r <= 0x06FF; r++ {
		if nfkcInert(string(r)) {
			inert = append(inert, r)
		}
	}
	if len(inert) < 128+60 {
		t.Fatalf("only %d runes pass as inert", len(inert))
	}
	fold := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			if r, ok := Fold(r); ok {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	for _, base := range inert {
		for _, r := range inert {
			s := string(base) + string(r)
			if got, want := fold(s), fold(norm.NFKC.String(s)); got != want {
				t.Fatalf("%U %U: folded %q, but %q after NFKC", base, r, got, want)
			}
		}
	}
	for _, s := range []string{"ﻻ", "ا\u0653", "e\u0301", "ﬁ", "٥\u0654", "\u0610"} {
		if nfkcInert(s) {
			t.Errorf("nfkcInert(%q) = true, but NFKC makes it %q", s, norm.NFKC.String(s))
		}
	}
}

func TestRowLeavesOutATitleThatOpensTheBody(t *testing.T) {
	tests := []struct {
		title, body, wantTitle string
	}{
		{"Telegram blocked 78 channels", "Telegram blocked 78 channels.\nMore text.", ""},
		{"# Heading…", "# Heading\n\nText", ""},
		{"تلغرام تحظر 78 قناة…", "تلغرام تحظر 78 قناة مرتبطة بداعش", ""},
		{"", "body", ""},
		{"Telegram blocks channels", "Telegram blocked 78 channels.", "telegram blocks channels"},
		{"A headline", "Body that starts elsewhere. A headline", "a headline"},
		{"Telegram blocked 78 channels in twelve", "Telegram blocked 78 channels", "telegram blocked 78 channels in twelve"},
	}
	for _, tt := range tests {
		if got := Row(tt.title, tt.body, nil)[0]; got != tt.wantTitle {
			t.Errorf("Row(%q, %q) title = %q, want %q", tt.title, tt.body, got, tt.wantTitle)
		}
	}
}
