package ingest

import (
	"strings"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
)

// TestCamelHeaderUnits: a programmer's column name counts in the unit its
// words name; other one-word names are left as they were.
func TestCamelHeaderUnits(t *testing.T) {
	for h, want := range map[string]string{
		"memberDataRequests": "requests", "accountsImpacted": "accounts", "removedPosts": "posts",
		"blockedChannels": "channels", "YouTube": "", "report_end": "",
	} {
		if got := unitFromHeader(h); got != want {
			t.Errorf("unitFromHeader(%q) = %q, want %q", h, got, want)
		}
	}
}

// TestTeamCredit: an outlet's newsroom credited on a line of its own names
// the outlet; a headline with a dash names none.
func TestTeamCredit(t *testing.T) {
	for l, want := range map[string]string{
		"المواطن - فريق التحرير":           "المواطن",
		"Le Monde – La rédaction":          "Le Monde",
		"Коммерсантъ | Редакция":           "Коммерсантъ",
		"Telegram - a platform under fire": "",
		"Roskomnadzor blocks 19 - staff":   "",
	} {
		got, _ := teamCredit(l)
		if got != want {
			t.Errorf("teamCredit(%q) = %q, want %q", l, got, want)
		}
	}
}

// TestPageLabelsAndStamps: a saved page's widget label in another script
// is no title, a stamp in Arabic-Indic digits with its clock time is no
// headline; a one-word first line over a headline in its own script
// stays the rule it was.
func TestPageLabelsAndStamps(t *testing.T) {
	body := "Icon\n\nاعتدال وتليجرام يكافحان التطرف الرقمي بإزالة 97 مليون مادة\n\nالخميس ١٥ يناير ٢٠٢٦ الساعة ٢:٥٠ مساءً\nالمواطن - فريق التحرير\n\n" +
		"أثمر التعاون المستمر بين المركز العالمي لمكافحة الفكر المتطرف ومنصة تليجرام في مجال مكافحة التطرف الرقمي عن نتائج خلال عام 2025م، تمثلت في إزالة مواد متطرفة كثيرة."
	if got, want := textTitle(body), "اعتدال وتليجرام يكافحان التطرف الرقمي بإزالة 97 مليون مادة"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	if !stampLine("الخميس ١٥ يناير ٢٠٢٦ الساعة ٢:٥٠ مساءً") {
		t.Error("an Arabic-Indic stamp with a clock time read as no stamp")
	}
	if stampLine("Telegram bans 78 ISIS channels after Paris attacks") {
		t.Error("a headline with a count read as a stamp")
	}
	srcs := nameLineSources(body, textTitle(body))
	if len(srcs) != 1 || srcs[0].Source.Name != "المواطن" {
		t.Errorf("sources %+v, want the outlet المواطن", srcs)
	}
}

// TestMasthead: a newspaper's name as a page's first line, over its
// headline, is the outlet; a short headline, a name with no press word
// or a first line with no headline under it is none.
func TestMasthead(t *testing.T) {
	for body, want := range map[string]string{
		"Le Courrier de Russie\n\nBlocage de Telegram : le fonctionnement d’internet perturbé en Russie\n\nUne semaine après…": "Le Courrier de Russie",
		"The Moscow Times\nRussia Blocks Telegram Messenger App\n":                                                             "The Moscow Times",
		"Telegram Daily Bans\n\nThe platform removed channels":                                                                 "",
		"Telegram bans channels\n\nThe platform removed 78 channels linked to ISIS on Wednesday, it said.":                     "",
		"Roskomnadzor\nРоскомнадзор заблокировал Telegram в России":                                                            "",
		"Le Courrier de Russie": "",
	} {
		got, _, _ := masthead(strings.Split(body, "\n"))
		if got != want {
			t.Errorf("masthead(%q) = %q, want %q", body, got, want)
		}
	}
}

// TestSignoffSources: the body of state signing a notice under its
// closing sent it; a person's name, a line with an address or an
// article's "Thank you" over a sentence is no sender.
func TestSignoffSources(t *testing.T) {
	for body, want := range map[string]string{
		"Please remove the links.\n\nThank you.\n\n[private]\n\nCyber Security Department of the Ministry of Public Security of China\n\nSep.3rd,2019": "Cyber Security Department of the Ministry of Public Security of China",
		"Уведомление.\n\nС уважением,\nФедеральная служба по надзору в сфере связи.":                                                                   "Федеральная служба по надзору в сфере связи",
		"Notice of an entry in the register.\n\nFederal Service for Supervision in the Sphere of Telecom (ROSKOMNADZOR).":                              "Roskomnadzor",
		"Please remove it.\n\nSincerely,\nJohn Smith":                                       "",
		"Thank you.\nThe department said 78 channels were removed at https://example.org/a": "",
	} {
		got := ""
		if ss := signoffSources(body); len(ss) > 0 {
			got = ss[0].Source.Name
			if ss[0].Role != app.RoleSender || ss[0].Source.Kind != app.SourceGovernment {
				t.Errorf("%q: %s %s, want a government sender", body, ss[0].Source.Kind, ss[0].Role)
			}
		}
		if got != want {
			t.Errorf("signoffSources(%q) = %q, want %q", body, got, want)
		}
	}
}

// TestTitleEmphasis: a title line wrapped in Markdown emphasis loses it;
// emphasis inside a title stays.
func TestTitleEmphasis(t *testing.T) {
	for body, want := range map[string]string{
		"**Are you the copyright holder or authorized to act on the copyright owner's behalf?**\n\nYes, I am.": "Are you the copyright holder or authorized to act on the copyright owner's behalf?",
		"__Telegram blocks hundreds of channels__\n\nText.":                                                    "Telegram blocks hundreds of channels",
		"Telegram blocks **hundreds** of channels\n\nText.":                                                    "Telegram blocks **hundreds** of channels",
	} {
		if got := textTitle(body); got != want {
			t.Errorf("textTitle(%q) = %q, want %q", body, got, want)
		}
	}
}

// TestSpanPeriod: a row's first and last days, in columns named for a
// start and an end, are its period when they bound a quarter, a half or
// a year; other spans, or columns named otherwise, are none.
func TestSpanPeriod(t *testing.T) {
	for _, tc := range []struct {
		headers, rec []string
		want         string
	}{
		{[]string{"report_end", "report_start"}, []string{"2011-12-31 23:59:59", "2011-07-01 00:00:00"}, "2011-H2"},
		{[]string{"Start date", "End date"}, []string{"2023-01-01", "2023-03-31"}, "2023-Q1"},
		{[]string{"from", "to"}, []string{"2020-01-01", "2020-12-31"}, "2020"},
		{[]string{"Start date", "End date"}, []string{"2023-01-15", "2023-03-31"}, ""},
		{[]string{"Start date", "End date"}, []string{"2023-02-01", "2023-04-30"}, ""},
		{[]string{"Received", "Answered"}, []string{"2023-01-01", "2023-03-31"}, ""},
	} {
		if got := spanPeriod(tc.rec, tc.headers, false); got != tc.want {
			t.Errorf("spanPeriod(%q, %q) = %q, want %q", tc.headers, tc.rec, got, tc.want)
		}
	}
}
