package extract

import "testing"

// TestKindHindiAllNForms: the Hindi "all N" forms of the number words
// from three on (तीनों, पांचों) count N when their unit is acted on; when
// the unit owns what follows ("… चैनलों के सब्सक्राइबर"), they restate the
// group and give no figure. "दोनों" (both) counts nothing, as "both",
// "les deux" and "beide" do in the set.
func TestKindHindiAllNForms(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"all three", "पुलिस ने इन तीनों फर्जी अकाउंट को ब्लॉक कर दिया।", []string{"3 accounts"}},
		{"both", "साइबर सेल ने दोनों वेबसाइट को बंद करा दिया।", nil},
		{"all four", "इन चारों चैनलों को हटाया गया।", []string{"4 channels"}},
		{"no nasal mark", "इन तीनो अकाउंट को सस्पेंड किया गया।", []string{"3 accounts"}},
		// negatives: the units own what follows, or no unit
		{"owner of subscribers", "इन दोनों चैनलों के लाखों सब्सक्राइबर थे।", nil},
		{"no unit", "दोनों पक्षों ने इस मुद्दे पर बातचीत की।", nil},
	})
}

// TestKindHindiUserCountThreshold: a rule's size of platforms with a
// user-count noun before वाले ("यूजर संख्या वाले", "यूजर बेस वाले") is a
// threshold, no figure; a platform's own users stay a figure.
func TestKindHindiUserCountThreshold(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"user number", "नियमों के तहत 50 लाख से अधिक यूजर संख्या वाले प्लेटफॉर्म को हर महीने रिपोर्ट देनी होगी।", nil},
		{"user base", "10 लाख से ज्यादा यूजर बेस वाले मंचों पर यह नियम लागू है।", nil},
		{"platform's users", "व्हाट्सएप के भारत में 50 करोड़ यूजर हैं।", []string{"500000000 users"}},
	})
}

// TestKindHindiPuristWebsite: जालस्थल, the purist Hindi word for a web
// site, counts sites, in Devanagari digits as in ASCII ones.
func TestKindHindiPuristWebsite(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ascii digits", "सरकार ने 12 जालस्थलों को प्रतिबंधित किया।", []string{"12 sites"}},
		{"devanagari digits", "३ जालस्थल बंद किए गए।", []string{"3 sites"}},
	})
}

// TestKindBracketRestatement: the same count restated in brackets after
// "that is" in another scale ("2 मिलियन (यानी 20 लाख)") stands between the
// count and its unit without hiding it.
func TestKindBracketRestatement(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"hi, million as lakh", "कंपनी ने 2 मिलियन (यानी 20 लाख) अकाउंट्स बैन किए।", []string{"2000000 accounts"}},
		{"hi, more than after", "व्हाट्सएप ने 7.4 मिलियन (यानी 74 लाख) से ज्यादा अकाउंट्स पर रोक लगाई।", []string{"7400000 accounts more_than"}},
		{"fr, soit", "La plateforme a supprimé 1,5 million (soit 1 500 000) comptes.", []string{"1500000 accounts"}},
	})
}

// TestKindArabicMembersAsFollowers: منخرط, in Moroccan usage one who
// follows an account, counts followers; members of a body named after في
// ("منخرطا في خلية") are people, no figure.
func TestKindArabicMembersAsFollowers(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"of a page", "وبلغ عدد المنخرطين في الصفحة 300 ألف منخرط.", []string{"300000 followers"}},
		{"more than", "ويتابع الحساب أكثر من 50 ألف منخرط.", []string{"50000 followers more_than"}},
		{"in an account", "وبلغ عدد متابعي الأمن 200 ألف منخرط في حساب فايسبوك.", []string{"200000 followers"}},
		{"on a platform", "ويتابعها 90 ألف منخرط في فيسبوك.", []string{"90000 followers"}},
		// negatives: members of a cell, of an association
		{"cell", "اعتقلت الشرطة 12 منخرطا في خلية إرهابية.", nil},
		{"association", "وتضم الجمعية 200 منخرط في فروعها.", nil},
	})
}
