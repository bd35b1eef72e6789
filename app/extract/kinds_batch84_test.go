package extract

import "testing"

// TestKindHiNumberSpellings: Hindi number words are often written with a
// single ठ for the doubled ट्ठ ("अठासी", "अठावन") and with -नवे for -नबे
// ("निन्यानवे"); both spellings count.
func TestKindHiNumberSpellings(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"88", "पुलिस ने अठासी अकाउंट ब्लॉक कराए।", []string{"88 accounts"}},
		{"58", "मंत्रालय ने अठावन वेबसाइट बंद कीं।", []string{"58 sites"}},
		{"99", "कंपनी ने निन्यानवे चैनल हटा दिए।", []string{"99 channels"}},
		{"95", "सरकार ने पचानवे यूआरएल ब्लॉक किए।", []string{"95 urls"}},
		// negative: a number word of days
		{"days", "आंदोलन को अठासी दिन हो चुके हैं।", nil},
	})
}
