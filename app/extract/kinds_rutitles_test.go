package extract

import "testing"

// TestKindSourceRuTitleNominative: after a verb of saying, a post in the
// nominative, its office however long (commas and "РКН" among its words)
// and then a name and surname: the official speaks; the office's own
// capitals ("Госдумы", "РКН") are no name, and a post with no name after
// it names nobody.
func TestKindSourceRuTitleNominative(t *testing.T) {
	checkSources(t, []sourceCase{
		{"Роскомнадзор заблокировал 4 710 000 сайтов, сообщила глава управления разрешительной работы, контроля и надзора в сфере массовых коммуникаций РКН Татьяна Денискина.",
			[]string{"Татьяна Денискина/government"}, []string{"РКН Татьяна", "Денискина"}},
		{"Заблокировано 400 каналов, заявил руководитель комитета Госдумы по информационной политике Александр Хинштейн.",
			[]string{"Александр Хинштейн"}, []string{"Госдумы по", "Госдумы"}},
		{"Заблокировано 400 каналов, рассказал представитель Telegram Ремы Вон.", nil, []string{"Telegram Ремы"}},
		// negatives: no name after the post
		{"Заблокировано 400 каналов, сообщила глава управления разрешительной работы.", nil, []string{"управления"}},
	})
}

// TestKindSourceRuToldPlural: "рассказали «Коммерсанту»" (they told
// Kommersant) in the plural and the feminine, as in the singular: the
// outlet that was told reported it.
func TestKindSourceRuToldPlural(t *testing.T) {
	checkSources(t, []sourceCase{
		{"Об этом представители ведомства рассказали «Коммерсанту».", []string{"Kommersant/news_outlet"}, nil},
		{"Об этом рассказала «Коммерсанту» пресс-секретарь ведомства.", []string{"Kommersant/news_outlet"}, nil},
		{"Об этом рассказал «Коммерсанту» глава ведомства.", []string{"Kommersant/news_outlet"}, nil},
		// negatives: telling a story names no outlet
		{"Они рассказали о блокировке 400 каналов.", nil, []string{"Они", "блокировке"}},
	})
}
