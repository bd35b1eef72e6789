package app

import (
	"strings"
	"unicode"
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

var latinStopIndex = func() map[string][]string {
	idx := map[string][]string{}
	for _, lang := range latinOrder {
		for _, w := range latinStopWords[lang] {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}()

// latinLang picks the Latin-script language whose common words the text
// uses most, reading up to langSample bytes; English when no language has
// two of its words (a list of names and links says nothing).
func latinLang(text string) string {
	if len(text) > langSample*2 {
		text = text[:langSample*2]
	}
	score := map[string]int{}
	for _, w := range strings.Fields(text) {
		// Words only: links, handles and codes ("d790du2o7R") are none.
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if w == "" || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) >= 0 {
			continue
		}
		for _, lang := range latinStopIndex[strings.ToLower(w)] {
			score[lang]++
		}
	}
	best, lang := 1, "en"
	for _, l := range latinOrder {
		if score[l] > best {
			best, lang = score[l], l
		}
	}
	return lang
}
