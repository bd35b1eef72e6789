package extract

import "github.com/takedowndesk/takedowndesk/app"

// ruTitlesNom are Russian posts in the nominative, as the subject after a
// verb of saying: "сообщила глава управления … РКН Татьяна Денискина".
var ruTitlesNom = map[string]bool{"глава": true, "замглавы": true, "министр": true, "замминистра": true, "председатель": true,
	"заместитель": true, "руководитель": true, "пресс-секретарь": true, "представитель": true, "директор": true,
	"начальник": true, "депутат": true, "сенатор": true, "вице-премьер": true, "премьер": true, "президент": true}

// ruTitledPersonNom reads a post in the nominative at k, the office it is
// of (up to sixteen words, commas and an acronym such as "РКН" among
// them), and the person's name and surname as written: the official
// after a long title. A government office makes the person government.
func (c *ctx) ruTitledPersonNom(k, sent int) (app.Source, bool) {
	n := len(c.toks)
	if k >= n || c.toks[k].sc != scCyrillic || !ruTitlesNom[c.toks[k].f] {
		return app.Source{}, false
	}
	office := ""
	upperAt := func(j int) bool {
		return j < n && c.toks[j].sent == sent && c.toks[j].kind == tWord && c.toks[j].sc == scCyrillic && startsUpper(c.rs[c.toks[j].s:c.toks[j].e])
	}
	for j := k + 1; j < n && j < k+18 && c.toks[j].sent == sent; j++ {
		t := &c.toks[j]
		if t.kind == tPunct && t.f != "," && t.f != "-" {
			return app.Source{}, false // the sentence or clause ends before a name
		}
		if t.kind != tWord {
			continue
		}
		w := c.rs[t.s:t.e]
		if upperAt(j) && upperAt(j+1) && !upperAt(j+2) && !isUpperWord(w) && !isUpperWord(c.rs[c.toks[j+1].s:c.toks[j+1].e]) &&
			len(w) >= 3 && c.toks[j+1].e-c.toks[j+1].s >= 3 {
			kind := app.SourceUnknown
			if guessKind(office, app.SourceUnknown) == app.SourceGovernment {
				kind = app.SourceGovernment
			} else if _, e := c.knownAt(j - 1); e > 0 {
				if s, _ := c.knownAt(j - 1); s.Kind == app.SourceGovernment {
					kind = app.SourceGovernment // "… РКН Татьяна Денискина"
				}
			}
			return app.Source{Name: string(w) + " " + string(c.rs[c.toks[j+1].s:c.toks[j+1].e]), Kind: kind}, true
		}
		office += " " + string(w)
	}
	return app.Source{}, false
}
