package extract

// Words and shapes held-out batch 51 showed missing or misread: government
// demands and orders written with words the lexicon lacked, counts of times
// a government asked, thresholds a law sets written with "threshold" or a
// share of turnover, examples in a rule, and counts whose unit span runs
// over a verb of having, a vague quantifier or "a single".

// addBatch51Words adds the unit words batch 51 showed missing: Spanish
// demands and requirements ("45 demandas del gobierno", "12.500
// requerimientos"), precautionary orders ("12 ordini cautelari"), and the
// German submissions a regulator counts ("fast 900 Eingänge").
func addBatch51Words(l *lexicon) {
	l.add(entry{cat: catUnit, s: "requests"}, "demandas|demanda|requerimientos|requerimiento|ordini cautelari|ordine cautelare|ordenes cautelares|orden cautelar")
	l.add(entry{cat: catUnit, s: "notices"}, "eingange|eingangen")
}

// timesNouns count the times something was done ("en 32 ocasiones", "à 32
// reprises"); multipliers ("tres veces más") are left to timesWords.
var timesNouns = map[string]bool{"ocasiones": true, "occasions": true, "occasioni": true, "reprises": true}

// askStems begin verbs and nouns of asking and ordering (folded).
var askStems = []string{"pidi", "pidier", "solicit", "orden", "request", "asked", "ask", "order", "chies", "richies", "ordin", "demand", "forder", "ersuch", "попрос", "потребова", "reclam"}

// timesUnit reads a count of times after a verb of asking as requests: "las
// organizaciones pidieron hasta en 32 ocasiones a Google que eliminase",
// "España ordenó la retirada de contenidos en 134 ocasiones", "asked Google
// on 32 occasions", "a demandé à 32 reprises". Times with no such verb
// ("bloqueó la web en 3 ocasiones") are no figure: drop says so, and no
// unit is read past the noun ("32 ocasiones a Google -también cuenta").
func (c *ctx) timesUnit(i, k, sent int) (end int, drop bool) {
	if k >= len(c.toks) || c.toks[k].sent != sent || !timesNouns[c.toks[k].f] {
		return 0, false
	}
	for m := i - 1; m >= 0 && c.toks[m].sent == sent; m-- {
		t := &c.toks[m]
		if t.kind == tWord && dataNouns[t.f] {
			return 0, true // "asked for private details of Google users on 7,969 occasions": data, no takedown
		}
		if t.kind == tWord && hasAnyPrefix(t.f, askStems) {
			return k + 1, false
		}
	}
	return 0, true
}

// dataNouns name the user data a government may ask for instead of a
// removal (folded).
var dataNouns = map[string]bool{
	"details": true, "data": true, "information": true, "datos": true, "informacion": true, "informazioni": true, "dati": true,
	"daten": true, "donnees": true, "informations": true, "данные": true, "данных": true,
}

// upToBeforePrep reports whether "up to" stands before the preposition
// right before the count at i: "hasta en 32 ocasiones", "fino a 32 volte".
func (c *ctx) upToBeforePrep(i int) bool {
	return i > 1 && c.toks[i-1].kind == tWord && placeLeadPreps[c.toks[i-1].f] && c.toks[i-2].f == "hasta"
}

// hadUnit reports whether the unit at us, past the number ending at
// aend, is read past a verb of having: "circa 129.000 avevano contenuti"
// counts what they had, not what they are.
func (c *ctx) hadUnit(aend, us int) bool {
	return us > aend && c.toks[us-1].kind == tWord && haveBetween[c.toks[us-1].f]
}

// vagueSpread reports whether a place preposition right after the number
// ending at aend opens a vague quantifier before the unit at us: "dos
// millones en varias plataformas" is a size, no count of platforms.
func (c *ctx) vagueSpread(aend, us int) bool {
	return c.spanHas(aend+1, us, vagueWords) && c.toks[aend].kind == tWord && placeLeadPreps[c.toks[aend].f]
}

// classSize reports whether a count of users or followers at i is the
// size that defines a class: "son aquellos que tienen más de un millón
// de seguidores".
func (c *ctx) classSize(i int, unit string, sent int) bool {
	return (unit == "users" || unit == "followers") && (c.definitionSize(i) || c.relativeSizeGap(c.beforeQualifier(i), sent))
}

// thresholdOf reports whether the count at i follows a word for a threshold
// and "of", whatever it counts: "a threshold of 100 notices", "ab einem
// Schwellenwert von mehr als 100 Beschwerden", "un seuil de 100
// signalements", "un umbral de 100 notificaciones". The users' case was
// read before by userThreshold.
func (c *ctx) thresholdOf(i int) bool {
	q := c.beforeQualifier(i)
	return q >= 2 && c.toks[q-1].sent == c.toks[i].sent && sizeWithWords[c.toks[q-1].f] && thresholdWords[c.toks[q-2].f]
}

// haveBetween are verbs of having a unit walk may not cross when they
// stand right before the unit: the count is of what had the thing, not of
// the thing ("129.000 avevano contenuti di natura terroristica"); an
// auxiliary before a participle ("2435 had made more requests") is no such
// verb.
var haveBetween = map[string]bool{
	"avevano": true, "aveva": true, "hanno": true, "had": true, "have": true, "has": true,
	"tenian": true, "tenia": true, "tienen": true, "hatten": true, "haben": true, "hatte": true,
	"avaient": true, "avait": true, "имели": true, "имеют": true,
}

// vagueWords are quantifiers with no number: a unit after a preposition
// and one of them is not the count's ("dos millones en varias
// plataformas"); right after a number they are adjectives ("35 diverse
// piattaforme", 35 different platforms).
var vagueWords = map[string]bool{
	"varias": true, "varios": true, "several": true, "various": true, "mehreren": true, "verschiedenen": true,
	"plusieurs": true, "diverses": true, "diverse": true, "diversi": true, "vari": true, "varie": true, "несколько": true, "нескольких": true,
}

// spanHas reports whether a word of set stands between the number's end a
// and the unit's start us.
func (c *ctx) spanHas(a, us int, set map[string]bool) bool {
	for j := a; j < us && j < len(c.toks); j++ {
		if c.toks[j].kind == tWord && set[c.toks[j].f] {
			return true
		}
	}
	return false
}

// belongVerbs say whose the counted things were; a unit walk may not
// cross them ("degli oltre 11,1 milioni di account rimossi … 7,26 milioni
// appartenevano ad utenti": accounts that belonged to users).
var belongVerbs = map[string]bool{
	"belonged": true, "belong": true, "belongs": true, "belonging": true,
	"appartenevano": true, "apparteneva": true, "appartengono": true, "appartiene": true, "appartenenti": true,
	"pertenecian": true, "pertenecia": true, "pertenecen": true, "pertenece": true, "pertenecientes": true,
	"appartenaient": true, "appartenait": true, "appartiennent": true, "appartient": true,
	"gehorten": true, "gehorte": true, "gehoren": true, "gehort": true,
	"принадлежали": true, "принадлежат": true, "принадлежащих": true,
}

// belongVerbBefore reports whether a verb of belonging stands right
// before the count at i (past a qualifier), as German writes it: "Von den
// 11,1 Millionen gelöschten Konten gehörten 7,26 Millionen Nutzern unter 13
// Jahren" counts accounts of users, not users.
func (c *ctx) belongVerbBefore(i int) bool {
	q := c.beforeQualifier(i)
	return q > 0 && c.toks[q-1].sent == c.toks[i].sent && belongVerbs[c.toks[q-1].f]
}

// singleWords say "a single": "una sola plataforma", "a single platform",
// "une seule plateforme", "einer einzigen Plattform".
var singleWords = map[string]bool{"sola": true, "solo": true, "single": true, "seule": true, "seul": true, "einzigen": true, "einzige": true, "einziger": true, "singola": true, "unica": true, "unico": true}

// singleUnit reports whether the count at i is "one" read as "a single"
// after a preposition: "en una sola plataforma", "on a single platform",
// "auf einer einzigen Plattform" say where, not how many.
func (c *ctx) singleUnit(i, ue int) bool {
	// the number's words may take "sola" in ("una sola"): look right after "one"
	if i == 0 || i+1 >= ue || !singleWords[c.toks[i+1].f] {
		return false
	}
	return placeLeadPreps[c.toks[i-1].f]
}

// placeLeadPreps may stand before "a single …".
var placeLeadPreps = map[string]bool{"en": true, "on": true, "in": true, "auf": true, "sur": true, "su": true, "dans": true, "across": true, "на": true}

// exampleStarts end the phrase "for example" (folded, with the word before
// them when it has two): "por ejemplo", "for example", "for instance",
// "zum Beispiel", "par exemple", "ad esempio", "per esempio".
var exampleStarts = map[string]string{"ejemplo": "por", "example": "for", "instance": "for", "beispiel": "zum", "exemple": "par", "esempio": "", "beispielsweise": "", "например": ""}

// exampleCount reports whether the count at i is an example in a rule: it
// follows "for example" within a few words, in a sentence that says what
// may be ("una petición puede solicitar la retirada, por ejemplo, de 100
// enlaces", "a request can, for example, name 100 links"). A count after
// "for example" in a report of what was done stays a figure.
func (c *ctx) exampleCount(i, sent int) bool {
	ex := -1
	for m := i - 1; m >= 0 && m >= i-4 && c.toks[m].sent == sent; m-- {
		if prev, ok := exampleStarts[c.toks[m].f]; ok && (prev == "" || m > 0 && c.toks[m-1].f == prev) {
			ex = m
			break
		}
		if c.toks[m].kind == tNum {
			return false
		}
	}
	if ex < 0 {
		return false
	}
	for m := ex - 1; m >= 0 && c.toks[m].sent == sent; m-- {
		if modalWords[c.toks[m].f] || mayWords51[c.toks[m].f] {
			return true
		}
	}
	return false
}

// mayWords51 add the conditional and past modals modalWords lacks.
var mayWords51 = map[string]bool{"podria": true, "podrian": true, "might": true, "konnte": true, "pourrait": true, "potrebbe": true}

// viewsNouns count visits and views, no takedown unit.
var viewsNouns = map[string]bool{
	"accessi": true, "accesos": true, "accesses": true, "visits": true, "visite": true, "visitas": true, "visites": true,
	"views": true, "visualizzazioni": true, "visualizaciones": true, "vues": true, "aufrufe": true, "zugriffe": true, "besuche": true,
	"просмотров": true, "посещений": true,
	"व्यूज": true, "व्यूस": true, "व्यू": true, "व्यूज़": true,
}

// viewsBefore reports whether a noun of visits or views stands a few words
// before the count at i, with no number between: the count is of those
// ("il numero degli accessi che sono stati oltre 43 milioni"), not of the
// unit a count before it named.
func (c *ctx) viewsBefore(i, sent int) bool {
	for m := i - 1; m >= 0 && m >= i-6 && c.toks[m].sent == sent; m-- {
		if c.toks[m].kind == tNum {
			return false
		}
		if viewsNouns[c.toks[m].f] {
			return true
		}
	}
	return false
}

// viewsHaving reports whether a noun of views and a Hindi postposition of
// having stand right after the number (aend is the first word after it)
// and before the unit at us: the count is of the views the unit has ("230
// मिलियन व्यूज वाला चैनल"), not of the unit.
func (c *ctx) viewsHaving(aend, us int) bool {
	return aend+1 < us && viewsNouns[c.toks[aend].f] && hindiHaving[c.toks[aend+1].f]
}

// classPronouns name a class a definition sets: "aquellos que tienen",
// "those that have", "ceux qui ont", "quelli che hanno", "diejenigen, die".
var classPronouns = map[string]bool{"aquellos": true, "aquellas": true, "those": true, "ceux": true, "celles": true, "quelli": true, "quelle": true, "diejenigen": true}

// definitionSize reports whether the users or followers counted at i are
// the size that defines a class: "los usuarios de especial relevancia son
// aquellos que tienen más de un millón de seguidores", "those that have
// more than 1 million followers".
func (c *ctx) definitionSize(i int) bool {
	q := c.beforeQualifier(i)
	if q < 3 || !haveVerbs[c.toks[q-1].f] || !sizeRelatives[c.toks[q-2].f] {
		return false
	}
	return classPronouns[c.toks[q-3].f]
}

// relativeSizeGap reports whether the users counted from q are the size
// of services in a German relative clause with a place between the
// pronoun and the count: "soziale Netzwerke, die im Inland weniger als
// zwei Millionen registrierte Nutzer haben" (relativeSize reads the clause
// with nothing between).
func (c *ctx) relativeSizeGap(q, sent int) bool {
	for r := q - 2; r >= 1 && r >= q-4 && c.toks[r].sent == sent; r-- {
		if c.toks[r].f != "die" || !c.isPunct(r-1, ",") || !placeLeadPreps[c.toks[r+1].f] && c.toks[r+1].f != "im" {
			continue
		}
		if !c.haveAfterUsers(q, sent) {
			return false
		}
		for j := r - 2; j >= 0 && j >= r-5 && c.toks[j].sent == sent; j-- {
			if serviceNouns[c.toks[j].f] {
				return true
			}
		}
		return false
	}
	return false
}

// removalNouns name a removal or a blocking (folded) that removalStems
// does not begin: "la retirada de", "la rimozione di", "le retrait de",
// "die Entfernung von", "demandes de blocage de sites", "Anträge auf
// Sperrung".
var removalNouns = map[string]bool{
	"retirada": true, "desaparicion": true, "eliminacion": true, "supresion": true, "borrado": true,
	"rimozione": true, "cancellazione": true, "eliminazione": true, "oscuramento": true,
	"retrait": true, "suppression": true, "entfernung": true, "loschung": true, "sperrung": true,
	"removal": true, "deletion": true, "takedown": true,
	"blocage": true, "bloqueo": true, "blocco": true,
}

// removalOfBefore reports whether the item noun at j ("elementos",
// "elementi", "éléments", "Elemente") counts things removed: a removal
// noun and "of" stand before its number ("reclamó la desaparición de 156
// elementos", "la rimozione di 156 elementi"), as "items" alone already
// counted content.
func (c *ctx) removalOfBefore(j int) bool {
	sent := c.toks[j].sent
	for m := j - 1; m >= 2 && m >= j-4 && c.toks[m].sent == sent; m-- {
		t := &c.toks[m]
		if t.kind == tNum {
			q := c.beforeQualifier(m) // "de más de 1,5 millones de elementos"
			if q >= 1 && c.toks[q-1].sent == sent && c.toks[q-1].sc == scLatin && (removalVerb(c.toks[q-1].f) || itemRemovalVerbs[c.toks[q-1].f]) {
				return true // "para retirar más de 270.000 elementos de internet"
			}
			return q >= 2 && c.toks[q-1].sent == sent && sizeWithWords[c.toks[q-1].f] && removalNouns[c.toks[q-2].f]
		}
		if t.kind != tWord || !c.has(m, catScale) && !sizeWithWords[t.f] {
			return false // only the scale and its "of" between: "1,5 millones de elementos"
		}
	}
	return false
}

// germanHave are the German forms of "to have" a count opening its clause
// may be followed by, as an auxiliary of the verb at the clause's end
// ("Mit 8.904 Fällen hat die Beschwerdestelle einen neuen Höchststand an
// berechtigten Beschwerden verzeichnet").
var germanHave = map[string]bool{"hat": true, "haben": true, "hatte": true, "hatten": true}

// restatedNow returns the index in c.figs of the figure a bare count at i
// restates as its level now, in a relative clause right after it: "Discord
// had 140 million active users monthly, which is now over 150 million",
// "…, che ora sono oltre 150 milioni", "…, que ahora son más de 150
// millones". The relative, a copula and a word for now stand before the
// count (a qualifier may come between), and the figure is the last one of
// the sentence; -1 if there is none.
func (c *ctx) restatedNow(i, sent int) int {
	q := c.beforeQualifier(i)
	rel, cop, now := -1, false, false
	for r := q - 1; r >= 0 && r >= q-3 && c.toks[r].sent == sent && c.toks[r].kind == tWord; r-- {
		f := c.toks[r].f
		if relativePronouns[f] {
			rel = r
			break
		}
		cop = cop || copulas[f]
		now = now || nowWords[f]
	}
	if rel < 1 || !cop || !now || !c.isPunct(rel-1, ",") {
		return -1
	}
	p := len(c.figs) - 1
	if p < 0 || c.figs[p].sent != sent || c.claims[c.figs[p].claim].Unit == "percent" {
		return -1
	}
	// the figure ends right before the comma, past a word of rate at most
	// ("140 million active users monthly, which")
	if end := c.figs[p].t1; end > rel-1 || end < rel-3 {
		return -1
	}
	return p
}
