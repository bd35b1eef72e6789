package extract

import "testing"

// TestKindZirkaHedge: the German "zirka" (and "cirka"), spelt as the
// Bundestag and the BKA write "circa", hedges the count after it like
// "circa" and "ca.".
func TestKindZirkaHedge(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de, zirka", "Das BKA hat zirka 33.000 Löschersuchen versandt.", []string{"33000 requests about"}},
		{"de, sentence start", "Zirka 500 Kanäle wurden gesperrt.", []string{"500 channels about"}},
		{"de, cirka", "Telegram sperrte cirka 1.200 Gruppen.", []string{"1200 groups about"}},
		{"de, circa", "Das BKA hat circa 33.000 Löschersuchen versandt.", []string{"33000 requests about"}},
		{"it, circa", "Sono stati oscurati circa 300 siti.", []string{"300 sites about"}},
		// negatives: a hedged duration, a hedged share of time
		{"duration", "Die Sperre dauerte zirka 30 Tage.", nil},
		{"hours", "Die Prüfung dauert zirka 24 Stunden.", nil},
	})
}

// TestKindWordCountSuspendedHyphen: a count written as a word before a
// suspended hyphen ("Sechs Facebook- und fünf Instagram-Konten") takes the
// compound's head as its unit, as a count in digits does, and the count
// after the hyphen keeps its own claim.
func TestKindWordCountSuspendedHyphen(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de, both words", "Sechs Facebook- und fünf Instagram-Konten wurden aus dem Iran geführt.", []string{"6 accounts", "5 accounts"}},
		{"de, word then digits", "Sechs Facebook- und 5 Instagram-Konten wurden gelöscht.", []string{"6 accounts", "5 accounts"}},
		{"de, digits then word", "6 Facebook- und fünf Instagram-Konten wurden gelöscht.", []string{"6 accounts", "5 accounts"}},
		{"de, groups", "Zwei Telegram- und drei WhatsApp-Gruppen wurden gesperrt.", []string{"2 groups", "3 groups"}},
		{"de, oder", "Drei YouTube- oder vier TikTok-Kanäle fielen weg.", []string{"3 channels", "4 channels"}},
		// negatives: a duration before a suspended hyphen, no count after it
		{"duration", "Zwei Tage nach dem Facebook- und Instagram-Verbot sprach die Behörde.", nil},
		{"no second count", "Vor sechs Monaten wurden Facebook- und Instagram-Konten gesperrt.", nil},
	})
}

// TestKindHindiUrlSpelling: Hindi papers also spell URL "यूआरल" (without
// the एल), as in "करीब 10 हजार यूआरल को हटाया गया".
func TestKindHindiUrlSpelling(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"hi, thousands", "दोनों को मिलाकर करीब 10 हजार यूआरल को हटाया गया है।", []string{"10000 urls about"}},
		{"hi, digits", "सरकार ने 500 यूआरल ब्लॉक किए।", []string{"500 urls"}},
		{"hi, usual spelling", "सरकार ने 500 यूआरएल ब्लॉक किए।", []string{"500 urls"}},
		// negatives: no count, a year before the word
		{"no count", "सरकार ने यूआरल की सूची जारी की।", nil},
		{"year", "2023 में यूआरल ब्लॉक किए गए।", nil},
	})
}
