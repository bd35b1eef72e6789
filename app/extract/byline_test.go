package extract

import (
	"fmt"
	"slices"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
)

// TestByline: bylines as real pages give them (the metadata of saved
// Guardian, France 24, TorrentFreak and Arabic pages) name journalists
// or wires; addresses, handles, dates and common words name no one.
func TestByline(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Eleanor Ainge Roy", "[Eleanor Ainge Roy/researcher]"},
		{"By Andy Maxwell", "[Andy Maxwell/researcher]"},
		{"Text by \n                                                NEWS WIRES", "[NEWS WIRES/wire]"},
		{"Nina Mulamba and Sam Ortiz", "[Nina Mulamba/researcher Sam Ortiz/researcher]"},
		{"Par Jean-Baptiste Chastand et Piotr Smolar", "[Jean-Baptiste Chastand/researcher Piotr Smolar/researcher]"},
		{"Reuters", "[Reuters/wire]"},
		// Le Monde's byline: co-authors in an aside
		{"Par Martin Untersinger (avec Damien Leloup et Morgane Tual)",
			"[Martin Untersinger/researcher Damien Leloup/researcher Morgane Tual/researcher]"},
		{"By Sam Ortiz (with Nina Mulamba)", "[Sam Ortiz/researcher Nina Mulamba/researcher]"},
		{"بقلم روماني صبري", "[روماني صبري/researcher]"},
		{"https://www.theguardian.com/profile/eleanor-ainge-roy", "[]"},
		{"@EleanorAingeRoy", "[]"},
		{"By January 19, 2023", "[]"},
		{"He", "[]"},
		{"Other reports", "[]"},
		{"staff", "[]"},
		// a page's genre label is no author; outlets named with the
		// press's words still are
		{"Press Release", "[]"},
		{"Pressemitteilung", "[]"},
		{"Пресс-релиз", "[]"},
		{"Associated Press", "[Associated Press/wire]"},
		// a wire's dateline: the city in capitals before the agency
		{"THE HAGUE-Anadolu Agency", "[Anadolu Agency/wire]"},
		{"ANKARA – Anadolu Agency", "[Anadolu Agency/wire]"},
		{"PARIS - AFP", "[AFP/wire]"},
		{"AFP-Reuters", "[AFP-Reuters/wire]"},
		{"Jean-Baptiste Chastand", "[Jean-Baptiste Chastand/researcher]"},
		{"", "[]"},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Byline(tt.in) {
			got = append(got, s.Name+"/"+string(s.Kind))
		}
		if g := fmt.Sprint(orEmpty(got)); g != tt.want {
			t.Errorf("Byline(%q) = %s, want %s", tt.in, g, tt.want)
		}
	}
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// TestNoCommonSources: sentences of real articles whose openings look like
// a name before "said" or after "by" give no source.
func TestNoCommonSources(t *testing.T) {
	for _, s := range []string{
		"By January 19, 2023, things were looking quite promising.",
		"Other reports, over 13.5 billion of them and counting, include mass action, said the company.",
		"Some said the figures were wrong.",
		"Many users said the ban was unfair.",
		// published sentences (the real-sentence corpus)
		"Der Konzern teilte mit, im Jahr 2018 über 14 Millionen Posts mit terroristischem Inhalt gelöscht zu haben.",
		"По данным СМИ, помимо \"ВЧК-ОГПУ\", под блокировку попал еще 21 Telegram-канал.",
		"كشفت شركة التواصل الاجتماعي، تويتر، عن إيقافها لـ 125 ألف حساب يهدد أو يؤيد الإرهاب",
	} {
		r := Text(s, Options{})
		for _, src := range r.Sources {
			if src.Source.Kind != app.SourcePlatformStatement || isCommonName(src.Source.Name) {
				t.Errorf("%q: source %q (%s)", s, src.Source.Name, src.Source.Kind)
			}
		}
	}
	// a descriptor before a known name: the name is the source
	r := Text("أعلن موقع التواصل الاجتماعي تويتر انه أغلق أكثر من 125 ألف حساب منذ 2015", Options{})
	if len(r.Sources) != 1 || r.Sources[0].Source.Name != "Twitter" {
		t.Errorf("sources %+v, want Twitter", r.Sources)
	}
}

// TestBylineLineWithDate: a byline line that goes on with its date's lead
// word ("Par Elodie le 19 novembre 2015", or the "Par Elodie le" a saved
// copy of journaldugeek.com keeps with the date cut) names its author; a
// sentence that opens with "By" does not.
func TestBylineLineWithDate(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Telegram supprime des comptes\n\nPar Elodie le\n\nLe texte.", "Elodie/researcher"},
		{"Telegram supprime des comptes\nPar Elodie le 19 novembre 2015\nLe texte.", "Elodie/researcher"},
		{"Telegram sperrt Kanäle\nVon Anna Weber am 3. März 2024\nDer Text.", "Anna Weber/researcher"},
		{"By the end of the day Telegram had blocked 78 channels.", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Text(tt.text, Options{}).Sources {
			got = append(got, s.Source.Name+"/"+string(s.Source.Kind))
		}
		if g := fmt.Sprint(got); tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("%.40q: sources %s, want %q", tt.text, g, tt.want)
		}
	}
}

// TestAuthorKind: an author credited by name alone is a journalist when
// the name is a person's, an organisation's kind by its words, a known
// source's own kind.
func TestAuthorKind(t *testing.T) {
	tests := map[string]app.SourceKind{
		"Matthew Coughlan":         app.SourceResearcher,
		"Anthony Alford":           app.SourceResearcher,
		"Danish Refugee Council":   app.SourceUnknown,
		"Danish Demining Group":    app.SourceUnknown,
		"UN Development Programme": app.SourceUnknown,
		"Ministry of Justice":      app.SourceGovernment,
		"Human Rights Watch":       app.SourceNGO,
		"Observatoire Exemple":     app.SourceNGO,
		"Reuters":                  app.SourceWire,
		"Organization for Security and Co-operation in Europe": app.SourceUnknown,
		"admin": app.SourceUnknown,
	}
	for name, want := range tests {
		if got := AuthorKind(name); got != want {
			t.Errorf("AuthorKind(%q) = %s, want %s", name, got, want)
		}
	}
}
