package extract

import "testing"

// TestKindTweetWords: Spanish "tuits" and Russian "твиты" are posts, as
// "tweets" is (held-out batch 69: "eliminasen 4,7 millones de tuits").
func TestKindTweetWords(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"es, tuits", "La red social borró 2,3 millones de tuits en el semestre.", []string{"2300000 posts"}},
		{"es, tuit", "Twitter retiró 1 tuit y suspendió 12 cuentas.", []string{"1 posts", "12 accounts"}},
		{"ru, твитов", "Twitter удалил более 3 тысяч твитов по требованию ведомства.", []string{"3000 posts more_than"}},
	})
}

// TestKindTurboPages: Yandex's "турбостраницы" are pages (held-out batch
// 69: "удалено 305 ссылок с музыкой, 129 турбостраниц").
func TestKindTurboPages(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ru, турбостраниц", "По требованию ведомства компания удалила 87 турбостраниц.", []string{"87 pages"}},
		{"ru, турбо-страниц", "Из сервиса удалено 14 турбо-страниц и 9 ссылок.", []string{"14 pages", "9 links"}},
	})
}

// TestKindBracketShareCount: a bare count in brackets right after a share
// in percent, with a generic counter, counts the noun the share is of (held-out batch 69: "Почти
// 95% контента (741,7 тысячи единиц)").
func TestKindBracketShareCount(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ru, единиц", "Около 80% ссылок (12,4 тысячи единиц) удалены из поиска.", []string{"80 percent about", "12400 links"}},
		{"en, units", "About 40% of the removed links (12,400 units) pointed to streaming sites.", []string{"40 percent about", "12400 links"}},
		// unchanged: a bracket with no share before it, and a share of no unit
		{"ru, no share", "В реестр внесены ссылки (3,5 тысячи единиц).", nil},
		{"ru, share of a number", "Ровно 5% (39,2 тысячи единиц) приходятся на ролики.", []string{"5 percent"}},
	})
}

// TestKindOfTheContainVerb: a clause opening with "Of the <unit> …," names
// the unit of the count after its comma when a verb of containing follows
// the count as an auxiliary would (held-out batch 69: "Tra i canali
// bloccati, oltre 950.000 contenevano materiale").
func TestKindOfTheContainVerb(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"it, contenevano", "Tra i gruppi chiusi, circa 12.000 contenevano propaganda terroristica.", []string{"12000 groups about"}},
		{"en, contained", "Of the videos removed, 40,000 contained graphic violence.", []string{"40000 videos"}},
		{"es, contenían", "De las cuentas suspendidas, 3.500 contenían spam.", []string{"3500 accounts"}},
		// unchanged: no "of the" clause before the count
		{"en, no opener", "In total, 40,000 contained graphic violence.", nil},
	})
}

// TestKindShareAside: a count set off by dashes or brackets right after a
// noun of a fraction counts what the figure before it counts (held-out
// batch 69: "превысило 15 млн, причем почти половина — 6 млн — были
// удалены").
func TestKindShareAside(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ru, половина", "Компания удалила 8 млн ссылок, и почти половина — 3,9 млн — пришлась на сериалы.", []string{"8000000 links", "3900000 links"}},
		{"en, half", "The platform removed 4 million videos, and nearly half (1.9 million) were spam.", []string{"4000000 videos", "1900000 videos"}},
		{"it, metà", "Sono stati chiusi 200.000 account, di cui la metà – 100.000 – in Italia.", []string{"200000 accounts", "100000 accounts"}},
		// unchanged: a fraction noun with no figure before it in the sentence
		{"en, no whole", "Nearly half (1.9 million) of the uploads came from India.", nil},
	})
}

// TestKindAppliedTimes: the times an authority turned to a company count
// its requests (held-out batch 69: "российские органы обращались к Google
// 123 606 раз").
func TestKindAppliedTimes(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ru, обращались", "За полгода ведомства обращались к компании более 4 500 раз.", []string{"4500 requests more_than"}},
		{"ru, обратилось", "Министерство обратилось к платформе 3 раза с требованием удалить ролик.", []string{"3 requests"}},
		// unchanged: times with no verb of turning to someone
		{"ru, no verb", "Сайт блокировали 12 раз за год.", nil},
	})
}
