package extract

import (
	"strings"
	"unicode"

	"github.com/takedowndesk/takedowndesk/app"
)

// Words and shapes held-out batch 50 showed missing or misread: fines
// capped at a share of a company's turnover, the size of a ranking, the
// Hindi spelling of reports that font conversion prints, and "N autres"
// after a count of a series.

// addBatch50Words adds the unit words batch 50 showed missing: the Hindi
// plural of reports as the conversion of legacy fonts prints it
// ("रिपोटरें" for "रिपोर्टें", "रिपोटरों" for "रिपोर्टों"). The singular
// "रिपोटर" is left out: it is also the same conversion of "रिपोर्टर"
// (a reporter).
func addBatch50Words(l *lexicon) {
	l.add(entry{cat: catUnit, s: "notices"}, "रिपोटरें|रिपोटरों|रिपोटरे")
}

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

// carryOthers are the words for "others", "more" written right after a
// bare count of a series, as carryMoreAt reads "more": "puis 3 autres
// dimanche", "dann 3 weitere am Sonntag", "poi altri 3" is read before.
var carryOthers = map[string]bool{
	"autres": true, "weitere": true, "weiteren": true, "otros": true, "otras": true, "altri": true, "altre": true, "others": true,
}

// weekdayLeads may stand before a weekday that dates a count: "on
// Sunday", "le dimanche", "am Sonntag", "el domingo", "la domenica", "в
// воскресенье", "يوم الأحد".
var weekdayLeads = foldedSet("on|le|am|el|la|в|во|يوم")

// weekdayPlurals are the French plural weekdays, written for the day of
// the week a count fell on as the singular is ("3 autres dimanches").
var weekdayPlurals = foldedSet("lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches")

// weekdayAt returns the token after a weekday that dates a count of a
// series at k ("bloqués vendredi, puis 3 autres dimanche", "am Sonntag",
// "on Sunday"), past one lead word, or k.
func (c *ctx) weekdayAt(k, sent int) int {
	n := len(c.toks)
	j := k
	if j < n && c.toks[j].sent == sent && c.toks[j].kind == tWord && weekdayLeads[c.toks[j].f] {
		j++
	}
	if j >= n || c.toks[j].sent != sent || c.toks[j].kind != tWord {
		return k
	}
	if c.has(j, catWeekday) || weekdayPlurals[c.toks[j].f] {
		return j + 1
	}
	return k
}

// followerConjunct reports whether the count starting at k is the second
// conjunct of a count of followers: "and" stands right before it and the
// figure before it in its sentence counts followers, with only a few words
// between ("suivis par 65 500 personnes sur Facebook et 500 personnes sur
// Instagram", "followed by 65,500 people on Facebook and 500 people on
// Instagram"). The people or users it counts follow the same pages.
func (c *ctx) followerConjunct(k int) bool {
	if k < 2 || len(c.figs) == 0 || !c.has(k-1, catJoin) {
		return false
	}
	sent := c.toks[k].sent
	f := c.figs[len(c.figs)-1]
	if f.sent != sent || f.t1 > k-1 || k-1-f.t1 > 4 || c.claims[f.claim].Unit != "followers" {
		return false
	}
	for m := f.t1; m < k-1; m++ {
		if c.toks[m].kind != tWord {
			return false // a comma, a number: another clause or list
		}
	}
	// what follows the count: its people or users, then only a platform's
	// preposition or the end ("500 personnes sur Instagram"), not a verb
	// of a clause of their own ("and 20 people were arrested")
	n := len(c.toks)
	j := k
	for j < n && c.toks[j].sent == sent && (c.toks[j].kind == tNum || c.has(j, catScale)) {
		j++
	}
	if j < n && c.toks[j].sent == sent && c.toks[j].kind == tWord {
		if u, e, _ := c.unitAt(j); e > j && (u == "users" || u == "followers") {
			j = e
		} else if peopleNouns[c.toks[j].f] {
			j++
		}
	}
	return j >= n || c.toks[j].sent != sent || c.toks[j].kind == tPunct || followerPlacePreps[c.toks[j].f]
}

// followerPlacePreps name where the followers of a conjunct follow: "on
// Instagram", "sur Instagram", "en Instagram", "su Instagram", "auf
// Instagram", "в Instagram", "على إنستغرام", "पर".
var followerPlacePreps = foldedSet("on|sur|en|su|auf|bei|в|на|على|في|पर|across")

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
	return len([]rune(f)) >= 4 && (strings.HasSuffix(f, "يا") || strings.HasSuffix(f, "ية") || strings.HasSuffix(f, "يه") || strings.HasSuffix(f, "ي"))
}

// skipOpeningAside returns the token after a sentence adverb set apart by
// a comma at the start of a sentence ("Plus globalement, chaque mois, …",
// "Overall, each month, …", "Insgesamt, jeden Monat, …"): one to three
// words, no number, and a comma. A rate or a qualifier written there
// itself ("Chaque mois, …", "On average, …") is not skipped. s is the sentence's first word, i the count.
func (c *ctx) skipOpeningAside(s, i, sent int) int {
	for j := s; j < i && j < s+4 && c.toks[j].sent == sent; j++ {
		if _, e := c.find(j, catRate, 2); e > 0 {
			return s // "Chaque mois, …": the rate itself
		}
		if _, e := c.find(j, catQualBefore, 2); e > 0 {
			return s // "On average, …": the qualifier itself
		}
		if c.isPunct(j, ",") {
			if j > s && j+1 < i {
				return j + 1
			}
			return s
		}
		if c.toks[j].kind != tWord || c.has(j, catNum) {
			return s
		}
	}
	return s
}

// openingJoins join a second count to the first of a sentence that an
// opening rate covers: "…, ainsi que plus de 10 millions", "…, as well as
// more than 10 million", "… and 300".
var openingJoins = foldedSet("ainsi|que|as|well|and|et|y|und|sowie|e|nonche|и|а|также|و|और|along|with|plus")

// joinedOpeningRate returns the rate an opening adverb gives the first
// figure of the sentence when the count at i is joined right to that
// figure by a comma and a conjunction ("Chaque mois, la plateforme annonce
// bloquer 1 million de chaînes et groupes, ainsi que plus de 10 millions
// d’utilisateurs"), or "". Any verb or other word between keeps the
// second count out of the rate's scope.
func (c *ctx) joinedOpeningRate(i, sent int) app.Rate {
	p, ok := c.joinedToLast(i, sent)
	if !ok {
		return ""
	}
	_, r := c.openingAdverb(c.figs[p].t0, sent)
	return r
}

// joinedToLast returns the index in c.figs of the figure right before the
// count at i when only commas and a conjunction stand between them ("1
// million de chaînes et groupes, ainsi que plus de 10 millions", "más de
// un millón de canales y más de diez millones de usuarios").
func (c *ctx) joinedToLast(i, sent int) (int, bool) {
	if len(c.figs) == 0 {
		return -1, false
	}
	p := len(c.figs) - 1
	f := c.figs[p]
	if f.sent != sent || f.t1 > i || f.ell {
		return -1, false
	}
	k := c.beforeQualifier(i)
	joined := false
	for m := f.t1; m < k; m++ {
		switch {
		case c.isPunct(m, ","):
		case c.toks[m].kind == tWord && openingJoins[c.toks[m].f]:
			joined = true
		default:
			return -1, false
		}
	}
	return p, joined
}

// ruYearAbbrAt reports whether the full stop at k ends the Russian
// abbreviation of "year" after a year ("в 2025 г.", "в 2023–2024 гг.")
// that the sentence goes on after: a dash, a comma, a number or a word in
// lower case follows on the same line ("то в 2025 г. – к 1,289 млн"). A
// capital or a new line after it starts the next sentence.
func (c *ctx) ruYearAbbrAt(k int) bool {
	if k < 2 || k+1 >= len(c.toks) || c.toks[k+1].nl {
		return false
	}
	if a := &c.toks[k-1]; a.kind != tWord || (a.f != "г" && a.f != "гг") || c.toks[k].sp {
		return false
	}
	if y := &c.toks[k-2]; y.kind != tNum || y.ndig != 4 {
		return false
	}
	switch next := &c.toks[k+1]; next.kind {
	case tNum:
		return true
	case tWord:
		return !unicode.IsUpper(c.rs[next.s])
	case tPunct:
		switch string(c.rs[next.s:next.e]) {
		case "–", "—", "-", ",":
			return true
		}
	}
	return false
}

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
