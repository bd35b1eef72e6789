package ingest

import "testing"

// TestCompanyIn: a transparency table's file name or title names the
// company that published it as a word of its own; a word that only holds
// the name ("pineapple", "Amazonas") names none.
func TestCompanyIn(t *testing.T) {
	for in, want := range map[string]string{
		"apple-us-national-security-requests-2013-2022":  "Apple",
		"Apple Transparency Report: Government Requests": "Apple",
		"linkedin_member_data_requests":                  "LinkedIn",
		"LinkedIn Transparency Report 2012 H1":           "LinkedIn",
		"github-gov-takedowns":                           "GitHub",
		"Wikimedia Foundation Transparency Report":       "Wikimedia",
		"pineapple-exports-2020":                         "",
		"Amazonas deforestation alerts":                  "",
		"removal-requests-report-jan-jun-2018":           "",
		"":                                               "",
	} {
		if got := companyIn(in); got != want {
			t.Errorf("companyIn(%q) = %q, want %q", in, got, want)
		}
	}
}
