package search

import "testing"

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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
