package extract

import "testing"

// TestKindUnitModifiesRole: a unit noun before a noun for the people who
// run what it names gives no figure; the count is of those people
// (held-out batch 66: "Eight channel administrators are suspected").
func TestKindUnitModifiesRole(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"en, administrators", "Police questioned five channel administrators on Tuesday.", nil},
		{"en, owners", "Twelve account owners were charged with fraud.", nil},
		{"en, operators", "Three site operators face charges in the case.", nil},
		// unchanged: the unit noun itself is counted
		{"en, plain channels", "Telegram blocked five channels and questioned their administrators.", []string{"5 channels"}},
	})
}

// TestKindBecameActive: channels or groups that became or are active are
// running, not taken down (held-out batch 66: "20 से ज्यादा चैनल एक्टिव हो
// गए हैं").
func TestKindBecameActive(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"hi, एक्टिव हो गए", "परीक्षा से पहले 15 से ज्यादा ग्रुप एक्टिव हो गए हैं।", nil},
		{"hi, सक्रिय हैं", "पुलिस के अनुसार 30 चैनल सक्रिय हैं।", nil},
		{"en, became active", "Before the exam, 40 channels became active on the app.", nil},
		// unchanged: proactively banned is a takedown
		{"hi, सक्रिय रूप से", "कंपनी ने 5 लाख अकाउंट्स सक्रिय रूप से प्रतिबंधित किए।", []string{"500000 accounts"}},
	})
}

// TestKindTallyReferent: a bare count whose clause names a tally of
// blocks takes the unit of the figure before it (held-out batch 66:
// "Последний раз значение по блокировкам больше этого было в феврале -
// более 490 тыс.").
func TestKindTallyReferent(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ru, значение по блокировкам", "Telegram за день заблокировал 300 тыс. каналов. Прежде значение по блокировкам было выше в марте - 350 тыс.", []string{"300000 channels", "350000 channels"}},
		{"en, the number of blocks", "Telegram blocked 120,000 channels on Monday. The last time the number of blocks was higher was in May, with 150,000.", []string{"120000 channels", "150000 channels"}},
	})
}
