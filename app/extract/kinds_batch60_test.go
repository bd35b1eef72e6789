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

// TestKindHindiAurMore: Hindi "और" right after a count and before a word
// is "more", so the unit after it, a compound one too, is the count's
// (held-out batch 60: "83 और सोशल मीडिया अकाउंट्स और पेजों को ब्लॉक करवाया").
func TestKindHindiAurMore(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"hi, और + two units", "पुलिस ने 40 और अकाउंट्स और पेजों को ब्लॉक करवाया।", []string{"40 accounts_and_pages"}},
		{"hi, और + सोशल मीडिया + two units", "साइबर सेल ने 25 और सोशल मीडिया अकाउंट्स और पेजों को बंद कराया।", []string{"25 accounts_and_pages"}},
		// unchanged: one unit, a number after "और", people
		{"hi, और + one unit", "पुलिस ने 40 और अकाउंट्स को ब्लॉक करवाया।", []string{"40 accounts"}},
		{"hi, और + number", "सरकार ने 20 और 5 पेज ब्लॉक किए।", []string{"20 pages", "5 pages"}},
		{"hi, और + people", "पुलिस ने 10 और लोगों को गिरफ्तार किया।", nil},
	})
}

// TestKindPlatformSplit: a bare count given for one platform shares the
// unit of the count coordinated after it for another (held-out batch 60:
// "फेसबुक से 19.8 मिलियन से अधिक और इंस्टाग्राम से 6.2 मिलियन से अधिक
// कंटेंट"). With no platform by both counts, the first stays bare.
func TestKindPlatformSplit(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"hi, करोड़ और लाख", "मेटा ने फेसबुक से 1.9 करोड़ और इंस्टाग्राम से 60 लाख कंटेंट हटाए।", []string{"19000000 content_items", "6000000 content_items"}},
		{"hi, से अधिक", "मेटा ने फेसबुक से 2 करोड़ से अधिक और इंस्टाग्राम से 50 लाख से अधिक पोस्ट हटाईं।", []string{"20000000 posts more_than", "5000000 posts more_than"}},
		{"en, on … and … on", "Meta removed 19.8 million on Facebook and 6.2 million pieces of content on Instagram.", []string{"19800000 content_items", "6200000 content_items"}},
		// unchanged: no platform with the first, a verb between
		{"en, no platform", "Police arrested 20 and blocked 40 accounts on Facebook.", []string{"40 accounts"}},
		{"en, no platform with the second", "The company removed 300 from YouTube and 200 accounts.", []string{"200 accounts"}},
	})
}
