package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
)

// findMentions records every platform and actor named in the text.
func (c *ctx) findMentions() {
	n := len(c.toks)
	for i := 0; i < n; i++ {
		best, end := hit{}, -1
		for _, h := range c.hitsOf(i) {
			if h.e.cat != catPlatform && h.e.cat != catActor {
				continue
			}
			if j := c.matchEnd(i, h); j > end {
				if h.e.ctxX && !c.xContext(i) {
					continue
				}
				if h.e.cs == "IS" || h.e.cs == "EI" {
					if !c.capsContextOK(i) {
						continue
					}
				}
				best, end = h, j
			}
		}
		if end < 0 {
			continue
		}
		c.mentions = append(c.mentions, mention{
			name: best.e.s, tok: i, sent: c.toks[i].sent,
			grp: best.e.grp, plat: best.e.cat == catPlatform,
		})
		i = end - 1
	}
}

// xContext accepts the letter X as the platform only with context: "on X",
// "X (formerly Twitter)", "X/Twitter".
func (c *ctx) xContext(i int) bool {
	if i > 0 {
		switch c.toks[i-1].f {
		case "on", "sur", "auf", "en", "su", "на", "في", "علي", "via", "platform", "plateforme", "plattform", "plataforma", "piattaforma", "платформе", "платформа", "منصه", "पर", "von", "de":
			return true
		}
		if c.toks[i-1].f == "/" && i > 1 && c.toks[i-2].f == "twitter" {
			return true
		}
	}
	for k := i + 1; k < len(c.toks) && k <= i+4; k++ {
		switch c.toks[k].f {
		case "formerly", "anciennement", "ex", "fruher", "vormals", "antes", "antiguo", "ранее", "бывший", "سابقا", "twitter", "पूर्व":
			return true
		}
	}
	return false
}

// capsContextOK rejects "IS" inside an all-capitals headline.
func (c *ctx) capsContextOK(i int) bool {
	for _, k := range []int{i - 1, i + 1} {
		if k < 0 || k >= len(c.toks) {
			continue
		}
		t := &c.toks[k]
		if t.kind == tWord && t.sc == scLatin && isUpperWord(c.rs[t.s:t.e]) {
			if _, e := c.find(k, catActor, 0); e < 0 {
				if _, e := c.find(k, catPlatform, 0); e < 0 {
					return false
				}
			}
		}
	}
	return true
}

var articles = map[string]bool{
	"the": true, "le": true, "la": true, "l": true, "les": true, "der": true, "die": true, "das": true, "dem": true, "des": true, "den": true,
	"el": true, "lo": true, "il": true, "'": true, "\"": true, "«": true, "»": true, "“": true, "”": true, "„": true, ":": true, "its": true,
	"ما": true, "ان": true,
}

var pronouns = map[string]bool{
	"it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "this": true, "that": true, "there": true, "officials": true,
	"il": true, "elle": true, "ils": true, "er": true, "sie": true, "es": true, "ella": true, "ellos": true, "lui": true, "lei": true,
	"он": true, "она": true, "они": true, "researchers": true, "authorities": true, "police": false, "but": true, "and": true, "the": true,
	"a": true, "an": true, "in": true, "on": true, "as": true, "also": true,
}

// knownAt matches a known source, platform or actor at i; it returns the
// source and the token after it.
func (c *ctx) knownAt(i int) (app.Source, int) {
	if i < 0 || i >= len(c.toks) {
		return app.Source{}, -1
	}
	if h, e := c.find(i, catSource, 2); e > 0 {
		return app.Source{Name: h.e.s, Kind: h.e.kind}, e
	}
	if h, e := c.find(i, catPlatform, 2); e > 0 && (!h.e.ctxX || c.xContext(i)) {
		return app.Source{Name: h.e.s, Kind: app.SourcePlatformStatement}, e
	}
	if h, e := c.find(i, catActor, 2); e > 0 && !h.e.grp {
		return app.Source{Name: h.e.s, Kind: app.SourceGovernment}, e
	}
	if s, ok := c.knownInflected(i); ok {
		return s, i + 1
	}
	return app.Source{}, -1
}

// ruEndings are the Russian case endings a known one-word name takes
// ("в Роскомнадзоре", "с Роскомнадзором", "у Европола"), longest first.
var ruEndings = []string{"ами", "ому", "ом", "ой", "ою", "ам", "ах", "е", "у", "а", "ы", "и", "ю", "я"}

// knownInflected matches a known one-word source, platform or agency
// written in a Russian case form: "сообщили в Роскомнадзоре" is
// Roskomnadzor speaking.
func (c *ctx) knownInflected(i int) (app.Source, bool) {
	t := &c.toks[i]
	if t.kind != tWord || t.sc != scCyrillic || utf8.RuneCountInString(t.f) < 5 {
		return app.Source{}, false
	}
	for _, end := range ruEndings {
		stem, ok := strings.CutSuffix(t.f, end)
		if !ok || utf8.RuneCountInString(stem) < 4 {
			continue
		}
		for _, form := range []string{stem, stem + "а", stem + "я"} {
			for _, e := range lex.idx[form] {
				if len(e.toks) != 1 || e.cs != "" {
					continue
				}
				switch {
				case e.cat == catSource:
					return app.Source{Name: e.s, Kind: e.kind}, true
				case e.cat == catPlatform && !e.ctxX:
					return app.Source{Name: e.s, Kind: app.SourcePlatformStatement}, true
				case e.cat == catActor && !e.grp:
					return app.Source{Name: e.s, Kind: app.SourceGovernment}, true
				}
			}
		}
	}
	return app.Source{}, false
}

// arOrgHeads are the Arabic nouns that head an organisation's name with
// the article ("المرصد السوري لحقوق الإنسان", "الائتلاف الوطني السوري",
// "المركز الوطني للأمن السيبراني") or a channel's ("فضائية مداد نيوز"),
// with the kind they give.
var arOrgHeads = func() map[string]app.SourceKind {
	m := map[string]app.SourceKind{}
	for kind, forms := range map[app.SourceKind]string{
		app.SourceNGO:        "المرصد|المنظمة|الجمعية|الشبكة|الرابطة|الحملة|منظمة|جمعية|شبكة|رابطة",
		app.SourceGovernment: "الهيئة|اللجنة|المجلس|المفوضية|النيابة|المديرية|الوزارة|هيئة|لجنة|مجلس|مفوضية|نيابة|مديرية",
		app.SourceThinkTank:  "المركز|المعهد",
		app.SourceNewsOutlet: "فضائية|الفضائية|قناة|إذاعة|الإذاعة|وكالة|الوكالة",
		app.SourceUnknown:    "الائتلاف|الاتحاد|التحالف|ائتلاف|اتحاد|تحالف",
	} {
		for _, f := range strings.Split(forms, "|") {
			if ts := phraseToks(f); len(ts) == 1 {
				m[ts[0]] = kind
			}
		}
	}
	return m
}()

// arNameStops end an Arabic name: particles, prepositions that open the
// clause, the days that date it.
var arNameStops = func() map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Split("فإن|إن|أن|بأن|انه|إنه|أنه|الذي|التي|عن|من|على|في|إلى|قد|لقد|وهو|وهي|اليوم|أمس|الليلة|صباح|مساء|يوم|خلال|عبر|مع|بعد|قبل", "|") {
		if ts := phraseToks(f); len(ts) == 1 {
			m[ts[0]] = true
		}
	}
	return m
}()

// arOrgName reads an Arabic organisation's name that an organisation noun
// heads (no descriptor of the lexicon): two words at least, to a particle,
// a comma or an affiliation ("قال المرصد السوري لحقوق الإنسان إن …"); a
// quoted name after the noun is the name ("أفادت فضائية "مداد نيوز"
// السعودية" is مداد نيوز's channel). The bare noun ("أفاد المرصد") names
// no one new.
func (c *ctx) arOrgName(k, sent int) (app.Source, bool) {
	n := len(c.toks)
	if k >= n || c.toks[k].kind != tWord || c.toks[k].sc != scArabic {
		return app.Source{}, false
	}
	kind, ok := arOrgHeads[c.toks[k].f]
	if !ok {
		return app.Source{}, false
	}
	// a known name among the head's words or quoted after them is the
	// source: "شبكة «تويتر»", "شبكة التواصل الاجتماعي “فيسبوك”"
	for j := k + 1; j < n && j < k+6 && c.toks[j].sent == sent; j++ {
		if c.toks[j].kind == tPunct && !quoteOpen[c.toks[j].f] {
			break
		}
		if s, e := c.knownAt(j); e > 0 {
			return s, true
		}
	}
	// a quoted name after the head
	if q := k + 1; q < n && c.toks[q].sent == sent && c.toks[q].kind == tPunct && quoteOpen[c.toks[q].f] {
		end := q + 1
		for end < n && end < q+6 && c.toks[end].sent == sent && c.toks[end].kind == tWord {
			end++
		}
		if end > q+1 && end < n && c.toks[end].kind == tPunct && quoteClose[c.toks[end].f] {
			name := string(c.rs[c.toks[q+1].s:c.toks[end-1].e])
			return app.Source{Name: name, Kind: guessKind(name, kind)}, true
		}
	}
	end := k + 1
	for j := k + 1; j < n && j < k+6 && c.toks[j].sent == sent && c.toks[j].kind == tWord && c.toks[j].sc == scArabic; j++ {
		f := c.toks[j].f
		if arNameStops[f] || affiliation[f] || c.has(j, catWeekday) || c.has(j, catMonth) {
			break
		}
		// after a head with the article ("المرصد") or past the first word,
		// the name goes on with definite words and genitives ("السوري",
		// "لحقوق"), and with a noun whose own genitive follows ("لتنظيم
		// قطاع الاتصالات", "وتقنية المعلومات"); "وبحسب المرصد فقد اغتنم …"
		// is a verb's clause
		definite := strings.HasPrefix(f, "ال") || strings.HasPrefix(f, "ل") || strings.HasPrefix(f, "وال")
		construct := j+1 < n && c.toks[j+1].sent == sent && c.toks[j+1].sc == scArabic && strings.HasPrefix(c.toks[j+1].f, "ال") && !arNameStops[c.toks[j+1].f]
		if (j > k+1 || strings.HasPrefix(c.toks[k].f, "ال")) && !definite && !construct {
			break
		}
		end = j + 1
	}
	if end-k < 2 {
		return app.Source{}, false
	}
	name := string(c.rs[c.toks[k].s:c.toks[end-1].e])
	if strings.Contains(name, "التواصل") {
		// "شبكة التواصل الاجتماعي": a platform described, not named, is
		// the one the text is about, or no source
		if d := c.dominant(true); d != "" {
			return app.Source{Name: d, Kind: app.SourcePlatformStatement}, true
		}
		return app.Source{}, false
	}
	return app.Source{Name: name, Kind: guessKind(name, kind)}, true
}

var (
	quoteOpen  = map[string]bool{"\"": true, "«": true, "“": true, "„": true}
	quoteClose = map[string]bool{"\"": true, "»": true, "”": true, "“": true}
)

// agencyWords stand for an office the text has named: "сообщили «РИА
// Новости» в ведомстве", "сказали в надзорном ведомстве".
var agencyWords = map[string]bool{"ведомстве": true, "ведомства": true, "ведомство": true}

// agencyAnaphor reads "(в) (надзорном) ведомстве" at k as the government
// office named last before it, in its sentence or the two before: the
// agency that Roskomnadzor's own sentence calls "the agency".
func (c *ctx) agencyAnaphor(k, sent int) (app.Source, bool) {
	n := len(c.toks)
	if k < n && c.toks[k].sc == scCyrillic && !agencyWords[c.toks[k].f] && k+1 < n && c.toks[k+1].sent == sent && !startsUpper(c.rs[c.toks[k].s:c.toks[k].e]) {
		k++ // an adjective: "надзорном"
	}
	if k >= n || c.toks[k].sent != sent || !agencyWords[c.toks[k].f] {
		return app.Source{}, false
	}
	for q := k - 1; q >= 0 && c.toks[q].sent >= sent-2; q-- {
		if s, e := c.knownAt(q); e > 0 && e <= k && s.Kind == app.SourceGovernment {
			return s, true
		}
	}
	return app.Source{}, false
}

// ruTitles are the posts a Russian attribution names before a person, in
// the genitive "по словам" asks for: "по словам главы Минцифры Максута
// Шадаева".
var ruTitles = map[string]bool{"главы": true, "замглавы": true, "министра": true, "замминистра": true, "председателя": true,
	"заместителя": true, "руководителя": true, "пресс-секретаря": true, "представителя": true, "директора": true,
	"депутата": true, "сенатора": true, "вице-премьера": true, "премьера": true, "президента": true}

// ruTitledPerson reads "главы Минцифры Максута Шадаева" at k: a post, the
// office it is of, and the person's name and surname, given back in the
// nominative ("Максут Шадаев"); a government office makes the person
// government.
func (c *ctx) ruTitledPerson(k, sent int) (app.Source, bool) {
	n := len(c.toks)
	if k >= n || c.toks[k].sc != scCyrillic || !ruTitles[c.toks[k].f] {
		return app.Source{}, false
	}
	office := ""
	for j := k + 1; j < n && j < k+5 && c.toks[j].sent == sent && c.toks[j].kind == tWord; j++ {
		w := c.rs[c.toks[j].s:c.toks[j].e]
		if !startsUpper(w) {
			office += " " + string(w) // "комитета Госдумы": the office's words
			continue
		}
		if j+1 < n && c.toks[j+1].sent == sent && c.toks[j+1].kind == tWord && startsUpper(c.rs[c.toks[j+1].s:c.toks[j+1].e]) &&
			(j+2 >= n || c.toks[j+2].sent != sent || c.toks[j+2].kind != tWord || !startsUpper(c.rs[c.toks[j+2].s:c.toks[j+2].e])) {
			first, last := ruGenitiveName(string(w)), ruGenitiveName(string(c.rs[c.toks[j+1].s:c.toks[j+1].e]))
			if first == "" || last == "" {
				return app.Source{}, false
			}
			kind := app.SourceUnknown
			if guessKind(office, app.SourceUnknown) == app.SourceGovernment {
				kind = app.SourceGovernment
			}
			return app.Source{Name: first + " " + last, Kind: kind}, true
		}
		office += " " + string(w) // "Минцифры"
	}
	return app.Source{}, false
}

// ruGenitiveName gives a Russian first name or surname in the genitive
// its nominative when its ending says it plainly ("Максута" → "Максут",
// "Шадаева" → "Шадаев", "Сергея" → "Сергей", "Боярского" → "Боярский",
// "Марии" → "Мария", "Захаровой" → "Захарова"), or "" when it cannot tell.
func ruGenitiveName(w string) string {
	rs := []rune(w)
	if len(rs) < 3 || isUpperWord(rs) {
		return ""
	}
	switch {
	case strings.HasSuffix(w, "ого"):
		return strings.TrimSuffix(w, "ого") + "ий" // "Боярского" → "Боярский"
	case strings.HasSuffix(w, "ой"):
		return strings.TrimSuffix(w, "ой") + "а"
	case strings.HasSuffix(w, "ии"):
		return strings.TrimSuffix(w, "и") + "я"
	case strings.HasSuffix(w, "ея"):
		return strings.TrimSuffix(w, "я") + "й"
	case strings.HasSuffix(w, "ы"):
		return strings.TrimSuffix(w, "ы") + "а"
	case strings.HasSuffix(w, "а"):
		return strings.TrimSuffix(w, "а")
	}
	return ""
}

// ruNominative gives a one-word Russian name read after "по данным" (in
// the genitive) its nominative when the ending says it plainly:
// "Генпрокуратуры" → "Генпрокуратура", "Росгвардии" → "Росгвардия".
func ruNominative(name string) string {
	if strings.Contains(name, " ") || !unicode.IsUpper([]rune(name + " ")[0]) {
		return name
	}
	w, _ := ruUndoEnding(name, 6, ruGenitiveEndings)
	return w
}

// ruEnding is a Russian case ending and the nominative one it replaces.
type ruEnding struct{ from, to string }

// The endings a name's case is undone by: the genitive after "по данным",
// the prepositional after "в".
var (
	ruGenitiveEndings      = []ruEnding{{"ии", "ия"}, {"ы", "а"}}
	ruPrepositionalEndings = []ruEnding{{"уре", "ура"}, {"стве", "ство"}, {"ии", "ия"}}
)

// ruUndoEnding replaces the first of ends that ends a Cyrillic word of at
// least minLen letters that is no abbreviation; ok says whether one did.
func ruUndoEnding(w string, minLen int, ends []ruEnding) (string, bool) {
	rs := []rune(w)
	if len(rs) < minLen || !unicode.Is(unicode.Cyrillic, rs[0]) || isUpperWord(rs) {
		return w, true // nothing to undo, and no other rule should try
	}
	for _, e := range ends {
		if strings.HasSuffix(w, e.from) {
			return strings.TrimSuffix(w, e.from) + e.to, true
		}
	}
	return w, false
}

// ruPersonName reports a Russian name and surname, as a verb puts them
// after it: "сообщил Сергей Боярский, председатель комитета".
func ruPersonName(name string) bool {
	fs := strings.Fields(name)
	if len(fs) < 2 || len(fs) > 3 {
		return false
	}
	for _, f := range fs {
		rs := []rune(f)
		if len(rs) < 2 || !unicode.Is(unicode.Cyrillic, rs[0]) || !unicode.IsUpper(rs[0]) || isUpperWord(rs) {
			return false
		}
	}
	return true
}

// honorifics open a person's name: "said Mr. Reeves".
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sir": true, "mme": true,
	"herr": true, "frau": true, "sr": true, "sra": true, "sig": true, "dott": true, "господин": true, "госпожа": true}

// startsWithHonorific reports whether a name opens with a title of address.
func startsWithHonorific(name string) bool {
	f, _, _ := strings.Cut(name, " ")
	return honorifics[strings.ToLower(strings.TrimSuffix(f, "."))] && strings.Contains(name, " ")
}

// nameAfter reads a source name after an attribution trigger.
func (c *ctx) nameAfter(k, sent int) (app.Source, bool) {
	n := len(c.toks)
	kind := app.SourceUnknown
	descr := false
	descrAt, descrEnd := -1, -1
	capArticle := -1 // "Selon Le Parisien": an article written with a capital mid-sentence is the name's
	ruIn := false    // "сообщили в Банке России": the office is named in the prepositional
	if s, ok := c.sourceOf(k, sent); ok {
		return s, true
	}
	if k+3 < n && c.toks[k+3].sent == sent && reportIndefinite[c.toks[k].f] && studyNouns[c.toks[k+1].f] && reportLinks[c.toks[k+2].f] {
		k += 3 // "según un análisis de Bancolombia", "according to a report by Graphika": whose report
	}
	for skips := 0; k < n && c.toks[k].sent == sent && skips < 4; skips++ {
		t := &c.toks[k]
		if s, e := c.knownAt(k); e > k+1 && articles[t.f] {
			return s, true // "Según El País", "comme le rappelle Le Monde": the article is the name's
		}
		if articles[t.f] && t.kind == tWord && t.sc == scLatin && k > 0 && c.toks[k-1].sent == sent && startsUpper(c.rs[t.s:t.e]) {
			capArticle = k
		}
		if articles[t.f] || (t.sc == scArabic && utf8.RuneCountInString(t.f) == 1) || (t.sc == scCyrillic && (t.f == "в" || t.f == "во") && !descr) {
			ruIn = ruIn || t.sc == scCyrillic
			k++ // "сообщили в Роскомнадзоре": the office speaks
			continue
		}
		if descr && kind == app.SourceGovernment && genitiveLinks[t.f] {
			k++ // "ministère de l'Intérieur": the office's name after its "of"
			continue
		}
		if h, e := c.find(k, catDescriptor, 1); e > 0 {
			if s, e2 := c.knownAt(k); e2 > 0 {
				return s, true // a descriptor that is itself the start of a known name
			}
			kind = h.e.kind
			descr = true
			if descrAt < 0 {
				descrAt = k
			}
			k, descrEnd = e, e
			continue
		}
		break
	}
	if k >= n || c.toks[k].sent != sent {
		return app.Source{}, false
	}
	if s, ok := c.channelNamed(k, sent); ok {
		return s, true // "пишет Telegram-канал Baza": the channel, not Telegram
	}
	if s, e := c.knownAt(k); e > 0 {
		return s, true
	}
	if s, ok := c.agencyAnaphor(k, sent); ok {
		return s, true
	}
	if s, ok := c.ruTitledPerson(k, sent); ok {
		return s, true
	}
	if s, ok := c.ruTitledPersonNom(k, sent); ok {
		return s, true
	}
	t := &c.toks[k]
	start := k
	if t.kind == tPunct && descrAt >= 0 && kind == app.SourceGovernment && c.toks[descrAt].sc == scLatin && startsUpper(c.rs[c.toks[descrAt].s:c.toks[descrAt].e]) {
		// "Según la Policía, …": the office named by its noun alone
		name := string(c.rs[c.toks[descrAt].s:c.toks[k-1].e])
		return app.Source{Name: name, Kind: kind}, true
	}
	if s, _, ok := c.domainName(k, sent); ok {
		return s, true // "according to Lenta.ru"
	}
	switch t.sc {
	case scLatin, scCyrillic:
		if !startsUpper(c.rs[t.s:t.e]) || pronouns[t.f] {
			if descrAt < 0 || !startsUpper(c.rs[c.toks[descrAt].s:c.toks[descrAt].e]) {
				return app.Source{}, false
			}
		}
		lowOffice := false
		if descrAt >= 0 && c.toks[descrAt].sc == t.sc && startsUpper(c.rs[c.toks[descrAt].s:c.toks[descrAt].e]) {
			start, k = descrAt, descrAt // Institut Montaigne, Ministerio del Interior
		} else if descrAt >= 0 && kind == app.SourceGovernment && c.toks[descrAt].sc == scLatin && c.linksOnly(descrEnd, k) {
			// "selon le ministère des Affaires étrangères": a body of state
			// written lower-case is named with its office, not by the
			// office's capitalised word alone ("Affaires")
			start, lowOffice = descrAt, true
		}
		end := k
		// "said Mr. Reeves": the title's full stop ends no sentence here
		honor := honorifics[c.toks[k].f] && c.isPunct(k+1, ".") && k+2 < n && !c.toks[k+1].sp && startsUpper(c.rs[c.toks[k+2].s:c.toks[k+2].e])
		for j := k; j < n && j < k+6 && (c.toks[j].sent == sent || honor && j == k+2); j++ {
			tj := &c.toks[j]
			if tj.kind == tWord && startsUpper(c.rs[tj.s:tj.e]) {
				end = j + 1
				continue
			}
			if tj.kind == tWord && nameLinks[tj.f] && j+1 < n && startsUpper(c.rs[c.toks[j+1].s:c.toks[j+1].e]) {
				continue
			}
			if tj.kind == tPunct && (tj.f == "-" || tj.f == "&") {
				continue
			}
			if honor && j == k+1 {
				continue
			}
			break
		}
		if descrAt >= 0 && start == descrAt && end <= descrEnd && kind != app.SourceGovernment {
			return app.Source{}, false // "sagte der Zeitung": a newspaper, not named
		}
		if lowOffice && end < n && c.toks[end].sent == sent && c.toks[end].kind == tWord && c.toks[end].sc == scLatin &&
			!startsUpper(c.rs[c.toks[end].s:c.toks[end].e]) && strings.HasSuffix(c.toks[end].f, "es") && strings.HasSuffix(c.toks[end-1].f, "s") {
			end++ // "Affaires étrangères": the adjective agrees with the office's noun
		}
		if capArticle >= 0 && capArticle == start-1 {
			start = capArticle
		}
		name := strings.TrimSpace(string(c.rs[c.toks[start].s:c.toks[end-1].e]))
		if ruIn && t.sc == scCyrillic && descrAt < 0 {
			name = ruInOffice(name)
		}
		return app.Source{Name: name, Kind: guessKind(name, kind)}, true
	case scArabic:
		if !descr {
			return c.arOrgName(k, sent)
		}
		// the descriptor starts the name: وزارة الداخلية
		end := k
		// "موقع التواصل الاجتماعي تويتر": a known name after the
		// descriptor's words is the source (Twitter), not the phrase
		for j := k; j < n && j < k+4 && c.toks[j].sent == sent && c.toks[j].kind == tWord; j++ {
			if s, e := c.knownAt(j); e > 0 {
				return s, true
			}
		}
		for j := k; j < n && j < k+4 && c.toks[j].sent == sent && c.toks[j].kind == tWord && c.toks[j].sc == scArabic; j++ {
			switch c.toks[j].f {
			case "فان", "ان", "انه", "الذي", "التي", "عن", "من", "علي", "في", "الي", "قد", "لقد":
				j = n
				continue
			}
			if affiliation[c.toks[j].f] {
				j = n // "وكالة ناشر التابعة لتنظيم …": the agency is named, whose it is is not its name
				continue
			}
			end = j + 1
		}
		if end == k {
			return app.Source{}, false
		}
		// "موقع التواصل الاجتماعي الأمريكي (تويتر)": the platform named
		// in brackets after the description
		if end+1 < n && c.isPunct(end, "(") {
			if s, e := c.knownAt(end + 1); e > 0 {
				return s, true
			}
		}
		if kind == app.SourcePlatformStatement || strings.Contains(string(c.rs[c.toks[k].s:c.toks[end-1].e]), "التواصل") {
			// "تطبيق الفيديوهات القصيرة الشهير", "منصة التغريد الشهيرة":
			// a platform described, not named, is the one the text is
			// about, or no source
			if d := c.dominant(true); d != "" {
				return app.Source{Name: d, Kind: app.SourcePlatformStatement}, true
			}
			return app.Source{}, false
		}
		from := k - 1
		for from > 0 && !c.has(from, catDescriptor) {
			from--
		}
		s := c.toks[from].s
		if c.toks[from].sc == scArabic {
			// drop a glued preposition: لمعهد → معهد
			for _, h := range c.hitsOf(from) {
				if h.e.cat == catDescriptor && h.pfx > 0 {
					s = c.toks[from].e - runeLen(h.e.toks[0])
					break
				}
			}
		}
		name := string(c.rs[s:c.toks[end-1].e])
		return app.Source{Name: name, Kind: guessKind(name, kind)}, true
	}
	return app.Source{}, false
}

// affiliation are the Arabic participles that follow a name to say whose
// it is ("التابعة لـ", "المقربة من", "الموالية لـ"): the name ends before
// them (both spellings of the final taa marbuta).
var affiliation = map[string]bool{
	"التابعة": true, "التابعه": true, "التابع": true, "المرتبطة": true, "المرتبطه": true, "المرتبط": true,
	"المقربة": true, "المقربه": true, "المقرب": true, "الموالية": true, "المواليه": true, "الموالي": true,
	"المحسوبة": true, "المحسوبه": true, "المحسوب": true, "المنتمية": true, "المنتميه": true, "المنتمي": true,
}

// sourceOf reads "a source at X", "une source du Quai d'Orsay": the
// unnamed person speaks for a known body, which is the source. Only a
// known name counts ("une source proche du dossier" names no one).
func (c *ctx) sourceOf(k, sent int) (app.Source, bool) {
	if k+3 >= len(c.toks) || c.toks[k+3].sent != sent || !indefinite[c.toks[k].f] ||
		(c.toks[k+1].f != "source" && c.toks[k+1].f != "sources" && c.toks[k+1].f != "fuente" && c.toks[k+1].f != "fonte" && c.toks[k+1].f != "quelle") ||
		!genitiveLinks[c.toks[k+2].f] && c.toks[k+2].f != "at" && c.toks[k+2].f != "au" && c.toks[k+2].f != "in" {
		return app.Source{}, false
	}
	q := k + 3
	if articles[c.toks[q].f] && q+1 < len(c.toks) {
		q++
	}
	if s, e := c.knownAt(q); e > 0 {
		return s, true
	}
	return app.Source{}, false
}

// reportIndefinite, studyNouns and reportLinks make "a report by":
// "un informe de", "un análisis de", "une étude de", "einem Bericht von".
var (
	reportIndefinite = foldedSet("a|an|un|una|une|uno|ein|eine|einem|einer")
	studyNouns       = foldedSet("report|analysis|study|survey|informe|analisis|estudio|rapport|analyse|etude|bericht|studie|rapporto|analisi|studio|relatorio|estudo")
	reportLinks      = foldedSet("by|of|from|de|del|von|der|des|di|della|du|da|do")
)

var indefinite = map[string]bool{"a": true, "an": true, "une": true, "un": true, "una": true, "eine": true, "einer": true}

// linksOnly reports that the tokens from a to b are only articles and
// genitive links ("des", "de l'"), none of them a word of its own.
func (c *ctx) linksOnly(a, b int) bool {
	if a < 0 || a >= b {
		return false
	}
	for j := a; j < b; j++ {
		if !articles[c.toks[j].f] && !genitiveLinks[c.toks[j].f] {
			return false
		}
	}
	return true
}

// genitiveLinks join an office to its name: "ministère de l'Intérieur",
// "ministry of Justice", "ministero della Giustizia".
var genitiveLinks = map[string]bool{"of": true, "de": true, "du": true, "des": true, "d": true, "del": true, "della": true, "dello": true,
	"degli": true, "dei": true, "di": true, "dell": true, "do": true, "da": true, "dos": true, "das": true}

var nameLinks = map[string]bool{
	"of": true, "for": true, "on": true, "al": true, "de": true, "du": true, "des": true, "del": true, "della": true,
	"di": true, "der": true, "fur": true, "do": true, "da": true, "la": true, "y": true, "and": true, "et": true, "und": true,
}

func runeLen(s string) int { return len([]rune(s)) }

// nameBefore reads a source name right before "said" and its kin.
func (c *ctx) nameBefore(k, sent int) (app.Source, bool) {
	// a known name ending right before, allowing "has", "ने", "also"
	for q := k - 1; q >= 0 && q >= k-6 && c.toks[q].sent == sent; q-- {
		if s, e := c.knownAt(q); e > 0 && (e == k || (e == k-1 && isLink(c.toks[k-1].f))) {
			return s, true
		}
	}
	end := k
	if end > 0 && isLink(c.toks[end-1].f) {
		end--
	}
	if s, e, ok := c.domainName(end-3, sent); ok && e == end {
		return s, true // "Lenta.ru сообщает"
	}
	j := end - 1
	if j < 0 || c.toks[j].sent != sent || c.toks[j].kind != tWord || (c.toks[j].sc != scLatin && c.toks[j].sc != scCyrillic) {
		return app.Source{}, false
	}
	start := end
	for j >= 0 && j > end-6 && c.toks[j].sent == sent && c.toks[j].kind == tWord && startsUpper(c.rs[c.toks[j].s:c.toks[j].e]) {
		start = j
		j--
		if h := c.elidedNameHead(start); h >= 0 {
			start, j = h, h-1 // "O’Brien", "Sing’Oei", "D'Alema": one name
		}
		if j >= 1 && j > end-6 && c.toks[j].kind == tWord && genitiveLinks[c.toks[j].f] && c.toks[j-1].sent == sent &&
			c.toks[j-1].kind == tWord && startsUpper(c.rs[c.toks[j-1].s:c.toks[j-1].e]) {
			j-- // "Ministry of Interior", "Ministerio del Interior": the office's name after its "of"
		}
	}
	if start == end || pronouns[c.toks[start].f] && start == end-1 {
		return app.Source{}, false
	}
	if pronouns[c.toks[start].f] || articles[c.toks[start].f] && start < end-1 && c.has(start+1, catDescriptor) {
		start++ // "The Ministry of …", "El Ministerio del …": the article is no part of it ("Le Parisien" keeps its own)
	}
	kind := app.SourceUnknown
	if h, e := c.find(start, catDescriptor, 1); e > start {
		// "Издание Baza заявило": the outlet's noun before its name says
		// what it is and is no part of it; alone, it names no outlet
		if e >= end {
			return app.Source{}, false
		}
		if genitiveLinks[c.toks[e].f] {
			kind = h.e.kind // "Ministry of Interior": the office's noun opens its name
		} else {
			start, kind = e, h.e.kind
		}
	}
	name := string(c.rs[c.toks[start].s:c.toks[end-1].e])
	if start > 0 && c.toks[start-1].sent == sent && c.toks[start-1].sc == scCyrillic && (c.toks[start-1].f == "в" || c.toks[start-1].f == "во") {
		name = ruInOffice(name) // "в Генпрокуратуре сообщили": the office, in the nominative
	}
	return app.Source{Name: name, Kind: guessKind(name, kind)}, true
}

// elidedNameHead is the start of a name whose part at k follows an
// apostrophe inside it with no space ("O’Brien", "Sing’Oei", "D'Alema"):
// the capitalised word before the apostrophe, else -1.
func (c *ctx) elidedNameHead(k int) int {
	if k < 2 || c.toks[k].sp {
		return -1
	}
	a, h := &c.toks[k-1], &c.toks[k-2]
	if a.kind != tPunct || a.sp || a.e-a.s != 1 || (c.rs[a.s] != '\'' && c.rs[a.s] != '’') ||
		h.kind != tWord || h.sent != c.toks[k].sent || !startsUpper(c.rs[h.s:h.e]) {
		return -1
	}
	return k - 2
}

func isLink(f string) bool {
	switch f {
	case "has", "have", "had", "also", "ने", "a", "hat", "ha", "on", "officially", "publicly":
		return true
	}
	return false
}

// guessKind types an unknown source from the words in its name.
func guessKind(name string, def app.SourceKind) app.SourceKind {
	if def != app.SourceUnknown && def != "" {
		return def
	}
	l := strings.ToLower(name)
	has := func(ws ...string) bool {
		for _, w := range ws {
			if strings.Contains(l, w) {
				return true
			}
		}
		return false
	}
	words := strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range words {
		// German offices: "Bundesamt", "Bundeskriminalamt", "Landesamt"
		if utf8.RuneCountInString(w) > 5 && (strings.HasSuffix(w, "amt") || strings.HasPrefix(w, "bundes") || strings.HasPrefix(w, "landes")) {
			return app.SourceGovernment
		}
	}
	switch {
	case has("прокуратур", "роскомнадзор", "ведомств", "министр", "минцифр", "мвд", "фсб", "госдум", "росгвард", "следственн", "генпрокурат"):
		return app.SourceGovernment
	case has("human rights", "observatory", "observatoire", "observatorio", "osservatorio", "watch", "حقوق", "مرصد", "правозащит"):
		return app.SourceNGO
	case has("ministry", "ministère", "ministere", "ministerium", "ministerio", "ministero", "министерств", "department", "government", "gouvernement", "regierung", "gobierno", "governo", "правительств", "police", "polizei", "policía", "polizia", "полиц", "office", "commission", "agency for", "вزارة", "وزارة", "حكومة", "मंत्रालय", "सरकार"):
		return app.SourceGovernment
	case has("institute", "institut", "instituto", "istituto", "институт", "center", "centre", "zentrum", "centro", "центр", "foundation", "fondation", "stiftung", "project", "university", "université", "universität", "معهد", "مركز"):
		return app.SourceThinkTank
	case has("agency", "agence", "agentur", "agencia", "agenzia", "агентств", "press", "وكالة"):
		return app.SourceWire
	case has("times", "post", "news", "journal", "herald", "tribune", "gazette", "daily", "magazine", "zeitung", "gazzetta", "газета", "صحيفة", "موقع"):
		return app.SourceNewsOutlet
	}
	return app.SourceUnknown
}

// findAttributions turns "according to X", "X said", "بحسب X" into
// suggested sources, and notes which platform speaks in which sentence.
func (c *ctx) findAttributions() {
	n := len(c.toks)
	c.speaker = map[int]string{}
	lastPlatform := ""
	lastPlatformSent := -10
	dom, domDone := "", false
	for i := 0; i < n; i++ {
		sent := c.toks[i].sent
		var s app.Source
		ok := false
		role := app.RoleStatedBy
		end := i + 1
		if _, e := c.find(i, catTold, 2); e > 0 {
			s, ok = c.nameAfter(e, sent)
			role = app.RoleReportedBy
			end = e
		} else if _, e := c.find(i, catAttrBefore, 2); e > 0 && c.toks[i].f == "zufolge" {
			// "X zufolge" names X before it: only a known name counts
			// ("Dem SZ-Bericht zufolge"; "einem Zeitungsbericht zufolge
			// Dutzende Kanäle" names no one)
			for q := i - 1; q >= 0 && q >= i-3 && c.toks[q].sent == sent; q-- {
				if s2, e2 := c.knownAt(q); e2 > 0 && e2 >= i-1 {
					s, ok = s2, true
					break
				}
			}
			end = e
		} else if _, e := c.find(i, catAttrBefore, 2); e > 0 {
			s, ok = c.nameAfter(e, sent)
			if ok && c.toks[i].f == "по" && e < n && s.Kind != app.SourceUnknown {
				s.Name = ruNominative(s.Name) // "по данным Генпрокуратуры"
			}
			end = e
		} else if _, e := c.find(i, catAttrAfter, 0); e > 0 {
			s, ok = c.nameBefore(i, sent)
			if ok && isCommonName(s.Name) {
				ok = false // "Как сообщает ТАСС": the word before is no name
			}
			if !ok {
				s, ok = c.nameAfter(e, sent) // "said Telegram's spokesman", "заявили в Telegram"
				if ok && s.Kind == app.SourceUnknown && !startsWithHonorific(s.Name) && !ruPersonName(s.Name) {
					ok = false
				}
			}
			if !ok && c.toks[i].sc == scCyrillic {
				s, ok = c.clauseEndSource(e, sent) // "пишет Lenta.ru", "приводит информацию от ведомства Lenta.ru"
			}
			// "сообщили «РИА Новости» в ведомстве": the outlet was told,
			// the agency the text named speaks
			for q := e; q < n && q < e+8 && c.toks[q].sent == sent; q++ {
				if c.toks[q].f == "в" {
					if s2, ok2 := c.agencyAnaphor(q+1, sent); ok2 && (!ok || s2.Name != s.Name) {
						c.addSource(s2, app.RoleStatedBy)
					}
					break
				}
			}
			end = e
		} else if _, e := c.find(i, catStatement, 2); e > 0 {
			// the speaker is the subject: the first source named in the
			// sentence, or "the app"/"the company" for the notice's platform
			q := i - 1
			for q > 0 && q > i-40 && c.toks[q-1].sent == sent {
				q--
			}
			if !domDone {
				dom, domDone = c.dominant(true), true
			}
			for ; q < i; q++ {
				if s2, e2 := c.knownAt(q); e2 > 0 && e2 <= i {
					s, ok = s2, true
					break
				}
				if h, e2 := c.find(q, catDescriptor, 2); e2 > 0 && h.e.kind == app.SourcePlatformStatement && dom != "" {
					s, ok = app.Source{Name: dom, Kind: app.SourcePlatformStatement}, true
					break
				}
			}
			end = e
		} else if _, e := c.find(i, catAdded, 2); e > 0 {
			if lastPlatform != "" && sent-lastPlatformSent <= 3 {
				c.speaker[sent] = lastPlatform
			}
			end = e
		}
		if ok && s.Name != "" {
			if s.Kind == app.SourceNewsOutlet || s.Kind == app.SourceWire {
				role = app.RoleReportedBy
			}
			c.addSource(s, role)
			if s.Kind == app.SourcePlatformStatement && role == app.RoleStatedBy {
				c.speaker[sent] = s.Name
				lastPlatform, lastPlatformSent = s.Name, sent
			}
		}
		i = end - 1
	}
	c.reportIssuers()
	c.takedownSubjects()
}

func (c *ctx) addSource(s app.Source, role app.Role) {
	s.Name = strings.Join(strings.Fields(nameQuotes.Replace(s.Name)), " ") // "وكالة «دابق اليقين"
	s.Name = strings.TrimFunc(s.Name, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	s.Name = arNameEnd(s.Name)
	s.Name = ruOfficeNominative(s.Name)
	if s.Name == "" || isCommonName(s.Name) {
		return // "He", "So I", "Jews", "شركة التواصل الاجتماعي" (the company, of any kind)
	}
	// "So Reuters", "Information Technology Rajeev Chandrasekhar": leading
	// sentence or common words are not part of the name (an article is:
	// "The Guardian"), unless the whole is a name the desk knows ("Home
	// Office" is no "Office")
	if f := strings.Fields(s.Name); len(f) > 1 && !c.knownWhole(s.Name) {
		i := 0
		for i < len(f)-1 && (leadWords[strings.ToLower(f[i])] || commonWords[strings.ToLower(f[i])] && !articles[strings.ToLower(f[i])]) {
			i++
		}
		if i > 0 {
			s.Name = strings.Join(f[i:], " ")
			if isCommonName(s.Name) {
				return
			}
		}
	}
	// "Facebook Inc": a company's legal suffix after a platform's name
	if f := strings.Fields(s.Name); len(f) > 1 && corporateSuffix[strings.ToLower(strings.TrimSuffix(f[len(f)-1], "."))] {
		if p := c.platformNamed(strings.Join(f[:len(f)-1], " ")); p != "" {
			s = app.Source{Name: p, Kind: app.SourcePlatformStatement}
		}
	}
	key := strings.ToLower(s.Name)
	if c.srcSeen == nil {
		c.srcSeen = map[string]bool{}
	}
	if c.srcSeen[key] {
		return
	}
	c.srcSeen[key] = true
	c.sources = append(c.sources, app.SourceLink{Source: s, Role: role})
}

// knownWhole reports a name that is, word for word, one the lexicon
// knows.
func (c *ctx) knownWhole(name string) bool {
	k, ok := KnownSource(name)
	return ok && strings.EqualFold(k.Name, name)
}

// nameQuotes are taken out of a source's name: a name is not quoted, and a
// quote cut by the sentence's end leaves half of a pair ("«دابق اليقين").
var nameQuotes = strings.NewReplacer("«", " ", "»", " ", "“", " ", "”", " ", "„", " ", "\"", " ")

// corporateSuffix are the legal suffixes of a company's name.
var corporateSuffix = map[string]bool{"inc": true, "ltd": true, "llc": true, "corp": true, "corporation": true, "plc": true, "gmbh": true, "ag": true, "sa": true}

// platformNamed is the canonical platform a mention names, from the
// mentions already found ("Facebook" in "Facebook Inc said"), or "".
func (c *ctx) platformNamed(name string) string {
	for _, m := range c.mentions {
		if m.plat && strings.EqualFold(m.name, name) {
			return m.name
		}
	}
	return ""
}

// assign gives every figure its platform, actor, event date and
// verification.
func (c *ctx) assign() {
	domPlat, domGrp := c.dominant(true), c.dominant(false)
	platFirst := c.firstMention(domPlat, true)
	if c.speaks(domPlat) {
		platFirst = -1 // "Telegram said …": the platform the text is about, wherever it speaks
	}
	var para []int
	if len(c.figs) > 0 && platFirst >= 0 {
		para = c.paragraphs()
	}
	periods := c.periodMentions()
	// Each figure looks only at its own sentence's periods and figures:
	// indexed once, so a text of many figures and periods stays linear.
	bySent := periodsBySent(periods)
	c.figSent = figsBySent(c.figs)
	own := c.ownPeriods(periods, bySent)
	owned := make([]bool, len(periods))
	for _, p := range own {
		if p >= 0 {
			owned[p] = true
		}
	}
	for fi, f := range c.figs {
		cl := &c.claims[f.claim]
		// the text's main platform is a figure's only when named before it,
		// in its paragraph, or as a speaker: an AGCOM report's blocked
		// addresses are not those of Microsoft, whose server a later
		// paragraph says was among them
		dp := domPlat
		if platFirst > f.t0 && para[platFirst] != para[f.t0] {
			dp = ""
		}
		cl.Platform = c.nearestMention(f, true, dp)
		cl.Actor = c.nearestMention(f, false, domGrp)
		if sp, ok := c.speaker[f.sent]; ok && (cl.Platform == "" || cl.Platform == sp) {
			cl.Platform = sp
			cl.Verification = app.SelfReported
		}
		// nearest date: same sentence first, then anywhere; dates are in
		// token order, so look at the nearest resolved ones either side
		best, bestD := -1, 1<<62
		p := sort.Search(len(c.dates), func(k int) bool { return c.dates[k].t0 >= f.t0 })
		try := func(k int) {
			d := &c.dates[k]
			if d.sent != f.sent && c.sinceDate(d) {
				// "функционирует с 1 ноября 2012 года": another sentence's
				// start of a span dates none of the figures around it
				return
			}
			dist := abs(d.t0-f.t0) + 1
			if d.sent != f.sent {
				dist += 1 << 40
			}
			if dist < bestD {
				best, bestD = k, dist
			}
		}
		for k := p; k < len(c.dates); k++ {
			if !c.dates[k].date.IsZero() {
				try(k)
				break
			}
		}
		for k := p - 1; k >= 0; k-- {
			if !c.dates[k].date.IsZero() {
				try(k)
				break
			}
		}
		if best >= 0 {
			cl.EventDate = c.dates[best].date
			// a month the figure names itself ("5,000 in May, 4,000 in
			// June 2024") is its period, not the nearest date's; a month
			// date of another sentence (the page's own "1st, October
			// 2023") dates the figure but is not what it counts
			if len(c.dates[best].period) == 7 && cl.Period == "" && c.dates[best].sent == f.sent && !c.boundMonth(periods, bySent[f.sent], &c.dates[best]) {
				cl.Period = c.dates[best].period
			}
		}
		switch p := own[fi]; {
		case p >= 0 && periods[p].period != "":
			// the figure's own month, quarter or half: "5,000 channels in
			// May, 4,000 in June 2024", "5,000 in Q3 2024"
			cl.Period, cl.EventDate = periods[p].period, periods[p].start
		case p == claimedElsewhere:
			// the month written before it is the figure's before ("in
			// May, 4,000"): the nearest date's period, if any
			cl.Period = ""
			if best >= 0 && len(c.dates[best].period) == 7 && c.dates[best].sent == f.sent && !c.boundMonth(periods, bySent[f.sent], &c.dates[best]) {
				cl.Period = c.dates[best].period
			}
		default:
			// the month that opens the figure's clause: "In May Telegram
			// blocked 5,000 channels and in June 2024 it blocked 4,000"
			if m := c.clauseMonth(periods, bySent[f.sent], f.t0, owned); m >= 0 {
				cl.Period, cl.EventDate = periods[m].period, periods[m].start
			}
		}
		if cl.Period == "" && f.monthTotal && !cl.EventDate.IsZero() {
			// "… banned on January, 27.\nTotal this month: 16050": the month
			// of the date the text gives
			cl.Period = cl.EventDate.Format("2006-01")
		}
		if cl.Period == "" {
			// a sentence that names one quarter or half counts for it:
			// "In the third quarter of 2024 Telegram removed 5,000 channels"
			if p := c.sentencePart(periods, bySent[f.sent], f.sent, f.t0, owned); p >= 0 {
				cl.Period, cl.EventDate = periods[p].period, periods[p].start
			}
		}
	}
}

// boundMonth reports a month date that is no period of a figure: a bound
// of a span ("since May 2021", "मई 2021 से"), or the end of a span of
// months that is no quarter or half ("zwischen Oktober und November
// 2019").
//
// in holds the periods of the date's sentence: a span is read within one.
func (c *ctx) boundMonth(periods []periodInfo, in []int, d *dateInfo) bool {
	if c.boundDate(d.t0) || c.boundAfter(d.t1) {
		return true
	}
	for _, i := range in {
		c.scans++
		if p := &periods[i]; p.span && p.t0 <= d.t0 && d.t1 <= p.t1 {
			return true
		}
	}
	return false
}

// sinceDate reports a date that opens a span from it ("since 1 November
// 2012", "с 1 ноября 2012 года", "منذ فبراير 2022"): when a thing began,
// not the day a figure is of.
func (c *ctx) sinceDate(d *dateInfo) bool {
	if !c.boundDate(d.t0) {
		return false
	}
	for q := d.t0 - 1; q >= 0 && q >= d.t0-8; q-- {
		if f := c.toks[q].f; spanBounds[f] || c.toks[q].sc == scArabic && spanBounds[strings.TrimPrefix(f, "و")] {
			return spanStarts[strings.TrimPrefix(f, "و")] || spanStarts[f]
		}
	}
	return false
}

// spanStarts open a span at its start (folded).
var spanStarts = foldedSet("since|from|depuis|seit|desde|dal|с|со|منذ|से")

// claimedElsewhere marks a figure whose period figures.go read from a
// month that belongs to the figure before it.
const claimedElsewhere = -2

// periodLead are the words between a figure and its own period: "5,000
// channels in May", "в первом полугодии", "au premier semestre", "خلال
// الربع الثالث".
var periodLead = foldedSet("in|during|for|over|of|the|at|by|throughout|в|во|за|au|en|im|nel|nello|nella|durante|el|le|la|del|des|du|am|von|al|dans|pendant|courant|del|nei|في|خلال|عن|طوال|منذ|में|के|दौरान|तक")

// ownPeriods gives each figure the period written right after its unit
// ("5,000 channels in May", "4,000 in June 2024", "5,000 chaînes au
// premier semestre 2024"), or else the one right before it that no figure
// before took ("In May 5,000 channels"); -1 for none, claimedElsewhere for
// a figure that figures.go gave a month some other figure owns.
func (c *ctx) ownPeriods(periods []periodInfo, bySent map[int][]int) []int {
	own := make([]int, len(c.figs))
	taken := map[int]bool{}
	for fi, f := range c.figs {
		own[fi] = -1
		for _, p := range bySent[f.sent] {
			c.scans++
			if periods[p].t0 >= f.t1 && c.onlyLinks(f.t1, periods[p].t0, false, periods[p].span) {
				own[fi] = p
				taken[p] = true
				break
			}
		}
	}
	for fi, f := range c.figs {
		if own[fi] >= 0 && periods[own[fi]].period != "" {
			continue
		}
		in := bySent[f.sent]
		for i := len(in) - 1; i >= 0; i-- {
			p := in[i]
			c.scans++
			if periods[p].t1 <= f.t0 && c.onlyLinks(periods[p].t1, f.t0, true, false) {
				switch {
				case taken[p] || own[fi] >= 0:
					// the month before is another figure's, or this one
					// names its own after it: what figures.go read from
					// the month before is not this figure's
					if c.claims[f.claim].Period != "" && (periods[p].period == "" || c.claims[f.claim].Period == periods[p].period) {
						own[fi] = claimedElsewhere
					}
				default:
					own[fi] = p
				}
				break
			}
		}
	}
	return own
}

// clauseMonth is the nearest month before the figure at t0 in its
// sentence and clause (no comma between) that no figure owns, or -1; in
// holds the indexes of the sentence's periods.
func (c *ctx) clauseMonth(periods []periodInfo, in []int, t0 int, owned []bool) int {
	for i := len(in) - 1; i >= 0; i-- {
		p := in[i]
		c.scans++
		pi := &periods[p]
		sent := pi.sent
		if pi.t1 > t0 {
			continue
		}
		if pi.span || len(pi.period) != 7 || pi.period[5] == 'Q' || pi.period[5] == 'H' || owned[p] ||
			c.commaBetween(pi.t1+1, t0) || c.boundDate(pi.t0) || c.boundAfter(pi.t1) || c.closesClause(pi.t0, pi.t1, sent) {
			return -1
		}
		return p
	}
	return -1
}

// closesClause reports a month that a comma ends after a figure of its
// sentence: "… 177 مليون مادة منذ بدء التعاون في فبراير 2022، وأغلق 16201
// قناة" dates the clause before the comma, not the count after it. (A
// quarter or half counts on across the comma: "in the second half of
// 2016, covering 11,417 accounts".)
func (c *ctx) closesClause(t0, t1, sent int) bool {
	if !c.isPunct(t1, ",") && !c.isPunct(t1, "،") {
		return false
	}
	for _, fi := range c.figSent[sent] {
		c.scans++
		if c.figs[fi].t1 <= t0 {
			return true
		}
	}
	return false
}

// figureInClause reports a figure of the sentence from token k on before
// the next comma: "… and in Q3 2024 it removed 6,000" goes on with a
// figure of its own; "…، وذلك خلال الفترة من يناير إلى مارس 2025، من
// بينها ما يفوق مليون فيديو" closes the clause first.
func (c *ctx) figureInClause(k, sent int) bool {
	end := k
	for end < len(c.toks) && c.toks[end].sent == sent && !c.commaBetween(end, end+1) {
		end++
	}
	for _, fi := range c.figSent[sent] {
		c.scans++
		if f := c.figs[fi]; f.t0 >= k && f.t0 < end {
			return true
		}
	}
	return false
}

// contrastWords set a figure against another of a different time:
// "5.3 million accounts in that time, compared with the 1.6 million … in
// the first half of 2022".
var contrastWords = foldedSet("compared|comparison|than|versus|vs|against|up|down|mientras|comparado|gegenuber|vergleich|rapport|contre|rispetto|сравнению|против|مقارنة|مقابل|بالمقارنة|بينما|तुलना")

// contrastBetween reports a word of contrast among the tokens from a to b.
func (c *ctx) contrastBetween(a, b int) bool {
	for k := a; k < b && k < len(c.toks); k++ {
		if c.toks[k].kind == tWord && contrastWords[c.toks[k].f] {
			return true
		}
	}
	return false
}

// commaBetween reports a comma among the tokens from a to b.
func (c *ctx) commaBetween(a, b int) bool {
	for k := a; k < b && k < len(c.toks); k++ {
		if c.isPunct(k, ",") || c.isPunct(k, "،") || c.isPunct(k, ";") {
			return true
		}
	}
	return false
}

// onlyLinks reports whether the tokens from a to b are no more than three
// words of periodLead (and, before a figure, a comma or colon; before a
// span, the word that opens it).
func (c *ctx) onlyLinks(a, b int, before, span bool) bool {
	if b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		t := &c.toks[k]
		switch {
		case t.kind == tWord && periodLead[t.f]:
		case span && k == b-1 && t.kind == tWord && spanFrom[t.f]:
		case t.kind == tWord && t.sc == scArabic && periodLead[strings.TrimPrefix(t.f, "و")]:
		case before && t.kind == tPunct && (t.f == "," || t.f == ":" || t.f == "،"):
		default:
			return false
		}
	}
	return true
}

// sentencePart is the one quarter or half a sentence names and no figure
// owns, when it opens the figure's clause or closes the clause of its figures
// ("… 2069 قناة، …، وذلك خلال الربع الثالث من العام الحالي 2023م"), or -1.
func (c *ctx) sentencePart(periods []periodInfo, in []int, sent, t0 int, owned []bool) int {
	before, after, parts := -1, -1, 0
	for _, p := range in {
		c.scans++
		if len(periods[p].period) != 7 || periods[p].period[5] != 'Q' && periods[p].period[5] != 'H' {
			continue
		}
		parts++
		switch {
		case owned[p]:
		case periods[p].t1 <= t0:
			// the nearest before the figure, in its clause ("…, im
			// zweiten waren es 3140" is past one)
			if !c.commaBetween(periods[p].t1+1, t0) {
				before = p
			}
		case after < 0 && !c.figureInClause(periods[p].t1, sent) && !c.contrastBetween(t0, periods[p].t0):
			after = p // closing the sentence's figures
		}
	}
	switch {
	case before >= 0:
		return before
	case after >= 0 && parts == 1:
		return after
	}
	return -1
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (c *ctx) dominant(plat bool) string {
	counts := map[string]int{}
	best, bestN := "", 0
	for _, m := range c.mentions {
		if m.plat != plat || (!plat && !m.grp) {
			continue
		}
		counts[m.name]++
		if counts[m.name] > bestN {
			best, bestN = m.name, counts[m.name]
		}
	}
	return best
}

// speaks reports a platform that speaks in some sentence of the text.
func (c *ctx) speaks(p string) bool {
	for _, sp := range c.speaker {
		if sp == p && p != "" {
			return true
		}
	}
	return false
}

// firstMention is the token of the first mention of name (a platform,
// or a group when plat is false), -1 when there is none.
func (c *ctx) firstMention(name string, plat bool) int {
	if name == "" {
		return -1
	}
	for _, m := range c.mentions {
		if m.plat == plat && (plat || m.grp) && m.name == name {
			return m.tok
		}
	}
	return -1
}

// paragraphs numbers each token's paragraph: a blank line between two
// tokens starts a new one.
func (c *ctx) paragraphs() []int {
	para := make([]int, len(c.toks))
	p, prev := 0, 0
	for i := range c.toks {
		nl := 0
		for _, r := range c.rs[prev:c.toks[i].s] {
			if r == '\n' {
				nl++
			}
		}
		if nl >= 2 {
			p++
		}
		para[i], prev = p, c.toks[i].e
	}
	return para
}

func (c *ctx) nearestMention(f figInfo, plat bool, def string) string {
	best, bestD := "", 1<<30
	// mentions are in token order: walk out from the figure within its sentence
	p := sort.Search(len(c.mentions), func(k int) bool { return c.mentions[k].tok >= f.t0 })
	lo, hi := p, p
	// a run-on "sentence" is only searched near the figure
	for lo > 0 && lo > p-32 && c.mentions[lo-1].sent == f.sent {
		lo--
	}
	for hi < len(c.mentions) && hi < p+32 && c.mentions[hi].sent == f.sent {
		hi++
	}
	for _, m := range c.mentions[lo:hi] {
		if m.plat != plat || (!plat && !m.grp) || m.sent != f.sent {
			continue
		}
		d := 0
		if m.tok < f.t0 {
			d = f.t0 - m.tok
		} else if m.tok >= f.t1 {
			d = m.tok - f.t1 + 1
		}
		if d < bestD {
			best, bestD = m.name, d
		}
	}
	if best == "" {
		return def
	}
	return best
}

// periodsBySent lists the indexes of each sentence's periods, in order.
func periodsBySent(periods []periodInfo) map[int][]int {
	m := map[int][]int{}
	for p := range periods {
		m[periods[p].sent] = append(m[periods[p].sent], p)
	}
	return m
}

// figsBySent lists the indexes of each sentence's figures, in order.
func figsBySent(figs []figInfo) map[int][]int {
	m := map[int][]int{}
	for i := range figs {
		m[figs[i].sent] = append(m[figs[i].sent], i)
	}
	return m
}

// arNameTail are the words besides arNameStops that end an Arabic body's
// name in a source: the days ("وزارة الداخلية العراقية الخميس") and the
// particles that open what it said or what it is ("بانها نجحت", "والتي
// تأسست").
var arNameTail = foldedSet("الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعة|السبت|الاحد|بانها|بانه|بانهم|انها|انهم|والتي|والذي")

// arNameEnd cuts an Arabic body's name at the first of arNameStops or
// arNameTail, and
// after a country's adjective at a word that neither takes the article
// nor joins by و or ل: "وزارة الداخلية المصرية إغلاق" is the ministry,
// "الهيئة السعودية للملكية الفكرية" stays whole.
func arNameEnd(name string) string {
	fs := strings.Fields(name)
	if len(fs) < 2 || !unicode.Is(unicode.Arabic, []rune(fs[0])[0]) {
		return name
	}
	for i := 1; i < len(fs); i++ {
		w := fs[i]
		if ts := phraseToks(w); len(ts) == 1 && (arNameStops[ts[0]] || arNameTail[ts[0]]) {
			return strings.Join(fs[:i], " ")
		}
		prev := fs[i-1]
		nisba := strings.HasPrefix(prev, "ال") && (strings.HasSuffix(prev, "ية") || strings.HasSuffix(prev, "يه"))
		if nisba && i >= 2 && !strings.HasPrefix(w, "ال") && !strings.HasPrefix(w, "و") && !strings.HasPrefix(w, "ل") {
			return strings.Join(fs[:i], " ")
		}
	}
	return name
}

// ruOfficeNominative names a Russian office said to speak "в" it ("В
// Росздравнадзоре уточнили") in the nominative: the preposition goes, and
// ruInOffice undoes the case.
func ruOfficeNominative(name string) string {
	fs := strings.Fields(name)
	if len(fs) < 2 || fs[0] != "В" && fs[0] != "Во" && fs[0] != "в" && fs[0] != "во" {
		return name
	}
	return ruInOffice(strings.Join(fs[1:], " "))
}

// ruInOffice names an office written after "в" ("сообщили в Банке
// России") in the nominative: its first word's prepositional ending is
// undone (-е after a consonant, -уре, -стве, -ии).
func ruInOffice(name string) string {
	fs := strings.Fields(name)
	if len(fs) == 0 {
		return name
	}
	fs[0] = ruPrepositional(fs[0])
	return strings.Join(fs, " ")
}

// ruPrepositional undoes the prepositional ending of an office's noun:
// "Росздравнадзоре" → "Росздравнадзор", "Генпрокуратуре" →
// "Генпрокуратура", "Министерстве" → "Министерство", "Банке" → "Банк".
func ruPrepositional(w string) string {
	if n, done := ruUndoEnding(w, 4, ruPrepositionalEndings); done {
		return n
	}
	// -е after a consonant ends a masculine noun's prepositional
	if rs := []rune(w); strings.HasSuffix(w, "е") && !strings.ContainsRune("аеёиоуыэюяь", rs[len(rs)-2]) {
		return strings.TrimSuffix(w, "е")
	}
	return w
}
