package extract

import "strings"

// Counts that are no takedown figure: sizes, thresholds, ranks, ages,
// examples, views, what a subject owns or a database holds, platforms a
// law obliges, sites under investigation, and the like.

// rankWords name a place in a ranking: "ranked 161st", "la 161e place",
// "Platz 161", "el puesto 161", "al 161° posto", "на 161-м месте", "في
// المرتبة 161", "161वें स्थान".
var rankWords = foldedSet("rank|ranked|ranks|ranking|place|placed|position|classee|classe|classement|rang|platz|rang|rangliste|puesto|lugar|posicion|clasificada|clasificado|posto|posizione|classificata|classificato|classifica|место|месте|места|позиции|المرتبة|مرتبة|الترتيب|المركز|स्थान|रैंक|पायदान")

// rankOutOfWords stand right before the size of a ranking: "out of 180
// countries", "sur 180 pays", "von 180 Ländern", "de 180 países", "su 180
// paesi", "из 180 стран", "среди 180 стран", "من بين 180 بلدا".
var rankOutOfWords = foldedSet("of|sur|von|de|su|из|среди|بين|من")

// rankOutOf reports whether the count at i is the size of a ranking, not
// a number of countries acting or acted on: a preposition of rankOutOfWords
// stands right before it (or Hindi "में से" right after its unit), and a
// rank word stands in its clause before ("في المرتبة 161 من بين 180 بلدا",
// "ranked 161st out of 180 countries", "classée 161e sur 180 pays").
// "Requests came from 180 countries" names no rank and stays a figure.
func (c *ctx) rankOutOf(i, ue, sent int) bool {
	out := i > 0 && c.toks[i-1].sent == sent && rankOutOfWords[c.toks[i-1].f]
	if !out && ue+1 < len(c.toks) && c.toks[ue].f == "में" && c.toks[ue+1].f == "से" {
		out = true
	}
	if !out {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-8 && c.toks[j].sent == sent; j-- {
		if c.isPunct(j, ";") || c.isPunct(j, ".") {
			return false
		}
		if c.toks[j].kind == tWord && rankWords[c.toks[j].f] {
			return true
		}
	}
	// Hindi puts the rank after: "180 देशों में से 161वें स्थान पर"
	for j := ue; j < len(c.toks) && j < ue+6 && c.toks[j].sent == sent; j++ {
		if c.toks[j].kind == tWord && rankWords[c.toks[j].f] {
			return true
		}
	}
	return false
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

// usersOfLawClass reports whether the users counted at i (their words
// ending at ue) are the size a relative clause on services gives them:
// "Plattformen …, die … über … Nutzern (100.000 Personen) verfügen".
func (c *ctx) usersOfLawClass(i, ue int, unit string, sent int) bool {
	return unit == "users" && c.relativeHaveSize(i, ue, sent)
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
		if modalWords[c.toks[m].f] || pastModalWords[c.toks[m].f] {
			return true
		}
	}
	return false
}

// pastModalWords add the conditional and past modals modalWords lacks.
var pastModalWords = map[string]bool{"podria": true, "podrian": true, "might": true, "konnte": true, "pourrait": true, "potrebbe": true}

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

// hiAccordingTo are the Hindi postpositions of "according to" after a
// noun and "के": "एक रिपोर्ट के अनुसार", "एक रिपोर्ट के मुताबिक".
var hiAccordingTo = foldedSet("अनुसार|मुताबिक|मुताबिक़|हवाले")

// hiOneSource reports whether the count at i is the Hindi "one" of a
// source cited ("एक रिपोर्ट के अनुसार", "according to a report"): the
// word for one, a noun, "के" and "according to" follow. The report is
// where the figures come from, not a notice counted.
func (c *ctx) hiOneSource(i, ue, sent int) bool {
	if c.toks[i].kind != tWord || c.toks[i].f != "एक" || ue+1 >= len(c.toks) {
		return false
	}
	return c.toks[ue].sent == sent && c.toks[ue].f == "के" && c.toks[ue+1].sent == sent && hiAccordingTo[c.toks[ue+1].f]
}

// arMemberForms are the forms of منخرط (a member; in Moroccan usage also
// one who follows an account), folded.
var arMemberForms = foldedSet("منخرط|منخرطا|منخرطين|منخرطون")

// arMembersOfBody reports whether the followers counted as منخرط, their
// unit ending at ue, are members of a body named after في: "12 منخرطا في
// خلية إرهابية" (12 members of a terrorist cell) are people, no
// followers. After في a platform's own noun or name keeps them followers
// ("300 ألف منخرط في صفحة الأمن", "في فيسبوك"), as does no في at all
// ("مليون و127 ألف و944 منخرط").
func (c *ctx) arMembersOfBody(ue, sent int) bool {
	if ue < 1 || ue+1 >= len(c.toks) || !arMemberForms[c.toks[ue-1].f] || c.toks[ue].sent != sent || c.toks[ue].f != "في" {
		return false
	}
	if _, e, _ := c.unitAt(ue + 1); e > 0 {
		return false
	}
	_, e := c.find(ue+1, catPlatform, 2)
	return e <= 0 // "ألف منخرط في فيسبوك": a platform's name, followers
}

// supplyNouns name what a channel of supply carries or does, folded:
// "каналов поставки наркотиков" (drug supply channels), "smuggling
// channels" routes, not channels of a
// platform.
var supplyNouns = foldedSet("поставки|поставок|контрабанды|ввоза|supply|smuggling|approvisionnement|contrebande|suministro|contrabando|rifornimento|contrabbando|التهريب|تهريب|الامداد|امداد|आपूर्ति|तस्करी")

// supplyChannels reports whether the count's unit, from us to ue, names
// something other than what a platform takes down by the noun written with
// it: channels of supply, routes rather than a platform's channels, with a
// supply noun right after the unit (Russian, the Romance languages, Arabic:
// "29 каналов поставки наркотиков") or right before it (English: "29 drug
// supply channels"); and requests for accreditation, which ask to join a
// system, not to remove anything (held-out batch 53: "ci sono state 314
// richieste di accreditamento", "314 requests for accreditation").
func (c *ctx) supplyChannels(i, us, ue, sent int, unit string) bool {
	nouns := supplyNouns
	if unit == "requests" {
		nouns = accreditationNouns
	}
	n := len(c.toks)
	supply := ue < n && c.toks[ue].sent == sent && nouns[c.toks[ue].f]
	if !supply && ue+1 < n && c.toks[ue+1].sent == sent && nouns[c.toks[ue+1].f] {
		switch c.toks[ue].f {
		case "de", "di", "of", "d", "du", "for", "fur", "на", "для":
			supply = true // "canales de suministro", "canali di rifornimento", "requests for accreditation"
		}
	}
	for j := us - 1; !supply && j > i && j >= us-2; j-- {
		supply = nouns[c.toks[j].f]
	}
	if !supply {
		return false
	}
	if unit == "requests" {
		return true
	}
	for j := i - 10; j < ue+10 && j < n; j++ {
		if j >= 0 && c.toks[j].sent == sent && c.has(j, catPlatform) {
			return false // "29 Telegram-каналов поставки …": a platform's channels
		}
	}
	return true
}

// accreditationNouns name the admission a request asks for, folded:
// "richieste di accreditamento", "requests for accreditation",
// "solicitudes de acreditación", "Anträge auf Akkreditierung", "заявок на
// аккредитацию", "طلبات الاعتماد". (The French elided "demandes
// d’accréditation" is not reached yet.)
var accreditationNouns = foldedSet("accreditamento|accreditamenti|accreditation|accreditations|acreditacion|akkreditierung|аккредитацию|аккредитации|الاعتماد|اعتماد|registration|registrazione|registro|registrierung|enregistrement|inscription|inscripcion")

// onboardWords say platforms were brought onto a portal or system, folded:
// "118 से ज्यादा ऑनलाइन प्लेटफॉर्म्स को पोर्टल पर ऑनबोर्ड किया जा चुका है",
// "more than 118 platforms have been onboarded".
var onboardWords = foldedSet("ऑनबोर्ड|onboarded|onboard|onboarding")

// platformRecipient reports whether the count of platforms whose unit
// ends at ue names platforms brought onto a portal or system, not
// platforms blocked or sent anything (held-out batch 53): a word of
// onboarding follows in its clause ("118 से ज्यादा ऑनलाइन प्लेटफॉर्म्स को
// पोर्टल पर ऑनबोर्ड किया जा चुका है", "118 platforms have been onboarded").
// Platforms that orders or referrals went to stay a figure, as the set has
// them ("349 removal orders to 14 platforms", "831 articoli a 34
// piattaforme").
func (c *ctx) platformRecipient(ue, sent int) bool {
	for j := ue; j < len(c.toks) && j < ue+8 && c.toks[j].sent == sent; j++ {
		if onboardWords[c.toks[j].f] {
			return true
		}
		if c.toks[j].kind == tPunct && j > ue {
			break
		}
	}
	return false
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
	if c.scrutinyVerbBefore(q, sent) {
		return true // "investigated 69 platforms", "mettre en demeure cinq sites"
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

// scrutinyVerbs, right before a count of sites or platforms (past "a" or
// "to"), say a regulator investigated or warned them, none taken down:
// "investigated 69 platforms", "investigó a 25 plataformas", "warned 30
// sites", "ha diffidato 10 siti" (held-out batch 76).
var scrutinyVerbs = foldedSet("investigated|investigating|investigates|investigate|probed|probing|warned|warns|cautioned|investigo|investigaron|investiga|investigan|investigando|indagato|indaga|indagano|diffidato|diffidati|ammonito|ammoniti|untersuchte|расследует|расследовал|расследовала|предупредил|предупредила|предупредили")

// scrutinyAfter, closing a German clause after its unit, say the same:
// "hat 14 Plattformen abgemahnt", "12 Seiten verwarnt".
var scrutinyAfter = foldedSet("abgemahnt|verwarnt|ermahnt|untersucht")

// hiInquiry is the Hindi inquiry, hiInquiryAfter what makes it one under
// way ("जांच के दायरे में", "जांच जारी है", "जांच चल रही है");
// underScrutiny follows an English "under".
var (
	hiInquiry      = foldedSet("जांच|जाँच")
	hiInquiryAfter = foldedSet("दायरे|जारी|चल")
	underScrutiny  = foldedSet("scrutiny|scanner|watch|review")
)

// scrutinyVerbBefore reports whether the count starting at q is the object
// of a verb of investigating or warning: one of scrutinyVerbs right before
// it, or the French "en demeure" of a formal notice ("mettre en demeure
// cinq sites", "a mis en demeure 17 sites").
func (c *ctx) scrutinyVerbBefore(q, sent int) bool {
	k := q - 1
	if k >= 0 && c.toks[k].sent == sent && (c.toks[k].f == "a" || c.toks[k].f == "to") {
		k-- // "investigó a 25 plataformas"
	}
	if k < 0 || c.toks[k].sent != sent || c.toks[k].kind != tWord {
		return false
	}
	if scrutinyVerbs[c.toks[k].f] {
		return true
	}
	return c.toks[k].f == "demeure" && k > 0 && c.toks[k-1].f == "en"
}

// scrutinyAfterUnit reports whether a German verb of warning or
// investigating closes the clause of the unit ending at ue, within six
// words and before any verb of taking down: "hat 14 Plattformen
// abgemahnt".
func (c *ctx) scrutinyAfterUnit(ue, sent int) bool {
	for k := ue; k < len(c.toks) && k < ue+6 && c.toks[k].sent == sent && c.toks[k].kind == tWord; k++ {
		if scrutinyAfter[c.toks[k].f] {
			return true
		}
		// "700 प्लेटफार्म वर्तमान में जांच के दायरे में हैं", "700 platforms
		// are under investigation": in the scope of an investigation
		if k+1 < len(c.toks) && c.toks[k+1].sent == sent {
			if next := c.toks[k+1].f; hiInquiry[c.toks[k].f] && (hiInquiryAfter[next] || next == "के" && k+2 < len(c.toks) && hiInquiryAfter[c.toks[k+2].f]) {
				return true
			}
			if c.toks[k].f == "under" {
				m := k + 1
				if c.toks[m].f == "the" && m+1 < len(c.toks) && c.toks[m+1].sent == sent {
					m++ // "under the scanner"
				}
				if investigationWords[c.toks[m].f] || underScrutiny[c.toks[m].f] {
					return true
				}
			}
		}
		if blockingWord(c.toks[k].f) || takedownVerb(c.toks[k].f) {
			return false
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

// ruServiceNouns are the Russian nouns of channels and pages a law applies
// to by their audience: "каналы или страницы с аудиторией более чем 10 000
// подписчиков", "владельцев страниц с более чем 10 тысячами подписчиков".
var ruServiceNouns = foldedSet("страницы|страниц|страницам|каналы|каналов|каналам|сообщества|сообществ|блоги|блогов|блогеров|блогеры|аккаунты|аккаунтов")

// audienceWords may stand between "with" and the size: "с аудиторией
// более чем 10 000", "with an audience of more than".
var audienceWords = foldedSet("аудиторией|аудитории|audience")

// audienceThreshold reports whether the count of followers or users at i
// is the size from which a law applies, not a count: a service noun,
// "with", perhaps "audience", and a qualifier of more before the count
// ("страницы с аудиторией более чем 10 000 подписчиков"). A size written
// with "в" ("с общей аудиторией в 15 миллионов пользователей", the
// audience of what was blocked) or with no qualifier stays a figure.
func (c *ctx) audienceThreshold(i int, unit string) bool {
	if unit != "followers" && unit != "users" {
		return false
	}
	q := c.beforeQualifier(i)
	if q == i || q < 2 || c.toks[q-1].sent != c.toks[i].sent {
		return false // no "more than": a size written alone may be what was blocked
	}
	if audienceWords[c.toks[q-1].f] {
		q--
	}
	if q < 2 || c.toks[q-2].sent != c.toks[i].sent || !sizeWithWords[c.toks[q-1].f] {
		return false
	}
	p := c.toks[q-2].f
	return ruServiceNouns[p] || serviceNouns[p] || thresholdWords[p]
}

// reachWords and reduceWords name a cut in how far posts travel, which is
// no takedown: "ont vu leur portée brutalement réduite", "had their reach
// reduced", "vieron su alcance reducido".
var (
	reachWords  = foldedSet("portee|reach|visibilite|visibility|alcance|reichweite|portata|visibilita|охват")
	reduceWords = foldedSet("reduite|reduites|reduit|reduits|reduced|limited|limitee|limitees|reducido|reducida|ridotta|ridotto|eingeschrankt|reduziert|ограничен|снижен")
)

// reachReduced reports whether the count whose unit ends at ue is of what
// had its reach cut rather than taken down: a reach word and, within
// three words, a reduce word follow it in its sentence, and no verb of
// removal stands before the count or between it and the reach word.
func (c *ctx) reachReduced(i, ue, sent int) bool {
	for j := i - 1; j >= 0 && c.toks[j].sent == sent; j-- {
		if c.toks[j].kind == tWord && (removalVerb(c.toks[j].f) || takedownVerb(c.toks[j].f)) {
			return false
		}
	}
	for j := ue; j < len(c.toks) && c.toks[j].sent == sent; j++ {
		t := &c.toks[j]
		if t.kind == tNum || t.kind == tWord && (removalVerb(t.f) || takedownVerb(t.f)) {
			return false
		}
		if t.kind == tWord && reachWords[t.f] {
			for k := j + 1; k <= j+3 && k < len(c.toks) && c.toks[k].sent == sent; k++ {
				if reduceWords[c.toks[k].f] {
					return true
				}
			}
		}
	}
	return false
}

// arrestCountries reports whether the count at i is of the countries in
// which people were arrested, in a sentence that takes nothing down ("In
// 47 Ländern wurden Nutzer … festgenommen"): no takedown figure.
func (c *ctx) arrestCountries(i int, unit string, sent int) bool {
	return unit == "countries" && c.inBefore(i, sent) && c.sentenceHas(sent, harmStem) && !c.sentenceHas(sent, takesDown)
}

// storedCount reports whether a count of unit is what a database holds,
// in a sentence that takes nothing down ("4 963 Video- und Audiodateien
// gespeichert"): no takedown figure.
func (c *ctx) storedCount(unit string, sent int) bool {
	return takedownUnit(unit) && c.storedIn(sent) && !c.sentenceHas(sent, takesDown)
}

// storedIn reports whether sentence sent says something is stored, not in
// a relative clause ("872 web addresses that stored … manuals": the sites
// held the manuals, and were reported).
func (c *ctx) storedIn(sent int) bool {
	for j := range c.toks {
		t := &c.toks[j]
		if t.sent == sent && t.kind == tWord && storedWord(t.f) && (j == 0 || !relativePronouns[c.toks[j-1].f]) {
			return true
		}
	}
	return false
}

// inBefore reports whether a locative "in" stands before the count at i
// ("In 47 Ländern", "dans 29 pays", "в 12 странах"): the countries are
// where something happened, not where people came from.
func (c *ctx) inBefore(i, sent int) bool {
	k := c.beforeQualifier(i)
	return k > 0 && c.toks[k-1].sent == sent && casesInPreps[strings.TrimPrefix(c.toks[k-1].f, "و")]
}

// ownWith reports whether the count at i follows "with" and a possessive:
// "mit seinen 19 Accounts", "with its 9 accounts", "avec ses 7 comptes"
// count what the subject runs, not what it took down.
func (c *ctx) ownWith(i, sent int) bool {
	k := c.beforeQualifier(i)
	if k < 2 || c.toks[k-1].sent != sent || c.toks[k-2].sent != sent {
		return false
	}
	return ownPossessives[c.toks[k-1].f] && withWords[c.toks[k-2].f]
}

// ownPossessives are the possessives after "with" (withWords) that make
// the count the subject's own.
var ownPossessives = map[string]bool{
	"seinen": true, "ihren": true, "seinem": true, "ihrem": true, "its": true, "their": true, "his": true, "her": true,
	"ses": true, "leurs": true, "sus": true, "suoi": true, "sue": true, "своими": true, "его": true, "ее": true, "их": true,
}

// sentenceHas reports whether a word of sentence sent satisfies is.
func (c *ctx) sentenceHas(sent int, is func(string) bool) bool {
	for j := range c.toks {
		if t := &c.toks[j]; t.sent == sent && t.kind == tWord && is(t.f) {
			return true
		}
	}
	return false
}

// takesDown reports whether a folded word is a verb of taking down or
// flagging, also with the Arabic "و" joined to it ("وحجبت").
func takesDown(f string) bool {
	return takedownVerb(f) || removalVerb(f) || removalVerb(strings.TrimPrefix(f, "و"))
}

// storedWord reports whether a folded word says something is stored or
// archived: "gespeichert", "stored", "stockées", "archiviati",
// "almacenados", "хранятся".
func storedWord(f string) bool {
	return hasAnyPrefix(f, storedStems)
}

var storedStems = []string{"gespeichert", "stored", "stocke", "archiviat", "almacenad", "хранят", "хранит", "хранил"}

// roleNouns name the people who run a channel, account, page or site. A
// count before "channel administrators" counts those people, the unit
// noun only says what they run: "Eight channel administrators are
// suspected", "three account holders".
var roleNouns = foldedSet("administrators|administrator|admins|admin|owners|owner|operators|operator|holders|holder|moderators|moderator|creators|creator|managers|manager|founders|founder|runners")

// unitModifiesRole reports whether the unit ending at ue is a noun that
// modifies a noun for people right after it, so that the count is of the
// people ("Eight channel administrators"), not of what they run.
func (c *ctx) unitModifiesRole(ue, sent int) bool {
	return ue < len(c.toks) && c.toks[ue].sent == sent && c.toks[ue].kind == tWord && roleNouns[c.toks[ue].f]
}

// arRoleNouns are the Arabic nouns for the people who run pages or
// accounts ("مسؤولي", "مدراء", "مديري", "القائمين").
var arRoleNouns = foldedSet("مسؤولي|مسؤول|مسئولي|مسئول|مدراء|مديري|مدير|مشرفي|ادمن|أدمن|القائمين|القائمون|مالكي|أصحاب|اصحاب|منشئي")

// roleBeforeUnit reports whether an Arabic noun for the people who run
// pages or accounts stands between the count ending at end and its unit
// at us, past "من": "10 من مسؤولي صفحات", "اثنان من مدراء صفحة" count the
// people, as "Eight channel administrators" does.
func (c *ctx) roleBeforeUnit(end, us, sent int) bool {
	for k := end; k < us && k < len(c.toks); k++ {
		if c.toks[k].sent != sent {
			return false
		}
		if c.toks[k].sc == scArabic && arRoleNouns[c.toks[k].f] {
			return true
		}
	}
	return false
}

// arOutOf is "من أصل" (out of), written before the whole a part was taken
// from; arTakenDown are participles of a takedown said of that whole
// after its unit ("المحجوبة", "الموقوفة").
var (
	arOutOf     = phraseToks("من أصل")
	arTakenDown = foldedSet("المحجوبة|محجوبة|المغلقة|مغلقة|المحذوفة|محذوفة|الموقوفة|موقوفة|الموقفة|المحظورة|محظورة|المعلقة")
)

// outOfWhole reports whether the Arabic count at i, with its unit ending
// at ue, follows "من أصل" (out of), past an approximate word ("من أصل
// نحو"): "حجب 290 موقعاً من أصل 400 موقع" counts 400 sites that exist, not
// 400 blocked. A takedown said of the whole within four tokens after its
// unit ("من أصل نحو 523 ألف موقع تم تقييد الوصول إليها", "المحجوبة")
// keeps it a figure.
func (c *ctx) outOfWhole(i, ue, sent int) bool {
	k := i - 1
	if k >= 0 && c.toks[k].sent == sent && c.has(k, catQualBefore) {
		k--
	}
	if k < 1 || c.toks[k].sent != sent || c.toks[k-1].sent != sent || c.toks[k-1].f != arOutOf[0] || c.toks[k].f != arOutOf[1] {
		return false
	}
	for m := ue; m < len(c.toks) && m < ue+4 && c.toks[m].sent == sent && c.toks[m].kind != tPunct; m++ {
		if f := c.toks[m].f; f == "تم" || removalVerb(f) || arTakenDown[f] {
			return false
		}
	}
	return true
}

// arSeizeWords are the Arabic words of seizing goods ("ضبط", "ضبطت",
// "مضبوطات"); arMaterialWords are "مادة" and "مواد" (a material, an
// item), which count content only when removed or blocked.
var (
	arSeizeWords    = foldedSet("ضبط|ضبطت|ضبطنا|يضبط|مضبوطات|ضبطها|وضبط|بضبط")
	arMaterialWords = foldedSet("مادة|مواد")
)

// seizedMaterial reports whether the Arabic count at i of "مادة" (its
// unit at us) follows a word of seizing within two tokens: "تم ضبط 11620
// مادة منتهكة" counts goods seized in shops, not content taken down.
func (c *ctx) seizedMaterial(i, us, sent int) bool {
	if us >= len(c.toks) || !arMaterialWords[c.toks[us].f] {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-2 && c.toks[k].sent == sent; k-- {
		if arSeizeWords[c.toks[k].f] {
			return true
		}
	}
	return false
}

// paperWords are documents as papers; shareVerbs put papers out or hand
// them over.
var (
	paperWords = foldedSet("documents|document|documentos|documento|documenti|dokumente|dokumenten")
	shareVerbs = foldedSet("sharing|shared|share|shares|publishing|published|publish|publishes|released|releasing|release|leaked|leaking|sent|sending|submitted|filed|handed|compartio|compartiendo|publico|publicando|filtro|filtrados|entrego|envio|pubblicato|pubblicando|condiviso|publie|publiant|partage|veroffentlichte|veroffentlicht")
)

// papersShared reports whether the count at i of documents (its unit at
// us) follows a verb of sharing or publishing within two tokens: "sharing
// 15 documents which appear to contain lists" counts the papers a
// platform put out, no content taken down.
func (c *ctx) papersShared(i, us, sent int) bool {
	if us >= len(c.toks) || !paperWords[c.toks[us].f] {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-2 && c.toks[k].sent == sent; k-- {
		if shareVerbs[c.toks[k].f] {
			return true
		}
	}
	return false
}

// hiActiveWords say channels or groups became or are active ("एक्टिव हो
// गए हैं", "सक्रिय हैं"); hiBeWords are the verb after them. "सक्रिय रूप
// से" (proactively) is an adverb of a takedown and is not among them.
var (
	hiActiveWords = map[string]bool{"एक्टिव": true, "सक्रिय": true, "ऐक्टिव": true}
	hiBeWords     = map[string]bool{"हो": true, "हुए": true, "हैं": true, "है": true, "थे": true, "था": true, "रहे": true}
	enActiveVerbs = foldedSet("are|were|became|become|is|was|went|remain|remained|stay|stayed")
)

// becameActive reports whether the count whose unit ends at ue is of
// channels, groups or accounts that became or are active: "20 से ज्यादा
// चैनल एक्टिव हो गए हैं", "20 channels became active". They are running,
// not taken down.
func (c *ctx) becameActive(ue, sent int) bool {
	k := ue
	if k+1 < len(c.toks) && c.toks[k].sent == sent && c.toks[k+1].sent == sent {
		if hiActiveWords[c.toks[k].f] && hiBeWords[c.toks[k+1].f] {
			return true
		}
		if enActiveVerbs[c.toks[k].f] && (c.toks[k+1].f == "active" || c.toks[k+1].f == "live") {
			return true
		}
	}
	return false
}

// sitesUsingService reports whether a count of sites ending at ue is the
// subject of a verb of using ("más de 140.000 sitios web en España usan
// servicios de Cloudflare"): sites a service has as customers, no sites
// taken down. A word of blocking or takedown anywhere in the sentence
// keeps the figure ("bloqueó 40 webs que usan Cloudflare").
func (c *ctx) sitesUsingService(ue, sent int) bool {
	used := false
	for k := ue; k < len(c.toks) && k <= ue+4 && c.toks[k].sent == sent && c.toks[k].kind != tPunct; k++ {
		if useVerbs[c.toks[k].f] {
			used = true
			break
		}
	}
	if !used {
		return false
	}
	for k := range c.toks {
		if c.toks[k].sent == sent && c.toks[k].kind == tWord && (blockingWord(c.toks[k].f) || takedownVerb(c.toks[k].f)) {
			return false
		}
	}
	return true
}

// useVerbs are finite verbs of using a service, folded, in the plural
// their count subject takes.
var useVerbs = map[string]bool{
	"use": true, "usan": true, "utilizan": true, "emplean": true, "nutzen": true, "verwenden": true, "usano": true,
	"utilizzano": true, "utilisent": true, "используют": true, "تستخدم": true, "يستخدم": true, "تعتمد": true,
}

// arAuthorised are the Arabic words for licensed after a unit noun
// ("111 موقعا مرخصا") or in a count's noun phrase ("عدد المواقع المرخصة").
var arAuthorised = foldedSet("مرخص|مرخصا|مرخصة|المرخص|المرخصة|مرخصه|المرخصه")

// arAuthorisedCount reports whether the number at i ends a phrase "عدد …
// المرخصة" (the number of licensed …), with no negation before the word:
// "بلغ عدد المواقع الإلكترونية الإخبارية المرخصة 111 موقعا" counts what
// may operate, as authorisedUnit's "16 portales autorizados" does.
func (c *ctx) arAuthorisedCount(i, sent int) bool {
	k := i - 1
	if k < 1 || c.toks[k].sent != sent || !arAuthorised[c.toks[k].f] || c.toks[k-1].f == "غير" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5 && c.toks[j].sent == sent && c.toks[j].kind == tWord; j-- {
		if c.toks[j].f == "عدد" {
			return true
		}
	}
	return false
}

// ispGloss reports whether "(ISPs)" glosses the providers whose unit ends
// at ue: "six internet service providers (ISPs)" are the access providers
// of a blocking case, not platforms a takedown counts.
func (c *ctx) ispGloss(ue, sent int) bool {
	return ue+1 < len(c.toks) && c.isPunct(ue, "(") && c.toks[ue+1].sent == sent && ispWords[c.toks[ue+1].f]
}

// ispWords abbreviate internet (access) service providers.
var ispWords = map[string]bool{"isps": true, "isp": true, "fai": true}

// trafficBefore reports whether a noun of traffic or visitors stands a few words
// before the users counted at i, with no number between: "посещаемость
// блокируемых сайтов составляла от 254 тыс. до 18,5 млн пользователей в
// месяц" counts visitors, no takedown figure.
func (c *ctx) trafficBefore(i, sent int) bool {
	for m := c.beforeQualifier(i) - 1; m >= 0 && m >= i-7 && c.toks[m].sent == sent; m-- {
		if c.toks[m].kind == tNum {
			return false
		}
		if visitorNouns[c.toks[m].f] || trafficNouns[c.toks[m].f] {
			return true
		}
	}
	return false
}

// hiArticleBase reports whether the Hindi "एक" at i is an article before a
// unit noun that modifies a word for "base" at ue: "एक ग्राहक आधार", "एक
// सब्सक्राइबर बेस" (a subscriber base), no count of one.
func (c *ctx) hiArticleBase(i, ue, sent int) bool {
	return c.toks[i].kind == tWord && c.toks[i].sc == scDevanagari && ue < len(c.toks) && c.toks[ue].sent == sent && baseWords[c.toks[ue].f]
}

// baseWords name a base of users or subscribers: "ग्राहक आधार", "यूजर बेस".
var baseWords = foldedSet("आधार|बेस")

// visitorNouns name how many visit a site (folded), as trafficNouns name
// its traffic.
var visitorNouns = map[string]bool{"посещаемость": true, "посещаемости": true, "besucherzahl": true, "besucherzahlen": true}

// ratioBetween stand between the two numbers of a ratio: "1 in 5", "one
// out of ten", "un sur cinq", "uno su cinque", "uno de cada cinco", "один
// из пяти", "واحد من كل خمسة".
var ratioBetween = foldedSet("in|of|sur|su|cada|из|كل")

// ratioWhole reports whether the count at i is the second number of a
// ratio: "About 1 in 5 accounts were fake" gives a share, no count of five
// accounts. The word before the ratio word is one, in digits or a word.
func (c *ctx) ratioWhole(i, sent int) bool {
	p := i - 1
	if p < 1 || c.toks[p].sent != sent || c.toks[p].kind != tWord || !ratioBetween[c.toks[p].f] {
		return false
	}
	o := p - 1
	switch c.toks[p].f {
	case "of": // "one out of ten"
		if c.toks[o].f != "out" {
			return false
		}
		o--
	case "cada", "كل": // "uno de cada cinco", "واحد من كل خمسة"
		if c.toks[o].f != "de" && c.toks[o].f != "من" {
			return false
		}
		o--
	}
	if o < 0 || c.toks[o].sent != sent {
		return false
	}
	t := &c.toks[o]
	return t.kind == tNum && t.val == 1 && t.plain || t.kind == tWord && (oneWords[t.f] || t.f == "واحد" || t.f == "ein")
}

// amongSuperlative reports whether the count at i..end names the length
// of a ranking a thing is placed in: a preposition of belonging among
// and an article stand before it, a superlative between it and its unit
// at us ("gehörte zu den fünf größten deutschsprachigen Kanälen", "is
// among the ten largest channels", "one of the five biggest pages").
// Without "among" the superlative picks what was counted ("sperrte die
// fünf größten Kanäle" is five channels).
func (c *ctx) amongSuperlative(i, end, us, sent int) bool {
	if i < 2 || us > end+3 || c.toks[i-1].sent != sent || c.toks[i-2].sent != sent {
		return false
	}
	if !rankArticles[c.toks[i-1].f] || !amongPreps[c.toks[i-2].f] {
		return false
	}
	// "of" places among only after "one of", "each of": "Of the 20 largest
	// accounts, 5 were suspended" opens a whole
	if c.toks[i-2].f == "of" && (i < 3 || c.toks[i-3].sent != sent || !oneOfWords[c.toks[i-3].f]) {
		return false
	}
	for k := end; k < us; k++ {
		if t := &c.toks[k]; t.kind == tWord && superlativeWord(t.f) {
			return true
		}
	}
	return false
}

// amongPreps place a thing among others: "zu den", "unter den", "among
// the", "one of the", "parmi les", "entre los", "tra i", "fra i".
var amongPreps = foldedSet("zu|unter|among|amongst|of|parmi|entre|tra|fra|среди")

// oneOfWords come before "of the N largest …" that places a thing among.
var oneOfWords = foldedSet("one|each|any|among")

// rankArticles stand between amongPreps and the length of the ranking.
var rankArticles = foldedSet("den|the|les|los|las|i|gli|le")

// superlativeWord reports a folded superlative: German "-sten" and
// "-ßten" ("größten", "wichtigsten"), English "-est" words and "most",
// the French, Spanish and Italian "plus", "más", "più".
func superlativeWord(f string) bool {
	switch f {
	case "most", "plus", "mas", "piu", "meisten", "top", "leading":
		return true
	}
	r := []rune(f)
	if len(r) < 6 {
		return false
	}
	return strings.HasSuffix(f, "sten") || strings.HasSuffix(f, "ßten") || strings.HasSuffix(f, "est") && !strings.HasSuffix(f, "quest")
}

// topRank reports whether the count at i picks the first places of a
// ranking: "the top 10 channels", "die Top 5 Kanäle", "топ-10 каналов"
// name a list's length, no count of channels taken down.
func (c *ctx) topRank(i, sent int) bool {
	p := i - 1
	if p >= 0 && c.isPunct(p, "-") {
		p--
	}
	return p >= 0 && c.toks[p].sent == sent && c.toks[p].kind == tWord && (c.toks[p].f == "top" || c.toks[p].f == "топ")
}

// modelName reports whether the number at i is part of a product's or a
// model's name: a capitalised word that names no platform, month or other
// lexicon entry stands right before it, mid-sentence, and the unit after
// is an English noun in the singular, which no count above one takes
// (enSingularUnits):
// "The Boeing 737 crash video was removed" counts no videos. A plural
// ("Telegram 78 channels") or a typo of one ("block 2355 account") keeps
// its count.
func (c *ctx) modelName(i, ue int, v float64) bool {
	p := i - 1
	if v <= 1 || p < 1 || ue < 1 || c.toks[p].sent != c.toks[i].sent || c.toks[p-1].sent != c.toks[i].sent {
		return false
	}
	if t := &c.toks[p]; t.kind != tWord || t.sc != scLatin || !c.capitalised(p) || c.toks[p].h1 > c.toks[p].h0 {
		return false
	}
	return enSingularUnits[c.toks[ue-1].f]
}

// enSingularUnits are English unit nouns in the singular that no other
// language writes for a count above one.
var enSingularUnits = foldedSet("video|channel|site|website|page|group|link|tweet|profile|bot|domain|clip|image|photo|livestream")

// hiCollectiveOwner reports whether the count at i is a Hindi collective
// number word ("तीनों", "पांचों": all three, all five) whose unit, ending
// at ue, stands before a genitive: "तीनों चैनल के मिला के लाखों
// सब्सक्राइबर्स" tells whose the subscribers were and restates channels
// counted before; "इन पांचों फर्जी एकाउंट को लाॅक कर दिया" still counts
// the accounts locked (held-out batch 90).
func (c *ctx) hiCollectiveOwner(i, ue, sent int) bool {
	t := &c.toks[i]
	// "तीनो" is written without its nasal too; "दो" (two) is no collective
	if t.kind != tWord || t.sc != scDevanagari || !c.has(i, catNum) || t.f == "दो" || !(strings.HasSuffix(t.f, "ों") || strings.HasSuffix(t.f, "ो")) {
		return false
	}
	return ue < len(c.toks) && c.toks[ue].sent == sent && hiGenitive[c.toks[ue].f]
}

// suspicionNouns name activity or dealings, and suspicionAdjs call them
// suspect, folded: "segnalazioni di attività sospette", "reports of
// suspicious transactions", "signalements d'opérations suspectes".
var (
	suspicionNouns = foldedSet("attivita|operazioni|transazioni|activity|activities|transactions|operations|actividades|actividad|operaciones|transacciones|activites|activite|operations|aktivitaten|transaktionen|деятельности|операций|операциях|транзакций")
	suspicionAdjs  = foldedSet("sospette|sospetta|sospetti|sospetto|suspicious|suspect|suspected|suspectes|suspecte|sospechosas|sospechosa|sospechosos|verdachtige|verdachtigen|подозрительных|подозрительной")
)

// suspicionReports reports whether the notices counted, their unit ending
// at ue, are reports of suspect activity: within four tokens after the
// unit a noun of suspicionNouns stands next to an adjective of
// suspicionAdjs. "263 segnalazioni di attività sospette in relazione a 192
// concorsi" counts betting-integrity or money-laundering alerts, no
// takedown notice; "263 segnalazioni di contenuti illeciti" stays one.
func (c *ctx) suspicionReports(ue, sent int) bool {
	for k := ue; k < len(c.toks) && k < ue+4 && c.toks[k].sent == sent; k++ {
		if !suspicionNouns[c.toks[k].f] {
			continue
		}
		if k+1 < len(c.toks) && c.toks[k+1].sent == sent && suspicionAdjs[c.toks[k+1].f] {
			return true
		}
		if k > ue && suspicionAdjs[c.toks[k-1].f] {
			return true
		}
	}
	return false
}

// factCheckArticles reports whether the content items counted at i, their
// unit ending at ue, are fact-checkers' articles: "fact" and "check" or
// "checking" (or "factchecking" written as one word) stand within three
// tokens of the unit. "140'000 distinti articoli di fact-checking … sono
// stati utilizzati per etichettare" counts the checkers' own articles, not
// content acted on.
func (c *ctx) factCheckArticles(i, ue, sent int) bool {
	for k := i + 1; k < len(c.toks) && k < ue+4 && c.toks[k].sent == sent; k++ {
		f := c.toks[k].f
		if f == "factchecking" || f == "factcheck" || f == "fact" && k+1 < len(c.toks) && (c.toks[k+1].f == "checking" || c.toks[k+1].f == "check" || k+2 < len(c.toks) && (c.toks[k+2].f == "checking" || c.toks[k+2].f == "check")) {
			return true
		}
	}
	return false
}

// legalActionNouns count lawsuits and proceedings brought against the
// unit named after them (folded).
var legalActionNouns = foldedSet("prozesse|klagen|verfahren|gerichtsverfahren|bussgeldverfahren|rechtsstreite|lawsuits|suits|proceedings|proces|procedures|demandas|querellas|cause|azioni")

// legalActionTails end German compounds of proceedings:
// "Bußgeldverfahren", "Strafverfahren", "Musterklagen".
var legalActionTails = []string{"verfahren", "prozesse", "klagen"}

// legalAgainst are the prepositions between such a noun and what it is
// brought against.
var legalAgainst = foldedSet("gegen|against|contre|contra|contro")

// legalActionsAgainst reports whether the count ending at aend counts
// lawsuits or proceedings brought against the unit starting at us: a
// legal-action noun right after the count, then "gegen", "against" and at
// most two words before the unit ("30 Prozesse gegen solche Unternehmen",
// "12 lawsuits against the platforms"). Such a count names no takedown.
func (c *ctx) legalActionsAgainst(aend, us, sent int) bool {
	if aend >= len(c.toks) || aend+1 >= us || us-aend > 4 || c.toks[aend].sent != sent || !(legalActionNouns[c.toks[aend].f] || hasAnySuffix(c.toks[aend].f, legalActionTails)) {
		return false
	}
	for m := aend + 1; m < us; m++ {
		if legalAgainst[c.toks[m].f] {
			return true
		}
	}
	return false
}
