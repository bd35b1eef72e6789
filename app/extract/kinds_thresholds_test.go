package extract

import "testing"

// TestKindHindiUserThreshold: a count of users with वाले after it that
// names a class of platforms or intermediaries (मंच, प्लेटफॉर्म, सोशल
// मीडिया मध्यस्थ, intermediaries), or written as "से अधिक … वाले" (having
// more than), is the mark a rule sets, no figure: "बड़े डिजिटल मंचों (50
// लाख से अधिक उपयोगकर्ताओं वाले)". A platform's own users, users banned
// and accounts blocked stay figures.
func TestKindHindiUserThreshold(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"hi, मंचों before, से अधिक", "बड़े डिजिटल मंचों (50 लाख से अधिक उपयोगकर्ताओं वाले) को हर महीने अनुपालन रिपोर्ट प्रकाशित करनी होती है।", nil},
		{"hi, मध्यस्थों after", "50 लाख से अधिक यूजर्स वाले सोशल मीडिया मध्यस्थों को हर महीने रिपोर्ट देनी होती है।", nil},
		{"hi, registered, no qualifier", "नए नियम 50 लाख पंजीकृत उपयोगकर्ताओं वाले महत्वपूर्ण सोशल मीडिया मध्यस्थों पर लागू होते हैं।", nil},
		{"hi, प्लेटफॉर्म", "50 लाख यूजर्स वाले प्लेटफॉर्म को शिकायत अधिकारी नियुक्त करना होगा।", nil},
		{"hi, से ज़्यादा … मंचों", "नियम 50 लाख से ज़्यादा यूज़र्स वाले मंचों पर लागू होते हैं।", nil},
		{"hi, intermediaries", "नियम 50 लाख उपयोगकर्ताओं वाले intermediaries पर लागू होते हैं।", nil},
		{"hi, से अधिक … वाली कंपनियों", "50 लाख से अधिक उपयोगकर्ताओं वाली कंपनियों को शिकायत अधिकारी रखना होगा।", nil},
		// negatives: a platform's user base, users banned, accounts blocked,
		// वाले before the count, a platform named after वाले
		{"hi, user base", "व्हाट्सएप के भारत में 50 करोड़ से अधिक उपयोगकर्ता हैं।", []string{"500000000 users more_than"}},
		{"hi, users banned", "व्हाट्सएप ने अगस्त में 20 लाख भारतीय यूजर्स को बैन किया।", []string{"2000000 users"}},
		{"hi, accounts blocked", "व्हाट्सएप ने 20 लाख से अधिक खातों को बैन किया।", []string{"2000000 accounts more_than"}},
		{"hi, वाले before the count", "आतंकवाद को बढ़ावा देने वाले 10 लाख से अधिक खातों को बंद किया गया है।", []string{"1000000 accounts more_than"}},
		{"hi, a platform after वाले", "भारत में 40 करोड़ उपयोगकर्ताओं वाले व्हाट्सएप ने 20 लाख खाते बंद किए।", []string{"400000000 users", "2000000 accounts"}},
		{"en, one platform with", "Discord is an internet community platform with over 250 million users.", []string{"250000000 users more_than"}},
	})
}

// TestKindArabicBareDual: a bare Arabic dual of a scale word with no
// number before it, in construct with its counted noun, is two of its
// scale: "مليونا مشترك" (two million subscribers), "ألفا حساب", "مليارا
// رسالة"; the duals with their nun (مليونان, ألفان, ملياران) and the
// oblique ones (مليوني, ألفي) as well. The same alif after a number or
// written with tanween is the accusative of one scale: "12 مليونًا و450
// ألفًا", "43 مليونا", "مليونًا و200 ألف حساب".
func TestKindArabicBareDual(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ar, مليونا مشترك", "بلغ عدد المشتركين مليونا مشترك في القناة.", []string{"2000000 followers"}},
		{"ar, مليونا حساب", "حذفت الشركة مليونا حساب.", []string{"2000000 accounts"}},
		{"ar, ألفا حساب", "أغلقت تويتر ألفا حساب.", []string{"2000 accounts"}},
		{"ar, مليارا رسالة", "حذفت الشركة مليارا رسالة.", []string{"2000000000 posts"}},
		{"ar, ألفا شخص", "يتابع القناة ألفا شخص.", []string{"2000 followers"}},
		{"ar, qualified", "أغلقت تويتر نحو ألفا حساب.", []string{"2000 accounts about"}},
		{"ar, مليونان", "حذف تيليغرام مليونان من الحسابات.", []string{"2000000 accounts"}},
		{"ar, مليوني", "حذف تيليغرام مليوني حساب.", []string{"2000000 accounts"}},
		{"ar, ألفان", "أغلقت تويتر ألفان من الحسابات.", []string{"2000 accounts"}},
		{"ar, ألفي", "أغلقت تويتر ألفي حساب.", []string{"2000 accounts"}},
		{"ar, ملياران", "حذفت الشركة ملياران رسالة.", []string{"2000000000 posts"}},
		// negatives: the accusative after a number or with tanween, a
		// plural, the bare singular, the accusative before من or و
		{"ar, compound with tanween", "حذفت الشركة 12 مليونًا و450 ألفًا من المنشورات.", []string{"12450000 posts"}},
		{"ar, compound", "حذفت الشركة 34 مليونا و913 ألفا من المنشورات.", []string{"34913000 posts"}},
		{"ar, plural", "حذفت الشركة 3 ملايين حساب.", []string{"3000000 accounts"}},
		{"ar, accusative after a number", "حذف يوتيوب أكثر من 43 مليونا من الحسابات.", []string{"43000000 accounts more_than"}},
		{"ar, billions accusative after a number", "حذفت الشركة 12 مليارًا من الرسائل.", []string{"12000000000 posts"}},
		{"ar, bare accusative with tanween", "حذفت فيسبوك مليونًا و200 ألف حساب.", []string{"1200000 accounts"}},
		{"ar, bare accusative with tanween before its noun", "حذفت فيسبوك مليونًا حساب.", []string{"1000000 accounts"}},
		{"ar, bare accusative before من", "حذفت فيسبوك مليونا من الحسابات.", []string{"1000000 accounts"}},
		{"ar, singular", "حذفت فيسبوك مليون حساب.", []string{"1000000 accounts"}},
		{"ar, alpha", "أعلنت شركة ألفا عن نتائجها.", nil},
	})
}
