package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// TestRealTextKinds checks, kind by kind, the forms that published text
// showed the extractor missing or misreading. Each want is "value unit",
// "low-high unit", with "@period" and "#category" when they must be set.
func TestRealTextKinds(t *testing.T) {
	pub := time.Date(2017, 1, 10, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text string
		want       []string
	}{
		{"month then count", "In March 950 channels were banned.", []string{"950 channels @2016-03"}},
		{"month then count, Arabic", "وفي مارس 640 قناة", []string{"640 channels @2016-03"}},
		{"month and year then count", "In March 2016 12 channels were banned.", []string{"12 channels @2016-03"}},
		{"month then count, Russian", "В марте 950 каналов были заблокированы.", []string{"950 channels @2016-03"}},
		{"month then count, Hindi", "मार्च में 950 चैनल ब्लॉक किए गए", []string{"950 channels @2016-03"}},
		{"month label and a year-like count", "June: 2021 bots and channels", []string{"2021 bots_and_channels @2016-06"}},
		{"month label, Italian list", "Settembre – 1987 canali e Bot pro-ISIS chiusi", []string{"1987 bots_and_channels @2016-09"}},
		{"Arabic compound, tanween", "12 مليونًا و450 ألفًا حساب", []string{"12450000 accounts"}},
		{"space thousands, English", "Telegram blocked 2 480 channels.", []string{"2480 channels"}},
		{"thin space thousands, French", "Telegram a bloqué 2\u2009480 chaînes.", []string{"2480 channels"}},
		{"apostrophe thousands", "segnalare 1'814 messaggi propagandistici", []string{"1814 posts"}},
		{"words between", "430 extremist bots and channels", []string{"430 bots_and_channels"}},
		{"service providers", "7 video-sharing and online service providers", []string{"7 platforms"}},
		{"participle before unit", "the referral of 831 items to 34 affected platforms", []string{"831 content_items", "34 platforms"}},
		{"of which, English", "Telegram banned 12 000 channels, of which 3 209 were linked to violence.", []string{"12000 channels", "3209 channels #linked to violence"}},
		{"of which before the unit", "specialised units from 14 countries, 13 of which were EU member states", []string{"14 countries", "13 member_states"}},
		{"of which, Arabic", "حذفت 90 ألف حساب، من بينها 58,310 مرتبطة بالعنف", []string{"90000 accounts", "58310 accounts #مرتبطة بالعنف"}},
		{"of which, Russian", "заблокировал 2,04 млн групп и каналов, из них 4 518 связаны с терроризмом", []string{"2040000 groups_and_channels", "4518 groups_and_channels #связаны с терроризмом"}},
		{"of which, French", "Telegram a bloqué 5 000 chaînes, dont 1 200 liées au terrorisme.", []string{"5000 channels", "1200 channels #liées au terrorisme"}},
		{"parts in parentheses", "e 18 paesi (13 Ue e 5 extra Ue)", []string{"18 countries", "13 countries #Ue", "5 countries #extra Ue"}},
		{"a year in parentheses is no part", "Telegram blocked 78 channels (2015).", []string{"78 channels"}},
		{"a year after a marker is no part", "Telegram blocked 300 channels, of which 2016 saw the most.", []string{"300 channels"}},
		{"a duration after a marker is no part", "Telegram blocked 300 channels, including 30 days later.", []string{"300 channels"}},
		{"hours in parentheses are no part", "Telegram blocked 78 channels (48 hours later).", []string{"78 channels"}},
		{"content items, Arabic", "إزالة أكثر من 795 ألف عنصر محتوى", []string{"795000 content_items"}},
		{"pieces of content, Arabic", "تمت إزالة 1.9 مليون قطعة من المحتوى", []string{"1900000 content_items"}},
		{"Hindi spelling variant", "कुल 636,248 अकांउट बंद किए", []string{"636248 accounts"}},
		{"Hindi fraction", "साढ़े 3 लाख से ज्यादा अकाउंट", []string{"350000 accounts"}},
		{"Hindi possessor between", "20 लाख भारतीयों के अकाउंट पर बैन", []string{"2000000 accounts"}},
		{"Arabic dual", "إزالة 25 صفحة وحسابين على إنستجرام", []string{"25 pages", "2 accounts"}},
		{"Arabic partitive", "متابعة 9 من أكبر منصات الإنترنت", []string{"9 platforms"}},
		{"count named before", "Общее количество заблокированных групп и каналов за 2026 год составило 7,5 млн.", []string{"7500000 groups_and_channels"}},
		{"range with a scale", "Between 3-4 million accounts were removed.", []string{"3000000-4000000 accounts"}},
		{"range with between", "Between 46,000 and 70,000 accounts", []string{"46000-70000 accounts"}},
		{"pair is two figures", "Telegram blocked 10 and 12 channels on two days.", []string{"10 channels", "12 channels"}},
		{"percent escapes are no percent", "https://example.org/%D0%92%D1%81/page?id=4455", nil},
		{"escapes without a scheme", "site.ru/%D0%BF%D1%80%D0%B0 blocked", nil},
		{"register id", "24056-URL-blocked", nil},
		// underscores join a data set's grouped digits or an identifier's
		// parts: never "2 pieces" or "438 pieces"
		{"underscore-grouped digits", "pieces: 2_497_438", nil},
		{"underscore-grouped digits before a unit", "2_497_438 pieces were confirmed", nil},
		{"an identifier with underscores", "see removed_2_channels and row_12 channels", nil},
		{"decision number", "decision No 6154 web-site page(s)", nil},
		{"reference number", "entry 24056 urls", nil},
		{"e-mail address", "write to user55@mail.ru about 78 channels", []string{"78 channels"}},
		{"hash", "sha a3f9c0d2e4b6a8c0d2e4f6a8b0c2d4e6 channels", nil},
		{"label of the next number", "Requests: 2 Links: 5", []string{"2 requests", "5 links"}},
		{"qualified four digits are a count", "per un totale di circa 2000 tra bots e canali", []string{"2000 bots_and_channels"}},
		{"-ing adjective before the unit", "2 infringing URLs were listed", []string{"2 urls"}},
		{"rate word as adjective", "its 62 million monthly active users", []string{"62000000 users"}},
		{"suspended hyphens", "shut down over 125,000 terrorist- or terrorism- related accounts", []string{"125000 accounts"}},
		{"quoted adjectives", "rund 3.500 „schädliche” und „illegale” Postings gefunden", []string{"3500 posts"}},
		{"a monthly rate stays a rate", "Telegram bans 2000 channels monthly.", []string{"2000 channels"}},
		{"German entries", "Facebook hat rund 1,9 Millionen Einträge gelöscht.", []string{"1900000 posts"}},
		{"of which with a qualifier", "we removed 1.5 million videos of the attack, of which over 1.2 million were blocked at upload", []string{"1500000 videos", "1200000 videos #blocked at upload"}},
		{"part with a determiner", "Et 1,2 million de ces vidéos ont été bloquées", []string{"1200000 videos"}},
		{"qualifier before an article", "Facebook ha rimosso quasi il 40% in più di contenuti", []string{"40 percent"}},
		{"qualifier before a preposition", "ограничил доступ более чем к 200 тыс. групп и каналов", []string{"200000 groups_and_channels"}},
		{"qualified bare scale, Russian", "На тот момент в нем было более миллиона подписчиков.", []string{"1000000 followers"}},
		{"count named before, with pieces", "число удаленных групп и каналов достигло 300 840 штук.", []string{"300840 groups_and_channels"}},
		{"dates stay dates", "Telegram blocked 78 channels in the week to 2015-11-19.", []string{"78 channels"}},
		{"a prefix that starts a longer entry", "Telegram banned 726 pro-ISIS channels.", []string{"726 channels"}},
		{"Arabic accusative tanween", "حظرت تلغرام 54 بوتاً و12 حساباً", []string{"54 bots", "12 accounts"}},
		{"month then a year-like count, Arabic", "وفى أكتوبر 1800 قناة، وفى نوفمبر 2094 قناة", []string{"1800 channels @2016-10", "2094 channels @2016-11"}},
		{"month then a year stays a year", "In November 2015 channels were blocked.", nil},
		{"since a month and year", "Since March 2016 accounts were banned.", nil},
		{"Egyptian decimal", "إزالة ما يزيد عن 4ر28 مليون مادة متطرفة", []string{"28400000 content_items"}},
		{"quarter of a scale, Arabic", "تويتر يوقف ربع مليون حساب", []string{"250000 accounts"}},
		{"half a scale, German", "Fast eine halbe Million Beschwerden gingen ein.", []string{"500000 notices"}},
		{"a scale and a half, French", "la plateforme a traité plus d'un million et demi de signalements", []string{"1500000 notices"}},
		{"half a million", "Twitter removed half a million accounts.", []string{"500000 accounts"}},
		{"approximate noun for seventy", "la polizia ha oscurato una settantina di siti", []string{"70 sites"}},
		{"one percent written as an article", "Twitter lösche gerade einmal ein Prozent der Inhalte", []string{"1 percent"}},
		{"one in the genitive, Russian", "С одной тысячи сайтов информация удалена", []string{"1000 sites"}},
		{"Arabic total named before", "وبذلك يرتفع إجمالي الحسابات المغلقة إلى نحو 360 ألفا.", []string{"360000 accounts"}},
		{"unit named before namely", "Es gingen viele Beschwerden ein, nämlich 2.500.", []string{"2500 notices"}},
		{"unit as the copula's subject", "Les comptes bloqués étaient 300.", []string{"300 accounts"}},
		{"subject past a complement", "gli iscritti al canale erano circa 200", []string{"200 followers"}},
		{"of them after the unit", "most of the channels removed, 4,000 of them, were spam", []string{"4000 channels"}},
		{"pair with an adjective", "18 Indian and 4 Pakistani YouTube channels were blocked", []string{"18 channels", "4 channels"}},
		{"pair with an adjective, Hindi", "18 भारतीय और 4 पाकिस्तानी यूट्यूब चैनल", []string{"18 channels", "4 channels"}},
		{"four words between, Hindi", "इनमें 4 पाकिस्तान बेस्ड यू-ट्यूब न्यूज चैनल हैं", []string{"4 channels"}},
		{"noun compound takes its head", "a notice filed against 990 website URLs", []string{"990 urls"}},
		{"a plural first noun is the head", "la fermeture de 78 comptes utilisateurs", []string{"78 accounts"}},
		{"content alone", "Facebook took action on 1.9 million terror-related content", []string{"1900000 content_items"}},
		{"content before a noun is no unit", "Facebook hired 200 content moderators", nil},
		{"extremist materials", "the removal of 97,611,787 extremist materials", []string{"97611787 content_items"}},
		{"a range as a part", "Pharos a reçu 228.000 signalements. Parmi eux, entre 4.000 et 6.500 concernaient le terrorisme.", []string{"228000 notices", "4000-6500 notices #concernaient le terrorisme"}},
		{"a coordinated count", "Twitter suspended 120 accounts and 40 restored.", []string{"120 accounts", "40 accounts"}},
		{"a coordinated count before a noun is none", "Telegram blocked 78 channels and 12 people were arrested.", []string{"78 channels"}},
		{"a part counts the figure, not its complement", "Europol flagged 182 URLs on 67 platforms, of which 40 in Italy.", []string{"182 urls", "67 platforms", "40 urls #in Italy"}},
		{"an article after the number", "units from 9 countries, 8 of which were EU member states and one a candidate country", []string{"9 countries", "8 member_states"}},
		{"complaints are notices", "YouTube erhielt 250.957 Beschwerden, davon 83.390 von Beschwerdestellen.", []string{"250957 notices", "83390 notices #von Beschwerdestellen"}},
		{"demands are requests, Russian", "Генпрокуратурой подано 500 требований и 200 обращений", []string{"500 requests", "200 requests"}},
		{"prepositional plural, Russian", "Примерно на 70 страницах и 3 тысячам ресурсам", []string{"70 pages", "3000 sites"}},
		{"German compound suffix", "Facebook löschte 586 Hassbotschaften", []string{"586 posts"}},
		{"Hindi subscribers", "इन चैनल्स पर 1.2 करोड़ सब्सक्राइबर्स थे", []string{"12000000 followers"}},
		{"a two-word Spanish unit in a compound", "Europol cierra unos 26.000 sitios web y cuentas", []string{"26000 sites_and_accounts"}},
		{"communities, Russian", "За сутки Telegram заблокировал 114,3 тысячи сообществ.", []string{"114300 groups_and_channels"}},
		{"a part across sentences with a count word", "Общее число заблокированных сообществ достигло 3 миллионов. Из них 5 тысяч связаны с терроризмом.", []string{"3000000 groups_and_channels", "5000 groups_and_channels #связаны с терроризмом"}},
		{"a short participle ends the noun phrase, Russian", "Из них 40 тысяч обозначены администрацией платформы", nil},
		{"half a percent", "That is about half a percent of all videos.", []string{"0.5 percent"}},
		{"a clause opening with of the unit", "Of the total videos removed, 10,698 were flagged automatically.", []string{"10698 videos"}},
		{"German partitive with an adjective", "Mehr als 7 Millionen der abgeschalteten Konten gehörten Kindern.", []string{"7000000 accounts"}},
		{"French de after a large number", "ce sont 6 144 040 de profils supprimés", []string{"6144040 accounts"}},
		{"copula, number, article, unit", "sono state 2.434 le richieste dei governi", []string{"2434 requests"}},
		{"of these with no unit after", "sono state 2.434 le richieste dei governi. 10 di queste arrivano dall'Italia.", []string{"2434 requests", "10 requests"}},
		{"of these before the unit", "5 of these accounts were new", []string{"5 accounts"}},
		{"a coordinated number before an unknown noun", "TikTok eliminó 6,5 millones de vídeos y 17 redes", []string{"6500000 videos"}},
		{"a coordinated count, French participle", "Telegram a bloqué 500 chaînes et 40 supprimées", []string{"500 channels", "40 channels"}},
		{"a coordinated count, German participle", "Telegram sperrte 500 Kanäle und 40 gelöscht", []string{"500 channels", "40 channels"}},
		{"the second of two years is a year", "Between 2015 and 2017 accounts were banned.", nil},
		{"a month, a year, an Arabic plural", "وفي أكتوبر 2015 قنوات كثيرة أغلقت", nil},
		{"an article as the last word", "Twitter lösche gerade einmal ein", nil},
		{"ellipsis after while, with hedges", "2 million of the videos were flagged by machines, while just a little more than 80,000 were flagged by users.", []string{"2000000 videos", "80000 videos"}},
		{"ellipsis after e, Italian", "oltre 300 gruppi sono stati inseriti nell'elenco e 12 sono stati rimossi.", []string{"300 groups", "12 groups"}},
		{"ellipsis needs a takedown verb", "Telegram blocked 78 channels and 12 were arrested.", []string{"78 channels"}},
		{"ellipsis skips a complement", "Telegram blocked 78 channels in 12 languages and 3 were restored.", []string{"78 channels", "12 languages", "3 channels"}},
		{"a repeated preposition", "l'Inde avec 120 demandes, suivie du Brésil avec 45 et du Japon avec 12.", []string{"120 requests", "45 requests", "12 requests"}},
		{"a repeated preposition before a noun is none", "With 5 accounts and with 3 days left", []string{"5 accounts"}},
		{"a redundant scale after a number in full", "إزالة 10.565.178 مليون محتوى وإغلاق 12.287 ألف قناة", []string{"10565178 content_items", "12287 channels"}},
		{"a scale after a smaller grouped number multiplies", "1.500 millones de cuentas", []string{"1500000000 accounts"}},
		{"an Arabic compound after a count word", "تجاوز إجمالي المجموعات والقنوات المحذوفة أكثر من 34 مليونًا و913 ألفًا، من بينها 207,772 مرتبطة بالإرهاب", []string{"34913000 groups_and_channels", "207772 groups_and_channels #مرتبطة بالإرهاب"}},
		{"a compound with a preposition after and", "plus de 7 millions de canaux et de groupes ont été supprimés", []string{"7000000 groups_and_channels"}},
		{"communities", "incluyendo 27.282 comunidades vinculadas al terrorismo", []string{"27282 groups_and_channels"}},
		{"a number repeated in brackets", "तीन (3) ट्विटर अकाउंट और एक (1) न्यूज वेबसाइट", []string{"3 accounts", "1 sites"}},
		{"Hindi web links in a compound", "लगभग 177 सोशल मीडिया खातों और वेब लिंक को ब्लॉक", []string{"177 accounts_and_links"}},
		{"thousands are no figure", "सोशल मीडिया पर मौजूद हजारों पोस्ट को सरकार ने ब्लॉक करा दिया है", nil},
		{"domains and blogs are sites", "Google took down 1,177 Blogger blogs and blocked 22 domains", []string{"1177 sites", "22 sites"}},
		{"N+ is more than N", "7,800+ channels removed; call +44 20 7946 0958", []string{"7800 channels"}},
		{"parallel counts after a month", "TAG removed over 14,600 YouTube channels in January, followed by 4,000+ in February and 4,500+ in March.", []string{"14600 channels", "4000 channels", "4500 channels"}},
		{"a participle after of the", "Discord removed nearly one hundred and thirty thousand of the exploiting accounts.", []string{"130000 accounts"}},
		{"one of these before a noun is no part", "38.4% of the complaints led to the adoption of one of these actions.", []string{"38.4 percent"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := Text(tc.text, Options{Published: pub})
			var got []string
			for _, c := range res.Claims {
				if c.Kind != app.ClaimFigure {
					continue
				}
				s := figureKey(c)
				if c.Period != "" {
					s += " @" + c.Period
				}
				if c.Category != "" {
					s += " #" + c.Category
				}
				got = append(got, s)
			}
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestSourcesAreSources checks that pronouns and common words never become sources
// and that a saved article's byline and outlet line do.
func TestSourcesAreSources(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"pronouns and common words", "He said 5 channels were closed. So I said 3 accounts. According to Jews, 10 accounts. Article said 4 bots.", nil},
		{"a leading sentence word", "So Reuters reported 5 channels.", []string{"Reuters (wire, reported_by)"}},
		{"byline", "By Nina Mulamba\nTelegram blocked 78 channels.", []string{"Nina Mulamba (researcher, reported_by)"}},
		{"byline, Arabic", "بقلم أحمد حسن\nأغلقت تلغرام 78 قناة.", []string{"أحمد حسن (researcher, reported_by)"}},
		{"outlet line with a date", "Twitter suspended 274,460 accounts.\nSource: The Guardian April 05, 2018", []string{"The Guardian (news_outlet, reported_by)"}},
		{"outlet line, German", "78 Kanäle gesperrt.\nQuelle: dts Nachrichtenagentur", []string{"dts Nachrichtenagentur (news_outlet, reported_by)"}},
		{"byline and outlet", "By Nina Mulamba | The Guardian\nTelegram blocked 78 channels.", []string{"Nina Mulamba (researcher, reported_by)", "The Guardian (news_outlet, reported_by)"}},
		{"'by' inside a sentence is no byline", "By the way, 5 channels.", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Text(tc.text, Options{}).Sources {
				got = append(got, s.Source.Name+" ("+string(s.Source.Kind)+", "+string(s.Role)+")")
			}
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPanicReachesCaller checks that a bug inside Text is not turned into an
// empty result: the panic reaches the caller (the import reports it for the
// file), and the next call works on a clean state.
func TestPanicReachesCaller(t *testing.T) {
	testHook = func() { panic("boom") }
	func() {
		defer func() {
			if r := recover(); r != "boom" {
				t.Errorf("recovered %v, want the panic", r)
			}
		}()
		Text("Telegram blocked 78 channels.", Options{})
		t.Error("Text returned instead of panicking")
	}()
	testHook = nil
	res := Text("Telegram blocked 78 channels.", Options{})
	if len(res.Claims) != 1 || res.Claims[0].Value != 78 {
		t.Errorf("after a panic: %+v", res.Claims)
	}
}
