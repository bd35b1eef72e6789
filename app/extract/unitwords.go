package extract

import (
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// Unit words and qualifier phrases the lexicon adds to its base lists, and
// words that join other files' sets (the ellipsis tails, the verbs of
// amounting, the order nouns).

// addReportUnitWords adds the words held-out batch 48 showed the lexicon
// lacked: official reports name removal orders, web addresses and
// digital files in forms the unit list did not hold, and Spanish writes
// "cerca del" before a share.
func addReportUnitWords(l *lexicon) {
	// addresses on the Internet are web addresses; "Internetfundstellen"
	// are the places jugendschutz.net finds content at, counted as URLs
	// a platform's subpages ("14 Unterseiten auf Youtube") are its pages
	l.add(entry{cat: catUnit, s: "pages"}, "unterseiten|unterseite")
	// gambling and betting sites named alone ("35 Wettseiten"); longer
	// compounds ("Online-Glücksspielseiten") take deSuffixUnits
	l.add(entry{cat: catUnit, s: "sites"}, "wettseiten|casinoseiten|spielseiten")
	l.add(entry{cat: catUnit, s: "urls"}, "direcciones en internet|direcciones de internet|adresses internet|adresses sur internet|indirizzi in internet|internetfundstellen|fundstellen|fundstellen im internet")
	// removal orders: "órdenes de supresión", and the BKA's "Entfernungen
	// angeordnet" (removals ordered). A bare "Anordnungen" stays no unit:
	// court orders and the difference "neun Anordnungen mehr" are no
	// removal orders counted.
	l.add(entry{cat: catUnit, s: "requests"}, "ordenes de supresion|orden de supresion|ordenes de eliminacion|orden de eliminacion|entfernungen angeordnet|loschungen angeordnet|sperrungen angeordnet|injonctions de retrait|injonction de retrait|ordini di cancellazione")
	// "dénonciations" are the reports Pharos receives, as "signalements"
	l.add(entry{cat: catUnit, s: "notices"}, "denonciations|denonciation")
	// digital files taken down are content items
	l.add(entry{cat: catUnit, s: "content_items"}, "archivos digitales|archivo digital|archivos|digital files|digital file|fichiers numeriques|fichier numerique|file digitali|digitale dateien")
	// "cerca del 21%", "alrededor del 40%": "de" fused with the article
	l.add(entry{cat: catQualBefore, s: string(app.QualAbout)}, "cerca del|alrededor del|cerca de los|cerca de las|alrededor de los|alrededor de las")
}

// addSubdomainWords adds the unit words batch 49 showed missing: subdomains
// blocked are sites, as domains are ("172 dominios y 697 subdominios");
// English and German already read "subdomains" through "domains".
func addSubdomainWords(l *lexicon) {
	l.add(entry{cat: catUnit, s: "sites"}, "subdominios|subdominio|sottodomini|sottodominio|поддоменов|поддомена|поддомены|поддомен")
}

// addHindiReportPlurals adds the unit words batch 50 showed missing: the Hindi
// plural of reports as the conversion of legacy fonts prints it
// ("रिपोटरें" for "रिपोर्टें", "रिपोटरों" for "रिपोर्टों"). The singular
// "रिपोटर" is left out: it is also the same conversion of "रिपोर्टर"
// (a reporter).
func addHindiReportPlurals(l *lexicon) {
	l.add(entry{cat: catUnit, s: "notices"}, "रिपोटरें|रिपोटरों|रिपोटरे")
}

// addDemandWords adds the unit words batch 51 showed missing: Spanish
// demands and requirements ("45 demandas del gobierno", "12.500
// requerimientos"), precautionary orders ("12 ordini cautelari"), and the
// German submissions a regulator counts ("fast 900 Eingänge").
func addDemandWords(l *lexicon) {
	l.add(entry{cat: catUnit, s: "requests"}, "demandas|demanda|requerimientos|requerimiento|ordini cautelari|ordine cautelare|ordenes cautelares|orden cautelar")
	l.add(entry{cat: catUnit, s: "notices"}, "eingange|eingangen")
}

// addFakeAndNetworkWords adds the unit words batch 52 showed missing: the Russian
// fakes, which Roskomnadzor counts as it counts materials ("удалил либо
// заблокировал 8600 фейков"), and social networks as platforms ("Das Verbot
// für 26 Online-Netzwerke", "26 social networks"). The Russian forms of
// social networks are left out: "в соцсетях" is mostly a place phrase
// after another unit ("пользователей соцсетей").
func addFakeAndNetworkWords(l *lexicon) {
	l.add(entry{cat: catUnit, s: "content_items"}, "фейков|фейки|фейка")
	l.add(entry{cat: catUnit, s: "platforms"}, "online-netzwerke|online-netzwerken|onlinenetzwerke|soziale netzwerke|sozialen netzwerke|sozialen netzwerken|social networks|social networking sites|reseaux sociaux|redes sociales")
	// "cinque o meno indirizzi IP": a count or fewer is at most that count,
	// as "or more" is more than it
	l.add(entry{cat: catQualAfter, s: "up_to"}, "or fewer|or less|o meno|ou moins|oder weniger|o menos|или меньше|или менее|او اقل")
}

// addSpaceServiceHostWords adds the unit words batch 53 showed missing: the
// Italian virtual spaces the Polizia Postale seizes and monitors ("ha
// sequestrato 22.687 spazi virtuali", as its "spazi web"), services
// blocked ("1544 services bloqués"), and the hosts of live streams a
// platform bans, one account each ("حظرت تيك توك 197.88 ألف مضيف بث مباشر",
// as batch 2's "348 ألف حساب لبث الفيديو المباشر"). The Hindi "ऑर्डर"
// joins the order nouns instead (see init below), and the Italian
// "provvedimenti cautelari" are left out: in police news they are custody
// orders ("eseguiti 12 provvedimenti cautelari"), arrests the set counts as
// no figure.
func addSpaceServiceHostWords(l *lexicon) {
	l.add(entry{cat: catUnit, s: "sites"}, "spazi virtuali|spazio virtuale")
	// "avec 1544 services bloqués": the illegal services Arcom blocks, as
	// its "services illégaux" already were
	l.add(entry{cat: catUnit, s: "sites"}, "services bloques|servicios bloqueados|servizi bloccati")
	l.add(entry{cat: catUnit, s: "accounts"}, "مضيف بث مباشر|مضيفي بث مباشر|مضيفا للبث المباشر|مضيف للبث المباشر|مضيفي البث المباشر|live hosts|live-stream hosts|livestream hosts")
	// the host alone or in its accusative and plural, a live-stream host
	// in platform reports: "حظر 348 ألف مضيف بسبب انتهاكهم", "حظرت 347935
	// مضيفًا بث مباشر" (the feminine "مضيفة" of a host country stays out)
	l.add(entry{cat: catUnit, s: "accounts"}, "مضيف|مضيفا|مضيفين|مضيفا بث مباشر")
	// "sono stati emessi all’incirca 11 provvedimenti": the Italian "about"
	l.add(entry{cat: catQualBefore, s: string(app.QualAbout)}, "all incirca|allincirca|incirca")
}

// amountVerbForms are forms of the verbs of amounting to a total that
// amountVerbs (clauses.go) lacked, folded: the French past and imperfect
// ("les demandes … se sont élevées à", "se montaient à quelque 118 000"),
// the Italian participles ("sono ammontate a") and the Spanish preterite
// and participle ("ascendieron a", "han ascendido a"). They join that set
// so the relative clauses and a count named after its subject read them
// alike.
var amountVerbForms = foldedSet("elevees|eleves|elevee|elevait|montent|monte|montait|montaient|ammontate|ammontati|ammontato|ammontava|ascendieron|ascendio|ascendido|amounting|belauft")

// hiOrderNouns are the Hindi "ऑर्डर" (orders) in its forms, which join
// the order nouns of unitspan.go: a count of them is of requests only
// with a word of blocking in the sentence ("2,312 ब्लॉकिंग ऑर्डर जारी
// किए"), as for "आदेश"; a shop's "255 ऑर्डर" are no unit.
var hiOrderNouns = foldedSet("ऑर्डर|ऑर्डरों|ऑर्डर्स")

// relativeTails open a relative clause after a bare count that a second
// takedown verb counts with its object left out, folded: "y ha prohibido
// más de 700.000 que estaban relacionados con …", "and removed more than
// 700,000 that were linked to …". They join ellipsisTails (ellipsis.go),
// the words after which such a count may stop ("suspended more than 4,000
// over concerns"); "prohib" joins the stems of removal verbs.
var relativeTails = foldedSet("que|that|which|qui|che")

func init() {
	for f := range relativeTails {
		ellipsisTails[f] = true
	}
	removalStems = append(removalStems, "prohib")
	for f := range amountVerbForms {
		amountVerbs[f] = true
	}
	for f := range hiOrderNouns {
		orderNouns[f] = true
	}
}

// addApplicationWords adds the requests batch 54 showed missing: German
// applications for removal ("19 Anträge auf Löschung") and Russian
// applications to courts to declare material extremist or have it blocked
// ("1,1 тысячи заявлений о признании материалов экстремистскими"). The
// bare "Anträge" and "заявлений" stay no unit: they are as often asylum
// or job applications.
func addApplicationWords(l *lexicon) {
	l.add(entry{cat: catUnit, s: "requests"}, "anträge auf löschung|anträgen auf löschung|anträge auf entfernung|anträgen auf entfernung|anträge auf sperrung|anträgen auf sperrung|anträge auf sperre|anträge auf blockierung")
	l.add(entry{cat: catUnit, s: "requests"}, "заявлений о признании|заявления о признании|заявлений о блокировке|заявления о блокировке|заявлений об ограничении|заявления об ограничении|заявлений об удалении|заявления об удалении")
}

// blocklistWords name a list of blocked domains, folded; "Einträge" (entries)
// in a sentence naming one count the domains listed, not posts.
var blocklistWords = map[string]bool{
	"liste": true, "sperrliste": true, "sperrlisten": true, "blacklist": true, "blocklist": true,
	"blockliste": true, "domains": true, "domain": true,
}

// blocklistEntries reports whether the German entries word at j counts the
// entries of a blocklist: the sentence names the list or its domains, or
// the entries are called blocked ("die Zahl der gesperrten Einträge").
// Facebook's "1,9 Millionen Einträge ... gelöscht" stay posts.
func (c *ctx) blocklistEntries(j int) bool {
	t := &c.toks[j]
	if t.f != "eintrage" && t.f != "eintragen" && t.f != "eintrag" {
		return false
	}
	if j > 0 && c.toks[j-1].sent == t.sent && strings.HasPrefix(c.toks[j-1].f, "gesperrt") {
		return true
	}
	for k := range c.toks {
		if c.toks[k].sent == t.sent && (blocklistWords[c.toks[k].f] || c.toks[k].f == "list" && k > 0 && c.toks[k-1].f == "black") {
			return true
		}
	}
	return false
}
