package extract

import "strings"

// Words and shapes held-out batch 52 showed missing or misread: fakes and
// social networks as units, a qualifier joined by "or" between a count and
// its unit, two -ing adjectives joined before a unit, a total brought to a
// bare count, the accounts of users, "according to a report", shares of a
// market or of internet traffic, and supply channels.

// addBatch52Words adds the unit words batch 52 showed missing: the Russian
// fakes, which Roskomnadzor counts as it counts materials ("удалил либо
// заблокировал 8600 фейков"), and social networks as platforms ("Das Verbot
// für 26 Online-Netzwerke", "26 social networks"). The Russian forms of
// social networks are left out: "в соцсетях" is mostly a place phrase
// after another unit ("пользователей соцсетей").
func addBatch52Words(l *lexicon) {
	l.add(entry{cat: catUnit, s: "content_items"}, "фейков|фейки|фейка")
	l.add(entry{cat: catUnit, s: "platforms"}, "online-netzwerke|online-netzwerken|onlinenetzwerke|soziale netzwerke|sozialen netzwerke|sozialen netzwerken|social networks|social networking sites|reseaux sociaux|redes sociales")
	// "cinque o meno indirizzi IP": a count or fewer is at most that count,
	// as "or more" is more than it
	l.add(entry{cat: catQualAfter, s: "up_to"}, "or fewer|or less|o meno|ou moins|oder weniger|o menos|или меньше|или менее|او اقل")
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

// bringVerbs bring a total to a count: "bringing the total to 7,800",
// "portant le total à", "llevando el total a", "portando il totale a".
var bringVerbs = foldedSet("bringing|brings|bring|brought|taking|takes|took|pushing|pushes|raising|raises|lifting|lifts|portant|porte|porta|portando|llevando|lleva|eleva|elevando|elevant|bringt|erhoht")

// bareTotalTo finds the figure whose unit a count carries when it is the
// total a verb brings things to with no unit of its own: "The government
// blocked 242 illegal betting and gaming websites …, bringing the total to
// 7,800 since …". The total is of the things the figure before in the
// sentence counts. It returns the index in c.figs.
func (c *ctx) bareTotalTo(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 {
		return -1, false
	}
	after := end
	if e := c.timePhraseAt(end, sent); e > 0 {
		after = e
	}
	if !c.clauseEndAt(after, sent) && !(after < len(c.toks) && sinceWords[c.toks[after].f]) {
		return -1, false
	}
	k := c.beforeQualifier(i)
	// "bringing the total to", "portant le total à": verb, article, total, to
	if k < 4 || !toWords[c.toks[k-1].f] || !totalNouns[c.toks[k-2].f] || !bringVerbs[c.toks[k-4].f] {
		return -1, false
	}
	for m := k - 4; m < k; m++ {
		if c.toks[m].sent != sent {
			return -1, false
		}
	}
	p := len(c.figs) - 1
	f := c.figs[p]
	if f.sent != sent || f.t1 > k-4 || c.claims[f.claim].Unit == "percent" {
		return -1, false
	}
	for m := f.t1; m < k-4; m++ {
		if t := &c.toks[m]; t.kind == tNum && !t.used && !c.isYearToken(m) && !c.figureAt(m) {
			return -1, false // another count between
		}
	}
	return p, true
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

// trafficNouns name internet traffic, folded: a percentage of it is how
// much a service is used, no share of anything taken down.
var trafficNouns = foldedSet("traffic|trafic|traffico|trafico|verkehrs|verkehr|internetverkehrs|internetverkehr|datenverkehrs|трафика|трафик|интернет-трафика|حركه|ट्रैफिक")

// trafficSkips may stand between a percentage and the traffic it is a
// share of, or between the two ends of a change in it: "of the country's
// internet", "من حركة الإنترنت المحلية", "to less than 12%".
var trafficSkips = foldedSet("of|the|its|all|internet|mobile|web|global|local|domestic|country|countrys|s|du|de|des|la|le|internet|mobile|del|el|dell|il|des|der|am|gesamten|от|всего|мирового|من|الي|اقل|الانترنت|انترنت|المحليه|العالميه|to|less|than|under|a|à|auf|bis|до|меньше|менее|moins|meno|menos|weniger|%|٪|percent|prozent|процентов|के|का|की")

// trafficShare reports whether the percentage ending at ue is a share of
// internet traffic: a traffic noun follows it past the words of
// trafficSkips and at most one more percentage ("انخفض استخدام يوتيوب في
// روسيا من 43% إلى أقل من 12% من حركة الإنترنت المحلية", "fell from 43%
// to under 12% of the country's internet traffic").
func (c *ctx) trafficShare(ue, sent int) bool {
	n := len(c.toks)
	for j, h := ue, 0; j < n && h < 12 && c.toks[j].sent == sent; j, h = j+1, h+1 {
		t := &c.toks[j]
		if t.kind == tNum || c.isPunct(j, "%") || c.isPunct(j, "٪") {
			continue
		}
		if c.isPunct(j, "'") || c.isPunct(j, "’") || c.isPunct(j, "-") {
			continue
		}
		if t.kind != tWord {
			return false
		}
		if trafficNouns[t.f] {
			return true
		}
		if !trafficSkips[t.f] {
			return false
		}
	}
	return false
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

// restatementEnd returns the token after a bracketed restatement of the
// count a written right before k, in another scale: "9.7 मिलियन (97 लाख)
// से अधिक अकाउंट", "9.7 million (97 lakh) accounts". The bracket holds one
// amount within a twentieth of the count's and nothing else. It returns k
// when there is none.
func (c *ctx) restatementEnd(k int, a amount, sent int) int {
	n := len(c.toks)
	if k+2 >= n || !c.isPunct(k, "(") || c.toks[k+1].sent != sent || c.toks[k+1].kind != tNum {
		return k
	}
	b, ok := c.parseAmount(k+1, false)
	if !ok || b.year || b.end >= n || !c.isPunct(b.end, ")") || a.v <= 0 {
		return k
	}
	if d := b.v - a.v; d > a.v/20 || -d > a.v/20 {
		return k
	}
	return b.end + 1
}

// monthLeads may stand before a month that dates a count of a series: "в
// апреле", "in April", "en avril", "im April", "ad aprile", "في أبريل".
var monthLeads = foldedSet("в|во|in|en|im|ad|a|nel|في|فى|خلال")

// monthLeadBefore returns the first token of a month, and its lead word,
// written right before the count's first token k ("в январе … 429
// подобных сайтов, в феврале - ни одного, а в апреле всего 19"; Hindi
// "अप्रैल में 19"), or k: the month dates a count of a series as a year
// before it does.
func (c *ctx) monthLeadBefore(k, sent int) int {
	m := k - 1
	if m >= 1 && c.toks[m].f == "में" && c.toks[m].sc == scDevanagari {
		m-- // "अप्रैल में 19"
	}
	if m < 0 || c.toks[m].sent != sent || c.toks[m].kind != tWord || !c.has(m, catMonth) {
		return k
	}
	if m >= 1 && c.toks[m-1].sent == sent && monthLeads[c.toks[m-1].f] {
		m--
	}
	return m
}
