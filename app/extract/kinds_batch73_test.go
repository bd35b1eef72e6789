package extract

import "testing"

// TestKindHiWordRange: two Hindi number words joined by "से" with the
// larger one second are one range, as two digits are ("6 से 8 चैनल"):
// "पांच से सात वेबसाइट" is 5-7 sites, not 5 and 7 (held-out batch 73).
func TestKindHiWordRange(t *testing.T) {
	runKinds(t, []kindCase{
		{"hi, पांच से सात", "सरकार ने पांच से सात वेबसाइट ब्लॉक कीं।", []string{"5-7 sites"}},
		{"hi, दो से तीन", "मंत्रालय ने दो से तीन चैनल ब्लॉक किए।", []string{"2-3 channels"}},
		{"hi, दस से बारह", "पुलिस ने दस से बारह अकाउंट बंद कराए।", []string{"10-12 accounts"}},
		// unchanged: digits, and "एक से ज्यादा" (more than one) is no range
		{"hi, digits", "सरकार ने 6 से 8 यूट्यूब चैनल ब्लॉक किए।", []string{"6-8 channels"}},
		{"hi, more than one", "सरकार ने एक से ज्यादा चैनल ब्लॉक किए।", []string{"1 channels"}},
	})
}

// TestKindCountOthers: a bare count with a word for "others" after it,
// joined to the figure before it by "and", a comma or "in addition to",
// counts what that figure counts: "10 sites and 20 others", "و20 أخرى",
// "और 20 अन्य" (held-out batch 73).
func TestKindCountOthers(t *testing.T) {
	runKinds(t, []kindCase{
		{"en", "The regulator blocked 10 sites and 20 others.", []string{"10 sites", "20 sites"}},
		{"fr", "Le régulateur a bloqué 10 sites et 20 autres.", []string{"10 sites", "20 sites"}},
		{"de", "Die Behörde sperrte 10 Seiten und 20 weitere.", []string{"10 pages", "20 pages"}},
		{"it", "Il social ha rimosso 10 pagine e 20 altre.", []string{"10 pages", "20 pages"}},
		{"ru", "Роскомнадзор заблокировал 10 сайтов и 20 других.", []string{"10 sites", "20 sites"}},
		{"hi", "सरकार ने 10 वेबसाइट और 20 अन्य ब्लॉक कीं।", []string{"10 sites", "20 sites"}},
		{"ar, و", "حجبت الهيئة 10 مواقع و20 أخرى.", []string{"10 sites", "20 sites"}},
		{"ar, إضافة إلى", "أغلقت الوزارة 12 صفحة، إضافة إلى 30 أخرى.", []string{"12 pages", "30 pages"}},
		// negatives: the others are people, or another verb takes them
		{"en, arrested", "Police blocked 10 sites and arrested 20 others.", []string{"10 sites"}},
		{"en, people", "Three people were killed and 20 others injured.", nil},
		{"fr, with unit", "Le régulateur a bloqué 10 sites et 20 autres comptes.", []string{"10 sites", "20 accounts"}},
	})
}

// TestKindArExceedCount: an Arabic verb of exceeding before "عدد" and the
// noun it counts ("زاد عدد متابعيه عن مليون", "تجاوز عدد متابعي الصفحة 500
// ألف") makes the count more than, as "ما يزيد عن" already does; "زاد …
// إلى" (rose to) stays exact (held-out batch 73).
func TestKindArExceedCount(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ar, زاد عن", "زاد عدد متابعي القناة عن مليون متابع.", []string{"1000000 followers more_than"}},
		{"ar, تجاوز", "تجاوز عدد متابعي الصفحة 500 ألف متابع.", []string{"500000 followers more_than"}},
		{"ar, يزيد عن", "يزيد عدد الحسابات المحذوفة عن 300 حساب.", []string{"300 accounts more_than"}},
		{"ar, يفوق", "يفوق عدد القنوات المحجوبة 40 قناة.", []string{"40 channels more_than"}},
		// unchanged: rose to, and the exceeding verb with no "عدد"
		{"ar, زاد إلى", "زاد عدد الحسابات المحذوفة إلى 300 حساب.", []string{"300 accounts"}},
		{"ar, ما يزيد عن", "حذفت الشركة ما يزيد عن 300 حساب.", []string{"300 accounts more_than"}},
	})
}

// TestKindArWebSiteQualifier: "موقع ويب" (web site), with "ويب" or "وب"
// after the noun, is one unit, so a qualifier after it belongs to the
// count: "497 موقع وب على الأقل" is at least 497 sites (held-out batch 73).
func TestKindArWebSiteQualifier(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ar, ويب", "حجبت السلطات 120 موقع ويب على الأقل.", []string{"120 sites at_least"}},
		{"ar, وب", "بلغ عدد المواقع المحجوبة 300 موقع وب على الأقل.", []string{"300 sites at_least"}},
		{"ar, مواقع ويب", "حجبت السلطات 45 مواقع ويب على الأقل.", []string{"45 sites at_least"}},
		// unchanged: the plain noun, and a qualifier before the number
		{"ar, plain", "حجبت السلطات 497 موقعا على الأقل.", []string{"497 sites at_least"}},
		{"ar, before", "حجبت السلطات أكثر من 497 موقع ويب.", []string{"497 sites more_than"}},
	})
}

// TestKindHiArticleBase: the Hindi "एक" before a unit noun that modifies
// a word for "base" ("एक ग्राहक आधार", "एक सब्सक्राइबर बेस": a subscriber
// base) is an article, no count of one follower (held-out batch 73).
func TestKindHiArticleBase(t *testing.T) {
	runKinds(t, []kindCase{
		{"hi, ग्राहक आधार", "इन चैनलों का एक बड़ा ग्राहक आधार था।", nil},
		{"hi, सब्सक्राइबर बेस", "प्रतिबंधित चैनलों में एक सब्सक्राइबर बेस था।", nil},
		{"hi, यूजर बेस", "इस ऐप का एक यूजर बेस भारत में था।", nil},
		// unchanged: one channel blocked is a count
		{"hi, one channel", "सरकार ने एक यूट्यूब चैनल ब्लॉक किया।", []string{"1 channels"}},
		{"hi, one post", "बीजेपी की एक पोस्ट हटाई गई।", []string{"1 posts"}},
	})
}

// TestKindHiBaseCount: the count of a base named before it, past a
// copula, "जो" and a qualifier ("ग्राहक आधार था जो लगभग 66 मिलियन"), counts
// the base's noun, as "सब्सक्राइबर बेस 1.20 करोड़" does (held-out batch 73).
func TestKindHiBaseCount(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"hi, आधार था जो", "इन चैनलों का ग्राहक आधार था जो 40 लाख से अधिक था।", []string{"4000000 followers more_than"}},
		{"hi, बेस लगभग", "इन चैनलों का यूजर बेस लगभग 5 करोड़ था।", []string{"50000000 users about"}},
		{"hi, बेस था जो", "इन चैनलों का सब्सक्राइबर बेस था जो 20 लाख था।", []string{"2000000 followers"}},
		// unchanged: the base right before its count
		{"hi, बेस", "इन चैनल का सब्सक्राइबर बेस 1.20 करोड़ है।", []string{"12000000 followers"}},
	})
}

// TestKindArLicensedCount: an Arabic count of licensed sites, with the
// word for licensed after the unit ("111 موقعا مرخصا") or in the phrase
// "عدد … المرخصة" before the number, tells what may operate, as
// "16 portales autorizados" does; "غير مرخص" (unlicensed) stays a
// takedown (held-out batch 73).
func TestKindArLicensedCount(t *testing.T) {
	runKinds(t, []kindCase{
		{"ar, عدد المرخصة", "وبلغ عدد المواقع الإخبارية المرخصة 140 موقعا.", nil},
		{"ar, after unit", "يوجد في البلاد 140 موقعا مرخصا.", nil},
		// unchanged: unlicensed sites blocked, and blocked sites counted
		{"ar, غير مرخص", "حجبت الهيئة 24 موقعا غير مرخص.", []string{"24 sites"}},
		{"ar, غير المرخصة", "بلغ عدد المواقع غير المرخصة 60 موقعا.", []string{"60 sites"}},
		{"ar, blocked", "وبلغ عدد المواقع المحجوبة 254 موقعا.", []string{"254 sites"}},
	})
}

// TestKindCountAddedTo: a bare count after "aux", "to the", "zu den" with
// "already" after it names the ones a figure before was added to, and
// counts what that figure counts: "ajouté 12 sites aux 180 déjà bloqués"
// (held-out batch 73).
func TestKindCountAddedTo(t *testing.T) {
	runKinds(t, []kindCase{
		{"fr", "Le régulateur a ajouté 12 sites aux 180 déjà bloqués.", []string{"12 sites", "180 sites"}},
		{"en", "The regulator added 12 sites to the 180 already blocked.", []string{"12 sites", "180 sites"}},
		{"de", "Die Behörde fügte 12 Seiten zu den 180 bereits gesperrten hinzu.", []string{"12 pages", "180 pages"}},
		{"it", "L'agenzia ha aggiunto 12 siti ai 180 già oscurati.", []string{"12 sites", "180 sites"}},
		// unchanged: "already" after a count with its own unit, or with no
		// article before the count
		{"fr, own unit", "Le régulateur a bloqué 12 sites et 180 comptes déjà suspendus.", []string{"12 sites", "180 accounts"}},
		{"en, no article", "The regulator blocked 12 sites in 2024, 180 already in 2023.", []string{"12 sites"}},
	})
}

// TestKindEnCountVerbAnySubject: the French "en" before a verb of counting ("en
// dénombre", "en compte", "en recense") is the pronoun for the unit named
// before, whatever the subject: "celle de la Comlot en dénombre plus de
// soixante" counts sites (held-out batch 73).
func TestKindEnCountVerbAnySubject(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, dénombre", "La première liste contient 40 sites, la seconde en dénombre plus de soixante.", []string{"40 sites", "60 sites more_than"}},
		{"fr, recense", "L'Arcom a bloqué 500 sites et l'ANJ en recense 120.", []string{"500 sites", "120 sites"}},
		{"fr, compte", "Le rapport cite 90 comptes, le suivant en compte 150.", []string{"90 accounts", "150 accounts"}},
		// unchanged: "prendre en compte" with a time's "fois" after the count
		{"fr, en compte fois", "Il faut prendre en compte 300 fois plus de demandes.", nil},
	})
}

// TestKindThreeUnitsThenItem: a list of three units and a last item that
// is no unit ("comptes, pages, groupes et événements") counts the three
// units together, as "comptes, pages et groupes" does (held-out batch 73).
func TestKindThreeUnitsThenItem(t *testing.T) {
	runKinds(t, []kindCase{
		{"fr", "Facebook a supprimé 300 comptes, pages, groupes et événements.", []string{"300 accounts_and_pages_and_groups"}},
		{"en", "Meta removed 300 accounts, pages, groups and events.", []string{"300 accounts_and_pages_and_groups"}},
		{"es", "Meta eliminó 300 cuentas, páginas, grupos y eventos.", []string{"300 accounts_and_pages_and_groups"}},
		// unchanged: three units alone, and a counted last item
		{"en, three", "Meta removed 300 accounts, pages and groups.", []string{"300 accounts_and_pages_and_groups"}},
		{"en, counted item", "Meta removed 300 accounts, pages, groups and 12 events.", []string{"300 accounts"}},
	})
}

// TestKindPeopleWereFollowing: people who were following counted pages or
// accounts are their followers, with the past of "be" between the people
// and the verb ("150 ألف شخص كانوا يتابعون هذه الصفحات", "people were
// following"), as with no auxiliary (held-out batch 73).
func TestKindPeopleWereFollowing(t *testing.T) {
	runKinds(t, []kindCase{
		{"ar, كانوا", "وأفاد التقرير بأن 80 ألف شخص كانوا يتابعون هذه الحسابات.", []string{"80000 followers"}},
		{"en, were following", "Some 40,000 people were following the pages.", []string{"40000 followers"}},
		// unchanged: people arrested are no followers
		{"en, arrested", "Some 40,000 people were arrested after the pages.", nil},
	})
}
