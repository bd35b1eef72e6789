package extract

import "testing"

// TestKindComparedFrom: the count after "up from", "down from", "contre",
// "gegenüber", "rispetto a", "по сравнению с", "مقارنة بـ" is a figure of
// the same unit, with its own period when written.
func TestKindComparedFrom(t *testing.T) {
	runKindsRate(t, []kindCase{
		{"en, up from in Q2", "Telegram removed 5,200 channels in Q3, up from 4,000 in Q2.", []string{"5200 channels", "4000 channels"}},
		{"en, up from with years", "Telegram removed 5,200 channels in Q3 2024, up from 4,000 in Q2 2024.", []string{"5200 channels @2024-Q3", "4000 channels @2024-Q2"}},
		{"en, up from", "Telegram banned 5,000 channels, up from 4,000.", []string{"5000 channels", "4000 channels"}},
		{"fr, contre au trimestre", "Telegram a bloqué 5 200 chaînes au troisième trimestre 2024, contre 4 000 au deuxième trimestre 2024.", []string{"5200 channels @2024-Q3", "4000 channels @2024-Q2"}},
		{"it, rispetto a", "Telegram ha bloccato 5.200 canali nel terzo trimestre 2024, rispetto a 4.000 nel secondo trimestre 2024.", []string{"5200 channels @2024-Q3", "4000 channels @2024-Q2"}},
		{"ru, по сравнению с", "Роскомнадзор заблокировал 5200 сайтов в третьем квартале 2024 года по сравнению с 4000 во втором квартале 2024 года.", []string{"5200 sites @2024-Q3", "4000 sites @2024-Q2"}},
		{"ar, مقارنة بـ", "حظرت تلغرام 5200 قناة في الربع الثالث من 2024 مقارنة بـ 4000 في الربع الثاني من 2024.", []string{"5200 channels @2024-Q3", "4000 channels @2024-Q2"}},
		{"ar, مقارنة بـ and a year", "حظرت تلغرام 5200 قناة مقارنة بـ 4000 في 2022.", []string{"5200 channels", "4000 channels"}},
		{"en, last quarter", "YouTube removed 5,200 channels this quarter, up from 4,000 last quarter.", []string{"5200 channels", "4000 channels"}},
		{"fr, le trimestre précédent", "YouTube a supprimé 5 200 chaînes, contre 4 000 le trimestre précédent.", []string{"5200 channels", "4000 channels"}},
		{"de, im Vorquartal", "YouTube entfernte 5.200 Kanäle, gegenüber 4.000 im Vorquartal.", []string{"5200 channels", "4000 channels"}},
		{"ru, в прошлом квартале", "YouTube удалил 5200 каналов по сравнению с 4000 в прошлом квартале.", []string{"5200 channels", "4000 channels"}},
		// negatives: no figure before, money, another count between
		{"en, people", "The company employs 4,000 people, up from 3,000.", nil},
		{"en, money", "Revenue rose to $5 million, up from $4 million.", nil},
		{"en, a share", "Telegram banned 5,000 channels, up from 20% last year.", []string{"5000 channels", "20 percent"}},
	})
}
