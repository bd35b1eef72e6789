package ingest

import (
	"github.com/takedowndesk/takedowndesk/app"
	"strings"
	"testing"
)

// TestTitleAfterPrefaceAndSalutation: a notice's title is what the notice
// says, not the publisher's note set off above a rule at its top
// (GitHub's "Before disabling any content …" over each notice it
// publishes) nor the greeting a letter opens with; a rule under a whole
// letter (its list of links below), a heading's underline and a long
// first paragraph that starts with a greeting stay as they were.
func TestTitleAfterPrefaceAndSalutation(t *testing.T) {
	note := "Before disabling any content in relation to this takedown notice, GitHub\n- contacted the owners of some or all of the affected repositories.\n\nTo learn more, please visit our [README](https://github.com/github/dmca/blob/master/README.md).\n\n---\n\n"
	form := "**Are you the copyright holder or authorized to act on the copyright owner's behalf?**\n\nYes, I am authorized to act on the copyright owner's behalf.\n\n**Please describe the nature of your copyright ownership.**\n\n" + strings.Repeat("We own the rights to the broadcasts of the league's matches. ", 12) + "\n"
	letter := strings.Repeat("We are writing to notify you of the extensive infringement of motion pictures occurring through the APK. ", 8)
	tests := []struct{ name, body, want string }{
		{"note over a form", note + form, "Are you the copyright holder or authorized to act on the copyright owner's behalf?"},
		{"two notes", note + "While GitHub did not find sufficient information to determine a valid anti-circumvention claim, we determined that this notice contains other valid claims.\n\n***\n\n" + form,
			"Are you the copyright holder or authorized to act on the copyright owner's behalf?"},
		{"note over a letter", note + "Dear GitHub Inc.,\n\n" + letter + "\n\nYours faithfully,\n", "We are writing to notify you of the extensive infringement of motion pictures occurring through the APK. We are writing…"},
		{"salutation", "To whom it may concern\n\nHello! On behalf of the department, I report to you the illegal links on your platform (see Annex 1).\n\n" + letter, "Hello! On behalf of the department, I report to you the illegal links on your platform (see Annex 1)."},
		{"french", "Madame, Monsieur,\n\nNous vous demandons de retirer les vidéos suivantes.\n\n" + letter, "Nous vous demandons de retirer les vidéos suivantes."},
		{"russian", "Уважаемые коллеги!\n\nПросим удалить следующие материалы.\n\n" + letter, "Просим удалить следующие материалы."},
		// a rule under the whole letter sets off its list of links
		{"letter over its links", "Thank you for your attention to the following matter.\n\n" + letter + "\n\n----\n\nhttps://github.com/a/b\nhttps://github.com/c/d\n", "Thank you for your attention to the following matter."},
		// a line of dashes right under a line underlines a heading
		{"setext heading", "Blocked in Russia\n---\n\n" + letter, "Blocked in Russia"},
		// a greeting that opens a long paragraph is its first words
		{"long greeting", "Hello everyone, today the regulator published its register of blocked channels and we read all of it, line by line, for you.\n\n" + letter,
			"Hello everyone, today the regulator published its register of blocked channels and we read all of it, line by line, for…"},
	}
	for _, tt := range tests {
		if got := textTitle(tt.body); got != tt.want {
			t.Errorf("%s: title %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestSignoffOrganisation: a company or association signing a notice
// under its closing, with its legal form ("Motion Picture Association,
// Inc.", past GitHub's "[private]" marks), sent it, named without the
// form; a person, a team or a sentence under the closing is no sender.
func TestSignoffOrganisation(t *testing.T) {
	for body, want := range map[string]string{
		"Please remove the APK.\n\nYours faithfully,\n\n[private]  \n[private]\n\n[private]  \nMotion Picture Association, Inc.\n": "Motion Picture Association",
		"Bitte entfernen Sie die Inhalte.\n\nMit freundlichen Grüßen\n\nSky Deutschland Fernsehen GmbH":                            "Sky Deutschland Fernsehen",
		"Vi chiediamo di rimuovere i link.\n\nDistinti saluti,\nLega Nazionale Professionisti Serie A S.p.A.":                      "Lega Nazionale Professionisti Serie A",
		"Please remove it.\n\nRespectfully,\nJohn Smith":                                                                           "",
		"Please remove it.\n\nRegards,\nthe team at example inc.":                                                                  "",
		"Please remove it.\n\nSincerely,\nWe will follow up with your legal team, Inc.":                                            "",
	} {
		got := ""
		if ss := signoffSources(body); len(ss) > 0 {
			got = ss[0].Source.Name
			if ss[0].Role != app.RoleSender {
				t.Errorf("%q: role %s, want sender", body, ss[0].Role)
			}
		}
		if got != want {
			t.Errorf("signoffSources(%q) = %q, want %q", body, got, want)
		}
	}
}
