package extract

import (
	"fmt"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// TestBylineNewsroom: a byline that credits the outlet's newsroom
// ("Por: Redacción", El Universo's) names no journalist.
func TestBylineNewsroom(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Redacción", "[]"},
		{"Por: Redacción", "[]"},
		{"La Redazione", "[]"},
		{"Redaktion", "[]"},
		{"Редакция", "[]"},
		{"Web Desk", "[]"},
		// the newsroom of a named outlet, or a desk in a city
		{"Редакция «СПЕКТРА»", "[]"},
		{"Redacción Guayaquil", "[]"},
		{"Staff Reporter", "[]"},
		{"Por: Ana Sánchez", "[Ana Sánchez/researcher]"},
	}
	for _, tc := range tests {
		var got []string
		for _, s := range Byline(tc.in) {
			got = append(got, s.Name+"/"+string(s.Kind))
		}
		if g := fmt.Sprint(got); g != tc.want && !(tc.want == "[]" && len(got) == 0) {
			t.Errorf("Byline(%q) = %s, want %s", tc.in, g, tc.want)
		}
	}
}

// TestElidedNames: a name with an apostrophe inside ("O’Brien",
// "Sing’Oei", "D'Alema") is one name, not the part after the apostrophe.
func TestElidedNames(t *testing.T) {
	tests := []struct{ in, want string }{
		{"A través de su cuenta de X, Sing’Oei informó que mantuvo una conversación.", "Sing’Oei"},
		{"Dara O’Brien said 40 accounts were removed.", "Dara O’Brien"},
		{"Korir Sing'Oei said 40 accounts were removed.", "Korir Sing'Oei"},
		{"D'Alema ha detto che 40 account sono stati rimossi.", "D'Alema"},
		// a possessive is no part of the next name
		{"Google's Kent Walker said 40 accounts were removed.", "Kent Walker"},
	}
	for _, tc := range tests {
		r := Text(tc.in, Options{})
		var names []string
		for _, s := range r.Sources {
			names = append(names, s.Source.Name)
		}
		found := false
		for _, n := range names {
			if n == tc.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: sources %q, want %q", tc.in, names, tc.want)
		}
	}
}

// TestRegionCommunities: in a text about Spain's autonomous communities
// ("10 comunidades autónomas", then "estas dos comunidades") a community
// is a region and counts no groups; a platform's communities still do.
func TestRegionCommunities(t *testing.T) {
	tests := []struct {
		in     string
		groups int // figures in groups_and_channels
	}{
		{"Según los datos de 10 comunidades autónomas, la espera creció. Los ciudadanos de estas dos comunidades esperan 43 días más.", 0},
		{"Le gouvernement de 3 communautés autonomes a répondu.", 0},
		{"Data from 17 autonomous communities show longer waits.", 0},
		{"Telegram eliminó 27.282 comunidades vinculadas al terrorismo.", 1},
		{"WhatsApp banned 500 communities in May.", 1},
	}
	for _, tc := range tests {
		n := 0
		for _, c := range Text(tc.in, Options{}).Claims {
			if c.Unit == "groups_and_channels" {
				n++
			}
		}
		if n != tc.groups {
			t.Errorf("%q: %d figures of groups, want %d", tc.in, n, tc.groups)
		}
	}
}

// TestSidesIdiom: German "von zwei Seiten beleuchten" looks at sides and
// counts no pages; pages blocked are still counted.
func TestSidesIdiom(t *testing.T) {
	tests := []struct {
		in    string
		pages int
	}{
		{"Geyer kommt auf die Idee, das Thema von zwei Seiten zu beleuchten.", 0},
		{"Auf beiden Seiten der Grenze warten Migranten.", 0},
		{"Die Behörde hat die Sperrung von zwei Seiten angeordnet, die gesperrt wurden.", 1},
		{"Facebook hat 300 Seiten gelöscht.", 1},
	}
	for _, tc := range tests {
		n := 0
		for _, c := range Text(tc.in, Options{}).Claims {
			if c.Unit == "pages" {
				n++
			}
		}
		if n != tc.pages {
			t.Errorf("%q: %d figures of pages, want %d", tc.in, n, tc.pages)
		}
	}
}

// TestWeekdayApposition: a weekday set after a date as its apposition
// ("am 26. Oktober, einem Freitag") is that date's, not the Friday
// before the text was published.
func TestWeekdayApposition(t *testing.T) {
	pub := time.Date(2018, 12, 22, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in    string
		dates []string
	}{
		{"Die Geschichte beginnt am 26. Oktober, einem Freitag.", []string{"2018-10-26"}},
		{"It began on 26 October, a Friday, in Hamburg.", []string{"2018-10-26"}},
		// a weekday of its own still resolves against the day published
		{"Am Freitag meldet sich Moreno.", []string{"2018-12-21"}},
	}
	for _, tc := range tests {
		var got []string
		for _, c := range Text(tc.in, Options{Published: pub}).Claims {
			if c.Kind == app.ClaimDate {
				got = append(got, c.EventDate.Format("2006-01-02"))
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.dates) {
			t.Errorf("%q: dates %v, want %v", tc.in, got, tc.dates)
		}
	}
}

// TestReportBy: "according to a report by X" and its equals in Spanish,
// French and German name X, whose report gives the figures.
func TestReportBy(t *testing.T) {
	tests := []struct{ in, want string }{
		{"De acuerdo con un análisis de Bancolombia, el consumo real del país cayó 8,9% durante la semana.", "Bancolombia"},
		{"Según un informe de Bancolombia, el consumo cayó 8,9%.", "Bancolombia"},
		{"According to an analysis by Graphika, 40 accounts were removed.", "Graphika"},
		{"Selon un rapport de Graphika, 40 comptes ont été supprimés.", "Graphika"},
		{"Laut einem Bericht von Correctiv wurden 40 Konten gelöscht.", "Correctiv"},
		{"According to a report by Reuters, 40 accounts were removed.", "Reuters"},
	}
	for _, tc := range tests {
		var names []string
		for _, s := range Text(tc.in, Options{}).Sources {
			names = append(names, s.Source.Name)
		}
		if fmt.Sprint(names) != fmt.Sprint([]string{tc.want}) {
			t.Errorf("%q: sources %q, want %q", tc.in, names, tc.want)
		}
	}
}

// TestOfficeNameBefore: an office named before its verb keeps the words
// before its "of" ("el Ministerio del Interior dijo", "The Ministry of
// Interior said"), not its last word alone.
func TestOfficeNameBefore(t *testing.T) {
	tests := []struct{ in, want string }{
		{"El Ministerio del Interior dijo que 40 cuentas fueron cerradas.", "Ministerio del Interior/government"},
		{"The Ministry of Interior said 40 accounts were closed.", "Ministry of Interior/government"},
		{"The Department of Justice said 40 accounts were closed.", "Department of Justice/government"},
		// a lower-case word before "of" is no part of the name
		{"The head of Graphika said 40 accounts were closed.", "Graphika/unknown"},
	}
	for _, tc := range tests {
		var got []string
		for _, s := range Text(tc.in, Options{}).Sources {
			got = append(got, s.Source.Name+"/"+string(s.Source.Kind))
		}
		if fmt.Sprint(got) != fmt.Sprint([]string{tc.want}) {
			t.Errorf("%q: sources %q, want %q", tc.in, got, tc.want)
		}
	}
}
