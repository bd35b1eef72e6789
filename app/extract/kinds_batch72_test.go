package extract

import "testing"

// TestKindViewsHavingNoun: a count of views with "वाला" (having) after it
// describes the noun that follows ("230 मिलियन व्यूज वाला चैनल": a channel
// with 230 million views); the count is of views, no takedown figure
// (held-out batch 72).
func TestKindViewsHavingNoun(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"hi, मिलियन व्यूज वाला चैनल", "मंत्रालय ने 90 मिलियन व्यूज वाला एक चैनल ब्लॉक किया।", nil},
		{"hi, करोड़ व्यूज वाले चैनलों", "सरकार ने 12 करोड़ व्यूज वाले चैनलों को बंद किया।", nil},
		{"hi, व्यू वाली वेबसाइट", "पुलिस ने 40 लाख व्यू वाली वेबसाइट हटाई।", nil},
		{"hi, nukta व्यूज़ वाले पेज", "कंपनी ने 15 लाख व्यूज़ वाले पेज हटाए।", nil},
		// unchanged: users before वाले name the size of a platform that has them
		{"hi, subscribers and channels", "मंत्रालय ने 5 चैनल ब्लॉक किए जिनके 20 लाख सब्सक्राइबर थे।", []string{"5 channels", "2000000 followers"}},
		{"hi, channels counted", "सरकार ने 16 यूट्यूब चैनल ब्लॉक किए।", []string{"16 channels"}},
	})
}
