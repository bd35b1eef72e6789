package extract

import (
	"strings"
	"testing"
)

// TestSourceNameEndsAtAffiliation: an Arabic name ends before the
// participle that says whose it is ("وكالة ناشر التابعة لتنظيم
// الإرهابي", from a saved al-Marjie article of 6 December 2018): the
// source is the agency, not the phrase.
func TestSourceNameEndsAtAffiliation(t *testing.T) {
	tests := []struct {
		text, want, notWant string
	}{
		{"إذ أعلنت وكالة ناشر التابعة لتنظيم الإرهابي على تطبيق المراسلة المشفر عددًا كبيرًا من المجموعات.", "وكالة ناشر", "التابعة"},
		{"وقالت وكالة أعماق المقربة من تنظيم داعش إن 40 قناة أغلقت.", "وكالة أعماق", "المقربة"},
		{"أعلنت وكالة الأنباء الموالية للنظام عن إغلاق 12 قناة.", "وكالة الأنباء", "الموالية"},
	}
	for _, tt := range tests {
		res := Text(tt.text, Options{})
		var names []string
		for _, s := range res.Sources {
			names = append(names, s.Source.Name)
		}
		got := strings.Join(names, " | ")
		if !strings.Contains(got, tt.want) || strings.Contains(got, tt.notWant) {
			t.Errorf("%q: sources %q, want %q without %q", tt.text, got, tt.want, tt.notWant)
		}
	}
}
