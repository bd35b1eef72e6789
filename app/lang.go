package app

import (
	"unicode"
	"unicode/utf8"
)

// langSample bounds the letters DetectLanguage reads: a notice's language
// shows in its first paragraphs, and a huge body must not cost a pass.
const langSample = 20000

// DetectLanguage guesses the language and direction of text from its own
// letters, never from a file name. The script with most letters decides
// the family: Arabic script (Arabic, Persian or Urdu by their own
// letters), Hebrew, Chinese, Japanese (kana beside the Han characters),
// Korean, Cyrillic (Russian, Ukrainian, Bulgarian or Serbian by their own
// letters), Greek, Devanagari, Thai; Latin text is told apart by its most
// common short words. Arabic script wins a tie with Latin, because a
// single Arabic paragraph makes the whole notice right-to-left for a
// reader. "" is text without letters.
func DetectLanguage(text string) (lang string, dir Direction) {
	var c scriptCounts
	letters := 0
	for _, r := range text {
		if letters >= langSample {
			break
		}
		if c.add(r) {
			letters++
		}
	}
	cjk := c.han + c.kana + c.hangul
	switch {
	case c.arabic > 0 && c.arabic >= c.latin/2 && c.arabic >= c.cyrillic && c.arabic*2 >= cjk:
		switch {
		case c.urdu*50 > c.arabic:
			return "ur", RTL
		case c.persian*50 > c.arabic:
			return "fa", RTL
		}
		return "ar", RTL
	case c.hebrew > 0 && c.hebrew >= c.latin/2 && c.hebrew*2 >= cjk:
		return "he", RTL
	case cjk > 0 && cjk*2 >= c.latin && cjk >= c.cyrillic:
		switch {
		case c.hangul >= c.han+c.kana:
			return "ko", LTR
		case c.kana*10 >= c.han:
			return "ja", LTR
		}
		return "zh", LTR
	case c.cyrillic > c.latin && c.cyrillic >= c.greek && c.cyrillic >= c.devanagari:
		return cyrillicLang(c), LTR
	case c.greek > c.latin:
		return "el", LTR
	case c.devanagari > c.latin:
		return "hi", LTR
	case c.thai > c.latin:
		return "th", LTR
	case c.latin == 0:
		return "", LTR
	}
	return latinLang(text), LTR
}

type scriptCounts struct {
	arabic, persian, urdu, hebrew, cyrillic, greek, devanagari, thai int
	han, kana, hangul, latin                                         int
	ukrainian, bulgarianHard, russianOnly, serbian                   int
}

// add counts one rune and reports whether it is a letter.
func (c *scriptCounts) add(r rune) bool {
	if r < 0x80 { // ASCII: Latin letters or no script at all, without the tables
		if r|0x20 >= 'a' && r|0x20 <= 'z' {
			c.latin++
			return true
		}
		return false
	}
	switch {
	case unicode.Is(unicode.Arabic, r):
		c.arabic++
		switch r {
		case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی':
			c.persian++
		case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ہ', 'ھ':
			c.urdu++
		}
	case unicode.Is(unicode.Hebrew, r):
		c.hebrew++
	case unicode.Is(unicode.Cyrillic, r):
		c.cyrillic++
		switch unicode.ToLower(r) {
		case 'і', 'ї', 'є', 'ґ':
			c.ukrainian++
		case 'ъ':
			c.bulgarianHard++
		case 'ы', 'э', 'ё':
			c.russianOnly++
		case 'ђ', 'ћ', 'џ', 'ј', 'љ', 'њ':
			c.serbian++
		}
	case unicode.Is(unicode.Han, r):
		c.han++
	case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
		c.kana++
	case unicode.Is(unicode.Hangul, r):
		c.hangul++
	case unicode.Is(unicode.Greek, r):
		c.greek++
	case unicode.Is(unicode.Devanagari, r):
		c.devanagari++
	case unicode.Is(unicode.Thai, r):
		c.thai++
	case unicode.Is(unicode.Latin, r):
		c.latin++
	default:
		return false
	}
	return true
}

// cyrillicLang tells the Cyrillic languages apart by the letters only one
// of them uses: і ї є ґ (Ukrainian), ђ ћ џ ј љ њ (Serbian, Macedonian),
// ъ as a common vowel without ы and э (Bulgarian).
func cyrillicLang(c scriptCounts) string {
	switch {
	case c.serbian*100 > c.cyrillic:
		return "sr"
	case c.ukrainian*100 > c.cyrillic && c.russianOnly*4 < c.ukrainian:
		return "uk"
	case c.bulgarianHard*100 > c.cyrillic && c.russianOnly*20 < c.bulgarianHard:
		return "bg"
	}
	return "ru"
}

// latinStopWords are the commonest short words of the Latin-script
// languages a desk reads; a text's language is the one whose words it
// uses most.
var latinStopWords = map[string][]string{
	"en": {"the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "by", "are", "this", "from", "have", "has", "be", "at", "said", "its", "were", "which"},
	"fr": {"le", "la", "les", "des", "et", "est", "un", "une", "du", "dans", "que", "pour", "qui", "sur", "pas", "au", "par", "avec", "ce", "sont", "été", "aux", "ont", "selon", "en"},
	"de": {"der", "die", "das", "und", "ist", "nicht", "ein", "eine", "den", "dem", "mit", "von", "zu", "auf", "für", "sich", "auch", "des", "wird", "wurde", "im", "sind", "nach"},
	"es": {"el", "la", "los", "las", "un", "lo", "que", "y", "en", "una", "por", "con", "para", "del", "se", "es", "al", "como", "más", "su", "fue", "según", "sus", "ha"},
	"it": {"il", "di", "che", "e", "per", "non", "della", "sono", "gli", "nel", "alla", "è", "dei", "delle", "ha", "anche", "come", "più"},
	"pt": {"o", "os", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "dos", "das", "no", "na", "por", "é", "foi", "ao", "são"},
	"nl": {"het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met", "die", "aan", "er", "ook", "werd", "naar", "bij"},
	"tr": {"ve", "bir", "bu", "için", "ile", "olarak", "çok", "daha", "gibi", "olan", "değil", "da", "de", "ama", "sonra"},
	"id": {"dan", "yang", "di", "itu", "dengan", "untuk", "tidak", "ini", "dari", "dalam", "akan", "pada", "juga", "ke", "karena", "oleh"},
}

// latinOrder breaks ties between languages that share a word.
var latinOrder = []string{"en", "fr", "de", "es", "it", "pt", "nl", "tr", "id"}

// latinStopIndex maps each common word to the languages (by their place
// in latinOrder) that use it.
var latinStopIndex = func() map[string][]int {
	idx := map[string][]int{}
	for i, lang := range latinOrder {
		for _, w := range latinStopWords[lang] {
			idx[w] = append(idx[w], i)
		}
	}
	return idx
}()

// latinSample bounds the text latinLang reads: a few hundred words show
// a language's common words many times over.
const latinSample = 4000

// latinLang picks the Latin-script language whose common words the text
// uses most, reading its first few hundred words; English when no
// language has two of its words (a list of names and links says nothing).
func latinLang(text string) string {
	if len(text) > latinSample {
		text = text[:latinSample]
	}
	var score [9]int // by latinOrder
	var buf [48]byte // the word being read, lower-cased
	n := 0
	bad := false // the token holds a digit, a slash, ...: no word
	trail := 0   // punctuation at the token's end so far (dropped if it ends it)
	flush := func() {
		if !bad && n > 0 {
			for _, l := range latinStopIndex[string(buf[:n])] {
				score[l]++
			}
		}
		n, bad, trail = 0, false, 0
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || unicode.IsSpace(r):
			flush()
		case bad:
		case r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z') || r >= utf8.RuneSelf && unicode.IsLetter(r):
			if trail > 0 { // punctuation inside the token: "t.co", "a/b"
				bad = true
				continue
			}
			if n+utf8.UTFMax > len(buf) {
				bad = true
				continue
			}
			n += utf8.EncodeRune(buf[n:], unicode.ToLower(r))
		case r == '\'' && n > 0:
			n += copy(buf[n:], "'")
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			if n > 0 {
				trail++
			}
		default:
			bad = true
		}
	}
	flush()
	best, lang := 1, "en"
	for i, l := range latinOrder {
		if score[i] > best {
			best, lang = score[i], l
		}
	}
	return lang
}
