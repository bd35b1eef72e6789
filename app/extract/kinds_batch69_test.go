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
