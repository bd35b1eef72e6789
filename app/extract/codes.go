package extract

import (
	"strings"
	"unicode"
)

// maskCodes marks the tokens of every URL, e-mail address, percent-escape,
// hash and identifier ("24056-URL-…", "a3f9…e1") as used, so that no figure
// or date is read from their digits: "%D0%92" is not "92 %".
func (c *ctx) maskCodes() {
	n := len(c.toks)
	for a := 0; a < n; {
		// a run: tokens written together, without a space between them
		b := a + 1
		maybe := c.toks[a].kind == tNum
		for b < n && !c.toks[b].sp {
			if t := &c.toks[b]; t.kind == tNum || t.kind == tPunct && (t.f == "@" || t.f == "%" || t.f == "/") {
				maybe = true
			}
			b++
		}
		// only runs with digits, @, % or / can be codes
		if maybe && b-a > 1 && looksCode(c.rs[c.toks[a].s:c.toks[b-1].e]) {
			for k := a; k < b; k++ {
				c.toks[k].used = true
			}
		}
		a = b
	}
	c.maskOneOf()
}

// oneWords and ofWords make "one of": "Google is one of those platforms"
// counts no platforms, in any language ("l'un des", "uno de", "einer der",
// "один из").
var (
	oneWords = map[string]bool{"one": true, "un": true, "une": true, "l'un": true, "l'une": true, "uno": true, "una": true,
		"einer": true, "eine": true, "eines": true, "один": true, "одна": true, "одно": true, "одним": true, "одной": true}
	ofWords = map[string]bool{"of": true, "de": true, "des": true, "dei": true, "degli": true, "delle": true, "della": true,
		"der": true, "из": true}
)

// maskOneOf marks the number word of "one of" as used: it picks one out
// of a group, it does not count the group.
func (c *ctx) maskOneOf() {
	for k := 0; k+1 < len(c.toks); k++ {
		if t := &c.toks[k]; t.kind == tWord && oneWords[t.f] && c.toks[k+1].kind == tWord && ofWords[c.toks[k+1].f] {
			t.used = true
		}
	}
}

// looksCode reports whether a run of text without spaces is a URL, an
// e-mail address, a percent-escaped string, a hash or an identifier.
func looksCode(w []rune) bool {
	// quotes and punctuation around a word are not part of it
	for len(w) > 0 && strings.ContainsRune("([{«\"'“‘<", w[0]) {
		w = w[1:]
	}
	for len(w) > 0 && strings.ContainsRune(")]}»\"'”’>.,;:!?…", w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	if len(w) < 4 {
		return false
	}
	if strings.Contains(string(w), "://") || len(w) > 4 && (w[0] == 'w' || w[0] == 'W') && strings.EqualFold(string(w[:4]), "www.") {
		return true
	}
	var letters, digits, hex, seps, at, dots int
	digitRun, maxDigitRun := 0, 0
	escape := false
	domainSlash := false
	// "2_497_438", "row_12": prose never writes an underscore beside a
	// number's digits; data and identifiers do
	digitUnderscore := false
	digit := func(k int) bool { return k >= 0 && k < len(w) && w[k] >= '0' && w[k] <= '9' }
	for k, r := range w {
		if r == '_' && (digit(k-1) || digit(k+1)) {
			digitUnderscore = true
		}
		switch {
		case r >= '0' && r <= '9':
			digits++
			hex++
			digitRun++
			maxDigitRun = max(maxDigitRun, digitRun)
			continue
		case r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F':
			hex++
			letters++
		case unicode.IsLetter(r):
			letters++
		case r == '-' || r == '_':
			seps++
		case r == '@':
			at++
		case r == '.':
			dots++
		case r == '%':
			if k+2 < len(w) && isHex(w[k+1]) && isHex(w[k+2]) {
				escape = true
			}
		case r == '/':
			if dots > 0 && letters > 0 {
				domainSlash = true // example.org/…
			}
		}
		digitRun = 0
	}
	switch {
	case escape, digitUnderscore:
		return true
	case at == 1 && dots > 0 && letters > 0: // e-mail address
		return true
	case domainSlash:
		return true
	case hex == len(w) && len(w) >= 16 && digits > 0 && letters > 0: // a hash
		return true
	case digits > 0 && letters > 0 && (seps >= 2 || (seps >= 1 && maxDigitRun >= 4 && !yearish(w))):
		return true // 24056-URL-…, ID_20191123
	case digits > 0 && dots > 0 && hasTLD(w):
		return true // a domain name: 911-truth.net, 303.hecate.com.ar, 1570.info
	}
	return false
}

// hasTLD reports a word ending in a domain's top-level label: a dot and
// two to six lower-case letters ("…truth.net", "….com.ar", "….рф"). A
// sentence run on after a full stop ("78 channels.Telegram") has a capital.
func hasTLD(w []rune) bool {
	i := len(w) - 1
	for i >= 0 && (w[i] >= 'a' && w[i] <= 'z' || w[i] >= 'а' && w[i] <= 'я') {
		i--
	}
	n := len(w) - 1 - i
	return i > 0 && w[i] == '.' && n >= 2 && n <= 6
}

// yearish reports a word like "mid-2015" or "2015-style", where the digits
// are a year (left to the date and year rules, not masked).
func yearish(w []rune) bool {
	s := string(w)
	for _, p := range []string{"mid-", "early-", "late-", "pre-", "post-"} {
		if strings.HasPrefix(strings.ToLower(s), p) {
			return true
		}
	}
	return false
}

func isHex(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F'
}

// idWords introduce a reference, not a count: "decision No 6154", "entry
// 24056", "رقم 77".
var idWords = map[string]bool{
	"nr": true, "num": true, "ref": true, "reference": true, "id": true, "decision": true, "entry": true,
	"case": true, "order": true, "ticket": true, "docket": true, "file": true, "item": false,
	"decret": true, "arrete": true, "dossier": true, "numero": true, "aktenzeichen": true, "az": true, "beschluss": true,
	"expediente": true, "resolucion": true, "sentenza": true, "decreto": true, "protocollo": true,
	"решение": true, "решения": true, "решением": true, "номер": true, "номером": true, "дело": true, "приказ": true, "запись": true, "реестровая": true,
	"رقم": true, "برقم": true, "القرار": true, "قرار": true, "क्रमांक": true, "संख्या": false,
	// labels whose number names a part or a period, not a count: "from 114
	// in Year 1", "Article 15", "धारा 69ए"
	"year": true, "phase": true, "stage": true, "week": true, "season": true, "round": true, "tier": true, "chapter": true,
	"article": true, "section": true, "paragraph": true, "clause": true, "annex": true,
	"artikel": true, "absatz": true, "abschnitt": true, "paragraf": true, "articulo": true, "articolo": true, "comma": true,
	"статья": true, "статьи": true, "статьей": true, "статье": true, "пункт": true, "пункта": true, "धारा": true, "अनुच्छेद": true,
	// the Arabic article, clause and paragraph of a law, with the article
	// ("المادة (39)", "البند 4"); a bare "مادة" is also the content unit
	"الماده": true, "للماده": true, "بالماده": true, "والماده": true, "البند": true, "الفقره": true,
}

// periodLabels are the idWords that name a period ("Year 1", "Week 3");
// timeDeterminers before them make a time phrase of them ("this year").
var (
	periodLabels    = map[string]bool{"year": true, "week": true, "season": true, "round": true, "phase": true, "stage": true}
	timeDeterminers = map[string]bool{"this": true, "last": true, "next": true, "that": true, "each": true, "every": true, "per": true, "a": true, "previous": true, "current": true, "past": true}
)

// scaleAfter reports whether a scale word follows the number at i: "1.2
// million".
func (c *ctx) scaleAfter(i int) bool {
	_, e := c.find(i+1, catScale, 0)
	return e > 0 && i+1 < len(c.toks) && c.toks[i+1].sent == c.toks[i].sent
}

// isReference reports whether the number at i follows a word that makes it
// a reference or decision number ("decision No 6154", "No. 24056", "№ 12").
func (c *ctx) isReference(i int) bool {
	k := i - 1
	// "Article (39)", "رقم (1)": the number may stand in brackets after its label
	for k >= 0 && c.toks[k].kind == tPunct && (c.toks[k].f == "." || c.toks[k].f == ":" || c.toks[k].f == "#" || c.toks[k].f == "°" || c.toks[k].f == "º" || c.toks[k].f == "(" && k == i-1) {
		if c.toks[k].f == "#" {
			return true
		}
		k--
	}
	if k < 0 || c.toks[k].sent != c.toks[i].sent {
		return false
	}
	t := &c.toks[k]
	if t.kind == tPunct {
		return t.f == "№"
	}
	if t.kind != tWord {
		return false
	}
	if idWords[t.f] {
		// "Total this year: 1.2 million", "last week 5,000": a time phrase
		// and a count with a scale are no label and its number
		if periodLabels[t.f] && (k > 0 && c.toks[k-1].sent == t.sent && timeDeterminers[c.toks[k-1].f] || c.scaleAfter(i)) {
			return false
		}
		return true
	}
	// "No 6154", "N° 12", "Nr. 5": only as written with a capital
	orig := c.rs[t.s:t.e]
	return (t.f == "no" || t.f == "n") && len(orig) > 0 && unicode.IsUpper(orig[0])
}
