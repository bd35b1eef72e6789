package extract

import "testing"

// TestKindRussianCaseForms: the dative, instrumental and prepositional
// forms of тысяча, миллион, миллиард and процент are scales and percent
// like the others (held-out batch 60: "ограничили доступ к 21 тысяче
// сайтов", "в 73 процентах случаев удалению подвергались сайты").
func TestKindRussianCaseForms(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ru, к тысяче", "Роскомнадзор ограничил доступ к 12 тысяче страниц с фейками.", []string{"12000 pages"}},
		{"ru, тысячей", "Ведомство заблокировало доступ к сайтам с 3 тысячей ссылок на пиратский контент.", []string{"3000 links"}},
		{"ru, к миллиону", "Доступ ограничен к 1,2 миллиону сайтов.", []string{"1200000 sites"}},
		{"ru, о миллионах", "Ведомство сообщило о 3 миллионах удаленных материалов.", []string{"3000000 content_items"}},
		{"ru, в процентах", "В 64 процентах случаев заблокированы сайты с продажей лекарств.", []string{"64 percent"}},
		// unchanged: the other case forms
		{"ru, тысяч", "Роскомнадзор заблокировал 21 тысячу сайтов.", []string{"21000 sites"}},
	})
}

// TestKindArabicPostposedPart: a count followed by "منها" or "منهم" ("of
// them") is a part of the figure before and counts its unit, as "157 of
// them", "157 из них" and "157 davon" do (held-out batch 60: "342 موقعاً
// … 157 منها مخلة بالآداب").
func TestKindArabicPostposedPart(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ar, منها", "أغلقت المنصة 500 حساب، 120 منها في مصر.", []string{"500 accounts", "120 accounts"}},
		{"ar, منهم", "حذف تويتر 900 حساب، 300 منهم من السعودية.", []string{"900 accounts", "300 accounts"}},
		{"ar, منها مع وصف", "حجبت الهيئة 600 موقع، 250 منها مواقع قمار.", []string{"600 sites", "250 sites"}},
		// unchanged: the marker before the count
		{"ar, منها قبل العدد", "حجبت الهيئة 342 موقعاً، منها 157 مخلة بالآداب.", []string{"342 sites", "157 sites"}},
	})
}

// TestKindListTail: a bare count after "and" that ends a list of counts of
// one unit counts that unit (held-out batch 60: "و32 موقع مراهنات، و97
// موقعا لحقوق الملكية الفكرية، و56 مسيئة للدين الإسلامي"). Counts of people
// or time after it, or a list of two different units, are left alone.
func TestKindListTail(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ar, و في آخر القائمة", "حذفت الشركة 32 موقع مراهنات، و97 موقعا لحقوق الملكية، و56 مسيئة للدين.", []string{"32 sites", "97 sites", "56 sites"}},
		{"ar, أخرى", "أغلق الموقع 40 حسابا، و25 حسابا، و10 أخرى.", []string{"40 accounts", "25 accounts", "10 accounts"}},
		{"en, and", "The authority blocked 32 betting sites, 97 piracy sites and 56 offensive to religion.", []string{"32 sites", "97 sites", "56 sites"}},
		{"ru, и", "Роскомнадзор заблокировал 32 сайта казино, 97 пиратских сайтов и 56 оскорбительных.", []string{"32 sites", "97 sites", "56 sites"}},
		// unchanged: people, time, two units, a single figure before
		{"en, people after", "The authority blocked 32 betting sites, 97 piracy sites and 56 people were arrested.", []string{"32 sites", "97 sites"}},
		{"en, days after", "The authority blocked 32 betting sites, 97 piracy sites and 56 days later it stopped.", []string{"32 sites", "97 sites"}},
		{"en, two units", "The platform removed 32 videos, 97 channels and 56 in Spanish.", []string{"32 videos", "97 channels"}},
	})
}
