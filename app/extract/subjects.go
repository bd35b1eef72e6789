package extract

import (
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// A known platform or authority that is the subject of a verb of taking
// down states its own figure: "Роскомнадзор (РКН) заблокировал 4 710 000
// сайтов", "Telegram removed 400 channels", "Twitter a supprimé 400
// comptes", "حذفت تويتر 400 حساب". Only names of the lexicon count (a
// pronoun or a common word never does), the verb must be a finite active
// form (not "заблокирован", "заблокировали", "a été supprimé"), a
// figure must follow it, and the sentence must report a statement (a
// speech verb: "…, сообщила глава управления РКН"); a reporter's own
// "Telegram blocked 78 channels." under a byline names no source.

// takedownSubjects adds the known names that are the subject of a verb of
// taking down.
func (c *ctx) takedownSubjects() {
	said := map[int]bool{}
	for k := range c.toks {
		for _, ct := range []cat{catAttrAfter, catAttrBefore, catStatement, catTold} {
			if c.has(k, ct) {
				said[c.toks[k].sent] = true
			}
		}
	}
	for i := 0; i < len(c.toks); i++ {
		t := c.toks[i]
		if t.kind != tWord {
			continue
		}
		s, e := c.subjectName(i)
		if e < 0 {
			continue
		}
		sent := t.sent
		if !said[sent] {
			continue // "Telegram blocked 78 channels." under a byline: the reporter's word
		}
		if t.sc == scArabic {
			// "تويتر حذفت" (subject first) or, below, "حذفت تويتر"
			if e < len(c.toks) && c.toks[e].sent == sent && arSubjectVerb(c.toks[e].f) && c.figureAfter(e, sent) {
				c.addSource(s, app.RoleStatedBy)
			}
			v := i - 1
			if v >= 0 && c.has(v, catDescriptor) && c.toks[v].sc == scArabic {
				v-- // "حذفت شركة ميتا"
			}
			if v >= 0 && c.toks[v].sent == sent && arSubjectVerb(c.toks[v].f) && c.figureAfter(e, sent) {
				c.addSource(s, app.RoleStatedBy)
			}
			i = e - 1
			continue
		}
		if i > 0 && c.toks[i-1].sent == sent && c.toks[i-1].kind == tWord && subjectBlockers[c.toks[i-1].f] {
			continue // "blocked by Telegram", "users of Telegram", "в Роскомнадзоре"
		}
		// "Роскомнадзор (РКН)": the abbreviation in brackets
		if c.isPunct(e, "(") && e+2 < len(c.toks) && c.toks[e+1].kind == tWord && c.isPunct(e+2, ")") {
			e += 3
		}
		if e < len(c.toks) && c.toks[e].sent == sent && c.subjectVerb(e) && c.figureAfter(e, sent) {
			c.addSource(s, app.RoleStatedBy)
		}
		i = e - 1
	}
}

// subjectName is the known source, platform or authority named at i in
// its own form (no Russian case ending, no Arabic prefix), and the token
// after it.
func (c *ctx) subjectName(i int) (app.Source, int) {
	if h, e := c.find(i, catSource, 0); e > 0 && h.e.kind != app.SourceUnknown {
		return app.Source{Name: h.e.s, Kind: h.e.kind}, e
	}
	if h, e := c.find(i, catPlatform, 0); e > 0 && (!h.e.ctxX || c.xContext(i)) {
		return app.Source{Name: h.e.s, Kind: app.SourcePlatformStatement}, e
	}
	if h, e := c.find(i, catActor, 0); e > 0 && !h.e.grp {
		return app.Source{Name: h.e.s, Kind: app.SourceGovernment}, e
	}
	return app.Source{}, -1
}

// subjectVerb reports whether a finite active verb of taking down stands
// at k, after its subject: "removed", "has removed", "a supprimé",
// "заблокировал", "удалила", "блокирует".
func (c *ctx) subjectVerb(k int) bool {
	t := c.toks[k]
	f := t.f
	switch t.sc {
	case scCyrillic:
		if !removalVerb(f) {
			return false
		}
		// singular past or present: "заблокировали" is "they blocked"
		// (the name is then its object), "заблокирован" is passive
		for _, end := range []string{"л", "ла", "ло", "ет", "ит"} {
			if strings.HasSuffix(f, end) {
				return true
			}
		}
		return false
	case scLatin:
		if subjectAux[f] && k+1 < len(c.toks) && c.toks[k+1].sent == t.sent {
			n := c.toks[k+1].f
			return removalVerb(n) && n != "ete" && n != "been"
		}
		if !removalVerb(f) {
			return false
		}
		if strings.HasSuffix(f, "ed") || f == "took" || f == "shut" {
			// "Telegram banned in Iran" is a headline's passive
			return k+1 >= len(c.toks) || !passiveAfter[c.toks[k+1].f]
		}
		// French and English present: "supprime", "bloque", "removes"
		return strings.HasSuffix(f, "e") || strings.HasSuffix(f, "es") || strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss")
	}
	return false
}

// arSubjectVerb reports whether a folded Arabic word is a past verb of
// taking down in the feminine a platform or authority takes ("حذفت",
// "حجبت", "أغلقت"); the masculine form is also the verbal noun ("حذف
// تويتر" may be "the removal of Twitter").
func arSubjectVerb(f string) bool {
	f = strings.TrimPrefix(f, "و")
	return strings.HasSuffix(f, "ت") && removalVerb(f) && len([]rune(f)) <= 6
}

// figureAfter reports whether a figure of the sentence starts after k.
func (c *ctx) figureAfter(k, sent int) bool {
	for _, f := range c.figs {
		if f.sent == sent && f.t0 >= k {
			return true
		}
	}
	return false
}

// subjectAux are the auxiliaries of a compound past: "has removed", "a
// supprimé", "ont bloqué".
var subjectAux = map[string]bool{"has": true, "have": true, "had": true, "a": true, "ont": true, "avait": true}

// subjectBlockers govern the name after them, which is then no subject
// ("by Telegram", "des utilisateurs de Telegram", "в Роскомнадзоре").
var subjectBlockers = map[string]bool{
	"by": true, "of": true, "from": true, "on": true, "to": true, "for": true, "with": true, "in": true, "at": true, "against": true,
	"de": true, "du": true, "des": true, "par": true, "sur": true, "a": true, "pour": true, "contre": true, "avec": true, "en": true, "dans": true,
	"в": true, "во": true, "на": true, "у": true, "от": true, "с": true, "со": true, "для": true, "из": true, "по": true, "о": true, "об": true, "против": true,
}

// passiveAfter begin the place or agent of a headline's passive after an
// English participle: "Telegram banned in Iran", "X blocked by court".
var passiveAfter = map[string]bool{"in": true, "by": true, "from": true, "across": true, "at": true, "for": true, "since": true, "after": true, "over": true}
