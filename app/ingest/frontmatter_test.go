package ingest

import (
	"strings"
	"testing"
)

// TestFrontMatter: the front matter web clippers write above a saved
// article, and a rule above prose that is none.
func TestFrontMatter(t *testing.T) {
	clip := "---\ntitle: \"DSA: Google Reports Billions\"\nsource: https://torrentfreak.com/dsa-240308/\nauthor:\n  - \"[[Andy Maxwell]]\"\npublished: 2024-03-08\n---\n\nText."
	m := frontMatter(clip)
	if m.title != "DSA: Google Reports Billions" || m.url != "https://torrentfreak.com/dsa-240308/" ||
		len(m.authors) != 1 || m.authors[0] != "Andy Maxwell" || m.published.Format("2006-01-02") != "2024-03-08" {
		t.Errorf("clipped article: %+v", m)
	}
	srcs := articleSources(frontMatter("---\ntitle: x\nsource: TorrentFreak\n---\nMarch 8, 2024 by\n[Andy Maxwell](https://torrentfreak.com/author/andy/)\n"),
		"---\ntitle: x\nsource: TorrentFreak\n---\nMarch 8, 2024 by\n[Andy Maxwell](https://torrentfreak.com/author/andy/)\n")
	if len(srcs) != 2 || srcs[0].Source.Name != "TorrentFreak" || srcs[1].Source.Name != "Andy Maxwell" {
		t.Errorf("sources %+v", srcs)
	}
	for _, s := range []string{"---\nA rule above a paragraph, not front matter.\n---\n", "no front matter", "---\ntitle: never closed\n"} {
		if m := frontMatter(s); m.title != "" || m.url != "" || len(m.authors) != 0 {
			t.Errorf("%q: %+v", s, m)
		}
	}
}

// TestCreditLines: a saved article's outlet and author on lines of their
// own under the headline (past its stamp), and a signature at its foot,
// are its sources; a masthead above the headline, a menu word, a sentence
// and a last line that is no name are not.
func TestCreditLines(t *testing.T) {
	tests := []struct {
		body string
		want []string // name/kind
	}{
		{"رئيس التحرير\nعبد الرحيم علي\nهيئة الخبراء والمستشارين\nرولان جاكار - ريشار لابيفيير\nad a b\n\n«مجموعات التليجرام».. وسيلة «داعش» للتواصل مع عناصره\n\nالخميس 06/ديسمبر/2018 - 12:06 م\nالمرجع\nأحمد لملوم\nطباعة\nأعدت خدمة المتابعة لهيئة الإذاعة البريطانية (بي بي سي) تقريرًا عن زيادة استخدام تنظيم «داعش» لتطبيق التليجرام خلال الفترة الماضية، وتحديدًا خاصية مجموعات محادثة.\n",
			[]string{"المرجع/news_outlet", "أحمد لملوم/researcher"}},
		{"Telegram bans 78 channels in one day\nBy the desk\n\nThe company said on Wednesday that it had closed 78 channels.\n", nil},
		{"Роскомнадзор прокомментировал блокировку Telegram с 1 апреля\n\nРаботу мессенджера начали замедлять с 10 февраля, сообщили в ведомстве.\n\nНаталья Шлюшинская\nжурналист\n",
			[]string{"Наталья Шлюшинская/researcher"}},
		{"Telegram removes 500 channels after a week of reports\nShare\nPrint\n\nThe messenger removed 500 channels, its moderators said.\n\nRead more\n", nil},
		{"حذف 40 قناة على تطبيق تيليغرام خلال يوم واحد\n\nأغلقت إدارة التطبيق 40 قناة في يوم واحد.\n\nوالله أعلم\n", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range articleSources(frontMatter(tt.body), tt.body) {
			got = append(got, s.Source.Name+"/"+string(s.Source.Kind))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%.50q: sources %q, want %q", tt.body, got, tt.want)
		}
	}
}

// TestCreditParenSources: a story's bracketed credit at its foot names
// the wires beside the outlet; an aside in brackets names no one.
func TestCreditParenSources(t *testing.T) {
	tests := []struct {
		body, outlet, want string
	}{
		{"Text.\n(FRANCE 24 with AFP, REUTERS)\nDate created : 2015-05-12", "France 24", "AFP/wire REUTERS/wire"},
		{"Texte.\n(Le Monde avec AFP)", "Le Monde", "AFP/wire"},
		{"Text.\n(Reuters/AFP)", "", "Reuters/wire AFP/wire"},
		{"Text.\n(with additional reporting by Jane Doe)", "", ""},
		{"Text.\n(Photo: John Smith)", "", ""},
		{"Text (AFP) in a sentence.", "", ""},
		{"(2015)", "", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range creditParenSources(tt.body, tt.outlet) {
			got = append(got, s.Source.Name+"/"+string(s.Source.Kind))
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q: got %q, want %q", tt.body, g, tt.want)
		}
	}
}
