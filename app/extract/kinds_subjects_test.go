package extract

import "testing"

// TestTakedownSubjectSources: a known platform or authority that is the
// subject of a verb of taking down, in a sentence that reports a
// statement, states its own figure (Holod, 31 January 2026: "Роскомнадзор
// (РКН) заблокировал …, сообщила глава управления … РКН"); a pronoun, a
// common word, the object of an impersonal plural, a passive, a name
// governed by a preposition and a reporter's own sentence name none.
func TestTakedownSubjectSources(t *testing.T) {
	checkSources(t, []sourceCase{
		{"Всего за время своего существования в рамках борьбы с «запрещенной информацией» Роскомнадзор (РКН) заблокировал в интернете 4 710 000 сайтов, сообщила глава управления Татьяна Денискина.",
			[]string{"Roskomnadzor/government"}, nil},
		{"Роскомнадзор удалил 400 каналов, сообщил ТАСС.", []string{"Roskomnadzor/government", "TASS/wire"}, nil},
		{"Telegram removed 400 channels, Reuters reported.", []string{"Telegram/platform_statement", "Reuters/wire"}, nil},
		{"Twitter has suspended 274,460 accounts, the company said.", []string{"Twitter/platform_statement"}, nil},
		{"Twitter a supprimé 400 comptes, selon l'AFP.", []string{"Twitter/platform_statement", "AFP/wire"}, nil},
		{"Selon l'AFP, Facebook supprime 400 pages par jour.", []string{"Facebook/platform_statement"}, nil},
		{"وقالت وكالة رويترز إنه حذفت تويتر 400 حساب.", []string{"Twitter/platform_statement"}, nil},
		// negatives
		{"Он заблокировал 400 каналов, сообщил ТАСС.", nil, []string{"Он"}},
		{"Telegram заблокировали в России, сообщил ТАСС, всего 400 каналов.", nil, []string{"Telegram"}},
		{"Пользователи в Telegram удалили 400 сообщений, сообщил ТАСС.", nil, []string{"Telegram"}},
		{"Twitter a été supprimé de 400 téléphones, selon l'AFP.", nil, []string{"Twitter"}},
		{"Telegram banned in 12 countries, Reuters reported.", nil, []string{"Telegram"}},
		{"Users of Telegram removed 400 messages, Reuters reported.", nil, []string{"Telegram"}},
		{"It removed 400 channels, Reuters reported.", nil, []string{"It"}},
		{"Telegram blocked 78 channels.", nil, []string{"Telegram"}},
		{"أغلقت تلغرام 78 قناة.", nil, []string{"Telegram"}},
	})
}

// TestKnownSourceFullName: a known office's full name is the office
// (Roskomnadzor's notices sign with it); a part of it, another office or a
// longer phrase around it is no known name.
func TestKnownSourceFullName(t *testing.T) {
	for name, want := range map[string]string{
		"ФЕДЕРАЛЬНАЯ СЛУЖБА ПО НАДЗОРУ В СФЕРЕ СВЯЗИ, ИНФОРМАЦИОННЫХ ТЕХНОЛОГИЙ И МАССОВЫХ КОММУНИКАЦИЙ.": "Roskomnadzor",
		"Federal Service for Supervision of Communications, Information Technology and Mass Media":        "Roskomnadzor",
		"Роскомнадзор": "Roskomnadzor",
		"Федеральная служба по надзору в сфере связи": "",
		"Федеральная служба безопасности":             "",
		"Сайт Федеральной службы по надзору в сфере связи, информационных технологий и массовых коммуникаций": "",
		"Он": "",
		"":   "",
	} {
		s, _ := KnownSource(name)
		if s.Name != want {
			t.Errorf("KnownSource(%q) = %q, want %q", name, s.Name, want)
		}
	}
}
