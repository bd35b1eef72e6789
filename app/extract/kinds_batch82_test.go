package extract

import "testing"

// TestKindSpreadPlatforms: a count of platforms in digits after a
// preposition of spreading and a definite article ("sur les 34
// plateformes", "to the 12 platforms", "an die 9 Plattformen") counts the
// platforms an action reached; "the two platforms" without it still
// points back to platforms named before.
func TestKindSpreadPlatforms(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"fr", "Europol a signalé 520 contenus sur les 21 plateformes visées.", []string{"520 content_items", "21 platforms"}},
		{"en", "The unit referred 1,200 items to the 45 platforms involved.", []string{"1200 content_items", "45 platforms"}},
		{"de", "Die Ermittler meldeten 900 Inhalte an die 17 Plattformen.", []string{"900 content_items", "17 platforms"}},
		// negatives: the platforms named before
		{"back, en", "The two platforms have removed 300 accounts.", []string{"300 accounts"}},
		{"back, fr", "Les deux plateformes ont supprimé 40 comptes.", []string{"40 accounts"}},
	})
}

// TestKindFrMateriaux: the French "matériaux" and "matériels" count
// content when a verb of removing or blocking stands before their number,
// as "éléments" does; building materials delivered count nothing.
func TestKindFrMateriaux(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"matériaux", "Le régulateur a bloqué environ 450 matériaux de propagande.", []string{"450 content_items about"}},
		{"matériels", "La police a fait supprimer 120 matériels pédopornographiques.", []string{"120 content_items"}},
		// negative: no removal
		{"building", "La société a livré 300 matériaux de construction.", nil},
	})
}

// TestKindRuRateNoun: a Russian adjective of "daily" or "monthly" on the
// noun of blocking or removing ("о ежедневной блокировке", "ежемесячное
// удаление") gives the count its rate, as the adverbs did; the adjective
// on another noun ("ежедневная аудитория") gives none.
func TestKindRuRateNoun(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"daily", "Администрация сообщила о ежедневной блокировке около 300 каналов.", []string{"300 channels about per_day"}},
		{"monthly", "Ведомство отчиталось о ежемесячной блокировке 2 тысяч сайтов.", []string{"2000 sites per_month"}},
		{"removal", "Речь идёт о ежедневном удалении 500 публикаций.", []string{"500 posts per_day"}},
		// negative: an audience, no blocking
		{"audience", "Ежедневная аудитория сервиса составляет 40 млн пользователей.", []string{"40000000 users"}},
	})
}
