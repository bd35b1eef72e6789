package ingest

import (
	"math"
	"unicode"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// Statistical detection of single-byte code pages. A file that is neither
// UTF-8 nor marked as UTF-16 was saved in the code page of some machine:
// Cyrillic (windows-1251, KOI8-R, ISO-8859-5, IBM 866), Arabic
// (windows-1256, ISO-8859-6) or Western European (windows-1252, which
// reads ISO-8859-1 too). Each candidate decodes the bytes above 127 and is
// scored by how likely the letters it makes are in running text of its
// script: a letter model (how often each letter occurs), a case model
// (a capital after a small letter inside a word is rare; KOI8-R read as
// windows-1251 is mostly that), whole words in one script (windows-1256
// read as ISO-8859-6 mixes Latin into Arabic words), and a Latin text's
// accents standing between plain letters, not in runs ("ÌÎÑÊÂÀ" is
// Cyrillic read as Latin-1). The best score wins; how far it is ahead of
// the next is how sure the guess is.

// codePage is one candidate encoding.
type codePage struct {
	name   string
	enc    *charmap.Charmap
	script *unicode.RangeTable
	freq   map[rune]float64 // letter → share of the script's letters in text
}

// Letter shares in running text (per cent), from published frequency
// tables, rounded; letters not listed get rareShare.
var (
	russianShares = map[rune]float64{
		'о': 10.97, 'е': 8.45, 'а': 8.01, 'и': 7.35, 'н': 6.70, 'т': 6.26, 'с': 5.47, 'р': 4.73, 'в': 4.54,
		'л': 4.40, 'к': 3.49, 'м': 3.21, 'д': 2.98, 'п': 2.81, 'у': 2.62, 'я': 2.01, 'ы': 1.90, 'ь': 1.74,
		'г': 1.70, 'з': 1.65, 'б': 1.59, 'ч': 1.44, 'й': 1.21, 'х': 0.97, 'ж': 0.94, 'ш': 0.73, 'ю': 0.64,
		'ц': 0.48, 'щ': 0.36, 'э': 0.32, 'ф': 0.26, 'ъ': 0.04, 'ё': 0.04,
		// Ukrainian, Belarusian and Serbian letters, less common in the files a desk gets.
		'і': 0.5, 'ї': 0.1, 'є': 0.1, 'ґ': 0.02, 'ў': 0.05, 'ј': 0.05, 'љ': 0.02, 'њ': 0.02, 'ћ': 0.02, 'ђ': 0.01, 'џ': 0.01,
	}
	arabicShares = map[rune]float64{
		'ا': 12.5, 'ل': 11.0, 'ي': 6.5, 'م': 6.0, 'و': 6.0, 'ن': 5.5, 'ر': 4.5, 'ت': 4.5, 'ب': 4.0, 'ع': 3.5,
		'ه': 3.5, 'ة': 3.0, 'د': 3.0, 'ف': 3.0, 'ق': 2.5, 'س': 2.5, 'أ': 2.5, 'ك': 2.0, 'ح': 2.0, 'ج': 1.5,
		'إ': 1.2, 'ش': 1.0, 'ص': 1.0, 'ط': 0.8, 'ى': 0.8, 'خ': 0.8, 'ث': 0.6, 'ز': 0.6, 'ض': 0.5, 'غ': 0.5,
		'ذ': 0.5, 'ء': 0.5, 'ئ': 0.4, 'ظ': 0.3, 'آ': 0.3, 'ؤ': 0.2,
		'پ': 0.2, 'چ': 0.2, 'ژ': 0.05, 'گ': 0.2, 'ک': 0.2, 'ی': 0.2, // Persian and Urdu
		'ً': 0.2, 'ٌ': 0.05, 'ٍ': 0.05, 'َ': 0.3, 'ُ': 0.2, 'ِ': 0.2, 'ّ': 0.2, 'ْ': 0.1, 'ـ': 0.05,
	}
	// Western accented letters as a share of all letters, ASCII included:
	// the scores compare only the bytes above 127.
	latinShares = map[rune]float64{
		'é': 1.5, 'è': 0.3, 'à': 0.4, 'ç': 0.1, 'ê': 0.2, 'ü': 0.4, 'ö': 0.3, 'ä': 0.4, 'ß': 0.1, 'ñ': 0.2,
		'á': 0.3, 'í': 0.3, 'ó': 0.3, 'ú': 0.1, 'â': 0.05, 'î': 0.05, 'ô': 0.05, 'û': 0.02, 'ë': 0.02,
		'ï': 0.02, 'œ': 0.02, 'ã': 0.1, 'õ': 0.05, 'ì': 0.05, 'ò': 0.05, 'ù': 0.02, 'å': 0.1, 'ø': 0.1, 'æ': 0.05,
	}
)

const rareShare = 0.01

// implausible is the mean log-likelihood per high byte below which the
// best reading is not text at all: real Cyrillic and Arabic text scores
// about -3.2 to -3.5, random bytes -6.9; Western text scores -4.5 to -6.5
// and random bytes read as windows-1252 -8.1.
const (
	implausible      = -5.5
	implausibleLatin = -7.8
)

var codePages = []codePage{
	{"windows-1251", charmap.Windows1251, unicode.Cyrillic, russianShares},
	{"koi8-r", charmap.KOI8R, unicode.Cyrillic, russianShares},
	{"iso-8859-5", charmap.ISO8859_5, unicode.Cyrillic, russianShares},
	{"ibm866", charmap.CodePage866, unicode.Cyrillic, russianShares},
	{"windows-1256", charmap.Windows1256, unicode.Arabic, arabicShares},
	{"iso-8859-6", charmap.ISO8859_6, unicode.Arabic, arabicShares},
	{"windows-1252", charmap.Windows1252, unicode.Latin, latinShares},
}

// Log-probability costs of what a wrong code page makes.
var (
	costBadChar    = math.Log(1e-4) // an undefined byte, a control, a symbol inside a word
	costMixedWord  = math.Log(1e-3) // a word in two scripts
	costCaseFlip   = math.Log(2e-3) // a capital right after a small letter
	costCapital    = math.Log(0.15) // a capital starting a word
	costCapsRun    = math.Log(0.3)  // a capital after a capital (acronyms, headings)
	costSmall      = math.Log(0.9)
	costAccentRun  = math.Log(5e-3) // two accented Latin letters in a row
	costAccentOnly = math.Log(0.05) // a Latin word of accented letters only
)

// symbols are the non-letters above 127 real text is full of.
var symbols = map[rune]bool{
	'«': true, '»': true, '–': true, '—': true, '“': true, '”': true, '„': true, '‘': true, '’': true,
	'…': true, '№': true, '•': true, '€': true, '°': true, '§': true, '©': true, '®': true, '™': true,
	'\u00a0': true, '·': true, '×': true, '±': true, '¬': true, '½': true, '¼': true, '،': true,
	'؛': true, '؟': true, '٪': true, '٫': true, '٬': true, '¿': true, '¡': true, '‹': true, '›': true,
	'\u200c': true, '\u200d': true, '\u200e': true, '\u200f': true,
}

// guessCodePage scores every candidate on head and returns the best with
// how sure it is (0.5 to 0.99). high is the number of bytes above 127.
func guessCodePage(head []byte) (name string, enc encoding.Encoding, confidence float64) {
	best, second := math.Inf(-1), math.Inf(-1)
	bestIdx := len(codePages) - 1
	high := 0
	for _, c := range head {
		if c >= 0x80 {
			high++
		}
	}
	if high == 0 {
		return "windows-1252", charmap.Windows1252, 0.5
	}
	for i, cp := range codePages {
		s := scoreCodePage(head, cp)
		switch {
		case s > best:
			second, best, bestIdx = best, s, i
		case s > second:
			second = s
		}
	}
	cp := codePages[bestIdx]
	floor := implausible
	if cp.script == unicode.Latin {
		// Accents are a small share of a Latin text's letters, so even
		// real text scores lower per high byte.
		floor = implausibleLatin
	}
	if best/float64(high) < floor {
		// No code page makes letters of these bytes: not text.
		return cp.name, cp.enc, 0
	}
	// The lead per high byte: a clear lead over many bytes is near certain,
	// a few bytes that two code pages read equally well are a coin toss.
	lead := best - second
	if math.IsInf(second, -1) {
		lead = 50
	}
	confidence = 0.5 + 0.49*(1-math.Exp(-lead/8))
	return cp.name, cp.enc, math.Round(confidence*100) / 100
}

// scoreCodePage is the log-likelihood of head's high bytes read in cp.
func scoreCodePage(head []byte, cp codePage) float64 {
	score := 0.0
	// The word being read: its letters' scripts and case so far.
	prevLetter, prevUpper, prevHighLatin := false, false, false
	wordHigh, wordLetters, wordHighLatin := 0, 0, 0
	wordScripts := 0 // bit 1: ASCII/Latin, bit 2: cp's script, bit 4: another script
	endWord := func() {
		if wordHigh > 0 && wordScripts&(wordScripts-1) != 0 {
			score += costMixedWord
		}
		if cp.script == unicode.Latin && wordHighLatin > 0 && wordHighLatin == wordLetters && wordLetters > 1 {
			score += costAccentOnly * float64(wordLetters-1)
		}
		wordHigh, wordLetters, wordHighLatin, wordScripts = 0, 0, 0, 0
	}
	for i := 0; i < len(head); i++ {
		c := head[i]
		var r rune
		if c < 0x80 {
			r = rune(c)
		} else {
			r = cp.enc.DecodeByte(c)
		}
		letter := unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
		if !letter {
			if c >= 0x80 && !symbols[r] {
				// An undefined byte (U+FFFD), a C1 control, box drawing or a
				// rare symbol: plausible now and then, not as the text's letters.
				if r == unicode.ReplacementChar || r < 0xA0 || !unicode.IsPunct(r) && !unicode.IsSpace(r) {
					score += costBadChar
				} else {
					score += costBadChar / 2
				}
			}
			if prevLetter {
				endWord()
			}
			prevLetter = false
			continue
		}
		wordLetters++
		upper := unicode.IsUpper(r)
		switch {
		case r < 0x80:
			wordScripts |= 1
		case unicode.Is(cp.script, r):
			if cp.script == unicode.Latin {
				wordScripts |= 1
			} else {
				wordScripts |= 2
			}
		default:
			wordScripts |= 4
		}
		if c >= 0x80 {
			wordHigh++
			lower := unicode.ToLower(r)
			share, ok := cp.freq[lower]
			if !ok {
				share = rareShare
			}
			if !unicode.Is(cp.script, r) {
				share = rareShare / 10
			}
			score += math.Log(share / 100)
			if r != lower || unicode.IsLower(r) { // a script with case
				switch {
				case upper && prevLetter && !prevUpper:
					score += costCaseFlip
				case upper && prevLetter:
					score += costCapsRun
				case upper:
					score += costCapital
				default:
					score += costSmall
				}
			}
			if cp.script == unicode.Latin {
				wordHighLatin++
				if prevHighLatin && prevLetter {
					score += costAccentRun
				}
			}
		}
		prevHighLatin = c >= 0x80
		prevLetter, prevUpper = true, upper
	}
	endWord()
	return score
}
