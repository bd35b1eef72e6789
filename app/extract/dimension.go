package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
)

// Dimension is what a notice's figures are about beyond platform, unit and
// day: a table row's name (its title, which names the country, policy or
// period of the row), so that rows about different things never conflict.
// Other notices have none.
func Dimension(kind app.Kind, title string) string {
	if kind != app.KindCSVRow {
		return ""
	}
	return strings.ToLower(strings.Join(strings.Fields(title), " "))
}

// Place is the country a figure of running text is about, as its own
// clause names it ("500 accounts in India", "في مصر", "в России"), or ""
// when its clause names none or more than one. Two figures of two notices
// are compared only when their places agree: Twitter's withheld accounts
// in India and in Turkey of one month are two counts. It reads the
// claim's quote and the context stored beside it, cut at the sentence's
// ends.
func Place(c app.Claim) string {
	before, after := c.Prefix, c.Suffix
	if i := strings.LastIndexAny(before, ".!?؟\n;؛"); i >= 0 {
		before = before[i+1:]
	}
	if i := strings.IndexAny(after, ".!?؟\n;؛"); i >= 0 {
		after = after[:i]
	}
	place := ""
	for _, piece := range [3]string{before, c.Quote, after} {
		for rest := piece; rest != ""; {
			// the next word, without building a list of them: this runs
			// for every figure a conflict refresh compares
			i := strings.IndexFunc(rest, placeRune)
			if i < 0 {
				break
			}
			rest = rest[i:]
			j := strings.IndexFunc(rest, func(r rune) bool { return !placeRune(r) })
			if j < 0 {
				j = len(rest)
			}
			w := rest[:j]
			rest = rest[j:]
			if len(w) < 3 || len(w) > 48 {
				continue
			}
			p := countryWord(strings.ToLower(w))
			if p == "" {
				continue
			}
			if place != "" && place != p {
				return "" // "more than the United States, Brazil and Indonesia"
			}
			place = p
		}
	}
	return place
}

func placeRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// countryWord is the country a word names, with an Arabic proclitic
// ("بالهند", "وفي"…) taken off, or "".
func countryWord(w string) string {
	if p := countryNames[w]; p != "" {
		return p
	}
	for _, pre := range []string{"وبال", "فبال", "بال", "وال", "لل", "ال", "و", "ب", "ل", "ف"} {
		if rest, ok := strings.CutPrefix(w, pre); ok && utf8.RuneCountInString(rest) >= 3 {
			if p := countryNames[rest]; p != "" {
				return p
			}
			if p := countryNames["ال"+rest]; p != "" {
				return p
			}
		}
	}
	return ""
}

// countryNames are the countries takedown figures are most often given
// for, by their names (and the names' cases) in the desk's languages.
var countryNames = func() map[string]string {
	m := map[string]string{}
	for code, names := range map[string]string{
		"RU": "russia russian russie russland rusia russia россия россии россию россией рф روسيا रूस",
		"IN": "india inde indien indiens भारत الهند индия индии индию",
		"TR": "turkey türkiye turkiye turquie türkei turquía turchia турция турции турцию تركيا तुर्की",
		"DE": "germany allemagne deutschland alemania germania германия германии ألمانيا المانيا जर्मनी",
		"FR": "france frankreich francia франция франции فرنسا फ्रांस",
		"US": "usa american américain amerikanisch сша американских امريكا أمريكا अमेरिका",
		"GB": "uk britain britannique großbritannien reino unido regno unito великобритания великобритании بريطانيا ब्रिटेन",
		"BR": "brazil brésil brasilien brasil brasile бразилия бразилии البرازيل ब्राज़ील",
		"PK": "pakistan pakistán пакистан пакистане пакистана باكستان पाकिस्तान",
		"ID": "indonesia indonésie indonesien индонезия индонезии إندونيسيا اندونيسيا इंडोनेशिया",
		"IR": "iran iranian irán иран иране ирана إيران ايران ईरान",
		"EG": "egypt égypte ägypten egipto egitto египет египте египта مصر मिस्र",
		"SA": "saudi arabie saudita saoudite السعودية सऊदी",
		"AE": "emirates émirats emirate emiratos الإمارات الامارات",
		"IL": "israel israël израиль израиле إسرائيل اسرائيل इज़राइल",
		"CN": "china chinese chine китай китае китая الصين चीन",
		"UA": "ukraine ucrania ucraina украина украине украины أوكرانيا اوكرانيا यूक्रेन",
		"BY": "belarus biélorussie weißrussland беларусь белоруссии бялорусь",
		"KZ": "kazakhstan kasachstan казахстан казахстане",
		"IT": "italy italie italien italia италия италии إيطاليا ايطاليا इटली",
		"ES": "spain espagne spanien españa spagna испания испании إسبانيا اسبانيا स्पेन",
		"JP": "japan japon japón giappone япония японии اليابان जापान",
		"KR": "korea corée korea südkorea corea корея кореи كوريا",
		"AU": "australia australie australien австралия австралии أستراليا استراليا ऑस्ट्रेलिया",
		"CA": "canada kanada canadá канада канаде كندا कनाडा",
		"MX": "mexico mexique mexiko méxico messico мексика мексике المكسيك",
		"SY": "syria syrie syrien siria сирия сирии سوريا",
		"IQ": "iraq irak ирак ираке العراق",
		"MA": "morocco maroc marokko marruecos marocco марокко المغرب",
		"DZ": "algeria algérie algerien argelia алжир الجزائر",
		"TN": "tunisia tunisie tunesien túnez тунис تونس",
		"JO": "jordan jordanie jordanien jordania иордания الأردن الاردن",
		"LB": "lebanon liban libanon líbano ливан لبنان",
		"QA": "qatar katar катар قطر",
		"NG": "nigeria nigéria нигерия نيجيريا",
		"ET": "ethiopia éthiopie äthiopien etiopía эфиопия إثيوبيا اثيوبيا",
		"VN": "vietnam viêt вьетнам فيتنام",
		"TH": "thailand thaïlande thailandia таиланд تايلاند",
		"BD": "bangladesh бангладеш بنغلاديش बांग्लादेश",
		"MM": "myanmar birmanie мьянма ميانمار",
	} {
		for _, n := range strings.Fields(names) {
			m[strings.ToLower(n)] = code
		}
	}
	// words of two-word names that name a country only together: kept
	// out ("Saudi" and "Arabia" alone say it; "unidos", "المتحدة" do not)
	for _, w := range []string{"estados", "unidos", "reino", "unido", "regno", "unito", "arabie", "الأمريكية", "المتحدة"} {
		delete(m, w)
	}
	return m
}()
