package ingest

import (
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/extract"
)

// reporterWords open the reporter's line of an Indian or Pakistani news
// page: "रिपोर्टर देवेन्द्र कुमार जैन भोपाल मध्य प्रदेश", "संवाददाता: राकेश
// शर्मा, जयपुर", "رپورٹر: محمد علی، لاہور".
var reporterWords = map[string]bool{"रिपोर्टर": true, "संवाददाता": true, "रिपोर्ट": true, "प्रतिनिधि": true,
	"رپورٹر": true, "نمائندہ": true}

// reporterSentence are the words after "रिपोर्टर" that make it a word of
// a sentence ("रिपोर्टर ने बताया", "the reporter said"), not a credit.
var reporterSentence = map[string]bool{"ने": true, "से": true, "को": true, "का": true, "की": true, "के": true,
	"भी": true, "और": true, "है": true, "था": true, "کے": true, "نے": true, "کو": true, "سے": true}

// indianPlaces are the states a reporter's line names after the
// reporter, with the city before them ("भोपाल मध्य प्रदेश"); the capital
// is a city of its own.
var (
	capitals     = []string{"नई दिल्ली", "दिल्ली"}
	indianPlaces = []string{"मध्य प्रदेश", "उत्तर प्रदेश", "हिमाचल प्रदेश", "आंध्र प्रदेश", "अरुणाचल प्रदेश",
		"राजस्थान", "बिहार", "महाराष्ट्र", "गुजरात", "पंजाब", "हरियाणा", "झारखंड", "छत्तीसगढ़", "उत्तराखंड",
		"ओडिशा", "असम", "केरल", "कर्नाटक", "तमिलनाडु", "तेलंगाना", "पश्चिम बंगाल", "जम्मू कश्मीर"}
)

// reporterLineSources reads the reporter's line among the first lines of a
// saved page: the opener, then the reporter's name, then where the story
// was filed, after a comma or as the city and state ("भोपाल मध्य प्रदेश"),
// which is no part of the name. A line that is a sentence about a
// reporter, or that names only a place, credits no one.
func reporterLineSources(body string) []app.SourceLink {
	lines := strings.SplitN(body, "\n", 16)
	for _, l := range lines[:min(len(lines), 15)] {
		fs := strings.Fields(l)
		if len(fs) < 2 || len(fs) > 10 {
			continue
		}
		if !reporterWords[strings.Trim(fs[0], ":-–—|")] {
			continue
		}
		name := strings.TrimSpace(strings.Trim(strings.Join(fs[1:], " "), ":-–—| "))
		if f := strings.Fields(name); len(f) == 0 || reporterSentence[f[0]] {
			return nil
		}
		name = dropFiledPlace(name)
		if n := len(strings.Fields(name)); n < 2 || n > 4 {
			return nil
		}
		a := extract.Byline(name)
		if len(a) != 1 || a[0].Name != name {
			return nil
		}
		return []app.SourceLink{{Source: a[0], Role: app.RoleReportedBy}}
	}
	return nil
}

// dropFiledPlace cuts where a story was filed from the end of a reporter's
// line: what follows a comma ("राकेश शर्मा, जयपुर"), or a state and the city
// before it ("देवेन्द्र कुमार जैन भोपाल मध्य प्रदेश").
func dropFiledPlace(name string) string {
	if i := strings.IndexAny(name, ",،"); i >= 0 {
		return strings.TrimSpace(name[:i])
	}
	for _, p := range capitals {
		if rest, ok := strings.CutSuffix(name, " "+p); ok {
			return strings.TrimSpace(rest)
		}
	}
	for _, p := range indianPlaces {
		if rest, ok := strings.CutSuffix(name, " "+p); ok {
			fs := strings.Fields(rest)
			if len(fs) > 0 && !isPlace(fs[len(fs)-1]) {
				fs = fs[:len(fs)-1] // the city before the state
			}
			return strings.Join(fs, " ")
		}
		if name == p {
			return ""
		}
	}
	return name
}

// isPlace reports a word that is itself one of the states.
func isPlace(w string) bool {
	for _, p := range indianPlaces {
		if w == p {
			return true
		}
	}
	return false
}
