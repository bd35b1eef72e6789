package extract

import "testing"

// TestKindZirkaHedge: the German "zirka" (and "cirka"), spelt as the
// Bundestag and the BKA write "circa", hedges the count after it like
// "circa" and "ca.".
func TestKindZirkaHedge(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de, zirka", "Das BKA hat zirka 33.000 Löschersuchen versandt.", []string{"33000 requests about"}},
		{"de, sentence start", "Zirka 500 Kanäle wurden gesperrt.", []string{"500 channels about"}},
		{"de, cirka", "Telegram sperrte cirka 1.200 Gruppen.", []string{"1200 groups about"}},
		{"de, circa", "Das BKA hat circa 33.000 Löschersuchen versandt.", []string{"33000 requests about"}},
		{"it, circa", "Sono stati oscurati circa 300 siti.", []string{"300 sites about"}},
		// negatives: a hedged duration, a hedged share of time
		{"duration", "Die Sperre dauerte zirka 30 Tage.", nil},
		{"hours", "Die Prüfung dauert zirka 24 Stunden.", nil},
	})
}

// TestKindWordCountSuspendedHyphen: a count written as a word before a
// suspended hyphen ("Sechs Facebook- und fünf Instagram-Konten") takes the
// compound's head as its unit, as a count in digits does, and the count
// after the hyphen keeps its own claim.
func TestKindWordCountSuspendedHyphen(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de, both words", "Sechs Facebook- und fünf Instagram-Konten wurden aus dem Iran geführt.", []string{"6 accounts", "5 accounts"}},
		{"de, word then digits", "Sechs Facebook- und 5 Instagram-Konten wurden gelöscht.", []string{"6 accounts", "5 accounts"}},
		{"de, digits then word", "6 Facebook- und fünf Instagram-Konten wurden gelöscht.", []string{"6 accounts", "5 accounts"}},
		{"de, groups", "Zwei Telegram- und drei WhatsApp-Gruppen wurden gesperrt.", []string{"2 groups", "3 groups"}},
		{"de, oder", "Drei YouTube- oder vier TikTok-Kanäle fielen weg.", []string{"3 channels", "4 channels"}},
		// negatives: a duration before a suspended hyphen, no count after it
		{"duration", "Zwei Tage nach dem Facebook- und Instagram-Verbot sprach die Behörde.", nil},
		{"no second count", "Vor sechs Monaten wurden Facebook- und Instagram-Konten gesperrt.", nil},
	})
}

// TestKindHindiUrlSpelling: Hindi papers also spell URL "यूआरल" (without
// the एल), as in "करीब 10 हजार यूआरल को हटाया गया".
func TestKindHindiUrlSpelling(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"hi, thousands", "दोनों को मिलाकर करीब 10 हजार यूआरल को हटाया गया है।", []string{"10000 urls about"}},
		{"hi, digits", "सरकार ने 500 यूआरल ब्लॉक किए।", []string{"500 urls"}},
		{"hi, usual spelling", "सरकार ने 500 यूआरएल ब्लॉक किए।", []string{"500 urls"}},
		// negatives: no count, a year before the word
		{"no count", "सरकार ने यूआरल की सूची जारी की।", nil},
		{"year", "2023 में यूआरल ब्लॉक किए गए।", nil},
	})
}

// TestKindPartOfWhole: a bare count written before "of the" and the
// count of a whole ("Zirka 32.500 der etwa 33.000 Löschersuchen", "3,000
// of the 5,000 accounts") counts the whole's unit, with its own hedge.
func TestKindPartOfWhole(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de, both hedged", "Zirka 32.500 der etwa 33.000 Löschersuchen betrafen Islamisten.", []string{"32500 requests about", "33000 requests about"}},
		{"de, no hedge", "3.000 der 5.000 Konten wurden gesperrt.", []string{"3000 accounts", "5000 accounts"}},
		{"en", "3,000 of the 5,000 accounts were suspended.", []string{"3000 accounts", "5000 accounts"}},
		{"en, hedged", "About 32,500 of the roughly 33,000 requests concerned Islamists.", []string{"32500 requests about", "33000 requests about"}},
		{"fr", "Quelque 32 500 des 33 000 demandes concernaient l'islamisme.", []string{"32500 requests about", "33000 requests"}},
		{"es", "Unas 3.000 de las 5.000 cuentas fueron suspendidas.", []string{"3000 accounts about", "5000 accounts"}},
		{"it", "Circa 3.000 dei 5.000 account sono stati sospesi.", []string{"3000 accounts about", "5000 accounts"}},
		{"ru, scales", "Около 3 тыс. из 5 тыс. аккаунтов заблокированы.", []string{"3000 accounts about", "5000 accounts"}},
		{"de, adjective before the unit", "7 Millionen der abgeschalteten Konten waren gefälscht.", []string{"7000000 accounts"}},
		// negatives: a year before "of the", a share, a count with a unit of its own
		{"year", "In 2019 of the 5,000 accounts none came back.", []string{"5000 accounts"}},
		{"share", "40% of the 5,000 accounts were fake.", []string{"40 percent", "5000 accounts"}},
		{"own unit", "300 channels of the 5,000 accounts were banned.", []string{"300 channels", "5000 accounts"}},
	})
}

// TestKindArabicAdjectiveCompound: an Arabic relative adjective after the
// first unit of a compound ("126 موقعًا صحفيًا وقناة تلفزيونية", news sites
// and TV channels) leaves the compound whole; content after it is a mass
// noun and no second unit.
func TestKindArabicAdjectiveCompound(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"news sites and TV channels", "وتشمل القائمة 126 موقعًا صحفيًا وقناة تلفزيونية.", []string{"126 sites_and_channels"}},
		{"fake accounts and pages", "حجبت السلطات 40 حسابا وهميا وصفحة تحريضية.", []string{"40 accounts_and_pages"}},
		{"feminine", "أغلقت الوزارة 12 صفحة إخبارية وقناة.", []string{"12 pages_and_channels"}},
		// negatives: content as a mass noun, a verb after the adjective
		{"content", "تم حجب 3934 موقعاً إلكترونياً ومحتوى خاصاً بالإنترنت.", []string{"3934 sites"}},
		{"verb", "حجبت السلطات 40 حسابا سياسيا وقالت إن الحجب مستمر.", []string{"40 accounts"}},
	})
}

// TestKindSharedOut: a sentence that opens with "Von den <unit>" and a
// verb of sharing out ("entfallen", "entfielen") gives each count before
// "auf" that unit: "Von den übrigen Löschersuchen entfallen zirka 500 auf
// …, zirka 20 auf …".
func TestKindSharedOut(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"entfallen, two counts", "Von den übrigen Löschersuchen entfallen laut Vorlage zirka 500 auf Rechtsextremismus und zirka 20 auf Sonstiges.", []string{"500 requests about", "20 requests about"}},
		{"entfielen", "Von den Beschwerden entfielen 500 auf Telegram und 20 auf X.", []string{"500 notices", "20 notices"}},
		{"entfällt", "Von den gesperrten Konten entfällt mit 300 auf Facebook der größte Teil.", []string{"300 accounts"}},
		// negatives: no whole named, a share, a year
		{"no whole", "Im Jahr entfallen 500 auf Telegram.", nil},
		{"share", "Von den Löschersuchen entfielen 40 Prozent auf Telegram.", []string{"40 percent"}},
		{"year", "Von den Konten entfielen 2019 mehr auf Telegram.", nil},
	})
}

// TestKindBroadcastModifier: a word for television before a compound's
// second unit, like a word for news, says whose the unit is and keeps the
// compound whole ("126 news sites and TV channels").
func TestKindBroadcastModifier(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, TV", "The list includes 126 news sites and TV channels.", []string{"126 sites_and_channels"}},
		{"en, television", "Authorities blocked 40 websites and television channels.", []string{"40 sites_and_channels"}},
		{"hi", "सरकार ने 12 वेबसाइट और टीवी चैनल ब्लॉक किए।", []string{"12 sites_and_channels"}},
		{"one unit", "The regulator closed 3 TV channels.", []string{"3 channels"}},
		// negatives: television as no modifier of a unit
		{"stations", "Telegram closed 50 channels and TV stations reported it.", []string{"50 channels"}},
		{"last word", "Telegram closed 50 channels and TV.", []string{"50 channels"}},
	})
}
