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
	// quantifiers and determiners that open a sentence ("Other reports",
	// "Some users", "Many said")
	"other": true, "others": true, "some": true, "many": true, "several": true, "all": true, "both": true,
	"each": true, "any": true, "most": true, "few": true, "another": true, "such": true, "more": true,
	"no": true, "none": true, "every": true, "anyone": true, "somebody": true, "everybody": true,
	// nouns that stand for a speaker without naming one
	"company": true, "firm": true, "platform": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"official": true, "source": true, "data": true, "figures": true, "statistics": true, "survey": true,
	"document": true, "documents": true, "letter": true, "notice": true, "home": true, "read": true, "share": true,
	// the same in the other languages: "Der Konzern teilte mit", "По данным
	// СМИ", "كشفت شركة التواصل الاجتماعي"
	"der": true, "die": true, "konzern": true, "unternehmen": true, "firma": true, "plattform": true, "sprecher": true,
	"sprecherin": true, "behörden": true, "medien": true, "experten": true,
	// German, Italian and French common nouns that a capital or a verb of
	// saying makes look like a name: "im vorigen Jahr erklärte", "laut den
	// Transparenzberichten", "In einer öffentlichen Erklärung teilte",
	// "selon le Rapport 2024", "CSAM reports that had action taken"
	"jahr": true, "jahres": true, "monat": true, "woche": true, "erklärung": true,
	"berichten": true, "transparenzberichten": true,
	"recherche": true, "recherchen": true, "paese": true, "rapport": true, "web": true,
	"csam": true, "harm": true,
	"сми": true, "источник": true, "источники": true, "компания": true, "платформа": true, "власти": true, "эксперты": true,
	"la": true, "le": true, "les": true, "l": true, "entreprise": true, "société": true, "plateforme": true, "autorités": true,
	"médias": true, "porte": true, "parole": true, "empresa": true, "compañía": true, "plataforma": true, "autoridades": true,
	"medios": true, "azienda": true, "società": true, "piattaforma": true, "autorità": true,
	"شركة": true, "الشركة": true, "موقع": true, "الموقع": true, "التواصل": true, "الاجتماعي": true, "المنصة": true,
	"منصة": true, "مصادر": true, "مصدر": true, "السلطات": true, "وسائل": true, "الإعلام": true, "الاعلام": true,
	// a page's genre labels over its text ("Press Release", "Press
	// Release/News", "Pressemitteilung", "Пресс-релиз"): what the page
	// is, not who wrote it ("La Presse", "La Stampa" are outlets)
	"press": true, "release": true, "releases": true, "pressemitteilung": true, "pressemeldung": true,
	"communiqué": true, "comunicado": true, "comunicato": true, "пресс": true, "релиз": true,
	// months and weekdays: "By January 19, 2023, things were …" is a date
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"janvier": true, "février": true, "mars": true, "avril": true, "mai": true, "juin": true, "juillet": true,
	"août": true, "septembre": true, "octobre": true, "novembre": true, "décembre": true,
	"januar": true, "februar": true, "märz": true, "juni": true, "juli": true, "oktober": true, "dezember": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"enero": true, "febrero": true, "marzo": true, "abril": true, "mayo": true, "junio": true, "julio": true, "agosto": true,
	"gennaio": true, "febbraio": true, "aprile": true, "maggio": true, "giugno": true, "luglio": true, "settembre": true, "ottobre": true,
	"lunes": true, "martes": true, "viernes": true, "lunedì": true, "venerdì": true, "lundi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"января": true, "февраля": true, "марта": true, "апреля": true, "мая": true, "июня": true, "июля": true, "августа": true,
	"сентября": true, "октября": true, "ноября": true, "декабря": true,
	// German nouns that open a sentence or follow "laut" without naming
	// anyone ("laut der Auskunft", "laut Vorlage", "am Freitag", "von
	// Anfang Juli", "zwölf Mal", "laut dem Transparenzbericht des
	// Unternehmens")
	"anfang": true, "ende": true, "mitte": true, "mal": true, "auskunft": true, "vorlage": true, "vorabmeldung": true,
	"bericht": true, "berichts": true, "transparenzbericht": true, "transparenzberichts": true, "angaben": true,
	"meldung": true, "mitteilung": true, "antwort": true, "anfrage": true, "statistik": true, "zahlen": true,
	"unternehmens": true, "des": true, "dem": true, "den": true, "ein": true, "eine": true, "einer": true, "zufolge": true,
	// words of an office's name that name no one ("Ministry of
	// Electronics and Information Technology")
	"information": true, "technology": true, "electronics": true,
	// Russian words that open a sentence ("Как оказалось", "Когда …")
	"как": true, "когда": true, "где": true, "что": true, "кто": true, "также": true, "однако": true, "при": true, "данным": true,
}

// newsroomWords credit a story to an outlet's newsroom rather than a
// person (lower-cased): "المواطن - فريق التحرير", "Le Monde – La
// rédaction", "Por: Redacción".
var newsroomWords = map[string]bool{"فريق التحرير": true, "هيئة التحرير": true, "التحرير": true, "rédaction": true, "la rédaction": true,
	"редакция": true, "editorial team": true, "newsroom": true, "staff": true, "redaktion": true, "die redaktion": true, "redacción": true,
	"la redacción": true, "redazione": true, "la redazione": true, "redação": true, "a redação": true, "redactie": true, "de redactie": true,
	"संपादकीय टीम": true, "डेस्क": true, "न्यूज़ डेस्क": true, "web desk": true, "news desk": true, "staff reporter": true}

// IsNewsroom reports a credit that names an outlet's newsroom, not a
// person: "Redacción", "La rédaction", "Редакция".
func IsNewsroom(s string) bool {
	return newsroomWords[strings.ToLower(strings.Join(strings.Fields(s), " "))]
}

// leadWords open a sentence before a name: "So Reuters said".
var leadWords = map[string]bool{"so": true, "then": true, "now": true, "but": true, "and": true, "yet": true, "however": true, "meanwhile": true, "also": true,
	// the end of a job title run into the name after it: "Head of Trust
	// and Safety Paul Rockwell", "Предприниматель Павел Дуров"
	"safety": true, "security": true, "integrity": true, "policy": true, "affairs": true, "communications": true,
	"предприниматель": true, "бизнесмен": true, "основатель": true}

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
		// a byline is the whole line (or ends at a comma, a bar, a date or
		// the word that opens one: "Par Elodie le 19/11/2015", a saved
		// copy's "Par Elodie le" with the date cut)
		if words == 0 || words > 4 || (end < n && !c.toks[end].nl && !c.isPunct(end, ",") && !c.isPunct(end, "|") && !c.isPunct(end, "—") && c.toks[end].kind != tNum && !c.has(end, catMonth) && !c.dateLeadAt(end)) {
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
		kind, role := app.SourceResearcher, app.RoleReportedBy
		if isOutlet {
			kind = outletLineKind(name)
			if kind != app.SourceNewsOutlet {
				role = app.RoleStatedBy // the figures' source, no reporter
			}
		}
		c.addSource(app.Source{Name: name, Kind: kind}, role)
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

// outletLineKind types the name after "Source:": an outlet, unless its
// words make it a body of state, an NGO or an institute, or an
// international organisation ("Source: UN Development Programme"), which
// publishes figures but reports no news.
func outletLineKind(name string) app.SourceKind {
	switch k := guessKind(name, app.SourceUnknown); k {
	case app.SourceGovernment, app.SourceNGO, app.SourceThinkTank:
		return k
	}
	if namesOrganisation(name) {
		return app.SourceUnknown
	}
	return app.SourceNewsOutlet
}

// AuthorKind types the author a feed or page credits by name alone: a
// known source as the desk knows it, a wire, a body of state, an NGO or
// an institute by the words of its name, any other organisation as
// unknown ("Danish Refugee Council"), and a person's name ("Matthew
// Coughlan") as a journalist.
func AuthorKind(name string) app.SourceKind {
	if s, ok := KnownSource(name); ok {
		return s.Kind
	}
	if k := guessKind(name, app.SourceUnknown); k != app.SourceUnknown || namesOrganisation(name) {
		return k
	}
	if a := Byline(name); len(a) == 1 && a[0].Name == strings.Join(strings.Fields(name), " ") && len(strings.Fields(name)) > 1 {
		return a[0].Kind
	}
	return app.SourceUnknown
}

// namesOrganisation reports a word of orgWords in name.
func namesOrganisation(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if orgWords[w] {
			return true
		}
	}
	return false
}

// orgWords name an organisation, never a newsroom or a person: the UN's
// bodies and programmes, unions, councils, groups, funds and banks.
var orgWords = map[string]bool{
	"group": true, "committee": true, "association": true, "federation": true, "society": true, "alliance": true,
	"union": true, "council": true, "fund": true, "bank": true, "programme": true, "program": true, "programa": true,
	"organization": true, "organisation": true, "nations": true, "un": true, "undp": true, "unhcr": true, "unicef": true,
	"unesco": true, "ocha": true, "who": true, "nato": true, "osce": true, "oecd": true, "onu": true, "pnud": true,
	"оон": true, "الأمم": true,
}

// bylineLead opens a byline as pages print it: "By", "Text by", "Par",
// "Von", "Por", "بقلم".
var bylineLead = map[string]bool{"by": true, "text": true, "words": true, "story": true, "par": true, "von": true,
	"por": true, "di": true, "автор": true, "текст": true, "بقلم": true, "كتب": true, "كتبت": true, "लेखक": true}

// bylineWith opens a byline's aside that names co-authors: "(avec …)",
// "(with …)", "(mit …)".
var bylineWith = map[string]bool{"with": true, "avec": true, "mit": true, "con": true, "com": true, "с": true, "مع": true}

// wireNames mark a byline that credits a news agency, not a person.
var wireNames = []string{"wire", "wires", "afp", "reuters", "associated press", "ap", "dpa", "ansa", "efe",
	"tass", "ria", "interfax", "anadolu", "xinhua", "agence", "agency", "agencies", "وكالة", "وكالات"}

// Byline reads the authors a saved page names in its byline or author
// metadata ("By Eleanor Ainge Roy", "Text by NEWS WIRES", "Nina Mulamba
// and Sam Ortiz", "بقلم روماني صبري"): each is a journalist (a researcher
// who reports the story), or a wire when it names a news agency. A web
// address, a handle, a date or common words are no author.
func Byline(s string) []app.Source {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || utf8.RuneCountInString(s) > 120 || strings.Contains(s, "://") || strings.HasPrefix(s, "www.") {
		return nil
	}
	// drop the lead words: "Text by", "By"
	for {
		f, rest, ok := strings.Cut(s, " ")
		if !ok || !bylineLead[strings.ToLower(strings.TrimRight(f, ":"))] { // "Por: Redacción"
			break
		}
		s = rest
	}
	s = strings.TrimSpace(strings.Trim(s, ":-–—|,"))
	s = dropDatelineCity(s)
	var out []app.Source
	seen := map[string]bool{}
	for _, part := range splitNames(s) {
		part = strings.TrimSpace(strings.Trim(part, ":-–—|,.;"))
		// "Martin Untersinger (avec Damien Leloup et Morgane Tual)": the
		// aside names co-authors after its "with"
		if f, rest, ok := strings.Cut(part, " "); ok && bylineWith[strings.ToLower(f)] {
			part = strings.TrimSpace(rest)
		}
		if !plausibleAuthor(part) || seen[strings.ToLower(part)] {
			continue
		}
		seen[strings.ToLower(part)] = true
		kind := app.SourceResearcher
		if isWire(part) {
			kind = app.SourceWire
		}
		out = append(out, app.Source{Name: part, Kind: kind})
		if len(out) == 4 {
			break
		}
	}
	return out
}

// dropDatelineCity drops the city a wire's dateline sets before the
// agency, in capitals and joined by a dash: "THE HAGUE-Anadolu Agency",
// "ANKARA – Anadolu Agency". A wire's own capitals ("AFP-Reuters") and a
// name in capitals with a hyphen stay whole.
func dropDatelineCity(s string) string {
	i := strings.IndexAny(s, "-–—")
	if i <= 0 {
		return s
	}
	city, rest := strings.TrimSpace(s[:i]), strings.TrimSpace(strings.TrimLeft(s[i:], "-–—"))
	letters := 0
	for _, r := range city {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return s
			}
			letters++
		} else if r != ' ' && r != '.' {
			return s
		}
	}
	if letters < 3 || len(strings.Fields(city)) > 3 || isWire(city) || rest == "" {
		return s
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) || !strings.ContainsRune(rest, ' ') && !isWire(rest) {
		return s // "JEAN-pierre", "NEW YORK-based"; one word after the dash must be a wire
	}
	return rest
}

// splitNames splits "A, B and C" (or "A et B", "A و B") into names; a
// comma followed by a single place word ("Eleanor Ainge Roy, Dunedin")
// still splits, and the place is then dropped as no name of two words
// unless it reads as one.
func splitNames(s string) []string {
	for _, sep := range []string{" and ", " And ", " et ", " und ", " y ", " e ", " & ", " و"} {
		s = strings.ReplaceAll(s, sep, ",")
	}
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '|' || r == '/' || r == '(' || r == ')' })
}

// plausibleAuthor: one to five words, no digits, no @handle, not only
// common words, and in Latin or Cyrillic script each word capitalised
// (upper-case wire credits such as "NEWS WIRES" pass).
func plausibleAuthor(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 5 || utf8.RuneCountInString(name) < 2 || strings.ContainsAny(name, "@#0123456789") {
		return false
	}
	if isCommonName(name) && !isWire(name) || IsNewsroom(name) || IsNewsroom(strings.Trim(ws[0], ":,")) {
		return false // "Redacción Guayaquil", "Редакция «СПЕКТРА»": a newsroom
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if (unicode.In(r, unicode.Latin, unicode.Cyrillic)) && !unicode.IsUpper(r) && !nameLinks[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

func isWire(name string) bool {
	for _, f := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, w := range wireNames {
			if f == w {
				return true
			}
		}
	}
	l := strings.ToLower(name)
	return strings.Contains(l, "associated press") || strings.Contains(l, "وكالة")
}

// bylineDateLeads open the date a byline ends with: "Par Elodie le 19
// novembre", "Von Anna Weber am 3. März", "Por Ana Ruiz el 5 de mayo".
var bylineDateLeads = map[string]bool{"le": true, "am": true, "el": true, "il": true, "on": true, "den": true}

// dateLeadAt reports a date's lead word at k that ends its line or comes
// before the date itself.
func (c *ctx) dateLeadAt(k int) bool {
	if k >= len(c.toks) || c.toks[k].kind != tWord || !bylineDateLeads[c.toks[k].f] {
		return false
	}
	o := c.rs[c.toks[k].s:c.toks[k].e]
	if unicode.IsUpper(o[0]) {
		return false
	}
	j := k + 1
	return j >= len(c.toks) || c.toks[j].nl || c.toks[j].kind == tNum || c.has(j, catMonth) || c.has(j, catWeekday)
}
