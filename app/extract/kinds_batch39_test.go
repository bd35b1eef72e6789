package extract

import "testing"

// TestKindComparedCountTimePhrases: a bare scaled count compared with the
// figure before it, or next in its list, keeps the figure's unit when a
// fuller time phrase follows it: a period with its year ("au dernier
// trimestre 2024"), two phrases ("l'année dernière à la même période"), a
// hedge that singles the period out ("rien qu'au deuxième trimestre", "in
// Q2 alone").
func TestKindComparedCountTimePhrases(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"fr, two phrases", "Facebook a supprimé 5,4 milliards de faux comptes, contre 2,1 milliards l’année dernière à la même période.", []string{"5400000000 accounts", "2100000000 accounts"}},
		{"fr, period and year", "La plateforme a supprimé plus de 211 millions de vidéos, contre 153 millions au dernier trimestre 2024.", []string{"211000000 videos more_than", "153000000 videos"}},
		{"fr, hedge", "34 millions de vidéos ont été supprimées en Afrique de l’Ouest, 8,3 millions rien qu’au deuxième trimestre 2025.", []string{"34000000 videos", "8300000 videos"}},
		{"en, same period", "Facebook removed 5.4 billion fake accounts this year, up from 2.1 billion over the same period last year.", []string{"5400000000 accounts", "2100000000 accounts"}},
		{"en, alone", "TikTok removed 34 million videos in West Africa, 8.3 million in the second quarter alone.", []string{"34000000 videos", "8300000 videos"}},
		{"ru, same period", "Роскомнадзор заблокировал 5,4 млн страниц, против 2,1 млн за аналогичный период прошлого года.", []string{"5400000 pages", "2100000 pages"}},
		{"ar, same period", "حذفت ميتا 5.4 مليار حساب مزيف هذا العام، مقابل 2.1 مليار في الفترة نفسها من العام الماضي.", []string{"5400000000 accounts", "2100000000 accounts"}},
		// negatives: what follows the compared count is money or another unit
		{"money", "Meta a supprimé 5,4 milliards de comptes, contre 2,1 milliards de dollars de chiffre d'affaires.", []string{"5400000000 accounts"}},
		{"own unit", "Meta a supprimé 5,4 milliards de comptes, contre 2,1 milliards d'utilisateurs actifs.", []string{"5400000000 accounts", "2100000000 users"}},
		{"year only", "Meta a supprimé 5,4 milliards de comptes au dernier trimestre 2024.", []string{"5400000000 accounts"}},
	})
}
