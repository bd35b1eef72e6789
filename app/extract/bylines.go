package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
)

// commonWords are words that start a sentence or stand for people without
// naming anyone; a source made of them alone is no source ("He", "So I",
// "Jews", "Article").
var commonWords = map[string]bool{
	"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true, "me": true, "him": true, "us": true, "them": true,
	"this": true, "that": true, "these": true, "those": true, "there": true, "here": true, "who": true, "what": true, "one": true, "someone": true,
	"everyone": true, "nobody": true, "people": true, "so": true, "then": true, "now": true, "yet": true, "however": true, "meanwhile": true,
	"but": true, "and": true, "or": true, "the": true, "a": true, "an": true, "article": true, "report": true, "study": true, "story": true,
	"jews": true, "muslims": true, "christians": true, "arabs": true, "americans": true, "russians": true, "users": true, "experts": true,
	"analysts": true, "sources": true, "officials": true, "critics": true, "observers": true, "witnesses": true, "residents": true, "activists": true,
	"researchers": true, "authorities": true, "police": true, "media": true, "news": true, "reports": true, "statement": true, "today": true,
	"je": true, "tu": true, "il": true, "elle": true, "on": true, "nous": true, "vous": true, "ils": true, "elles": true, "cela": true, "ceci": true, "ce": true,
	"ich": true, "du": true, "er": true, "sie": true, "es": true, "wir": true, "ihr": true, "man": true, "dies": true, "das": true,
	"yo": true, "el": true, "ella": true, "nosotros": true, "ellos": true, "ellas": true, "esto": true, "eso": true,
	"io": true, "lui": true, "lei": true, "noi": true, "voi": true, "loro": true, "questo": true, "quello": true,
	"я": true, "ты": true, "он": true, "она": true, "оно": true, "мы": true, "вы": true, "они": true, "это": true, "так": true,
	"هو": true, "هي": true, "هم": true, "نحن": true, "انا": true, "انت": true, "هذا": true, "هذه": true,
	"मैं": true, "हम": true, "वह": true, "वे": true, "यह": true, "आप": true,
}

// leadWords open a sentence before a name: "So Reuters said".
var leadWords = map[string]bool{"so": true, "then": true, "now": true, "but": true, "and": true, "yet": true, "however": true, "meanwhile": true, "also": true}

// isCommonName reports whether a suggested source name is only common
// words.
func isCommonName(name string) bool {
	fs := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
	if len(fs) == 0 {
		return true
	}
	for _, f := range fs {
		if !commonWords[f] {
			return false
		}
	}
	return true
}

var bylineWords = map[string]bool{"by": true, "par": true, "von": true, "por": true, "di": true, "da": true, "автор": true, "текст": true, "بقلم": true, "كتب": true, "كتبت": true, "लेखक": true}

var outletWords = map[string]bool{"source": true, "quelle": true, "fuente": true, "fonte": true, "источник": true, "المصدر": true, "स्रोत": true, "via": true, "vía": true}

// findBylines reads the byline ("By Nina Mulamba", "Par …", "بقلم …",
// "كتب – روماني صبري") and the outlet line ("Source: The Guardian",
// "Quelle: dts Nachrichtenagentur") of a saved article. A byline must open
// a line and hold one to four names; its author is a researcher who reports
// the story, its outlet a news outlet.
func (c *ctx) findBylines() {
	n := len(c.toks)
	for k := 0; k < n; k++ {
		t := &c.toks[k]
		if t.kind != tWord || !(k == 0 || t.nl) {
			continue
		}
		orig := c.rs[t.s:t.e]
		latin := t.sc == scLatin || t.sc == scCyrillic
		isBy := bylineWords[t.f] && (!latin || unicode.IsUpper(orig[0]))
		isOutlet := outletWords[t.f] && (!latin || unicode.IsUpper(orig[0]))
		if !isBy && !isOutlet {
			continue
		}
		j := k + 1
		for j < n && !c.toks[j].nl && c.toks[j].kind == tPunct && (c.toks[j].f == ":" || c.toks[j].f == "-" || c.toks[j].f == "|") {
			j++
		}
		if isOutlet && j == k+1 && t.f != "via" {
			continue // "Source" without a colon is a word of a sentence
		}
		start, end := j, j
		words := 0
		for ; end < n && !c.toks[end].nl && words < 5; end++ {
			e := &c.toks[end]
			if e.kind == tPunct {
				if e.f == "-" || e.f == "." || e.f == "'" || e.f == "&" {
					continue
				}
				break
			}
			if e.kind != tWord || words > 0 && c.has(end, catMonth) {
				break // "Source: The Guardian April 05, 2018": the date ends the name
			}
			eo := c.rs[e.s:e.e]
			if (e.sc == scLatin || e.sc == scCyrillic) && !isOutlet && !unicode.IsUpper(eo[0]) && !nameLinks[e.f] {
				break
			}
			words++
		}
		// a byline is the whole line (or ends at a comma, a bar or a date)
		if words == 0 || words > 4 || (end < n && !c.toks[end].nl && !c.isPunct(end, ",") && !c.isPunct(end, "|") && !c.isPunct(end, "—") && c.toks[end].kind != tNum && !c.has(end, catMonth)) {
			continue
		}
		for end > start && c.toks[end-1].kind == tPunct {
			end--
		}
		name := strings.TrimSpace(string(c.rs[c.toks[start].s:c.toks[end-1].e]))
		if utf8.RuneCountInString(name) < 3 || isCommonName(name) {
			continue
		}
		if s, e := c.knownAt(start); e == end {
			c.addSource(s, app.RoleReportedBy)
			continue
		}
		kind := app.SourceResearcher
		if isOutlet {
			kind = guessKind(name, app.SourceNewsOutlet)
		}
		c.addSource(app.Source{Name: name, Kind: kind}, app.RoleReportedBy)
		// "By Nina Mulamba | The Guardian": a known outlet after the author
		if isBy && end < n && (c.isPunct(end, "|") || c.isPunct(end, ",") || c.isPunct(end, "—")) {
			q := end + 1
			if q < n && !c.toks[q].nl && articles[c.toks[q].f] {
				if s, e := c.knownAt(q); e > 0 {
					c.addSource(s, app.RoleReportedBy)
					continue
				}
				q++
			}
			if s, e := c.knownAt(q); e > 0 && q < n && !c.toks[q].nl {
				c.addSource(s, app.RoleReportedBy)
			}
		}
	}
}
