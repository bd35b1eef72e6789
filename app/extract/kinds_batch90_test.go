package extract

import "testing"

// TestKindHindiTimes: a count of times, "बार" or "दफा", is no figure, even
// with a qualifier between it and the word, and takes no unit from a
// count before it ("… सब्सक्राइबर थे और वीडियो 30 करोड़ से अधिक बार देखे
// गए").
func TestKindHindiTimes(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"qualifier between", "इन चैनलों के करीब 12 लाख सब्सक्राइबर थे और उनके वीडियो, जिनमें से ज्यादातर फर्जी थे, 20 करोड़ से अधिक बार देखे गए।", []string{"1200000 followers about"}},
		{"no aside", "इन चैनलों के 12 लाख सब्सक्राइबर थे और उनके वीडियो 20 करोड़ से ज्यादा बार देखे गए।", []string{"1200000 followers"}},
		{"bare times", "वीडियो को 5 करोड़ बार देखा गया और चैनल के 3 लाख सब्सक्राइबर थे।", []string{"300000 followers"}},
		{"dafa", "कंपनी ने 40 अकाउंट बंद किए, जिन्हें 12 दफा चेतावनी दी गई थी।", []string{"40 accounts"}},
		// the count of the unit itself stays
		{"count stays", "सरकार ने 25 यूट्यूब चैनल ब्लॉक किए।", []string{"25 channels"}},
	})
}

// TestKindHindiCollective: the Hindi collective number words ("तीनों",
// "पांचों", "पाँचों": all three, all five) count as their number; before a
// genitive they say whose something is and count nothing.
func TestKindHindiCollective(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"paanchon", "पुलिस ने इन पांचों फर्जी अकाउंट को बंद करा दिया है।", []string{"5 accounts"}},
		{"chandrabindu", "साइबर सेल ने पाँचों वेबसाइट ब्लॉक कर दीं।", []string{"5 sites"}},
		{"teenon", "मंत्रालय ने तीनों यूट्यूब चैनल ब्लॉक किए।", []string{"3 channels"}},
		{"aathon", "आठों चैनलों को हटा दिया गया।", []string{"8 channels"}},
		// negative: the collective before a genitive names an owner
		{"owner", "चारों चैनलों के 10 लाख सब्सक्राइबर थे।", []string{"1000000 followers"}},
		// "दो" (two) is no collective: its genitive keeps the count
		{"two", "सरकार ने दो चैनल बंद किए।", []string{"2 channels"}},
	})
}

// TestKindGermanPluralE: a German plural in -e whose singular is a unit
// ("Hinweise", "Kanäle", "Beiträge") is a plural subject, so a count in
// brackets after it counts it; a singular subject still does not.
func TestKindGermanPluralE(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"Hinweise", "Die meisten Hinweise (12.400) kamen von Bürgern.", []string{"12400 notices"}},
		{"Kanäle", "Die gesperrten Kanäle (64) gehörten Verschwörungsideologen.", []string{"64 channels"}},
		{"Beiträge", "Die gelöschten Beiträge (3.100) stammten von Bots.", []string{"3100 posts"}},
		// negative: a singular subject before the bracket
		{"singular", "Der Kanal (2019) wurde gesperrt.", nil},
	})
}

// TestKindGermanAttributePhrase: a phrase of place, time or reason inside a
// German attribute between count and unit ("2575 in einem Zeitraum von
// sieben Wochen gemeldete Einträge", "300 auf Telegram gesperrte Kanäle")
// is read past as an agent phrase is; a year before such a phrase, and
// "in … Fällen", stay no count.
func TestKindGermanAttributePhrase(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"in Zeitraum", "Facebook hat 1800 in einem Zeitraum von sechs Wochen gemeldete Beiträge gelöscht.", []string{"1800 posts"}},
		{"auf", "Telegram sperrte 300 auf der Plattform verbreitete Kanäle.", []string{"300 channels"}},
		{"wegen", "Das BKA meldete 450 wegen Volksverhetzung beanstandete Inhalte.", []string{"450 content_items"}},
		{"in Deutschland", "YouTube entfernte 900 in Deutschland gemeldete Videos.", []string{"900 videos"}},
		// negatives: a year, occasions
		{"year", "Behörden ordneten 2023 in zwölf Fällen die Entfernung gemeldeter Inhalte an.", nil},
	})
}

// TestKindHindiObjectCount: a Hindi bare count after "और" with the object
// marker "को" and a takedown verb after it counts what the count before it
// in the sentence counts ("316 पोस्ट की पहचान की है और 263 को हटा दिया
// है"); "को" before another verb takes no unit.
func TestKindHindiObjectCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"hata diya", "पुलिस ने 90 पोस्ट की पहचान की है और 61 को हटा दिया है।", []string{"90 posts", "61 posts"}},
		{"band kara", "साइबर सेल ने 40 अकाउंट चिह्नित किए और 25 को बंद करा दिया।", []string{"40 accounts", "25 accounts"}},
		{"block", "टीम ने 120 वीडियो की पहचान की और 80 को ब्लॉक कर दिया गया।", []string{"120 videos", "80 videos"}},
		// negative: "को" before a verb of no takedown
		{"notice", "पुलिस ने 40 अकाउंट की पहचान की और 25 को नोटिस भेजा।", []string{"40 accounts"}},
	})
}

// TestKindLaterSeries: a bare count in a series over time carries the unit
// of the dated count before it when "already" stands before it ("im
// Januar bereits 120"), when a time relative to the count before dates
// it ("ein Jahr später 450", "danach 351", "a year later 450"), and after
// "so waren es"; a first count with no date still carries nothing.
func TestKindLaterSeries(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"bereits", "Im März sperrte Telegram 40 Gruppen, im April bereits 95.", []string{"40 groups", "95 groups"}},
		{"ein Jahr später", "Im Jahr 2019 wurden 300 Konten gesperrt, ein Jahr später 450.", []string{"300 accounts", "450 accounts"}},
		{"so waren es", "Im Jahr 2018 gingen 200 Meldungen ein, so waren es zwei Jahre später schon 610 und danach 700.", []string{"200 notices", "610 notices", "700 notices"}},
		{"en a year later", "In 2019 Twitter suspended 300 accounts, and a year later already 450.", []string{"300 accounts", "450 accounts"}},
		// negative: the first count has no date
		{"undated", "Telegram banned 429 channels, and a year later 19.", []string{"429 channels"}},
	})
}

// TestKindPeriodCopulaNext: a sentence that is no more than a time, "waren
// es" or "there were" and a bare count gives the count of the sentence
// before for another period ("… rund 75.000 Meldungen. Allein im Jahr 2024
// waren es fast 37.000."); a count with a noun of its own keeps it.
func TestKindPeriodCopulaNext(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"allein", "Die Meldestelle erhielt seit 2020 rund 60.000 Meldungen. Allein im Jahr 2024 waren es fast 25.000.", []string{"60000 notices about", "25000 notices about"}},
		{"im Jahr", "Facebook löschte 2023 rund 2.000 Beiträge. Im Jahr 2022 waren es 1.400.", []string{"2000 posts about", "1400 posts"}},
		{"en there were", "Telegram blocked 900 channels in 2024. In 2023 there were 640.", []string{"900 channels", "640 channels"}},
		// negative: the count has a noun of its own
		{"own noun", "Facebook löschte 2023 rund 2.000 Beiträge. Im Jahr 2022 waren es 1.400 Mitarbeiter.", []string{"2000 posts about"}},
	})
}
