package extract

import "testing"

// TestKindStreams: live streams taken down (as the Premier League and
// broadcasters report them) are counted in streams, a unit of their own.
func TestKindStreams(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, live streams", "The league managed to remove or block over 210,000 live streams and over 360,000 clips.", []string{"210000 streams more_than", "360000 videos more_than"}},
		{"en, livestreams", "Broadcasters took down 12,000 illegal livestreams last season.", []string{"12000 streams"}},
		{"en, streams", "Some 4,500 streams were blocked during the final.", []string{"4500 streams about"}},
		{"fr", "La ligue a fait retirer 3 000 streams illégaux.", []string{"3000 streams"}},
		{"ru", "Было заблокировано 1200 трансляций матчей.", []string{"1200 streams"}},
		// negatives: streams as no count, a year before the word
		{"no count", "The league blocked live streams of its matches.", nil},
		{"year", "In 2023 streams were blocked.", nil},
	})
}

// TestKindHindiHeldBackCount: a count written as a word after the Hindi
// demonstratives इन and उन, whose phrase owns the figure after it with के,
// की or का, points back at the channels the story counted before ("इन छह
// चैनलों के 20 लाख से ज्यादा सब्सक्राइबर थे"): no new figure. The same count
// as the object of the verb stays one ("इन दो वेबसाइट को किया ब्लॉक").
func TestKindHindiHeldBackCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"hi, इन … के", "इन छह चैनलों के 20 लाख से ज्यादा सब्सक्राइबर थे।", []string{"2000000 followers more_than"}},
		{"hi, उन … की", "उन तीन वेबसाइटों की 5 लाख व्यूज़ थीं और 2 लाख सब्सक्राइबर थे।", []string{"200000 followers"}},
		{"hi, इन्हीं", "इन्हीं आठ चैनलों के 12 लाख सब्सक्राइबर थे।", []string{"1200000 followers"}},
		// negatives: the count as the object, in digits, with no figure after it
		{"object", "सरकार ने 35 Youtube चैनल और इन दो वेबसाइट को किया ब्लॉक।", []string{"35 channels", "2 sites"}},
		{"digits", "इन 6 चैनलों के 20 लाख सब्सक्राइबर थे।", []string{"6 channels", "2000000 followers"}},
		{"no figure after", "उन छह चैनलों को ब्लॉक किया गया।", []string{"6 channels"}},
		{"no demonstrative", "सरकार ने छह चैनलों के खिलाफ 20 नोटिस भेजे।", []string{"6 channels", "20 notices"}},
	})
}

// TestKindUserThreshold: a number of users that a law applies from is a
// threshold, no figure: after a word for a threshold ("the legal
// threshold of 2 million users") or after a service noun and "with"
// ("Soziale Netzwerke mit mindestens zwei Millionen registrierten
// Nutzern").
func TestKindUserThreshold(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de, networks with", "Seit 2022 sind Soziale Netzwerke mit mindestens zwei Millionen registrierten Nutzern verpflichtet, Inhalte zu melden.", nil},
		{"en, threshold", "The law applies to platforms above the legal threshold of 2 million users.", nil},
		{"en, platforms with", "Platforms with more than 2 million users must report.", nil},
		{"fr, seuil", "La loi vise les plateformes au-delà du seuil de 2 millions d'utilisateurs.", nil},
		{"it, piattaforme con", "Le piattaforme con oltre 2 milioni di utenti devono segnalare.", nil},
		// negatives: users counted, a threshold of another unit
		{"users counted", "Twitter suspended 2 million users last year.", []string{"2000000 users"}},
		{"accounts with", "Telegram blocked 300 channels with 2 million users.", []string{"300 channels", "2000000 users"}},
	})
}
