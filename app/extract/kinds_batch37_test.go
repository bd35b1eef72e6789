package extract

import "testing"

// TestKindRuSingularOblique: a Russian count ending in 1 takes its unit in
// the singular, in any case the verb or preposition asks for.
func TestKindRuSingularOblique(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"dative after к", "Администраторы закрыли доступ к 41 группе.", []string{"41 groups"}},
		{"dative, two units", "Роскомнадзор ограничил доступ к 21 сайту и 31 каналу.", []string{"21 sites", "31 channels"}},
		{"accusative", "Telegram заблокировал 101 страницу и 21 ссылку.", []string{"101 pages", "21 links"}},
		{"instrumental", "Ведомство занялось 51 аккаунтом и 61 постом.", []string{"51 accounts", "61 posts"}},
		{"prepositional", "Нарушения нашли в 71 материале.", []string{"71 content_items"}},
		// no count: the noun after a preposition with no number
		{"no number", "Запись осталась в группе и на сайте.", nil},
	})
}

// TestKindAttributeTime: a time phrase inside a German attribute, between
// the count and its participle and unit.
func TestKindAttributeTime(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"month span", "Youtube nannte 5.887.021 zwischen Oktober und November 2019 gelöschte Videos.", []string{"5887021 videos"}},
		{"im Jahr", "Die Plattform hat 2.000 im Jahr 2021 gesperrte Konten wieder freigegeben.", []string{"2000 accounts"}},
		{"month span, participle in -en", "Telegram nannte 5.000 zwischen Januar und März 2022 gemeldeten Kanäle.", []string{"5000 channels"}},
		// a time phrase after the unit is no attribute
		{"after the unit", "Telegram sperrte 300 Kanäle im Jahr 2021 und 200 Konten.", []string{"300 channels", "200 accounts"}},
		{"a year and no unit", "Die Zahl stieg auf 5.000 im Jahr 2021.", nil},
	})
}

// TestKindWholeThenAux: a part after its whole and an auxiliary, with no
// comma: "Von den … Videos wurden mehr als 5,3 Millionen …".
func TestKindWholeThenAux(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de, wurden", "Von den 5.887.021 gelöschten Videos wurden mehr als 5,3 Millionen automatisch erkannt.", []string{"5887021 videos", "5300000 videos more_than"}},
		{"de, sind", "Von den 500 gemeldeten Kanälen sind 320 noch online.", []string{"500 channels", "320 channels"}},
		{"ru, были", "Из 4500 ресурсов были 3700 заблокированы.", []string{"4500 sites", "3700 sites"}},
		// a count with a unit of its own keeps it
		{"own unit", "Von den 500 gemeldeten Kanälen wurden 7.000 Nachrichten gelöscht.", []string{"500 channels", "7000 posts"}},
	})
}

// TestKindArticleInCommaList: an article before a unit noun counts one
// when it stands as an item in a list of counts written with commas.
func TestKindArticleInCommaList(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"de", "Gelöscht habe man 1.633 Nutzerkonten, 703 Seiten mit rund 4.000 Followern, eine Gruppe mit weniger als 10 Mitgliedern", []string{"1633 accounts", "703 pages", "4000 followers about", "1 groups"}},
		{"en", "Meta removed 1,633 accounts, 703 pages, a group, and 29 Instagram accounts.", []string{"1633 accounts", "703 pages", "1 groups", "29 accounts"}},
		{"es", "Meta eliminó 1.633 cuentas, 703 páginas, un grupo y 29 cuentas de Instagram.", []string{"1633 accounts", "703 pages", "1 groups", "29 accounts"}},
		// negatives: a noun opening a phrase, one count before
		{"a group of people", "Telegram blocked 500 channels, 20 accounts, a group of activists said.", []string{"500 channels", "20 accounts"}},
		{"one count before", "Telegram blocked 500 channels, a group said.", []string{"500 channels"}},
	})
}

// TestKindModifiersBeforeSecondUnit: a compound of two units across the
// modifiers of the second: a platform's name, a word glued by a hyphen, a
// word for news.
func TestKindModifiersBeforeSecondUnit(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"hi", "मई 2021 से मंत्रालय द्वारा 150 से ज्यादा वेबसाइट और YouTube-बेस्ड न्यूज चैनल्स को सरकार ने बैन कर दिया है.", []string{"150 sites_and_channels more_than"}},
		{"en", "The ministry blocked more than 150 websites and YouTube-based news channels.", []string{"150 sites_and_channels more_than"}},
		{"en, news", "The ministry blocked 150 websites and news channels.", []string{"150 sites_and_channels"}},
		{"hi, news", "मंत्रालय ने 150 वेबसाइट और न्यूज चैनल ब्लॉक किए।", []string{"150 sites_and_channels"}},
		// a news word with no unit after it joins nothing
		{"news and no unit", "The ministry blocked 150 websites and news outlets said so.", []string{"150 sites"}},
	})
}
