package ingest

import (
	"strings"
	"testing"
)

// TestSignoffKnownFullName: Roskomnadzor's notice signs in Russian with
// the office's full name in capitals and in English with the short name in
// brackets (github.com/gov-takedowns, 12 August 2020): one sender,
// Roskomnadzor. An office's name the lexicon does not know stays as
// written, and a shorter name of a different service is not Roskomnadzor.
func TestSignoffKnownFullName(t *testing.T) {
	for body, want := range map[string]string{
		"Уведомление.\n\nС уважением,\nФЕДЕРАЛЬНАЯ СЛУЖБА ПО НАДЗОРУ В СФЕРЕ СВЯЗИ, ИНФОРМАЦИОННЫХ ТЕХНОЛОГИЙ И МАССОВЫХ КОММУНИКАЦИЙ.  \n\nNotice.\n\nFederal Service for Supervision in the Sphere of Telecom, Information Technologies and Mass Communications (ROSKOMNADZOR).": "Roskomnadzor",
		"Уведомление.\n\nС уважением,\nФедеральная служба по надзору в сфере связи, информационных технологий и массовых коммуникаций":                                                                                                                                             "Roskomnadzor",
		"Notice.\n\nSincerely,\nFederal Service for Supervision of Communications, Information Technology and Mass Media": "Roskomnadzor",
		// negatives: a shorter or another office's name is kept as written
		"Уведомление.\n\nС уважением,\nФедеральная служба по надзору в сфере связи.": "Федеральная служба по надзору в сфере связи",
		"Уведомление.\n\nС уважением,\nФедеральная служба безопасности.":             "Федеральная служба безопасности",
	} {
		var got []string
		for _, s := range signoffSources(body) {
			got = append(got, s.Source.Name)
		}
		if strings.Join(got, "|") != want {
			t.Errorf("%.60q: senders %q, want %q", body, got, want)
		}
	}
}
