package extract

import "strings"

// siblingPreps are the prepositions of place or time that may follow both
// of two counts written alike: "1 مليون فيديو في المغرب و1.3 مليون في لبنان".
var siblingPreps = map[string]bool{
	"في": true, "in": true, "en": true, "im": true, "в": true, "во": true, "на": true,
	"nel": true, "nella": true, "nei": true, "au": true, "aux": true, "dans": true, "on": true, "at": true, "में": true,
	"from": true, "aus": true, "desde": true, "sur": true, "su": true, "के": true, "से": true,
	"under": true, "علي": true, "عبر": true, // folded "على"
	// what each count is linked to: "83 estaban vinculados al comercio … y
	// 39 al phishing", "120 were linked to the party and 40 to the campaign"
	"to": true, "al": true, "alla": true, "ai": true,
}

// siblingPronouns are demonstratives that stand for a noun named before.
var siblingPronouns = foldedSet("quelli|quelle|those|ceux|celles|aquellos|aquellas|diejenigen")

// siblingCount finds the figure whose unit a bare count after a comma or a
// conjunction takes when the two are written alike: the same qualifier
// before both ("более 43 000 ресурсов …, более 38 000 попали …", "más de
// 8,2 millones de vídeos …, más de 6,6 millones fueron …"), the same
// preposition after both ("1 مليون فيديو في المغرب و1.3 مليون في لبنان"),
// or a month after the bare count in a sentence that dates its figures by
// month ("a settembre … 1987 bot e canali …, 1800 ad ottobre, 2094 a
// novembre"). It returns the index in c.figs.
func (c *ctx) siblingCount(i, end, sent int, year bool) (int, bool) {
	p := len(c.figs) - 1
	if p < 0 {
		return -1, false
	}
	f := c.figs[p]
	if f.sent != sent || f.t1 > i || i-f.t1 > 16 {
		return -1, false
	}
	if c.claims[f.claim].Unit == "percent" {
		// a bare share between two percentages of a list: "löschte Twitter ein
		// Prozent, YouTube nur zehn und Facebook 46 Prozent"
		if !year && c.percentNext(end, sent) && i-f.t1 <= 8 {
			return p, true
		}
		return -1, false
	}
	for k := f.t1; k < i; k++ {
		if t := &c.toks[k]; t.kind == tNum && !t.used {
			return -1, false // another number between
		}
	}
	k := c.beforeQualifier(i)
	if k == 0 || c.toks[k-1].sent != sent {
		return -1, false
	}
	if !(c.isPunct(k-1, ",") || c.isPunct(k-1, ";") || c.has(k-1, catJoin) || c.toks[k-1].f == "و") {
		return -1, false
	}
	if end < len(c.toks) && c.toks[end].sent == sent && (c.has(end, catCurrency) || c.hasTime(end) || c.has(end, catPart)) {
		return -1, false
	}
	// a comitative phrase after the bare count describes a part of the
	// figure: "почти 40 млн групп и каналов, 894 324 с материалами насилия"
	if !year && end < len(c.toks) && c.toks[end].sent == sent && withWords[c.toks[end].f] && c.isPunct(k-1, ",") {
		return p, true
	}
	// a demonstrative pronoun after the bare count stands for the figure's
	// noun: "Oltre 50 i siti che vendevano Viagra, una quarantina quelli
	// specializzati in anabolizzanti", "120 accounts were Russian, 40 those
	// run from Iran"
	if !year && end < len(c.toks) && c.toks[end].sent == sent && siblingPronouns[c.toks[end].f] {
		return p, true
	}
	if !year && c.bareEnd(end, sent) {
		// the same qualifier before both
		if q0 := c.beforeQualifier(f.t0); k < i && q0 < f.t0 && f.t0-q0 == i-k {
			same := true
			for d := 0; d < i-k; d++ {
				if c.toks[q0+d].f != c.toks[k+d].f {
					same = false
					break
				}
			}
			if same {
				return p, true
			}
		}
		// a platform after both, whatever the prepositions: "إغلاق 100 حساب في
		// "تويتر"، و330 على "فيسبوك""
		if c.platformWithin(end, sent, 3) && c.platformWithin(f.t1, sent, 3) {
			return p, true
		}
		// the same preposition after both: right after the figure, or after
		// its verb ("512 noms de domaine ont été bloqués sur injonction
		// judiciaire et 772 sur notification", "654,968 videos from the US
		// were removed, about 491,933 from Russia")
		if end < len(c.toks) && c.toks[end].sent == sent && siblingPreps[c.toks[end].f] {
			for m := f.t1; m < k-1 && m < f.t1+8; m++ {
				if c.toks[m].f == c.toks[end].f {
					return p, true
				}
			}
		}
		// once a bare count of the list took the unit, the next may change
		// the preposition: "56,000 under violent threats, 30,000 under
		// sensitive media, 29,000 on child sexual exploitation"
		if f.ell && end < len(c.toks) && c.toks[end].sent == sent && siblingPreps[c.toks[end].f] && siblingPreps[c.toks[f.t1].f] {
			return p, true
		}
	}
	// a verb of coming and a preposition of origin after the bare count, and
	// the same preposition after the figure: "132.613 Eingaben auf das
	// Konto von Nutzern, 37.620 kamen von Beschwerdestellen"
	if !year && c.isPunct(k-1, ",") && k == i && c.comesFrom(end, sent) {
		for m := f.t1; m < k-1 && m < f.t1+8; m++ {
			if c.toks[m].f == c.toks[end+1].f {
				return p, true
			}
		}
	}
	// a month after the bare count, and one before or after the figure
	if c.monthWithin(end, sent, 5) && (c.monthWithin(f.t1, sent, 5) || c.monthBeforeIn(f.t0, sent)) {
		return p, true
	}
	if !year && c.listTail(p, k, end, sent) {
		return p, true
	}
	return -1, false
}

// listTail reports whether a bare count after "and" ends a list whose last
// two figures, written after a comma or "and", count the same unit: "32
// موقع مراهنات، و97 موقعا لحقوق الملكية، و56 مسيئة للدين", "32 betting
// sites, 97 piracy sites and 56 offensive to religion". What follows the
// count must not make it a count of something else (people, time, money).
func (c *ctx) listTail(p, k, end, sent int) bool {
	if p < 1 || !(c.has(k-1, catJoin) || c.toks[k-1].f == "و") {
		return false
	}
	f, g := c.figs[p], c.figs[p-1]
	u := c.claims[f.claim].Unit
	if g.sent != sent || u == "" || u == "percent" || c.claims[g.claim].Unit != u {
		return false
	}
	q := c.beforeQualifier(f.t0)
	if q == 0 || !(c.isPunct(q-1, ",") || c.has(q-1, catJoin) || c.toks[q-1].f == "و") {
		return false
	}
	if end < len(c.toks) && c.toks[end].sent == sent && c.toks[end].kind == tWord {
		if peopleWords[c.toks[end].f] || c.hasTime(end) || c.has(end, catCurrency) || c.has(end, catMonth) || c.has(end, catScale) || c.has(end, catNum) {
			return false
		}
	}
	return true
}

// percentNext reports whether, after a conjunction and at most two words,
// the next number of the sentence is a percentage: the count ending at end
// stands between two shares of one list.
func (c *ctx) percentNext(end, sent int) bool {
	j := end
	if j >= len(c.toks) || c.toks[j].sent != sent || !(c.has(j, catJoin) || c.isPunct(j, ",")) {
		return false
	}
	for k := j + 1; k < len(c.toks) && k <= j+3 && c.toks[k].sent == sent; k++ {
		if c.toks[k].kind == tNum {
			b, ok := c.parseAmount(k, false)
			if !ok || b.year {
				return false
			}
			return c.percentAfter(b.end - 1)
		}
		if c.toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// platformWithin reports whether a platform name follows k within n tokens
// of the sentence, past prepositions and quotes, before a number.
func (c *ctx) platformWithin(k, sent, n int) bool {
	for j := k; j < len(c.toks) && j < k+n && c.toks[j].sent == sent; j++ {
		if c.has(j, catPlatform) {
			return true
		}
		if c.toks[j].kind == tNum || c.toks[j].kind == tPunct && !quoteMarks[c.toks[j].f] {
			return false
		}
	}
	return false
}

var quoteMarks = map[string]bool{"\"": true, "«": true, "»": true, "“": true, "”": true, "„": true, "'": true}

// monthWithin reports whether a month name follows k within n tokens of
// the sentence with no number between: "1800 ad ottobre", "2233 fino ad
// oggi a dicembre".
func (c *ctx) monthWithin(k, sent, n int) bool {
	return c.monthWithinAt(k, sent, n) >= 0
}

// monthWithinAt is the token of the month monthWithin finds, or -1.
func (c *ctx) monthWithinAt(k, sent, n int) int {
	for j := k; j < len(c.toks) && j < k+n && c.toks[j].sent == sent; j++ {
		if c.has(j, catMonth) {
			return j
		}
		if c.toks[j].kind == tNum || c.toks[j].kind == tPunct && c.toks[j].f != "'" {
			return -1
		}
	}
	return -1
}

// monthBeforeIn reports whether a month name stands in the sentence before
// token i.
func (c *ctx) monthBeforeIn(i, sent int) bool {
	for j := i - 1; j >= 0 && c.toks[j].sent == sent; j-- {
		if c.has(j, catMonth) {
			return true
		}
	}
	return false
}

// bareEnd reports whether what follows a bare count at k leaves it without
// a noun of its own: the end of the clause, a dash, a verb, a preposition
// or a month ("более 38 000 попали …", "6,6 millones fueron …", "1.3 مليون
// في لبنان"), not a noun ("более 250 VPN-сервисов").
func (c *ctx) bareEnd(k, sent int) bool {
	if k >= len(c.toks) || c.toks[k].sent != sent || c.toks[k].kind == tPunct {
		return true
	}
	t := &c.toks[k]
	if t.kind != tWord {
		return false
	}
	f := t.f
	if siblingPreps[f] || c.has(k, catMonth) || copulas[f] || auxWords[f] || clauseVerbStart[f] {
		return true
	}
	switch t.sc {
	case scCyrillic:
		return ruVerbEnd(f)
	case scLatin:
		return pastVerb(f) || isParticiple(f, c.rs[t.s:t.e])
	}
	return false
}

// followStems begin the participles and verbs of following ("seguiti da",
// "suivis par", "followed by", "seguidas por", "يتابعها").
var followStems = []string{"seguit", "suivi", "follow", "seguid", "يتابع", "تتابع"}

// byWords are the agent prepositions after a participle of following.
var byWords = map[string]bool{"da": true, "dai": true, "par": true, "by": true, "por": true}

// peopleNouns are the nouns for people a count of followers may be
// written with: "suivis par plus de 2,8 millions de personnes".
var peopleNouns = map[string]bool{"personnes": true, "personas": true, "persone": true, "people": true, "persons": true, "individus": true, "menschen": true, "personen": true, "شخص": true, "اشخاص": true, "человек": true, "людей": true}

// followedBy reports whether the count at token i is the agent of a verb
// of following: "seguiti da 6,9 milioni di utenti", "suivis par plus de
// 2,8 millions de personnes", "يتابعها 16 ألف شخص". Such users or people
// are followers.
func (c *ctx) followedBy(i int) bool {
	k := c.beforeQualifier(i)
	if k == 0 || c.toks[k-1].sent != c.toks[i].sent || c.toks[k-1].kind != tWord {
		return false
	}
	if c.followerConjunct(k) {
		return true
	}
	w := c.toks[k-1].f
	switch {
	case byWords[w]:
		if k < 2 || c.toks[k-2].kind != tWord {
			return false
		}
		w = c.toks[k-2].f
	case c.toks[k-1].sc == scCyrillic:
		// "на эти каналы подписаны более 2 млн пользователей"
		return strings.HasPrefix(w, "подпис")
	case c.toks[k-1].sc == scArabic:
		return c.arFollowedBy(k)
	default:
		return false
	}
	return followStem(w)
}

// followStem reports whether a folded word begins a verb or participle
// of following.
func followStem(w string) bool {
	return hasAnyPrefix(w, followStems)
}

// arFollowedBy reports whether an Arabic verb of following stands before
// the count starting at k, right before it or before its object, a
// demonstrative and definite nouns ("ويتابع هذه الحسابات نحو 6 ملايين
// مستخدم"): the verb first, then what is followed, then who follows.
func (c *ctx) arFollowedBy(k int) bool {
	sent := c.toks[k].sent
	for j := k - 1; j >= 0 && j >= k-4 && c.toks[j].sent == sent && c.toks[j].kind == tWord && c.toks[j].sc == scArabic; j-- {
		w := c.toks[j].f
		if len(w) > 6 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
			w = w[len("و"):] // the conjunction written onto the verb: "ويتابع"
		}
		if followStem(w) {
			return true
		}
		if !arDemonstratives[w] && !strings.HasPrefix(w, "ال") && !c.has(j, catPlatform) {
			return false // "تابعت الوزارة حجب …": another verb between
		}
	}
	return false
}

// arDemonstratives point at the object of a verb of following.
var arDemonstratives = map[string]bool{"هذه": true, "هذا": true, "تلك": true, "ذلك": true, "هولاء": true}

// followAfterStems are the verbs users or people written before them
// follow or subscribe with: "240 ألف مستخدم تابعوا واحدا من الحسابات",
// "2 million users subscribed to the pages", ""5 млн пользователей
// подписались"".
var followAfterStems = []string{"follow", "subscrib", "suiv", "abonn", "segu", "sigu", "suscri", "iscri", "folg", "abonnier", "подпис", "تابع", "اشترك", "يتابع", "يشترك", "تتابع"}

// followsAfter reports whether a verb of following comes after the users
// unit ending at ue, past a relative pronoun, an auxiliary or the platform
// they use ("مستخدم لإنستجرام تابعوا"), and what they follow is a counted
// unit ("تابعوا واحدا من الحسابات", "subscribed to the pages"): users who
// "followed the network" stay users.
func (c *ctx) followsAfter(ue, sent int) bool {
	for k := ue; k < len(c.toks) && k < ue+3 && c.toks[k].sent == sent && c.toks[k].kind == tWord; k++ {
		w := c.toks[k].f
		for _, s := range followAfterStems {
			if strings.HasPrefix(w, s) {
				return c.followedUnit(k+1, sent)
			}
		}
		if !followAfterSkip[w] && !c.has(k, catPlatform) {
			return false
		}
	}
	return false
}

// followsHead reports whether the users or people ending at ue follow
// what the relative clause they open points back at: "five accounts that
// more 15,000 users were estimated to follow", "nine pages, which 40,000
// users followed". The head before the relative pronoun must be a counted
// unit, and the verb of following, within a few words past a hedge
// ("were estimated to"), must end the clause.
func (c *ctx) followsHead(i, ue, sent int) bool {
	k := c.beforeQualifier(i)
	if k > 0 && c.toks[k-1].f == "more" {
		k-- // "that more 15,000 users": "than" left out
	}
	if k < 2 || c.toks[k-1].sent != sent || !relativeHeads[c.toks[k-1].f] {
		return false
	}
	h := k - 2
	if c.isPunct(h, ",") {
		h--
	}
	if h < 0 || c.toks[h].sent != sent || c.toks[h].kind != tWord {
		return false
	}
	counted := false
	for j := h; j >= 0 && j >= h-2 && c.toks[j].sent == sent; j-- {
		if u, e, _ := c.unitAt(j); e == h+1 && u != "users" && u != "followers" && u != "percent" {
			counted = true
			break
		}
	}
	if !counted {
		return false
	}
	for k := ue; k < len(c.toks) && k < ue+5 && c.toks[k].sent == sent && c.toks[k].kind == tWord; k++ {
		w := c.toks[k].f
		if strings.HasPrefix(w, "follow") || strings.HasPrefix(w, "subscrib") {
			e := k + 1
			return e >= len(c.toks) || c.toks[e].sent != sent || c.toks[e].kind == tPunct
		}
		if !followAfterSkip[w] && !followHedges[w] {
			return false
		}
	}
	return false
}

// relativeHeads open a relative clause whose head is the noun before.
var relativeHeads = map[string]bool{"that": true, "which": true, "whom": true}

// followHedges may stand between people and their verb of following:
// "were estimated to follow", "are thought to follow".
var followHedges = map[string]bool{"estimated": true, "thought": true, "believed": true, "said": true, "to": true, "are": true, "is": true, "reportedly": true}

// followedUnit reports whether a takedown unit other than people is
// written within eight words from k, before a number or the clause's end.
func (c *ctx) followedUnit(k, sent int) bool {
	for j := k; j < len(c.toks) && j < k+8 && c.toks[j].sent == sent; j++ {
		if c.toks[j].kind == tNum || c.isPunct(j, ",") || c.isPunct(j, ";") {
			return false
		}
		if u, e, _ := c.unitAt(j); e > 0 && u != "users" && u != "followers" && u != "percent" {
			return true
		}
	}
	return false
}

// followAfterSkip are the words between users and their verb of following.
var followAfterSkip = map[string]bool{
	"قد": true, "الذين": true, "who": true, "that": true, "had": true, "have": true, "qui": true, "ont": true, "che": true, "hanno": true,
	"que": true, "han": true, "die": true, "haben": true, "которые": true,
	// the past auxiliary of a continuing verb: "150 ألف شخص كانوا
	// يتابعون هذه الصفحات", "people who were following"
	"كانوا": true, "كان": true, "كانت": true, "were": true, "was": true, "etaient": true, "erano": true, "waren": true, "были": true,
}

// followerCountBefore reports whether the number of followers is the
// subject of the count at i, written as people: "ويبلغ عدد متابعيه 888 ألف
// شخص", "بلغ عدد متابعي الصفحة مليوني شخص", "the number of its followers
// reached 2 million people". The count word and the followers stand within
// five words before the count, with nothing but words between; the number
// of the page's followers is a count of followers, whatever noun it is
// written with.
func (c *ctx) followerCountBefore(i, sent int) bool {
	q := c.beforeQualifier(i)
	for m := q - 1; m >= 1 && m >= q-5 && c.toks[m].sent == sent; m-- {
		if c.toks[m].kind != tWord {
			return false
		}
		u, e, _ := c.unitAt(m)
		if e == 0 || u != "followers" || e > q {
			continue
		}
		p := m - 1
		if p >= 1 && followerOwners[c.toks[p].f] {
			p-- // "the number of its followers"
		}
		if p >= 1 && ofWords[c.toks[p].f] {
			p-- // "the number of followers", "le nombre des abonnés"
		}
		if p >= 0 && c.toks[p].sent == sent && (countWords[c.toks[p].f] || arCountNoun(c.toks[p].f)) {
			return true
		}
	}
	return false
}

// followerOwners name whose followers a count word counts.
var followerOwners = map[string]bool{"its": true, "their": true, "his": true, "her": true, "the": true, "ses": true, "leurs": true, "sus": true, "suoi": true, "seiner": true, "ihrer": true}

// peopleAt returns the end of a people noun at k, past "de", "di", "of";
// 0 when there is none.
func (c *ctx) peopleAt(k, sent int) int {
	if k < len(c.toks) && (c.toks[k].f == "de" || c.toks[k].f == "di" || c.toks[k].f == "of") {
		k++
	}
	if k < len(c.toks) && c.toks[k].sent == sent && peopleNouns[c.toks[k].f] {
		return k + 1
	}
	return 0
}

// comesFrom reports whether a verb of coming and a preposition of origin
// follow the bare count ending at end: "37.620 kamen von …".
func (c *ctx) comesFrom(end, sent int) bool {
	if end+1 >= len(c.toks) || c.toks[end+1].sent != sent {
		return false
	}
	return c.toks[end].kind == tWord && comeWords[c.toks[end].f] && originPreps[c.toks[end+1].f]
}

// comeWords say where a count came from, folded: "37.620 kamen von
// Beschwerdestellen", "37,620 came from hotlines", "37.620 vinieron de
// organismos".
var comeWords = foldedSet("kamen|kam|stammten|stammen|came|come|vinieron|venian|procedian|provenian|provenivano|arrivavano")

// possessiveCompare are the words that compare a figure with another
// owner's count: "far fewer than Facebook's 2 million", "lower than that
// of Facebook's 5.4 billion", "compared with YouTube's 8 million".
var possessiveCompare = map[string]bool{"than": true, "of": true, "with": true, "to": true, "versus": true, "vs": true}

// possessiveSibling finds the figure whose unit a bare count takes when it
// is written after another owner's possessive that the clause compares
// with the figure: "LinkedIn removed around 22 million fake accounts
// which is far lower than that of Facebook's 5.4 billion". The owner is a
// name, the word of comparing stands at most three words before it, and
// nothing but the end of the clause follows the count. It returns the
// index in c.figs.
func (c *ctx) possessiveSibling(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 {
		return -1, false
	}
	k := c.beforeQualifier(i)
	if k < 4 || c.toks[k-1].f != "s" || !c.isPunct(k-2, "'") || c.toks[k-3].kind != tWord || c.toks[k-3].sent != sent {
		return -1, false
	}
	o := k - 3
	if !startsUpper(c.rs[c.toks[o].s:c.toks[o].e]) && !c.has(o, catPlatform) {
		return -1, false
	}
	cmp := false
	for m := o - 1; m >= 0 && m >= o-3 && c.toks[m].sent == sent; m-- {
		if possessiveCompare[c.toks[m].f] {
			cmp = true
			break
		}
	}
	if !cmp || !c.clauseEndAt(end, sent) {
		return -1, false
	}
	p := len(c.figs) - 1
	f := c.figs[p]
	if u := c.claims[f.claim].Unit; f.sent != sent || f.t1 > o || u == "" || u == "percent" {
		return -1, false
	}
	for m := f.t1; m < o; m++ {
		if t := &c.toks[m]; t.kind == tNum && !t.used {
			return -1, false // another number between
		}
	}
	return p, true
}
