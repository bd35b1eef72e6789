package extract

import (
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// Sources named where the speech verb's neighbours are not the name: an
// outlet named by its domain ("пишет Lenta.ru"), the subject a Russian
// citing verb leaves to the clause's end ("приводит информацию от
// ведомства Lenta.ru"), a known outlet between an Arabic verb of issuing
// and the report it issued ("أعدت خدمة المتابعة لهيئة الإذاعة البريطانية
// (بي بي سي) تقريرًا").

// domainName reads an outlet named by its web address, a capitalised word
// glued to a domain ending: "Lenta.ru", "Gazeta.ru", "Mediapart.fr". It
// returns the outlet and the token after the name.
func (c *ctx) domainName(k, sent int) (app.Source, int, bool) {
	if k < 0 || k+2 >= len(c.toks) || c.toks[k].kind != tWord || c.toks[k].sc != scLatin || c.toks[k].sent != sent || !startsUpper(c.rs[c.toks[k].s:c.toks[k].e]) {
		return app.Source{}, 0, false
	}
	if !c.isPunct(k+1, ".") || c.toks[k+1].sp || c.toks[k+2].sp || !outletDomains[c.toks[k+2].f] {
		return app.Source{}, 0, false
	}
	name := string(c.rs[c.toks[k].s:c.toks[k+2].e])
	return app.Source{Name: name, Kind: app.SourceNewsOutlet}, k + 3, true
}

// outletDomains are the endings of the outlets' addresses read so; a
// ".com" name is as often a shop or a platform ("Amazon.com said").
var outletDomains = map[string]bool{"ru": true, "fr": true, "de": true, "it": true, "es": true, "in": true, "ua": true, "info": true, "media": true}

// clauseEndSource finds the speaker a Russian citing verb names at the end
// of its clause, past what it cites: "— приводит информацию от ведомства
// Lenta.ru." The name must end the sentence or the clause.
func (c *ctx) clauseEndSource(e, sent int) (app.Source, bool) {
	for j := e; j < len(c.toks) && j < e+10 && c.toks[j].sent == sent; j++ {
		if c.toks[j].kind == tPunct && (c.toks[j].f == "," || c.toks[j].f == ";" || c.toks[j].f == ":") {
			return app.Source{}, false
		}
		s, end, ok := c.domainName(j, sent)
		if !ok {
			s, end = c.knownAt(j)
			ok = end > 0 && s.Kind != app.SourceUnknown
		}
		if ok && c.clauseEndAt(end, sent) {
			return s, true
		}
	}
	return app.Source{}, false
}

// reportIssuers adds the known outlet or office an Arabic verb of issuing
// names before the report or study it issued: "أعدت خدمة المتابعة لهيئة
// الإذاعة البريطانية (بي بي سي) تقريرًا" (the BBC's monitoring service
// prepared a report), "نشرت صحيفة الغارديان دراسة".
func (c *ctx) reportIssuers() {
	for i := 0; i < len(c.toks); i++ {
		if c.toks[i].sc != scArabic || !arIssueVerbs[strings.TrimPrefix(c.toks[i].f, "و")] {
			continue
		}
		sent := c.toks[i].sent
		rep := -1
		for j := i + 1; j < len(c.toks) && j <= i+14 && c.toks[j].sent == sent; j++ {
			if arReportNouns[c.toks[j].f] {
				rep = j
				break
			}
		}
		if rep < 0 {
			continue
		}
		for j := i + 1; j < rep; j++ {
			if s, e := c.knownAt(j); e > 0 && e <= rep && s.Kind != app.SourcePlatformStatement {
				role := app.RoleStatedBy
				if s.Kind == app.SourceNewsOutlet || s.Kind == app.SourceWire {
					role = app.RoleReportedBy
				}
				c.addSource(s, role)
				break
			}
		}
		i = rep
	}
}

var (
	arIssueVerbs  = map[string]bool{"اعدت": true, "اعد": true, "نشرت": true, "نشر": true, "اصدرت": true, "اصدر": true}
	arReportNouns = map[string]bool{"تقريرا": true, "تقرير": true, "دراسه": true, "دراسة": true, "بيانا": true}
)

// Outlets and speech verbs the lexicon lacked: RT (written so, as the
// outlet; "rt" is other words), the Russian "пишет" (writes) and
// "цитирует" (quotes).
func init() {
	lex.add(entry{cat: catSource, s: "RT", kind: app.SourceNewsOutlet, cs: "RT"}, "RT")
	lex.add(entry{cat: catAttrAfter, role: app.RoleStatedBy}, "пишет|пишут|цитирует|цитируют")
}

// channelNamed reads a platform's channel named after its platform and
// "channel" ("Telegram-канал Baza", "the Telegram channel Rybar"): the
// channel speaks, as a news outlet, not the platform.
func (c *ctx) channelNamed(k, sent int) (app.Source, bool) {
	s, e := c.knownAt(k)
	if e <= 0 || s.Kind != app.SourcePlatformStatement {
		return app.Source{}, false
	}
	j := e
	if c.isPunct(j, "-") {
		j++
	}
	if j+1 >= len(c.toks) || !channelWords[c.toks[j].f] || c.toks[j+1].sent != sent {
		return app.Source{}, false
	}
	n := c.toks[j+1]
	if n.kind != tWord || !startsUpper(c.rs[n.s:n.e]) {
		return app.Source{}, false
	}
	end := j + 2
	for end < len(c.toks) && end < j+4 && c.toks[end].sent == sent && c.toks[end].kind == tWord && startsUpper(c.rs[c.toks[end].s:c.toks[end].e]) {
		end++
	}
	return app.Source{Name: string(c.rs[n.s:c.toks[end-1].e]), Kind: app.SourceNewsOutlet}, true
}

var channelWords = map[string]bool{"канал": true, "channel": true, "kanal": true, "chaine": true, "canal": true, "canale": true}
