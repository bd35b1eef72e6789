package ingest

import "testing"

// TestMailHeaders: a saved e-mail's subject is its title and its date
// the day it was sent, under a forwarding line or not; a text that only
// opens with a "Date:" line, or whose first lines are prose, is no mail.
func TestMailHeaders(t *testing.T) {
	tests := []struct {
		name, body, title, day string
	}{
		{"forwarded", "-------- Forwarded Message --------\nSubject:        Youtube\nDate:   Tue, 24 Apr 2018 14:35:22 +0100\nTo:     ICT <ict@example.org>\n\n\nDear all,\n", "Youtube", "2018-04-24"},
		{"reply prefixes dropped", "From: A <a@example.org>\nSubject: Fwd: RE: Telegram removals\nDate: Mon, 2 Mar 2020 09:00:00 GMT\n\nText", "Telegram removals", "2020-03-02"},
		{"French headers", "De : X\nObjet : TR: Retraits\nEnvoyé : 2020-03-02\n\nTexte", "Retraits", "2020-03-02"},
		{"original message", "-----Original Message-----\nFrom: B\nSent: 5 March 2019\nSubject: Notice\n\nBody", "Notice", "2019-03-05"},
		{"a date line alone is no mail", "Date: 2026-02-17\n\nHeadline\n", "", ""},
		{"prose is no mail", "Telegram said: 78 channels.\nSubject: none\n\nText", "", ""},
		{"a crawler's keys are no mail", "Date: 2026-02-17\nSource: https://example.org/\n\nText", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mailHeaders(tt.body)
			day := ""
			if !m.published.IsZero() {
				day = m.published.UTC().Format("2006-01-02")
			}
			if m.title != tt.title || day != tt.day {
				t.Errorf("title %q day %q, want %q %q", m.title, day, tt.title, tt.day)
			}
		})
	}
}
