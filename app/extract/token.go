package extract

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/takedowndesk/takedowndesk/app/search"
)

type tkind uint8

const (
	tWord tkind = iota + 1
	tNum
	tPunct
)

type script uint8

const (
	scOther script = iota
	scLatin
	scArabic
	scCyrillic
	scDevanagari
)

// token is one word, number or punctuation mark of the original text. Offsets
// are runes into the original; f is the folded form used for matching.
type token struct {
	kind tkind
	sc   script
	s, e int    // rune offsets in the original text, e exclusive
	f    string // folded text
	fb   int    // byte offsets of f inside the folded buffer (during tokenising)
	fe   int
	sp   bool // whitespace (or start of text) before the token
	nl   bool // a line break before the token
	sent int  // sentence index

	// numbers
	val   float64
	numOK bool // val is a usable count
	plain bool // digits only, no separators
	ndig  int  // number of digits when plain
	dmy   [3]int
	isDMY bool // written d.m.yyyy
	// sep3 is the one separator of a number read as thousands from two
	// groups, the second of three digits ("17,416", "1.500"); 0 otherwise.
	// Before a scale word it may be a decimal separator instead.
	sep3 rune
	// comma4 is the value of digits grouped "111,9000": a comma with four
	// digits after it, read as a decimal comma into val; English writes no
	// decimal comma, so there it is a misplaced group comma. 0 otherwise.
	comma4 float64

	h0, h1 int32 // range of lexicon hits in ctx.hits
	used   bool  // consumed by a date
}

// fold maps a rune for matching: search.Fold plus Latin accent stripping,
// Cyrillic ё, Devanagari nukta and candrabindu, typographic apostrophes.
func fold(r rune) (rune, bool) {
	if r >= 0xFB50 && r <= 0xFEFC {
		r = arabicBase(r)
	}
	r, ok := search.Fold(r)
	if !ok {
		return 0, false
	}
	if r < 0x80 {
		return r, true
	}
	switch {
	case r >= 0xE0 && r <= 0xFF:
		return latin1Fold[r-0xE0], true
	case r == 'ё':
		return 'е', true
	case r == 0x093C: // nukta
		return 0, false
	case r >= 0x0958 && r <= 0x095F:
		return nuktaBase[r-0x0958], true
	case r == 0x0901:
		return 0x0902, true
	case r == '’', r == '‘', r == 'ʼ', r == '`', r == '´':
		return '\'', true
	case r == '‐', r == '‑', r == '‒', r == '–', r == '—', r == '―':
		return '-', true
	case r == 'œ':
		return 'o', true
	case r == 'ı':
		return 'i', true
	case r == 0x200C, r == 0x200D:
		return 0, false
	}
	return r, true
}

// arabicBase maps an Arabic presentation form (the contextual shapes some
// PDFs and old pages are copied with: "ﻣﻮﻗﻌﺎ") to its base letter, so the
// word reads as written in base letters. A ligature of several letters
// stays as it is: folding is one rune to one, and offsets must hold.
func arabicBase(r rune) rune {
	s := norm.NFKC.String(string(r))
	if b, n := utf8.DecodeRuneInString(s); n == len(s) && b != utf8.RuneError {
		return b
	}
	return r
}

var latin1Fold = [32]rune{
	'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', // à á â ã ä å æ ç
	'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', // è é ê ë ì í î ï
	'd', 'n', 'o', 'o', 'o', 'o', 'o', '÷', // ð ñ ò ó ô õ ö ÷
	'o', 'u', 'u', 'u', 'u', 'y', 'þ', 'y', // ø ù ú û ü ý þ ÿ
}

var nuktaBase = [8]rune{0x0915, 0x0916, 0x0917, 0x091C, 0x0921, 0x0922, 0x092B, 0x092F}

// digitVal returns the value of an ASCII, Arabic-Indic, Persian or
// Devanagari digit, or -1.
func digitVal(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 0x0660 && r <= 0x0669:
		return int(r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return int(r - 0x06F0)
	case r >= 0x0966 && r <= 0x096F:
		return int(r - 0x0966)
	}
	return -1
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	if digitVal(r) >= 0 {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || r == 0x200C || r == 0x200D
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0xA0, 0x202F, 0x2009, 0x200A, 0x2007, 0x3000, 0x2028, 0x2029:
		return true
	}
	return r > 0x80 && unicode.IsSpace(r)
}

func scriptOf(r rune) script {
	switch {
	case r < 0x250:
		return scLatin
	case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08FF,
		r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		return scArabic
	case r >= 0x0400 && r <= 0x052F:
		return scCyrillic
	case r >= 0x0900 && r <= 0x097F:
		return scDevanagari
	case unicode.Is(unicode.Latin, r):
		return scLatin
	}
	return scOther
}

// number separators
func isGroupSep(r rune) bool {
	switch r {
	case ',', '.', 0x066B, 0x066C, ' ', 0xA0, 0x202F, 0x2009, '\'', '’', '‘':
		return true
	}
	return false
}

// isAposSep is the Swiss thousands separator: 1'814, 160‘000.
func isAposSep(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

func isSpaceSep(r rune) bool { return r == ' ' || r == 0xA0 || r == 0x202F || r == 0x2009 }

// tokenize splits runes into tokens, appending into toks (reused) and
// writing folded text into buf. It returns the tokens and the folded text.
func tokenize(rs []rune, toks []token, buf []byte) ([]token, string) {
	n := len(rs)
	sp, nl := true, false
	for i := 0; i < n; {
		r := rs[i]
		if isSpace(r) {
			sp = true
			if r == '\n' || r == '\r' || r == 0x2029 || r == 0x2028 {
				nl = true
			}
			i++
			continue
		}
		t := token{s: i, sp: sp, nl: nl, fb: len(buf)}
		sp, nl = false, false
		switch {
		case digitVal(r) >= 0:
			i = scanNumber(rs, i, &t)
			for k := t.s; k < i; k++ {
				if d := digitVal(rs[k]); d >= 0 {
					buf = append(buf, byte('0'+d))
				} else {
					buf = append(buf, '.')
				}
			}
			t.kind = tNum
			t.sc = scOther
		case isWordRune(r):
			t.kind = tWord
			for i < n && isWordRune(rs[i]) {
				if f, ok := fold(rs[i]); ok {
					if t.sc == scOther && unicode.IsLetter(rs[i]) {
						t.sc = scriptOf(rs[i])
					}
					buf = appendRune(buf, f)
				}
				i++
			}
			if len(buf) == t.fb { // only marks
				continue
			}
			buf = cyrillicLookalikes(buf, t.fb, &t)
		default:
			t.kind = tPunct
			if f, ok := fold(r); ok {
				buf = appendRune(buf, f)
			}
			i++
			if len(buf) == t.fb { // dropped control rune
				continue
			}
		}
		t.e = i
		t.fe = len(buf)
		toks = append(toks, t)
	}
	folded := string(buf)
	for k := range toks {
		toks[k].f = folded[toks[k].fb:toks[k].fe]
	}
	return dropWrapSlashes(dropDoubledWords(toks)), folded
}

// doubledWords are the function words a typo may write twice ("65
// bloqueos de de portales web", "a list of of accounts"): the second copy
// is dropped, so the words around read as written once.
var doubledWords = map[string]bool{"de": true, "of": true, "the": true, "la": true, "el": true, "los": true, "las": true, "le": true, "les": true,
	"des": true, "du": true, "di": true, "del": true, "der": true, "die": true, "das": true, "den": true, "to": true, "in": true, "en": true, "и": true, "в": true, "на": true}

// dropDoubledWords removes a word of doubledWords that repeats the word
// right before it, with only a space between.
func dropDoubledWords(toks []token) []token {
	out := toks[:0]
	for k := range toks {
		if k > 0 && toks[k].kind == tWord && toks[k].sp && !toks[k].nl && toks[k-1].kind == tWord && toks[k].f == toks[k-1].f && doubledWords[toks[k].f] {
			continue
		}
		out = append(out, toks[k])
	}
	return out
}

// dropWrapSlashes removes the two slashes some sites print around a
// count ("بحذف /234/ صفحة، و /71/ حساب"): a slash with a space before it,
// a number right after it and a second slash right after the number,
// then a space and a word. The number keeps the space of the first slash,
// so it reads as written bare. A date or a case number ("9/5/2020",
// "325/ اتحادية/ 2023") has no space before its first slash, or no
// number right after it, and is left whole.
func dropWrapSlashes(toks []token) []token {
	n := len(toks)
	drop := func(k int) bool {
		return toks[k].kind == tPunct && toks[k].f == "/"
	}
	out := toks[:0]
	for k := 0; k < n; k++ {
		if k+3 < n && drop(k) && toks[k].sp && toks[k+1].kind == tNum && !toks[k+1].sp &&
			drop(k+2) && !toks[k+2].sp && toks[k+3].sp && toks[k+3].kind == tWord {
			num := toks[k+1]
			num.sp, num.nl = true, toks[k].nl
			out = append(out, num)
			k += 2
			continue
		}
		out = append(out, toks[k])
	}
	return out
}

// latinToCyrillic maps the folded Latin letters that look like Cyrillic
// ones to those letters.
var latinToCyrillic = map[rune]rune{
	'a': 'а', 'b': 'в', 'c': 'с', 'e': 'е', 'h': 'н', 'k': 'к', 'm': 'м',
	'o': 'о', 'p': 'р', 't': 'т', 'x': 'х', 'y': 'у',
}

// cyrillicLookalikes rewrites the folded word buf[fb:] in Cyrillic when it
// mixes Cyrillic letters with Latin look-alikes only ("тыc." typed with a
// Latin c): copied text often has them, and the word means its Cyrillic
// reading. A word with any other Latin letter is left as it is.
func cyrillicLookalikes(buf []byte, fb int, t *token) []byte {
	seg := string(buf[fb:])
	cyr, lat := false, false
	for _, r := range seg {
		switch {
		case r < 0x80 && unicode.IsLetter(r):
			if _, ok := latinToCyrillic[r]; !ok {
				return buf
			}
			lat = true
		case unicode.Is(unicode.Cyrillic, r):
			cyr = true
		}
	}
	if !cyr || !lat {
		return buf
	}
	buf = buf[:fb]
	for _, r := range seg {
		if c, ok := latinToCyrillic[r]; ok {
			r = c
		}
		buf = appendRune(buf, r)
	}
	t.sc = scCyrillic
	return buf
}

func appendRune(b []byte, r rune) []byte {
	if r < 0x80 {
		return append(b, byte(r))
	}
	return appendUTF8(b, r)
}

func appendUTF8(b []byte, r rune) []byte {
	switch {
	case r < 0x800:
		return append(b, byte(0xC0|r>>6), byte(0x80|r&0x3F))
	case r < 0x10000:
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	default:
		return append(b, byte(0xF0|r>>18), byte(0x80|(r>>12)&0x3F), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
}

// scanNumber reads digits with thousands and decimal separators from rs[i]
// and fills t's number fields. It returns the index after the number.
func scanNumber(rs []rune, i int, t *token) int {
	n := len(rs)
	var glen [8]int
	var seps [8]rune
	ng := 0
	start := i
	for {
		l := 0
		for i < n && digitVal(rs[i]) >= 0 {
			i++
			l++
		}
		if ng < len(glen) {
			glen[ng] = l
		}
		ng++
		if i+1 >= n || !isGroupSep(rs[i]) || digitVal(rs[i+1]) < 0 || ng >= len(glen) {
			break
		}
		if isSpaceSep(rs[i]) || isAposSep(rs[i]) {
			// a space groups thousands only: 1-3 digits before, exactly 3 after
			l2 := 0
			for k := i + 1; k < n && digitVal(rs[k]) >= 0; k++ {
				l2++
			}
			if l2 != 3 || glen[0] > 3 || (ng > 1 && seps[ng-1] != rs[i]) {
				break
			}
		}
		seps[ng] = rs[i]
		i++
	}
	if ng > len(glen) {
		ng = len(glen)
	}
	t.plain = ng == 1
	t.ndig = glen[0]
	// integer value of the digits
	digitsOf := func(from, to int) (v float64) {
		for k := from; k < to; k++ {
			if d := digitVal(rs[k]); d >= 0 {
				v = v*10 + float64(d)
			}
		}
		return v
	}
	if ng == 1 {
		t.val = digitsOf(start, i)
		t.numOK = glen[0] <= 15
		return i
	}
	// d.m.yyyy
	if ng == 3 && seps[1] == '.' && seps[2] == '.' && glen[0] <= 2 && glen[1] <= 2 && glen[2] == 4 {
		t.isDMY = true
		p := start
		for g := 0; g < 3; g++ {
			t.dmy[g] = int(digitsOf(p, p+glen[g]))
			p += glen[g] + 1
		}
		return i
	}
	// decide the decimal separator
	dec := rune(0)
	last := seps[ng-1]
	switch {
	case last == 0x066B:
		dec = last
	case last == 0x066C || isSpaceSep(last) || isAposSep(last):
		dec = 0
	case last == ',' || last == '.':
		other := false
		count := 0
		for g := 1; g < ng; g++ {
			if seps[g] != last {
				other = true
			}
			if seps[g] == last {
				count++
			}
		}
		if other {
			dec = last
		} else if count == 1 && (glen[ng-1] != 3 || (glen[0] == 1 && digitVal(rs[start]) == 0)) {
			dec = last
		}
	}
	// thousands groups must be 3 digits (first 1-3)
	groups := ng
	if dec != 0 {
		groups = ng - 1
	}
	okGroups := glen[0] >= 1 && (groups == 1 || glen[0] <= 3)
	indian := groups > 2 && seps[1] == ',' && glen[groups-1] == 3
	for g := 1; g < groups; g++ {
		if glen[g] != 3 {
			okGroups = false
		}
		if g < groups-1 && glen[g] != 2 {
			indian = false
		}
	}
	if indian && glen[0] <= 2 {
		okGroups = true // Indian grouping: 1,50,000 and 2,04,00,000
	}
	if !okGroups {
		t.numOK = false
		return i
	}
	p := start
	var v float64
	for g := 0; g < groups; g++ {
		mul := 1.0
		for k := 0; k < glen[g]; k++ {
			mul *= 10
		}
		v = v*mul + digitsOf(p, p+glen[g])
		p += glen[g] + 1
	}
	if dec != 0 {
		frac := digitsOf(p, p+glen[ng-1])
		div := 1.0
		for k := 0; k < glen[ng-1]; k++ {
			div *= 10
		}
		v += frac / div
	}
	t.val = v
	t.numOK = true
	if ng == 2 && dec == 0 && glen[1] == 3 && (seps[1] == ',' || seps[1] == '.') {
		t.sep3 = seps[1]
	}
	if ng == 2 && dec == ',' && glen[1] == 4 && glen[0] >= 1 && glen[0] <= 3 && digitVal(rs[start]) > 0 {
		t.comma4 = digitsOf(start, start+glen[0])*10000 + digitsOf(start+glen[0]+1, i)
	}
	return i
}
