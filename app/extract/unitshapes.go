package extract

import "strings"

// Words between a count and its unit, and how the unit search reads
// them: articles, participles and adjectives, counter words, ages, times,
// removal objects and purposes, "or" qualifiers, and the units some
// nouns count only in context.

// listArticles are the Italian articles a verbless tally writes between a
// count and its unit.
var listArticles = map[string]bool{"gli": true, "i": true, "le": true}

// articleUnitParticiple reports whether the Italian article at k, after a
// count, opens the count's unit and a participle, as the tallies of a
// yearly report are written with no verb: "circa 36.000 gli spazi web
// monitorati …, e 250 i contenuti informatici rimossi".
func (c *ctx) articleUnitParticiple(k, sent int) bool {
	if !listArticles[c.toks[k].f] || k+1 >= len(c.toks) || c.toks[k+1].sent != sent {
		return false
	}
	_, e, _ := c.unitAt(k + 1)
	if e <= 0 || e >= len(c.toks) || c.toks[e].sent != sent || c.toks[e].sc != scLatin {
		return false
	}
	return c.participleAt(e)
}

// participleBeforeAdjUnit reports whether the word at j, right after the
// count at k, is a participle with one adjective between it and the unit:
// "8,664 terminated terrorist channels", "300 removed fake accounts". The
// adjective is no unit and no word that ends the count's phrase.
func (c *ctx) participleBeforeAdjUnit(j, k, sent int) bool {
	n := len(c.toks)
	t := &c.toks[j]
	if j != k || t.sc != scLatin || t.kind != tWord || j+2 >= n || c.toks[j+2].sent != sent {
		return false
	}
	// right after the count a word that can report a speaker is the
	// participle too: "24,119,797 reported pirate links"
	if !(strings.HasSuffix(t.f, "ed") || strings.HasSuffix(t.f, "ing")) || c.has(j, catBlock) || c.has(j, catAttrAfter) && !strings.HasSuffix(t.f, "ed") {
		return false
	}
	a := &c.toks[j+1]
	if a.sc != scLatin || a.kind != tWord || c.isBlocker(j+1) || c.has(j+1, catNum) {
		return false
	}
	if _, e, _ := c.unitAt(j + 1); e > 0 {
		return false
	}
	u, e, _ := c.unitAt(j + 2)
	return e > 0 && u != "percent"
}

// changeToAuf reports whether "auf" at k is the "to" of a German change
// "von N auf M" ("von drei auf neun Prozent", "von 3 auf 9 Prozent"): the
// two numbers share the unit after the second, as "from 3 to 9 percent"
// does. A bare "auf" after a number ("3 auf 10 Konten" one in three) is
// no such join.
func (c *ctx) changeToAuf(k, sent int) bool {
	if k < 2 || c.toks[k].f != "auf" {
		return false
	}
	for m := k - 2; m >= 0 && m >= k-3; m-- {
		if c.toks[m].sent != sent {
			return false
		}
		if c.toks[m].f == "von" && (c.toks[m+1].kind == tNum || c.startsNumberWordNoArticle(m+1)) {
			return true
		}
	}
	return false
}

// arAdjectiveAt reports whether the word at j is an Arabic relative
// adjective (nisba) after a unit: "موقعًا إلكترونيًّا", "حساب وهمي",
// "حسابات وهمية"; a participle ("قناة متطرفة"), a relative pronoun and any
// unit are no such adjective.
func (c *ctx) arAdjectiveAt(j, sent int) bool {
	if j >= len(c.toks) || c.toks[j].sent != sent || c.toks[j].kind != tWord || c.toks[j].sc != scArabic {
		return false
	}
	if u, e, _ := c.unitAt(j); e > j && u != "" {
		return false
	}
	f := c.toks[j].f
	if f == "التي" || f == "الذي" || f == "اللتي" {
		return false // a relative pronoun opens a clause
	}
	if arWebWords[f] {
		return true // "497 موقع وب على الأقل": a web site
	}
	return len([]rune(f)) >= 4 && (strings.HasSuffix(f, "يا") || strings.HasSuffix(f, "ية") || strings.HasSuffix(f, "يه") || strings.HasSuffix(f, "ي"))
}

// arWebWords make a site noun a web site: "موقع ويب", "موقع وب", "مواقع الويب".
var arWebWords = foldedSet("ويب|وب|الويب")

// counterWords count pieces of whatever the clause names: "шт." (штук),
// "единиц", "Stück".
var counterWords = foldedSet("шт|штук|штуки|единиц|единицы|ед|stuck|stueck")

// counterWordAt returns the token after a counter word at k, and its full
// stop ("93 000 шт."), or k.
func (c *ctx) counterWordAt(k, sent int) int {
	if k >= len(c.toks) || c.toks[k].sent != sent || c.toks[k].kind != tWord || !counterWords[c.toks[k].f] {
		return k
	}
	if k+1 < len(c.toks) && c.isPunct(k+1, ".") && !c.toks[k+1].sp && c.toks[k+1].sent == sent {
		return k + 2
	}
	return k + 1
}

// timesNouns count the times something was done ("en 32 ocasiones", "à 32
// reprises"); multipliers ("tres veces más") are left to timesWords.
// Hindi "बार" and "दफा" count times as well: "30 करोड़ से अधिक बार देखे
// गए" (watched more than 300 million times) counts views, not what the
// clause named before it (held-out batch 90).
var timesNouns = map[string]bool{"ocasiones": true, "occasions": true, "occasioni": true, "reprises": true, "बार": true, "दफा": true, "दफ़ा": true}

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

// takedownInClause reports whether a verb of removing, blocking or
// reporting stands in the clause from k on (at most eight words, up to a
// comma or a number): "1.733 Elemente den betroffenen Dienstleistern
// gemeldet" counts items referred, "die Datenbank umfasst 1.500 Elemente"
// counts none.
func (c *ctx) takedownInClause(k, sent int) bool {
	for m := k; m < len(c.toks) && m < k+8 && c.toks[m].sent == sent; m++ {
		t := &c.toks[m]
		if t.kind == tNum || t.kind == tPunct && (t.f == "," || t.f == ";" || t.f == ".") {
			return false
		}
		if t.kind == tWord && t.sc == scLatin && (takedownVerb(t.f) || removalVerb(t.f)) {
			return true
		}
	}
	return false
}

// dataNouns name the user data a government may ask for instead of a
// removal (folded).
var dataNouns = map[string]bool{
	"details": true, "data": true, "information": true, "datos": true, "informacion": true, "informazioni": true, "dati": true,
	"daten": true, "donnees": true, "informations": true, "данные": true, "данных": true,
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

// addressNouns are the bare plural words for addresses (folded). With a
// removal and "of" before their number, or a verb of removing, they count
// the web addresses taken down ("la eliminación de 10.000 direcciones",
// "le retrait de 1 200 adresses"); elsewhere they are postal addresses.
var addressNouns = foldedSet("direcciones|adresses|indirizzi")

// noticeNouns are words for a notice or a flag that also mean a warning
// (folded): "avisos" counts notices only after a verb of making, sending
// or receiving them ("realizaron 9 millones de avisos"), not the weather
// warnings a service issues ("activó 12 avisos amarillos").
var noticeNouns = foldedSet("avisos")

// noticeSendVerbs make, send, file or receive notices (folded).
var noticeSendVerbs = foldedSet("realizaron|realizo|realizado|realizan|realiza|enviaron|envio|enviado|envian|envia|" +
	"recibio|recibieron|recibido|recibe|reciben|presentaron|presento|presentado|presentan|formularon|formulo|formulado|" +
	"tramito|tramitaron|tramitado|gestiono|gestionaron|gestionado")

// wordBeforeCountIn reports whether the word before the count of the unit
// noun at j, past the count's scale, its "of" and a qualifier before it,
// is in set: "realizaron más de 9 millones de avisos".
func (c *ctx) wordBeforeCountIn(j int, set map[string]bool) bool {
	sent := c.toks[j].sent
	for m := j - 1; m >= 1 && m >= j-4 && c.toks[m].sent == sent; m-- {
		t := &c.toks[m]
		if t.kind == tNum {
			q := c.beforeQualifier(m)
			return q >= 1 && c.toks[q-1].sent == sent && set[c.toks[q-1].f]
		}
		if t.kind != tWord || !c.has(m, catScale) && !sizeWithWords[t.f] {
			return false
		}
	}
	return false
}

// orWords are the words of "or" (folded): they open a qualifier written
// between a count and its unit ("5 or more IP addresses", "cinque o meno
// indirizzi IP", "5 oder weniger Konten") and join two counts as
// alternatives ("275 тысяч или 7 миллионов", altOf).
var orWords = foldedSet("or|ou|oder|o|или|او")

// orQualAt returns the qualifier joined by "or" right after a count at k
// and the token after it, when a unit follows ("5 or fewer IP addresses",
// "cinque o più indirizzi IP"), or "" and k.
func (c *ctx) orQualAt(k, sent int) (string, int) {
	if k >= len(c.toks) || c.toks[k].sent != sent || !orWords[c.toks[k].f] {
		return "", k
	}
	h, e := c.find(k, catQualAfter, 0)
	if e <= 0 || e >= len(c.toks) || c.toks[e].sent != sent {
		return "", k
	}
	if _, _, _, ok := c.findUnit(e, sent, false); !ok {
		return "", k
	}
	return h.e.s, e
}

// joinedIngAdjectives reports whether the -ing or -ed word at j is the
// first of two adjectives joined by "and" or "or" right before a unit:
// "242 illegal betting and gaming websites", "300 phishing or scamming
// sites". A takedown verb ("blocked and removed") is no such adjective.
func (c *ctx) joinedIngAdjectives(j, sent int) bool {
	n := len(c.toks)
	t := &c.toks[j]
	if t.sc != scLatin || !(strings.HasSuffix(t.f, "ing") || strings.HasSuffix(t.f, "ed")) || c.has(j, catBlock) || j+3 >= n {
		return false
	}
	join, next := &c.toks[j+1], &c.toks[j+2]
	if join.sent != sent || next.sent != sent || (join.f != "and" && join.f != "or") || next.kind != tWord || next.sc != scLatin || c.has(j+2, catBlock) {
		return false
	}
	if _, e, _ := c.unitAt(j + 2); e > 0 {
		return false // "betting and websites": the second is a unit itself
	}
	_, e, _ := c.unitAt(j + 3)
	return e > 0 && c.toks[j+3].sent == sent
}

// purposeLinks join a noun to the removal it asks for: "requests to
// block sites", "запросов о блокировке сайтов", "demandes de blocage de
// sites", "Anträge auf Sperrung von Seiten".
var purposeLinks = foldedSet("to|for|of|the|о|об|на|de|du|des|d|auf|zur|zum|von|der|di|del|per|la|el|los|las")

// removalObject reports whether the unit noun at j is the object of a
// removal that a noun before it asks for ("712 запросов о блокировке
// сайтов, и 404 из них", "712 requests to block sites, and 404 of them"):
// a word of removing stands right before it, past "of" or "the", and a
// unit noun stands before that. "Of them" counts that first noun, the
// requests, not the sites to be blocked.
func (c *ctx) removalObject(j int) bool {
	sent := c.toks[j].sent
	r := j - 1
	for r > 0 && j-r < 3 && c.toks[r].sent == sent && purposeLinks[c.toks[r].f] {
		r--
	}
	if r < 1 || c.toks[r].sent != sent || !hasAnyPrefix(c.toks[r].f, removalStems) && !removalNouns[c.toks[r].f] {
		return false
	}
	for m := r - 1; m >= 0 && m >= r-3 && c.toks[m].sent == sent; m-- {
		if _, e, _ := c.unitAt(m); e > 0 && e <= r {
			return true
		}
		if !purposeLinks[c.toks[m].f] {
			return false
		}
	}
	return false
}

// networksAsAccounts reports whether a count of platforms written at us
// is too large to count networks and counts accounts on them: at least a
// thousand, with accounts named before it in the sentence ("pour les
// comptes réseaux sociaux récupérés …, il y a eu 3607 et 1583 réseaux
// sociaux supprimés"). No country counts social networks in thousands.
func (c *ctx) networksAsAccounts(v float64, us, sent int) bool {
	if v < 1000 {
		return false
	}
	for j := us - 1; j >= 0 && j >= us-30 && c.toks[j].sent == sent; j-- {
		if u, e, _ := c.unitAt(j); e > 0 && e <= us && u == "accounts" {
			return true
		}
	}
	return false
}

// purposeBefore reports whether a unit noun, a purpose word (unitspan.go)
// and a verb of blocking stand between tokens a and b ("demandes pour
// restreindre", "requests to remove"), so that a count after a verb of amounting counts
// the subject noun before the purpose, not the object of its verb (held-out
// batch 53: "les différentes demandes pour restreindre l’accès à des
// contenus pédopornographiques se montaient à quelque 118 000").
func (c *ctx) purposeBefore(a, b int) bool {
	for m := a; m < b && m+1 < len(c.toks); m++ {
		if m > 0 && purposeWords[c.toks[m].f] && c.has(m-1, catUnit) && c.blockingVerbAt(m+1) {
			return true
		}
	}
	return false
}

// itemRemovalVerbs are verbs of removal that the removal stems do not
// begin, right before a count of items: "ha dovuto rimuovere 156
// elementi", "156 Elemente entfernen".
var itemRemovalVerbs = foldedSet("rimuovere|rimuove|rimuovono|rimuovendo|togliere|borrar|suprimir|quitar|effacer|entfernen|loschen")

// ageWords stand before an age written between a count and its unit:
// "5 million under 16 accounts", "4.7 million under-16 accounts".
var ageWords = foldedSet("under|unter")

// ageAt returns where the unit search goes on when an age stands at j
// right after a count: "under" (or "unter"), a hyphen at most, and a
// number no higher than 21 that is not itself followed by a scale ("5
// million under 16 accounts", "under-16 accounts"); or -1.
func (c *ctx) ageAt(j, sent int) int {
	n := len(c.toks)
	if j >= n || !ageWords[c.toks[j].f] {
		return -1
	}
	m := j + 1
	if m < n && c.isPunct(m, "-") {
		m++
	}
	if m >= n || c.toks[m].sent != sent || c.toks[m].kind != tNum {
		return -1
	}
	v, ok := smallInt(c.rs[c.toks[m].s:c.toks[m].e])
	if !ok || v < 10 || v > 21 {
		return -1
	}
	if m+1 < n && c.has(m+1, catScale) {
		return -1 // "under 16 million accounts": a qualifier and a count
	}
	return m + 1
}

// smallInt reads a number of at most two digits.
func smallInt(rs []rune) (int, bool) {
	if len(rs) == 0 || len(rs) > 2 {
		return 0, false
	}
	v := 0
	for _, r := range rs {
		if r < '0' || r > '9' {
			return 0, false
		}
		v = v*10 + int(r-'0')
	}
	return v, true
}

// ruParticipleEnds end the Russian active and passive participles in the
// genitive plural, which open a phrase between a count and its unit: "53
// тыс. используемых для кражи данных и денег сайтов", "7,8 тысячи
// принадлежащих им интернет-ресурсов".
var ruParticipleEnds = []string{"ющих", "ящих", "ащих", "щих", "емых", "имых", "вших"}

// ruParticiplePhraseEnd returns the unit after a Russian participle phrase
// (a participle of belonging too: "7,8 тысячи принадлежащих им
// интернет-ресурсов" counts the resources, whoever owns them)
// opening at j, right after a count: the participle, then at most six
// words (no punctuation, number or verb), then a unit; or -1.
func (c *ctx) ruParticiplePhraseEnd(j, sent int) int {
	n := len(c.toks)
	t := &c.toks[j]
	if t.sc != scCyrillic || !hasAnySuffix(t.f, ruParticipleEnds) {
		return -1
	}
	if _, e, _ := c.unitAt(j); e > 0 {
		return -1
	}
	head := -1
	for m := j + 1; m < n && m <= j+7 && c.toks[m].sent == sent; m++ {
		w := &c.toks[m]
		if w.kind != tWord {
			if c.isPunct(m, "-") && !w.sp {
				continue // "интернет-ресурсов"
			}
			break
		}
		if w.sc == scCyrillic && ruVerbEnd(w.f) {
			break
		}
		if u, e, _ := c.unitAt(m); e > 0 {
			if head >= 0 && (c.toks[m-1].f == "и" || c.toks[m-1].f == "или") {
				break // "сайтов и каналов": the pair is read from the first
			}
			if u == "percent" {
				return -1
			}
			// the phrase's own object comes before its head: "120
			// распространяющих фейки каналов" counts channels
			head = m
			m = e - 1
		}
	}
	return head
}

// ruTopicAdjective reports whether a Russian word is an adjective of a
// topic in the genitive plural ("тематических", "экстремистских"), which
// may stand before the second unit joined to a first ("400 материалов и
// тематических каналов"); words of relation ("связанных", "других") say
// the second things go with the first and are not counted with them.
func ruTopicAdjective(f string) bool {
	return strings.HasSuffix(f, "ских") && len(f) > 6
}

func hasAnySuffix(f string, sufs []string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(f, s) && len(f) > len(s)+2 {
			return true
		}
	}
	return false
}

// esBajaParticiples are the participles of the Spanish "dar de baja", to
// take down: "51 han sido dadas de baja".
var esBajaParticiples = foldedSet("dadas|dados|dada|dado")

// esDeBajaAt returns the end of "dadas de baja" at j, or -1.
func (c *ctx) esDeBajaAt(j, sent int) int {
	if j+2 < len(c.toks) && c.toks[j+2].sent == sent && esBajaParticiples[c.toks[j].f] && c.toks[j+1].f == "de" && c.toks[j+2].f == "baja" {
		return j + 3
	}
	return -1
}

// changeJoinWords join a change in percent to the verb that gives the
// count it ends at: "сократился на 6% и составил 32,2 тысячи единиц",
// "fell by 6% and reached 32,200".
var changeJoinWords = foldedSet("и|and|et|und|y|e")

// domainSeiten reports whether German "Seiten" at us counts web sites, not a
// platform's pages: its sentence speaks of domains or DNS ("Rechnet man
// Sub-Domains zusammen, waren … 122 Seiten … gesperrt") or of an access
// provider, whose blocks are of sites ("o2 … sperrt … noch sieben Seiten"),
// or of a blocklist, which lists sites' domains ("die ESBK … 33 Seiten in
// ihren Sperrlisten ergänzt"). Elsewhere "gesperrte Seiten" keeps pages,
// as the set reads them.
func (c *ctx) domainSeiten(us, sent int) bool {
	if us < 0 || us >= len(c.toks) || c.toks[us].f != "seiten" {
		return false
	}
	b := us
	for b > 0 && c.toks[b-1].sent == sent {
		b--
	}
	for k := b; k < len(c.toks) && c.toks[k].sent == sent; k++ {
		if c.toks[k].kind != tWord {
			continue
		}
		f := c.toks[k].f
		if strings.Contains(f, "domain") || f == "dns" || strings.HasPrefix(f, "netzsperre") || deAccessProviders[f] ||
			strings.HasSuffix(f, "zugangsanbieter") || strings.HasPrefix(f, "internetanbieter") || strings.HasPrefix(f, "provider") ||
			strings.HasPrefix(f, "sperrliste") || strings.HasPrefix(f, "blockliste") {
			return true
		}
		if f == "o" && k+1 < len(c.toks) && c.toks[k+1].s == c.toks[k].e && strings.EqualFold(string(c.rs[c.toks[k].s:c.toks[k+1].e]), "o2") {
			return true // "o2", split into a letter and a digit
		}
	}
	return false
}

// deAccessProviders are German access providers named in blocking news,
// folded: their blocks are DNS blocks of sites.
var deAccessProviders = map[string]bool{"telekom": true, "vodafone": true, "versatel": true, "telefonica": true}

// arabicLamPhrase reports whether the word at k is a phrase of "for"
// written with the clitic لـ on its noun ("و92 لأفراد", "للأفراد"), which
// says whom a bare count is for, as prepFollow's "for" and "pour" do.
func (c *ctx) arabicLamPhrase(k int) bool {
	if k >= len(c.toks) || c.toks[k].kind != tWord || c.toks[k].sc != scArabic {
		return false
	}
	w := []rune(c.toks[k].f)
	return len(w) >= 4 && w[0] == 'ل' && !arLamStems[c.toks[k].f] && !c.has(k, catUnit)
}

// arLamStems are Arabic words that begin with ل of their own, no clitic.
var arLamStems = map[string]bool{"لكن": true, "لقد": true, "لبنان": true, "لكل": true, "لدي": true, "لدى": true, "لاحقا": true, "لمده": true, "لمدة": true}

// arStreamWords are the Arabic broadcast nouns right after a count, a
// live stream each: "19 مليون بث", "587246 بثًا مباشرًا".
var arStreamWords = foldedSet("بث|بثا")

// arStreamRemovals begin the Arabic verbs and nouns of removing that make
// such broadcasts a count of removed streams ("إزالة أكثر من 19 مليون بث
// مباشر", "التي تم حذفها … والتي تجاوزت 19 مليون بث"); arStreamOthers
// begin those of stopping or banning, after which the set reads live
// streams as no figure ("وأوقفت 587 ألف بث مباشر").
var (
	arStreamRemovals = []string{"حذف", "بحذف", "يحذف", "تحذف", "محذوف", "المحذوف", "ازال", "بازال", "يزيل", "تزيل"}
	arStreamOthers   = []string{"اوقف", "ايقاف", "بايقاف", "يوقف", "توقف", "حظر", "بحظر", "يحظر", "تحظر", "حجب", "اغلق", "اغلاق", "تعطيل"}
)

// arStreamAt returns the end of a bare Arabic broadcast noun at j counted
// as streams, past "مباشر", or 0: a count must stand right before it and
// the nearest verb or noun of taking down before it in the sentence must
// be one of removing.
func (c *ctx) arStreamAt(j int) int {
	t := &c.toks[j]
	if t.kind != tWord || t.sc != scArabic || !arStreamWords[t.f] || j == 0 || c.toks[j-1].sent != t.sent ||
		c.toks[j-1].kind != tNum && !c.has(j-1, catScale) {
		return 0
	}
	for m := j - 2; m >= 0 && c.toks[m].sent == t.sent; m-- {
		if c.toks[m].kind != tWord || c.toks[m].sc != scArabic {
			continue
		}
		w := c.toks[m].f
		if len(w) > 6 && strings.HasPrefix(w, "و") {
			w = w[len("و"):] // "وأوقفت", "وإيقاف"
		}
		if hasAnyPrefix(w, arStreamOthers) {
			return 0
		}
		if hasAnyPrefix(w, arStreamRemovals) {
			e := j + 1
			if e < len(c.toks) && c.toks[e].sent == t.sent && (c.toks[e].f == "مباشر" || c.toks[e].f == "مباشرا") {
				e++
			}
			return e
		}
	}
	return 0
}

// unitJoinEnd returns the token after the word that joins the unit ending
// at ue (unit) to a second one (a word of catJoin, or a word for "or" right
// before another unit noun: "769,870 sites or pages", "1.200 siti o
// pagine", read as one compound unit as "sites and pages" is), or -1.
func (c *ctx) unitJoinEnd(unit string, ue, sent int) int {
	pt := c.platformTail(ue, sent)
	if _, ej := c.find(pt, catJoin, 0); ej > 0 {
		return ej
	}
	n := len(c.toks)
	if pt+1 < n && c.toks[pt].sent == sent && c.toks[pt].kind == tWord && orWords[c.toks[pt].f] {
		j := pt + 1
		if m := c.unitModifiersEnd(j, sent); m > j {
			j = m
		}
		if j+1 < n && c.toks[j].f == "web" {
			j++ // "websites or web pages"
		}
		// content is a mass noun, no second counted unit: "10 091 contenus ou
		// sites" counts content items
		if u2, e2, _ := c.unitAt(j); e2 > 0 && u2 != "content_items" && unit != "content_items" {
			return j
		}
	}
	return -1
}

// priorPeriodWords name the earlier period a bracketed comparison gives
// its figure for, as a year does: "(Vorjahr: 7.639)".
var priorPeriodWords = map[string]bool{"vorjahr": true, "vorjahreszeitraum": true, "vormonat": true, "vorquartal": true}

// comparisonBracketEnd returns the index of the ")" closing the bracket
// opened at j when it holds only an earlier period's figure, written as
// reports put it between a count and its noun: "5.951 (2017: 5.977)
// Hinweise", "6.821 (Vorjahr: 7.639) Hinweise"; -1 otherwise. The count
// before it and the one inside both count the noun after it.
func (c *ctx) comparisonBracketEnd(j int) int {
	n := len(c.toks)
	if j+4 >= n || !c.isPunct(j, "(") || !c.isPunct(j+2, ":") || !c.isPunct(j+4, ")") {
		return -1
	}
	sent := c.toks[j].sent
	if c.toks[j+4].sent != sent {
		return -1
	}
	if !c.isYearToken(j+1) && !priorPeriodWords[c.toks[j+1].f] {
		return -1
	}
	if v := &c.toks[j+3]; v.kind != tNum || c.isYearToken(j+3) {
		return -1
	}
	return j + 4
}
