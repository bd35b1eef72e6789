package extract

import "testing"

// TestKindSlashWrappedCount: a count printed between two slashes
// ("/234/ صفحة") reads as the bare count; dates and case numbers written
// with slashes stay whole.
func TestKindSlashWrappedCount(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ar list", "أغلقت الشركة /120/ قناة و /45/ مجموعة على تيليغرام.", []string{"120 channels", "45 groups"}},
		{"ar one", "حذف الموقع /18/ حسابا مرتبطا بالشبكة.", []string{"18 accounts"}},
		{"en", "The platform removed /300/ accounts and /12/ pages last week.", []string{"300 accounts", "12 pages"}},
		// a date with slashes is no count
		{"date", "أغلقت الهيئة الموقع بتاريخ 9/5/2020 بعد شكوى.", nil},
		// a case number with slashes is no count
		{"case number", "قضت المحكمة في الدعوى المرقمة (325/ اتحادية/ 2023) بحجب المواقع.", nil},
		// a slash-wrapped number with no unit after it stays no figure
		{"no unit", "صدر القرار /17/ من الهيئة أمس.", nil},
	})
}

// TestKindRateOfChange: "بمعدل" before a percentage that sizes a rise or
// fall named before it is no average; before a count, or with no change
// named, it stays one.
func TestKindRateOfChange(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"rise noun", "سجلت المنصة ارتفاع عدد البلاغات عن المحتوى المخالف بمعدل 40%.", []string{"40 percent"}},
		{"fall verb", "وانخفضت طلبات حذف الحسابات في الربع الثاني بمعدل 15%.", []string{"15 percent"}},
		{"increase al", "وأشار التقرير إلى الزيادة في طلبات الحجب بمعدل 60% مقارنة بالعام الماضي.", []string{"60 percent"}},
		// a count after بمعدل is still an average
		{"count", "ارتفع عدد القنوات المحظورة، إذ تغلق المنصة بمعدل 60 قناة.", []string{"60 channels average"}},
		// no change named before: still an average
		{"no change", "تحذف المنصة المحتوى المخالف بمعدل 95% قبل أي بلاغ.", []string{"95 percent average"}},
	})
}

// TestKindArSubjectExceeds: an Arabic verb of exceeding that opens its
// clause, with its subject before the count, makes the count more_than.
func TestKindArSubjectExceeds(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"relative subject", "وتجاوزت البلاغات التي تلقتها الهيئة 3 آلاف بلاغ خلال العام.", []string{"3000 notices more_than"}},
		{"plain subject", "تجاوزت القنوات المحذوفة 1200 قناة في الشهر الماضي.", []string{"1200 channels more_than"}},
		{"after comma", "وبحسب التقرير، يتجاوز المحتوى المحذوف 40 ألف منشور.", []string{"40000 posts more_than"}},
		// the verb not opening its clause: no qualifier
		{"mid clause", "قالت الهيئة التي تجاوزت مهلتها إنها حجبت 50 موقعا.", []string{"50 sites"}},
		// تجاوز عن (to pass over) is no exceeding
		{"passed over", "وتجاوزت الشركة عن 20 حسابا مخالفا.", []string{"20 accounts"}},
	})
}
