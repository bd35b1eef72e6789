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

// TestKindBracketedArticle: the number of a law's article, clause or
// regulation, written in brackets after its label ("المادة (39)", "رقم
// (1) لسنة 2022", "Article (12)"), is a reference, as it is without the
// brackets; a bracketed count before its unit ("(28) مادة") still counts.
func TestKindBracketedArticle(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"article, ar", "وذلك استنادا إلى المادة (12) من قانون الإعلام.", nil},
		{"clause, ar", "ونص البند (4) على حجب المواقع المخالفة.", nil},
		{"regulation, ar", "صدر النظام رقم (3) لسنة 2021 بشأن المحتوى.", nil},
		{"article, en", "Under Article (19) of the decree the regulator blocked 40 channels.", []string{"40 channels"}},
		// a bracketed count before its unit
		{"count, ar", "أزال المركز (28) مادة متطرفة.", []string{"28 content_items"}},
	})
}

// TestKindHiUsersPlatformAccounts: a Hindi count of users owning accounts
// counts the accounts, also with the platform's name before the noun
// ("45,191 भारतीय यूजर्स के ट्विटर अकाउंट्स"); users with no accounts of
// theirs named stay users.
func TestKindHiUsersPlatformAccounts(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"twitter", "कंपनी ने जून में 52,141 भारतीय यूजर्स के ट्विटर अकाउंट्स बैन किए।", []string{"52141 accounts"}},
		{"whatsapp", "मई में 19 लाख भारतीय यूजर्स के व्हाट्सएप अकाउंट बंद किए गए।", []string{"1900000 accounts"}},
		// negative: the users of a platform
		{"users", "भारत में फेसबुक के 30 करोड़ यूजर्स हैं।", []string{"300000000 users"}},
	})
}

// TestKindArOneAfterNoun: an Arabic noun with "واحد/واحدة" after it,
// perhaps past one word of a name or an adjective, is a count of one when
// a counted figure stands just before it, also past that figure's
// adjective and a comma; joined by wa- to the unit before, it is a figure
// of its own, not half of a joined unit.
func TestKindArOneAfterNoun(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"joined", "وأغلقت الشركة 15 قناة ومجموعة واحدة.", []string{"15 channels", "1 groups"}},
		{"adjective, joined", "حذفت المنصة 12 صفحة وحساب رسمي واحد.", []string{"12 pages", "1 accounts"}},
		{"after adjective", "أزالت 9 حسابات إعلانية ومدونة واحدة.", []string{"9 accounts", "1 sites"}},
		{"name, comma", "حذفت 6 قنوات إخبارية، وصفحة فيسبوك واحدة.", []string{"6 channels", "1 pages"}},
		// negatives: a joined unit with no "one"; "one" with no figure before
		{"no one", "حذفت الشركة 30 قناة ومجموعة.", []string{"30 groups_and_channels"}},
		{"no figure", "لم تحذف المنصة سوى مدونة واحدة.", nil},
	})
}

// TestKindUnderInquiry: sites or platforms in the scope of an inquiry
// under way after their unit ("700 प्लेटफार्म जांच के दायरे में हैं",
// "की जांच जारी है", "are under investigation", "under the scanner") are
// none taken down; the count blocked beside them still counts.
func TestKindUnderInquiry(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"hi, scope", "सरकार ने 120 वेबसाइट ब्लॉक कीं और ऐसी 400 प्लेटफार्म अभी जांच के दायरे में हैं।", []string{"120 sites"}},
		{"hi, under way", "मंत्रालय ने 90 साइट्स बंद कीं, जबकि 300 प्लेटफॉर्म्स की जांच जारी है।", []string{"90 sites"}},
		{"en, investigation", "The ministry blocked 357 websites, while 700 platforms are under investigation.", []string{"357 sites"}},
		{"en, scanner", "Officials said 250 more sites are under the scanner.", nil},
		// negative: requests under review are still requests
		{"requests", "The regulator has 1,200 requests under review.", []string{"1200 requests"}},
	})
}

// TestKindHiSaitsPlural: the Hindi plural "साइट्स" (and "साइटें") of साइट
// counts sites, as "वेबसाइट्स" does.
func TestKindHiSaitsPlural(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"साइट्स", "मंत्रालय ने 90 साइट्स बंद कीं।", []string{"90 sites"}},
		{"साइटें", "पुलिस ने 14 साइटें ब्लॉक कराईं।", []string{"14 sites"}},
		// negative: days, no sites
		{"days", "साइट्स 14 दिन बंद रहीं।", nil},
	})
}

// TestKindHiCommaPair: two Hindi unit nouns listed with a comma under one
// count, closed by the object marker ("357 वेबसाइट, यूआरएल को ब्लाक"),
// join in the order written; a second noun with a number of its own, or
// no object marker after it, does not.
func TestKindHiCommaPair(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"sites, urls", "मंत्रालय ने 210 वेबसाइट, यूआरएल को ब्लॉक किया।", []string{"210 sites_and_urls"}},
		{"channels, accounts", "सरकार ने 64 चैनल, अकाउंट पर रोक लगाई।", []string{"64 channels_and_accounts"}},
		// negatives: a number of its own; a clause after the comma
		{"own number", "सरकार ने 19 वेबसाइट्स, 10 चैनल को ब्लॉक किया।", []string{"19 sites", "10 channels"}},
		{"clause", "सरकार ने 40 वेबसाइट, जिनमें कई पोर्टल हैं, ब्लॉक कीं।", []string{"40 sites"}},
	})
}
