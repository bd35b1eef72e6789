package extract

import "testing"

// TestKindRussianHalfScale: half a thousand, million or billion written as
// one Russian word (пол-, and полу- in the oblique cases) is a count, as
// полтора and the other languages' "half a million" are.
func TestKindRussianHalfScale(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ru, более полумиллиона", "За один день заблокировано более полумиллиона групп и каналов.", []string{"500000 groups_and_channels more_than"}},
		{"ru, полмиллиона", "Telegram заблокировал полмиллиона каналов.", []string{"500000 channels"}},
		{"ru, около", "Роскомнадзор удалил около полумиллиона материалов.", []string{"500000 content_items about"}},
		{"ru, hyphen", "Заблокировано пол-миллиона аккаунтов.", []string{"500000 accounts"}},
		{"ru, полмиллиарда", "Платформа удалила полмиллиарда сообщений.", []string{"500000000 posts"}},
		{"ru, полтысячи", "Ведомство заблокировало более полтысячи сайтов.", []string{"500 sites more_than"}},
		// the other languages, as before
		{"en", "Telegram blocked half a million channels.", []string{"500000 channels"}},
		{"ar", "حجبت السلطات نصف مليون موقع.", []string{"500000 sites"}},
		// negatives: a half of a period, полтора stays one and a half
		{"ru, полгода", "За полгода заблокировано 300 сайтов.", []string{"300 sites"}},
		{"ru, полтора", "Заблокировано полтора миллиона аккаунтов.", []string{"1500000 accounts"}},
		{"ru, половина", "Половина каналов заблокирована.", nil},
	})
}

// TestKindArabicGluedThreeUnits: three unit nouns each glued to "wa"
// after a count ("82 صفحة ومجموعة وحسابا") are the compound of the three,
// in the order written, as ", u2 and u3" is in other languages.
func TestKindArabicGluedThreeUnits(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"accusative", "قالت فيسبوك إنها أزالت 82 صفحة ومجموعة وحسابا بسبب سلوك زائف.", []string{"82 pages_and_groups_and_accounts"}},
		{"tanwin", "أزالت 82 صفحة ومجموعة وحسابًا.", []string{"82 pages_and_groups_and_accounts"}},
		{"plural", "أزالت الشركة 82 صفحة ومجموعة وحسابات.", []string{"82 pages_and_groups_and_accounts"}},
		{"accounts first", "حذفت 50 حسابا وصفحة ومجموعة.", []string{"50 accounts_and_pages_and_groups"}},
		{"channels", "أغلقت 40 صفحة ومجموعة وقناة.", []string{"40 pages_and_groups_and_channels"}},
		{"en, as before", "Facebook removed 82 pages, groups and accounts.", []string{"82 pages_and_groups_and_accounts"}},
		// negatives: two units stay two, a dual is a count of its own, a
		// verb glued to "wa" is no unit
		{"two units", "أزالت الشركة 40 صفحة وحسابا.", []string{"40 pages_and_accounts"}},
		{"dual", "أزالت 25 صفحة ومجموعة وحسابين.", []string{"25 pages_and_groups", "2 accounts"}},
		{"verb", "أغلقت 20 صفحة ومجموعة وضبطت 9 متهمين.", []string{"20 pages_and_groups"}},
	})
}

// TestKindArabicConstructDual: an Arabic dual in the construct state, its
// nun dropped before the two names it governs ("حجب موقعَي «البداية»
// و«البديل»"), is two of its unit, as the dual with nun is.
func TestKindArabicConstructDual(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"sites, with fatha", "حجب موقعَي “البداية” و”البديل” يرفع عدد المواقع المحجوبة إلى 54 موقعا", []string{"2 sites", "54 sites"}},
		{"sites, guillemets", "حجبت السلطات موقعي «مدى مصر» و«مصر العربية».", []string{"2 sites"}},
		{"accounts", "أغلقت تويتر حسابي \"فلان\" و\"علان\" أمس.", []string{"2 accounts"}},
		{"channels", "حجبت السلطات قناتي \"الجزيرة\" و\"العربي\" على يوتيوب.", []string{"2 channels"}},
		{"with nun, as before", "تم حجب موقعين إخباريين.", []string{"2 sites"}},
		// negatives: the possessive "my" (one name, or none), two companies
		// named, which are no takedown
		{"my site", "زار موقعي “البداية” أمس.", nil},
		{"my site, no names", "هذا موقعي الشخصي.", nil},
		{"companies", "تم الحجب بالتعاون مع شركتي «اتصالات» و«دو».", nil},
	})
}

// TestKindUnitWords47: the Hindi spelling स्काईप आईडी (Skype IDs), हैंड्ल
// (handles), ओटीटी for OTT platforms and एक्स for X; apps before "और" and a
// count of handles are their own noun, not an adjective of the handles.
func TestKindUnitWords47(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"hi, स्काईप", "साइबर सेंटर ने 1700 स्काईप आईडी और 59 हजार व्हाट्सएप खातों की पहचान की है।", []string{"1700 accounts", "59000 accounts"}},
		{"hi, हैंड्ल", "मंत्रालय ने 57 सोशल मीडिया हैंड्ल को ब्लॉक किया है।", []string{"57 accounts"}},
		{"hi, ओटीटी alone", "मंत्रालय ने 18 ओटीटी, 19 वेबसाइट और 57 सोशल मीडिया हैंडल को ब्लॉक किया है।", []string{"18 platforms", "19 sites", "57 accounts"}},
		{"hi, एक्स", "सरकार ने 8 हजार एक्स अकाउंट ब्लॉक करने का आदेश दिया।", []string{"8000 accounts"}},
		{"en, as before", "The ministry blocked 18 OTT platforms and 57 social media handles.", []string{"18 platforms", "57 accounts"}},
		// negatives: apps are no unit, and share none
		{"hi, apps", "मंत्रालय ने 10 एप्स और 57 सोशल मीडिया हैंडल को ब्लॉक किया।", []string{"57 accounts"}},
		{"hi, apps alone", "सरकार ने 59 एप्स पर प्रतिबंध लगाया।", nil},
	})
}

// TestKindAdsRemovedFrom: a count after "from" (из, من, da) with a word
// for ads or advertising before it names where the ads ran ("удалено
// незаконной рекламы из 17 известных каналов"): the channels were not
// taken down, and ads are no figure.
func TestKindAdsRemovedFrom(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"ru", "С начала осени 2022 года было успешно удалено незаконной рекламы из 17 известных каналов.", nil},
		{"en", "Meta removed illegal ads from 17 channels.", nil},
		{"en, qualified", "Meta removed illegal ads from more than 17 channels.", nil},
		{"ar", "تمت إزالة إعلانات مخالفة من 17 قناة.", nil},
		{"ar, qualified", "تمت إزالة الإعلانات المخالفة من أكثر من 17 قناة.", nil},
		{"it", "Google ha rimosso annunci pubblicitari da 300 siti.", nil},
		// negatives: channels removed for their ads, posts removed from
		// channels, ads and a count of their own
		{"channels with ads", "Telegram removed 17 channels with illegal ads.", []string{"17 channels"}},
		{"ru, channels blocked", "Роскомнадзор удалил рекламу казино и заблокировал 17 каналов.", []string{"17 channels"}},
		{"en, from a country", "Twitter removed ads and suspended 300 accounts from Russia.", []string{"300 accounts"}},
		{"es, announced", "Meta anunció que eliminó una red de mil 464 cuentas de Facebook.", []string{"1464 accounts"}},
	})
}

// TestKindPlatformListSharedUnit: the counts of a list broken down by
// platform share the unit its last item names ("12 फेसबुक के, 17 एक्स के, 16
// इंस्टाग्राम और 12 यूट्यूब के अकाउंट", "12 Facebook, 17 X, 16 Instagram and
// 12 YouTube accounts"), not only the last two.
func TestKindPlatformListSharedUnit(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"hi, के", "जिन सोशल मीडिया अकाउंट को ब्लॉक किया गया है उनमें 12 फेसबुक के, 17 एक्स के, 16 इंस्टाग्राम और 12 यूट्यूब के अकाउंट शामिल हैं।", []string{"12 accounts", "17 accounts", "16 accounts", "12 accounts"}},
		{"hi, no के", "उनमें 12 फेसबुक, 17 ट्विटर, 16 इंस्टाग्राम और 12 यूट्यूब अकाउंट शामिल हैं।", []string{"12 accounts", "17 accounts", "16 accounts", "12 accounts"}},
		{"en, four", "These include 12 Facebook, 17 X, 16 Instagram and 12 YouTube accounts.", []string{"12 accounts", "17 accounts", "16 accounts", "12 accounts"}},
		{"en, three", "Meta removed 30 Facebook, 25 Instagram and 10 WhatsApp accounts.", []string{"30 accounts", "25 accounts", "10 accounts"}},
		// negatives: a year before a platform, a count with its own unit,
		// a count of another thing before the list
		{"year", "In 2021 Facebook, 300 Instagram and 200 YouTube accounts were removed.", []string{"300 accounts", "200 accounts"}},
		{"own unit", "There were 12 Facebook posts, 17 Instagram and 16 YouTube accounts.", []string{"12 posts", "17 accounts", "16 accounts"}},
		{"users before", "Twitter had 330 million users, 12 Facebook and 16 Instagram accounts were blocked.", []string{"330000000 users", "12 accounts", "16 accounts"}},
	})
}
