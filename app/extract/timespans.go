package extract

import "unicode"

// Dates and spans of time around a count: "on a typical day", "the past
// eight months", weekdays, months and the Russian year abbreviation.

// typicalDays are the ways of saying "on an ordinary day": a count done
// in such a day is an average a day.
var typicalDays = func() [][]string {
	var out [][]string
	for _, f := range []string{"in a typical day", "on a typical day", "on an average day", "on a normal day", "in a normal day", "on an ordinary day",
		"un jour normal", "en une journee type", "lors d une journee type", "en un dia normal", "en un dia tipico", "en un dia cualquiera",
		"an einem normalen tag", "an einem durchschnittlichen tag", "an einem gewohnlichen tag", "in una giornata tipo", "in un giorno normale", "in una giornata normale"} {
		out = append(out, phraseToks(f))
	}
	return out
}()

// typicalDayAround reports whether "in a typical day" or its forms
// stand in the clause of the figure at tokens i..ue: after it before
// another number or a comma, or before it with no number between nor
// before it in its own clause.
func (c *ctx) typicalDayAround(i, ue, sent int) bool {
	n := len(c.toks)
	at := func(k int) int {
		for _, f := range typicalDays {
			m := 0
			for m < len(f) && k+m < n && c.toks[k+m].f == f[m] && c.toks[k+m].sent == sent {
				m++
			}
			if m == len(f) {
				return k + m
			}
		}
		return -1
	}
	for k := ue; k < n && k < ue+8 && c.toks[k].sent == sent; k++ {
		if c.toks[k].kind == tNum || c.isPunct(k, ",") || c.isPunct(k, ";") {
			break
		}
		if at(k) > 0 {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-8 && c.toks[k].sent == sent; k-- {
		if c.toks[k].kind == tNum {
			break
		}
		if e := at(k); e > 0 && e <= i {
			return !c.numberBeforeInClause(k, sent)
		}
	}
	return false
}

// numberBeforeInClause reports whether a number stands before k in its
// clause: "While 200-300 accounts are taken down in a typical day, 2,076
// …" says the typical day of the first count, not of the second.
func (c *ctx) numberBeforeInClause(k, sent int) bool {
	for j := k - 1; j >= 0 && c.toks[j].sent == sent; j-- {
		if c.isPunct(j, ",") || c.isPunct(j, ";") || c.isPunct(j, ":") {
			return false
		}
		if c.toks[j].kind == tNum {
			return true
		}
	}
	return false
}

// pastSpanWords say "the last" of a span of time: "the past eight
// months", "den letzten acht Monaten", "los últimos ocho meses", "les huit
// derniers mois", "gli ultimi otto mesi", "последние восемь месяцев".
var pastSpanWords = map[string]bool{
	"past": true, "last": true, "previous": true, "preceding": true,
	"vergangenen": true, "letzten": true, "zuruckliegenden": true,
	"derniers": true, "dernieres": true, "ecoules": true, "ecoulees": true, "precedents": true,
	"ultimos": true, "ultimas": true, "pasados": true, "pasadas": true,
	"ultimi": true, "ultime": true, "scorsi": true, "scorse": true,
	"последние": true, "последних": true, "прошедшие": true,
}

// spanLeadWords may open such a span: a preposition and an article.
var spanLeadWords = map[string]bool{
	"during": true, "over": true, "in": true, "within": true, "for": true, "the": true,
	"im": true, "den": true, "wahrend": true, "innerhalb": true, "der": true,
	"au": true, "cours": true, "des": true, "pendant": true, "durant": true, "les": true, "sur": true,
	"en": true, "durante": true, "los": true, "las": true,
	"nel": true, "negli": true, "nei": true, "gli": true, "i": true, "nelle": true, "le": true,
	"за": true, "в": true,
}

// pastSpanAt returns the end of a span of time written with "the last" at
// k ("during the past eight months", "in den letzten 12 Monaten", "au cours
// des huit derniers mois"), or -1. The span needs its "last" word and a
// time unit, with at most one number between or before them, so a count
// of months of its own ("in eight months") is no such span.
func (c *ctx) pastSpanAt(k, sent int) int {
	n := len(c.toks)
	j := k
	for w := 0; w < 4 && j < n && c.toks[j].sent == sent && c.toks[j].kind == tWord && spanLeadWords[c.toks[j].f] && !pastSpanWords[c.toks[j].f]; w++ {
		j++
	}
	num := func(m int) bool {
		if m >= n || c.toks[m].sent != sent {
			return false
		}
		if c.toks[m].kind == tNum {
			return !c.isYearToken(m)
		}
		return c.toks[m].kind == tWord && c.has(m, catNum)
	}
	last := false
	for w := 0; w < 3 && j < n && c.toks[j].sent == sent; w++ {
		switch {
		case c.toks[j].kind == tWord && pastSpanWords[c.toks[j].f] && !last:
			last = true
			j++
		case num(j):
			j++
		case last && c.hasTime(j):
			return j + 1
		default:
			return -1
		}
	}
	return -1
}

// weekdayLeads may stand before a weekday that dates a count: "on
// Sunday", "le dimanche", "am Sonntag", "el domingo", "la domenica", "в
// воскресенье", "يوم الأحد".
var weekdayLeads = foldedSet("on|le|am|el|la|в|во|يوم")

// weekdayPlurals are the French plural weekdays, written for the day of
// the week a count fell on as the singular is ("3 autres dimanches").
var weekdayPlurals = foldedSet("lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches")

// weekdayAt returns the token after a weekday that dates a count of a
// series at k ("bloqués vendredi, puis 3 autres dimanche", "am Sonntag",
// "on Sunday"), past one lead word, or k.
func (c *ctx) weekdayAt(k, sent int) int {
	n := len(c.toks)
	j := k
	if j < n && c.toks[j].sent == sent && c.toks[j].kind == tWord && weekdayLeads[c.toks[j].f] {
		j++
	}
	if j >= n || c.toks[j].sent != sent || c.toks[j].kind != tWord {
		return k
	}
	if c.has(j, catWeekday) || weekdayPlurals[c.toks[j].f] {
		return j + 1
	}
	return k
}

// ruYearAbbrAt reports whether the full stop at k ends the Russian
// abbreviation of "year" after a year ("в 2025 г.", "в 2023–2024 гг.")
// that the sentence goes on after: a dash, a comma, a number or a word in
// lower case follows on the same line ("то в 2025 г. – к 1,289 млн"). A
// capital or a new line after it starts the next sentence.
func (c *ctx) ruYearAbbrAt(k int) bool {
	if k < 2 || k+1 >= len(c.toks) || c.toks[k+1].nl {
		return false
	}
	if a := &c.toks[k-1]; a.kind != tWord || (a.f != "г" && a.f != "гг") || c.toks[k].sp {
		return false
	}
	if y := &c.toks[k-2]; y.kind != tNum || y.ndig != 4 {
		return false
	}
	switch next := &c.toks[k+1]; next.kind {
	case tNum:
		return true
	case tWord:
		return !unicode.IsUpper(c.rs[next.s])
	case tPunct:
		switch string(c.rs[next.s:next.e]) {
		case "–", "—", "-", ",":
			return true
		}
	}
	return false
}

// monthLeads may stand before a month that dates a count of a series: "в
// апреле", "in April", "en avril", "im April", "ad aprile", "في أبريل".
var monthLeads = foldedSet("в|во|in|en|im|ad|a|nel|في|فى|خلال")

// monthLeadBefore returns the first token of a month, and its lead word,
// written right before the count's first token k ("в январе … 429
// подобных сайтов, в феврале - ни одного, а в апреле всего 19"; Hindi
// "अप्रैल में 19"), or k: the month dates a count of a series as a year
// before it does.
func (c *ctx) monthLeadBefore(k, sent int) int {
	m := k - 1
	if m >= 1 && c.toks[m].f == "में" && c.toks[m].sc == scDevanagari {
		m-- // "अप्रैल में 19"
	}
	if m < 0 || c.toks[m].sent != sent || c.toks[m].kind != tWord || !c.has(m, catMonth) {
		return k
	}
	if m >= 1 && c.toks[m-1].sent == sent && monthLeads[c.toks[m-1].f] {
		m--
	}
	return m
}

// durationAt returns the end of how long something took, written after a
// count: a preposition of time, perhaps "a few" or a number, a unit of
// time and perhaps a word for "few" after it ("وصل عدد المعجبين فيها إلى
// 18 ألفاً في ساعات معدودة", "في يومين", "خلال ساعات قليلة", "in a few
// hours", "within hours", "en quelques jours", "in wenigen Stunden"). It
// returns -1 when none is written at k. A year is no duration ("في 2019").
func (c *ctx) durationAt(k, sent int) int {
	n := len(c.toks)
	if k+1 >= n || c.toks[k].sent != sent || c.toks[k].kind != tWord || !durationPreps[c.toks[k].f] {
		return -1
	}
	in := func(m int) bool { return m < n && c.toks[m].sent == sent }
	j := k + 1
	for w := 0; w < 2 && in(j) && c.toks[j].kind == tWord && fewWords[c.toks[j].f]; w++ {
		j++ // "in a few hours", "en quelques jours"
	}
	if in(j) && c.toks[j].kind == tNum && !c.isYearToken(j) {
		j++ // "in 48 hours"
	}
	if !in(j) || c.toks[j].kind != tWord || !c.hasTime(j) {
		return -1
	}
	j++
	if in(j) && c.toks[j].kind == tWord && fewWords[c.toks[j].f] {
		j++ // "ساعات معدودة", "ساعات قليلة": the few after the noun
	}
	return j
}

// durationPreps begin how long something took.
var durationPreps = map[string]bool{"في": true, "خلال": true, "within": true, "in": true, "en": true, "innerhalb": true, "binnen": true, "entro": true, "за": true}

// fewWords say "a few" before a unit of time or after it in Arabic.
var fewWords = map[string]bool{"a": true, "few": true, "quelques": true, "wenigen": true, "pocas": true, "pochi": true, "poche": true, "unas": true, "несколько": true, "معدوده": true, "قليله": true}
