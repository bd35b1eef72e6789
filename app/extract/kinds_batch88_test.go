package extract

import "testing"

// TestKindDigitsRestatedInWords: number words that restate at once the
// count in digits before them are the same count; the digits hold even
// when the writer's words come out another number. A year before number
// words and words far from the digits' value are another count.
func TestKindDigitsRestatedInWords(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ar, words a little off", "بلغ عدد مستخدمي المنصة 3999000 ثلاث مليون وتسعمائة وتسع وتسعون مستخدم.", []string{"3999000 users"}},
		{"ar, words of another tens", "حجبت الهيئة 25 ستة وعشرين موقعا.", []string{"25 sites"}},
		{"ar, same value", "أغلقت الشركة 12 اثني عشر حسابا.", []string{"12 accounts"}},
		{"en", "The company removed 4999000 four million nine hundred ninety-nine accounts.", []string{"4999000 accounts"}},
		// negatives: a year, words of another size
		{"ar, year", "حجبت الهيئة في 2019 ثلاثة مواقع.", []string{"3 sites"}},
		{"ar, far apart", "أغلقت 400 ثلاثة حسابات.", []string{"3 accounts"}},
	})
}

// TestKindFansAndFollowerCounts: fans of a page ("معجب") are its
// followers; the number of followers given as people ("عدد متابعيه 888
// ألف شخص") is a count of followers; and a bare count after "عدد
// المعجبين" keeps its unit when how long it took follows ("في ساعات
// معدودة", "in a few hours").
func TestKindFansAndFollowerCounts(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"fans", "أغلقت الشركة الصفحة التي كانت تضم ما يزيد على 40 ألف معجب، من دون إنذار.", []string{"40000 followers more_than"}},
		{"fans, possessive", "وبلغ عدد معجبيها مليون معجب.", []string{"1000000 followers"}},
		{"followers as people", "ويبلغ عدد متابعيه 500 ألف شخص.", []string{"500000 followers"}},
		{"followers of, construct", "وبلغ عدد متابعي الصفحة مليوني شخص قبل إغلاقها.", []string{"2000000 followers"}},
		{"en, followers as people", "The number of its followers reached 2 million people before the ban.", []string{"2000000 followers"}},
		{"bare, a few hours", "وصل عدد المعجبين فيها إلى 25 ألفاً في ساعات معدودة، ثم أغلقت.", []string{"25000 followers"}},
		{"bare, two days", "وصل عدد الحسابات المحجوبة إلى 7 آلاف في يومين.", []string{"7000 accounts"}},
		// negatives: people who are no followers, a count of "some of"
		{"arrested people", "بلغ عدد المعتقلين 50 شخصا.", nil},
		{"some of its followers", "قال عدد من متابعيه إن 30 شخصا اعتقلوا.", nil},
		{"admirer", "أنا معجب بهذه الصفحة منذ 3 سنوات.", nil},
	})
}
