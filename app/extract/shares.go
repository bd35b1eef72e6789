package extract

import "strings"

// Percentages that are shares of a company's turnover or revenue, or of
// internet traffic: no share of anything taken down.

// turnoverNouns name a company's turnover or revenue, as folded words: a
// percentage of it is a fine's cap ("amendes pouvant atteindre 6 % du
// chiffre d'affaires mondial") or a share of its revenue ("90% de ses
// revenus", revenueShareAfter), no share of anything taken down.
var turnoverNouns = foldedSet("revenus|recettes|werbeeinnahmen|einnahmen|entrate|доходов|turnover|revenue|revenues|umsatz|umsatzes|jahresumsatz|jahresumsatzes|gesamtumsatz|gesamtumsatzes|weltumsatz|weltumsatzes|konzernumsatz|konzernumsatzes|facturacion|ingresos|fatturato|ricavi|оборот|оборота|выручки|выручка|الايرادات|ايرادات|العائدات|عائدات|المبيعات|टर्नओवर|राजस्व")

// arTurnoverStems begin the Arabic nouns of revenue and sales, with or
// without the article and a possessive: "الإيرادات", "إيراداتها",
// "عائداتها", "مبيعاتها".
var arTurnoverStems = []string{"ايراد", "الايراد", "عائدات", "العائدات", "مبيعات", "المبيعات"}

// turnoverSkips may stand between a percentage and the turnover it is a
// share of: "of their global annual", "du … mondial", "des weltweiten",
// "de la", "del", "от", "من إجمالي".
var turnoverSkips = foldedSet("of|the|their|its|a|an|company|companys|s|global|worldwide|qualifying|relevant|annual|total|yearly|world|du|de|des|la|le|leur|son|sa|global|globale|mondial|mondiale|annuel|annuelle|total|totale|des|der|dem|ihres|seines|weltweiten|jährlichen|jahrlichen|gesamten|del|el|su|sus|mundial|anual|global|volumen|durchschnittlichen|average|moyen|moyenne|promedio|medio|среднего|средней|dell|il|loro|annuo|globale|mondiale|от|годового|годовой|мирового|мировой|глобального|глобальной|общего|общей|من|اجمالي|حجم|السنوية|العالمية|السنوي|العالمي")

// turnoverShare reports whether the percentage from i to ue is a share of
// a company's turnover: a turnover noun follows it past the words of
// turnoverSkips ("6 % du chiffre d'affaires global annuel", "6% of their
// global annual turnover", "6 % des weltweiten Jahresumsatzes", "6% от
// оборота"), or stands right before it with a Hindi postposition ("वैश्विक
// टर्नओवर के 6% तक").
func (c *ctx) turnoverShare(i, ue, sent int) bool {
	n := len(c.toks)
	for j, h := ue, 0; j < n && h < 7 && c.toks[j].sent == sent; j, h = j+1, h+1 {
		t := &c.toks[j]
		if c.isPunct(j, "'") || c.isPunct(j, "’") {
			continue
		}
		if t.kind != tWord {
			break
		}
		// "chiffre d'affaires": the French noun is two words, and so is
		// the Arabic "حجم أعمالها"; Arabic writes the possessive onto the
		// noun ("إيراداتها")
		if turnoverNouns[t.f] || strings.Contains(t.f, "umsatz") || t.f == "negocios" && c.toks[j-1].f == "de" || t.f == "chiffre" && j+1 < n && (c.toks[j+1].f == "d" || c.toks[j+1].f == "daffaires" || c.toks[j+1].f == "affaires") {
			return true
		}
		if t.sc == scArabic && (hasAnyPrefix(t.f, arTurnoverStems) || t.f == "حجم" && j+1 < n && strings.HasPrefix(c.toks[j+1].f, "اعمال")) {
			return true
		}
		if !turnoverSkips[t.f] {
			break
		}
	}
	// Hindi: "टर्नओवर के 6%", "कुल राजस्व का 6%"
	if i >= 2 && c.toks[i-1].sent == sent && (c.toks[i-1].f == "के" || c.toks[i-1].f == "का" || c.toks[i-1].f == "की") {
		return turnoverNouns[c.toks[i-2].f]
	}
	return false
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

// revenueShare reports whether a percent at i (unit tokens ending at ue)
// is a share of revenue named before or after it, or compared with one:
// "Von den … Werbeeinnahmen Facebooks sind 10 Prozent", "90% de ses
// revenus publicitaires …, contre 70% actuellement".
func (c *ctx) revenueShare(i, ue int, unit string, sent int) bool {
	return unit == "percent" && (c.revenueShareBefore(i, sent) || c.revenueShareAfter(ue, sent) || c.revenueShareCompared(i, sent))
}

// revenueOf are the words of "of" that join a share to its whole.
var revenueOf = foldedSet("de|du|des|d|of|der|seiner|ihrer|del|dei|delle|della|degli|от")

// revenueShareAfter reports whether the percentage whose unit ends at ue
// is a share of a revenue named right after it: "of" and a revenue noun
// within four words, only words (a possessive, an adjective) between.
func (c *ctx) revenueShareAfter(ue, sent int) bool {
	if ue >= len(c.toks) || c.toks[ue].sent != sent || !revenueOf[c.toks[ue].f] {
		return false
	}
	for j := ue; j < len(c.toks) && j <= ue+4 && c.toks[j].sent == sent; j++ {
		t := &c.toks[j]
		if t.kind != tWord {
			return false
		}
		if turnoverNouns[t.f] { // "90% de ses revenus publicitaires", "10 Prozent seiner Werbeeinnahmen"
			return true
		}
	}
	return false
}

// revenueShareCompared reports whether the percentage at i is compared,
// by a word of comparing right before it (compareWords), with a share of revenue earlier
// in its sentence: "que 90% de ses revenus … proviennent …, contre 70%
// actuellement" (the same share at another time, no figure either).
func (c *ctx) revenueShareCompared(i, sent int) bool {
	q := c.beforeQualifier(i)
	if q < 1 || c.toks[q-1].sent != sent {
		return false
	}
	if !compareWords[c.toks[q-1].f] && (q < 2 || !compareWords[c.toks[q-2].f+" "+c.toks[q-1].f]) {
		return false // compareWords (ellipsis.go): "contre", "compared with", "gegenüber"
	}
	for j := q - 2; j >= 0 && c.toks[j].sent == sent; j-- {
		if c.isPercentSign(j) && c.revenueShareAfter(j+1, sent) {
			return true
		}
	}
	return false
}
