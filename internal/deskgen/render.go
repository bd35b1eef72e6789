package deskgen

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// weighted is a choice with its weight.
type weighted[T any] struct {
	v T
	w int
}

func pickWeighted[T any](r *rand.Rand, choices []weighted[T]) T {
	total := 0
	for _, c := range choices {
		total += c.w
	}
	k := r.IntN(total)
	for _, c := range choices {
		if k < c.w {
			return c.v
		}
		k -= c.w
	}
	return choices[len(choices)-1].v
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// figure is one counted figure of a notice: its value and unit.
type figure struct {
	value float64
	unit  unit
}

// scene is what one notice is about: the platform, group, sources, date
// and figures its template slots are filled from. A scene draws every
// choice from its own random source, so a notice depends only on the seed
// and its index.
type scene struct {
	r        *rand.Rand
	lang     string
	arDigits bool // Arabic-Indic digits (Arabic notices only)
	plat     platform
	platName string
	act      actor
	actName  string
	outlet   outlet
	agency   string
	country  string
	date     time.Time // the event the notice reports
	figs     map[string]figure
}

func newScene(r *rand.Rand, lang string, date time.Time) *scene {
	s := &scene{r: r, lang: lang, date: date, figs: map[string]figure{}}
	var pw []weighted[platform]
	for _, p := range platforms {
		pw = append(pw, weighted[platform]{p, p.weight})
	}
	s.plat = pickWeighted(r, pw)
	s.platName = pick(r, s.plat.names(lang))
	var aw []weighted[actor]
	for _, a := range actors {
		aw = append(aw, weighted[actor]{a, a.weight})
	}
	s.act = pickWeighted(r, aw)
	s.actName = pick(r, s.act.names(lang))
	s.outlet = pick(r, outletsOf(lang))
	s.agency = pick(r, agencies[lang])
	s.country = pick(r, countries[lang])
	s.arDigits = lang == "ar" && r.IntN(2) == 0
	return s
}

// fill replaces every {slot} of a template with the scene's words.
func (s *scene) fill(tmpl string) string {
	var b strings.Builder
	b.Grow(len(tmpl) + 64)
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		b.WriteString(s.slot(tmpl[i+1 : i+j]))
		tmpl = tmpl[i+j+1:]
	}
}

func (s *scene) slot(name string) string {
	r, l := s.r, s.lang
	switch name {
	case "plat":
		return s.platName
	case "plat2": // another spelling of the same platform, where there is one
		return pick(r, s.plat.names(l))
	case "actor":
		return s.actName
	case "actor2":
		return pick(r, s.act.names(l))
	case "outlet":
		return s.outlet.name
	case "agency":
		return s.agency
	case "country":
		return s.country
	case "date":
		return s.dateText(s.date)
	case "day": // day and month, no year: resolved by the publication date
		return s.dayText(s.date)
	case "month":
		return s.monthText(s.date)
	case "year":
		return s.year(s.date.Year())
	case "pct":
		return s.percent(float64(80+r.IntN(200)) / 10)
	case "pct2":
		return s.percent(float64(900+r.IntN(99)) / 10)
	case "langs":
		return s.langs(float64(3 + r.IntN(30)))
	case "topic":
		return pick(r, map[string][]string{"en": enTopics, "fr": frTopics, "ru": ruTopics, "ar": arTopics}[l])
	case "verb":
		if l == "ar" {
			return pick(r, arVerbs)
		}
		return pick(r, map[string][]string{"en": enVerbs, "fr": frVerbs, "ru": ruVerbs}[l])
	case "verbF":
		return pick(r, arVerbsF)
	case "past":
		return pick(r, map[string][]string{"en": enPast, "fr": frPast, "ru": ruPast, "ar": arPast}[l])
	case "report":
		return pick(r, map[string][]string{"en": enReports, "fr": frReports, "ru": ruReports, "ar": arReports}[l])
	case "count":
		return s.num(float64(3 + r.IntN(60)))
	case "hours":
		return s.num(float64(pick(r, []int{24, 48, 72})))
	}
	if strings.HasPrefix(name, "e") && len(name) == 2 { // French agreement with a figure's unit: "signalé{e1}s"
		if s.figure("fig" + name[1:]).unit.frFem {
			return "e"
		}
		return ""
	}
	if strings.HasPrefix(name, "fig") {
		return s.figText(name)
	}
	if strings.HasPrefix(name, "val") { // the bare value of a figure slot
		return s.num(s.figure("fig" + name[3:]).value)
	}
	return "{" + name + "}"
}

// figure returns the figure of a slot, drawing it the first time: each
// slot of a notice counts a different unit.
func (s *scene) figure(slot string) figure {
	if f, ok := s.figs[slot]; ok {
		return f
	}
	var uw []weighted[unit]
	for _, u := range units {
		taken := false
		for _, f := range s.figs {
			taken = taken || f.unit.key == u.key
		}
		if !taken {
			uw = append(uw, weighted[unit]{u, u.weight})
		}
	}
	if len(uw) == 0 {
		uw = append(uw, weighted[unit]{units[0], 1})
	}
	u := pickWeighted(s.r, uw)
	f := figure{value: s.value(u.key), unit: u}
	s.figs[slot] = f
	return f
}

// value draws a count on a log scale: most takedowns are tens to
// thousands, a few transparency reports count millions.
func (s *scene) value(unit string) float64 {
	hi := 4.5
	switch unit {
	case "videos", "posts", "accounts":
		hi = 6.3
	case "bots", "pages", "groups":
		hi = 3.8
	}
	v := math.Round(math.Pow(10, 0.5+s.r.Float64()*(hi-0.5)))
	switch {
	case v < 3:
		v = 3
	case v >= 1e6:
		v = math.Round(v/1e5) * 1e5
	case v >= 1e5 && s.r.IntN(2) == 0:
		v = math.Round(v/1e3) * 1e3
	}
	return v
}

func (s *scene) figText(slot string) string {
	f := s.figure(slot)
	q := pick(s.r, qualifiers[s.lang])
	n := s.num(f.value)
	form := f.unit.form(s.lang, f.value)
	adj := ""
	switch s.lang {
	case "en":
		adj = pick(s.r, enAdj)
	case "fr":
		adj = pick(s.r, frAdj)
	case "ru":
		if ruForm(f.value) > 0 {
			adj = pick(s.r, ruAdj)
		}
	case "ar":
		if arForm(f.value) == 0 {
			adj = pick(s.r, arAdj)
		}
	}
	parts := []string{q, n}
	switch s.lang {
	case "en", "ru":
		parts = append(parts, adj, form)
	default:
		parts = append(parts, form, adj)
	}
	return joinNonEmpty(parts)
}

func joinNonEmpty(parts []string) string {
	out := parts[:0:0]
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

// form is the unit's word for a count, by the language's agreement rules.
func (u unit) form(lang string, v float64) string {
	switch lang {
	case "fr":
		if v < 2 {
			return u.fr[0]
		}
		return u.fr[1]
	case "ru":
		return u.ru[ruForm(v)]
	case "ar":
		return u.ar[arForm(v)]
	}
	if v == 1 {
		return u.en[0]
	}
	return u.en[1]
}

// ruForm: 0 for 1, 21, 31…; 1 for 2–4, 22–24…; 2 for the rest.
func ruForm(v float64) int {
	n := int64(v)
	if v != float64(n) {
		return 1 // 2,5 млн канала: a fraction takes the genitive singular
	}
	if n >= 1000 && n%1000 == 0 {
		return 2 // тысяч, миллионов: the genitive plural
	}
	switch m10, m100 := n%10, n%100; {
	case m10 == 1 && m100 != 11:
		return 0
	case m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14):
		return 1
	}
	return 2
}

// arForm: 0 (plural) for 3–10, 1 (accusative singular) for 11–99 and for
// hundreds plus 11–99, 2 (genitive singular) for round hundreds and above.
func arForm(v float64) int {
	n := int64(v)
	if n >= 3 && n <= 10 {
		return 0
	}
	if m := n % 100; m >= 11 {
		return 1
	}
	return 2
}

// num writes a count the way the notice's language and style do.
func (s *scene) num(v float64) string {
	big := v >= 1e6 && math.Mod(v, 1e5) == 0 && s.r.IntN(3) > 0
	var txt string
	switch {
	case big:
		m := strconv.FormatFloat(v/1e6, 'f', -1, 64)
		switch s.lang {
		case "en":
			txt = m + " million"
		case "fr":
			txt = strings.ReplaceAll(m, ".", ",") + " millions de"
			if v < 2e6 {
				txt = strings.ReplaceAll(m, ".", ",") + " million de"
			}
		case "ru":
			txt = strings.ReplaceAll(m, ".", ",") + pick(s.r, []string{" млн", " миллиона"})
		case "ar":
			txt = m + " مليون"
		}
	case v >= 10000 || (v >= 1000 && s.r.IntN(2) == 0):
		txt = group(int64(v), map[string]string{"en": ",", "fr": "\u00a0", "ru": "\u00a0", "ar": ","}[s.lang])
		if s.lang == "fr" || s.lang == "ru" {
			txt = pick(s.r, []string{txt, strings.ReplaceAll(txt, "\u00a0", " ")})
		}
		if s.lang == "ar" && s.arDigits {
			txt = strings.ReplaceAll(txt, ",", "٬")
		}
	default:
		txt = strconv.FormatInt(int64(v), 10)
	}
	if s.arDigits {
		txt = arabicDigits(txt)
	}
	return txt
}

// group writes n with a thousands separator.
func group(n int64, sep string) string {
	d := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i := range len(d) {
		if i > 0 && (len(d)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteByte(d[i])
	}
	return b.String()
}

func arabicDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune('٠' + (r - '0'))
		case r == '.':
			b.WriteRune('٫')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (s *scene) percent(v float64) string {
	t := strconv.FormatFloat(v, 'f', -1, 64)
	switch s.lang {
	case "fr":
		return strings.ReplaceAll(t, ".", ",") + "\u00a0%"
	case "ru":
		return strings.ReplaceAll(t, ".", ",") + "%"
	case "ar":
		if s.arDigits {
			return arabicDigits(t) + "٪"
		}
		return t + "%"
	}
	return t + "%"
}

func (s *scene) langs(v float64) string {
	n := s.num(v)
	switch s.lang {
	case "fr":
		return n + " langues"
	case "ru":
		return n + " " + [3]string{"языке", "языках", "языках"}[ruForm(v)]
	case "ar":
		if arForm(v) == 0 {
			return n + " لغات"
		}
		return n + " لغة"
	}
	return n + " languages"
}

// year writes a year, never with a thousands separator.
func (s *scene) year(y int) string {
	t := strconv.Itoa(y)
	if s.arDigits {
		return arabicDigits(t)
	}
	return t
}

func (s *scene) dateText(t time.Time) string {
	d, m, y := t.Day(), int(t.Month())-1, s.year(t.Year())
	switch s.lang {
	case "fr":
		return "le " + s.num(float64(d)) + " " + frMonths[m] + " " + y
	case "ru":
		return s.num(float64(d)) + " " + ruMonths[m] + " " + y + " года"
	case "ar":
		months := arMonths
		if s.r.IntN(3) == 0 {
			months = arMonthsLv
		}
		return pick(s.r, []string{"في ", "يوم ", ""}) + s.num(float64(d)) + " " + months[m] + " " + y
	}
	if s.r.IntN(2) == 0 {
		return "on " + enMonths[m] + " " + s.num(float64(d)) + ", " + y
	}
	return "on " + s.num(float64(d)) + " " + enMonths[m] + " " + y
}

func (s *scene) dayText(t time.Time) string {
	d, m := float64(t.Day()), int(t.Month())-1
	switch s.lang {
	case "fr":
		return s.num(d) + " " + frMonths[m]
	case "ru":
		return s.num(d) + " " + ruMonths[m]
	case "ar":
		return s.num(d) + " " + arMonths[m]
	}
	return enMonths[m] + ", " + s.num(d)
}

func (s *scene) monthText(t time.Time) string {
	m, y := int(t.Month())-1, s.year(t.Year())
	switch s.lang {
	case "fr":
		return "en " + frMonths[m] + " " + y
	case "ru":
		return "за " + ruMonthsN[m] + " " + y + " года"
	case "ar":
		return "خلال شهر " + arMonths[m] + " " + y
	}
	return "in " + enMonths[m] + " " + y
}

// Arabic spelling as people write it: with or without hamza on alef,
// with tashkeel on common words now and then, with final ة written ه in
// informal posts, tatweel in headlines.
type arStyle struct {
	noHamza, harakat, taMarbutaHa bool
}

func drawArStyle(r *rand.Rand) arStyle {
	return arStyle{noHamza: r.IntN(100) < 35, harakat: r.IntN(100) < 20, taMarbutaHa: r.IntN(100) < 8}
}

// vowelled are common words of the stories with their full tashkeel.
var vowelled = map[string]string{
	"قناة": "قَنَاة", "قنوات": "قَنَوَات", "حسابات": "حِسَابَات", "حساباً": "حِسَاباً", "داعش": "دَاعِش",
	"تلغرام": "تِلِغْرَام", "مجموعات": "مَجْمُوعَات", "الإرهابي": "الإِرْهَابِيّ", "المتطرفة": "المُتَطَرِّفَة",
	"أعلنت": "أَعْلَنَتْ", "المحتوى": "المُحْتَوَى", "التنظيم": "التَّنْظِيم", "منصة": "مِنَصَّة", "المنصة": "المِنَصَّة",
}

// vowel writes the words of s that vowelled knows with their tashkeel.
// Only whole words change: a word inside another is another word.
func vowel(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for len(s) > 0 {
		i := strings.IndexFunc(s, isArabicLetter)
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !isArabicLetter(r) && r != 'ً' })
		if j < 0 {
			j = len(s)
		}
		if v, ok := vowelled[s[:j]]; ok {
			b.WriteString(v)
		} else {
			b.WriteString(s[:j])
		}
		s = s[j:]
	}
	return b.String()
}

func isArabicLetter(r rune) bool { return r >= 0x0621 && r <= 0x064A }

var dehamza = strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا")

func (st arStyle) apply(s string) string {
	if st.harakat {
		s = vowel(s)
	}
	if st.noHamza {
		s = dehamza.Replace(s)
	}
	if st.taMarbutaHa {
		s = strings.ReplaceAll(s, "ة ", "ه ")
	}
	return s
}

// tatweel stretches a short Arabic word, as breaking-news headlines do.
func tatweel(word string) string {
	if utf8.RuneCountInString(word) > 6 {
		return word
	}
	rs := []rune(word)
	var b strings.Builder
	for i, r := range rs {
		b.WriteRune(r)
		if i < len(rs)-1 && !strings.ContainsRune("اأإآدذرزوؤة", r) {
			b.WriteRune('ـ')
		}
	}
	return b.String()
}

// wordCount counts the space-separated words of s.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
