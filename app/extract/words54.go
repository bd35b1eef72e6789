package extract

import "strings"

// Words and shapes held-out batch 54 showed missing or misread: an age
// between a count and its unit, a Russian participle phrase between them,
// requests for removal named with their object, shares of revenue written
// before the percentage, counts of sites under investigation and of
// platforms a law applies to.

// addBatch54Words adds the requests batch 54 showed missing: German
// applications for removal ("19 Anträge auf Löschung") and Russian
// applications to courts to declare material extremist or have it blocked
// ("1,1 тысячи заявлений о признании материалов экстремистскими"). The
// bare "Anträge" and "заявлений" stay no unit: they are as often asylum
// or job applications.
func addBatch54Words(l *lexicon) {
	l.add(entry{cat: catUnit, s: "requests"}, "anträge auf löschung|anträgen auf löschung|anträge auf entfernung|anträgen auf entfernung|anträge auf sperrung|anträgen auf sperrung|anträge auf sperre|anträge auf blockierung")
	l.add(entry{cat: catUnit, s: "requests"}, "заявлений о признании|заявления о признании|заявлений о блокировке|заявления о блокировке|заявлений об ограничении|заявления об ограничении|заявлений об удалении|заявления об удалении")
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

// ageAfterCount reports whether the number at i is an age right after a
// count and "under": "just under 5 million under 16 accounts" counts
// accounts, not 16 of them.
func (c *ctx) ageAfterCount(i int) bool {
	p := i - 1
	if p >= 0 && c.isPunct(p, "-") {
		p--
	}
	if p < 1 || !ageWords[c.toks[p].f] || c.toks[p].sent != c.toks[i].sent {
		return false
	}
	b := &c.toks[p-1]
	return b.sent == c.toks[i].sent && (b.kind == tNum || c.has(p-1, catScale)) && c.ageAt(p, b.sent) > 0
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

// revenueBeforeNouns name a company's revenue written before the share of
// it: "Von den jährlichen 160 Milliarden Dollar Werbeeinnahmen Facebooks
// sind 10 Prozent …", "of its ad revenue, 10 percent …".
var revenueBeforeNouns = foldedSet("werbeeinnahmen|einnahmen|werbeumsatz|umsatz|umsatzes|jahresumsatz|revenue|revenues|turnover|ingresos|facturacion|fatturato|ricavi|выручки|выручка|доходов|оборота")

// revenueShareBefore reports whether the percentage at i is a share of a
// revenue named earlier in its clause: a revenue noun stands at most ten
// words before it, past a money amount at most, with no comma between.
func (c *ctx) revenueShareBefore(i, sent int) bool {
	for j := i - 1; j >= 0 && j >= i-10 && c.toks[j].sent == sent; j-- {
		t := &c.toks[j]
		if c.isPunct(j, ",") || c.isPunct(j, ";") || c.isPunct(j, ":") {
			return false
		}
		if t.kind == tWord && (revenueBeforeNouns[t.f] || strings.HasSuffix(t.f, "einnahmen")) {
			return true
		}
	}
	return false
}

// investigationWords, with "into" or its like after them, say the count
// that follows is of what is investigated: "opened 21 investigations into
// the providers of 69 sites and apps", "investigations into 34
// pornography websites".
var (
	investigationWords = foldedSet("investigation|investigations|probe|probes|inquiry|inquiries|ermittlungen|untersuchung|untersuchungen|verfahren|investigacion|investigaciones|indagine|indagini|enquete|enquetes|расследование|расследования|проверки|проверку")
	investigationInto  = foldedSet("into|of|gegen|zu|uber|sobre|contra|su|sur|в")
)

// investigatedCount reports whether the count at i is of sites or
// platforms under investigation: an investigation noun and "into" stand at
// most five words before it, "the providers of" or an article between at
// most, or before the companies that run them (operatedUnderInvestigation).
func (c *ctx) investigatedCount(i, sent int) bool {
	q := c.beforeQualifier(i)
	if c.operatedUnderInvestigation(q, sent) {
		return true
	}
	for j := q - 1; j >= 1 && j >= q-5 && c.toks[j].sent == sent; j-- {
		t := &c.toks[j]
		if t.kind != tWord {
			return false
		}
		if investigationInto[t.f] && investigationWords[c.toks[j-1].f] {
			return true
		}
	}
	return false
}

// investigatedUnit reports whether a unit names what is investigated
// rather than taken down: sites, platforms and companies ("investigations
// into 9,500 pieces of content" are content the regulator took down).
func investigatedUnit(u string) bool {
	return u == "sites" || u == "platforms" || u == "companies" || strings.HasPrefix(u, "sites_and_") || strings.HasPrefix(u, "platforms_and_")
}

// requireVerbs oblige the platforms counted after them: "The law requires
// 10 major platforms … to take “reasonable steps”", "verpflichtet 19
// Plattformen", "obliga a 10 plataformas".
var requireVerbs = foldedSet("requires|require|required|obliges|oblige|obliged|compels|forces|verpflichtet|verpflichten|zwingt|obliga|obligan|exige|obbliga|oblige|обязывает|обязывают|обязал")

// requiredCount reports whether the count at i is of platforms or
// services a rule obliges: a verb of requiring stands right before it ("a"
// after the Spanish verb), past its qualifier.
func (c *ctx) requiredCount(i int, unit string) bool {
	if unit != "platforms" && unit != "companies" && unit != "sites" {
		return false
	}
	q := c.beforeQualifier(i)
	if q >= 1 && (c.toks[q-1].f == "a" || c.toks[q-1].f == "to") {
		q--
	}
	return q >= 1 && c.toks[q-1].sent == c.toks[i].sent && requireVerbs[c.toks[q-1].f]
}

// revenueShare reports whether a percent at i (unit tokens ending at ue)
// is a share of revenue named before or after it, or compared with one:
// "Von den … Werbeeinnahmen Facebooks sind 10 Prozent", "90% de ses
// revenus publicitaires …, contre 70% actuellement".
func (c *ctx) revenueShare(i, ue int, unit string, sent int) bool {
	return unit == "percent" && (c.revenueShareBefore(i, sent) || c.revenueShareAfter(ue, sent) || c.revenueShareCompared(i, sent))
}

// postsWritten reports whether the verb right before a count of posts (past
// its qualifier) is one of making or publishing them: "se realizaron 78
// publicaciones de advertencia", "la polizia ha pubblicato 40 post", "the
// accounts posted 500 messages". The count is what was written, not what
// was taken down.
func (c *ctx) postsWritten(i, sent int) bool {
	k := c.beforeQualifier(i)
	return k > 0 && c.toks[k-1].sent == sent && c.toks[k-1].kind == tWord && postVerbs[c.toks[k-1].f]
}

// postVerbs are the verbs of making or publishing posts (folded).
var postVerbs = foldedSet("realizaron|realizo|realizamos|hicieron|hizo|publicaron|publico|publicamos|pubblicato|pubblicati|pubblicate|pubblicava|pubblicavano|publie|publies|publiees|publiait|publiaient|published|posted|wrote|опубликовали|опубликовал|опубликовала|опубликовано|разместили|разместил|разместила")

// ruDashAt reports whether a dash stands at k in sentence sent.
func (c *ctx) ruDashAt(k, sent int) bool {
	return k >= 0 && k < len(c.toks) && c.toks[k].sent == sent && (c.isPunct(k, "-") || c.isPunct(k, "—") || c.isPunct(k, "–"))
}

// ruElidedCategory returns the figure whose unit a bare count at i carries
// when it ends a Russian list whose noun is left out, a category adjective
// in its place beside a dash: "… 1,4 тысячи единиц суицидального контента
// и 9,7 тысячи - пронаркотического", "112,6 тысячи материалов, а
// суицидальный — 11,1 тысячи". The figure before it in the sentence names
// the things, and the count or its adjective ends the clause. It returns
// the index in c.figs.
func (c *ctx) ruElidedCategory(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 {
		return -1, false
	}
	p := len(c.figs) - 1
	if f := c.figs[p]; f.sent != sent || f.t1 > i || c.claims[f.claim].Unit == "percent" {
		return -1, false
	}
	n := len(c.toks)
	cyrAdj := func(k int) bool {
		return k >= 0 && k < n && c.toks[k].sent == sent && c.toks[k].sc == scCyrillic && ruAdjective(c.toks[k].f)
	}
	// "9,7 тысячи - пронаркотического."
	if c.ruDashAt(end, sent) && cyrAdj(end+1) && c.clauseEndAt(end+2, sent) {
		return p, true
	}
	// "а суицидальный — 11,1 тысячи."
	q := c.beforeQualifier(i)
	if c.ruDashAt(q-1, sent) && cyrAdj(q-2) && q >= 3 && (c.toks[q-3].f == "а" || c.toks[q-3].f == "и") && c.clauseEndAt(end, sent) {
		return p, true
	}
	return -1, false
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

// operateVerbs say a company runs the sites counted after them (folded),
// and jointlyWords may stand between: "four companies that collectively
// operate 34 adult sites".
var (
	operateVerbs = foldedSet("operate|operates|operated|run|runs|own|owns|betreiben|betreibt|betrieben|gestiscono|gestisce|exploitent|exploite|operan|opera|gestionan|gestiona")
	jointlyWords = foldedSet("collectively|together|jointly|between them|gemeinsam|zusammen|insgesamt|ensemble|juntas|insieme")
)

// operatedUnderInvestigation reports whether the count before which q
// stands is of the sites that companies under investigation run: a verb
// of operating stands right before it (past "collectively"), and an
// investigation noun with "into" at most sixteen words before that
// (held-out batch 64: "investigations into the compliance of four
// companies that collectively operate 34 adult sites").
func (c *ctx) operatedUnderInvestigation(q, sent int) bool {
	k := q - 1
	if k >= 0 && jointlyWords[c.toks[k].f] {
		k--
	}
	if k < 1 || c.toks[k].sent != sent || !operateVerbs[c.toks[k].f] {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-16 && c.toks[j].sent == sent; j-- {
		if investigationInto[c.toks[j].f] && investigationWords[c.toks[j-1].f] {
			return true
		}
	}
	return false
}
