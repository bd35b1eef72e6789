package extract

import (
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
)

// TestOutletLineKind: the name after "Source:" is an outlet unless it
// names an organisation that publishes figures and reports no news: a
// UN programme, a ministry, an NGO. Those state the figures.
func TestOutletLineKind(t *testing.T) {
	tests := []struct {
		text, name string
		kind       app.SourceKind
		role       app.Role
	}{
		{"Over 1,000 sites were blocked.\nSource: UN Development Programme", "UN Development Programme", app.SourceUnknown, app.RoleStatedBy},
		{"Over 1,000 sites were blocked.\nSource: Ministry of Digital Affairs", "Ministry of Digital Affairs", app.SourceGovernment, app.RoleStatedBy},
		{"Over 1,000 sites were blocked.\nSource: Human Rights Watch", "Human Rights Watch", app.SourceNGO, app.RoleStatedBy},
		{"Over 1,000 sites were blocked.\nSource: The Dunedin Courier", "The Dunedin Courier", app.SourceNewsOutlet, app.RoleReportedBy},
	}
	for _, tt := range tests {
		found := false
		for _, s := range Text(tt.text, Options{}).Sources {
			if s.Source.Name != tt.name {
				continue
			}
			found = true
			if s.Source.Kind != tt.kind || s.Role != tt.role {
				t.Errorf("%q: %s/%s/%s, want %s/%s", tt.text, s.Source.Name, s.Source.Kind, s.Role, tt.kind, tt.role)
			}
		}
		if !found {
			t.Errorf("%q: no source %q", tt.text, tt.name)
		}
	}
}

// TestMainPlatformScope: the platform a text names most is a figure's
// only when named before it or in its paragraph. An AGCOM report's
// blocked addresses are not Microsoft's, whose server a later paragraph
// says was among them; a count given before the platform in one
// paragraph, or before a paragraph where it speaks, is still its own.
func TestMainPlatformScope(t *testing.T) {
	tests := []struct {
		text     string
		value    float64
		platform string
	}{
		{"L'AGCOM ha ordinato il blocco di circa 1300 IP e 450 nomi di dominio nei primi tre mesi del 2024.\n\n" +
			"Tra gli indirizzi bloccati per errore c'era anche un server di Microsoft, che ospitava servizi legittimi.", 1300, ""},
		{"L'AGCOM ha ordinato il blocco di circa 1300 IP e 450 nomi di dominio nei primi tre mesi del 2024.\n\n" +
			"Tra gli indirizzi bloccati per errore c'era anche un server di Microsoft, che ospitava servizi legittimi.", 450, ""},
		{"More than 1,200 channels were banned last week. Telegram said most of them spread propaganda.", 1200, "Telegram"},
		{"Telegram said it acted fast.\n\nMore than 1,200 channels were banned last week.", 1200, "Telegram"},
		{"More than 1,200 channels were banned last week.\n\nTelegram said most of them spread propaganda.", 1200, "Telegram"},
	}
	for _, tt := range tests {
		found := false
		for _, c := range Text(tt.text, Options{}).Claims {
			if c.Kind != app.ClaimFigure || c.Value != tt.value {
				continue
			}
			found = true
			if c.Platform != tt.platform {
				t.Errorf("%q: %v on %q, want %q", tt.text, c.Value, c.Platform, tt.platform)
			}
		}
		if !found {
			t.Errorf("%q: no figure %v", tt.text, tt.value)
		}
	}
}

// TestInterviewedBy: the outlet that interviewed a speaker reported what
// was said: "interviewé par le Wall Street Journal", "interviewed by The
// Guardian".
func TestInterviewedBy(t *testing.T) {
	for text, want := range map[string]string{
		"Selon le ministre du Redressement productif interviewé par le Wall Street Journal, le gouvernement réfléchit à des cessions.": "Wall Street Journal",
		"The minister, interviewed by The Guardian, said 300 sites were blocked.":                                                      "The Guardian",
		"In an interview with Reuters, the minister said 300 sites were blocked.":                                                      "Reuters",
	} {
		found := false
		for _, s := range Text(text, Options{}).Sources {
			if s.Source.Name == want && s.Role == app.RoleReportedBy {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s that reported it", text, want)
		}
	}
}

// TestOfficeNames: a body of state written with its office in lower case
// is named with the office ("ministère des Affaires étrangères"), never
// by its capitalised word alone ("Affaires"); France's foreign ministry
// by its seat is "Quai d'Orsay", not "Quai"; "a source at" a known body
// speaks for it; a known name keeps its common words ("Home Office").
func TestOfficeNames(t *testing.T) {
	tests := map[string]string{
		"393 n’ont pas encore pu être joints, selon le Quai d’Orsay.":                 "Quai d'Orsay",
		"L'avion a atterri, selon une source du Quai d'Orsay.":                        "Quai d'Orsay",
		"According to the Home Office, 300 sites were blocked.":                       "Home Office",
		"The plane landed, according to a source at the Home Office.":                 "Home Office",
		"Il devait ramener des Français, selon le ministère des Affaires étrangères.": "ministère des Affaires étrangères",
		"According to the ministry of Justice, 40 channels were blocked.":             "ministry of Justice",
		"Secondo il ministero della Giustizia, 30 siti sono stati oscurati.":          "ministero della Giustizia",
		"Según el Ministerio del Interior, se bloquearon 30 sitios.":                  "Ministerio del Interior",
	}
	for text, want := range tests {
		var got []string
		for _, s := range Text(text, Options{}).Sources {
			got = append(got, s.Source.Name+"/"+string(s.Source.Kind))
		}
		if len(got) != 1 || got[0] != want+"/government" {
			t.Errorf("%q: sources %q, want %s/government", text, got, want)
		}
	}
}
