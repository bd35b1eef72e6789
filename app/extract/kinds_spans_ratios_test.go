package extract

import "testing"

// TestKindHindiSpanBeforeUnit: a Hindi time unit right after the number
// makes it a span, and a postposition of place ends the words before the
// unit: "36 घंटे में कंटेंट हटाने" gives hours, "36 शहरों में अकाउंट"
// counts cities, neither a count of content or accounts. Words between a
// count and its unit still pass.
func TestKindHindiSpanBeforeUnit(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"hours", "सरकार ने कंपनियों को 36 घंटे में कंटेंट हटाने का आदेश दिया।", nil},
		{"days", "प्लेटफॉर्म को 3 दिन में अकाउंट बंद करने होंगे।", nil},
		{"cities", "पुलिस ने 36 शहरों में अकाउंट बंद किए।", nil},
		{"on", "उन्होंने 12 राज्यों पर पेज ब्लॉक किए।", nil},
		// the count still reaches its unit past modifiers and a span before it
		{"modifiers", "सरकार ने 4 पाकिस्तान बेस्ड यू-ट्यूब न्यूज चैनल ब्लॉक किए।", []string{"4 channels"}},
		{"span first", "ढाई घंटे में 20 वीडियो हटाए गए।", []string{"20 videos"}},
	})
}

// TestKindRatioAndTopRank: the second number of a ratio ("1 in 5
// accounts", "uno de cada cinco perfiles", "un compte sur cinq") and the
// length of a ranking ("the top 10 channels", "топ-10 каналов") count no
// takedowns; a count before "in" and a place stays one.
func TestKindRatioAndTopRank(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en ratio", "About 1 in 5 accounts removed were fake.", nil},
		{"en out of", "One out of ten videos was removed.", nil},
		{"es ratio", "Uno de cada cinco perfiles suspendidos era falso.", nil},
		{"fr ratio", "Un compte sur cinq a été suspendu.", nil},
		{"en top", "The top 10 channels were banned last week.", nil},
		{"ru top", "В топ-10 заблокированных каналов вошли 3 канала.", []string{"3 channels"}},
		// negatives of the rule: a count, then a place
		{"in places", "Telegram banned 1 channel in 5 countries.", []string{"1 channels", "5 countries"}},
		{"plain", "Telegram banned 10 channels in all.", []string{"10 channels"}},
	})
}

// TestKindArAccusativeUnits: an Arabic units word in the accusative, its
// tanween written with alif ("خمسا وعشرين", "سبعا وثلاثين"), joins the
// tens after it as the nominative and genitive forms do.
func TestKindArAccusativeUnits(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"five", "أغلقت تلغرام خمسا وعشرين قناة تابعة للتنظيم", []string{"25 channels"}},
		{"seven", "حذفت المنصة سبعا وثلاثين صفحة", []string{"37 pages"}},
		{"three", "حجبت الهيئة ثلاثا وأربعين موقعا", []string{"43 sites"}},
		// the nominative form already did
		{"nominative", "أغلقت تلغرام خمسة وعشرين قناة", []string{"25 channels"}},
	})
}

// TestKindModelName: a number in a product's or model's name, after a
// capitalised word that names nothing the lexicon knows and before an
// English unit noun in the singular, counts nothing: "the Boeing 737 crash
// video". A platform before a count, a plural, or a singular typed for a
// plural keep their counts.
func TestKindModelName(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"plane", "The Boeing 737 crash video was removed within hours.", nil},
		{"phone", "A Galaxy 23 phone video was taken down.", nil},
		// negatives of the rule
		{"platform", "On Facebook 150 accounts were removed.", []string{"150 accounts"}},
		{"typo", "The government asked them to block 2355 account in India.", []string{"2355 accounts"}},
		{"plural", "The Boeing 737 case saw 40 videos removed.", []string{"40 videos"}},
	})
}

// TestKindJoinedLabelUnit: a label of two joined units before a colon and
// the number gives the joined unit, as the same units after a number do:
// "Terrorist bots and channels banned: 1,312".
func TestKindJoinedLabelUnit(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en", "Terrorist bots and channels banned: 1,312 (January 27).", []string{"1312 bots_and_channels"}},
		{"fr", "Comptes et pages supprimés : 40", []string{"40 accounts_and_pages"}},
		{"de", "Konten und Seiten gesperrt: 1.200", []string{"1200 accounts_and_pages"}},
		// one unit stays one
		{"one", "Channels banned: 78", []string{"78 channels"}},
	})
}

// TestKindRuHundreds: the Russian "сотни", "сотен", "сотню" multiply the
// number before them ("двух сотен страниц" is 200 pages, not 2) and, after
// a qualifier, are a hundred on their own ("около сотни каналов"), as
// "тысячи" is; "сотни каналов" alone is hundreds, no figure.
func TestKindRuHundreds(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"two hundred", "Заблокировано около двух сотен страниц.", []string{"200 pages about"}},
		{"three hundred", "Удалены три сотни видео.", []string{"300 videos"}},
		{"about a hundred", "Заблокировано около сотни каналов.", []string{"100 channels about"}},
		{"more than a hundred", "Заблокировано более сотни ресурсов.", []string{"100 sites more_than"}},
		{"accusative", "Модераторы удалили почти сотню аккаунтов.", []string{"100 accounts about"}},
		// hundreds, uncounted
		{"hundreds", "Заблокированы сотни каналов.", nil},
	})
}

// TestKindRuApproxNouns: Russian writes "десяток", "дюжина", "сотня" with
// no article, so they open a count on their own, about ten, twelve or a
// hundred, as "une dizaine de" does; "десятки каналов" (tens of channels)
// stays uncounted.
func TestKindRuApproxNouns(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"more than ten", "Заблокировано свыше десятка каналов.", []string{"10 channels more_than"}},
		{"ten", "Удалён десяток сайтов.", []string{"10 sites about"}},
		{"dozen", "Заблокирована дюжина аккаунтов.", []string{"12 accounts about"}},
		{"hundred", "Заблокирована сотня аккаунтов.", []string{"100 accounts about"}},
		{"tens", "Заблокированы десятки каналов.", nil},
	})
}

// TestKindHiReachedTo: the Hindi "तक" before a form of "पहुंचना" (to
// reach) is the "to" of "reached", no "up to": "अकाउंट्स की संख्या 12,400
// तक पहुंच गई" reached 12,400.
func TestKindHiReachedTo(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"reached", "बंद किए गए अकाउंट्स की संख्या 12,400 तक पहुंच गई।", []string{"12400 accounts"}},
		{"candrabindu", "ब्लॉक की गई वेबसाइटों की संख्या 900 तक पहुँच गई।", []string{"900 sites"}},
		// up to
		{"up to", "सरकार 500 तक वेबसाइट ब्लॉक कर सकती है।", []string{"500 sites up_to"}},
	})
}

// TestKindModifiersAfterParticiple: an -ing or -ed adjective right after
// a count may stand before one or two more modifiers, a name with a number
// glued by a hyphen among them: "30,000 misleading Covid-19 vaccination
// videos". A plural noun before the participle still keeps the count
// ("54 mobile applications following requests").
func TestKindModifiersAfterParticiple(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"covid", "YouTube removed 30,000 misleading Covid-19 vaccination videos.", []string{"30000 videos"}},
		{"two words", "It removed 40 offending ISIS propaganda videos.", []string{"40 videos"}},
		{"flight", "Facebook took down 200 misleading MH-17 posts.", []string{"200 posts"}},
		// the applications are counted, no unit of the desk's
		{"applications", "The 54 mobile applications following requests were removed.", nil},
	})
}

// TestKindHyphenModifierUnit: a unit noun glued by a hyphen to an English
// participle modifies the noun after them, which is the unit: "19
// video-sharing platforms" counts platforms, no videos; German and
// Italian compounds keep their first noun ("Video-Löschungen",
// "siti-truffa").
func TestKindHyphenModifierUnit(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"sharing", "Ofcom named the 19 video-sharing platforms it regulates.", []string{"19 platforms"}},
		{"hosted", "YouTube removed 400 channel-hosted videos.", []string{"400 videos"}},
		{"de", "Das führte zu rund 50,2 Millionen Video-Löschungen.", []string{"50200000 videos about"}},
		{"it", "Oltre 20 siti-truffa sono stati oscurati.", []string{"20 sites more_than"}},
	})
}
