package extract

import "testing"

// TestKindBracketDocNumber: a number in brackets after a name takes a unit
// named later in its own clause only, not one past "that", "if", "que" or
// "что", where another clause begins: "(2)" after a document's title
// numbers the document (a notice to a platform, github/gov-takedowns).
func TestKindBracketDocNumber(t *testing.T) {
	runKindsQual(t, []kindCase{
		{"en, a document's number", "The Explanation of the Supreme People's Court on Criminal Cases of Organizing and Utilizing Cult Organizations (2) clearly stipulates that if the production and dissemination of Cult propaganda materials undermines the law, Article 300 applies.", nil},
		{"fr, a document's number", "Le Décret du Ministère (2) précise que si la diffusion de contenus illicites persiste, le service est bloqué.", nil},
		{"ru, a document's number", "Положение о Реестре (2) устанавливает, что если материалы не удалены, доступ ограничивается.", nil},
		// the names' counts still take the unit their own clause names
		{"en, names (N) and the unit after", "US (4287) and Brazil (2435) had made more data requests than India.", []string{"4287 requests", "2435 requests"}},
	})
}

// TestSinceDateDatesNoFigure: the start of a span written in another
// sentence ("с 1 ноября 2012 года", "since 1 November 2012", "منذ")
// says when a register began, not the day the figures around it are of;
// a plain date in another sentence still dates them.
func TestSinceDateDatesNoFigure(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"ru, с", "Роскомнадзор заблокировал 4 710 000 сайтов. Реестр функционирует с 1 ноября 2012 года.", ""},
		{"en, since", "Roskomnadzor has blocked 4,710,000 sites. The register has worked since 1 November 2012.", ""},
		{"fr, depuis", "Roskomnadzor a bloqué 4 710 000 sites. Le registre fonctionne depuis le 1er novembre 2012.", ""},
		{"en, a plain date", "Roskomnadzor has blocked 4,710,000 sites. The report was published on 1 November 2012.", "2012-11-01"},
	} {
		fs := figures(Text(tc.text, Options{}))
		if len(fs) == 0 {
			t.Errorf("%s: no figure", tc.name)
			continue
		}
		got := ""
		if !fs[0].EventDate.IsZero() {
			got = fs[0].EventDate.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("%s: figure dated %q, want %q", tc.name, got, tc.want)
		}
	}
}
