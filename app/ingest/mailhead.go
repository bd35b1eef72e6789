package ingest

import (
	"net/mail"
	"regexp"
	"strings"
)

// forwardMark is the line a mail program sets over a forwarded or quoted
// message: "-------- Forwarded Message --------", "Begin forwarded
// message:", "-----Original Message-----", "---------- Weitergeleitete
// Nachricht ---------".
var forwardMark = regexp.MustCompile(`(?i)^-*\s*(?:begin\s+)?(?:forwarded message|original message|message transféré|message d'origine|weitergeleitete nachricht|ursprüngliche nachricht|mensaje reenviado|mensaje original|messaggio inoltrato|пересылаемое сообщение|исходное сообщение)\s*:?\s*-*$`)

// mailKeys are the header lines of a saved e-mail.
var mailKeys = map[string]bool{"subject": true, "date": true, "from": true, "to": true, "cc": true, "sent": true,
	"reply-to": true, "objet": true, "de": true, "à": true, "envoyé": true, "betreff": true, "von": true, "an": true,
	"datum": true, "gesendet": true, "asunto": true, "oggetto": true, "тема": true, "дата": true, "от": true, "кому": true}

// replyPrefix is what a mail program puts before a subject it answers or
// forwards: "Re:", "Fwd:", "TR:", "AW:", "WG:".
var replyPrefix = regexp.MustCompile(`(?i)^(?:(?:re|fwd?|tr|aw|wg|rv|r)\s*:\s*)+`)

// mailHeaders reads the header lines a saved e-mail opens with, under
// the forwarding line if it has one: its subject is its title, its date
// the day it was sent ("Date:   Tue, 24 Apr 2018 14:35:22 +0100"). The
// block must be header lines only, with a subject or a date and one
// more; anything else gives nothing.
func mailHeaders(body string) articleMeta {
	var m articleMeta
	lines := strings.SplitN(body, "\n", 16)
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i < len(lines) && forwardMark.MatchString(strings.TrimSpace(lines[i])) {
		i++
	}
	keys, subject, date := 0, "", ""
	for ; i < len(lines) && i < 15; i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			break
		}
		k, v, ok := strings.Cut(l, ":")
		k = strings.ToLower(strings.TrimSpace(k))
		if !ok || !mailKeys[k] {
			return articleMeta{}
		}
		keys++
		v = strings.TrimSpace(v)
		switch k {
		case "subject", "objet", "betreff", "asunto", "oggetto", "тема":
			subject = strings.TrimSpace(replyPrefix.ReplaceAllString(v, ""))
		case "date", "sent", "envoyé", "datum", "gesendet", "дата":
			date = v
		}
	}
	if keys < 2 || subject == "" && date == "" {
		return articleMeta{}
	}
	m.title = subject
	if t, err := mail.ParseDate(date); err == nil {
		m.published = t
	} else if t, ok := wordDate(date); ok {
		m.published = t
	}
	return m
}
