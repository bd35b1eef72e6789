package ingest_test

import (
	"strings"
	"testing"

	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// TestReporterLine: Indian and Pakistani pages credit their reporter on a
// line of its own, the name followed by where the story was filed ("रिपोर्टर
// देवेन्द्र कुमार जैन भोपाल मध्य प्रदेश", as atsamachar.com prints it). The
// reporter is a journalist who reported the story; the city and state,
// a sentence about a reporter, or a line naming only a place are no one.
func TestReporterLine(t *testing.T) {
	const story = "\nभारत सरकार जल्दी ही टेलीग्राम एपलीकेशन को बंद कर सकती है। क्योंकि टेलीग्राम के सी ई ओ को फ्रांस में गिरफ़्तार कर लिया गया है ।\n"
	tests := []struct {
		name, line string
		want       string // "name/kind", "" for none
	}{
		{"city and state after the name", "रिपोर्टर देवेन्द्र कुमार जैन भोपाल मध्य प्रदेश", "देवेन्द्र कुमार जैन/researcher"},
		{"a comma before the city", "संवाददाता: राकेश शर्मा, जयपुर", "राकेश शर्मा/researcher"},
		{"the capital after a dash", "रिपोर्ट - अमित कुमार नई दिल्ली", "अमित कुमार/researcher"},
		{"a one-word state", "प्रतिनिधि सुनील यादव पटना बिहार", "सुनील यादव/researcher"},
		{"Urdu, an Arabic comma", "رپورٹر: محمد علی، لاہور", "محمد علی/researcher"},
		{"a sentence about a reporter", "रिपोर्टर ने बताया कि सरकार जांच कर रही है", ""},
		{"a report's count", "रिपोर्ट के अनुसार 20 चैनल बंद", ""},
		{"the opener alone", "संवाददाता", ""},
		{"a place only", "रिपोर्टर भोपाल मध्य प्रदेश", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openDB(t)
			body := "टेलीग्राम एप हो सकता है बेन आप भी इस्तेमाल करते हैं टेलीग्राम तो हो जाइये सावधान!\n\n" + tt.line + story
			importOK(t, db, writeFile(t, "page.txt", body), ingest.Options{})
			var got []string
			for _, n := range allNotices(t, db) {
				for _, s := range n.Sources {
					got = append(got, s.Source.Name+"/"+string(s.Source.Kind))
				}
			}
			switch {
			case tt.want == "" && len(got) > 0:
				t.Errorf("sources %q, want none", got)
			case tt.want != "" && strings.Join(got, "\n") != tt.want:
				t.Errorf("sources %q, want %q", got, tt.want)
			}
		})
	}
}
