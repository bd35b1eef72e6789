package ingest

import (
	"encoding/json"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/extract"
	"github.com/takedowndesk/takedowndesk/app/search"
)

// bylineSources are the authors a saved article's byline names, each a
// source that reported the story; the outlet's own name given as its
// author ("The Guardian" by "the Guardian") is the outlet, already kept.
func bylineSources(byline, outlet string) []app.SourceLink {
	var out []app.SourceLink
	for _, s := range extract.Byline(byline) {
		if namesOutlet(s.Name, outlet) {
			// "SPIEGEL ONLINE, Hamburg, Germany": what follows the
			// outlet's name is its address, no one who wrote
			break
		}
		out = append(out, app.SourceLink{Source: s, Role: app.RoleReportedBy})
	}
	return out
}

// namesOutlet reports an author that is the outlet itself or its
// publishing house: "EL PAÍS", "Ediciones El País" (El País's), "SPIEGEL
// ONLINE".
func namesOutlet(name, outlet string) bool {
	fold := func(s string) string {
		return " " + strings.Join(strings.Fields(search.Normalize(s)), " ") + " "
	}
	if strings.TrimSpace(outlet) == "" {
		return false
	}
	return strings.Contains(fold(name), fold(outlet))
}

// jsonLDAuthor finds the first author's name in a JSON-LD script: a
// string, a Person object or a list of them; several authors are joined
// with commas, as a byline prints them.
func jsonLDAuthor(src string) string {
	var names func(any) []string
	names = func(v any) []string {
		switch x := v.(type) {
		case string:
			return []string{x}
		case map[string]any:
			if n, ok := x["name"].(string); ok {
				return []string{n}
			}
		case []any:
			var out []string
			for _, e := range x {
				out = append(out, names(e)...)
			}
			return out
		}
		return nil
	}
	return jsonLDFind(src, func(x map[string]any) string {
		if a, ok := x["author"]; ok {
			return strings.Join(names(a), ", ")
		}
		return ""
	})
}

// jsonLDPublisher is the name of the organisation a JSON-LD script says
// published the page: WirtschaftsWoche's pages name it there and in no
// og:site_name.
func jsonLDPublisher(src string) string {
	return jsonLDFind(src, func(x map[string]any) string {
		switch p := x["publisher"].(type) {
		case map[string]any:
			n, _ := p["name"].(string)
			return strings.TrimSpace(n)
		case []any:
			for _, e := range p {
				if m, ok := e.(map[string]any); ok {
					if n, _ := m["name"].(string); strings.TrimSpace(n) != "" {
						return strings.TrimSpace(n)
					}
				}
			}
		}
		return ""
	})
}

// jsonLDFind walks a JSON-LD script (an object, a list, an @graph, the
// main entity) and returns the first thing pick finds in one of its
// objects.
func jsonLDFind(src string, pick func(map[string]any) string) string {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return ""
	}
	var find func(any) string
	find = func(v any) string {
		switch x := v.(type) {
		case map[string]any:
			if d := pick(x); d != "" {
				return d
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if d := find(x[k]); d != "" {
					return d
				}
			}
		case []any:
			for _, e := range x {
				if d := find(e); d != "" {
					return d
				}
			}
		}
		return ""
	}
	return find(v)
}

// nameLineSources reads the credit lines a saved article prints on their
// own, with no "By": the short lines right under its headline (past its
// date stamp), "المرجع" then "أحمد لملوم", and a signature as the last
// line ("Никита Егоров", or "Наталья Шлюшинская" over "журналист"). A line
// of one word under the headline is the outlet (a news outlet), a line of
// two to four names an author (a journalist); a line of words that are no
// names, a menu word ("طباعة", "Share") or a sentence ends the credits.
func nameLineSources(body, title string) []app.SourceLink {
	lines := strings.Split(body, "\n")
	var out []app.SourceLink
	add := func(s app.Source) {
		for _, o := range out {
			if strings.EqualFold(o.Source.Name, s.Name) {
				return
			}
		}
		out = append(out, app.SourceLink{Source: s, Role: app.RoleReportedBy})
	}
	if name, _, ok := masthead(lines); ok {
		add(app.Source{Name: name, Kind: app.SourceNewsOutlet})
	}
	// under the headline
	if title != "" {
		h := -1
		for i, l := range lines[:min(len(lines), 60)] {
			if strings.TrimSpace(l) == title {
				h = i
				break
			}
		}
		taken, subtitle := 0, false
		for i := h + 1; h >= 0 && i < len(lines) && i <= h+6 && taken < 2; i++ {
			l := strings.TrimSpace(lines[i])
			if l == "" || stampLine(l) {
				continue
			}
			if name, ok := teamCredit(l); ok {
				// "المواطن - فريق التحرير": the outlet's newsroom wrote it
				add(app.Source{Name: name, Kind: app.SourceNewsOutlet})
				taken++
				continue
			}
			s, ok := creditLine(l, true)
			if !ok && taken == 0 && !subtitle && headlineLine(l) && utf8.RuneCountInString(l) < paragraphRunes && !strings.ContainsAny(l[len(l)-1:], ".!?") && !strings.HasSuffix(l, "؟") {
				subtitle = true // the standfirst under the headline
				continue
			}
			if !ok {
				break
			}
			add(s)
			taken++
		}
	}
	// the signature at the foot
	var last []string
	for i := len(lines) - 1; i >= 0 && len(last) < 2; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" {
			last = append(last, l)
		}
	}
	if len(last) == 2 && roleWords[strings.ToLower(last[0])] {
		last = last[1:]
	}
	if len(last) > 0 && len(strings.Fields(last[0])) >= 2 {
		if r, _ := utf8.DecodeRuneInString(last[0]); unicode.In(r, unicode.Latin, unicode.Cyrillic) {
			if s, ok := creditLine(last[0], false); ok {
				add(s)
			}
		}
	}
	return out
}

// roleWords are the job a signature gives under the name.
var roleWords = map[string]bool{"журналист": true, "корреспондент": true, "редактор": true, "обозреватель": true,
	"journalist": true, "reporter": true, "correspondent": true, "editor": true, "مراسل": true, "محرر": true}

// menuWords are the buttons a saved page keeps among its credit lines.
var menuWords = map[string]bool{"طباعة": true, "مشاركة": true, "print": true, "share": true, "imprimer": true, "partager": true,
	"drucken": true, "teilen": true, "печать": true, "поделиться": true, "imprimir": true, "compartir": true, "email": true, "comments": true}

// creditLine reads one credit line: a name of one to four words with no
// digits and no sentence's punctuation; one word is an outlet when outlet
// is allowed, more are an author.
func creditLine(l string, outlet bool) (app.Source, bool) {
	fs := strings.Fields(l)
	if len(fs) == 0 || len(fs) > 4 || bylineLine(l) || menuWords[strings.ToLower(l)] || reporterWords[strings.Trim(fs[0], ":-–—|")] ||
		strings.ContainsAny(l, "0123456789:;,!?«»\"“”()[]|/@#©.،؛؟") {
		return app.Source{}, false
	}
	if len(fs) == 1 {
		if !outlet || utf8.RuneCountInString(l) < 3 {
			return app.Source{}, false
		}
		if r, _ := utf8.DecodeRuneInString(l); unicode.In(r, unicode.Latin, unicode.Cyrillic) && !unicode.IsUpper(r) {
			return app.Source{}, false
		}
		if a := extract.Byline(l); len(a) == 1 && a[0].Kind == app.SourceWire {
			return a[0], true
		}
		if len(extract.Byline(l)) == 0 {
			return app.Source{}, false // a common word
		}
		return app.Source{Name: l, Kind: app.SourceNewsOutlet}, true
	}
	a := extract.Byline(l)
	if len(a) != 1 || a[0].Name != l && !(a[0].Kind == app.SourceWire && strings.HasSuffix(l, a[0].Name)) {
		// the whole line is the name, or a wire past its dateline's
		// city ("THE HAGUE-Anadolu Agency")
		return app.Source{}, false
	}
	return a[0], true
}

// creditParen is a line that is a credit in brackets, as wires' stories
// are signed at their foot: "(FRANCE 24 with AFP, REUTERS)", "(Le Monde
// avec AFP)", "(dpa/AFP)".
var creditParen = regexp.MustCompile(`^\s*\(\s*([^()]{2,80}?)\s*\)\s*$`)

// creditJoin parts the names of a bracketed credit.
var creditJoin = regexp.MustCompile(`(?i)\s*(?:,|/|&|\bwith\b|\bavec\b|\bmit\b|\bcon\b|\band\b|\bet\b|\bund\b|\by\b|\bو)\s*`)

// creditParenSources are the wires a story's bracketed credit line names
// beside its own outlet: each part must be a wire or the outlet itself,
// or the line is no credit (an aside in brackets).
func creditParenSources(body, outlet string) []app.SourceLink {
	var out []app.SourceLink
	for _, l := range strings.Split(body, "\n") {
		m := creditParen.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		var wires []app.SourceLink
		ok := true
		for _, part := range creditJoin.Split(m[1], -1) {
			if part = strings.TrimSpace(part); part == "" || outlet != "" && strings.EqualFold(part, outlet) {
				continue
			}
			a := extract.Byline(part)
			if len(a) != 1 || a[0].Kind != app.SourceWire {
				ok = false
				break
			}
			wires = append(wires, app.SourceLink{Source: a[0], Role: app.RoleReportedBy})
		}
		if ok {
			out = append(out, wires...)
		}
	}
	return out
}

// signoffSources finds who sent a letter or notice saved as text: the
// line under its closing ("С уважением,", "Sincerely,", "Thank you."),
// past redaction marks ("[private]"), when it names a body of state
// ("Cyber Security Department of the Ministry of Public Security of
// China", "ФЕДЕРАЛЬНАЯ СЛУЖБА ПО НАДЗОРУ …"). A known source the line
// names in brackets ("(ROSKOMNADZOR)") is that source.
func signoffSources(body string) []app.SourceLink {
	lines := strings.Split(body, "\n")
	var out []app.SourceLink
	seen := map[string]bool{}
	for i, l := range lines {
		if !signoffs[strings.ToLower(strings.Trim(strings.TrimSpace(l), ",.!:"))] {
			continue
		}
		for _, n := range lines[i+1:] {
			n = strings.TrimSpace(n)
			if n == "" || redaction.MatchString(n) {
				continue
			}
			if s, ok := senderLine(n); ok && !seen[strings.ToLower(s.Name)] {
				seen[strings.ToLower(s.Name)] = true
				out = append(out, app.SourceLink{Source: s, Role: app.RoleSender})
			}
			break
		}
	}
	// the English version's last line, with no closing before it
	for i := len(lines) - 1; i >= 0; i-- {
		if n := strings.TrimSpace(lines[i]); n != "" {
			if s, ok := senderLine(n); ok && strings.Contains(n, "(") && !seen[strings.ToLower(s.Name)] {
				out = append(out, app.SourceLink{Source: s, Role: app.RoleSender})
			}
			break
		}
	}
	return out
}

// signoffs close a letter (lower-cased, without their punctuation).
var signoffs = map[string]bool{"с уважением": true, "sincerely": true, "yours sincerely": true, "regards": true,
	"yours faithfully": true, "faithfully": true, "yours truly": true, "respectfully": true, "respectfully submitted": true,
	"distinti saluti": true, "cordiali saluti": true, "saludos cordiales": true, "un saludo": true,
	"best regards": true, "kind regards": true, "thank you": true, "cordialement": true, "bien cordialement": true,
	"mit freundlichen grüßen": true, "atentamente": true, "مع التحية": true, "وتفضلوا بقبول فائق الاحترام": true, "谢谢": true}

// redaction marks a name taken out of a published notice.
var redaction = regexp.MustCompile(`^\[(?:private|redacted|REDACTED|Private)\]$`)

// govWords name a body of state in a sender's line (lower-cased).
var govWords = []string{"ministry", "department", "federal service", "agency", "police", "prosecutor", "commission", "government",
	"министерств", "служба", "прокуратур", "ведомств", "ministère", "direction", "وزارة", "هيئة", "部", "局"}

// senderLine reads a sender's line: at most twenty words, no address, a
// body of state's words; the known source it names in brackets first.
func senderLine(l string) (app.Source, bool) {
	l = strings.TrimRight(l, ". ")
	if l == "" || len(strings.Fields(l)) > 20 || strings.Contains(l, "://") {
		return app.Source{}, false
	}
	parts := []string{l}
	if i, j := strings.LastIndex(l, "("), strings.LastIndex(l, ")"); i >= 0 && j > i {
		parts = []string{l[i+1 : j], l}
	}
	for _, p := range parts {
		// a known office's full name is that office ("ФЕДЕРАЛЬНАЯ СЛУЖБА
		// ПО НАДЗОРУ …" is Roskomnadzor, whose short name the English
		// version gives in brackets)
		if s, ok := extract.KnownSource(p); ok && s.Kind == app.SourceGovernment {
			return s, true
		}
	}
	for k, p := range parts {
		if strings.IndexFunc(p, unicode.IsLower) < 0 {
			// "(ROSKOMNADZOR)", "ФЕДЕРАЛЬНАЯ СЛУЖБА …": a name in capitals
			r, n := utf8.DecodeRuneInString(p)
			p = string(r) + strings.ToLower(p[n:])
		}
		if len(parts) == 2 && k == 0 {
			// a bare name: read it as the subject of a sentence, so the
			// desk's known sources are found by it
			p += " said."
		}
		for _, s := range extract.Text(p, extract.Options{}).Sources {
			if s.Source.Kind == app.SourceGovernment {
				return s.Source, true
			}
		}
	}
	low := strings.ToLower(l)
	for _, w := range govWords {
		if strings.Contains(low, w) {
			return app.Source{Name: l, Kind: app.SourceGovernment}, true
		}
	}
	if name, ok := legalName(l); ok {
		if s, ok := extract.KnownSource(name); ok {
			return s, true
		}
		return app.Source{Name: name, Kind: app.SourceUnknown}, true
	}
	return app.Source{}, false
}

// legalForm is the legal form a company or association signs with, at
// the end of its name: "Motion Picture Association, Inc.", "Liga
// Nacional de Fútbol Profesional S.L.", "ООО «Ромашка»" has it first.
var legalForm = regexp.MustCompile(`(?i)^(.{3,120}?),?\s+(?:inc|llc|l\.l\.c|ltd|limited|plc|llp|corp|corporation|gmbh|ag|s\.?a|s\.?l|s\.?p\.?a|s\.?r\.?l|b\.?v|n\.?v|sas|sarl|oy|ab|a/s)\.?$`)

// legalName is the name of a company or association a sender's line
// gives with its legal form, without it; a line of one lower-case word
// or with a sentence's punctuation is none.
func legalName(l string) (string, bool) {
	m := legalForm.FindStringSubmatch(strings.TrimSpace(l))
	if m == nil || strings.ContainsAny(m[1], ";:!?«»\"“”") {
		return "", false
	}
	name := strings.TrimSpace(m[1])
	fs := strings.Fields(name)
	if len(fs) > 10 {
		return "", false
	}
	for i, f := range fs {
		// a name's words are capitalised but for its joining words: a
		// sentence that ends in "Inc." is no name
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && (i == 0 || !nameJoins[f]) {
			return "", false
		}
	}
	return name, true
}

// nameJoins are the lower-case words an organisation's name may hold.
var nameJoins = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "del": true, "della": true,
	"di": true, "des": true, "du": true, "la": true, "le": true, "y": true, "e": true, "et": true, "und": true, "für": true,
	"van": true, "von": true, "der": true, "и": true, "&": true}
