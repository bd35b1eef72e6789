package extract

import "testing"

// TestKindRuObliqueNumberWords: Russian number words in the genitive,
// dative, instrumental or prepositional case count as their nominative
// does ("к сорока сайтам", "на одиннадцати ресурсах").
func TestKindRuObliqueNumberWords(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"dative сорока", "Ведомство закрыло доступ к сорока порталам.", []string{"40 sites"}},
		{"dative семнадцати", "Суд ограничил доступ к семнадцати сайтам казино.", []string{"17 sites"}},
		{"genitive тринадцати", "Прокурор потребовал блокировки тринадцати сайтов.", []string{"13 sites"}},
		{"prepositional", "На пятнадцати страницах нашли запрещенные материалы.", []string{"15 pages"}},
		{"dative двум", "Роскомнадзор ограничил доступ к двум телеграм-каналам.", []string{"2 channels"}},
		{"instrumental", "Сеть управлялась тремя аккаунтами.", []string{"3 accounts"}},
		{"hundreds", "Провайдеры закрыли доступ к трёмстам сайтам.", []string{"300 sites"}},
		// negatives: no unit after the number word
		{"no unit", "По двум делам суд вынес решения через девяносто дней.", nil},
	})
}

// TestKindRuPrefixedUnit: a Russian compound of a short stem and a unit
// noun ("наркосайтов", "информресурсам") counts that unit; words where
// the stem runs on ("наркотиков", "информации") give nothing.
func TestKindRuPrefixedUnit(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"наркосайты", "Прокуратура заблокировала 23 наркосайта.", []string{"23 sites"}},
		{"порносайтов", "За месяц закрыли 140 порносайтов.", []string{"140 sites"}},
		{"информресурсам", "Министерство ограничило доступ к 9 информресурсам.", []string{"9 sites"}},
		{"фейкаккаунтов", "Модераторы удалили 300 фейкаккаунтов.", []string{"300 accounts"}},
		// negatives: the stem runs on into a word that is no unit
		{"наркотиков", "Полиция изъяла 12 наркотиков разного типа.", nil},
		{"информации", "Поступило 5 информации о нарушениях.", nil},
	})
}

// TestKindPlatformAudience: a platform's audience amounting to N people
// is its user base, counted in users; an audience with no platform named
// stays people.
func TestKindPlatformAudience(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"аудитория Telegram", "Ежемесячная аудитория Telegram в стране составляет около 60 млн человек.", []string{"60000000 users about"}},
		{"аудитория ВКонтакте достигла", "Дневная аудитория ВКонтакте достигла 50 млн человек.", []string{"50000000 users"}},
		{"audience of TikTok", "The monthly audience of TikTok in Russia reached 20 million people.", []string{"20000000 users"}},
		// negatives: no platform, or no verb of amounting
		{"концерт", "Аудитория концерта составила 5 тысяч человек.", nil},
		{"no verb", "Аудитория YouTube выросла, а 300 человек задержали.", nil},
	})
}
