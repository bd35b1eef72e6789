package extract

import "strings"

// militantStems begin the words (folded) that make "groups" or
// "organisations" armed or extremist organisations rather than chat
// groups: terrorist, extremist, jihadist, militant, armed.
var militantStems = []string{
	"terror", "extremis", "jihad", "djihad", "dschihad", "yihad", "militant", "milizi", "armed", "armes", "armados", "armadas", "armati", "bewaffnet",
	"террор", "экстремист", "джихад", "боевик", "вооруж",
	"आतंक", "चरमपंथ", "उग्रवाद",
}

// militantArabic are parts of Arabic words for terrorist, extremist,
// jihadist and armed, found inside a word that may carry an article.
var militantArabic = []string{"رهاب", "تطرف", "متطرف", "جهادي", "مسلح"}

// militantWord reports whether token k types a group as an armed or
// extremist organisation.
func (c *ctx) militantWord(k int) bool {
	t := &c.toks[k]
	if t.kind != tWord {
		return false
	}
	if t.sc == scArabic {
		for _, a := range militantArabic {
			if strings.Contains(t.f, a) {
				return true
			}
		}
		return false
	}
	return hasAnyPrefix(t.f, militantStems)
}

// organisationGroups reports whether the groups counted from token i to
// ue are organisations: a terrorist, extremist, jihadist, militant or
// armed modifier between the count and "groups", in the word itself
// ("Terrorgruppen") or right after it ("groupes terroristes", "جماعات
// إرهابية"), and neither a platform nor a takedown verb in the clause
// ("Telegram blocked 120 terrorist groups" counts chat groups).
func (c *ctx) organisationGroups(i, ue, sent int) bool {
	mil := false
	for k := i + 1; k < ue; k++ {
		if c.militantWord(k) {
			mil = true
		}
	}
	for k := ue; !mil && k < ue+2 && k < len(c.toks) && c.toks[k].sent == sent && c.toks[k].kind == tWord; k++ {
		mil = c.militantWord(k)
	}
	if !mil {
		return false
	}
	// the clause around the count: back to the punctuation before it and
	// on to the punctuation after it
	b := i - 1
	for b >= 0 && c.toks[b].sent == sent && c.toks[b].kind != tPunct {
		b--
	}
	e := ue
	for e < len(c.toks) && c.toks[e].sent == sent && c.toks[e].kind != tPunct {
		e++
	}
	for k := b + 1; k < e; k++ {
		if k >= i && k < ue {
			continue
		}
		t := &c.toks[k]
		if t.kind != tWord {
			continue
		}
		if c.has(k, catPlatform) || hasAnyPrefix(t.f, removalStems) || hasAnyPrefix(t.f, takedownStems) {
			return false
		}
	}
	return true
}

// backArticles are the definite articles and words for "both" that make
// a count of platforms point back to platforms already named.
var backArticles = map[string]bool{
	"the": true, "both": true, "these": true, "les": true, "ces": true, "die": true, "diese": true, "beiden": true, "beide": true,
	"los": true, "las": true, "ambas": true, "ambos": true, "estas": true, "le": true, "entrambe": true, "queste": true, "эти": true, "обе": true,
}

// backPrepArticles are articles joined to a preposition ("sulle due
// piattaforme", "aux deux plateformes"): they point back only before a
// count written as a word, since "la chiusura delle 12 piattaforme" counts.
var backPrepArticles = map[string]bool{
	"sulle": true, "dalle": true, "delle": true, "nelle": true, "alle": true, "aux": true, "des": true,
}

// platformsPointingBack reports whether the count of platforms at token i
// (unit ending at ue) is "the two platforms", "both platforms", "les deux
// plateformes": the platforms named before, not a count of its own. Only
// the article and the number may stand before the unit.
func (c *ctx) platformsPointingBack(i, ue int) bool {
	if ue-i > 2 || i == 0 || c.toks[i-1].sent != c.toks[i].sent {
		return false
	}
	if f := c.toks[i].f; f == "both" || f == "beide" || f == "beiden" || f == "ambas" || f == "ambos" || f == "entrambe" || f == "обе" {
		return true
	}
	if c.toks[i].kind == tNum && i >= 2 && c.toks[i-2].sent == c.toks[i].sent && spreadPreps[c.toks[i-2].f] {
		return false // "831 articles sur les 34 plateformes concernées": the platforms an action reached
	}
	return c.toks[i-1].kind == tWord && (backArticles[c.toks[i-1].f] || backPrepArticles[c.toks[i-1].f] && c.toks[i].kind == tWord)
}

// spreadPreps say where referred or removed items were spread over (folded):
// an article and a count in digits after them count the platforms reached
// ("on the 34 platforms", "sur les 34 plateformes", "auf den 12
// Plattformen"), where "the two platforms" points back.
var spreadPreps = map[string]bool{"on": true, "to": true, "across": true, "sur": true, "vers": true, "auf": true, "an": true, "en": true, "sobre": true, "a": true}

// subjectWords are the nouns of "was the subject of" (folded): "fueron
// objeto de", "ont fait l'objet de", "sono state oggetto di", "waren
// Gegenstand", "стали предметом".
var subjectWords = map[string]bool{"subject": true, "objeto": true, "objet": true, "oggetto": true, "gegenstand": true, "предметом": true}

// subjectOfBetween reports whether "the subject of" stands between the
// count at token i and its unit at us: the unit is what was done about
// the things counted ("12 fueron objeto de solicitud": 12 procedures a
// request was made for), not what is counted.
func (c *ctx) subjectOfBetween(i, us int) bool {
	for k := i + 1; k < us; k++ {
		if c.toks[k].kind == tWord && subjectWords[c.toks[k].f] {
			return true
		}
	}
	return false
}
