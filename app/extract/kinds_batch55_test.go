package extract

import "testing"

// TestKindRevenueShareAfter: a percentage followed by "of" and a revenue
// noun is a share of a company's revenue, no figure, and so is the
// percentage it is compared with (held-out batch 55: "90% de ses revenus
// publicitaires proviennent de comptes vérifiés d'ici fin 2026, contre
// 70% actuellement"). Percentages of content removed stay figures, also
// after "contre".
func TestKindRevenueShareAfter(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, revenus publicitaires", "L’entreprise veut que 90% de ses revenus publicitaires proviennent de comptes vérifiés d’ici fin 2026, contre 70% actuellement.", nil},
		{"en, of its ad revenue", "Meta wants 90% of its ad revenue to come from verified accounts by 2026, compared with 70% now.", nil},
		{"de, seiner Werbeeinnahmen", "Meta will, dass 90 Prozent seiner Werbeeinnahmen aus verifizierten Konten stammen, gegenüber 70 Prozent heute.", nil},
		{"es, de sus ingresos", "Meta quiere que el 90 % de sus ingresos publicitarios procedan de cuentas verificadas.", nil},
		// unchanged: shares of content removed, also compared
		{"fr, contenus supprimés contre", "TikTok a supprimé 90% des vidéos signalées, contre 70% l’an dernier.", []string{"90 percent", "70 percent"}},
		{"en, removed percent", "YouTube removed 95% of the flagged videos before any views.", []string{"95 percent"}},
	})
}

// TestKindAudienceThreshold: the audience from which a law applies,
// written after channels or pages, "with" (and "audience") and a
// qualifier of more, is no figure (held-out batch 55: "каналы или
// страницы с аудиторией более чем 10 000 подписчиков необходимо
// зарегистрировать", "Владельцев страниц с более чем 10 тысячами
// подписчиков теперь обязали …"). The audience of what was blocked,
// written with "в" or with no qualifier, stays a figure.
func TestKindAudienceThreshold(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ru, с аудиторией более чем", "Согласно закону, каналы или страницы с аудиторией более чем 10 000 подписчиков необходимо зарегистрировать.", nil},
		{"ru, страниц с более чем", "Владельцев страниц с более чем 10 тысячами подписчиков теперь обязали регистрироваться.", nil},
		{"en, platforms with more than", "The law applies to platforms with more than 10,000 followers.", nil},
		{"fr, plateformes avec plus de", "La loi vise les plateformes avec plus de 5 millions d’utilisateurs.", nil},
		// unchanged: the audience of what was blocked
		{"ru, аудиторией в", "Более 1 500 вражеских ресурсов с общей аудиторией в 15 миллионов пользователей заблокировали сотрудники киберполиции.", []string{"1500 sites more_than", "15000000 users"}},
		{"ru, subscribers of blocked channels", "Заблокированы 20 каналов, у которых было более 300 тысяч подписчиков.", []string{"20 channels", "300000 followers more_than"}},
	})
}

// TestKindChangeAndAmounted: a count after a change in percent joined by
// "and" and a verb of amounting ("сократился на 6% и составил 32,2 тысячи
// единиц", held-out batch 55) counts the unit the clause named before the
// percent, as "на 5%, составив 29,6 тысячи" did. A clause with no unit
// named before stays with the percent alone.
func TestKindChangeAndAmounted(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ru, и составил", "Объем такого контента сократился на 6% и составил 32,2 тысячи единиц.", []string{"6 percent", "32200 content_items"}},
		{"ru, и составило … материалов", "Число удаленных материалов выросло на 80% и составило 229,3 тысячи.", []string{"229300 content_items", "80 percent"}},
		{"ru, составив (unchanged)", "Число заблокированных материалов снизилось на 5%, составив 29,6 тысячи.", []string{"29600 content_items", "5 percent"}},
		{"en, and reached (already read: a copula)", "The number of removed posts fell by 6% and reached 32,200.", []string{"32200 posts", "6 percent"}},
		// unchanged: no unit named before the percent
		{"ru, no unit before", "Показатель вырос на 6% и составил 32,2 тысячи.", []string{"6 percent"}},
	})
}

// TestKindReachReduced: accounts whose reach was cut are no count of
// accounts taken down (held-out batch 55: "500 000 comptes considérés
// comme « spammy » — … — ont vu leur portée brutalement réduite"). A
// count after a verb of removal stays a figure, even when a cut in reach
// follows.
func TestKindReachReduced(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"fr, portée réduite", "En parallèle, 500 000 comptes considérés comme « spammy » — parce qu’ils commentent massivement — ont vu leur portée brutalement réduite.", nil},
		{"en, reach reduced", "Some 500,000 spammy accounts had their reach reduced.", nil},
		{"es, alcance reducido", "Unas 500.000 cuentas vieron su alcance reducido.", nil},
		// unchanged: a verb of removal before the count or between
		{"fr, supprimé … portée", "Meta a supprimé 200 comptes dont la portée avait été réduite.", []string{"200 accounts"}},
		{"en, removed and reduced", "Meta removed 10 million accounts and reduced the reach of others.", []string{"10000000 accounts"}},
		{"en, removed after", "500,000 accounts were removed after their reach was reduced.", []string{"500000 accounts"}},
	})
}
