package extract

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
)

// amount is a parsed number expression: digits or number words, scales and
// Arabic compounds ("34 مليونًا و913 ألفًا").
type amount struct {
	v     float64
	end   int // token after the expression
	scale float64
	qual  app.Qualifier
	year  bool // a bare four-digit number that reads as a year
}

// findFigures walks the tokens and turns every number followed by a known
// unit into a figure claim.
func (c *ctx) findFigures() {
	n := len(c.toks)
	for i := 0; i < n; i++ {
		t := &c.toks[i]
		if t.used || (t.kind != tNum && t.kind != tWord) {
			continue
		}
		if t.kind == tWord && !c.startsNumberWord(i) {
			continue
		}
		if t.kind == tNum && c.isReference(i) {
			continue
		}
		a, ok := c.parseAmount(i, true)
		if !ok {
			continue
		}
		if e := c.wordsRestatementEnd(i, a, t.sent); e > a.end {
			a.end = e // "4999000 أربع مليون وتسعمائة وتسع وتسعون مستخدم": the digits, restated in words
		}
		if c.oneOf(i, a) {
			i = a.end - 1 // "one of these Pages", "uno de los canales": no count
			continue
		}
		if c.nameNumber(i, a) {
			t.used = true // "the France 24 channel", "25,400 के साथ राष्ट्र 24 चैनल": a name, no count
			i = a.end - 1
			continue
		}
		if a.year && c.qualBefore(i) != "" {
			a.year = false // "circa 2000 tra bots e canali": a qualified number is a count
		}
		if a.year && c.yearContext(i, a.end) {
			i = a.end - 1
			continue
		}
		if a.scale == 0 && c.changeFrom(i) {
			a.v = c.changeScale(a)
		}
		// qualifier written between number and unit (Hindi "से अधिक")
		k := a.end
		qual := a.qual
		if e := c.restatementEnd(k, a, t.sent); e > k && !a.year {
			k = e // "9.7 मिलियन (97 लाख) से अधिक अकाउंट": the same count in another scale
		}
		if h, e := c.find(k, catQualAfter, 0); e > 0 && (h.e.s == string(app.QualMoreThan) || h.e.s == string(app.QualUpTo)) && c.toks[k].sc == scDevanagari && !c.hiReached(h, e) {
			qual = app.Qualifier(h.e.s)
			k = e
		} else if e := c.andSomeAt(k, t.sent); e > 0 {
			qual, k = app.QualMoreThan, e // "300-plus channels", "300 et quelques chaînes", "300 ونيف قناة"
		} else if q, e := c.orQualAt(k, t.sent); e > k {
			qual, k = app.Qualifier(q), e // "cinque o meno indirizzi IP", "5 or more IP addresses"
		}
		// "13 of which were EU member states": the unit follows the marker
		them, ofWhich := false, false
		if e := c.partAfter(k); e > 0 {
			them = c.toks[k+1].f == "them"
			ofWhich = !them
			k = e
		} else if e := c.pronounPart(i, k); e > 0 {
			them = true // "10 di queste", "5 of these" with no unit after
			k = e
		}
		// "455, or 63 percent, of the accounts", "377 (43 per cent) of
		// websites": the share in apposition, then the count's unit
		shareAppos := false
		if e := c.shareAppositionUnit(k, t.sent); e > 0 {
			k, shareAppos = e, true
		}
		// "1.800 di messaggi", "2000 tra bots e canali", "9 من أكبر منصات"
		if e := c.partitive(k); e > 0 {
			k = e
		}
		k = c.numberOf(k)
		// "7,704 are Facebook accounts, 954 are Facebook pages": a copula
		// between a count and its own unit noun
		if e := c.copulaUnit(k, t.sent); e > 0 && !a.year {
			k = e
		} else if e := c.numberOfAfter(k, t.sent); e > 0 && !a.year {
			// "Sale, così, a 312 il numero dei siti oscurati": the subject,
			// the number of the unit, written after its count
			k = e
		}
		unit, us, ue, ok := c.findUnit(k, t.sent, a.year)
		if ok && c.hiCollectiveOwner(i, ue, t.sent) {
			i = a.end - 1 // "तीनों चैनल के … सब्सक्राइबर्स": whose they were, no count
			continue
		}
		belongPart := false
		if ok && (c.spanHas(a.end, us, belongVerbs) && c.ruParticiplePhraseEnd(a.end, t.sent) != us || unit == "users" && c.belongVerbBefore(i)) {
			ok, belongPart = false, true // "7,26 milioni appartenevano ad utenti": whose they were, not what they are
		}
		if e, drop := c.timesUnit(i, k, t.sent); drop {
			i = a.end - 1 // "bloqueó la web en 3 ocasiones": times, no count
			continue
		} else if e > 0 {
			unit, us, ue, ok = "requests", k, e, true // "pidieron hasta en 32 ocasiones a Google": requests
			if c.upToBeforePrep(i) {
				qual = app.QualUpTo
			}
		}
		if !ok && !a.year && k == a.end && k < len(c.toks) && c.toks[k].sent == t.sent && caseNouns[c.toks[k].f] {
			// "die Anzahl der Beschwerden … von 4063 auf 3097 Fälle", "mit
			// 10.922 Fällen": the cases are of the unit the clause named, so
			// the count reads on as if they were not written
			a.end = k + 1
			k = a.end // "Mit 1556 Fällen gingen die meisten Meldungen": a later unit after the cases
		}
		if !ok && c.moneyRangeLow(i, a.end, t.sent) {
			i = a.end - 1 // "от 800 тыс. до 4 млн руб.": the low end of a sum of money
			continue
		}
		pair := false
		// "17 dei 19 canali", "5 of the 12 accounts": the unit of the whole
		if !ok && k+2 < len(c.toks) && ofTheWholeWords[c.toks[k].f] && !a.year {
			w := k + 1
			for w < k+3 && w+1 < len(c.toks) && (totalBetween[c.toks[w].f] || wholeArticles[c.toks[w].f] && totalBetween[c.toks[w+1].f]) {
				w++ // "6073 der insgesamt 6241 Meldungen", "5 of the total 120 accounts"
			}
			if c.toks[w].kind == tNum && c.toks[w].numOK && c.toks[w].val > a.v {
				if b, okb := c.parseAmount(w, false); okb && !b.year {
					if u2, s2, e2, ok2 := c.findUnit(b.end, t.sent, false); ok2 {
						unit, us, ue, ok, pair = u2, s2, e2, true, true
					}
				}
			}
		}
		if ok && c.labelsNext(i, us, ue) {
			ok = false // "Requests: 2 Links: 5": Links names the next number
		}
		if ok && unit == "users" && !a.year {
			// "17,649 यूजर्स की कंप्लेंट": the users' complaints are counted
			if u2, e2, ok2 := c.usersOwn(ue, t.sent); ok2 {
				unit, ue = u2, e2
			}
		}
		if !a.year && c.followedBy(i) {
			// "seguiti da 6,9 milioni di utenti", "suivis par 2,8 millions de personnes"
			if ok && unit == "users" {
				unit = "followers"
			} else if e := c.peopleAt(k, t.sent); !ok && e > 0 {
				unit, us, ue, ok = "followers", e-1, e, true
			}
		} else if ok && unit == "users" && !a.year && (c.followsAfter(ue, t.sent) || c.followsHead(i, ue, t.sent)) {
			unit = "followers" // "240 ألف مستخدم لإنستجرام تابعوا واحدا من الحسابات", "pages that 15,000 users followed"
		} else if e := c.peopleAt(k, t.sent); !ok && !a.year && e > 0 && (c.followsAfter(e, t.sent) || c.followsHead(i, e, t.sent)) {
			unit, us, ue, ok = "followers", e-1, e, true // "alrededor de 22 mil personas siguieron una o más de estas cuentas"
		} else if e := c.peopleAt(k, t.sent); !ok && !a.year && e > 0 && c.followerCountBefore(i, t.sent) {
			unit, us, ue, ok = "followers", e-1, e, true // "ويبلغ عدد متابعيه 888 ألف شخص": its followers, counted as people
		} else if e := c.peopleAt(k, t.sent); !ok && !a.year && e > 0 && c.memberCountBefore(i, t.sent) {
			unit, us, ue, ok = "users", e-1, e, true // "в сообществе состояло 26 тысяч человек": its members
		} else if e := c.peopleAt(k, t.sent); !ok && !a.year && e > 0 && c.audienceCountBefore(i, t.sent) {
			unit, us, ue, ok = "users", e-1, e, true // "аудитория YouTube в России составила 95,56 млн человек": its user base
		} else if e := c.peopleAt(k, t.sent); !ok && !a.year && e > 0 && c.peopleUsing(i, e, t.sent) {
			unit, us, ue, ok = "users", e-1, e, true // "weltweit nutzen 500 Millionen Menschen den Dienst": its user base
		}
		var high float64
		monthAfter := -1 // a sibling count's month written after it: "1800 ad ottobre"
		unitEnd := 0     // the unit's end when it is written apart from the number
		category := ""
		ell := false // a part or coordinated count that takes its figure's unit
		parent := 0  // for a part: 1 + the index in c.figs of its whole
		nounPart := false
		// "…, 67.000 concernaient des contenus … et 15.000 des contenus …":
		// what a part is about is no unit; it counts what the whole counts
		if p, okA := c.aboutPart(i, t.sent, a.year); okA && !(ok && c.verbAfterUnit(ue, t.sent)) {
			unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
		} else if p, ok2 := c.gappedCount(i, a.end, t.sent); ok2 {
			// "Sur 500 demandes, 300 visaient des comptes, 200 des chaînes": the verb left out
			unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
		} else if p, ok2 := c.restatedRate(i, a.end, t.sent, a.year); ok2 && !ok {
			// "77 666 580 de ces demandes, soit 30 par seconde": the same figure as a rate
			unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
		}
		if !ok && c.stageNumber(i) {
			// "in Year 2", "im Jahr 2": the stage's number is a reference,
			// no count of the unit before it
			a.year = true
		}
		nowParent := -1 // the figure a count "which is now" restates
		if !ok && !a.year {
			if p := c.restatedNow(i, t.sent); p >= 0 {
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
				nowParent = p // "140 million active users monthly, which is now over 150 million"
			}
		}
		if !ok && (ofWhich || belongPart) && !a.year {
			// "54,903 websites, 3,306 of which news addresses": no unit after
			// "of which", a part of the figure before; so is a count of what
			// belonged to someone ("degli oltre 11,1 milioni di account
			// rimossi … 7,26 milioni appartenevano ad utenti")
			if p := len(c.figs) - 1; p >= 0 && c.figs[p].sent == t.sent && c.claims[c.figs[p].claim].Unit != "percent" && c.partFits(p, a.v) {
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
				parent = p + 1
			}
		}
		if !ok && !a.year {
			// a list sharing the unit of its last count: "blocked 1,385,
			// 2,799, 3,635 and 1,264 URLs"
			if u, s2, e2, ok2 := c.listUnit(i, a.end, t.sent); ok2 {
				unit, us, ue, ok, pair = u, s2, e2, true, true
			}
		}
		if !ok {
			// a range or pair sharing the unit: between 46,000 and 70,000 accounts
			if u, s2, e2, b, ok2 := c.rangeUnit(a.end, t.sent); ok2 && !(a.year && (b.v < a.v || i > 0 && timePreps[c.toks[i-1].f] || c.periodYearBefore(i, a.end+1))) {
				// (a year before "a"/"à" and a smaller count is a date, no
				// range: "en el primer semestre de 2024 a 13 portales"; so is
				// a year after "in": "ارتفع … في 2023 إلى 1.1 مليون موقع")
				unit, us, ue, ok = u, s2, e2, true
				change := c.changeFrom(i)
				if change || !c.rangeSep(i, a.end) {
					pair = true
				}
				if !pair && a.scale == 0 && b.scale > 0 && a.v*b.scale <= b.v {
					a.v *= b.scale // 3-4 million
				}
				if !pair && c.thousandsLow(i, a, b) {
					a.v *= 1000 // "de 4 à 6 500 signalements": 4,000 to 6,500
				}
				if !pair {
					high = b.v
				}
			}
		}
		if !ok {
			// a range of the acts of the figure before: "2,959 the following
			// day – compared to a daily average of 200-300 takedowns"
			if p, e2, b, ok2 := c.actionRange(i, a.end, t.sent, a.year); ok2 {
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, e2, true, true
				if a.scale == 0 && b.scale > 0 && a.v*b.scale <= b.v {
					a.v *= b.scale // "2-3 million removals"
				}
				high = b.v
			}
		}
		start := t.s
		// Hindi fractions before the number: साढ़े 3 लाख = 350,000
		if i > 0 && c.toks[i-1].sc == scDevanagari && c.toks[i-1].sent == t.sent {
			if fr, ok2 := hiFractions[c.toks[i-1].f]; ok2 {
				if a.scale > 0 {
					a.v += fr * a.scale
				} else {
					a.v += fr
				}
				start = c.toks[i-1].s
			}
		}
		// a bare number that reads as a year takes no unit from the words
		// around it: "increased pretty steadily across 2020—from …"
		inherit := !a.year
		monthTotal := false
		if !ok && inherit {
			// a labelled running total: "… banned on January, 27.\nTotal
			// this month: 16050", "Всего за месяц — 16 050"
			if p, r, lab, ok2 := c.runningTotal(i, a.end, t.sent, a.year, a.v); ok2 {
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
				start = c.toks[lab].s
				monthTotal = r == app.RatePerMonth
			}
		}
		if !ok && inherit {
			// the unit after an aside: "Oltre 25.000, tra post … e video …, i
			// contenuti", "4.000 (entre canales y bots) cuentas"
			if u, s2, e2, ok2 := c.asideUnit(a.end, t.sent); ok2 {
				unit, us, ue, ok = u, s2, e2, true
			}
		}
		if !ok && inherit {
			// a count set off by commas after the noun of a share: "nearly
			// half of the requests, 420 million, were submitted"
			if u, s2, e2, ok2 := c.appositiveShare(i, a.end, t.sent); ok2 {
				unit, us, ue, ok = u, s2, a.end, true
				unitEnd = e2
			}
		}
		if !ok && inherit {
			// the unit written before: "channels: 78", "عدد القنوات 78"
			if u, s2, ok2 := c.unitBefore(i, a.end); ok2 {
				unit, us, ue, ok = u, s2, a.end, true
				start = c.toks[s2].s
				if s2 > 0 && c.toks[s2-1].f == "عدد" && c.toks[s2-1].sent == t.sent {
					start = c.toks[s2-1].s
				}
			}
		}
		if !ok && inherit {
			// "Общее количество заблокированных групп и каналов … составило 7,5 млн"
			if u, s2, e2, q, ok2 := c.countOf(i, a.end); ok2 {
				unit, us, ue, ok = u, s2, a.end, true
				unitEnd = e2
				start = c.toks[q].s
			} else if u, s2, e2, q, pe, ok2 := c.peopleAsUsers(i, a.end, t.sent); ok2 {
				// "عدد مستخدميه فيها 200 مليون شخص": the people are the users
				unit, us, ue, ok = u, s2, pe, true
				unitEnd = e2
				start = c.toks[q].s
			}
		}
		if !ok && inherit {
			// the unit named earlier in the clause: "Beschwerden ein, nämlich
			// 250.957", "gli iscritti al canale erano circa 200", "the channels
			// removed, 468,458 of them"
			if u, s2, e2, ok2 := c.namedBefore(i, a.end, them); ok2 {
				unit, us, ue, ok = u, s2, a.end, true
				unitEnd = e2
				if them {
					ue = k
				}
			} else if u, s2, e2, ok2 := c.unitAround(i, a.end); ok2 {
				unit, us, ue, ok = u, s2, a.end, true
				unitEnd = e2
			} else if p := c.countBefore(t.sent); them && p >= 0 {
				// "… 2.434 le richieste … 10 di queste arrivano dall'Italia":
				// the figure of this or the sentence before
				f := c.figs[p]
				unit, us, ue, ok, ell = c.claims[f.claim].Unit, i, k, true, true
			} else if them {
				// "Telegram banned ISIS channels. It removed 4,000 of them."
				if u, ok2 := c.referentBefore(i, t.sent); ok2 {
					unit, us, ue, ok, ell = u, i, k, true, true
				}
			} else if u, ok2 := c.colonReferent(i, a.end, t.sent); ok2 {
				// "Telegram banned channels again: 1 200 on Monday"
				unit, us, ue, ok, ell = u, i, a.end, true, true
			} else if p := c.tallyReferent(i, t.sent); p >= 0 {
				// "значение по блокировкам … было в феврале - более 490 тыс.":
				// the tally is of what the figure before counts
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			}
		}
		if !ok {
			// a part of the figure before it: "من بينها 58,310 مرتبطة بالعنف"
			if p, ok2 := c.partOf(i, a.end, t.sent, a.year); ok2 && c.partFits(p, a.v) {
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
				parent = p + 1
				// a range as the part: "Parmi eux, entre 4.000 et 6.500 concernaient …"
				if a.end+1 < len(c.toks) && c.rangeSep(i, a.end) && c.toks[a.end+1].kind == tNum && c.toks[a.end+1].sent == t.sent {
					if b, ok3 := c.parseAmount(a.end+1, false); ok3 && !b.year && b.v > a.v {
						high, ue = b.v, b.end
					}
				}
				category = c.categoryAfter(ue, t.sent)
			} else if u, ok2 := c.partOfNoun(i, a.end, t.sent, a.year); ok2 {
				// a part of a whole named without a count: "miles de cuentas …,
				// entre ellas más de mil relacionadas con …"
				unit, us, ue, ok, ell, nounPart = u, i, a.end, true, true, true
			} else if p, ok2 := c.coordNounPart(i, a.end, t.sent, a.year); ok2 {
				// "… entre ellas más de mil … y más de 200 operadas por …"
				unit, us, ue, ok, ell, nounPart = c.claims[c.figs[p].claim].Unit, i, a.end, true, true, true
			}
		}
		if !ok {
			// "after Turkey (2.232 demandes) and Russia (519)", "von 111 auf 275"
			if u, s2, e2, ok2 := c.bracketCount(i, a.end, t.sent, a.year); ok2 {
				unit, us, ue, ok = u, s2, a.end, true
				unitEnd = e2
				ell = s2 == i
			} else if u, s2, e2, ok2 := c.fromTo(i, a.end, t.sent, a.year); ok2 {
				unit, us, ue, ok = u, s2, a.end, true
				unitEnd = e2
				ell = s2 == i
			}
		}
		if !ok {
			// a breakdown after a colon: "58 millions de vidéos … : 7,8 millions …"
			if p, ok2 := c.colonPart(i, a.end, t.sent, a.year); ok2 && c.partFits(p, a.v) {
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
				parent = p + 1
			} else if p, ok2 := c.dashPart(i, a.end, t.sent, a.year); ok2 && c.partFits(p, a.v) {
				// "800 тыс. обращений … - более 302 тыс. в Генпрокуратуру"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
				parent = p + 1
			} else if p, ok2 := c.labelDashPart(i, a.end, t.sent, a.year); ok2 && c.partFits(p, a.v) {
				// "из них: …, суицидальный – 1,1 тыс., детская порнография – 0,9 тыс."
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
				parent = p + 1
			}
		}
		if !ok {
			// the second of two parts: "из них 856,4 тыс. …, а 207,7 тыс. …"
			if p, ok2 := c.coordPart(i, a.end, t.sent, a.year); ok2 && c.partFits(p, a.v) {
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
				parent = p + 1
				category = c.categoryAfter(ue, t.sent)
			}
		}
		if !ok {
			// a part after a whole that opens the clause: "Of 189 sites, 85
			// were blocked", "Из 4,5 тысячи ресурсов … 3,7 тысячи с лишним …"
			if p, ok2 := c.wholeFirst(i, a.end, t.sent, a.year); ok2 && c.partFits(p, a.v) {
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
				parent = p + 1
			} else if p, ok2 := c.semicolonPart(i, a.end, t.sent, a.year); ok2 && c.partFits(p, a.v) {
				// "insgesamt 256.462 Beschwerden; 20.140 stammten von …"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
				parent = p + 1
			} else if p, ok2 := c.remainderOf(i, a.end, t.sent, a.year); ok2 {
				// "85 из них были заблокированы, остальные 104 удалили …"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			}
		}
		if !ok {
			// a second number coordinated with the figure before it:
			// "11mila i siti web monitorati e 6.635 oscurati"
			if p, ok2 := c.coordOf(i, a.end, t.sent, a.year); ok2 {
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if p, ok2 := c.platformShare(i, a.end, t.sent, a.year); ok2 && c.partFits(p, a.v) {
				// "der gut 12.000 Meldungen … mit 334 auf Telegram, 176 auf YouTube"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
				parent = p + 1
			} else if p, ok2 := c.listHead(i, a.end, t.sent, a.year); ok2 {
				// "2 951 demandes de déréférencement, 392 de blocage"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if p, ok2 := c.coordPrep(i, a.end, t.sent, a.year); ok2 {
				// "27.282 comunidades … y 77.472 con contenidos de abuso"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if p, ok2 := c.networkOf(i, a.end, t.sent, a.year); ok2 {
				// "1.152 cuentas vinculadas a … y una red de 7,340 comprometidas"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if p, ok2 := c.stageOf(i, a.end, t.sent, a.year); ok2 {
				// "114 channels in Year 1 and 300 in Year 2"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if p, ok2 := c.platformGap(i, a.end, t.sent, a.year); ok2 {
				// "Twitter suspended 125,000 accounts; Facebook, 50,000"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if p, ok2 := c.namedGap(i, a.end, t.sent, a.year); ok2 {
				// "Letztgenannte Seite hatte über 140.000 Fans, die "Blutgruppe HC Negativ" 68.000"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if p, ok2 := c.ellipticalOf(i, a.end, t.sent, a.year); ok2 {
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if p, ok2 := c.timeEllipsis(i, a.end, t.sent, a.year, a.v); ok2 {
				// "12 100 demandes en 2018 contre 5 937 en 2019", "в 2021 году — 6937"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if p, ok2 := c.referBack(i, a.end, t.sent, a.year); ok2 {
				// "so schnellte diese Zahl 2024 auf 17.045 hoch"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if u, s2, e2, ok2 := c.referBackUnit(i, a.end, t.sent, a.year); ok2 {
				// "WhatsApp … भारतीय अकाउंट्स पर … बैन. यह संख्या 71 लाख है"
				unit, us, ue, ok = u, s2, a.end, true
				unitEnd = e2
			} else if p, ok2 := c.withPart(i, a.end, t.sent, a.year); ok2 && c.partFits(p, a.v) {
				// "removed over 10.6 million posts, with about 5 million categorized under …"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
				parent = p + 1
			} else if p, ok2 := c.shareAside(i, a.end, t.sent, a.year); ok2 && c.partFits(p, a.v) {
				// "превысило 15 млн, причем почти половина — 6 млн — были удалены"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
				parent = p + 1
			} else if p, ok2 := c.participleEllipsis(i, a.end, t.sent, a.year); ok2 {
				// "against 4.3 million accounts, with a total of 1.3 million suspended"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if u, ok2 := c.verbReferent(i, a.end, t.sent, a.year); ok2 {
				// "636.000 perfiles … Una medida que … cuando se suspendieron 376.890"
				unit, us, ue, ok, ell = u, i, a.end, true, true
			} else if u, ok2 := c.passiveReferent(i, a.end, t.sent, a.year); ok2 {
				// "121,151 pieces removed - more than double 2015 when 55,556 were taken down"
				unit, us, ue, ok, ell = u, i, a.end, true, true
			} else if p, ok2 := c.restoredTo(i, a.end, t.sent, a.year); ok2 {
				// "571,000 pages, with access restored to only 197,000"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if u, ok2 := c.forwardSibling(i, a.end, t.sent, a.year); ok2 {
				// "Más de 1,1 millones fueron descubiertos …, y 400.000 vídeos fueron retirados"
				unit, us, ue, ok, ell = u, i, a.end, true, true
			} else if u, ok2 := c.namedListAhead(i, a.end, t.sent, a.year); ok2 {
				// "auf Facebook 150, das Verkehrsministerium 141 … und … 40 Nutzer gesperrt"
				unit, us, ue, ok, ell = u, i, a.end, true, true
			} else if u, ok2 := c.bracketNameList(i, a.end, t.sent, a.year); ok2 {
				// "Gesundheitsministerium (207), Familienministerium (135), … drei blockierte Twitter-Konten"
				unit, us, ue, ok, ell = u, i, a.end, true, true
			} else if p, ok2 := c.altOf(i, a.end, t.sent, a.year); ok2 {
				// "— 275 тысяч или 7 миллионов, а также …"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if p, ok2 := c.addedTo(i, a.end, t.sent, a.year); ok2 {
				// "12 sites illégaux ont été ajoutés aux 180 déjà recensés"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if p, ok2 := c.butOnly(i, a.end, t.sent, a.year); ok2 {
				// "уличила 12 Telegram-каналов …, но заблокировали всего четыре"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if u, ok2 := c.percentChangeUnit(i, a.end, t.sent, a.year); ok2 {
				// "Число … контента … снизилось на 22%, до 41,5 тысячи единиц"
				unit, us, ue, ok, ell = u, i, a.end, true, true
				if qual == app.QualUpTo {
					qual = "" // "до" is the change's "to", not "up to"
				}
			} else if c.appliedTimes(i, a.end, t.sent, a.year) {
				// "российские органы обращались к Google 123 606 раз"
				unit, us, ue, ok = "requests", a.end, a.end+1, true
			} else if u, ok2 := c.bracketShareUnit(i, a.end, t.sent, a.year); ok2 {
				// "Почти 95% контента (741,7 тысячи единиц)"
				unit, us, ue, ok, ell = u, i, a.end, true, true
			} else if c.percentList(i, a.end, t.sent, a) {
				// "57% des signalements …, 11,2 sont … et 7.7 des discriminations"
				unit, us, ue, ok, ell = "percent", i, a.end, true, true
			} else if p, ok2 := c.parallelClause(i, a.end, t.sent, a.year); ok2 {
				// "1.4 millones de cuentas siguieron …, mientras que
				// aproximadamente 108.000 se unieron …"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if u, ok2 := c.pronounUnit(i, a.end, t.sent, a.year); ok2 {
				// "… des dizaines de milliers de sites web, ils en ont fermé 113 020"
				unit, us, ue, ok, ell = u, i, a.end, true, true
			} else if p, ok2 := c.anotherCount(i, a.end, t.sent, a.year); ok2 {
				// "… 7.8 million accounts …, while it caught another 3.4 million …"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if p, ok2 := c.extendedBy(i, a.end, t.sent, a.year); ok2 {
				// "35 zusätzliche Websites, und im März wurden sie nochmal um 40 ergänzt"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if p := c.inlineListHead(i, a.end, t.sent, a.year); p >= 0 {
				// "не удалил 2862 материала …: про способы суицида – 2336; …"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if u, ok2 := c.listHeaderUnit(i, a.end, a.year); ok2 {
				// "Заблокировано материалов:\n- экстремистского характера 1 300;"
				unit, us, ue, ok, ell = u, i, a.end, true, true
			} else if u, s2, e2, ok2 := c.relativeCount(i, a.end, t.sent, a.year); ok2 {
				// "tutti i video …, che ammontano a circa 50 milioni"
				unit, us, ue, ok = u, s2, a.end, true
				unitEnd = e2
			} else if u, ok2 := c.prevSentenceUnit(i, a.end, t.sent, a.year); ok2 {
				// "Telegram a bloqué des chaînes. C'était un peu plus de 175 000."
				unit, us, ue, ok, ell = u, i, a.end, true, true
			} else if p, ok2 := c.wholeAfterPart(i, a.end, t.sent, a.v, a.year); ok2 {
				// "7 canali degli 8 segnalati dalla FIEG"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if u, ok2 := c.auxCountUnit(i, a.end, t.sent, a.year); ok2 {
				// "Lösch-Ersuchen an Telegram versandt, 64 seien berücksichtigt worden"
				unit, us, ue, ok, ell = u, i, a.end, true, true
			} else if p, ok2 := c.auxPartOf(i, a.end, t.sent, a.year, a.v); ok2 {
				// "rund 8500 Meldungen zu den anderen Bereichen, 3097 wurden als berechtigt eingestuft"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if p, ok2 := c.siblingCount(i, a.end, t.sent, a.year); ok2 {
				// "более 43 000 ресурсов …, более 38 000 попали …", "1800 ad ottobre"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
				monthAfter = c.monthWithinAt(a.end, t.sent, 5)
			} else if p, ok2 := c.possessiveSibling(i, a.end, t.sent, a.year); ok2 {
				// "removed around 22 million fake accounts which is far lower than that of Facebook’s 5.4 billion"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if p, e2, ok2 := c.differenceOf(i, a.end, t.sent, a.year); ok2 {
				// "YouTube removed 1,433,947 videos …, 258,088 more than those reflected in the global report"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, e2, true, true
			} else if p, e2, ok2 := c.actionSibling(i, a.end, t.sent, a.year); ok2 {
				// "1,243,871 video removals, while the United States ranked third with 788,354 removals"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, e2, true, true
			} else if u, s2, e2, ok2 := c.laterUnit(i, k, t.sent, a.year); ok2 {
				// "Mit 1556 gingen die meisten Meldungen …", "1 करोड़ से ज्यादा फेसबुक और इंस्टाग्राम अकाउंट"
				unit, us, ue, ok = u, s2, e2, true
			} else if u, ok2 := c.platformSplitUnit(i, k, t.sent, a.year); ok2 {
				// "फेसबुक से 19.8 मिलियन से अधिक और इंस्टाग्राम से 6.2 मिलियन से अधिक कंटेंट"
				unit, us, ue, ok, ell = u, i, k, true, true
			} else if u, ok2 := c.coordUnitLater(i, a.end, t.sent, a.year); ok2 {
				// "Más de 1,1 millones fueron descubiertos …, y 400.000 vídeos fueron retirados"
				unit, us, ue, ok, ell = u, i, a.end, true, true
			} else if u, ok2 := c.breakdownLater(i, a.end, t.sent, a.year); ok2 {
				// "Con los 317 suprimidos este 2017, … entre canales de difusión y bots"
				unit, us, ue, ok, ell = u, i, a.end, true, true
			} else if p, ok2 := c.listRisesTo(i, a.end, t.sent, a.year); ok2 {
				// "un aumento di 28 nuovi domini …, con la «black list» che sale così a 9.449"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if u, ok2 := c.demonstrativeLater(i, a, t.sent); ok2 {
				// "Ces 5,3 millions représentent …, lorsque 1,3 million de comptes avaient été suspendus"
				unit, us, ue, ok, ell = u, i, a.end, true, true
			} else if p, ok2 := c.bareTotalTo(i, a.end, t.sent, a.year); ok2 {
				// "blocked 242 … websites …, bringing the total to 7,800"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if p, ok2 := c.carriedCount(i, a.end, t.sent, a.year); ok2 {
				// "luego 2,1 millones entre abril y junio", "2023 900 und 2024 nur 300"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			} else if p, ok2 := c.ruElidedCategory(i, a.end, t.sent, a.year); ok2 {
				// "… 1,4 тысячи единиц суицидального контента и 9,7 тысячи - пронаркотического"
				unit, us, ue, ok, ell = c.claims[c.figs[p].claim].Unit, i, a.end, true, true
			}
		}
		if ok && ell && unit != "percent" {
			if u2, ok2 := c.agreeingUnit(i, a.end, t.sent, unit); ok2 {
				unit = u2 // "2.000 cuentas …, casi 500 usuarios … y unas 300 manipuladas": the accounts
			}
		}
		if ok && ell && unit == "percent" && a.v >= 1000 {
			ok = false // "(+284 % à 1 676)": the level the change reached, no percentage
			// "about 60000 URLs … Out of those more than 75% (46431)": a count
			// in brackets after a share is a part of the figure the share is of
			if parent >= 2 && i > 0 && c.isPunct(i-1, "(") {
				fw := c.figs[parent-2]
				if w := c.claims[fw.claim]; w.Unit != "percent" && (fw.sent == t.sent || fw.sent == t.sent-1) && a.v <= w.Value*1.5 {
					unit, ok, parent = w.Unit, true, parent-1
				}
			}
		}
		if ok && ell && unit == "percent" && a.v < 1000 {
			// "12,000 posts, of which 3 percent (360) were removed": a count
			// in brackets right after a share, which that share of the whole
			// comes to, counts the whole's unit
			if u, ok2 := c.shareCountOf(i, a.v, t.sent); ok2 {
				unit = u
			}
		}
		if !ok {
			i = a.end - 1
			continue
		}
		if unit == "percent" && c.stockMove(i, ue, t.sent) {
			i = ue - 1 // "il titolo ha perso il 9 per cento in borsa": a share price, no takedown
			continue
		}
		if unit == "users" && (c.userThreshold(i) || c.hindiSizeClause(i, ue)) {
			// "Netzwerke mit mindestens zwei Millionen Nutzern", "50 लाख से
			// अधिक उपयोगकर्ताओं वाले मंच": the law's threshold
			i = a.end - 1
			continue
		}
		if unit == "percent" && c.turnoverShare(i, ue, t.sent) {
			i = ue - 1 // "amendes pouvant atteindre 6 % du chiffre d'affaires": a fine's cap, no figure
			continue
		}
		if unit == "percent" && (c.marketShare(i, ue, t.sent) || c.trafficShare(ue, t.sent)) {
			i = ue - 1 // "Marktanteil … bei rund 25 Prozent", "12% من حركة الإنترنت": no share of takedowns
			continue
		}
		if !ell && (unit == "channels" || unit == "requests") && c.supplyChannels(i, us, ue, t.sent, unit) {
			i = ue - 1 // "29 каналов поставки наркотиков", "314 richieste di accreditamento": routes, admissions
			continue
		}
		if unit == "pages" && c.domainSeiten(us, t.sent) {
			unit = "sites" // "122 Seiten auf Empfehlung der CUII … gesperrt": web sites, no platform's pages
		}
		if unit == "platforms" && c.networksAsAccounts(a.v, us, t.sent) {
			unit = "accounts" // "3607 et 1583 réseaux sociaux supprimés" after "les comptes réseaux sociaux"
		}
		if !ell && unit == "platforms" && c.platformRecipient(ue, t.sent) {
			i = ue - 1 // "118 … प्लेटफॉर्म्स को पोर्टल पर ऑनबोर्ड किया": platforms brought onto a portal, not blocked
			continue
		}
		if !ell && unit == "followers" && c.arMembersOfBody(ue, t.sent) {
			i = ue - 1 // "12 منخرطا في خلية إرهابية": members of a cell, no followers
			continue
		}
		if !ell && c.hiOneSource(i, ue, t.sent) {
			i = ue - 1 // "एक रिपोर्ट के अनुसार": according to a report, no notice counted
			continue
		}
		if !ell && (c.ownWith(i, t.sent) || c.arrestCountries(i, unit, t.sent) || c.storedCount(unit, t.sent)) {
			i = ue - 1 // "mit seinen 19 Accounts", countries of arrests, a database's holdings
			continue
		}
		if unit == "countries" && c.rankOutOf(i, ue, t.sent) {
			i = ue - 1 // "في المرتبة 161 من بين 180 بلدا": the size of a ranking, no figure
			continue
		}
		if unit == "percent" && c.shareOfCountries(ue, t.sent) {
			i = ue - 1 // "في 76% من دول العالم": a share of the world's countries, no takedown figure
			continue
		}
		if c.accessAttempt(i, ue, t.sent) {
			i = ue - 1 // "حاولت «رويترز» دون جدوى الدخول على خمسة مواقع": sites tried, no takedown count
			continue
		}
		if c.adsRemovedFrom(i, t.sent) {
			i = ue - 1 // "удалено незаконной рекламы из 17 известных каналов": where ads ran, no takedown
			continue
		}
		if c.thresholdOf(i) || unit == "percent" && c.turnoverShare(i, ue, t.sent) || c.exampleCount(i, t.sent) || c.classSize(i, unit, t.sent) || c.usersOfLawClass(i, ue, unit, t.sent) {
			i = ue - 1 // "ab einem Schwellenwert von mehr als 100 Beschwerden", "bis zu fünf Prozent des … Tagesumsatzes", "por ejemplo, de 100 enlaces", "aquellos que tienen más de un millón de seguidores"
			continue
		}
		if !ell && (c.hadUnit(a.end, us) || c.vagueSpread(a.end, us) || c.singleUnit(i, ue) || c.moreThanOne(i, us, unit) || c.viewsHaving(a.end, us)) || ell && c.viewsBefore(i, t.sent) {
			i = ue - 1 // "avevano contenuti", "en varias plataformas", "en una sola plataforma", "230 मिलियन व्यूज वाला चैनल", "il numero degli accessi che sono stati oltre 43 milioni"
			continue
		}
		if c.ageAfterCount(i) || c.revenueShare(i, ue, unit, t.sent) || investigatedUnit(unit) && (c.investigatedCount(i, t.sent) || c.scrutinyAfterUnit(ue, t.sent)) || c.requiredCount(i, unit) {
			i = ue - 1 // "5 million under 16 accounts", a share of revenue, "investigations into the providers of 69 sites", "hat 14 Plattformen abgemahnt", "requires 10 major platforms"
			continue
		}
		if c.legalActionsAgainst(a.end, us, t.sent) {
			i = ue - 1 // "30 Prozesse gegen solche Unternehmen", "12 lawsuits against platforms": actions counted, no takedown
			continue
		}
		if c.reachReduced(i, ue, t.sent) || c.audienceThreshold(i, unit) || unit == "posts" && c.postsWritten(i, t.sent) {
			i = ue - 1 // "ont vu leur portée brutalement réduite", "страницы с аудиторией более чем 10 000", "se realizaron 78 publicaciones"
			continue
		}
		if c.unitModifiesRole(ue, t.sent) || c.becameActive(ue, t.sent) || c.roleBeforeUnit(a.end, us, t.sent) {
			i = ue - 1 // "Eight channel administrators", "20 से ज्यादा चैनल एक्टिव हो गए हैं"
			continue
		}
		if unit == "platforms" && c.ispGloss(ue, t.sent) || unit == "users" && c.trafficBefore(i, t.sent) {
			i = ue - 1 // "six internet service providers (ISPs)", "посещаемость … составляла 4 млн пользователей"
			continue
		}
		if c.ratioWhole(i, t.sent) || c.topRank(i, t.sent) || unit != "percent" && c.modelName(i, ue, a.v) || c.amongSuperlative(i, a.end, us, t.sent) {
			i = ue - 1 // "1 in 5 accounts", "the top 10 channels", "the Boeing 737 crash video": a ratio, a ranking's length, a model's name
			continue
		}
		if c.relativeThreshold(i, t.sent) {
			i = ue - 1 // "countries that issued fewer than 10 requests": who is reported on, no count
			continue
		}
		if c.heldBackReference(i, ue, t.sent) {
			i = ue - 1 // "इन छह चैनलों के 20 लाख … सब्सक्राइबर थे": the channels counted before
			continue
		}
		if c.restatedByDemonstrative(i, unit, a.v, t.sent) {
			i = ue - 1 // "ten websites … these ten websites": the same figure named again
			continue
		}
		if c.proportionAfter(ue, t.sent, a.v) {
			i = ue - 1 // "Quattro video su cinque", "4 videos out of 5": a proportion
			continue
		}
		if unit == "pages" && !ell && c.documentLength(i, ue) {
			i = ue - 1 // "a 15-page report", "un rapport de 15 pages": its length
			continue
		}
		if !ell && unit == "sites" && c.sitesUsingService(ue, t.sent) {
			i = ue - 1 // "140.000 sitios web … usan servicios de Cloudflare": a service's customers
			continue
		}
		if !ell && (c.authorisedUnit(us, ue, t.sent) || c.arAuthorisedCount(i, t.sent)) {
			i = ue - 1 // "solo existen 16 portales autorizados": what is allowed, not taken down
			continue
		}
		if !ell && (c.outOfWhole(i, ue, t.sent) || unit == "content_items" && (c.seizedMaterial(i, us, t.sent) || c.papersShared(i, us, t.sent))) {
			i = ue - 1 // "من أصل 400 موقع": the whole that exists; "ضبط 11620 مادة": goods seized
			continue
		}
		if !ell && (unit == "notices" && c.suspicionReports(ue, t.sent) || unit == "content_items" && c.factCheckArticles(i, ue, t.sent)) {
			i = ue - 1 // "263 segnalazioni di attività sospette": integrity alerts; "140'000 articoli di fact-checking": the checkers' articles
			continue
		}
		if c.onWhitelist(i, t.sent) {
			i = ue - 1 // "die Whitelist … umfasste 139 Veranstalter mit 216 Internetseiten": allowed, not taken down
			continue
		}
		if !ell && c.subjectOfBetween(i, us) {
			i = ue - 1 // "12 fueron objeto de solicitud": things a request was made for, not requests
			continue
		}
		if !ell && unit == "groups" && c.organisationGroups(i, ue, t.sent) {
			i = ue - 1 // "affiliated with three terrorist groups": organisations, not chat groups taken down
			continue
		}
		if !ell && unit == "platforms" && c.platformsPointingBack(i, ue) {
			i = ue - 1 // "the two platforms have assisted": the platforms named before, no figure
			continue
		}
		if !ell && a.v == 1 && c.hiArticleBase(i, ue, t.sent) {
			i = ue - 1 // "एक ग्राहक आधार": a subscriber base, no count of one
			continue
		}
		// "99,999 %" in French, Spanish, Italian: a decimal comma
		if unit == "percent" && t.kind == tNum && t.sep3 == ',' && a.scale == 0 && a.v > 100 && c.romanceClause(i) {
			a.v /= 1000
		}
		if qb := c.qualBefore(i); qb != "" && (qual == "" || qual == app.QualAbout) {
			qual = qb // "plus d'une soixantaine": the written qualifier wins over the approximate noun
		}
		if qual == app.QualUpTo && i > 2 && numArticles[c.toks[i-1].f] && toWords[c.toks[i-2].f] && c.changeVerbEarlier(i-2, t.sent) {
			qual = "" // "aumentando su tasa de retirada hasta el 86%": the change's "to"
		}
		if qual == app.QualUpTo && i > 1 && toWords[c.toks[i-1].f] && c.toks[i-2].f != "up" && (c.changeVerbAt(i-2) || c.percentBeforeTo(i-1) || c.changeVerbEarlier(i-1, t.sent)) {
			qual = "" // "увеличилось до 305 тыс.", "rose to 4,000": the change's "to", not "up to"
		}
		if qual == "" {
			if h, e := c.find(ue, catQualAfter, 2); e > 0 && !c.hiReached(h, e) {
				qual = app.Qualifier(h.e.s)
			} else if c.arAdjectiveAt(ue, t.sent) {
				// "497 موقعًا إلكترونيًّا على الأقل": past the unit's adjective
				if h, e := c.find(ue+1, catQualAfter, 2); e > 0 {
					qual = app.Qualifier(h.e.s)
				}
			}
		}
		if qual == "" && start < t.s {
			qual = c.verbBeforeSubject(i, start, t.sent)
		}
		if high == 0 && !ell && !pair {
			// "between 10% and 14%": each end written with its unit
			if hi, e2, ok2 := c.unitRangeEnd(i, a, ue, unit, t.sent); ok2 {
				high, ue = hi, e2
			}
		}
		rate := c.rateNear(i, ue, t.sent, !ell) // a part's rate is its own, not its figure's
		if rate == "" && !ell && us < i {
			rate = c.unitPhraseRate(us, t.sent) // "die Anzahl täglich gesperrter Konten … auf mehr als eine Million"
		}
		if nowParent >= 0 && rate == "" {
			rate = c.claims[c.figs[nowParent].claim].Rate // the same measure, now
		}
		if qual == "" && c.typicalDayAround(i, ue, t.sent) {
			qual, rate = app.QualAverage, app.RatePerDay // "200-300 accounts are taken down in a typical day"
		}
		qual, rate = c.scopeQualRate(i, ue, t.sent, unit, qual, rate, ell)
		if monthTotal {
			rate = app.RatePerMonth
		}
		cl := app.Claim{
			Kind:         app.ClaimFigure,
			Value:        roundValue(a.v),
			Unit:         unit,
			Qualifier:    qual,
			Rate:         rate,
			Start:        start,
			End:          c.toks[ue-1].e,
			Period:       c.monthBefore(i),
			Category:     category,
			Verification: app.Unreviewed,
			Origin:       app.OriginAuto,
		}
		if high > 0 {
			cl.High = roundValue(high)
		}
		if monthAfter >= 0 {
			cl.Period = c.monthPeriod(monthAfter, 0)
		}
		if !ell {
			if unitEnd > 0 {
				cl.UnitText = string(c.rs[c.toks[us].s:c.toks[unitEnd-1].e])
			} else {
				cl.UnitText = c.unitText(us, ue, i)
			}
		}
		c.figs = append(c.figs, figInfo{claim: len(c.claims), t0: i, t1: ue, sent: t.sent, ell: ell, parent: parent, nounPart: nounPart, monthTotal: monthTotal})
		c.claims = append(c.claims, cl)
		if pair || shareAppos || c.sharedHead(a.end, us, k) || c.comparisonBracketEnd(k) > 0 {
			i = a.end - 1 // the second number of a pair, of a shared head, in a bracketed comparison or the share in apposition has its own claim
		} else {
			i = ue - 1
		}
	}
	c.arabicDuals()
	c.platformListCounts()
	c.articleCounts()
	c.partsOfWhole()
}

// partOfWords are the words (folded) that join a part's count to the
// count of the whole it is taken from: "32.500 der etwa 33.000
// Löschersuchen", "3,000 of the 5,000 accounts", "3 тыс. из 5 тыс.".
var partOfWords = [][]string{{"of", "the"}, {"der"}, {"de", "las"}, {"de", "los"}, {"des"}, {"dei"}, {"degli"}, {"delle"}, {"из"}}

// partsOfWhole gives a bare count written before the count of a whole
// ("Zirka 32.500 der etwa 33.000 Löschersuchen") the whole's unit: the
// part counts the same things.
func (c *ctx) partsOfWhole() {
	var covered []bool
	for _, fi := range c.figs {
		if fi.ell {
			continue
		}
		w := c.claims[fi.claim]
		if w.Unit == "" || w.Unit == "percent" {
			continue
		}
		j := fi.t0
		for q := j - 1; q >= 0 && q >= j-4; q-- {
			if _, e := c.find(q, catQualBefore, 0); e == j {
				j = q // "der etwa 33.000": the whole's hedge
				break
			}
		}
		// "8.000 de las primeras 91.000 solicitudes": an ordinal before the whole
		if j > 0 && c.toks[j-1].sent == fi.sent && wholeOrdinals[c.toks[j-1].f] {
			j--
		}
		p := c.partWordStart(j, fi.sent)
		if p < 1 {
			continue
		}
		if covered == nil {
			covered = c.coveredToks()
		}
		for i := p - 1; i >= 0 && i >= p-3; i-- {
			t := &c.toks[i]
			if t.kind != tNum || t.sent != fi.sent || covered[i] {
				continue
			}
			a, ok := c.parseAmount(i, true)
			if !ok || a.end != p || a.year {
				continue
			}
			c.figs = append(c.figs, figInfo{claim: len(c.claims), t0: i, t1: p, sent: fi.sent})
			c.claims = append(c.claims, app.Claim{
				Kind: app.ClaimFigure, Value: roundValue(a.v), Unit: w.Unit, UnitText: w.UnitText,
				Qualifier: c.qualBefore(i), Start: t.s, End: c.toks[p-1].e,
				Verification: app.Unreviewed, Origin: app.OriginAuto,
			})
			break
		}
	}
}

// auNombreStart returns where "au nombre de" (or "d'") starts when it
// ends right before k: the French phrase of a count after a verb of being
// ("ces sites seraient au nombre de 21", "étaient au nombre d'environ
// 1 200"), which gives the count the noun of the subject; -1 otherwise.
func (c *ctx) auNombreStart(k, sent int) int {
	m := k - 1
	if m >= 1 && c.isPunct(m, "'") && c.toks[m-1].f == "d" {
		m--
	} else if m < 0 || c.toks[m].f != "de" {
		return -1
	}
	if m < 3 || c.toks[m-1].f != "nombre" || c.toks[m-2].f != "au" || c.toks[m-2].sent != sent {
		return -1
	}
	return m - 2
}

// figureNouns (folded) name a figure itself: "la cifra di", "the figure of".
var figureNouns = map[string]bool{"cifra": true, "soglia": true, "figure": true, "mark": true, "chiffre": true, "seuil": true, "umbral": true}

// figureNounStart returns where "the (adjective) figure of" ending right
// before the count at k starts ("l'incredibile cifra di 1,75 miliardi",
// "la cifra de 1.750 millones", "le chiffre de"), or -1.
func (c *ctx) figureNounStart(k, sent int) int {
	if k < 4 || c.toks[k-1].sent != sent {
		return -1
	}
	switch c.toks[k-1].f {
	case "di", "de", "of", "d":
	default:
		return -1
	}
	m := k - 2
	if c.isPunct(m, "'") && c.toks[k-1].f == "d" {
		m--
	}
	if m < 2 || !figureNouns[c.toks[m].f] || c.toks[m].sent != sent {
		return -1
	}
	// one adjective before the noun: "l'incredibile cifra"
	if a := &c.toks[m-1]; a.kind == tWord && a.sc == scLatin && !numArticles[a.f] && a.f != "l" && m >= 3 {
		m--
	}
	switch {
	case numArticles[c.toks[m-1].f]:
		return m - 1
	case c.isPunct(m-1, "'") && m >= 3 && c.toks[m-2].f == "l":
		return m - 2
	}
	return -1
}

// wholeOrdinals (folded) may stand between the words of partOfWords and
// the count of the whole: "8,000 of the first 91,000 requests".
var wholeOrdinals = map[string]bool{"first": true, "last": true, "primeros": true, "primeras": true, "ultimos": true, "ultimas": true,
	"primi": true, "prime": true, "ultimi": true, "ultime": true, "premiers": true, "premieres": true, "derniers": true, "dernieres": true,
	"ersten": true, "letzten": true, "первых": true, "последних": true}

// partWordStart returns where the words of partOfWords ending at j start,
// or -1.
func (c *ctx) partWordStart(j, sent int) int {
	for _, ws := range partOfWords {
		if p := j - len(ws); p >= 1 && c.wordsAt(p, sent, ws) {
			return p
		}
	}
	return -1
}

// countBefore returns the index in c.figs of the last figure of sentence
// sent or the one before that counts things, passing over percentages: a
// count "of them" is a part of things, not of a share ("455 contenidos, un
// 12,3% más …, logrando la retirada de 246 de ellos"); -1 when there is none.
func (c *ctx) countBefore(sent int) int {
	for p := len(c.figs) - 1; p >= 0 && (c.figs[p].sent == sent || c.figs[p].sent == sent-1); p-- {
		if c.claims[c.figs[p].claim].Unit != "percent" {
			return p
		}
	}
	return -1
}

// commaListBefore reports whether the article at k, with its unit noun
// ending at e, stands as an item of a list of counts written with commas
// ("1.633 Nutzerkonten, 703 Seiten …, eine Gruppe …"): a figure ends at the
// comma before it and another figure before that ends at a comma too. A
// noun that opens a phrase with "of" ("500 channels, 20 accounts, a group
// of activists said") is none.
func (c *ctx) commaListBefore(k, e int) bool {
	if k < 1 || !c.isPunct(k-1, ",") || c.toks[k-1].sent != c.toks[k].sent {
		return false
	}
	if e < len(c.toks) && partitiveOf[c.toks[e].f] {
		return false
	}
	last, before := -1, false
	for p, fi := range c.figs {
		if fi.ell || fi.sent != c.toks[k].sent {
			continue
		}
		if fi.t1 == k-1 {
			last = p
		}
	}
	if last < 0 {
		return false
	}
	for p, fi := range c.figs {
		if p != last && !fi.ell && fi.sent == c.toks[k].sent && fi.t1 < c.figs[last].t0 && c.isPunct(fi.t1, ",") {
			before = true
		}
	}
	return before
}

// partitiveOf open a phrase naming what a noun is made of: "a group of
// activists", "un groupe de militants".
var partitiveOf = map[string]bool{"of": true, "de": true, "d": true, "di": true, "von": true, "der": true, "des": true, "du": true, "del": true, "della": true}

// articleOne are the articles that are also the numeral one.
var articleOne = map[string]bool{"a": true, "an": true, "un": true, "une": true, "una": true, "uno": true, "ein": true, "eine": true, "einen": true, "einem": true}

// articleCounts reads an article before a unit noun as one of it when the
// noun is coordinated with a counted figure ("un canal y dos grupos", "13
// Stati membri e un Paese non UE", "two groups and a channel"): there the
// article stands where the other figure's number stands. Elsewhere an
// article is no count ("a channel was banned").
func (c *ctx) articleCounts() {
	if len(c.figs) == 0 {
		return
	}
	var covered []bool
	for k := 0; k+1 < len(c.toks); k++ {
		t := &c.toks[k]
		if t.kind == tWord && t.sc == scArabic {
			// "وثماني صفحات، ومجموعة واحدة، وحسابين": the noun and "one" after
			// it, perhaps past one word of a name or an adjective ("ومدونة
			// بلوجر واحدة")
			one := k + 1
			if !arOne[c.toks[one].f] && one+1 < len(c.toks) && c.toks[one].kind == tWord && c.toks[one+1].sent == t.sent && arOne[c.toks[one+1].f] && !c.has(one, catUnit) {
				one++
			}
			if arOne[c.toks[one].f] && c.toks[one].sent == t.sent {
				// the figure before may end one adjective before a comma: "و4
				// حسابات إعلانات، ومدونة بلوجر واحدة"
				before := c.figJustBefore(k) || k >= 2 && (c.isPunct(k-1, "،") || c.isPunct(k-1, ",")) && c.figJustBefore(k-2)
				if u, e, _ := c.unitAt(k); e == k+1 && u != "" && u != "percent" && before {
					if covered == nil {
						covered = c.coveredToks()
					}
					if !covered[k] {
						c.figs = append(c.figs, figInfo{claim: len(c.claims), t0: k, t1: one + 1, sent: t.sent})
						c.claims = append(c.claims, app.Claim{
							Kind: app.ClaimFigure, Value: 1, Unit: u, UnitText: string(c.rs[t.s:t.e]),
							Start: t.s, End: c.toks[one].e, Verification: app.Unreviewed, Origin: app.OriginAuto,
						})
					}
				}
			}
			continue
		}
		if t.kind != tWord || t.sc != scLatin || !articleOne[t.f] {
			continue
		}
		u, e, _ := c.unitAt(k + 1)
		if e != k+2 || u == "" || u == "percent" || !c.singularAt(k+1) {
			continue
		}
		sent := t.sent
		next := e+1 < len(c.toks) && c.toks[e].sent == sent && c.has(e, catJoin) && c.figAt(e+1, true)
		prev := k >= 2 && c.toks[k-1].sent == sent && c.has(k-1, catJoin) && c.figJustBefore(k-1)
		if !next && !prev && !c.commaListBefore(k, e) {
			continue
		}
		if covered == nil {
			covered = c.coveredToks()
		}
		if covered[k] || covered[k+1] {
			continue
		}
		c.figs = append(c.figs, figInfo{claim: len(c.claims), t0: k, t1: e, sent: sent})
		c.claims = append(c.claims, app.Claim{
			Kind: app.ClaimFigure, Value: 1, Unit: u, UnitText: string(c.rs[c.toks[k+1].s:c.toks[e-1].e]),
			Start: t.s, End: c.toks[e-1].e, Verification: app.Unreviewed, Origin: app.OriginAuto,
		})
	}
}

// hiCommaPair reads ", u2 को" (or पर) after a Devanagari unit ending at ue:
// a second unit noun with no number of its own, then the postposition
// that closes the object of both ("357 वेबसाइट, यूआरएल को ब्लाक"). It
// returns the second unit and its end.
func (c *ctx) hiCommaPair(u1 string, ue, sent int) (string, int, bool) {
	n := len(c.toks)
	if u1 == "percent" || ue < 1 || ue+2 >= n || c.toks[ue-1].sc != scDevanagari || !c.isPunct(ue, ",") || c.toks[ue+1].sent != sent || c.toks[ue+1].sc != scDevanagari {
		return "", 0, false
	}
	u2, e2, _ := c.unitAt(ue + 1)
	if e2 <= 0 || e2 >= n || u2 == u1 || u2 == "percent" || c.toks[e2].sent != sent {
		return "", 0, false
	}
	if f := c.toks[e2].f; f != "को" && f != "पर" {
		return "", 0, false
	}
	return u2, e2, true
}

// arOne are the Arabic words for "one" written after a noun.
var arOne = map[string]bool{"واحده": true, "واحد": true, "واحدا": true}

// arOneAfter reports whether the Arabic "one" follows at e: a noun joined
// by wa- to a counted unit that has its own "one" after it is a second
// figure, not half of a joined unit ("4 حسابات إعلانية ومدونة واحدة").
func (c *ctx) arOneAfter(e, sent int) bool {
	n := len(c.toks)
	if e < n && c.toks[e].sent == sent && c.toks[e].kind == tWord && !arOne[c.toks[e].f] && !c.has(e, catUnit) {
		e++ // past one word of a name or an adjective: "وحساب رسمي واحد"
	}
	return e < n && c.toks[e].sent == sent && arOne[c.toks[e].f]
}

// coveredToks marks the tokens the figures found so far cover.
func (c *ctx) coveredToks() []bool {
	covered := make([]bool, len(c.toks))
	for _, fi := range c.figs {
		for j := fi.t0; j < fi.t1 && j < len(covered); j++ {
			covered[j] = true
		}
	}
	return covered
}

// figJustBefore reports whether a figure with a number of its own ends at j
// or a few words before it in the same clause: "13 Stati membri dell’UE
// (SM) e un Paese".
func (c *ctx) figJustBefore(j int) bool {
	for p := j; p >= 0 && p >= j-6 && c.toks[p].sent == c.toks[j].sent; p-- {
		if c.figAt(p, false) {
			return true
		}
		if p < j && (c.toks[p].kind == tNum || c.toks[p].kind == tPunct && c.toks[p].f != "(" && c.toks[p].f != ")" && c.toks[p].f != "'" && c.toks[p].f != "’") {
			return false
		}
	}
	return false
}

// figAt reports whether a figure with a number of its own starts (start) or
// ends (!start) at token j.
func (c *ctx) figAt(j int, start bool) bool {
	for _, fi := range c.figs {
		if fi.ell {
			continue
		}
		if start && fi.t0 == j || !start && fi.t1 == j {
			return true
		}
	}
	return false
}

// singularAt reports whether the Latin unit noun at j is written in the
// singular: the lexicon knows its plural (channel: channels, país: países,
// canale: canali, piattaforma: piattaforme, Kanal: Kanäle, Gruppe:
// Gruppen). A noun whose number the lexicon cannot tell is not taken for a
// singular.
func (c *ctx) singularAt(j int) bool {
	f := c.toks[j].f
	// a German plural in -e whose singular is a unit as well ("Hinweise":
	// "Hinweis", "Kanäle": "Kanal") is no singular, though its dative
	// ("Hinweisen") is a unit form too: "Die meisten Hinweise (43.533)"
	if n := len(f); n > 4 && f[n-1] == 'e' && singleUnit(f[:n-1]) != "" {
		return false
	}
	for _, suf := range [...]string{"s", "es", "e", "en", "n"} {
		if singleUnit(f+suf) != "" {
			return true
		}
	}
	if n := len(f); n > 2 && f[n-1] == 'y' && singleUnit(f[:n-1]+"ies") != "" {
		return true // company: companies
	}
	if n := len(f); n > 2 && (f[n-1] == 'o' || f[n-1] == 'e' || f[n-1] == 'a') {
		if singleUnit(f[:n-1]+"i") != "" || f[n-1] == 'a' && singleUnit(f[:n-1]+"e") != "" {
			return true
		}
	}
	return false
}

// listUnit finds the unit of a comma list of counts written after its last
// count: "1,385, 2,799, 3,635, 9,849, 6,096 and 1,264 URLs", "2799, 3635
// и 9849 сайтов". Every item is a bare number, none a year; it returns the
// unit and its first and end tokens.
func (c *ctx) listUnit(i, k, sent int) (string, int, int, bool) {
	j, items := k, 0
	for items < 16 && j+1 < len(c.toks) && c.isPunct(j, ",") && c.toks[j+1].sent == sent && c.toks[j+1].kind == tNum {
		if !c.toks[j+1].sp {
			return "", 0, 0, false // "1,385,2": a comma with no space after is no list
		}
		b, ok := c.parseAmount(j+1, false)
		if !ok || b.year {
			return "", 0, 0, false
		}
		if _, _, _, ok := c.findUnit(b.end, sent, false); ok {
			return "", 0, 0, false // an item with a unit of its own
		}
		j, items = b.end, items+1
	}
	// the last item before a serial comma: "2799, 3635, and 6775 URLs"
	midList := i >= 2 && c.isPunct(i-1, ",") && c.toks[i-2].kind == tNum && c.toks[i-2].sent == sent
	if items == 0 && !midList || j >= len(c.toks) {
		return "", 0, 0, false
	}
	if c.isPunct(j, ",") {
		j++ // the serial comma
	}
	if j+1 >= len(c.toks) || !c.has(j, catJoin) || c.toks[j+1].sent != sent || c.toks[j+1].kind != tNum {
		return "", 0, 0, false
	}
	b, ok := c.parseAmount(j+1, false)
	if !ok || b.year {
		return "", 0, 0, false
	}
	return c.findUnit(c.numberOf(b.end), sent, false)
}

// numberOf returns the token after "number of" written between a count and
// its unit ("9849 number of accounts and URLs", Indian English), or k.
func (c *ctx) numberOf(k int) int {
	if k+2 < len(c.toks) && (c.toks[k].f == "number" || c.toks[k].f == "numbers") && c.toks[k+1].f == "of" && c.toks[k+2].sent == c.toks[k].sent {
		if _, e, _ := c.unitAt(k + 2); e > 0 {
			return k + 2
		}
	}
	if e := c.theNumberOf(k); e > 0 {
		return e
	}
	return k
}

// numberNouns name a count as a number or total: "il numero dei siti".
var numberNouns = map[string]bool{"numero": true, "nombre": true, "number": true, "zahl": true, "gesamtzahl": true, "totale": true, "total": true, "cifra": true}

// numberOfWords join a number noun to the counted noun.
var numberOfWords = map[string]bool{"di": true, "dei": true, "degli": true, "delle": true, "de": true, "des": true, "du": true, "of": true, "der": true, "d": true}

// theNumberOf returns where the unit begins when a count is followed by
// the number noun that names it, with its article: "Sale a 1555 il numero
// dei siti oscurati", "asciende a 1.555 el número de webs", "brings to
// 1,555 the number of sites", "steigt auf 1.555 die Zahl der gesperrten
// Seiten"; 0 when there is none, or the count is a year ("2019 the number
// of sites rose").
func (c *ctx) theNumberOf(k int) int {
	n := len(c.toks)
	if k < 1 || k+3 >= n || c.toks[k-1].kind != tNum || c.toks[k].sent != c.toks[k-1].sent {
		return 0
	}
	if p := &c.toks[k-1]; p.plain && p.ndig == 4 && p.val >= 1800 && p.val <= 2100 {
		return 0
	}
	j := k
	switch c.toks[j].f {
	case "il", "el", "le", "the", "die", "la", "lo":
		j++
	case "l":
		if !c.isPunct(j+1, "'") {
			return 0
		}
		j += 2
	default:
		return 0
	}
	if j+2 >= n || !numberNouns[c.toks[j].f] || !numberOfWords[c.toks[j+1].f] || c.toks[j+2].sent != c.toks[k].sent {
		return 0
	}
	j += 2
	if c.isPunct(j, "'") {
		j++ // "le nombre d'accounts"
	}
	if _, _, _, ok := c.findUnit(j, c.toks[k].sent, false); !ok {
		return 0
	}
	return j
}

// moneyRangeLow reports whether the number at i..end is the low end of a
// range whose high end is a sum of money ("от 800 тыс. до 4 млн руб.",
// "between 50 and 100 million euros"): the low end is money too, and takes
// no unit from the words around it.
func (c *ctx) moneyRangeLow(i, end, sent int) bool {
	if end+1 >= len(c.toks) || c.toks[end+1].sent != sent || !c.rangeSep(i, end) {
		return false
	}
	if c.toks[end+1].kind != tNum && !(c.toks[end+1].kind == tWord && c.startsNumberWordNoArticle(end+1)) {
		return false
	}
	b, ok := c.parseAmount(end+1, false)
	return ok && !b.year && b.end < len(c.toks) && c.toks[b.end].sent == sent && c.has(b.end, catCurrency)
}

// rangeSep reports whether the word after the first number at i..end makes
// the two numbers one range ("3-4 million", "10 to 15", "between 46,000 and
// 70,000") rather than two figures sharing a unit.
func (c *ctx) rangeSep(i, end int) bool {
	switch c.toks[end].f {
	case "-", "to", "a", "ai", "agli", "bis", "al", "до", "or", "ou", "oder", "o", "или", "او", "या", "ou a", "الي":
		return true
	case "से":
		// "20 से 25 यूट्यूब चैनल": a Hindi range when a larger second number
		// follows at once ("2,000 से बढ़कर 5,000" is a change, "2019 से 300
		// चैनल" starts from a year)
		if end+1 >= len(c.toks) {
			return false
		}
		if c.toks[i].kind == tNum {
			return c.toks[end+1].kind == tNum && !c.isYearToken(i) && c.toks[i].val < c.toks[end+1].val
		}
		return c.hiWordRange(i, end)
	case "and", "et", "und", "y", "e", "и", "و", "और":
		for p := i - 1; p >= 0 && p >= i-3 && c.toks[p].sent == c.toks[i].sent; p-- {
			switch c.toks[p].f {
			case "between", "entre", "zwischen", "tra", "fra", "между", "بين", "ما":
				return true
			}
		}
	}
	return false
}

// appositiveShare finds the unit of a bare count written between commas
// right after a share of a counted noun: "nearly half of the requests, 420
// million, were submitted", "most of the links, 3 million, were removed".
// The count restates the share, so it counts that noun, not the subject of
// the clause ("The number of notices …"). It returns the unit and where the
// noun starts and ends.
func (c *ctx) appositiveShare(i, end, sent int) (string, int, int, bool) {
	k := c.beforeQualifier(i)
	if k < 4 || !c.isPunct(k-1, ",") || c.toks[k-1].sent != sent || !c.isPunct(end, ",") || c.toks[end].sent != sent {
		return "", 0, 0, false
	}
	h := k - 2
	for j := h; j >= 2 && j >= h-2 && c.toks[j].sent == sent && c.toks[j].kind == tWord; j-- {
		u, e, _ := c.unitAt(j)
		if e != h+1 || u == "percent" {
			continue
		}
		p := j - 1
		if shareDeterminers[c.toks[p].f] {
			p--
		}
		if p >= 0 && c.toks[p].f == "of" && c.toks[p].sent == sent {
			return u, j, e, true
		}
		return "", 0, 0, false
	}
	return "", 0, 0, false
}

// shareDeterminers stand between "of" and the noun of a share: "half of
// the requests", "most of its links".
var shareDeterminers = map[string]bool{"the": true, "its": true, "their": true, "these": true, "those": true, "all": true}

// unitRangeEnd reads the high end of a range opened by "between" whose
// two ends each carry the unit ("between 10% and 14%", "zwischen 5
// Prozent und 8 Prozent"): the low end a at i has its unit up to ue, and
// after "and" a larger number with the same unit right after it ends the
// range. It returns the high value and the token after its unit.
func (c *ctx) unitRangeEnd(i int, a amount, ue int, unit string, sent int) (float64, int, bool) {
	if a.year || ue+1 >= len(c.toks) || c.toks[ue+1].sent != sent || !rangeAnds[c.toks[ue].f] || !c.betweenOpens(i, sent) {
		return 0, 0, false
	}
	if c.toks[ue+1].kind != tNum && !(c.toks[ue+1].kind == tWord && c.startsNumberWordNoArticle(ue+1)) {
		return 0, 0, false
	}
	b, ok := c.parseAmount(ue+1, false)
	if !ok || b.year || b.v <= a.v {
		return 0, 0, false
	}
	u2, us2, ue2, ok2 := c.findUnit(b.end, sent, false)
	if !ok2 || u2 != unit || us2 != b.end {
		return 0, 0, false
	}
	return b.v, ue2, true
}

// rangeAnds join the two ends of a range opened by "between".
var rangeAnds = map[string]bool{"and": true, "et": true, "und": true, "y": true, "e": true, "и": true, "و": true, "और": true}

// betweenOpens reports whether "between" or its forms stand just before
// the number at i, a qualifier allowed between ("between about 10 and").
func (c *ctx) betweenOpens(i, sent int) bool {
	for p := i - 1; p >= 0 && p >= i-3 && c.toks[p].sent == sent; p-- {
		if betweenWords[c.toks[p].f] {
			return true
		}
		if c.toks[p].kind != tWord {
			return false
		}
	}
	return false
}

// hiWordRange reports whether the Hindi number word at i and the one after
// "से" at end make a range, the larger second: "पांच से सात वेबसाइट" (5-7),
// as "6 से 8" in digits; "एक से ज्यादा" (more than one) is none.
func (c *ctx) hiWordRange(i, end int) bool {
	if c.toks[i].sc != scDevanagari || c.toks[end+1].kind != tWord || !c.startsNumberWordNoArticle(i) || !c.startsNumberWordNoArticle(end+1) {
		return false
	}
	lo, ok1 := c.parseAmount(i, false)
	hi, ok2 := c.parseAmount(end+1, false)
	return ok1 && ok2 && lo.end == end && lo.v < hi.v
}

// referentBefore finds the unit a bare count points back at when its noun
// is only in this sentence or the one before, written with no number of
// its own: "Telegram banned ISIS channels again. It removed 4,000 of
// them." The nearest such noun outside a place or agent phrase wins; a Latin noun must read as a plural
// (what is counted is many), and a number met first (not a year) ends the
// search, since the count would then be that figure's.
func (c *ctx) referentBefore(i, sent int) (string, bool) {
	for j := i - 1; j >= 0 && j >= i-40 && c.toks[j].sent >= sent-1; j-- {
		t := &c.toks[j]
		if t.kind == tNum {
			if c.isYearToken(j) {
				continue
			}
			return "", false
		}
		if t.kind != tWord {
			continue
		}
		u, e, _ := c.unitAt(j)
		if e <= 0 || e > i || u == "percent" || u == "users" || u == "followers" || u == "countries" || u == "languages" || u == "companies" || u == "platforms" || u == "member_states" {
			continue
		}
		if j > 0 && (c.toks[j-1].kind == tNum || c.startsNumberWordNoArticle(j-1)) {
			return "", false // the unit of a figure of its own
		}
		if t.sc == scLatin && e == j+1 && c.singularAt(j) {
			continue
		}
		if c.inPlacePhrase(j) {
			continue // "posted on social media sites": where, not what
		}
		return u, true
	}
	return "", false
}

// colonReferent finds the unit of a bare count after a colon or a dash when
// the clause before names it with no number: "Telegram banned channels
// again: 1 200 on Monday", "Telegram a de nouveau fermé des chaînes : 1 200
// lundi". Only the end of the clause, a time phrase or a day may follow the
// count, or "or" and another bare count that ends the clause ("— 275
// тысяч или 7 миллионов, а также …").
func (c *ctx) colonReferent(i, end, sent int) (string, bool) {
	k := c.beforeQualifier(i)
	if k < 2 || c.toks[k-1].sent != sent || !(c.isPunct(k-1, ":") || c.isPunct(k-1, "-")) {
		return "", false
	}
	if !c.clauseEndAt(end, sent) && !c.altCountEnds(end, sent) && c.timePhraseAt(end, sent) <= 0 && !c.has(end, catWeekday) &&
		!(end+1 < len(c.toks) && c.toks[end+1].sent == sent && (c.has(end+1, catWeekday) || c.has(end+1, catMonth)) && c.toks[end].kind == tWord) {
		return "", false
	}
	for j := k - 2; j >= 0 && j >= k-14 && c.toks[j].sent == sent; j-- {
		t := &c.toks[j]
		if t.kind == tNum && !c.isYearToken(j) || t.kind == tPunct && t.f != "'" && t.f != "’" && t.f != "-" {
			return c.tallySubject(k-1, sent)
		}
		if t.kind != tWord {
			continue
		}
		if u, e, _ := c.unitAt(j); e > 0 && e <= k-1 && u != "percent" {
			if t.sc == scLatin && e == j+1 && c.singularAt(j) {
				return "", false // "Telegram's channel: 1 200 subscribers"
			}
			return u, true
		}
	}
	return "", false
}

// verbReferent finds the unit of a bare count right after a verb of
// takedown when the clause ends with it: "cuando se suspendieron 376.890,
// es decir …" takes the unit of the figure before it in this sentence or
// the one before ("636.000 perfiles … eliminados"), or of the noun that
// names what was taken down there. A second takedown verb with its object
// left out reads the same way (verb ellipsis): "terminated more than 250
// … accounts and suspended more than 4,000 over concerns …", "وعلقت 300",
// "और 300 निलंबित किए", "Еще много каналов заблокировали …, когда за день
// удалили больше 314 тысяч".
func (c *ctx) verbReferent(i, end, sent int, year bool) (string, bool) {
	if year || c.noCountAfter(end, sent) {
		return "", false
	}
	k := c.beforeQualifier(i)
	if k == 0 || c.toks[k-1].sent != sent || c.toks[k-1].kind != tWord {
		return "", false
	}
	switch {
	case removalVerb(c.toks[k-1].f) || c.ellipsisVerb(k-1):
		if !c.clauseEndAt(end, sent) && c.timePhraseAt(end, sent) <= 0 && !c.ellipsisTailAt(end, sent) {
			return "", false
		}
	case !c.hiVerbAfter(k, end, sent):
		return "", false
	}
	if n := len(c.figs); n > 0 {
		f := c.figs[n-1]
		if (f.sent == sent || f.sent == sent-1) && c.claims[f.claim].Unit != "percent" {
			return c.claims[f.claim].Unit, true
		}
		if f.sent == sent {
			return "", false
		}
	}
	return c.verbNounBefore(k-1, sent)
}

// authorisedAfter follow a unit noun, authorisedBefore come before it, to
// say that what is counted is allowed or licensed ("16 portales
// autorizados", "14 licensed websites", "40 zugelassene Webseiten").
var (
	authorisedAfter = map[string]bool{"autorizados": true, "autorizadas": true, "autorizzati": true, "autorizzate": true, "authorised": true, "authorized": true,
		"licensed": true, "licenciados": true, "agrees": true, "autorises": true, "autorisees": true, "habilitados": true, "legalizados": true}
	authorisedBefore = map[string]bool{"licensed": true, "authorised": true, "authorized": true, "zugelassene": true, "zugelassenen": true,
		"lizenzierte": true, "lizenzierten": true, "erlaubte": true, "erlaubten": true}
)

// authorisedUnit reports whether the unit at us..ue-1 is qualified as
// allowed or licensed, with no negation before the word: such a count
// tells what may operate, not what was taken down ("no autorizados",
// "unlicensed", "nicht zugelassene" stay takedowns).
func (c *ctx) authorisedUnit(us, ue, sent int) bool {
	if ue < len(c.toks) && c.toks[ue].sent == sent && (authorisedAfter[c.toks[ue].f] || arAuthorised[c.toks[ue].f]) {
		return true // ("موقعا غير مرخص": "غير" comes first and is no such word)
	}
	// past the unit's complement: "16 sitios de apuestas por internet
	// autorizados", "12 siti di scommesse online autorizzati"
	if ue < len(c.toks) && c.toks[ue].sent == sent && unitComplementPreps[c.toks[ue].f] {
		for m := ue + 1; m < len(c.toks) && m <= ue+4 && c.toks[m].sent == sent && c.toks[m].kind == tWord; m++ {
			if authorisedAfter[c.toks[m].f] {
				return !negations[c.toks[m-1].f]
			}
			if c.has(m, catJoin) || removalVerb(c.toks[m].f) || takedownVerb(c.toks[m].f) {
				break // "sitios de apuestas y portales autorizados", "sitios de apuestas bloqueados"
			}
		}
	}
	if b := us - 1; b >= 0 && c.toks[b].sent == sent && authorisedBefore[c.toks[b].f] {
		return b == 0 || !negations[c.toks[b-1].f]
	}
	return false
}

// unitComplementPreps open a unit's complement, which the word for licensed
// may follow: "sitios de apuestas por internet autorizados", "sites de
// paris sportifs agréés", "websites for online betting licensed".
var unitComplementPreps = map[string]bool{"de": true, "di": true, "por": true, "en": true, "of": true, "for": true, "on": true, "pour": true, "per": true}

// negations turn an adjective into its opposite.
var negations = map[string]bool{"not": true, "non": true, "no": true, "nicht": true, "ne": true}

// aboutPart finds the whole whose part the count at i is when it follows
// "and" after a part whose verb says what it is about ("67.000
// concernaient des contenus … et 15.000 des contenus"): the last figure
// before it in the sentence that counts things. It returns the index in
// c.figs.
func (c *ctx) aboutPart(i, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 {
		return -1, false
	}
	k := c.beforeQualifier(i)
	if k == 0 || c.toks[k-1].sent != sent {
		return -1, false
	}
	if aboutVerbs[c.toks[k-1].f] {
		// the verb before the count, as German puts it, when the whole
		// opens the sentence as such: "Von den 82.754 Ersuchen betrafen
		// 67.000 Missbrauchsinhalte"
		if p, ok := c.wholeOpens(sent); ok {
			return p, true
		}
		return -1, false
	}
	if !c.has(k-1, catJoin) {
		return -1, false
	}
	// the part before: a count with no unit of its own, with the verb after
	// it or before it
	f := c.figs[len(c.figs)-1]
	if f.sent != sent || !f.ell || f.t1 >= len(c.toks) {
		return -1, false
	}
	after := aboutVerbs[c.toks[f.t1].f] || f.t1+1 < len(c.toks) && c.toks[f.t1].f == "se" && aboutVerbs[c.toks[f.t1+1].f]
	if !after && !(f.t0 > 0 && aboutVerbs[c.toks[f.t0-1].f]) {
		return -1, false
	}
	for p := len(c.figs) - 1; p >= 0 && c.figs[p].sent == sent; p-- {
		if u := c.claims[c.figs[p].claim].Unit; u != "percent" && u != "" {
			return p, true
		}
	}
	return -1, false
}

// wholeMarkers open a sentence with the whole its parts are of: "Von den",
// "Unter den", "Of the", "De las", "Delle", "Sur les".
var wholeMarkers = map[string]bool{"von den": true, "unter den": true, "of the": true, "de las": true, "de los": true, "sur les": true}

// wholeOpens returns the index in c.figs of the figure that opens sentence
// sent as the whole of its parts ("Von den 82.754 Ersuchen …"), if any.
func (c *ctx) wholeOpens(sent int) (int, bool) {
	for p := len(c.figs) - 1; p >= 0 && c.figs[p].sent == sent; p-- {
		f := c.figs[p]
		if f.ell || c.claims[f.claim].Unit == "percent" {
			continue
		}
		q := c.beforeQualifier(f.t0)
		if q >= 2 && c.toks[q-2].sent == sent && (q < 3 || c.toks[q-3].sent != sent) && wholeMarkers[c.toks[q-2].f+" "+c.toks[q-1].f] {
			return p, true
		}
		if q >= 1 && (q < 2 || c.toks[q-2].sent != sent) && (c.toks[q-1].f == "delle" || c.toks[q-1].f == "degli" || c.toks[q-1].f == "dei") {
			return p, true
		}
		return -1, false
	}
	return -1, false
}

// verbAfterUnit reports whether a verb follows the unit ending at ue, so
// that its count opens a clause of its own ("and 20 channels were
// removed").
func (c *ctx) verbAfterUnit(ue, sent int) bool {
	if ue >= len(c.toks) || c.toks[ue].sent != sent || c.toks[ue].kind != tWord {
		return false
	}
	f := c.toks[ue].f
	return auxWords[f] || copulas[f] || passiveAux[f] || removalVerb(f) || takedownVerb(f)
}

// aboutVerbs say what counted things (requests, notices) are about; the
// noun after them is their subject, not their unit: "67.000 concernaient
// des contenus pédopornographiques".
var aboutVerbs = map[string]bool{
	"concernaient": true, "concernait": true, "concernent": true, "concerne": true, "concerned": true, "concern": true, "concerns": true,
	"referian": true, "referia": true, "refieren": true, "refiere": true, "riguardavano": true, "riguardava": true, "riguardano": true, "riguarda": true,
	"betrafen": true, "betraf": true, "betreffen": true, "betrifft": true, "относились": true, "касались": true, "относятся": true, "касаются": true,
}

// passiveAux are the auxiliaries of a passive takedown after a bare
// count: "55,556 were taken down", "55.556 wurden gelöscht"; passiveAux2
// are those of two words ("sono stati rimossi", "ont été supprimés").
var (
	passiveAux  = map[string]bool{"were": true, "was": true, "wurden": true, "fueron": true, "furono": true, "vennero": true}
	passiveAux2 = map[string]bool{"have been": true, "had been": true, "sono stati": true, "sono state": true, "erano stati": true, "erano state": true,
		"ont ete": true, "avaient ete": true, "han sido": true, "habian sido": true, "worden sind": true}
	// germanPassive stand before the count or after the participle
	germanPassive = map[string]bool{"wurden": true, "worden": true, "wurde": true}
)

// passiveReferent finds the unit of a bare count followed by a passive
// verb of takedown that ends its clause: "more than double 2015 when
// 55,556 were taken down" takes the unit of the figure before it in this
// sentence or the one before, as verbReferent does for the verb before.
func (c *ctx) passiveReferent(i, end, sent int, year bool) (string, bool) {
	n := len(c.toks)
	if year || end+1 >= n || c.toks[end].sent != sent {
		return "", false
	}
	j := end
	k := c.beforeQualifier(i)
	if k > 0 && c.toks[k-1].sent == sent && c.toks[k-1].sc == scLatin && startsUpper(c.rs[c.toks[k-1].s:c.toks[k-1].e]) && k-1 > 0 && c.toks[k-2].sent == sent {
		return "", false // "les matchs de Ligue 1 et de Ligue 2 ont été bloqués": a name's number
	}
	switch {
	case passiveAux[c.toks[j].f] || ruPassiveAux[c.toks[j].f]:
		j++
	case passiveAux2[c.toks[j].f+" "+c.toks[j+1].f]:
		j += 2
	case j+2 < n && (c.toks[j].f == "have" || c.toks[j].f == "has" || c.toks[j].f == "had") && laterAdverbs[c.toks[j+1].f] && c.toks[j+2].f == "been":
		j += 3 // "106,000 have since been unblocked"
	case k > 0 && germanPassive[c.toks[k-1].f] || germanPassive[c.toks[j+1].f]:
		// "2015 wurden 55.556 gelöscht", "als 55.556 gelöscht wurden"
	default:
		return "", false
	}
	if j < n && c.toks[j].sent == sent && laterAdverbs[c.toks[j].f] {
		j++ // "around 106,000 were eventually unlocked"
	}
	if j >= n || c.toks[j].sent != sent || c.toks[j].kind != tWord {
		return "", false
	}
	// a count restored is read so only in a clause set against the takedown
	// ("…, while around 106,000 were eventually unlocked") and no larger
	// than it: "Of these, 2,000 were restored" after 500 accounts is none
	// "51 han sido dadas de baja": the Spanish phrase of taking down
	baja := c.esDeBajaAt(j, sent)
	if baja > 0 {
		j = baja - 1
	}
	restore := baja < 0 && !removalVerb(c.toks[j].f) && restoreVerb(c.toks[j].f)
	if baja < 0 && !removalVerb(c.toks[j].f) && !restore {
		return "", false
	}
	if restore && !c.contrastBefore(k, sent) {
		return "", false
	}
	j++
	if j < n && germanPassive[c.toks[j].f] {
		j++
	}
	if j < n && (c.toks[j].f == "down" || c.toks[j].f == "offline") {
		j++ // "taken down"
	}
	if !c.clauseEndAt(j, sent) && c.timePhraseAt(j, sent) <= 0 {
		return "", false
	}
	if nf := len(c.figs); nf > 0 {
		f := c.figs[nf-1]
		if (f.sent == sent || f.sent == sent-1) && c.claims[f.claim].Unit != "percent" {
			if a, ok := c.parseAmount(i, false); restore && (!ok || a.v > c.claims[f.claim].Value) {
				return "", false
			}
			return c.claims[f.claim].Unit, true
		}
	}
	return "", false
}

// forwardSibling finds the unit of a bare count that opens its clause
// before a passive auxiliary when a later clause of the sentence, after
// "and", counts with a unit and the same auxiliary: "Más de 1,1 millones
// fueron descubiertos por los detectores …, y 400.000 vídeos fueron
// retirados". Another count met first ends the search.
func (c *ctx) forwardSibling(i, end, sent int, year bool) (string, bool) {
	n := len(c.toks)
	if year || end >= n || c.toks[end].sent != sent || !passiveAux[c.toks[end].f] {
		return "", false
	}
	if s := c.beforeQualifier(i); s > 0 && c.toks[s-1].sent == sent && !c.isPunct(s-1, ",") && !c.isPunct(s-1, ";") {
		return "", false
	}
	aux := c.toks[end].f
	for j := end + 1; j < n && j < end+30 && c.toks[j].sent == sent; j++ {
		if c.toks[j].kind != tNum || c.isYearToken(j) {
			continue
		}
		if q := c.beforeQualifier(j); q == 0 || !c.has(q-1, catJoin) {
			return "", false
		}
		b, ok := c.parseAmount(j, false)
		if !ok || b.year {
			return "", false
		}
		if u, _, ue, ok := c.findUnit(b.end, sent, false); ok && u != "percent" && ue < n && c.toks[ue].f == aux {
			return u, true
		}
		return "", false
	}
	return "", false
}

// removalStems begin verbs that take something down (not those that
// report or flag it).
var removalStems = []string{
	"remov", "suspend", "delet", "bann", "block", "clos", "shut", "terminat", "took", "taken",
	"rimoss", "chius", "blocc", "cancell", "oscur", "sospes", "eliminat",
	"supprim", "retir", "bloqu", "ferm", "desactiv",
	"geloscht", "gesperrt", "entfernt", "blockiert", "deaktiviert", "loscht", "sperrt", "sperrte",
	"elimin", "cerr", "suspendi",
	"заблок", "удал", "закры", "блокир",
	"حذف", "حجب", "اغلق", "ازال", "اوقف", "حظر",
}

// contrastBefore reports whether a conjunction that sets a clause against
// the one before stands right before token k: "while", "and", "tandis
// qu'", "mientras que", "а".
func (c *ctx) contrastBefore(k, sent int) bool {
	if k == 0 || c.toks[k-1].sent != sent {
		return false
	}
	w := c.toks[k-1].f
	if (w == "que" || w == "qu") && k >= 2 {
		w = c.toks[k-2].f // "tandis qu'environ 106 000", "mientras que unos 106.000"
	}
	return parallelWords[w] || ellipsisConj[w] || c.has(k-1, catJoin)
}

// restoredTo finds the figure a bare count at the end of its clause
// counts after a participle of restoring and a preposition: "571,000
// pages, with access restored to only 197,000", "l'accès n'étant rétabli
// que pour 197 000", "доступ восстановлен лишь к 197 тыс.". What access
// came back to is a part of what was restricted, in its unit. It returns
// the index in c.figs.
func (c *ctx) restoredTo(i, end, sent int, year bool) (int, bool) {
	if end < len(c.toks) && c.toks[end].sent == sent && timeHedgesAfter[c.toks[end].f] {
		end++ // "ورفعت الحجب عن 106 آلاف فقط"
	}
	if year || len(c.figs) == 0 || !c.clauseEndAt(end, sent) && c.timePhraseAt(end, sent) <= 0 {
		return -1, false
	}
	k := c.beforeQualifier(i)
	for h := 0; h < 2 && k > 0 && restoredHedges[c.toks[k-1].f]; h++ {
		k--
	}
	if k < 2 || c.toks[k-1].sent != sent || !restoredPreps[c.toks[k-1].f] {
		return -1, false
	}
	v := k - 2
	for h := 0; h < 2 && v > 0 && restoredHedges[c.toks[v].f]; h++ {
		v-- // "rétabli que pour", "восстановлен лишь к"
	}
	if c.toks[v].sent != sent || c.toks[v].kind != tWord || !restoreVerb(c.toks[v].f) && !c.arLiftBlock(v) {
		return -1, false
	}
	p := len(c.figs) - 1
	f := c.figs[p]
	if f.sent != sent || f.t1 > v || c.claims[f.claim].Unit == "percent" {
		return -1, false
	}
	for m := f.t1; m < i; m++ {
		if t := &c.toks[m]; t.kind == tNum && !t.used && !c.isYearToken(m) {
			return -1, false // another number between
		}
	}
	return p, true
}

// arLiftBlock reports whether token v is "الحجب" (the block) after a verb
// or noun of lifting: "رفع الحجب عن نحو 106 آلاف", "ورفعت الحجب عن".
func (c *ctx) arLiftBlock(v int) bool {
	if v < 1 || c.toks[v].f != "الحجب" || c.toks[v-1].sent != c.toks[v].sent {
		return false
	}
	f := c.toks[v-1].f
	return strings.HasPrefix(f, "رفع") || strings.HasPrefix(f, "ورفع") || strings.HasPrefix(f, "برفع") || f == "تم رفع"
}

// restoredPreps say what access came back to; restoredHedges may stand
// around them ("restored to only", "rétabli que pour").
var (
	restoredPreps  = map[string]bool{"to": true, "for": true, "on": true, "pour": true, "a": true, "para": true, "per": true, "к": true, "ко": true, "для": true, "عن": true}
	restoredHedges = map[string]bool{"only": true, "just": true, "que": true, "qu": true, "seulement": true, "solo": true, "solamente": true, "soltanto": true, "лишь": true, "только": true, "всего": true}
)

// restoreStems begin verbs that undo a takedown: what they count is
// counted in the unit of what was taken down ("523,000 online resources
// were restricted, while around 106,000 were eventually unlocked").
var restoreStems = []string{
	"unblock", "unlock", "restor", "reinstat", "debloqu", "retabli", "desbloque", "restablec", "sblocc", "ripristin",
	"entsperrt", "wiederhergestellt", "freigegeben", "разблок", "восстановл",
}

// restoreVerb reports whether a folded word begins a verb of restoring.
func restoreVerb(f string) bool {
	return hasAnyPrefix(f, restoreStems)
}

// laterAdverbs may stand between a passive auxiliary and its participle:
// "were eventually unlocked", "ont finalement été", "были затем".
var laterAdverbs = map[string]bool{
	"eventually": true, "later": true, "subsequently": true, "finally": true, "ultimately": true, "since": true, "then": true, "also": true,
	"finalement": true, "ensuite": true, "depuis": true, "finalmente": true, "luego": true, "posteriormente": true, "poi": true,
	"successivamente": true, "infine": true, "spater": true, "schliesslich": true, "затем": true, "впоследствии": true, "позже": true, "позднее": true,
}

// ruPassiveAux are the Russian past forms of "be" before a short participle:
// "около 106 тыс. были разблокированы".
var ruPassiveAux = map[string]bool{"были": true, "был": true, "была": true, "было": true}

func removalVerb(f string) bool {
	return hasAnyPrefix(f, removalStems)
}

// percentList reports whether a bare number continues a list of percents:
// the figure before it in the sentence is a percent, only a comma or "and"
// and words stand between (no other number), the number is at most 100,
// and it is a decimal or is followed by a verb or "of" ("11,2 sont au
// sujet de …", "7.7 des discriminations").
func (c *ctx) percentList(i, end, sent int, a amount) bool {
	if a.year || a.v > 100 || a.scale > 0 || len(c.figs) == 0 {
		return false
	}
	f := c.figs[len(c.figs)-1]
	if f.sent != sent || c.claims[f.claim].Unit != "percent" || f.t1 > i || i-f.t1 > 14 {
		return false
	}
	k := c.beforeQualifier(i)
	if k == 0 || !(c.isPunct(k-1, ",") || c.has(k-1, catJoin)) {
		return false
	}
	for j := f.t1; j < k; j++ {
		if c.toks[j].kind == tNum {
			return false
		}
	}
	if end >= len(c.toks) || c.toks[end].sent != sent || c.toks[end].kind != tWord {
		return false
	}
	nx := c.toks[end].f
	return a.v != math.Trunc(a.v) && (copulas[nx] || percentOfWords[nx]) || copulas[nx] && percentOfWords[c.toks[min(end+1, len(c.toks)-1)].f]
}

// percentOfWords follow a percent: "7.7 des discriminations", "10 of the".
var percentOfWords = map[string]bool{"des": true, "de": true, "du": true, "of": true, "der": true, "di": true, "dei": true, "del": true, "sont": true, "son": true, "sono": true, "sind": true}

// parallelClause finds the figure whose unit a bare count leaves out when
// it opens a clause parallel to the one that figure opened: "1.4 millones
// de cuentas siguieron …, mientras que aproximadamente 108.000 se
// unieron …", "10 mil 500 cuentas seguían estas páginas y 300 lo hacían
// en Instagram". A verb, not a noun, follows the count; the figure before
// opens its clause.
func (c *ctx) parallelClause(i, end, sent int, year bool) (int, bool) {
	if year || len(c.figs) == 0 || c.noCountAfter(end, sent) {
		return 0, false
	}
	k := c.beforeQualifier(i)
	// "mentre altri 210 milioni risultano …": hedges before the count
	for h := 0; h < 2 && k > 0 && hedgeWords[c.toks[k-1].f] && c.toks[k-1].sent == sent; h++ {
		k--
	}
	if k == 0 || c.toks[k-1].sent != sent {
		return 0, false
	}
	if !(c.has(k-1, catJoin) || parallelWords[c.toks[k-1].f] || k > 1 && c.toks[k-2].f == "mientras" && c.toks[k-1].f == "que") {
		return 0, false
	}
	// "et 130 000 liés au terrorisme": the French "lié" is too short for isParticiple
	if end >= len(c.toks) || c.toks[end].sent != sent || c.toks[end].kind != tWord || !(clauseVerbStart[c.toks[end].f] || pastVerb(c.toks[end].f) || copulas[c.toks[end].f] ||
		c.toks[end].sc == scLatin && (isParticiple(c.toks[end].f, c.rs[c.toks[end].s:c.toks[end].e]) || linkedWords[c.toks[end].f])) {
		return 0, false
	}
	p := len(c.figs) - 1
	for p > 0 && c.figs[p].ell && c.figs[p].sent == sent && c.figs[p].parent == 0 {
		p-- // "… 108.000 se unieron … y alrededor de 38.000 siguieron": the first of the parallel clauses
	}
	f := c.figs[p]
	if f.sent != sent || f.ell || c.claims[f.claim].Unit == "percent" {
		return 0, false
	}
	s0 := c.beforeQualifier(f.t0)
	for h := 0; h < 2 && s0 > 0 && hedgeWords[c.toks[s0-1].f] && c.toks[s0-1].sent == sent; h++ {
		s0-- // "Solo 25 milioni di link …"
	}
	if s0 > 0 && c.toks[s0-1].sent == sent && c.toks[s0-1].kind != tPunct && !complementizers[c.toks[s0-1].f] {
		return 0, false // the figure before does not open its clause
	}
	return p, true
}

// proportionAfter reports whether a small second number follows the unit
// of a count as its base ("Quattro video su cinque", "four accounts in
// five", "3 von 4 Videos" is not: the unit comes after): a proportion, no
// count.
func (c *ctx) proportionAfter(ue, sent int, v float64) bool {
	k := ue
	if k+1 < len(c.toks) && c.toks[k].f == "out" && c.toks[k+1].f == "of" {
		k++
	}
	if k+1 >= len(c.toks) || c.toks[k+1].sent != sent || !proportionWords[c.toks[k].f] {
		return false
	}
	b, ok := c.parseAmount(k+1, false)
	if !ok || b.year || b.v > 10 || b.scale > 0 || b.v < v {
		return false
	}
	// the base ends its phrase: "su cinque,", "out of 5 were"
	return b.end >= len(c.toks) || c.toks[b.end].sent != sent || c.toks[b.end].kind != tWord || copulas[c.toks[b.end].f]
}

var proportionWords = map[string]bool{"su": true, "of": true, "in": true, "sur": true, "sobre": true, "von": true, "из": true, "من": true}

// pastVerb reports whether a Latin word ends as a finite past verb of
// Spanish, Italian, French or English ("siguieron", "seguían",
// "seguirono", "suivaient", "followed").
func pastVerb(f string) bool {
	for _, suf := range [...]string{"aron", "ieron", "aban", "ian", "arono", "irono", "erono", "avano", "evano", "aient", "ed"} {
		if len(f) > len(suf)+2 && strings.HasSuffix(f, suf) {
			return true
		}
	}
	return false
}

// complementizers open a clause a figure may open next: "Précisons aussi
// que 10 531 vidéos …".
var complementizers = map[string]bool{"que": true, "that": true, "dass": true, "che": true, "что": true}

// parallelWords open a parallel clause; clauseVerbStart are the reflexive
// pronouns and pro-verbs a parallel clause's verb starts with.
var (
	parallelWords   = map[string]bool{"while": true, "whereas": true, "mientras": true, "mentre": true, "tandis": true, "wahrend": true, "тогда": true}
	clauseVerbStart = map[string]bool{"se": true, "lo": true, "la": true, "si": true, "lo hacian": true, "did": true, "do": true, "joined": true, "followed": true, "s": true, "sich": true}
)

// percentChangeUnit finds the unit of the count a change in percent ends
// at ("снизилось на 22%, до 41,5 тысячи единиц", "fell by 22%, to 41,500",
// "на 5%, составив 29,6 тысячи", "вырос на 59% … , — 1,289 миллиона"): the
// unit noun the clause names before the percent, with no count of its own.
// A generic counter ("единиц", "units") may follow the count.
func (c *ctx) percentChangeUnit(i, end, sent int, year bool) (string, bool) {
	if year || c.noCountAfter(end, sent) {
		return "", false
	}
	e := end
	if e < len(c.toks) && genericCounters[c.toks[e].f] {
		e++
	}
	if !c.clauseEndAt(e, sent) && c.timePhraseAt(e, sent) <= 0 {
		return "", false
	}
	k := c.beforeQualifier(i)
	if k < i && (toWords[c.toks[i-1].f] || changeToWords[c.toks[i-1].f]) {
		k = i
	}
	if k < 2 || c.toks[k-1].sent != sent {
		return "", false
	}
	p := k - 1
	if c.isPunct(p, "-") {
		// "на 59% больше материалов, чем в 2024 году, — 1,289 миллиона"
		p--
		if c.isPunct(p, ",") {
			p--
		}
		if !c.percentIn(p, sent) {
			return "", false
		}
		return c.referentBefore(p+1, sent)
	}
	if !toWords[c.toks[p].f] && !changeToWords[c.toks[p].f] {
		return "", false
	}
	p--
	for p >= 0 && (c.isPunct(p, ",") || c.isPunct(p, "-") || changeJoinWords[c.toks[p].f]) {
		p-- // "на 6% и составил 32,2 тысячи единиц": changeJoinWords (unitshapes.go)
	}
	// the percent figure right before: "на 22%,"
	for n := len(c.figs) - 1; n >= 0; n-- {
		f := c.figs[n]
		if f.t1 <= p+1 && f.t1 >= p && c.claims[f.claim].Unit == "percent" && f.sent == sent {
			return c.referentBefore(f.t0, sent)
		}
		if f.t1 < p {
			break
		}
	}
	return "", false
}

// percentIn reports whether a percent figure of sentence sent ends within
// the few tokens before p: "на 59% больше материалов, чем в 2024 году".
func (c *ctx) percentIn(p, sent int) bool {
	for _, f := range c.figs {
		if f.sent == sent && f.t1 <= p+1 && f.t1 >= p-12 && c.claims[f.claim].Unit == "percent" {
			return true
		}
	}
	return false
}

// genericCounters count whatever the clause names ("41,5 тысячи единиц");
// changeToWords end a change in percent like "to": "на 5%, составив 29,6
// тысячи".
var (
	genericCounters = map[string]bool{"единиц": true, "единицы": true, "units": true, "unites": true, "unidades": true, "unita": true, "einheiten": true, "وحده": true, "وحدات": true}
	changeToWords   = map[string]bool{"составив": true, "составил": true, "составила": true, "составило": true, "составили": true, "достигнув": true, "reaching": true, "atteignant": true, "alcanzando": true, "raggiungendo": true, "erreichte": true, "ليصل": true, "لتصل": true}
)

// listHeaderUnit finds the unit of a count that ends a list line with no
// unit of its own in the header line the list hangs from: the nearest line
// above that ends with a colon, past other short lines that hold a number
// ("Заблокировано материалов:\n- экстремистского характера 1 300;\n-
// суицидального 2 400;", "Accounts removed by group:\n• ISIS: 12 000").
func (c *ctx) listHeaderUnit(i, end int, year bool) (string, bool) {
	if year {
		return "", false
	}
	le := c.lineEnd(c.toks[end-1].e)
	if le < 0 {
		return "", false
	}
	for j := end; j < len(c.toks) && c.toks[j].s < le; j++ {
		if c.toks[j].kind != tPunct {
			return "", false // the count ends its line
		}
	}
	ls := c.lineStart(c.toks[i].s)
	if ls <= 0 {
		return "", false
	}
	j := i - 1
	for rows := 0; rows < 40; rows++ {
		n, num := 0, false
		for ; j >= 0 && c.toks[j].s >= ls; j-- {
			n++
			num = num || c.toks[j].kind == tNum && j < i
		}
		if n > 10 || rows > 0 && !num || j < 0 {
			return "", false // a row is short and, above the first, holds a number
		}
		prev := c.lineStart(c.toks[j].s)
		if prev < 0 {
			return "", false
		}
		if c.isPunct(j, ":") {
			for h := j - 1; h >= 0 && c.toks[h].s >= prev && h >= j-10; h-- {
				if u, e, _ := c.unitAt(h); e > 0 && e <= j && u != "percent" {
					return u, true
				}
			}
			return "", false
		}
		ls = prev
		if ls <= 0 {
			return "", false
		}
	}
	return "", false
}

// lineStart is the offset of the first rune of the line holding offset p;
// lineEnd is the offset of the line break after p, or the text's end.
// A list line is short: past maxLine runes both give -1, so that a text
// with no line breaks is not walked for each of its numbers.
func (c *ctx) lineStart(p int) int {
	for q := p; q > 0 && q > p-maxLine; q-- {
		if c.rs[q-1] == '\n' {
			return q
		}
	}
	if p < maxLine {
		return 0
	}
	return -1
}

func (c *ctx) lineEnd(p int) int {
	for q := p; q < len(c.rs) && q < p+maxLine; q++ {
		if c.rs[q] == '\n' {
			return q
		}
	}
	if len(c.rs)-p <= maxLine {
		return len(c.rs)
	}
	return -1
}

const maxLine = 300

// asideUnit finds the unit written after an aside that follows a number
// with none: "Oltre 25.000, tra post propagandistici e video …, i
// contenuti", "more than 4,000 – mostly bots – accounts". The aside opens
// with a word that says what it is (among, including, mostly) and holds no
// number; an article may stand before the unit. It returns the unit and
// its first and end tokens.
func (c *ctx) asideUnit(end, sent int) (string, int, int, bool) {
	if end+2 >= len(c.toks) || c.toks[end].sent != sent || c.toks[end].kind != tPunct {
		return "", 0, 0, false
	}
	open := c.toks[end].f
	closer := open
	switch open {
	case "(":
		closer = ")"
	case ",", "—", "–", "-":
	default:
		return "", 0, 0, false
	}
	if !asideWords[c.toks[end+1].f] && !attributionAsideWords[c.toks[end+1].f] {
		return "", 0, 0, false
	}
	for j := end + 2; j < len(c.toks) && j <= end+18 && c.toks[j].sent == sent; j++ {
		t := &c.toks[j]
		if t.kind == tNum {
			return "", 0, 0, false
		}
		if t.kind != tPunct {
			continue
		}
		if t.f != closer {
			if t.f == ";" || t.f == ":" || t.f == "." || t.f == "(" || t.f == ")" {
				return "", 0, 0, false
			}
			continue
		}
		k := j + 1
		for k < len(c.toks) && k <= j+2 && asideArticles[c.toks[k].f] {
			k++
		}
		if u, e, _ := c.unitAt(k); e > 0 && u != "percent" && c.toks[k].sent == sent {
			return u, k, e, true
		}
		return "", 0, 0, false
	}
	return "", 0, 0, false
}

// asideWords open an aside between a number and its unit; asideArticles
// may stand before the unit after it. attributionAsideWords open an aside
// that names who gives the figure: "Oltre cinquanta, fanno sapere le
// Fiamme Gialle, i siti che vendevano farmaci", "más de 300, según la
// policía, las cuentas".
var (
	attributionAsideWords = foldedSet("fanno|fa|riferisce|riferiscono|spiega|spiegano|precisa|precisano|sottolinea|sottolineano|secondo|according|selon|precise|indique|segun|explica|indica|laut")
	asideWords            = map[string]bool{"tra": true, "fra": true, "entre": true, "among": true, "including": true, "mostly": true, "mainly": true,
		"notamment": true, "surtout": true, "principalement": true, "darunter": true, "vor": true, "meist": true, "meistens": true, "overwhelmingly": true,
		"soprattutto": true, "principalmente": true, "perlopiu": true, "sobre": true, "sobretodo": true, "среди": true, "в": true, "преимущественно": true, "в основном": true,
		"بين": true, "منها": true, "معظمها": true, "اغلبها": true, "ज्यादातर": true, "जिनमें": true}
	asideArticles = map[string]bool{"i": true, "gli": true, "le": true, "il": true, "les": true, "des": true, "los": true, "las": true, "the": true, "die": true, "der": true, "de": true, "di": true}
)

// arabNotBillion reports whether the Hindi "अरब" at j names the Arabs, not
// a billion: "5 अरब देशों में" (in five Arab countries).
func (c *ctx) arabNotBillion(j, e int) bool {
	return c.toks[j].f == "अरब" && e < len(c.toks) && c.toks[e].sent == c.toks[j].sent && hiArabNouns[c.toks[e].f]
}

var hiArabNouns = map[string]bool{"देश": true, "देशों": true, "राष्ट्र": true, "राष्ट्रों": true, "मुल्क": true, "मुल्कों": true, "लीग": true, "अमीरात": true, "नागरिक": true, "नागरिकों": true, "लोग": true, "लोगों": true,
	"चैनल": true, "चैनलों": true, "मीडिया": true, "पत्रकार": true, "पत्रकारों": true, "समाचार": true}

// usersOwn returns the unit and end of a count noun of complaints or
// requests that a Hindi count of users owns with की or के ("17,649 यूजर्स
// की कंप्लेंट", "500 यूजर्स की शिकायतें"): what such a count counts is
// what the users sent, as in "17,649 user complaints".
func (c *ctx) usersOwn(ue, sent int) (string, int, bool) {
	if ue+1 >= len(c.toks) || c.toks[ue].sent != sent || c.toks[ue+1].sent != sent || c.toks[ue].f != "की" && c.toks[ue].f != "के" {
		return "", 0, false
	}
	// "71 लाख भारतीय यूजर्स के अकाउंट": one account to a user; a platform's
	// name may stand before the noun ("45,191 भारतीय यूजर्स के ट्विटर
	// अकाउंट्स")
	k := ue + 1
	if k+1 < len(c.toks) && c.toks[k+1].sent == sent && c.has(k, catPlatform) {
		k++
	}
	if u, e, _ := c.unitAt(k); e > 0 && (u == "notices" || u == "requests" || u == "accounts") {
		return u, e, true
	}
	return "", 0, false
}

// changeFrom reports whether the number at i opens a change, "from N to
// M" after a verb of change ("passant de 50 000 à 133 000 comptes", "pasó
// de 1.200 a 3.400 cuentas", "выросло с 50 до 133 тысяч"): two figures,
// the one before and the one after, not a range. Russian "с N до M" is a
// change with no verb ("от N до M" is the range).
func (c *ctx) changeFrom(i int) bool {
	k := c.beforeQualifier(i)
	if k == 0 || c.toks[k-1].sent != c.toks[i].sent {
		return false
	}
	switch c.toks[k-1].f {
	case "с", "со":
		return true
	case "from", "de", "da", "desde", "من", "von":
	default:
		return false
	}
	for j := k - 2; j >= 0 && j >= k-12 && c.toks[j].sent == c.toks[i].sent; j-- {
		if c.toks[j].kind == tNum {
			return false // "1 200 chaînes de 3 à 4 pays": the verb is another number's
		}
		if changeVerbs[c.toks[j].f] {
			return true
		}
		if hasAnyPrefix(c.toks[j].f, changeStems) {
			return true
		}
	}
	return false
}

// changeVerbAt reports whether the word at j is a verb of change.
func (c *ctx) changeVerbAt(j int) bool {
	if j < 0 || j >= len(c.toks) || c.toks[j].kind != tWord {
		return false
	}
	f := c.toks[j].f
	if changeVerbs[f] {
		return true
	}
	return hasAnyPrefix(f, changeStems)
}

// changeVerbEarlier reports whether a verb of change stands earlier in the
// clause of the "to" at j, past its subject, a dash, a time phrase or a
// multiplier: "Также выросло количество … материалов в сети — до 1,1 млн",
// "увеличилось в 2023 году до 1,1 млн", "aumentó en 2023 hasta 1,1
// millones". Another finite verb or a count between ends the search: "…
// выросло — в отдельные дни блокировалось до 3 тыс. сайтов" keeps "up to".
func (c *ctx) changeVerbEarlier(j, sent int) bool {
	for m := j - 1; m >= 0 && m >= j-14 && c.toks[m].sent == sent; m-- {
		t := &c.toks[m]
		switch t.kind {
		case tNum:
			if c.isYearToken(m) || m+1 < j && timesWords[c.toks[m+1].f] {
				continue // "в 2023 году", "в два раза"
			}
			return false
		case tPunct:
			if t.f == "." || t.f == ";" || t.f == "(" || t.f == ")" {
				return false
			}
			continue
		}
		if c.changeVerbAt(m) {
			return true
		}
		if countNouns[t.f] {
			continue // "число", which ends as a past verb would
		}
		if t.sc == scCyrillic && (ruVerbEnd(t.f) || ruOtherVerb(t.f)) || t.sc == scLatin && pastVerb(t.f) {
			return false
		}
	}
	return false
}

// timesWords follow a multiplier: "в два раза", "three times", "fois".
var timesWords = map[string]bool{"раза": true, "раз": true, "times": true, "fois": true, "veces": true, "volte": true, "mal": true}

// ruOtherVerb reports whether a folded Russian word reads as a reflexive
// past, an infinitive or a modal, none of them a noun: "блокировалось",
// "заблокировать", "может".
func ruOtherVerb(f string) bool {
	for _, suf := range []string{"лось", "лась", "лись", "ться", "ть"} {
		if strings.HasSuffix(f, suf) && len(f) > len(suf)+4 {
			return true
		}
	}
	return f == "может" || f == "могут" || f == "можно"
}

// percentBeforeTo reports whether a percentage ends right before the "to"
// at j, a comma between: "снизилось … на 6%, до 32,2 тысячи", "fell by
// 6%, to 32,200": the change's "to", not "up to".
func (c *ctx) percentBeforeTo(j int) bool {
	p := j - 1
	if p >= 0 && (c.isPunct(p, ",") || c.isPunct(p, "-")) {
		p--
	}
	for n := len(c.figs) - 1; n >= 0; n-- {
		f := c.figs[n]
		if c.claims[f.claim].Unit == "percent" && (f.t1 == p+1 || c.comparisonSpan(f.t1, p)) {
			return true
		}
		if f.t1 < p {
			break
		}
	}
	return false
}

// comparisonSpan reports whether tokens a..p are a short comparison phrase
// right after a percent, with no punctuation: "на 22% по сравнению с 2024
// годом — до 41,5 тысячи" (words of contrastWords, entities.go).
func (c *ctx) comparisonSpan(a, p int) bool {
	if a > p || p-a > 5 || p >= len(c.toks) {
		return false
	}
	if !contrastWords[c.toks[a].f] && (a+1 > p || !contrastWords[c.toks[a+1].f]) {
		return false
	}
	for k := a; k <= p; k++ {
		if c.toks[k].kind == tPunct || c.toks[k].sent != c.toks[a].sent {
			return false
		}
	}
	return true
}

// changeScale gives the first number of a change the scale of the second
// when it has none and would be smaller: "с 50 до 133 тысяч" = 50,000.
func (c *ctx) changeScale(a amount) float64 {
	to := a.end
	if to < len(c.toks) && c.toks[to].sent == c.toks[a.end-1].sent {
		if e := c.timePhraseAt(to, c.toks[to].sent); e > 0 {
			to = e
		}
	}
	if to+1 >= len(c.toks) || !toWords[c.toks[to].f] && c.toks[to].f != "et" || c.toks[to+1].kind != tNum {
		return a.v
	}
	b, ok := c.parseAmount(to+1, false)
	if ok && !b.year && b.scale > 0 && a.v*b.scale <= b.v {
		return a.v * b.scale
	}
	return a.v
}

// changeVerbs and changeStems say a quantity changed: written whole where a
// stem would also match other words ("pas" is French "not").
var changeVerbs = map[string]bool{
	"passant": true, "passe": true, "passee": true, "passes": true, "passees": true, "passer": true, "passera": true, "passait": true, "passent": true,
	"paso": true, "pasaron": true, "pasando": true, "pasado": true, "pasa": true, "pasan": true, "pasar": true,
	"passato": true, "passata": true, "passati": true, "passate": true, "passando": true, "passa": true, "passano": true,
	"went": true, "gone": true, "up": true, "down": true, "stieg": true, "stiegen": true, "sank": true, "sanken": true, "fiel": true, "wuchs": true,
	"sale": true, "salgono": true, "salendo": true, "sube": true, "suben": true, // "sale così a 9.449", "la lista sube a 9.449"
	"زاد": true, "زادت": true, "ازداد": true, "ازدادت": true, "قفز": true, "قفزت": true,
}

var changeStems = []string{
	"rose", "rise", "rising", "risen", "increas", "grew", "grow", "jump", "climb", "fell", "fall", "drop", "declin", "decreas", "soar", "surg", "doubl", "tripl",
	"augment", "progress", "bondi", "grimp", "chut", "baiss", "dimin", "recul", "multipli", "hiss",
	"aument", "crec", "creci", "subi", "bajo", "bajaron", "disminu", "cayo", "cayeron",
	"cresc", "salit", "salt", "sces", "calat", "calo", "diminu",
	"gestiegen", "steig", "gesunken", "erhoh", "verdoppel", "verdreifach", "kletter", "gewachsen", "zugenommen", "abgenommen", "zuruckgegangen", "angestieg", "angewachs",
	"вырос", "выросл", "увелич", "сократ", "снизи", "снижен", "возрос", "упал", "уменьш", "подскоч", "рост",
	"ارتفع", "انخفض", "تراجع", "تضاعف", "ارتفاع", "زياده", "انخفاض", "تراجع",
}

// labelsNext reports whether the unit us..k of the number at i is a label
// for the number after it ("Links: 5") rather than the unit of the number
// before.
func (c *ctx) labelsNext(i, us, k int) bool {
	if k+1 >= len(c.toks) || !c.isPunct(k, ":") || c.toks[k+1].kind != tNum {
		return false
	}
	// a label in a list of labels ("Requests: 2 Links: 5") or written as one
	// ("Links: 5"); "300 pages: 12 in Egypt" keeps its unit
	return i > 0 && c.isPunct(i-1, ":") || startsUpper(c.rs[c.toks[us].s:c.toks[us].e])
}

// totalBetween may stand between a part's "of" and its whole: "6073 der
// insgesamt 6241 Meldungen", "5 of a total 12 accounts".
var totalBetween = map[string]bool{"insgesamt": true, "total": true, "totale": true, "totali": true, "overall": true}

// ofTheWholeWords stand between a part and its whole's number: "17 dei 19".
var ofTheWholeWords = map[string]bool{"dei": true, "degli": true, "delle": true, "de": true, "des": true, "of": true, "из": true, "من": true, "von": true, "der": true}

var hiFractions = map[string]float64{"साढे": 0.5, "सवा": 0.25, "पौने": -0.25}

// partitive returns the token after a word that may stand between a number
// and its unit meaning "of" or "among": Italian "1.800 di messaggi", "2000
// tra bots e canali", Spanish "entre", Arabic "9 من أكبر منصات"; -1 if none.
func (c *ctx) partitive(k int) int {
	n := len(c.toks)
	if k+1 >= n || c.toks[k+1].sent != c.toks[k].sent {
		return -1
	}
	switch c.toks[k].f {
	case "di", "tra", "fra", "entre", "des", "dei", "degli", "delle":
		if _, e, _ := c.unitAt(k + 1); e > 0 {
			return k + 1
		}
	case "der":
		// "7 Millionen der abgeschalteten Konten": one adjective may come
		// first, but no number ("3.000 der 5.000 Konten" is a part of a whole)
		for j := k + 1; j < n && j <= k+2 && c.toks[j].sent == c.toks[k].sent && c.toks[j].kind != tNum; j++ {
			if _, e, _ := c.unitAt(j); e > 0 {
				return j
			}
		}
	case "de", "d", "of":
		// "6 144 040 de profils"
		if c.toks[k].f == "de" && k > 0 && c.toks[k-1].kind == tNum && c.toks[k-1].val >= 1000 && !c.toks[k-1].plain {
			if _, e, _ := c.unitAt(k + 1); e > 0 {
				return k + 1
			}
		}
		// "1,2 million de ces vidéos", "5 of these accounts"
		if k+2 < n && partDeterminers[c.toks[k+1].f] && c.toks[k+2].sent == c.toks[k].sent {
			if _, e, _ := c.unitAt(k + 2); e > 0 {
				return k + 2
			}
			// "130,000 of the exploiting accounts": one participle first
			if t := &c.toks[k+2]; t.sc == scLatin && (strings.HasSuffix(t.f, "ing") || strings.HasSuffix(t.f, "ed")) {
				if _, e, _ := c.unitAt(k + 3); e > 0 {
					return k + 3
				}
			}
			// "455 of the pro-IS accounts": one modifier joined by a hyphen
			if e := c.hyphenModifierEnd(k + 2); e > 0 {
				if _, ue, _ := c.unitAt(e); ue > 0 {
					return e
				}
			}
			// "1,600 of the problematic posts": one adjective first
			if c.partAdjective(k+2) && k+3 < n && c.toks[k+3].sent == c.toks[k].sent {
				if _, e, _ := c.unitAt(k + 3); e > 0 {
					return k + 3
				}
			}
		}
	case "من":
		// one superlative or adjective may come first: من أكبر منصات
		for j := k + 1; j < n && j <= k+2 && c.toks[j].sent == c.toks[k].sent; j++ {
			if _, e, _ := c.unitAt(j); e > 0 {
				return j
			}
		}
	}
	return -1
}

// hyphenModifierEnd returns the token after a modifier of two words joined
// by a hyphen at k ("pro-IS", "far-right", "IS-linked"), or -1.
func (c *ctx) hyphenModifierEnd(k int) int {
	n := len(c.toks)
	if k+3 >= n || c.toks[k].kind != tWord || c.toks[k].sc != scLatin || !c.isPunct(k+1, "-") || c.toks[k+1].sp || c.toks[k+2].sp ||
		c.toks[k+2].kind != tWord || c.toks[k+2].sc != scLatin || c.toks[k+3].sent != c.toks[k].sent {
		return -1
	}
	return k + 3
}

// shareAppositionUnit finds the unit of a count whose share stands in
// apposition right after it, before "of": "455, or 63 percent, of the
// pro-IS accounts", "377 (43 per cent) of websites". It returns the
// unit's first token, or -1.
func (c *ctx) shareAppositionUnit(k, sent int) int {
	n := len(c.toks)
	j := -1
	switch {
	case k+5 < n && c.isPunct(k, ",") && c.toks[k+1].f == "or" && c.toks[k+2].kind == tNum:
		if u, e, _ := c.unitAt(k + 3); u == "percent" && e < n && c.isPunct(e, ",") {
			j = e + 1
		}
	case k+4 < n && c.isPunct(k, "(") && c.toks[k+1].kind == tNum:
		if u, e, _ := c.unitAt(k + 2); u == "percent" && e < n && c.isPunct(e, ")") {
			j = e + 1
		}
	}
	if j < 0 || j+1 >= n || c.toks[j].sent != sent || c.toks[j].f != "of" {
		return -1
	}
	j++
	if partDeterminers[c.toks[j].f] {
		j++
	}
	if e := c.hyphenModifierEnd(j); e > 0 {
		j = e
	}
	if _, e, _ := c.unitAt(j); e > 0 && c.toks[j].sent == sent {
		return j
	}
	return -1
}

// partAdjective reports whether the token at j may be the one adjective
// between a part's determiner and its unit ("of the problematic posts",
// "of the fake accounts", "of the Russian accounts"): a Latin word that is no number,
// no unit, no blocker and no word of "of" or "and".
func (c *ctx) partAdjective(j int) bool {
	t := &c.toks[j]
	if t.kind != tWord || t.sc != scLatin || c.has(j, catNum) || c.isBlocker(j) {
		return false
	}
	switch t.f {
	case "of", "and", "or", "de", "y", "et", "total":
		return false
	}
	_, e, _ := c.unitAt(j)
	return e <= 0
}

// partDeterminers open the noun a part is taken of: "30 of the accounts",
// "two of his posts", "cinq de ses vidéos".
var partDeterminers = map[string]bool{"ces": true, "ses": true, "leurs": true, "nos": true, "these": true, "those": true, "such": true, "the": true, "its": true, "their": true, "estos": true, "estas": true, "los": true, "las": true, "sus": true,
	"his": true, "her": true, "our": true, "my": true, "your": true}

// pieceWords may follow a count without being its unit: "300 840 штук".
var pieceWords = map[string]bool{"штук": true, "штуки": true, "pieces": true, "stuck": true, "unidades": true, "unita": true, "unites": true}

var countWords = map[string]bool{
	"количество": true, "число": true, "numero": true, "nombre": true, "anzahl": true, "zahl": true,
	"number": true, "numbers": true, "عدد": true, "संख्या": true, "total": false, "اجمالي": true, "مجموع": true,
	// a list's length counts what it lists: "la “black list” dei siti
	// oscurati tocca quota 8.972", "la lista de dominios bloqueados llega a 1.200"
	"lista": true, "list": true, "liste": true, "elenco": true, "blacklist": true, "реестр": true,
}

// dueNotTwo reports whether "due" at i is the French or English word
// rather than the Italian number: "due to", "due aux", "dues à", or after
// a number or a percentage.
func (c *ctx) dueNotTwo(i int) bool {
	if i+1 < len(c.toks) && c.toks[i+1].sent == c.toks[i].sent {
		switch c.toks[i+1].f {
		case "to", "aux", "au", "en", "for", "notamment", "principalement", "essentiellement":
			return true
		}
	}
	if i > 0 && c.toks[i-1].sent == c.toks[i].sent {
		p := &c.toks[i-1]
		if p.kind == tNum || c.isPunct(i-1, "%") || p.f == "is" || p.f == "was" || p.f == "are" || p.f == "were" || p.f == "est" || p.f == "etait" {
			return true
		}
	}
	return false
}

// workerWords are people who do the work of moderation or investigation:
// a count of them is no count of takedowns.
var workerWords = map[string]bool{
	"moderators": true, "moderateurs": true, "moderatoren": true, "moderadores": true, "moderatori": true, "модераторов": true, "модератора": true, "модераторы": true,
	"reviewers": true, "employees": true, "mitarbeiter": true, "empleados": true, "dipendenti": true, "salaries": true, "сотрудников": true,
	"enqueteurs": true, "investigators": true, "ermittler": true, "officers": true, "agents": true, "agenti": true, "مشرفين": true, "موظف": true, "موظفا": true,
}

// withWords are the comitative prepositions: a noun after them describes
// what is counted ("894 324 с материалами") and is not its unit.
var withWords = map[string]bool{"с": true, "со": true, "with": true, "avec": true, "con": true, "mit": true, "مع": true}

// percentAfter reports whether a percent sign or word follows the number
// token at i: "+284 %", "+12%", "+5 Prozent".
func (c *ctx) percentAfter(i int) bool {
	k := i + 1
	if k >= len(c.toks) || c.toks[k].sent != c.toks[i].sent {
		return false
	}
	if c.isPunct(k, "%") {
		return true
	}
	u, _, _ := c.unitAt(k)
	return u == "percent"
}

// differenceOf finds the figure a bare count is a difference from, when
// the count is followed by "more than" or "fewer than" and a pronoun or
// article ("258,088 more than those", "12 000 de plus que l'an dernier",
// "1.200 mehr als im Vorjahr", "300 más que el año anterior", "300 in più
// rispetto"): the count takes the unit of the figure before it in the
// sentence. It returns the index in c.figs and the end of the phrase.
func (c *ctx) differenceOf(i, end, sent int, year bool) (int, int, bool) {
	n := len(c.toks)
	if year || end+1 >= n || c.toks[end].sent != sent || c.toks[end+1].sent != sent {
		return -1, 0, false
	}
	w, x := c.toks[end].f, c.toks[end+1].f
	e := -1
	switch {
	case (w == "more" || w == "fewer" || w == "less") && x == "than",
		(w == "mehr" || w == "weniger") && x == "als",
		(w == "mas" || w == "menos") && x == "que",
		w == "in" && (x == "piu" || x == "meno"),
		(w == "больше" || w == "меньше") && (x == "чем" || x == ","):
		e = end + 2
	case w == "de" && (x == "plus" || x == "moins"):
		e = end + 2
		if e < n && c.toks[e].f == "que" {
			e++
		}
	default:
		return -1, 0, false
	}
	if e < n && c.toks[e].sent == sent && c.toks[e].kind == tNum {
		return -1, 0, false // "5 more than 3": a comparison of two numbers
	}
	p := len(c.figs) - 1
	if p < 0 || c.figs[p].sent != sent || c.figs[p].t1 > i || c.claims[c.figs[p].claim].Unit == "percent" {
		return -1, 0, false
	}
	for m := c.figs[p].t1; m < i; m++ {
		if t := &c.toks[m]; t.kind == tNum && !t.used && !c.isYearToken(m) {
			return -1, 0, false
		}
	}
	return p, end, true
}

// actionNouns name takedowns as acts, with no unit of their own: the unit
// is the noun before them ("1,243,871 video removals").
var actionNouns = map[string]bool{
	"removals": true, "removal": true, "takedowns": true, "takedown": true, "deletions": true, "suspensions": true, "blocks": true, "blockings": true, "bans": true,
	"suppressions": true, "retraits": true, "blocages": true, "retiradas": true, "eliminaciones": true, "bloqueos": true, "rimozioni": true, "blocchi": true,
	"loschungen": true, "sperrungen": true, "entfernungen": true, "удалений": true, "блокировок": true,
	"блокировки": true, "блокировка": true, "удаления": true, "удаление": true,
}

// actionSibling finds the figure whose unit a bare count written with an
// action noun takes, when that figure is written with the same action noun
// after its unit earlier in the sentence: "1,243,871 video removals, while
// the United States ranked third with 788,354 removals". It returns the
// index in c.figs and the end of the action noun.
func (c *ctx) actionSibling(i, end, sent int, year bool) (int, int, bool) {
	if year || end >= len(c.toks) || c.toks[end].sent != sent || !actionNouns[c.toks[end].f] {
		return -1, 0, false
	}
	if e := end + 1; e+1 < len(c.toks) && (c.toks[e].f == "of" || c.toks[e].f == "de" || c.toks[e].f == "di" || c.toks[e].f == "von") {
		if _, ue, _ := c.unitAt(e + 1); ue > 0 {
			return -1, 0, false // "300 removals of videos": a unit of its own
		}
	}
	nearest := -1
	for p := len(c.figs) - 1; p >= 0; p-- {
		f := c.figs[p]
		if f.sent != sent || f.t1 > i {
			break
		}
		if c.claims[f.claim].Unit == "percent" {
			continue
		}
		if f.t1 < len(c.toks) && c.toks[f.t1].f == c.toks[end].f {
			return p, end + 1, true
		}
		if c.actionNounBefore(f.t0, end) {
			return p, end + 1, true // "le blocage de 28 sites …, plus de 100 blocages"
		}
		if nearest < 0 && i-f.t1 <= 20 {
			nearest = p
		}
	}
	// "было удалено 519 646 групп и каналов, что превысило предыдущий рекорд
	// в 490 433 блокировки": the acts of the figure before
	if nearest >= 0 {
		return nearest, end + 1, true
	}
	return -1, 0, false
}

// actionNounBefore reports whether the figure starting at token t (its
// first, a qualifier's or the number's) is
// written after the same action noun as the one at end, in the singular
// or the plural, and "of": "le blocage de 28 sites", "the removal of 30
// videos", before "100 blocages", "45 removals".
func (c *ctx) actionNounBefore(t, end int) bool {
	if t < 2 || !numberOfWords[c.toks[t-1].f] {
		return false
	}
	a := c.toks[t-2].f
	return len([]rune(a)) >= 5 && strings.HasPrefix(c.toks[end].f, a)
}

// actionRange is actionSibling for a range whose second number the action
// noun follows ("a daily average of 200-300 takedowns"): the range counts
// the acts of the figure before. It returns the index in c.figs, the end
// of the action noun and the range's second number.
func (c *ctx) actionRange(i, end, sent int, year bool) (int, int, amount, bool) {
	if year || end+1 >= len(c.toks) || c.toks[end+1].sent != sent || c.toks[end+1].kind != tNum || !c.rangeSep(i, end) {
		return -1, 0, amount{}, false
	}
	b, ok := c.parseAmount(end+1, false)
	if !ok || b.year || b.v <= c.toks[i].val {
		return -1, 0, amount{}, false
	}
	p, e2, ok := c.actionSibling(i, b.end, sent, false)
	return p, e2, b, ok
}

// pairBefore reports whether the number at q is the first of a pair "q
// and i" ("standing at 770,157 and 516,629").
func (c *ctx) pairBefore(q, i int) bool {
	b, ok := c.parseAmount(q, false)
	return ok && b.end == i-1 && c.has(b.end, catJoin)
}

// pairCloses reports whether the number at k (the second of a pair) ends
// its clause with no unit of its own.
func (c *ctx) pairCloses(k, sent int) bool {
	b, ok := c.parseAmount(k, false)
	if !ok || b.year {
		return false
	}
	e := b.end
	return e >= len(c.toks) || c.toks[e].sent != sent || c.toks[e].kind == tPunct || c.toks[e].f == "respectively"
}

// countOf finds the unit of a number that ends its clause when the subject
// named it earlier in the sentence: "the number of <unit> … is N",
// "общее количество заблокированных групп и каналов … составило 7,5 млн".
// It returns the unit, its first token and end, and the token of the count
// word.
func (c *ctx) countOf(i, end int) (string, int, int, int, bool) {
	sent := c.toks[i].sent
	// a qualifier after the count: "संख्या 85 लाख से भी अधिक थी"
	if _, e := c.find(end, catQualAfter, 0); e > 0 && c.toks[end].sc == scDevanagari {
		end = e
	}
	closes := end >= len(c.toks) || c.toks[end].sent != sent || c.toks[end].kind == tPunct || pieceWords[c.toks[end].f] || c.timePhraseAt(end, sent) > 0 ||
		c.has(end, catJoin) && end+1 < len(c.toks) && c.toks[end+1].kind == tWord || // "bei 11,4 Millionen und überschritt …"
		c.has(end, catJoin) && end+1 < len(c.toks) && c.toks[end+1].kind == tNum && c.toks[end+1].sent == sent && c.pairCloses(end+1, sent) || // "numbers of video takedowns, standing at 770,157 and 516,629"
		c.arClauseAt(end) || // "وبلغ عدد المشتركين فيها أكثر من 500 ألف وتحتوي على …"
		compareWords[c.toks[end].f] || // "Число жалоб выросло до 12 тыс. против 8 тыс."
		c.toks[end].sc == scDevanagari && (copulas[c.toks[end].f] || hiBecome[c.toks[end].f]) || // "शिकायतों की संख्या बढ़कर 12,000 हो गई"
		c.casesClose(i, end) || // "die Anzahl der … Beschwerden … mit 10.922 Fällen"
		c.thoseWhoAt(end, sent) || // "il numero di utenti …: sono 20,7 milioni quelli che si sono iscritti"
		c.levelParticipleClose(i, end, sent) // "die Anzahl … Konten … auf mehr als eine Million verdoppelt"

	for q := i - 1; q >= 0 && q >= i-24 && c.toks[q].sent == sent; q-- {
		t := &c.toks[q]
		if t.kind == tNum {
			if !t.used && !c.isYearToken(q) && q < i-1 {
				// the count word's count came first: "die Zahl … bei 11,4
				// Millionen und überschritt … die Schwelle von zehn Millionen"
				if c.figureAt(q) && !c.percentAt(q) && !c.pairBefore(q, i) {
					return "", 0, 0, 0, false
				}
			}
			continue
		}
		if possCountWords[t.f] && q > i-8 && !c.noCountAfter(end, sent) {
			// "الحسابات والصفحات، التي بلغ عددها 472 من منصتها": the unit before
			// "its number"; a complement may follow the number
			if u, s2, e2, ok := c.unitBeforeCount(q); ok {
				return u, s2, e2, s2, true
			}
			return "", 0, 0, 0, false
		}
		if !countWords[t.f] || !closes {
			continue
		}
		// "यूआरएल की संख्या 225": the unit before the count noun and its genitive
		if t.sc == scDevanagari && q >= 2 && hiGenitive[c.toks[q-1].f] {
			if u, e, _ := c.unitAt(q - 2); e == q-1 && u != "percent" {
				return u, q - 2, e, q - 2, true
			}
		}
		// up to four words before the unit; six in Russian, whose
		// participles and places come first: "количество заблокированного в
		// соцсетях суицидального контента"
		reach := 4
		if t.sc == scCyrillic {
			reach = 6
		}
		for j := q + 1; j < i && j <= q+reach; j++ {
			if c.isPunct(j, ",") || c.isPunct(j, ".") {
				break
			}
			if u, e, _ := c.unitAt(j); e > 0 && u != "percent" {
				unit := u
				// "the number of weekly URL takedown requests": the unit the
				// singular noun modifies across the action
				if a := c.modifierAction(e, sent); e == j+1 && a > e && a < i && !strings.HasSuffix(c.toks[j].f, "s") {
					if u2, e2, _ := c.unitAt(a); e2 > 0 && e2 <= i && u2 != u && u2 != "percent" {
						unit, e = u2, e2
					}
				}
				if e < i {
					if u2, e2, w2 := c.unitAt(e); e2 > 0 && e2 <= i && w2 && u2 != u && u2 != "percent" {
						unit, e = compound(u, u2), e2 // إجمالي المجموعات والقنوات
					} else if _, ej := c.find(e, catJoin, 0); ej > 0 && ej < i {
						if u2, e2, _ := c.unitAt(ej); e2 > 0 && u2 != u {
							unit, e = compound(u, u2), e2
						}
					}
				}
				return unit, j, e, q, true
			}
		}
		return "", 0, 0, 0, false
	}
	return "", 0, 0, 0, false
}

// levelParticipleClose reports whether the count from i to end is the
// level a German verb-final clause reaches: "auf" before it, a participle
// of change after it, then the clause's end or its auxiliary ("die Zahl
// der gesperrten Konten ist auf 1200 gestiegen", "die Anzahl täglich
// gesperrter Konten … auf mehr als eine Million verdoppelt").
func (c *ctx) levelParticipleClose(i, end, sent int) bool {
	k := c.beforeQualifier(i)
	if k == 0 || c.toks[k-1].f != "auf" || end >= len(c.toks) || c.toks[end].sent != sent || c.toks[end].sc != scLatin || !c.changeVerbAt(end) {
		return false
	}
	n := end + 1
	if n < len(c.toks) && c.toks[n].sent == sent && (countAux[c.toks[n].f] || germanHave[c.toks[n].f] || c.toks[n].f == "ist" || c.toks[n].f == "habe") {
		n++
	}
	return n >= len(c.toks) || c.toks[n].sent != sent || c.toks[n].kind == tPunct
}

// hiBecome are the Hindi verbs a count word's count may end with: "हो गई"
// (became), "पहुंच गई" (reached).
var hiBecome = map[string]bool{"हो": true, "पहुंच": true, "पहुंची": true, "पहुंचा": true, "पहुंचे": true}

// arClauseAt reports whether an Arabic word joined to و that starts no
// number, scale or unit noun opens the clause at k: "… 500 ألف وتحتوي على
// …" ends the count before it.
func (c *ctx) arClauseAt(k int) bool {
	if k >= len(c.toks) || c.toks[k].kind != tWord || c.toks[k].sc != scArabic || !strings.HasPrefix(c.toks[k].f, "و") || utf8.RuneCountInString(c.toks[k].f) < 4 {
		return false
	}
	if _, e, _ := c.unitAt(k); e > 0 {
		return false
	}
	return !c.has(k, catScale) && !c.startsNumberWord(k)
}

// namedBefore finds the unit of a number that the clause named before it,
// when nothing but the end of the clause follows the number (or "of them"
// does, for them): after a word meaning "namely" ("Beschwerden ein,
// nämlich 250.957"), after a copula that makes the unit the subject ("gli
// iscritti al canale erano circa 200", "the accounts suspended were
// 1,200") or a verb of change and the level reached ("Telegram's users
// grew to 60 million"), or before "of them" ("the channels removed,
// 468,458 of them").
// It returns the unit and its first and end tokens.
func (c *ctx) namedBefore(i, end int, them bool) (string, int, int, bool) {
	sent := c.toks[i].sent
	// a qualifier after the count: "أي تقريبا 43 مليونا على الأقل،"
	if _, e := c.find(end, catQualAfter, 0); e > 0 && !them {
		end = e
	}
	if e := c.counterWordAt(end, sent); e > end && !them {
		end = e // "выросло до 93 000 шт.": a word for pieces names no unit
	}
	if e := c.timePhraseAt(end, sent); e > end && !them {
		end = e // "Las solicitudes ascendieron a 118.000 el año pasado": a time phrase may close the clause
	}
	// an apposition giving the total of the noun before: "three sets of
	// accounts from Iran, 4,779 in total, that …"
	appos := false
	if e := c.appositionTotalAt(end, sent); e > end && !them && i > 0 && c.isPunct(i-1, ",") && (e >= len(c.toks) || c.toks[e].sent != sent || c.toks[e].kind == tPunct) {
		end, appos = e, true
	}
	// the word before the number, past a qualifier and a comma
	k := i
	for q := i - 1; q >= 0 && q >= i-4; q-- {
		if h, e := c.find(q, catQualBefore, 0); e == i && h.e != nil {
			k = q
			break
		}
	}
	// "ces sites seraient au nombre de 21 et ils …": the phrase is the
	// whole predicate, so the clause may go on past the count
	auNombre := -1
	if !them {
		auNombre = c.auNombreStart(k, sent)
	}
	if !them && auNombre < 0 && end < len(c.toks) && c.toks[end].sent == sent && c.toks[end].kind != tPunct && !c.has(end, catPart) && c.totalPhraseAt(end) < 0 && !c.versusNumberAt(end, sent) {
		return "", 0, 0, false
	}
	if auNombre > 0 && copulas[c.toks[auNombre-1].f] {
		k = auNombre
	}
	// an Arabic qualifier written before: "أي تقريبا 43"
	if k == i && i > 0 && c.toks[i-1].sc == scArabic {
		if _, e := c.find(i-1, catQualAfter, 0); e == i {
			k = i - 1
		}
	}
	for k > 0 && c.isPunct(k-1, ",") {
		k--
	}
	// "ha raggiunto l'incredibile cifra di 1,75 miliardi", "reached the
	// figure of": a noun for the figure, with its article, stands for the count
	if m := c.figureNounStart(k, sent); m > 0 && copulas[c.toks[m-1].f] {
		k = m
	}
	// "alcanzaron las 300.000", "hanno raggiunto quota 300.000": an
	// article or "quota" between the verb of reaching and the count
	if k > 1 && (numArticles[c.toks[k-1].f] || c.toks[k-1].f == "quota") && copulas[c.toks[k-2].f] {
		k--
	}
	// "I domini oscurati sono ora 9.280": a word for now after the copula
	if k > 1 && nowWords[c.toks[k-1].f] && copulas[c.toks[k-2].f] {
		k--
	}
	if k == 0 || c.toks[k-1].sent != sent {
		return "", 0, 0, false
	}
	subject := false
	if !them && k >= 2 && (equalTo[c.toks[k-2].f] || amountVerbs[c.toks[k-2].f]) && amountTo[c.toks[k-1].f] {
		k-- // "i profili falsi rimossi sono stati … pari a 5,88 milioni": "equal to" as a copula
		subject = true
	} else if !them && k >= 2 && levelTo[c.toks[k-1].f] && c.changeVerbAt(k-2) {
		k-- // "Telegram's users grew to 60 million": the level the subject reached
		subject = true
	} else if !them && k < i && (levelTo[c.toks[k].f] || untilWords[c.toks[k].f]) && c.changeVerbAt(k-1) {
		subject = true // "Los usuarios crecieron hasta 60 millones": hasta, до and fino a read as "up to"
	}
	if !them && !subject && !appos {
		f := c.toks[k-1].f
		if c.thatIsBefore(k - 1) {
			k, f = k-3, "namely" // "the largest chunk of reports, i.e., 82 million"
		} else if f == "also" && k >= 2 && c.toks[k-2].sent == sent && (c.isPunct(k-2, "-") || c.isPunct(k-2, ",") || c.isPunct(k-2, "(")) {
			f = "namely" // "2 Prozent der Beschwerden – also 62 –": the German "also" opening an aside restates
		}
		if !namelyWords[f] && !copulas[f] {
			return "", 0, 0, false
		}
		subject = copulas[f]
		k--
	} else if subject {
		k--
	}
	// the nearest unit before ("namely", "of them"), or the first one of
	// the clause for a copula's subject, with no number between
	unit, us, ue := "", 0, 0
	reach := 8
	if subject {
		reach = 10
		if c.purposeBefore(max(k-14, 0), k-2) {
			reach = 14 // "les demandes pour restreindre l’accès à des contenus … se montaient à": past the purpose to its noun
		} else if c.unitRelativeBetween(max(k-14, 0), k-2) {
			reach = 14 // "the counter of domain names that have now come into the hands of Microsoft stood at seventy"
		}
	} else if !them && c.relativeBetween(max(k-14, 0), k) {
		reach = 14 // "256 Beschwerden über Online-Plattformen, von denen die meisten, nämlich 156"
	} else if them {
		reach = 14 // past place and agent phrases: "clips posted by users on social media sites, and 30,000 of these"
	}
	for j := k - 1; j >= 0 && j >= k-reach && c.toks[j].sent == sent; j-- {
		t := &c.toks[j]
		if t.kind == tNum || subject && t.kind == tPunct && (t.f == "," || t.f == ":" || t.f == ";") {
			break
		}
		if u, e, _ := c.unitAt(j); e > 0 && e <= k && u != "percent" {
			if j > 0 && c.toks[j-1].kind == tNum {
				if !them && !subject && c.relativeBetween(e, k) {
					unit, us, ue = u, j, e // "256 Beschwerden …, von denen die meisten, nämlich 156": a part of that figure
				}
				break // the unit of a figure of its own
			}
			if them && c.toks[j].sc == scLatin && e == j+1 && c.singularAt(j) {
				continue // "The platform removed 4,000 of them": "them" is no platform
			}
			if them && c.inPlacePhrase(j) {
				continue // "clips posted on social media sites, and 30,000 of these"
			}
			if them && c.removalObject(j) {
				continue // "712 запросов о блокировке сайтов, и 404 из них": the requests, not the sites
			}
			if them && c.partGenderMismatch(end, j) {
				continue // "247 páginas webs han retirado contenidos … y 31 de ellas": the pages
			}
			if appos && c.toks[j].sc == scLatin && e == j+1 && c.singularAt(j) {
				continue // "the channels of the group, 1,200 in total": a total is of many
			}
			if !them && !subject && (c.inPlacePhrase(j) || c.inTopicPhrase(j)) {
				continue // "256 Beschwerden über Online-Plattformen, von denen die meisten, nämlich 156": no platforms
			}
			unit, us, ue = u, j, e
			if !subject {
				break
			}
		}
	}
	return unit, us, ue, unit != ""
}

// inPlacePhrase reports whether the unit noun at j stands in a place or
// agent phrase: a place preposition or "by", perhaps a determiner and up
// to two modifiers, then the noun ("on social media sites", "posted by
// users"). Such a noun is not what "of these" counts.
func (c *ctx) inPlacePhrase(j int) bool {
	sent := c.toks[j].sent
	for p := j - 1; p >= 0 && p >= j-4 && c.toks[p].sent == sent; p-- {
		t := &c.toks[p]
		if t.kind != tWord || c.has(p, catUnit) && p < j-1 || ruPlaceNoun(t) {
			return false
		}
		if relPlacePreps[t.f] || agentPreps[t.f] {
			return true
		}
	}
	return false
}

// relativeBetween reports whether a relative "of which" stands between
// tokens a and b: "von denen", "of which", "dont", "de los cuales", "dei
// quali", "из которых".
func (c *ctx) relativeBetween(a, b int) bool {
	for m := a; m < b && m+1 < len(c.toks); m++ {
		w, x := c.toks[m].f, c.toks[m+1].f
		if w == "dont" || w == "davon" || (w == "von" || w == "unter") && (x == "denen" || x == "welchen") || w == "of" && (x == "which" || x == "whom") ||
			(w == "de" || w == "entre") && (x == "los" || x == "las") || (w == "dei" || w == "delle" || w == "tra") && x == "quali" || w == "из" && x == "которых" {
			return true
		}
	}
	return false
}

// subjectRelatives open a relative clause on a noun (folded).
var subjectRelatives = map[string]bool{"that": true, "which": true, "que": true, "qui": true, "che": true}

// unitRelativeBetween reports whether a relative clause opens right after
// a unit noun between tokens a and b: the subject of a copula may carry
// one, as in "the domain names that have now come into the hands of
// Microsoft stood at seventy".
func (c *ctx) unitRelativeBetween(a, b int) bool {
	for m := a + 1; m < b && m < len(c.toks); m++ {
		if !subjectRelatives[c.toks[m].f] {
			continue
		}
		for j := max(m-2, a); j < m; j++ {
			if u, e, _ := c.unitAt(j); e == m && u != "percent" {
				return true
			}
		}
	}
	return false
}

// topicPreps introduce what a figure is about: "Beschwerden über
// Online-Plattformen", "complaints about platforms".
var topicPreps = map[string]bool{"uber": true, "about": true, "concerning": true, "regarding": true, "against": true, "gegen": true, "sobre": true, "contre": true, "contro": true, "о": true, "об": true, "против": true, "عن": true, "ضد": true}

// inTopicPhrase reports whether the unit noun at j is the object of a
// topic preposition, perhaps past a determiner or a modifier.
func (c *ctx) inTopicPhrase(j int) bool {
	sent := c.toks[j].sent
	for p := j - 1; p >= 0 && p >= j-4 && c.toks[p].sent == sent; p-- {
		t := &c.toks[p]
		if t.kind == tPunct && t.f == "-" {
			continue // "über Online-Plattformen"
		}
		if t.kind != tWord || c.has(p, catUnit) {
			return false
		}
		if topicPreps[t.f] {
			return true
		}
	}
	return false
}

// agentPreps introduce the agent of a passive: "posted by users".
var agentPreps = map[string]bool{"by": true, "par": true, "por": true, "von": true, "от": true}

// copulaBefore reports whether a copula stands right before the number
// that ends at token e (a qualifier may come between): "sono state 2.434",
// "Sono circa 70".
func (c *ctx) copulaBefore(e int) bool {
	i := e
	for i > 0 && c.toks[i-1].kind == tNum {
		i--
	}
	if i < 0 || i >= len(c.toks) {
		return false
	}
	k := i
	for q := i - 1; q >= 0 && q >= i-4; q-- {
		if h, e2 := c.find(q, catQualBefore, 0); e2 == i && h.e != nil {
			k = q
			break
		}
	}
	if k == 0 || c.toks[k-1].sent != c.toks[i].sent {
		return false
	}
	// "son en total 8.850 los contenidos", "sono in totale 500 gli account"
	if k >= 3 && totalWords[c.toks[k-1].f] && inTotalPreps[c.toks[k-2].f] {
		k -= 2
	} else if k >= 2 && c.toks[k-1].f == "insgesamt" {
		k--
	}
	f := c.toks[k-1].f
	return copulas[f] || f == "state" || f == "stati" || f == "been"
}

// levelTo are the prepositions of the level a verb of change reaches:
// "grew to", "est passé à", "stieg auf", "creció hasta", "выросло до".
var levelTo = map[string]bool{"to": true, "a": true, "auf": true, "hasta": true, "до": true, "الى": true}

// untilWords open "fino a" (up to, or the level after a verb of change:
// "cresciuti fino a 60 milioni").
var untilWords = map[string]bool{"fino": true, "sino": true}

// inTotalPreps open "en total", "in totale", "au total", "in total".
var inTotalPreps = map[string]bool{"en": true, "in": true, "au": true}

// ruAdjective reports whether a folded Russian word ends as an adjective
// does (-ых, -их, -ый, -ий, -ой, -ая, -яя, -ое, -ее, -ые, -ие, -ого, -его, -ым,
// -им, -ую).
func ruAdjective(f string) bool {
	for _, suf := range []string{"ых", "их", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ым", "им", "ую"} {
		if strings.HasSuffix(f, suf) {
			return true
		}
	}
	return false
}

// ruVerbEnd reports whether a Russian word ends as a short participle or
// a past verb does (-ны, -ено, -ли, -ло), which no adjective before a unit
// does.
func ruVerbEnd(f string) bool {
	for _, suf := range []string{"ны", "ена", "ено", "ли", "ло"} {
		if strings.HasSuffix(f, suf) && len(f) > len(suf)+4 {
			return true
		}
	}
	return false
}

// equalTo are the words of "equal to" before "a", "à", "to": "pari a".
var equalTo = map[string]bool{"pari": true, "equal": true, "egal": true, "egaux": true, "igual": true, "iguales": true,
	// verbs of amounting before "to", "at", "à": "Suspended accounts stood at 12,000", "s'élèvent à"
	"amounted": true, "amount": true, "amounts": true, "stood": true, "stands": true, "elevent": true, "eleve": true, "elevaient": true,
	"ammontano": true, "ammonta": true, "ammontavano": true, "ascendieron": true, "asciende": true, "ascienden": true, "ascendio": true}

var namelyWords = map[string]bool{"namely": true, "namlich": true, "soit": true, "cioe": true, "именно": true, "اي": true, "totaling": true, "totalling": true}

var copulas = map[string]bool{
	"were": true, "was": true, "are": true, "is": true, "totalled": true, "totaled": true, "numbered": true,
	"etaient": true, "etait": true, "sont": true, "est": true, "waren": true, "war": true, "sind": true, "ist": true, "betrug": true, "betrugen": true,
	"fueron": true, "eran": true, "era": true, "son": true, "fue": true, "erano": true, "sono": true, "furono": true,
	"составило": true, "составил": true, "составила": true, "составили": true, "составляет": true, "составляют": true, "было": true, "были": true,
	"थे": true, "थी": true, "था": true, "है": true, "हैं": true,
	// past participles of "be" after an auxiliary: "sono stati 166mila"
	"stati": true, "state": true, "ete": true, "been": true, "sido": true, "gewesen": true,
	// verbs of remaining: "mentre altri 210 milioni risultano ancora raggiungibili"
	"risultano": true, "risulta": true, "restano": true, "rimangono": true, "restent": true, "remain": true, "siguen": true, "quedan": true, "bleiben": true, "остаются": true,
	// verbs of reaching a total: "Complaints reached 300,000", "Fake
	// accounts disabled … hit 583 million", "les signalements ont atteint
	// 300 000", "Жалобы достигли 300 тыс."
	"sumaron": true, "suman": true, "totalizaron": true,
	"reached": true, "hit": true, "atteint": true, "atteignent": true, "atteignait": true, "atteignaient": true,
	"alcanzaron": true, "alcanzo": true, "alcanza": true, "alcanzan": true, "raggiunto": true, "raggiunge": true, "raggiungono": true,
	"erreichte": true, "erreichten": true, "erreicht": true, "достигло": true, "достигли": true, "достиг": true, "достигла": true, "достигает": true,
	// conditional and future: "i canali … sarebbero 19", "seraient 300"
	"sarebbero": true, "sarebbe": true, "saranno": true, "seraient": true, "serait": true, "seront": true, "serian": true, "seria": true, "seran": true,
}

// labelAt reports whether a label for the next number starts at k: one or
// two words and a colon ("Links: 5", "Accounts suspended: 12").
func (c *ctx) labelAt(k int) bool {
	for j := k; j < len(c.toks) && j <= k+2; j++ {
		if c.toks[j].kind == tPunct {
			return c.isPunct(j, ":") && j > k
		}
	}
	return false
}

// partAfter returns the token after "of which (were)" written right after
// a number whose unit follows ("13 of which were EU member states"), or -1.
func (c *ctx) partAfter(k int) int {
	if k+1 >= len(c.toks) || (c.toks[k].f != "of" && c.toks[k].f != "من") {
		return -1
	}
	switch c.toks[k+1].f {
	case "which", "whom", "them", "بينها", "بينهم":
	default:
		return -1
	}
	e := k + 2
	if e < len(c.toks) {
		switch c.toks[e].f {
		case "were", "are", "was", "is", "being":
			e++
		}
	}
	return e
}

// pronounPart returns the token after "of these", "di queste", "davon",
// "из них", "منها" written right after a number with no unit after them, or -1.
func (c *ctx) pronounPart(i, k int) int {
	n := len(c.toks)
	if k+1 >= n || c.toks[k+1].sent != c.toks[k].sent || k == 0 || c.toks[i].kind != tNum {
		return -1 // digits only: "one of these actions" is no count; "71 million of those" is
	}
	ok := false
	switch c.toks[k].f {
	case "davon", "darunter", "hiervon", "منها", "منهم":
		// "knapp 30.000 davon wurden … beanstandet", "342 موقعاً … 157 منها
		// مخلة بالآداب" (157 of them), "93518 طلباً، 93360 منها أدت إلى …"
		return k + 1
	case "entre":
		// "6,4 millions d'entre elles" (the scale took "d'")
		if k >= 2 && c.isPunct(k-1, "'") && (c.toks[k+1].f == "elles" || c.toks[k+1].f == "eux") {
			return k + 2
		}
	case "d":
		// "6,4 d'entre elles"
		if k+3 < n && c.toks[k+1].f == "'" && c.toks[k+2].f == "entre" && (c.toks[k+3].f == "elles" || c.toks[k+3].f == "eux") {
			return k + 4
		}
	case "of":
		ok = c.toks[k+1].f == "these" || c.toks[k+1].f == "those"
	case "di", "tra", "fra":
		ok = c.toks[k+1].f == "queste" || c.toks[k+1].f == "questi" || c.toks[k+1].f == "esse" || c.toks[k+1].f == "essi"
	case "dei", "delle":
		ok = c.toks[k+1].f == "quali" // "oltre 29.000 siti internet, 2.539 dei quali … sono stati oscurati"
	case "de":
		if k+2 < n && (c.toks[k+1].f == "los" || c.toks[k+1].f == "las") && c.toks[k+2].f == "cuales" {
			return k + 3 // "455 páginas web, 420 de las cuales retiraron …"
		}
		ok = c.toks[k+1].f == "ellos" || c.toks[k+1].f == "ellas" || c.toks[k+1].f == "estos" || c.toks[k+1].f == "estas" || c.toks[k+1].f == "celles" || c.toks[k+1].f == "ceux"
	case "из":
		ok = c.toks[k+1].f == "них" || c.toks[k+1].f == "этих"
	}
	if !ok {
		return -1
	}
	if k+2 < n && c.toks[k+2].sent == c.toks[k].sent {
		if _, e, _ := c.unitAt(k + 2); e > 0 {
			return -1 // "5 of these accounts": the unit follows
		}
	}
	return k + 2
}

// ofTheBefore finds the unit of a number that a clause opening with "Of
// the <unit> …," named, when an auxiliary follows the number: "Of the
// total videos removed, 10,698,297 were flagged", "Von den gemeldeten
// Inhalten wurden 2.000 gelöscht" is not this shape (the verb comes
// first) and is left alone.
func (c *ctx) ofTheBefore(i, end int) (string, int, int, bool) {
	sent := c.toks[i].sent
	if end >= len(c.toks) || c.toks[end].sent != sent || !auxWords[c.toks[end].f] && !containVerbs[c.toks[end].f] && !partBeVerbs[c.toks[end].f] {
		return "", 0, 0, false
	}
	k := i
	for q := i - 1; q >= 0 && q >= i-4; q-- {
		if h, e := c.find(q, catQualBefore, 0); e == i && h.e != nil {
			k = q
			break
		}
	}
	if k < 2 || !c.isPunct(k-1, ",") {
		return "", 0, 0, false
	}
	for j := k - 2; j >= 0 && j >= k-9 && c.toks[j].sent == sent; j-- {
		t := &c.toks[j]
		if t.kind == tNum || t.kind == tPunct {
			return "", 0, 0, false
		}
		if !ofTheOpeners[t.f] {
			continue
		}
		for m := j + 1; m < k-1 && m <= j+4; m++ {
			if u, e, _ := c.unitAt(m); e > 0 && u != "percent" {
				return u, m, e, true
			}
		}
		return "", 0, 0, false
	}
	return "", 0, 0, false
}

// partBeVerbs are past forms of "be" (folded) that may follow the count
// an "Of the <unit> …," clause names, where English has "were": "de los
// portales detectados, 83 estaban vinculados …", "dei siti, 40 erano …".
var partBeVerbs = map[string]bool{"estaban": true, "estaba": true, "eran": true, "erano": true, "etaient": true, "waren": true}

// shareOutVerbs are the German verbs (folded) that share a whole out
// among what follows "auf": "entfallen 500 auf …", "bezogen sich 43.533
// auf einen Serverstandort im Inland".
var shareOutVerbs = map[string]bool{"entfallen": true, "entfielen": true, "entfallt": true, "entfiel": true, "bezogen": true, "beziehen": true, "bezog": true, "bezieht": true}

// sharedOutBefore finds the unit of a number followed by "auf" in a
// sentence that opens with "Von den <unit> entfallen …": "Von den übrigen
// Löschersuchen entfallen zirka 500 auf …, zirka 20 auf …" shares the
// requests out, each count counting them.
func (c *ctx) sharedOutBefore(i, end int) (string, int, int, bool) {
	sent := c.toks[i].sent
	if end >= len(c.toks) || c.toks[end].sent != sent || c.toks[end].f != "auf" {
		return "", 0, 0, false
	}
	v := -1
	for j := i - 1; j >= 0 && j >= i-24 && c.toks[j].sent == sent; j-- {
		if shareOutVerbs[c.toks[j].f] {
			v = j
			break
		}
	}
	if v < 3 {
		return "", 0, 0, false
	}
	for j := v - 2; j >= 0 && j >= v-6 && c.toks[j].sent == sent; j-- {
		if c.toks[j].f != "von" || c.toks[j+1].f != "den" {
			continue
		}
		for m := j + 2; m < v; m++ {
			if u, e, _ := c.unitAt(m); e == v && u != "percent" {
				return u, m, e, true
			}
		}
		return "", 0, 0, false
	}
	return "", 0, 0, false
}

// partOf finds the figure that a number without a unit is a part of: the
// last figure before it, when a marker such as "of which", "dont", "из них",
// "من بينها" stands right before the number, or when the number opens a
// parenthesis written right after that figure ("18 paesi (13 Ue e 5 extra
// Ue)"). It returns the index in c.figs.
func (c *ctx) partOf(i, end, sent int, year bool) (int, bool) {
	p := len(c.figs) - 1
	// an elliptical figure of this sentence with a unit may be the whole
	// too: "30,000 of these were removed, including 20,000 from YouTube"
	if p < 0 || !c.figs[p].ell || c.figs[p].sent != sent || c.claims[c.figs[p].claim].Unit == "" {
		for p >= 0 && c.figs[p].ell {
			p--
		}
	}
	if p < 0 || c.figs[p].t1 > i {
		return -1, false
	}
	// the next word must not make the number something else: "48 hours", "3rd"
	if end < len(c.toks) && c.toks[end].sent == sent && c.toks[end].kind == tWord {
		if c.hasTime(end) || c.has(end, catCurrency) || c.has(end, catMonth) || peopleWords[c.toks[end].f] {
			return -1, false
		}
	}
	// a figure written as the complement of the one before it ("182 url su
	// 67 piattaforme", "78 channels in 12 languages") is not what the part
	// counts: the one before it is
	for p > 0 && !c.figs[p-1].ell && c.figs[p-1].sent == c.figs[p].sent && c.complementOf(c.figs[p-1], c.figs[p]) {
		p--
	}
	f := c.figs[p]
	// a parenthesis opened right after the parent figure and not yet closed
	// "75,8% (14 767) запросов": a bracketed count whose unit follows the
	// bracket is no part
	u, e, _ := c.unitAt(end + 1)
	unitAfter := e > 0 && u != "percent" && c.isPunct(end, ")")
	if b := c.breakdownBracket(f.t1, i, end, sent); !unitAfter && f.sent == sent && !year && b >= 0 && i-b <= 8 {
		closed := false
		for k := b + 1; k < i; k++ {
			if c.isPunct(k, ")") {
				closed = true
			}
		}
		if !closed {
			return p, true
		}
	}
	// a marker ending right before the number (a comma or dash may follow
	// it, a qualifier may come between: "of which over 1.2 million")
	k := i
	for q := i - 1; q >= 0 && q >= i-4; q-- {
		if h, e := c.find(q, catQualBefore, 0); e == i && h.e != nil {
			k = q
			break
		}
	}
	for k > 0 && (c.isPunct(k-1, ",") || c.isPunct(k-1, "-") || c.isPunct(k-1, ":") || betweenWords[c.toks[k-1].f] && k == i) {
		k--
	}
	// a year-like number after a marker is a part only when nothing but
	// punctuation follows it ("en concreto 2068,"; not "of which 2016 saw")
	if year && end < len(c.toks) && c.toks[end].sent == sent && c.toks[end].kind != tPunct {
		return -1, false
	}
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		if _, e := c.find(q, catPart, 2); e == k {
			if f.sent == sent || (f.sent == sent-1 && c.toks[q].sent == sent) {
				return p, true
			}
		}
	}
	// a relative part whose clause names its subject before the count: "von
	// denen das Unternehmen knapp 29.000 entfernte", "of which the company
	// removed 29,000", "dont la plateforme a retiré 12 000"
	if f.sent == sent && !year {
		for a := k - 1; a > 0 && a >= k-4 && c.toks[a].kind == tWord && c.toks[a].sent == sent; a-- {
			if subjectArticles[c.toks[a].f] && relativeMarkers[c.toks[a-1].f] {
				if _, e := c.find(a-1, catPart, 0); e == a || a >= 2 && func() bool { _, e2 := c.find(a-2, catPart, 0); return e2 == a }() {
					return p, true
				}
			}
		}
	}
	return -1, false
}

// subjectArticles open the subject of a relative clause; relativeMarkers
// end the relative part markers ("von denen", "of which", "dont").
var (
	subjectArticles = map[string]bool{"der": true, "die": true, "das": true, "the": true, "la": true, "le": true, "les": true, "l": true, "el": true, "il": true, "lo": true, "los": true, "las": true, "gli": true}
	relativeMarkers = map[string]bool{"denen": true, "welchen": true, "which": true, "whom": true, "dont": true, "quali": true, "cuales": true, "desquels": true, "desquelles": true}
)

// betweenWords open a range: "between 4,000 and 6,500".
var betweenWords = map[string]bool{"between": true, "entre": true, "zwischen": true, "tra": true, "fra": true, "между": true, "بين": true}

// coordOf finds the figure that a number without a unit is coordinated
// with: the number follows "and" (e, et, y, und, и, و, और) written at most
// two words after that figure, and what follows the number is a verb or
// participle, not a noun it could count ("11mila i siti web monitorati e
// 6.635 oscurati", "120 accounts suspended and 40 restored"). It returns
// the index in c.figs.
func (c *ctx) coordOf(i, end, sent int, year bool) (int, bool) {
	p := len(c.figs) - 1
	if year || p < 0 || c.figs[p].sent != sent || i < 1 || !c.has(i-1, catJoin) || c.isPunct(i-1, "/") {
		return -1, false
	}
	if end >= len(c.toks) || c.toks[end].sent != sent || c.toks[end].kind != tWord {
		return -1, false
	}
	// a longer gap when a participle opens it and another follows the
	// number, the two phrases parallel: "709.484 comunidades relacionadas
	// con explotación sexual infantil y 131.120 vinculadas al terrorismo"
	if gap := i - 1 - c.figs[p].t1; gap < 0 || gap > 2 && !(gap <= 8 && c.latinParticipleAt(c.figs[p].t1) && c.latinParticipleAt(end)) {
		return -1, false
	}
	for k := c.figs[p].t1; k < i-1; k++ {
		if c.toks[k].kind != tWord {
			return -1, false
		}
	}
	if c.hasTime(end) || c.has(end, catMonth) || c.has(end, catCurrency) || c.has(end, catScale) || c.has(end, catNum) {
		return -1, false
	}
	// a participle: -ed, -ati, -ées, -ados, -t, -en … (with an auxiliary
	// first, ellipticalOf decides: the participle must be a takedown's)
	if t := &c.toks[end]; t.sc == scLatin && isParticiple(t.f, c.rs[t.s:t.e]) {
		return p, true
	}
	return -1, false
}

// latinParticipleAt reports whether token j is a Latin-script participle
// or a word for "linked": "relacionadas", "linked", "liés".
func (c *ctx) latinParticipleAt(j int) bool {
	if j < 0 || j >= len(c.toks) {
		return false
	}
	t := &c.toks[j]
	return t.kind == tWord && t.sc == scLatin && (isParticiple(t.f, c.rs[t.s:t.e]) || linkedWords[t.f])
}

// coordAux are the words of a compound tense between a coordinated count
// and its participle, besides auxWords: "and 5,896,218 have ended up being
// restored".
var coordAux = map[string]bool{"been": true, "being": true, "ended": true, "up": true, "got": true, "gotten": true, "state": true, "stato": true, "ete": true, "sido": true, "worden": true}

// ellipticalOf finds the figure whose unit a bare number leaves out later
// in the same sentence, in two shapes: a conjunction, the number, an
// auxiliary and a takedown participle ("6.3 million of the videos removed
// were flagged …, while just a little more than 878,000 were flagged",
// "oltre 250 gruppi sono stati inseriti … e 14 sono stati rimossi"); or
// the preposition that introduced the figure, repeated before the number
// ("avec 135 demandes, suivie du Pakistan avec 97 et de l'Australie avec
// 32"). It returns the index in c.figs.
func (c *ctx) ellipticalOf(i, end, sent int, year bool) (int, bool) {
	p := len(c.figs) - 1
	for p >= 0 && c.figs[p].ell {
		p--
	}
	if last := len(c.figs) - 1; !year && last >= 0 && (p < 0 || c.figs[p].sent != sent) && c.figs[last].parent != 0 && c.figs[last].sent == sent {
		// a sibling of a part whose whole is in the sentence before: "Of these
		// deleted videos, 48,011,571 have been removed …, and 5,896,218 have
		// ended up being restored"
		p = last
	}
	if year || p < 0 || c.figs[p].sent != sent || c.figs[p].t1 > i {
		return -1, false
	}
	for p > 0 && !c.figs[p-1].ell && c.figs[p-1].sent == sent && c.complementOf(c.figs[p-1], c.figs[p]) {
		p--
	}
	for k := c.figs[len(c.figs)-1].t1; k < i; k++ {
		if t := &c.toks[k]; t.kind == tNum && !t.used && !c.isYearToken(k) {
			return -1, false // another number between (a date's day may be, and a year: "то в 2025 г. – к 1,289 млн")
		}
	}
	// the word before the number, past a qualifier
	k := i
	for q := i - 1; q >= 0 && q >= i-4; q-- {
		if h, e := c.find(q, catQualBefore, 0); e == i && h.e != nil {
			k = q
			break
		}
	}
	if k == 0 || c.toks[k-1].kind != tWord {
		return -1, false
	}
	// the same preposition and month after both: "14,600 YouTube channels in
	// January, followed by 4,000+ in February", "100 million users in June
	// to 140 million in December"
	if f := c.figs[p]; end+1 < len(c.toks) && f.t1+1 < len(c.toks) && c.toks[end].kind == tWord && c.toks[end].f == c.toks[f.t1].f &&
		c.has(end+1, catMonth) && c.has(f.t1+1, catMonth) && c.toks[end+1].sent == sent {
		return p, true
	}
	prev := c.toks[k-1].f
	// hedges between the conjunction and the number: "while just a little more than"
	for h := 0; h < 3 && k > 1 && hedgeWords[prev] && c.toks[k-2].kind == tWord; h++ {
		k--
		prev = c.toks[k-1].f
	}
	// the repeated preposition or verb: "avec 135 demandes, suivie du
	// Pakistan avec 97", "users flagged another 547,000 videos, while NGOs
	// flagged around 32,000", "о блокировке 76 тысяч каналов …, то 15
	// февраля — уже о блокировке 254 тысяч"
	// "… TikTok with 104 million and then Twitter on two million": a
	// platform's "on" in a list of platforms "with" their counts
	onList := prev == "on" && k >= 2 && c.has(k-2, catPlatform)
	if f0 := c.parallelWord(c.figs[p].t0); f0 > 0 && c.toks[f0-1].kind == tWord && (c.toks[f0-1].f == prev && (parallelPreps[prev] || c.parallelVerb(f0-1)) || onList && c.toks[f0-1].f == "with" || c.rankPrepAfter(f0-1, k-1)) {
		if end >= len(c.toks) || c.toks[end].sent != sent || c.toks[end].kind == tPunct || c.has(end, catJoin) {
			return p, true
		}
		return -1, false
	}
	if !ellipsisConj[prev] {
		return -1, false
	}
	// the auxiliary and a takedown participle after the number
	j := end
	for n := 0; n < 4 && j < len(c.toks) && c.toks[j].sent == sent && (auxWords[c.toks[j].f] || c.toks[j].f == "stati" || coordAux[c.toks[j].f]); n++ {
		j++
	}
	if j == end || j >= len(c.toks) || c.toks[j].sent != sent {
		return -1, false
	}
	if c.toks[j].sc == scLatin && j+1 < len(c.toks) && (c.toks[j].f == "automatically" || c.toks[j].f == "also") {
		j++
	}
	return p, takedownVerb(c.toks[j].f)
}

var hedgeWords = map[string]bool{"whopping": true, "staggering": true, "mere": true, "lediglich": true, "schon": true, "bereits": true, "deja": true, "ya": true, "gia": true, "уже": true, "еще": true, "also": true, "further": true, "encore": true, "otros": true, "just": true, "only": true, "a": true, "little": true, "bit": true, "some": true, "another": true, "nur": true, "solo": true, "seulement": true, "apenas": true, "altri": true, "weitere": true,
	"erst": true, "noch": true, "gerade": true, "solamente": true, "soltanto": true, "appena": true, "лишь": true, "только": true, "всего": true,
	// "im ersten Quartal sogar 2,19 Milliarden": a count stressed as high
	"sogar": true, "even": true, "addirittura": true, "persino": true, "incluso": true, "даже": true}

var parallelPreps = map[string]bool{"with": true, "avec": true, "con": true, "mit": true, "с": true, "bei": true, "ب": true, "к": true}

var ellipsisConj = map[string]bool{"and": true, "while": true, "whereas": true, "but": true, "e": true, "mentre": true, "et": true, "tandis": true, "y": true, "mientras": true, "und": true, "wahrend": true, "и": true, "а": true}

// takedownVerb reports whether a folded word is a participle of removing,
// blocking, flagging or restoring in one of the eight languages.
func takedownVerb(f string) bool {
	return hasAnyPrefix(f, takedownStems)
}

// verbGluedCount reports whether the word at j, glued to the count after
// it with no space, is a lower-case verb of taking down typed without its
// space ("to block19 sites"), not a name with a number (A320, iOS7).
func (c *ctx) verbGluedCount(j int) bool {
	t := &c.toks[j]
	if t.e-t.s < 4 || !takedownVerb(t.f) {
		return false
	}
	for _, r := range c.rs[t.s:t.e] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

var takedownStems = []string{
	"remov", "flag", "block", "blacklist", "suspend", "delet", "bann", "clos", "restor", "reinstat", "report", "taken", "shut", "terminat",
	"rimoss", "chius", "blocc", "cancell", "oscur", "segnal", "sospes", "eliminat",
	"supprim", "retir", "bloqu", "ferm", "signal", "desactiv",
	"geloscht", "gesperrt", "entfernt", "gemeldet", "blockiert", "deaktiviert",
	"elimin", "bloque", "cerrad", "suspendid", "retirad", "denunciad",
	"заблок", "удал", "закрыт", "ограничен",
}

var participleEnds = []string{"ed", "ati", "ate", "iti", "ite", "uti", "ute", "ados", "adas", "idos", "idas"}

// irregularParticiples are English past participles that do not end in
// -ed: "1,951,527 extremist content broadcast on 403 channels".
var irregularParticiples = map[string]bool{
	"broadcast": true, "spread": true, "put": true, "shown": true, "seen": true, "written": true, "hidden": true,
	"taken": true, "made": true, "sent": true, "found": true, "held": true, "given": true, "shared": true, "kept": true,
	"left": true, "brought": true, "built": true, "sold": true, "told": true, "thrown": true, "driven": true, "known": true,
}

// isParticiple reports whether a Latin-script word (folded f, as written
// w) reads as a past participle: English -ed, Italian -ati/-iti, Spanish
// -ados/-idos, French -é(e)(s) as written, German ge…t and …iert.
func isParticiple(f string, w []rune) bool {
	if irregularParticiples[f] {
		return true
	}
	for _, suf := range participleEnds {
		if strings.HasSuffix(f, suf) && len(f) > len(suf)+2 {
			return true
		}
	}
	n := len(w)
	for n > 0 && (w[n-1] == 's' || w[n-1] == 'e') && w[n-1] != 'é' {
		n--
	}
	if n > 3 && (w[n-1] == 'é' || w[n-1] == 'É') {
		return true
	}
	if len(f) > 5 && (strings.HasPrefix(f, "ge") && strings.HasSuffix(f, "t") || strings.HasSuffix(f, "iert")) {
		return true
	}
	return false
}

// complementOf reports whether figure b is written as the complement of
// figure a: a preposition of place or origin stands right before b's number,
// within a few words after a ("1,906 URLs on 180 platforms", "183 url su 67
// piattaforme", "units from 14 countries").
func (c *ctx) complementOf(a, b figInfo) bool {
	q := b.t0 - 1
	if q > 0 && c.toks[q].kind == tWord && c.has(q, catQualBefore) {
		q--
	}
	if q < a.t1 || q-a.t1 > 4 || c.toks[q].kind != tWord {
		return false
	}
	f := c.toks[q].f
	if c.toks[q].sc == scArabic {
		f = strings.TrimPrefix(f, "و")
	}
	return complementPreps[f]
}

var complementPreps = map[string]bool{
	"on": true, "in": true, "across": true, "from": true, "over": true, "su": true, "da": true, "sur": true, "dans": true, "en": true,
	"auf": true, "aus": true, "uber": true, "desde": true, "на": true, "в": true, "из": true, "علي": true, "في": true, "عبر": true, "من": true, "पर": true, "में": true,
}

var auxWords = map[string]bool{"have": true, "has": true, "had": true, "were": true, "are": true, "was": true, "is": true, "sont": true, "ont": true, "wurden": true, "sind": true, "waren": true, "fueron": true, "son": true, "sono": true, "stati": true, "были": true, "были ли": true}

// categoryAfter is what a part counts, as written after its number ("linked
// to violence", "названы «связанными с терроризмом»"), up to the end of the
// clause and at most six words; a leading auxiliary ("were") is dropped.
func (c *ctx) categoryAfter(k, sent int) string {
	n := len(c.toks)
	if k < n && auxWords[c.toks[k].f] {
		k++
	}
	from, to := k, k
	words := 0
	for j := k; j < n && c.toks[j].sent == sent && words < 6; j++ {
		t := &c.toks[j]
		if t.kind == tNum {
			break
		}
		if t.kind == tPunct {
			switch t.f {
			case "«", "»", "\"", "“", "”", "„", "'", "-":
				if j == from || t.f == "-" && !t.sp {
					continue
				}
				to = j + 1
				continue
			}
			break
		}
		if c.has(j, catJoin) && j+1 < n && c.toks[j+1].kind == tNum {
			break // "13 Ue e 5 extra Ue"
		}
		words++
		to = j + 1
	}
	if to <= from {
		return ""
	}
	return strings.Trim(string(c.rs[c.toks[from].s:c.toks[to-1].e]), " «»\"“”„'")
}

// monthBefore returns the month of a count written right after a month
// name ("in March 950 channels", "وفي مارس 640 قناة", "June: 2021 bots"),
// as YYYY-MM with the year of the notice (the year before when the month
// is later than publication), or "" when there is none or no year is known.
func (c *ctx) monthBefore(i int) string {
	k := i - 1
	if k >= 0 && (c.isPunct(k, ":") || c.isPunct(k, "-") || c.isPunct(k, ",") || c.toks[k].f == "में") {
		k--
	}
	// "In March 2016 12 channels": the year written between
	year := 0
	if k >= 1 && c.toks[k].kind == tNum && c.toks[k].plain && c.toks[k].ndig == 4 && c.toks[k].val >= 1900 && c.toks[k].val <= 2100 {
		year = int(c.toks[k].val)
		k--
		if k >= 0 && c.isPunct(k, ",") {
			k--
		}
	}
	if k < 0 || c.toks[k].sent != c.toks[i].sent {
		return ""
	}
	if _, e := c.find(k, catMonth, 2); e != k+1 || c.toks[k].used {
		return ""
	}
	return c.monthPeriod(k, year)
}

// monthPeriod writes the month named at token k as YYYY-MM, with year or,
// when it is 0, the year of the notice (the year before when the month is
// later than publication); "" when no year is known.
func (c *ctx) monthPeriod(k, year int) string {
	h, e := c.find(k, catMonth, 2)
	if e != k+1 || year == 0 && c.opt.Published.IsZero() {
		return ""
	}
	m := int(h.e.v)
	if year == 0 {
		year = c.opt.Published.Year()
		if m > int(c.opt.Published.Month()) {
			year--
		}
	}
	return fmt.Sprintf("%04d-%02d", year, m)
}

// arabicDuals adds the figure 2 for an Arabic dual noun written without a
// number ("إزالة 25 صفحة وحسابين": two accounts), which a reporter counts.
func (c *ctx) arabicDuals() {
	var covered []bool // tokens inside a figure, built at the first dual
	for k := range c.toks {
		t := &c.toks[k]
		if t.kind != tWord || t.sc != scArabic || t.used {
			continue
		}
		unit, ok := arDualUnit(t.f)
		if !ok {
			unit, ok = c.arConstructDual(k) // "موقعَي «البداية» و«البديل»"
		}
		if !ok || (k > 0 && (c.toks[k-1].kind == tNum || c.startsNumberWordNoArticle(k-1))) || c.dualDivides(k) {
			continue
		}
		if covered == nil {
			covered = make([]bool, len(c.toks))
			for _, fi := range c.figs {
				for j := fi.t0; j < fi.t1 && j < len(covered); j++ {
					covered[j] = true
				}
			}
		}
		if covered[k] {
			continue
		}
		c.figs = append(c.figs, figInfo{claim: len(c.claims), t0: k, t1: k + 1, sent: t.sent})
		c.claims = append(c.claims, app.Claim{
			Kind: app.ClaimFigure, Value: 2, Unit: unit, UnitText: string(c.rs[t.s:t.e]),
			Start: t.s, End: t.e, Verification: app.Unreviewed, Origin: app.OriginAuto,
		})
	}
}

// arDualUnit reads an Arabic dual noun as two of its unit, in either case
// ending, after a conjunction or preposition: قناتين, قناتان, بحسابين,
// ومنصتين (the ta marbuta of the singular is written ت before the ending).
// A plural that looks like a dual (بلدان, مستخدمين) stays what the lexicon
// says it is: a form the lexicon knows is not read as a dual, and people
// (users, followers), whose sound plural is written as the dual, are left
// out.
func arDualUnit(f string) (string, bool) {
	if !strings.HasSuffix(f, "ين") && !strings.HasSuffix(f, "ان") {
		return "", false
	}
	if u, ok := arDuals[f]; ok {
		return u, true
	}
	for _, p := range [...]string{"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "وك"} {
		w, ok := strings.CutPrefix(f, p)
		if !ok || utf8.RuneCountInString(w) < 4 || arNotDuals[w] {
			continue
		}
		if u, ok := arDuals[w]; ok {
			return u, true
		}
		stem, ok := strings.CutSuffix(w, "ين")
		if !ok {
			if stem, ok = strings.CutSuffix(w, "ان"); !ok {
				continue
			}
		}
		if singleUnit(w) != "" {
			continue // a plural the lexicon knows: بلدان
		}
		cands := []string{stem}
		if s2, ok := strings.CutSuffix(stem, "ت"); ok {
			cands = append(cands, s2+"ه")
		}
		for _, cand := range cands {
			switch u := singleUnit(cand); u {
			case "", "users", "followers", "percent":
			default:
				return u, true
			}
		}
	}
	return "", false
}

// arNotDuals end as a dual of a unit noun but name something else.
var arNotDuals = map[string]bool{"بوتين": true} // Putin, not two bots

// singleUnit is the unit of a one-word lexicon entry, or "".
func singleUnit(w string) string {
	for _, e := range lex.idx[w] {
		if e.cat == catUnit && len(e.toks) == 1 {
			return e.s
		}
	}
	return ""
}

// dualDivides reports whether the dual at k announces a division into two
// that the text then enumerates ("على مستوى مجموعتين، الأولى شملت 211
// حسابا"): two kinds of thing, not two taken down.
func (c *ctx) dualDivides(k int) bool {
	j := k + 1
	if j < len(c.toks) && c.toks[j].kind == tPunct && c.toks[j].sent == c.toks[k].sent {
		j++
	}
	if j >= len(c.toks) || c.toks[j].sent != c.toks[k].sent {
		return false
	}
	switch c.toks[j].f {
	case "الاولي", "الاول", "احداهما", "احدهما", "هما":
		return true
	}
	return false
}

var arDuals = map[string]string{
	"حسابين": "accounts", "حسابان": "accounts", "قناتين": "channels", "قناتان": "channels",
	"مجموعتين": "groups", "مجموعتان": "groups", "موقعين": "sites", "موقعان": "sites",
	"صفحتين": "pages", "صفحتان": "pages", "منشورين": "posts", "فيديوهين": "videos",
}

// periodYearBefore reports whether the year at i closes a period ("in
// the first part of 2014", "del primer semestre de 2024") and the count
// at b after "to" is written with separators, as no year is: "went from
// 432 requests in the first part of 2014 to 6,651 requests" is a change
// to 6,651, no range from 2014.
func (c *ctx) periodYearBefore(i, b int) bool {
	if i < 2 || b >= len(c.toks) || c.toks[b].kind != tNum || c.toks[b].plain || !periodPreps[c.toks[i-1].f] {
		return false
	}
	p := c.toks[i-2].f
	return periodNouns[p] || p == "part" || p == "parte" || p == "partie" || p == "end" || p == "start" || p == "beginning"
}

var rangeWords = map[string]bool{
	"-": true, "–": true, "and": true, "to": true, "or": true, "et": true, "a": true, "ou": true, "und": true, "bis": true, "oder": true,
	"y": true, "al": true, "ai": true, "agli": true, "o": true, "e": true, "и": true, "до": true, "или": true, "و": true, "او": true, "الي": true, "से": true, "और": true, "या": true,
}

// roundRange reports whether two plain numbers joined by a hyphen read as a
// range of round counts ("200-300 accounts", "5000-6000") rather than a
// phone number or a span of years: the second is larger, at most one digit
// longer, both are multiples of ten, and they are not both years.
func roundRange(a, b *token) bool {
	if b.val <= a.val || b.ndig-a.ndig > 1 || math.Mod(a.val, 10) != 0 || math.Mod(b.val, 10) != 0 {
		return false
	}
	return !(a.ndig == 4 && a.val >= 1900 && a.val <= 2100)
}

// groupedRange reports whether two numbers written with separators and
// joined by a hyphen read as a range ("46,000-90,000 accounts", "1.5-2.5
// million"): both are grouped or decimal, neither is a date, and the
// second is the larger. Phone numbers and year spans are written in plain
// digits.
func groupedRange(a, b *token) bool {
	return !a.plain && !b.plain && a.numOK && b.numOK && !a.isDMY && !b.isDMY && b.val > a.val
}

// rangeUnit finds the unit of a range or pair whose first number has none:
// "between 46,000 and 70,000 accounts", "10-15 channels".
func (c *ctx) rangeUnit(k, sent int) (string, int, int, amount, bool) {
	// one adjective after the first number of a pair: "18 Indian and 4
	// Pakistani YouTube channels", "18 भारतीय और 4 पाकिस्तानी यूट्यूब चैनल"
	// (a lower-case Latin word is a noun as often as an adjective: "12
	// eventi e quattro account" pairs nothing)
	// (a Russian word is the pair's adjective only when it ends as one: "96
	// документов и 188 ссылок" pairs nothing)
	// (a noun for what is no takedown unit is no adjective: "7.81 लाख सिम और
	// 83 हजार व्हाट्सएप अकाउंट" counts SIM cards, then accounts)
	if k+2 < len(c.toks) && c.toks[k].kind == tWord && c.toks[k].sent == sent && c.toks[k].sc != scArabic && !c.isBlocker(k) && !otherCountNouns[c.toks[k].f] &&
		(c.toks[k].sc != scLatin || startsUpper(c.rs[c.toks[k].s:c.toks[k].e])) && (c.toks[k].sc != scCyrillic || ruAdjective(c.toks[k].f)) {
		// a compound adjective joined by a hyphen is one: "6 Pakistan-based
		// and 10 India-based YouTube news channels"
		adj := k + 1
		if k+4 < len(c.toks) && c.toks[k].sc == scLatin && c.isPunct(k+1, "-") && !c.toks[k+1].sp && !c.toks[k+2].sp && c.toks[k+2].kind == tWord && c.toks[k+2].sc == scLatin && !startsUpper(c.rs[c.toks[k+2].s:c.toks[k+2].e]) {
			adj = k + 3
		}
		if _, e, _ := c.unitAt(k); e < 0 && adj+1 < len(c.toks) && c.has(adj, catJoin) && (c.toks[adj+1].kind == tNum || c.toks[k].sc == scDevanagari && c.startsNumberWordNoArticle(adj+1)) {
			k = adj
		}
	}
	if k+1 >= len(c.toks) || !(rangeWords[c.toks[k].f] || c.changeToAuf(k, sent)) || c.toks[k+1].sent != sent {
		return "", 0, 0, amount{}, false
	}
	if c.toks[k].f == "से" && c.isYearToken(k-1) {
		return "", 0, 0, amount{}, false // "2019 से 300 चैनल": since 2019
	}
	n := k + 1
	if c.toks[n].kind != tNum && !(c.toks[n].kind == tWord && c.startsNumberWordNoArticle(n)) {
		return "", 0, 0, amount{}, false
	}
	b, ok := c.parseAmount(n, false)
	if !ok || b.year {
		return "", 0, 0, amount{}, false
	}
	u, us, ue, ok := c.findUnit(b.end, sent, b.year)
	return u, us, ue, b, ok
}

// otherCountNouns name things a story counts beside takedowns (SIM cards,
// phone numbers, people): written after a count, they are its noun, not an
// adjective shared with the next count's unit.
var otherCountNouns = map[string]bool{
	"sim": true, "sims": true, "esim": true, "esims": true, "imei": true, "imeis": true,
	"सिम": true, "सिमों": true, "सिम्स": true, "आईएमईआई": true, "नंबर": true, "नंबरों": true, "लोग": true, "लोगों": true, "व्यक्ति": true, "आरोपी": true,
	// apps banned are no unit of the desk's (batch 46): "10 एप्स और 57 सोशल मीडिया हैंड्ल"
	"apps": true, "एप्स": true, "ऐप्स": true, "एप": true, "ऐप": true,
}

// unitBefore finds a unit written before the number at i..end, as in a
// list ("channels: 78") or "عدد القنوات 78"; nothing may follow the number
// but the end of the clause.
func (c *ctx) unitBefore(i, end int) (string, int, bool) {
	if end < len(c.toks) && c.toks[end].sent == c.toks[i].sent && c.toks[end].kind != tPunct && !c.labelAt(end) && !compareWords[c.toks[end].f] {
		return c.hiUnitBefore(i, end)
	}
	k := i - 1
	if q := c.beforeQualifier(i); q < i && q >= 2 && c.isPunct(q-1, ":") {
		k = q - 1 // "el país con más reclamaciones: nada menos que 291": a qualifier after the colon
	}
	if k >= 1 && c.isPunct(k, ":") && c.toks[k-1].sent == c.toks[i].sent {
		if h, e := c.find(k-1, catUnit, 2); e == k && h.e.s != "percent" {
			u, s := c.joinedUnitBefore(h.e.s, k-1)
			return u, s, true
		}
		// "Accounts suspended: 376,890", "Nutzerkonten betroffen gewesen: 404"
		for w := 2; w <= 4 && k-w >= 0 && c.toks[k-w].sent == c.toks[i].sent; w++ {
			if c.toks[k-w+1].kind != tWord {
				break
			}
			if u, e, _ := c.unitAt(k - w); e == k-w+1 && u != "percent" && (k-w == 0 || c.toks[k-w-1].kind != tNum) {
				u, s := c.joinedUnitBefore(u, k-w)
				return u, s, true
			}
		}
	}
	if k >= 1 && c.toks[k-1].f == "عدد" {
		if h, e := c.find(k, catUnit, 2); e == i && h.e.s != "percent" {
			return h.e.s, k, true
		}
	}
	if u, s2, ok := c.hiUnitBefore(i, end); ok {
		return u, s2, true
	}
	// عدد القنوات المحذوفة 78: one adjective with the article between
	if k >= 2 && c.toks[k-2].f == "عدد" && strings.HasPrefix(c.toks[k].f, "ال") && c.toks[k].sc == scArabic {
		if h, e := c.find(k-1, catUnit, 2); e == k && h.e.s != "percent" {
			return h.e.s, k - 1, true
		}
		// "Accounts suspended: 376,890"
		if k >= 2 && c.toks[k-1].kind == tWord && c.toks[k-2].sent == c.toks[i].sent {
			if h, e := c.find(k-2, catUnit, 2); e == k-1 && h.e.s != "percent" {
				return h.e.s, k - 2, true
			}
		}
	}
	return "", 0, false
}

// joinedUnitBefore widens a unit u found at s in a label before its
// number to the unit joined to it before: "Terrorist bots and channels
// banned: 1,312" counts bots and channels, "Comptes et pages supprimés :
// 40" accounts and pages.
func (c *ctx) joinedUnitBefore(u string, s int) (string, int) {
	if s < 2 || !c.has(s-1, catJoin) || c.toks[s-1].sent != c.toks[s].sent {
		return u, s
	}
	for st := s - 2; st >= 0 && st >= s-3 && c.toks[st].sent == c.toks[s].sent; st-- {
		if u0, e, _ := c.unitAt(st); e == s-1 && u0 != u && u0 != "percent" {
			return compound(u0, u), st
		}
	}
	return u, s
}

// hiUnitBefore finds a Hindi unit written before its number with a count
// noun or "base" between, when the clause ends after the number or a
// copula or "के साथ" follows it: "इन चैनल का सब्सक्राइबर बेस 1.20 करोड़
// है", "यूआरएल ब्लॉक की अधिकतम संख्या 9,849 के साथ …".
func (c *ctx) hiUnitBefore(i, end int) (string, int, bool) {
	sent := c.toks[i].sent
	if i < 2 || c.toks[i-1].sc != scDevanagari || c.toks[i-1].sent != sent {
		return "", 0, false
	}
	if _, e := c.find(end, catQualAfter, 0); e > 0 && end < len(c.toks) && c.toks[end].sc == scDevanagari {
		end = e // "संख्या 85 लाख से भी अधिक थी"
	}
	if end < len(c.toks) && c.toks[end].sent == sent && c.toks[end].kind != tPunct {
		f := c.toks[end].f
		switch {
		case hiCopulas[f] && c.clauseEndAt(end+1, sent):
		case f == "के" && end+1 < len(c.toks) && c.toks[end+1].f == "साथ":
		default:
			return "", 0, false
		}
	}
	// "सब्सक्राइबर बेस 1.20 करोड़", "ग्राहक आधार था जो लगभग 66 मिलियन": the
	// base's noun, past a qualifier, a copula and "जो"
	b := c.beforeQualifier(i) - 1
	for w := 0; w < 2 && b > 0 && c.toks[b].sent == sent && (c.toks[b].f == "जो" || hiCopulas[c.toks[b].f]); w++ {
		b--
	}
	if b > 0 && c.toks[b].sent == sent && baseWords[c.toks[b].f] {
		if u, e, _ := c.unitAt(b - 1); e == b && u != "percent" {
			return u, b - 1, true
		}
		return "", 0, false
	}
	k := i - 1
	switch c.toks[k].f {
	case "संख्या":
	default:
		return "", 0, false
	}
	k--
	if k > 0 && hiCountAdjectives[c.toks[k].f] {
		k--
	}
	if k < 1 || !hiGenitive[c.toks[k].f] {
		return "", 0, false
	}
	// the unit right before the genitive, or with one noun between ("यूआरएल ब्लॉक की")
	for w := 1; w <= 2 && k-w >= 0 && c.toks[k-w].sent == sent; w++ {
		if u, e, _ := c.unitAt(k - w); e > 0 && e <= k && e >= k-1 && u != "percent" {
			return u, k - w, true
		}
	}
	return "", 0, false
}

var hiCopulas = map[string]bool{"है": true, "हैं": true, "था": true, "थी": true, "थे": true, "रही": true, "रहा": true}

var hiCountAdjectives = map[string]bool{"अधिकतम": true, "कुल": true, "न्यूनतम": true, "सर्वाधिक": true}

// unitText is the unit as written; for a unit before the number, the
// tokens us..ue stop before the number itself.
func (c *ctx) unitText(us, ue, num int) string {
	if us < num && ue > num {
		ue = num
		for ue > us+1 && c.toks[ue-1].kind == tPunct {
			ue--
		}
	}
	return string(c.rs[c.toks[us].s:c.toks[ue-1].e])
}

// startsNumberWord reports whether a word token can open a number.
func (c *ctx) startsNumberWord(i int) bool {
	if c.negatedSingle(i) {
		return false // "not a single request": none
	}
	if c.halfDozen(i) > 0 || c.defApproxAt(i) {
		return true
	}
	if _, ok := fractions[c.toks[i].f]; ok {
		if _, _, ok := c.fractionOfScale(i); ok {
			return true
		}
	}
	if c.toks[i].sc == scLatin {
		if _, ok := fusedNumber(c.toks[i].f); ok {
			return true
		}
	}
	for _, h := range c.hitsOf(i) {
		switch h.e.cat {
		case catNum:
			if h.pfx <= 1 && (len(h.e.toks) == 1 || c.matchEnd(i, h) > 0) {
				return true // a phrase ("a single") only when it is all there
			}
		case catArticle:
			if h.pfx == 0 {
				return true
			}
		case catApprox:
			// "свыше десятка каналов": no article before it in Russian
			if h.pfx == 0 && c.toks[i].sc == scCyrillic {
				return true
			}
		case catMul:
			// "लगभग सौ चैनलों", "около сотни каналов": a qualified bare Hindi
			// or Russian hundred is one of it; "сотни каналов" alone is hundreds
			if h.pfx == 0 && (c.toks[i].sc == scDevanagari || c.toks[i].sc == scCyrillic) && c.qualBefore(i) != "" {
				return true
			}
		case catScale:
			// a bare Arabic "ألف حساب", "مليون حساب"
			if h.pfx <= 1 && c.toks[i].sc == scArabic && h.e.toks[0] != "الاف" && h.e.toks[0] != "ملايين" && h.e.toks[0] != "مليارات" {
				return true
			}
			// "قرابة المليون طلب": the scale with its article, a unit after it
			if h.pfx == 2 && c.arDefiniteScale(i) {
				return true
			}
			// "более миллиона подписчиков": a qualified bare scale is one of it
			if h.pfx == 0 && c.toks[i].sc == scCyrillic && c.qualBefore(i) != "" {
				return true
			}
			// "mil cuentas", "mille comptes", "тысяча каналов": the word for a
			// thousand is a number on its own
			if h.pfx == 0 && bareThousands[c.toks[i].f] && c.bareScaleCount(i) {
				return true
			}
		}
	}
	return false
}

// parseAmount reads a number expression at token i.
func (c *ctx) parseAmount(i int, top bool) (amount, bool) {
	var a amount
	n := len(c.toks)
	t := &c.toks[i]
	j := i
	switch t.kind {
	case tNum:
		if !t.numOK || t.used {
			return a, false
		}
		a.v = t.val
		if t.comma4 > 0 && c.englishClause(i) {
			a.v = t.comma4 // "over 111,9000 objectionable websites": 1,119,000
		}
		j = i + 1
		if t.plain && t.ndig == 4 && t.val >= 1800 && t.val <= 2100 {
			a.year = true
		}
		// the Egyptian decimal "4ر28" (shown right to left as 28ر4): 28.4
		if t.plain && t.ndig <= 3 && j+1 < n && c.toks[j].f == "ر" && !c.toks[j].sp && c.toks[j+1].kind == tNum && c.toks[j+1].plain && !c.toks[j+1].sp && c.toks[j+1].ndig <= 3 {
			div := 1.0
			for k := 0; k < t.ndig; k++ {
				div *= 10
			}
			a.v = c.toks[j+1].val + t.val/div
			j += 2
		}
		if j < n && !c.toks[j].sp {
			nt := &c.toks[j]
			switch nt.kind {
			case tWord:
				if nt.sc == scLatin || nt.sc == scCyrillic {
					if h, e := c.find(j, catGluedScale, 0); e == j+1 {
						a.v *= h.e.v
						a.scale = h.e.v
						a.year = false
						j = e
					} else if nt.f == "pc" && !a.year {
						// "99.7pc", "a 35pc rise": per cent, as British and Kenyan papers write it
					} else {
						return a, false // 11th, 1er, 10h, mp4
					}
				}
			case tPunct:
				switch nt.f {
				case "º", "ª", "°":
					return a, false
				case "+":
					// "7,800+ channels": more than; not "+44 20" or "5+3"
					if j+1 >= n || c.toks[j+1].kind != tNum || c.toks[j+1].sp {
						a.qual = app.QualMoreThan
						a.year = false
						j++
					}
				case ":":
					if j+1 < n && c.toks[j+1].kind == tNum && !c.toks[j+1].sp {
						return a, false // clock time
					}
				case "-", "/":
					// "1,200-plus channels", "70,000-odd accounts" (somewhat
					// more than the round number: both more than)
					if nt.f == "-" && j+1 < n && !c.toks[j+1].sp && (c.toks[j+1].f == "plus" || c.toks[j+1].f == "odd") {
						a.qual = app.QualMoreThan
						a.year = false
						j += 2
						break
					}
					if nt.f == "-" && j+1 < n && !c.toks[j+1].sp && c.toks[j+1].kind == tWord {
						// "50-million pieces of content": the scale joined by a hyphen
						if _, e := c.find(j+1, catScale, 1); e > 0 && (e >= n || c.toks[e].sp || c.toks[e].kind == tPunct && c.toks[e].f != "-") {
							j++
							break
						}
					}
					if j+1 < n && !c.toks[j+1].sp {
						nn := &c.toks[j+1]
						if nn.kind == tWord && nn.sc == scCyrillic && utf8.RuneCountInString(nn.f) <= 3 {
							return a, false // 3-й
						}
						if nn.kind == tNum && nt.f == "/" {
							return a, false // 3/4, dates
						}
						if nn.kind == tNum && nt.f == "-" && t.plain && nn.plain && (t.ndig == 4 || nn.ndig >= 3) && !roundRange(t, nn) {
							return a, false // ranges of years, phone numbers
						}
					}
				case ".":
					// German ordinal "3. Platz"; a sentence end "… 78." has no unit
					// after it anyway, so any glued full stop ends the number here
				}
			}
		}
		if i > 0 && !t.sp {
			pt := &c.toks[i-1]
			if pt.kind == tPunct {
				switch pt.f {
				case "+":
					if !c.percentAfter(i) {
						return a, false // phone numbers; "(+284 %)" is a change in percent
					}
				case ":", "#", "№", "/", "$", "€", "£", "¥", "₹", "₽":
					return a, false
				case ".", ",":
					if i > 1 && c.toks[i-2].kind == tNum && !pt.sp {
						return a, false // tail of a malformed number
					}
				case "-":
					if i > 1 && !pt.sp {
						pp := &c.toks[i-2]
						if pp.kind == tWord && pp.sc == scLatin {
							return a, false // COVID-19
						}
						if pp.kind == tNum && (!pp.plain || pp.ndig == 4 || pp.ndig >= 3 && t.ndig >= 3) && !(pp.plain && t.plain && roundRange(pp, t)) && !groupedRange(pp, t) {
							return a, false // second half of 2015-11 or of a phone number
						}
					}
				}
			}
			if pt.kind == tWord && pt.sc == scLatin && !c.verbGluedCount(i-1) {
				return a, false // A320, H1N1, iOS7
			}
		}
		if i > 0 && c.toks[i-1].kind == tPunct && c.toks[i-1].f == "+" && !t.sp && !c.percentAfter(i) {
			return a, false // phone numbers; "(+ 329 %)" and "(+284 %)" are changes in percent
		}
		// a count in brackets before its scale or unit, as Yemeni and Gulf
		// papers write counts: "أكثر من (500) ألف", "(17) صفحة وقناة"
		if j == i+1 && c.bracketedCount(i) {
			j++
		}
	case tWord:
		var ok bool
		j, ok = c.parseWords(i, &a)
		if !ok {
			return a, false
		}
	default:
		return a, false
	}
	// "three dozen", "zwei Dutzend", "deux douzaines de": dozens of a
	// number, as approximate as "a dozen"
	if j < n && c.toks[j].sent == t.sent && dozenWords[c.toks[j].f] && !a.year {
		a.v *= 12
		a.qual = app.QualAbout
		j++
		if j < n && (c.toks[j].f == "de" || c.toks[j].f == "di" || c.toks[j].f == "of" || c.toks[j].f == "d") {
			j++
			if c.isPunct(j, "'") {
				j++
			}
		}
	}
	// scale words
	for j < n && c.toks[j].sent == t.sent {
		h, e := c.find(j, catScale, 1)
		if e < 0 && j == i && c.arDefiniteScale(j) {
			h, e = c.find(j, catScale, 2) // "قرابة المليون طلب"
		}
		if e < 0 || c.arabNotBillion(j, e) {
			break
		}
		// "10.565.178 مليون محتوى", "12.287 ألف قناة": a number already
		// written in full with its thousands separators, the scale repeats it
		if t.kind == tNum && !t.plain && a.scale == 0 && t.val >= h.e.v && t.val == math.Trunc(t.val) && j == i+1 {
			j = e
			a.year = false
			continue
		}
		// "17,416 млн", "1,500 millones": where the comma (in Russian also
		// the point) is the decimal separator, three digits after it before a
		// scale word are decimals, not thousands; English "1,500 million"
		// stays 1.5 billion
		if t.kind == tNum && t.sep3 != 0 && a.scale == 0 && j == i+1 && c.decimalScale(j, t.sep3) {
			a.v /= 1000
		}
		if a.v == 0 {
			a.v = 1
		}
		a.v *= h.e.v
		if a.scale == 0 || h.e.v > a.scale {
			a.scale = h.e.v
		}
		a.year = false
		j = e
		if h.e.abbr && j < n && c.isPunct(j, ".") && !c.toks[j].sp {
			j++
		}
	}
	if a.v <= 0 {
		return a, false
	}
	// an Arabic dual scale word is two of its scale: مليونين و450 ألفا,
	// مليونين ونصف
	if a.scale == 0 && t.kind == tWord && t.sc == scArabic && j == i+1 && (a.v == 2e3 || a.v == 2e6 || a.v == 2e9) {
		a.scale = a.v / 2
	}
	// a bare dual in construct with its counted noun, its nun dropped:
	// "مليونا مشترك" (two million subscribers), "ألفا حساب", "مليارا رسالة"
	if t.kind == tWord && t.sc == scArabic && j == i+1 && a.v == a.scale && c.bareDualConstruct(i) {
		a.v *= 2
	}
	// the same number repeated in brackets: "तीन (3) ट्विटर अकाउंट", "one (1) website"
	if j+2 < n && c.isPunct(j, "(") && c.toks[j+1].kind == tNum && c.toks[j+1].val == a.v && c.isPunct(j+2, ")") {
		j += 3
	}
	// the same count restated in brackets after "that is", in another
	// scale: "6.5 मिलियन( यानी 65 लाख) से अधिक अकाउंट्स" (6.5 million, i.e.
	// 65 lakh); a bracket with another value is no restatement
	if j+3 < n && c.isPunct(j, "(") && c.toks[j+1].sent == t.sent && restateWords[c.toks[j+1].f] && c.toks[j+2].kind == tNum {
		if b, ok := c.parseAmount(j+2, false); ok && !b.year && b.v == a.v && b.end < n && c.isPunct(b.end, ")") {
			j = b.end + 1
		}
	}
	// compounds: 34 مليونا و913 ألفا, three thousand and fifty
	if a.scale > 0 && j < n {
		k := j
		wa := false
		if c.toks[k].f == "و" {
			wa = true
			k++
		} else if c.toks[k].f == "and" || c.toks[k].f == "et" || c.toks[k].f == "y" || c.toks[k].f == "und" || c.toks[k].f == "и" {
			k++
		} else if c.commaInsideMil(j, a.scale) {
			k++ // "3 millones, 136 mil 897 videos": the comma parts the millions from the rest
		}
		if k < n && c.toks[k].sent == t.sent && (c.toks[k].kind == tNum || c.startsNumberWordNoArticle(k)) {
			if c.toks[k].kind == tWord {
				wa = wa || c.hasWaNum(k)
			}
			// "274 mil 460 cuentas", "16 हजार 618 शिकायत": a plain number right
			// after a scale word that is written inside numbers
			inner := k == j && j > i && midScales[c.toks[j-1].f] && c.toks[k].kind == tNum && c.toks[k].plain
			// "шесть тысяч девятьсот восемьдесят одна", "two thousand nine
			// hundred": number words after a scale written in words
			words := c.toks[i].kind == tWord && c.toks[k].kind == tWord
			if b, ok := c.parseAmount(k, false); ok && !b.year && ((b.scale > 0 && b.scale < a.scale) || ((wa || inner || words) && b.v < a.scale && b.scale == 0)) {
				a.v += b.v
				j = b.end
			}
		}
	}
	// a half after the scale: "un million et demi", "مليون ونصف", "a million and a half"
	if a.scale > 0 && j < n && c.toks[j].sent == t.sent {
		k := j
		if c.toks[k].f == "et" || c.toks[k].f == "and" || c.toks[k].f == "y" || c.toks[k].f == "e" || c.toks[k].f == "und" {
			k++
			if k < n && c.toks[k].f == "a" {
				k++
			}
		}
		if k < n && (halfWords[c.toks[k].f] && k > j || c.toks[k].f == "ونصف") {
			a.v += 0.5 * a.scale
			j = k + 1
			// "مليونين ونصف مليون": the half's scale written again
			if h, e := c.find(j, catScale, 2); e > 0 && h.e.v == a.scale && c.toks[k].f == "ونصف" {
				j = e
			}
		}
	}
	// a plus sign glued after the number: "1.3 million+ videos", "10,000+
	// accounts" (more than)
	if j < n && c.isPunct(j, "+") && !c.toks[j].sp && (j+1 >= n || c.toks[j+1].kind != tNum) {
		a.qual = app.QualMoreThan
		j++
	}
	// "de", "di", "of" after a scale: 1,5 million de comptes
	if a.scale > 0 && j < n {
		switch c.toks[j].f {
		case "de", "di", "d", "of":
			if _, e := c.find(j+1, catUnit, 2); e > 0 {
				j++
			} else if _, e, _ := c.unitAt(j + 1); e > 0 && c.toks[j+1].kind == tWord {
				j++ // "2 millones de elementos", "1,2 millions de matériaux": a unit noun the lexicon does not hold
			} else if j+2 < n && c.toks[j+1].f == "'" {
				j += 2
			} else if j+2 < n && c.toks[j+1].kind == tWord && c.toks[j+1].sc == scLatin && scaleAdjectives[c.toks[j+1].f] {
				if _, e := c.find(j+2, catUnit, 2); e > 0 {
					j++ // "2,19 milliards de faux comptes": an adjective before the unit
				}
			}
		}
	}
	a.end = j
	return a, true
}

// copulaUnit returns where the unit noun starts when a copula and at most
// an article stand between a count at k and its own unit ("954 are
// Facebook pages", "954 sont des pages", "954 waren Facebook-Seiten"); -1
// when no unit follows the copula ("1,200 were blocked").
func (c *ctx) copulaUnit(k, sent int) int {
	n := len(c.toks)
	if k+1 >= n || c.toks[k].sent != sent || !copulaWords[c.toks[k].f] {
		return -1
	}
	m := k + 1
	if copulaArticles[c.toks[m].f] && m+1 < n {
		m++
	} else if m+2 < n && beenWords[c.toks[m].f] && numArticles[c.toks[m+1].f] {
		m += 2 // "mentre 9.520 sono state le segnalazioni": the unit after "been" and an article
	} else if m+1 < n && numArticles[c.toks[m].f] {
		m++ // "mientras 300 fueron las cuentas suspendidas"
	}
	if c.toks[m].sent != sent || c.toks[m].kind != tWord {
		return -1
	}
	at := []int{c.unitModifiersEnd(m, sent)}
	if m+2 < n && c.isPunct(m+1, "-") && !c.toks[m+1].sp && !c.toks[m+2].sp {
		at = append(at, m+2) // "Facebook-Seiten"
	}
	for _, p := range at {
		u, e, _ := c.unitAt(p)
		if e <= 0 || u == "percent" {
			continue
		}
		// "64 were accounts of bots": the noun is described, not counted;
		// "son cuentas de Facebook" names the platform
		if e+1 < n && (c.toks[e].f == "of" || (c.toks[e].f == "de" || c.toks[e].f == "di") && !c.has(e+1, catPlatform)) {
			return -1
		}
		return m
	}
	return -1
}

// numberOfAfter returns where the unit starts when an article, a word for
// the number or total and "of" follow a count ("a 312 il numero dei siti",
// "a 548 el número de sitios", "à 80 le nombre de sites"); -1 otherwise.
func (c *ctx) numberOfAfter(k, sent int) int {
	n := len(c.toks)
	if k+3 >= n || !numArticles[c.toks[k].f] || !totalNouns[c.toks[k+1].f] || c.toks[k+3].sent != sent {
		return -1
	}
	m := k + 2
	if !totalOfThe[c.toks[m].f] && c.toks[m].f != "del" {
		return -1
	}
	m++
	if m+1 < n && totalOfThe[c.toks[m].f] {
		m++ // "de los"
	}
	if u, e, _ := c.unitAt(c.unitModifiersEnd(m, sent)); e > 0 && u != "percent" {
		return m
	}
	return -1
}

// copulaWords are the plural copulas (folded) that can stand between a
// count and its unit noun; copulaArticles the articles after them.
var (
	copulaWords    = map[string]bool{"are": true, "were": true, "sont": true, "etaient": true, "son": true, "eran": true, "fueron": true, "sono": true, "erano": true, "furono": true, "sind": true, "waren": true}
	copulaArticles = map[string]bool{"des": true, "de": true, "d": true, "dei": true, "delle": true, "degli": true}
)

// bracketedCount reports whether the number at i stands alone in brackets
// and a scale word or a unit noun follows the closing bracket, so that the
// brackets only set the number off: "(7) آلاف فيديو", not "Turkey (2.232
// demandes)" nor "in 15 % der Fälle (902) wurden".
func (c *ctx) bracketedCount(i int) bool {
	n := len(c.toks)
	if i < 1 || i+2 >= n || !c.isPunct(i-1, "(") || !c.isPunct(i+1, ")") || c.toks[i+2].sent != c.toks[i].sent || c.toks[i+2].kind != tWord {
		return false
	}
	if _, e := c.find(i+2, catScale, 1); e > 0 {
		return true
	}
	// platform names may stand before the unit: "(16) यूट्यूब चैनलों"
	u, e, _ := c.unitAt(c.unitModifiersEnd(i+2, c.toks[i].sent))
	return e > 0 && u != "percent"
}

func (c *ctx) startsNumberWordNoArticle(i int) bool {
	for _, h := range c.hitsOf(i) {
		if h.e.cat == catNum && h.pfx <= 1 && (len(h.e.toks) == 1 || c.matchEnd(i, h) > 0) {
			return true
		}
	}
	if c.toks[i].kind == tWord && c.toks[i].sc == scLatin && len(c.toks[i].f) >= 6 {
		_, ok := fusedNumber(c.toks[i].f) // duemila, dreitausend
		return ok
	}
	return false
}

// dozenWords are the words for a dozen (folded) that multiply the
// number before them: "three dozen", "zwei Dutzend", "две дюжины".
var dozenWords = map[string]bool{"dozen": true, "douzaine": true, "douzaines": true, "dutzend": true, "docena": true, "docenas": true,
	"dozzina": true, "dozzine": true, "дюжина": true, "дюжины": true, "дюжин": true, "दर्जन": true}

// halfDozen returns the token after "half a dozen" and its forms in other
// languages starting at i ("une demi-douzaine", "mezza dozzina", "media
// docena", "ein halbes Dutzend", "полдюжины"), or -1.
func (c *ctx) halfDozen(i int) int {
	n := len(c.toks)
	f := func(k int) string {
		if k < n && c.toks[k].sent == c.toks[i].sent {
			return c.toks[k].f
		}
		return ""
	}
	switch {
	case f(i) == "полдюжины":
		return i + 1
	case f(i) == "half" && f(i+1) == "a" && f(i+2) == "dozen":
		return i + 3
	case (f(i) == "mezza" || f(i) == "media" || f(i) == "halbes") && dozenWords[f(i+1)]:
		return i + 2
	case (f(i) == "une" || f(i) == "ein") && (f(i+1) == "demi" || f(i+1) == "halbes"):
		k := i + 2
		if c.isPunct(k, "-") {
			k++
		}
		if dozenWords[f(k)] {
			return k + 1
		}
	case f(i) == "demi" && c.isPunct(i+1, "-") && dozenWords[f(i+2)]:
		return i + 3
	}
	return -1
}

func (c *ctx) hasWaNum(i int) bool {
	for _, h := range c.hitsOf(i) {
		if h.e.cat == catNum && h.pfxW {
			return true
		}
	}
	return false
}

// parseWords reads number words ("twelve", "اثنتا عشرة", "vingt et un",
// "une centaine de") into a; it returns the token after them.
func (c *ctx) parseWords(i int, a *amount) (int, bool) {
	n := len(c.toks)
	if c.toks[i].f == "due" && c.dueNotTwo(i) {
		return i, false // "à 90 % due aux signalements", "due to": French and English "due", not Italian two
	}
	// half a dozen: "half a dozen", "une demi-douzaine de", "mezza dozzina"
	if e := c.halfDozen(i); e > 0 {
		a.v = 6
		a.qual = app.QualAbout
		if e < n && (c.toks[e].f == "de" || c.toks[e].f == "di" || c.toks[e].f == "of" || c.toks[e].f == "d") {
			e++
			if c.isPunct(e, "'") {
				e++
			}
		}
		return e, true
	}
	// a fraction of a scale: "ربع مليون", "eine halbe Million", "half a million"
	if v, e, ok := c.fractionOfScale(i); ok {
		a.v = v
		return e, true
	}
	// the definite article + approximate noun, with its unit after "de":
	// "la dizaine de pages Facebook", "il centinaio di siti", "el centenar
	// de cuentas" (the unit must follow: "la quarantaine" alone is a
	// quarantine)
	if j, v := c.defApprox(i); j > 0 {
		a.v = v
		a.qual = app.QualAbout
		return j, true
	}
	// article + approximate noun or scale
	if _, e := c.find(i, catArticle, 0); e > 0 {
		// "ein Prozent", "un pour cent": one
		if u, _, _ := c.unitAt(e); u == "percent" && c.toks[i].f != "a" && c.toks[i].f != "an" {
			a.v = 1
			return e, true
		}
		ea := e
		if ea < n && anotherWords[c.toks[ea].f] {
			ea++ // "un altro centinaio di siti", "une autre centaine"
		}
		if h, e2 := c.find(ea, catApprox, 0); e2 > 0 {
			a.v = h.e.v
			a.qual = app.QualAbout
			j := e2
			if j < n && (c.toks[j].f == "de" || c.toks[j].f == "di" || c.toks[j].f == "of" || c.toks[j].f == "d") {
				j++
				if c.isPunct(j, "'") {
					j++
				}
			}
			return j, true
		}
		if _, e2 := c.find(e, catScale, 0); e2 > 0 && !c.possessiveMio(e) {
			a.v = 1
			return e, true
		}
		// "a hundred bots", "einhundert": the article is one hundred
		if h, e2 := c.find(e, catMul, 0); e2 > 0 && c.toks[i].sc == scLatin {
			a.v = h.e.v
			return e2, true
		}
	}
	var cur float64
	any, mulled := false, false
	j := i
	for j < n && c.toks[j].sent == c.toks[i].sent {
		if h, e := c.find(j, catNum, 1); e > 0 {
			if j > i && h.pfx == 1 && !h.pfxW {
				break
			}
			v := h.e.v
			// Arabic teens: ثلاثة عشر
			if v < 10 && e < n && (c.toks[e].f == "عشر" || c.toks[e].f == "عشره") {
				v += 10
				e++
			}
			cur += v
			any = true
			j = e
			continue
		}
		if any {
			if h, e := c.find(j, catMul, 0); e > 0 {
				if cur == 0 {
					cur = 1
				}
				cur *= h.e.v
				mulled = true
				j = e
				continue
			}
			f := c.toks[j].f
			if f == "-" && j+1 < n && !c.toks[j+1].sp && c.startsNumberWordNoArticle(j+1) {
				j++
				continue
			}
			// "vingt et un", "soixante et une": the one after the tens
			if f == "et" && j+1 < n && (c.toks[j+1].f == "un" || c.toks[j+1].f == "une") && cur >= 20 && cur <= 70 && math.Mod(cur, 10) == 0 {
				cur++
				j += 2
				continue
			}
			// "ten and a half million": a half added before the scale
			if f == "and" && j+3 < n && c.toks[j+1].f == "a" && c.toks[j+2].f == "half" && c.has(j+3, catScale) {
				cur += 0.5
				j += 3
				continue
			}
			if (f == "and" || f == "y" || f == "et" || f == "e" || f == "und") && j+1 < n && c.startsNumberWordNoArticle(j+1) && wordsJoinAnd(cur, mulled, c.wordValue(j+1)) {
				j++
				continue
			}
		}
		break
	}
	if !any {
		// fused numbers: fünfundzwanzig, zweihundert, dreitausend,
		// trentatré, tremila
		if v, ok := fusedNumber(c.toks[i].f); ok {
			a.v = v
			return i + 1, true
		}
		// a bare Arabic scale: ألف حساب; a qualified Russian one: более
		// миллиона; mil cuentas, тысяча каналов
		if c.toks[i].sc == scArabic || c.toks[i].sc == scCyrillic && c.qualBefore(i) != "" || bareThousands[c.toks[i].f] && c.bareScaleCount(i) {
			if _, e := c.find(i, catScale, 1); e > 0 || c.arDefiniteScale(i) {
				a.v = 1
				return i, true
			}
		}
		// "लगभग सौ चैनलों", "около сотни каналов": a qualified bare Hindi or
		// Russian hundred
		if (c.toks[i].sc == scDevanagari || c.toks[i].sc == scCyrillic) && c.qualBefore(i) != "" {
			if h, e := c.find(i, catMul, 0); e > 0 {
				a.v = h.e.v
				return e, true
			}
		}
		// "свыше десятка каналов", "десяток сайтов": Russian writes the
		// approximate noun with no article; alone it is about ten
		if c.toks[i].sc == scCyrillic {
			if h, e := c.find(i, catApprox, 0); e > 0 {
				a.v = h.e.v
				if c.qualBefore(i) == "" {
					a.qual = app.QualAbout
				}
				return e, true
			}
		}
		return i, false
	}
	a.v = cur
	return j, true
}

// wordsJoinAnd reports whether "and" (y, et, e, und) between number words
// joins them into one number: after a hundred or thousand ("two hundred
// and six") or between tens and units ("treinta y dos"). "six and seven"
// are two numbers, a range or a pair.
func wordsJoinAnd(cur float64, mulled bool, next float64) bool {
	if mulled || next <= 0 {
		return true
	}
	return cur >= 20 && cur < 100 && math.Mod(cur, 10) == 0 && next < 10
}

// wordValue is the value of the number word at j, or 0.
func (c *ctx) wordValue(j int) float64 {
	if h, e := c.find(j, catNum, 1); e > 0 {
		return h.e.v
	}
	return 0
}

// arDefiniteScale reports whether the Arabic token at i is a singular
// scale word with the article and a unit noun right after it ("قرابة
// المليون طلب", "أكثر من الألف قناة"): the number word read with "ال" as
// the French "le million".
func (c *ctx) arDefiniteScale(i int) bool {
	t := &c.toks[i]
	if t.sc != scArabic || !strings.HasPrefix(t.f, "ال") {
		return false
	}
	if _, e := c.find(i, catScale, 1); e > 0 {
		return false
	}
	h, e := c.find(i, catScale, 2)
	if e != i+1 || h.e == nil || h.e.toks[0] == "الاف" || h.e.toks[0] == "ملايين" || h.e.toks[0] == "مليارات" {
		return false
	}
	if i > 0 && c.toks[i-1].kind == tNum {
		return false // "5 الملايين" is no count of one million
	}
	_, ue, _ := c.unitAt(e)
	return ue > e
}

// commaInsideMil reports whether the comma at j, right after a scale of
// millions or more, stands inside one figure written out with words for
// its scales, as Mexican papers write it: "3 millones, 136 mil 897
// videos". After the comma come up to three digits, a scale written
// inside numbers ("mil") and the three digits of the rest; "3 millones de
// cuentas, 136 mil videos" and "2 millones, 300 mil" are two figures.
func (c *ctx) commaInsideMil(j int, scale float64) bool {
	n := len(c.toks)
	if scale < 1e6 || j+3 >= n || !c.isPunct(j, ",") || c.toks[j].sp {
		return false
	}
	a, m, b := &c.toks[j+1], &c.toks[j+2], &c.toks[j+3]
	if a.sent != c.toks[j].sent || b.sent != a.sent {
		return false
	}
	return a.kind == tNum && a.plain && a.ndig <= 3 && midScales[m.f] && b.kind == tNum && b.plain && b.ndig == 3 && b.sp
}

// bareThousands are words for a thousand that count on their own.
var bareThousands = map[string]bool{"mil": true, "mille": true, "тысяча": true, "тысячу": true}

// bareScaleCount reports whether the bare thousand at i is a count: no
// number before it (that would make it a scale: "2 mil", "две тысячи") and
// a unit noun right after it ("mil cuentas", "mille comptes", "тысяча
// каналов"), not "mille fois" or "mil veces".
func (c *ctx) bareScaleCount(i int) bool {
	if i > 0 && c.toks[i-1].sent == c.toks[i].sent && (c.toks[i-1].kind == tNum || c.startsNumberWordNoArticle(i-1) || c.has(i-1, catArticle)) {
		return false
	}
	k := i + 1
	// "mil 464 cuentas": the thousand written as a word before the rest
	// of the number in digits (1,464), as Mexican papers write it
	if midScales[c.toks[i].f] && k < len(c.toks) && c.toks[k].kind == tNum && c.toks[k].plain && c.toks[k].ndig <= 3 && c.toks[k].sp && c.toks[k].sent == c.toks[i].sent {
		return true
	}
	// "перевалило за тысячу семьсот", "mil doscientas cuentas": the
	// thousand written as a word before the rest of the number in words
	if k < len(c.toks) && c.toks[k].sent == c.toks[i].sent && c.toks[k].kind == tWord && c.startsNumberWordNoArticle(k) && c.wordValue(k) < 1000 {
		return true
	}
	if k < len(c.toks) && (c.toks[k].f == "de" || c.toks[k].f == "di") {
		k++
	}
	if k+1 < len(c.toks) && rangeWords[c.toks[k].f] && (c.toks[k+1].kind == tNum || c.startsNumberWordNoArticle(k+1)) {
		return true // "dai mille ai duemila account": the first of a range
	}
	u, e, _ := c.unitAt(k)
	if e > 0 && u != "percent" {
		return true
	}
	// "entre ellas más de mil relacionadas con …", "plus de mille ont été
	// fermés": a qualified bare thousand is a count, whose unit is found
	// as a bare number's
	return c.qualBefore(i) != ""
}

// scaleAdjectives stand between "de" after a scale and the unit: "2,19
// milliards de faux comptes", "3 millions de nouveaux comptes", "1,5
// milioni di falsi account".
var scaleAdjectives = map[string]bool{"faux": true, "fausses": true, "nouveaux": true, "nouvelles": true, "vrais": true, "falsi": true, "false": true, "nuovi": true, "nuove": true,
	"falsas": true, "falsos": true, "nuevas": true, "nuevos": true}

var halfWords = map[string]bool{"demi": true, "half": true, "medio": true, "mezzo": true, "halb": true}

var fractions = map[string]float64{"ربع": 0.25, "نصف": 0.5, "anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5, "полтора": 1.5, "полторы": 1.5, "полутора": 1.5, "डेढ": 1.5, "ढाई": 2.5, "halbe": 0.5, "halben": 0.5, "half": 0.5, "quarter": 0.25, "mezzo": 0.5, "medio": 0.5, "demi": 0.5}

// fractionOfScale reads a fraction written before a scale word ("ربع
// مليون", "eine halbe Million", "half a million", "a quarter of a
// million"); it returns the fraction and the token of the scale, which the
// caller multiplies in.
func (c *ctx) fractionOfScale(i int) (float64, int, bool) {
	n := len(c.toks)
	k := i
	if _, e := c.find(k, catArticle, 0); e > 0 {
		k = e
	}
	if k >= n || c.toks[k].sent != c.toks[i].sent {
		return 0, 0, false
	}
	v, ok := fractions[c.toks[k].f]
	if !ok {
		return 0, 0, false
	}
	k++
	k = c.skipJoinHyphen(k)
	// "half a million", "a quarter of a million"
	if k < n && c.toks[k].f == "of" {
		k++
	}
	if k < n && (c.toks[k].f == "a" || c.toks[k].f == "un") {
		k++
		k = c.skipJoinHyphen(k)
	}
	if _, e := c.find(k, catScale, 0); e > 0 && c.toks[k].sent == c.toks[i].sent {
		return v, k, true
	}
	// "डेढ़ सौ चैनल", "ढाई सौ": one and a half, two and a half hundred
	if h, e := c.find(k, catMul, 0); e > 0 && c.toks[k].sc == scDevanagari && c.toks[k].sent == c.toks[i].sent {
		return v * h.e.v, e, true
	}
	// "about half a percent"
	if u, e, _ := c.unitAt(k); e > 0 && u == "percent" && k > i+1 && c.toks[k-1].f == "a" {
		return v, k, true
	}
	return 0, 0, false
}

// skipJoinHyphen steps over a hyphen at k written with no space on either
// side, as inside "half-a-million", and returns the token after it; any
// other token is returned as it is.
func (c *ctx) skipJoinHyphen(k int) int {
	if c.isPunct(k, "-") && !c.toks[k].sp && k+1 < len(c.toks) && !c.toks[k+1].sp {
		return k + 1
	}
	return k
}

var deOnes = map[string]float64{"ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
var deTens = map[string]float64{"zwanzig": 20, "dreissig": 30, "dreißig": 30, "vierzig": 40, "funfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90}

// fusedNumber reads a number written as one word in German or Italian.
func fusedNumber(f string) (float64, bool) {
	if len(f) < 6 || !fusedEnds[f[len(f)-3:]] {
		return 0, false // most words: one lookup
	}
	if v, ok := germanNumber(f); ok {
		return v, true
	}
	return italianNumber(f)
}

// fusedEnds are the last three bytes a fused German or Italian number can
// end with (its last part: zwanzig, hundert, tausend, drei, trentatré,
// tremila, duecento …).
var fusedEnds = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"zig", "sig", "ßig", "ert", "end", "ein", "ins", "wei", "rei", "ier", "unf", "chs", "ben", "cht", "eun", "ehn", "elf", "olf",
		"uno", "due", "tre", "tro", "que", "sei", "tte", "tto", "ove", "ici", "nti", "nta", "ila", "nto",
	} {
		m[w[len(w)-3:]] = true // bytes, as the lookup takes them
	}
	return m
}()

// germanNumber reads a fused German number: fünfundzwanzig, zweihundert,
// dreitausend, zweihundertfünfzigtausend.
func germanNumber(f string) (float64, bool) {
	if len(f) < 7 || len(f) > 60 {
		return 0, false
	}
	if k := strings.Index(f, "tausend"); k >= 0 {
		th := 1.0
		if k > 0 {
			v, ok := deSmall(f[:k])
			if !ok {
				return 0, false
			}
			th = v
		}
		rest := f[k+len("tausend"):]
		if rest == "" {
			return th * 1000, true
		}
		v, ok := deSmall(strings.TrimPrefix(rest, "und"))
		if !ok {
			return 0, false
		}
		return th*1000 + v, true
	}
	if len(f) < 8 {
		return 0, false
	}
	return germanBelowThousand(f)
}

// deSmall reads a German number below a thousand, fused or not: drei,
// zwölf, fünfzig, zweihundertfünfzig.
func deSmall(f string) (float64, bool) {
	if v, ok := deOnes[f]; ok {
		return v, true
	}
	if v, ok := deTeens[f]; ok {
		return v, true
	}
	if v, ok := deTens[f]; ok {
		return v, true
	}
	return germanBelowThousand(f)
}

var deTeens = map[string]float64{"zehn": 10, "elf": 11, "zwolf": 12, "dreizehn": 13, "vierzehn": 14, "funfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}

func germanBelowThousand(f string) (float64, bool) {
	var hundreds float64
	if k := strings.Index(f, "hundert"); k >= 0 {
		h := 1.0
		if k > 0 {
			v, ok := deOnes[f[:k]]
			if !ok {
				return 0, false
			}
			h = v
		}
		hundreds = h * 100
		f = f[k+len("hundert"):]
		if f == "" {
			return hundreds, true
		}
		f = strings.TrimPrefix(f, "und")
	}
	if v, ok := deTens[f]; ok {
		return hundreds + v, true
	}
	if k := strings.Index(f, "und"); k > 0 {
		o, ok1 := deOnes[f[:k]]
		t, ok2 := deTens[f[k+3:]]
		if ok1 && ok2 {
			return hundreds + o + t, true
		}
	}
	if v, ok := deOnes[f]; ok && hundreds > 0 {
		return hundreds + v, true
	}
	if v, ok := deTeens[f]; ok && hundreds > 0 {
		return hundreds + v, true
	}
	return 0, false
}

// italianNumber reads a fused Italian number of two parts or more:
// trentatré, quarantadue, ventotto, duecentocinquanta, tremila,
// cinquantamila (a single word such as "tre" or "venti" is the lexicon's).
func italianNumber(f string) (float64, bool) {
	if len(f) < 6 || len(f) > 60 {
		return 0, false
	}
	if v, ok := itFused[f]; ok {
		return v, true
	}
	if p, r, ok := strings.Cut(f, "mila"); ok {
		a, ok1 := itBelowThousand(p)
		if !ok1 || a < 2 {
			return 0, false
		}
		if r == "" {
			return a * 1000, true
		}
		if b, ok2 := itBelowThousand(r); ok2 {
			return a*1000 + b, true
		}
		return 0, false
	}
	if r, ok := strings.CutPrefix(f, "mille"); ok && r != "" {
		if b, ok := itBelowThousand(r); ok {
			return 1000 + b, true
		}
	}
	return 0, false
}

// itBelowThousand reads an Italian number below a thousand, one word or
// fused.
func itBelowThousand(f string) (float64, bool) {
	if v, ok := itFused[f]; ok {
		return v, true
	}
	v, ok := itSingle[f]
	return v, ok
}

// itSingle are the Italian numbers of one part; itFused are those of two
// parts or more below a thousand, the tens losing their vowel before uno
// and otto (ventuno, trentotto).
var (
	itSingle = map[string]float64{"uno": 1, "un": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
		"dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19,
		"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90, "cento": 100}
	itFused = func() map[string]float64 {
		ones := []string{"", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"}
		teens := []string{"dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"}
		tens := []string{"", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"}
		m := map[string]float64{}
		for h := 0; h < 10; h++ {
			hp := ""
			if h == 1 {
				hp = "cento"
			} else if h > 1 {
				hp = ones[h] + "cento"
			}
			for v := 0; v < 100; v++ {
				w := ""
				switch {
				case v == 0:
				case v < 10:
					w = ones[v]
				case v < 20:
					w = teens[v-10]
				default:
					t, o := tens[v/10], v%10
					if o == 1 || o == 8 {
						t = t[:len(t)-1]
					}
					w = t + ones[o]
				}
				word := hp + w
				if _, single := itSingle[word]; word != "" && !single {
					m[word] = float64(h*100 + v)
				}
			}
		}
		return m
	}()
)

// yearContext reports whether a four-digit number at i..end reads as a year:
// "in 2015", "عام 2013", "Dec 2016", "2015 года".
func (c *ctx) yearContext(i, end int) bool {
	p := i - 1
	if p >= 0 && c.isPunct(p, "(") {
		p--
	}
	if p >= 0 && c.toks[p].sent == c.toks[i].sent {
		if c.has(p, catMonth) && c.monthCount(p, end) {
			return false // "وفى أكتوبر 1800 قناة": October's count, not a year
		}
		// "between 2015 and 2017", "2015 to 2017": the second of two years
		if p > 0 && rangeWords[c.toks[p].f] && c.toks[p-1].kind == tNum && c.toks[p-1].plain && c.toks[p-1].ndig == 4 && c.toks[p-1].val >= 1800 && c.toks[p-1].val <= 2100 {
			return true
		}
		if c.has(p, catYearIntro) || c.has(p, catMonth) {
			return true
		}
		// "في عام 2015" is covered by عام; "in early 2015", "in mid-2015"
	}
	if end < len(c.toks) && c.toks[end].sent == c.toks[i].sent {
		if _, e := c.find(end, catYearAfter, 0); e > 0 {
			return true
		}
		if c.isPunct(end, "-") && end+1 < len(c.toks) && c.toks[end+1].kind == tNum {
			return true // 2015-2016
		}
		if p >= 0 && yearNameDets[c.toks[p].f] && c.titleWords(end, 2, c.toks[i].sent) {
			return true // "the 2024 Referral Action Day": the year of a named event or report
		}
	}
	return false
}

// yearNameDets are the determiners before a year that opens a capitalised
// name ("the 2024 Referral Action Day", "its 2022 Transparency Report").
var yearNameDets = map[string]bool{"the": true, "its": true, "this": true, "their": true, "our": true}

// titleWords reports whether n words from j on, in sentence sent, are all
// Latin words written with a capital initial.
func (c *ctx) titleWords(j, n, sent int) bool {
	for k := j; k < j+n; k++ {
		if k >= len(c.toks) || c.toks[k].sent != sent || c.toks[k].kind != tWord || c.toks[k].sc != scLatin || !startsUpper(c.rs[c.toks[k].s:c.toks[k].e]) {
			return false
		}
	}
	return true
}

// monthCount reports whether a four-digit number written after the month
// at m and ending at end is a count for that month rather than its year:
// a unit noun follows it at once, no day stands before the month, and no
// "since", "until" or "from" makes the month a date.
func (c *ctx) monthCount(m, end int) bool {
	if end >= len(c.toks) || c.toks[end].sent != c.toks[m].sent {
		return false
	}
	if c.monthSeries(m, end) {
		return true // "November: 2094 ISIS bots and channels; December 2013 ISIS bots and channels"
	}
	if u, e, _ := c.unitAt(end); e < 0 || u == "percent" {
		return false
	}
	// "In November 2015 channels were blocked" reads as a year in a
	// language where the noun after a year may be the subject; an Arabic
	// count above ten takes its noun in the singular, so a plural after it
	// ("وفي أكتوبر 2015 قنوات كثيرة") makes the number a year again
	if (c.toks[end].sc != scArabic || arPlural(c.toks[end].f)) && end > 0 && c.toks[end-1].kind == tNum {
		v := int(c.toks[end-1].val)
		maxYear := 2035
		if !c.opt.Published.IsZero() {
			maxYear = c.opt.Published.Year() + 1
		}
		if v >= 1990 && v <= maxYear {
			return false
		}
	}
	if m > 0 && c.toks[m-1].sent == c.toks[m].sent {
		pt := &c.toks[m-1]
		if pt.kind == tNum {
			return false // 18 November 2015
		}
		switch strings.TrimPrefix(pt.f, "و") {
		case "since", "until", "till", "from", "by", "depuis", "jusqu", "seit", "bis", "ab", "desde", "hasta", "dal", "dalla", "fino", "с", "до", "منذ", "حتي", "من", "से", "तक":
			return false
		}
	}
	return true
}

// monthSeries reports whether the number ending at end after the month at
// m continues a series of monthly counts: the words after it up to a unit
// ("ISIS bots and channels") were written, the same, after the number of
// another month just before ("November: 2094 ISIS bots and channels;
// December 2013 ISIS bots and channels"), so the number is December's
// count, not a year.
func (c *ctx) monthSeries(m, end int) bool {
	n := len(c.toks)
	if end >= n || c.toks[end].sent != c.toks[m].sent {
		return false
	}
	_, _, ue, ok := c.findUnit(end, c.toks[end].sent, true)
	if !ok || ue-end > 6 {
		return false
	}
	tail := ue - end
	for k := m - 1; k >= 1 && k >= m-60; k-- {
		if c.toks[k].kind != tNum || c.toks[k].val == c.toks[end-1].val {
			continue
		}
		same := k+tail < m
		for w := 0; same && w < tail; w++ {
			same = c.toks[k+1+w].f == c.toks[end+w].f
		}
		if !same {
			continue
		}
		p := k - 1
		if c.isPunct(p, ":") {
			p--
		}
		if p >= 0 && c.has(p, catMonth) {
			return true
		}
	}
	return false
}

// arAdjective reports whether the token at i is an Arabic relative
// adjective (nisba: صحفيا, تلفزيونيه, وهميا after folding) that is no unit,
// number, scale or rate word.
func (c *ctx) arAdjective(i int) bool {
	t := &c.toks[i]
	if t.kind != tWord || t.sc != scArabic || utf8.RuneCountInString(t.f) < 4 {
		return false
	}
	if !strings.HasSuffix(t.f, "يا") && !strings.HasSuffix(t.f, "يه") && !strings.HasSuffix(t.f, "ي") {
		return false
	}
	if _, e, _ := c.unitAt(i); e > 0 {
		return false
	}
	return !c.has(i, catNum) && !c.has(i, catScale) && !c.has(i, catRate)
}

// arPlural reports whether a folded Arabic unit noun is plural: a sound
// plural (-ات, -ين, -ون) or a broken plural the lexicon knows.
func arPlural(f string) bool {
	f = strings.TrimPrefix(f, "و")
	f = strings.TrimPrefix(f, "ال")
	if strings.HasSuffix(f, "ات") || strings.HasSuffix(f, "ين") || strings.HasSuffix(f, "ون") {
		return true
	}
	return arBrokenPlurals[f]
}

var arBrokenPlurals = map[string]bool{"مواقع": true, "مقاطع": true, "روابط": true, "رسائل": true, "دول": true, "بلدان": true, "مواد": true, "عناصر": true, "قطع": true, "قنوات": true}

// findUnit looks for a unit from token k on, allowing a few adjectives or
// names before it in scripts where they go there ("78 ISIS-linked channels").
// For a number that reads as a year, only known adjectives, acronyms and
// named groups or platforms may stand between ("2013 ISIS bots", but not
// "the 2019 Christchurch videos").
func (c *ctx) findUnit(k, sent int, yearish bool) (unit string, us, ue int, ok bool) {
	n := len(c.toks)
	words := 0
	for j := k; j < n && c.toks[j].sent == sent; j++ {
		if u, e, _ := c.unitAt(j); e > 0 && !c.hyphenModifier(e, sent) {
			unit, us, ue = u, j, e
			// a singular unit noun before another is its modifier: "990
			// website URLs", "12 channel links"
			if ue == j+1 && ue < n && c.toks[j].sc == scLatin && !strings.HasSuffix(c.toks[j].f, "s") && c.toks[ue].sc == scLatin && c.toks[ue].sp {
				if u2, e2, _ := c.unitAt(ue); e2 > 0 && u2 != unit && u2 != "percent" && unit != "percent" {
					unit, ue = u2, e2
				} else if a := c.modifierAction(ue, sent); a > ue && unit != "percent" {
					// across the action the modified unit names: "15,659,212 URL
					// takedown requests", "162,721 URL removal requests"
					if u2, e2, _ := c.unitAt(a); e2 > 0 && u2 != unit && u2 != "percent" {
						unit, ue = u2, e2
					}
				}
			}
			// a Hindi unit noun before "के" and another names what the second
			// belongs to: "242 अवैध वेबसाइट के लिंक", "242 वेबसाइट लिंक" are links
			if c.toks[j].sc == scDevanagari && ue < n && c.toks[ue].sent == sent && unit != "percent" {
				h := ue
				if c.toks[h].f == "के" {
					h++
				}
				// only links and addresses: "500 अकाउंट्स के पोस्ट" counts the accounts
				if u2, e2, _ := c.unitAt(h); e2 > 0 && u2 != unit && (u2 == "links" || u2 == "urls") && c.toks[h].sc == scDevanagari {
					unit, ue = u2, e2
				}
			}
			// a list of three units: "1.464 cuentas, páginas y grupos", "652
			// tra profili, gruppi e pagine", joined in the order written
			if u3, e3, ok3 := c.threeUnits(unit, ue, sent); ok3 {
				return u3, us, e3, true
			}
			// two Hindi unit nouns listed with a comma under one count, the
			// object marker after them: "357 वेबसाइट, यूआरएल को ब्लाक किया"
			if u2, e2, ok2 := c.hiCommaPair(unit, ue, sent); ok2 {
				return compound(unit, u2), us, e2, true
			}
			// compound: bots and channels, قنوات ومجموعات
			if ue < n && c.toks[ue].sent == sent {
				// an Arabic adjective after the first unit: "126 موقعًا صحفيًا
				// وقناة تلفزيونية" names news sites and TV channels
				if c.arAdjective(ue) && ue+1 < n && c.toks[ue+1].sent == sent {
					// content after it is a mass noun, no counted unit: "3934 موقعاً
					// إلكترونياً ومحتوى خاصاً بالإنترنت" counts sites
					if u2, e2, w2 := c.unitAt(ue + 1); e2 > 0 && w2 && u2 != unit && u2 != "percent" && u2 != "content_items" && unit != "percent" && !isDual(c.toks[ue+1].f) && !c.arOneAfter(e2, sent) {
						return compound(unit, u2), us, e2, true
					}
				}
				if u2, e2, w2 := c.unitAt(ue); e2 > 0 && w2 && u2 != unit && u2 != "percent" && !isDual(c.toks[ue].f) && !c.arOneAfter(e2, sent) {
					if u3, e3, ok := c.gluedThirdUnit(unit, u2, e2, sent); ok {
						unit, ue = u3, e3
					} else {
						unit, ue = compound(unit, u2), e2
					}
				} else if ej := c.unitJoinEnd(unit, ue, sent); ej > 0 && ej < n && c.toks[ej].sent == sent {
					definite := false
					if ej+1 < n && joinArticles[c.toks[ej].f] {
						if _, e2, _ := c.unitAt(ej + 1); e2 > 0 {
							definite = definiteArticles[c.toks[ej].f]
							ej++ // "7 millions de canaux et de groupes"
						}
					}
					// modifiers before the second unit: a platform's name ("250
					// ट्वीट्स / ट्विटर अकाउंट"), a word glued by a hyphen, a
					// word for news ("150 से ज्यादा वेबसाइट और YouTube-बेस्ड
					// न्यूज चैनल्स", "websites and YouTube-based news channels")
					if m := c.unitModifiersEnd(ej, sent); m > ej {
						if _, e2, _ := c.unitAt(m); e2 > 0 {
							ej = m
						}
					}
					if u2, e2, _ := c.unitAt(ej); e2 > 0 && u2 != unit && u2 != "percent" && unit != "percent" && !(definite && c.clauseVerbAt(e2)) {
						unit, ue = compound(unit, u2), e2
					}
				}
			}
			return unit, us, ue, true
		}
		t := &c.toks[j]
		if j == k && t.sc == scLatin && (t.f == "a" || t.f == "an" || t.f == "the") {
			return // "13 of which were EU member states and one a non-EU country"
		}
		// "sono state 2.434 le richieste": a copula before the number, an
		// article before its unit
		if j == k && t.sc == scLatin && numArticles[t.f] && (c.copulaBefore(k-1) || c.articleUnitParticiple(k, sent)) {
			continue
		}
		// "vier Mal Inhalte gesperrt", "5 times the videos": a multiplier is no count
		if j == k && multiplierWords[t.f] {
			return
		}
		// "три сети российских аккаунтов", "five networks of pages": a count
		// of networks is no count of what they are made of
		if j == k && networkWords[t.f] {
			return
		}
		// "83 और सोशल मीडिया अकाउंट्स और पेजों": Hindi "और" right after the
		// count and before a word is "more", not "and"
		if j == k && t.sc == scDevanagari && t.f == "और" && j+1 < n && c.toks[j+1].sent == sent && c.toks[j+1].kind == tWord {
			continue
		}
		// "894 324 с материалами насилия", "300 with violent content": what the
		// counted things have is no unit of the count
		if j == k && withWords[t.f] {
			return
		}
		// an action noun before "of" and the unit: "16.288 suppressions de
		// messages", "300 removals of videos"
		if j == k && actionNouns[t.f] && j+1 < n && c.toks[j+1].sent == sent {
			switch c.toks[j+1].f {
			case "of", "de", "di", "von", "der", "d":
				j++
				if j+1 < n && c.isPunct(j+1, "'") {
					j++
				}
				continue
			}
		}
		// people who do the work are what is counted: "52 modérateurs humains
		// en langue française" counts no languages
		if workerWords[t.f] {
			return
		}
		// a format noun that "vidéo" modifies after it is what is counted:
		// "2.873 reportages vidéos", "300 appels vidéo", "40 reportajes en video"
		if j == k && videoFormatHeads[t.f] {
			return
		}
		// a relative adverb opens a clause of its own: "las 50 naciones en
		// donde más videos se eliminaron" counts no videos
		if j > k && whereWords[t.f] {
			return
		}
		// a verb of what the counted things are about ends the noun phrase:
		// "67.000 se referían a contenidos de abuso" counts no content
		if aboutVerbs[t.f] {
			return
		}
		// a Russian short participle or past verb ends the noun phrase:
		// "27,2 тысячи обозначены администрацией платформы"
		if t.sc == scCyrillic && ruVerbEnd(t.f) {
			return
		}
		// an age between the count and its unit: "5 million under 16
		// accounts", "4.7 million under-16 accounts"
		if e := c.ageAt(j, sent); e > 0 {
			j = e - 1
			continue
		}
		// a Russian participle phrase between them: "53 тыс. используемых
		// для кражи данных и денег сайтов"
		if j == k {
			if e := c.ruParticiplePhraseEnd(j, sent); e > 0 {
				j = e - 1
				continue
			}
		}
		// "Sechs Facebook- und fünf Instagram-Konten": the next count is
		// written as a word, its compound's head is both counts' unit
		if t.kind == tWord && c.has(j, catNum) && c.suspendedHyphenBefore(j, k) {
			continue
		}
		switch t.kind {
		case tNum:
			if c.suspendedHyphenBefore(j, k) {
				continue // "524 Facebook- und 86 Instagram-Konten": the compound's head is both counts' unit
			}
			// a number glued by a hyphen to the word before is part of that
			// name: "30,000 misleading Covid-19 vaccination videos"
			if j >= k+2 && !t.sp && c.isPunct(j-1, "-") && !c.toks[j-1].sp && c.toks[j-2].kind == tWord && c.toks[j-2].sc == scLatin && t.plain {
				continue
			}
			return
		case tPunct:
			switch t.f {
			case "-", "'", "\"", "«", "»", "“", "”", "„":
				continue
			case "+":
				if j > k && !t.sp && c.toks[j-1].kind == tWord {
					continue // "20 Google+ profiles": the sign is part of the name
				}
			case ",":
				if j+1 < n && c.toks[j+1].kind == tNum && c.suspendedHyphenBefore(j+1, k) {
					continue // "12 Telegram-, 8 TikTok- und 3 X-Konten"
				}
			case "(":
				// a name in brackets: "20 यूट्यूब (YouTube) चैनल", "12 (ISIS) channels"
				if e := c.bracketedName(j); e > 0 {
					j = e
					continue
				}
				// an earlier period's figure: "5.951 (2017: 5.977) Hinweise"
				if e := c.comparisonBracketEnd(j); e > 0 && j == k {
					j = e
					continue
				}
			case ")":
				// the earlier period's figure itself counts the noun after
				// the bracket: "(2017: 5.977) Hinweise"
				if j == k && k >= 4 && c.comparisonBracketEnd(k-4) == j {
					continue
				}
			}
			return
		}
		// a word between number and unit
		if t.sc == scArabic || t.sc == scOther {
			return
		}
		// "62 million monthly active users": a rate word as an adjective
		if (t.f == "monthly" || t.f == "daily" || t.f == "weekly") && j+1 < n && c.toks[j+1].f == "active" {
			words++
			continue
		}
		// suspended hyphens and quoted adjectives joined by "or"/"and":
		// "terrorist- or terrorism- related", „schädliche” und „illegale”
		if (t.f == "or" || t.f == "and" || t.f == "und" || t.f == "oder" || t.f == "et" || t.f == "ou" || t.f == "y" || t.f == "e" || t.f == "o" || t.f == "и" || t.f == "или") && j > k && j+1 < n {
			prev, next := &c.toks[j-1], &c.toks[j+1]
			hyph := prev.kind == tPunct && prev.f == "-" && !prev.sp
			quoted := prev.kind == tPunct && strings.ContainsAny(prev.f, "”“\"»") && next.kind == tPunct && strings.ContainsAny(next.f, "„“\"«")
			if hyph || quoted {
				continue
			}
			// two adjectives joined before the unit: "74,000 extremist and
			// terrorist materials", "экстремистских и террористических материалов"
			ingNext := next.sc == scLatin && (strings.HasSuffix(next.f, "ing") || strings.HasSuffix(next.f, "ed")) && !c.has(j+1, catBlock) // "700,000 malicious and phishing sites"
			if prev.kind == tWord && next.kind == tWord && next.sc == t.sc && j+2 < n && c.toks[j+2].sent == sent && (!c.isBlocker(j+1) || ingNext) {
				if _, e, _ := c.unitAt(j + 1); e <= 0 {
					if _, e2, _ := c.unitAt(j + 2); e2 > 0 {
						continue
					}
				}
			}
		}
		// "7,800 से अधिक अवैध सट्टेबाजी और जुआ संबंधी वेबसाइट": a Hindi "and"
		// between the words before the unit counts as none
		if t.sc == scDevanagari && (t.f == "और" || t.f == "एवं") && j > k && !hiVerbEnds[c.toks[j-1].f] {
			continue
		}
		// "242 अवैध सट्टेबाजी और गैंबलिंग से जुड़ी वेबसाइट लिंक": "linked
		// with" after the words before the unit counts as none
		if t.sc == scDevanagari && t.f == "से" && j > k && j+1 < n && hiLinked[c.toks[j+1].f] {
			j++
			continue
		}
		// Hindi possessor: "20 लाख भारतीयों के अकाउंट", "लोगों के अकाउंट्स"
		// not a time: "7 दिन के अंदर डीपफेक वीडियो" is within seven days;
		// the particle itself after three words ("अवैध सट्टेबाजी और गैंबलिंग
		// की वेबसाइट") ends the possessor
		if t.sc == scDevanagari && (hiGenitive[t.f] && words < 4 || j+1 < n && hiGenitive[c.toks[j+1].f] && words < 3) && !c.hasTime(j) {
			words++
			continue
		}
		// two adjectives joined, the first in -ing: "242 illegal betting and gaming websites"
		if c.joinedIngAdjectives(j, sent) {
			words++
			j++
			continue
		}
		// a participle and one adjective: "8,664 terminated terrorist channels"
		if c.participleBeforeAdjUnit(j, k, sent) {
			continue
		}
		// one participle right before the unit: "34 affected platforms", "2
		// infringing URLs"; right after the count a word that can report a
		// speaker is the unit's adjective too: "437,190 reported accounts"
		if t.sc == scLatin && j+1 < n && c.toks[j+1].sent == sent && (strings.HasSuffix(t.f, "ed") || strings.HasSuffix(t.f, "ing")) && !c.has(j, catBlock) && (j == k || !c.has(j, catAttrAfter)) {
			if p := &c.toks[j-1]; j > k && p.sc == scLatin && len(p.f) > 4 && strings.HasSuffix(p.f, "s") && !strings.HasSuffix(p.f, "ss") {
				return // "54 mobile applications following requests": the count is the applications'
			}
			if _, e, _ := c.unitAt(j + 1); e > 0 {
				continue
			}
			// right after the count, before one or two more modifiers:
			// "30,000 misleading Covid-19 vaccination videos"
			if j == k && c.modifiersThenUnit(j+1, sent) {
				continue
			}
		}
		// a time phrase inside a German attribute, before its participle
		// and the unit: "5.887.021 zwischen Oktober und November 2019
		// gelöschten Videos", "2.000 im Jahr 2021 gesperrte Konten"
		if e := c.attrTimeEnd(j, sent); e > 0 {
			j = e
			continue
		}
		// an agent inside a German attribute: "70 von der BPjM beanstandete
		// Videos", "1.200 vom BKA gemeldete Inhalte"
		if e := c.attrAgentEnd(j, k, sent); e > 0 {
			j = e
			continue
		}
		// a word bound by hyphens on both sides is inside a compound
		// modifier, whatever it is alone: "peer-to-peer", "end-to-end"
		if j > k && j+1 < n && c.isPunct(j-1, "-") && !t.sp && c.isPunct(j+1, "-") && !c.toks[j+1].sp {
			continue
		}
		if c.isBlocker(j) {
			return
		}
		if j > k && c.isPunct(j-1, "-") && !t.sp {
			continue // second half of ISIS-linked
		}
		// "2060 фишинговых сайтов": a Russian adjective in the genitive plural
		// right before the unit makes a year-like number a count
		ruAdj := t.sc == scCyrillic && (strings.HasSuffix(t.f, "ых") || strings.HasSuffix(t.f, "их")) && func() bool { _, e, _ := c.unitAt(j + 1); return e > 0 }()
		if yearish && !yearAdjectives[t.f] && !isUpperWord(c.rs[t.s:t.e]) && !c.has(j, catActor) && !c.has(j, catPlatform) && !ruAdj {
			return
		}
		words++
		if words > 3 && (yearish || words > 4) {
			return
		}
	}
	return
}

// videoFormatHeads (folded) are nouns for formats and exchanges that a
// "vidéo" or "video" after them modifies, in French, Spanish and Italian:
// the count is of reports, calls or lessons, not of videos.
var videoFormatHeads = map[string]bool{
	"reportages": true, "appels": true, "conferences": true, "entretiens": true, "tutoriels": true, "cours": true, "temoignages": true,
	"reportajes": true, "llamadas": true, "videollamadas": true, "entrevistas": true, "tutoriales": true, "clases": true, "testimonios": true,
	"servizi": true, "chiamate": true, "videochiamate": true, "interviste": true, "lezioni": true, "testimonianze": true,
}

// whereWords (folded) are relative adverbs of place: a unit noun after
// one belongs to the clause it opens. The French "où" folds to "ou"
// ("or") and is left out.
var whereWords = map[string]bool{"donde": true, "adonde": true, "where": true, "dove": true, "wo": true, "onde": true}

// suspendedHyphenBefore reports whether the number at j follows a word
// whose hyphen leaves its head to a later compound, then "und", "oder" or
// a comma: "524 Facebook- und 86 Instagram-Konten", "12 Telegram-, 8
// TikTok- und 3 X-Konten". k is where the first count's words begin.
func (c *ctx) suspendedHyphenBefore(j, k int) bool {
	if j-2 <= k || c.toks[j].sent != c.toks[j-2].sent {
		return false
	}
	switch c.toks[j-1].f {
	case "und", "oder", "bzw", ",":
	default:
		return false
	}
	h := &c.toks[j-2]
	return h.kind == tPunct && h.f == "-" && !h.sp && c.toks[j-3].kind == tWord
}

// threeUnits reads ", u2 and u3" after a first unit u1 ending at ue
// ("cuentas, páginas y grupos", "accounts, Pages, and Groups"), with no
// number between: the compound of the three in the order written, and its
// end.
func (c *ctx) threeUnits(u1 string, ue, sent int) (string, int, bool) {
	n := len(c.toks)
	// a platform's name may follow or precede each noun: "100 pages
	// Facebook, profils et comptes Instagram", "120 Facebook pages,
	// profiles and Instagram accounts"
	ue = c.platformTail(ue, sent)
	if u1 == "percent" || ue+1 >= n || !c.isPunct(ue, ",") || c.toks[ue+1].sent != sent {
		return "", 0, false
	}
	u2, e2, _ := c.unitAt(c.unitModifiersEnd(ue+1, sent))
	if e2 <= 0 || u2 == u1 || u2 == "percent" || e2 >= n {
		return "", 0, false
	}
	j := c.platformTail(e2, sent)
	comma := c.isPunct(j, ",")
	if comma {
		j++ // the serial comma
	}
	_, ej := c.find(j, catJoin, 0)
	if ej <= 0 && comma {
		// "800 comptes, pages, groupes et événements": a third unit after
		// the comma, then a last item that is no unit of the set
		return c.threeUnitsThenItem(u1, u2, j, sent)
	}
	if ej <= 0 || ej >= n || c.toks[ej].sent != sent {
		return "", 0, false
	}
	u3, e3, _ := c.unitAt(c.unitModifiersEnd(ej, sent))
	if e3 <= 0 || u3 == u1 || u3 == "percent" {
		return "", 0, false
	}
	if u3 == u2 {
		// two words for one unit: "profils et comptes" are both accounts
		return compound(u1, u2), c.platformTail(e3, sent), true
	}
	return u1 + "_and_" + u2 + "_and_" + u3, e3, true
}

// threeUnitsThenItem reads a third unit at j followed by "and" and one
// word that is no unit ("groupes et événements", "groups and events"):
// the list counts the three units and that item, which has no unit of its
// own, so the figure is the compound of the three.
func (c *ctx) threeUnitsThenItem(u1, u2 string, j, sent int) (string, int, bool) {
	n := len(c.toks)
	if j >= n || c.toks[j].sent != sent {
		return "", 0, false
	}
	u3, e3, _ := c.unitAt(j)
	if e3 <= 0 || u3 == u1 || u3 == u2 || u3 == "percent" {
		return "", 0, false
	}
	_, ej := c.find(e3, catJoin, 0)
	if ej <= 0 || ej >= n || c.toks[ej].sent != sent || c.toks[ej].kind != tWord {
		return "", 0, false
	}
	if _, e, _ := c.unitAt(ej); e > 0 {
		return "", 0, false // a fourth unit: no list of three
	}
	return u1 + "_and_" + u2 + "_and_" + u3, e3, true
}

// platformTail returns the token after a platform's name written after a
// unit noun at e ("pages Facebook", "comptes Instagram", "cuentas de
// Instagram"), or e when none is.
func (c *ctx) platformTail(e, sent int) int {
	n := len(c.toks)
	if e >= n || c.toks[e].sent != sent {
		return e
	}
	if _, pe := c.find(e, catPlatform, 0); pe > 0 {
		return pe
	}
	if e+1 < n && c.toks[e+1].sent == sent && (originPreps[c.toks[e].f] || c.toks[e].f == "of") {
		if _, pe := c.find(e+1, catPlatform, 0); pe > 0 {
			return pe
		}
	}
	return e
}

// sharedHead reports whether a count's unit, found at us, lies past
// another count that shares it by a suspended hyphen (k..us-1 are the
// words between the first count and its unit).
func (c *ctx) sharedHead(from, us, k int) bool {
	for m := from; m < us; m++ {
		if (c.toks[m].kind == tNum || c.toks[m].kind == tWord && c.has(m, catNum)) && c.suspendedHyphenBefore(m, k) {
			return true
		}
	}
	return false
}

// hiPieces are the Hindi words for pieces, hiContent those for content
// (folded).
var (
	hiPieces  = map[string]bool{"टुकडे": true, "टुकडों": true, "टुकडा": true}
	hiContent = map[string]bool{"सामग्री": true, "सामग्रियों": true, "कंटेंट": true, "कन्टेंट": true}
)

// hiLinked are the Hindi words for "linked", "related" after से (folded).
var hiLinked = map[string]bool{"जुडी": true, "जुडे": true, "जुडा": true, "संबंधित": true, "सम्बन्धित": true}

// compound joins two units written "a and b". The pairs the desk compares
// often (app.Units: bots_and_channels, groups_and_channels) get one order
// whatever the text's order, so "canali e Bot" and "bots and channels" are
// one unit.
// unitModifiersEnd returns the token after at most four modifiers of a
// unit noun starting at j: platform names, words glued to them by a hyphen
// ("YouTube-based", "YouTube-बेस्ड"), words for news, "social media"; j
// when there are none.
func (c *ctx) unitModifiersEnd(j, sent int) int {
	n := len(c.toks)
	m := j
	for w := 0; w < 4 && m+1 < n && c.toks[m].sent == sent; w++ {
		t := &c.toks[m]
		switch {
		case t.kind == tWord && (c.has(m, catPlatform) || newsWords[t.f]):
			m++
		case t.kind == tWord && socialMediaWords[t.f] && m+1 < n && c.toks[m+1].kind == tWord && socialMediaWords[c.toks[m+1].f] && c.toks[m+1].f != t.f:
			if u, e, _ := c.unitAt(m + 2); e > 0 && (u == "companies" || u == "platforms") {
				return j // "social media companies said": who speaks, no unit
			}
			m += 2 // "channels and social media accounts", "सोशल मीडिया अकाउंट्स"
		case c.isPunct(m, "-") && !t.sp && m > j && m+1 < n && !c.toks[m+1].sp && c.toks[m+1].kind == tWord:
			m += 2
		case t.sc == scCyrillic && m == j && ruTopicAdjective(t.f) && !c.has(m, catUnit):
			m++ // "400 материалов и тематических каналов"
		default:
			return m
		}
	}
	return m
}

// socialMediaWords, two together, say a unit is a social network's:
// "social media accounts", "सोशल मीडिया अकाउंट्स".
var socialMediaWords = map[string]bool{"social": true, "media": true, "सोशल": true, "मीडिया": true}

// newsWords say a unit is a news or broadcast outlet's: "news channels",
// "न्यूज चैनल", "TV channels", "टीवी चैनल".
var newsWords = map[string]bool{"tv": true, "television": true, "televisione": true, "टीवी": true, "news": true, "न्यूज": true, "समाचार": true, "nachrichten": true, "noticias": true, "notizie": true, "actualites": true, "новостных": true, "новостные": true, "اخباريه": true, "الاخباريه": true}

// attrTimeEnd returns the participle after a time phrase at j that stands
// inside a German attribute, right before the unit ("zwischen Oktober und
// November 2019 gelöschten Videos", "im Jahr 2021 gesperrte Konten"), or
// -1.
func (c *ctx) attrTimeEnd(j, sent int) int {
	n := len(c.toks)
	if c.toks[j].sc != scLatin || c.toks[j].kind != tWord {
		return -1
	}
	e := c.timePhraseAt(j, sent)
	if spanOpeners[c.toks[j].f] && j+1 < n {
		if p, ok := c.monthSpan(j + 1); ok && p.t1 > e {
			e = p.t1
		}
	}
	if e <= j || e >= n || c.toks[e].sent != sent {
		return -1
	}
	if c.isYearToken(e) {
		e++
	}
	if e+1 >= n || c.toks[e].sent != sent || c.toks[e].sc != scLatin {
		return -1
	}
	if f := c.toks[e].f; !strings.HasPrefix(f, "ge") || !(strings.HasSuffix(f, "ten") || strings.HasSuffix(f, "te") || strings.HasSuffix(f, "enen") || strings.HasSuffix(f, "ene")) {
		return -1
	}
	if _, e2, _ := c.unitAt(e + 1); e2 <= 0 {
		return -1
	}
	return e
}

func compound(a, b string) string {
	u := a + "_and_" + b
	rev := b + "_and_" + a
	for _, k := range app.Units {
		if k == rev {
			return rev
		}
	}
	return u
}

func isDual(f string) bool {
	_, ok := arDuals[strings.TrimPrefix(f, "و")]
	return ok
}

// unitAt matches a unit at token j; w reports a wa- prefix (Arabic "and").
func (c *ctx) unitAt(j int) (string, int, bool) {
	if j < 0 || j >= len(c.toks) {
		return "", -1, false
	}
	if t := &c.toks[j]; t.f == "pc" && t.kind == tWord && !t.sp && j > 0 && c.toks[j-1].kind == tNum {
		return "percent", j + 1, false // "99.7pc"; "5 PCs" are computers
	}
	if e := c.bracketPrefixEnd(j); e > 0 {
		return c.unitAt(e) // "65 (Sport-)Wettportale": the noun after a bracketed first part
	}
	if c.accountsOfPeople(j) {
		return "accounts", j + 1, false // "die Konten von sieben Millionen Minderjährigen": one account each
	}
	h, e := c.find(j, catUnit, 2)
	if e > 0 {
		if h.e.s == "users" && c.generatedAt(e) {
			return "", -1, false // "1,643 यूजर जेनरेटेड यूआरएल", "user-generated URLs": a modifier
		}
		if h.e.s == "groups_and_channels" && c.rulesOfCommunity(j, e) {
			return "", -1, false // "three community guidelines strikes": the platform's rules, no community
		}
		if h.e.s == "pages" && c.sidesIdiom(j) {
			return "", -1, false // "das Thema von zwei Seiten zu beleuchten": sides, no pages
		}
		if h.e.s == "groups_and_channels" && c.regionCommunities(j) {
			return "", -1, false // "10 comunidades autónomas", then "estas dos comunidades": Spain's regions
		}
		if h.e.s == "accounts" && c.bankAccount(j, e) {
			return "", -1, false // "28 cuentas bancarias", "2,700 bank accounts": money, no platform's accounts
		}
		if h.e.s == "users" && (c.joinedMembers(j) || c.followerUsers(j)) {
			return "followers", e, h.pfxW // "la chat, popolata da oltre 7mila utenti": its members
		}
		if h.e.s == "posts" && c.blocklistEntries(j) {
			return "sites", e, h.pfxW // "die Liste wurde um 31 neue Einträge erweitert": domains listed
		}
		if h.e.s == "streams" && c.toks[j].f == "streaming" && !c.streamingCount(j) {
			return "", -1, false // "12 piattaforme streaming", "300 streaming services": a modifier
		}
		return h.e.s, e, h.pfxW
	}
	if c.blockedResources(j) {
		return "sites", j + 1, false // "183 000 ressources bloquées": web resources
	}
	if e := c.arStreamAt(j); e > 0 {
		return "streams", e, false // "إزالة 19 مليون بث مباشر": removed live streams
	}
	if c.blockedMedia(j) {
		return "sites", j + 1, false // "35 medios de comunicación estaban bloqueados": news sites
	}
	if c.bareIPs(j) {
		return "ip_addresses", j + 1, false // "il blocco di circa 1300 IP"
	}
	if c.bareDNS(j) {
		return "sites", j + 1, false // "bloccati 65 DNS e 8 indirizzi IP": domain names
	}
	t := &c.toks[j]
	if t.kind == tWord && joinedPeople[t.f] && c.joinedMembers(j) {
		return "followers", j + 1, false // "al canale sono iscritte oltre 43 mila persone"
	}
	if t.kind == tWord && memberWords[t.f] && c.channelBefore(j) && !(j+1 < len(c.toks) && (c.toks[j+1].f == "of" || c.toks[j+1].f == "de" || c.toks[j+1].f == "di")) {
		return "followers", j + 1, false // "some of the channels had amassed over 10,000 members"
	}
	if t.kind == tWord && (t.f == "content" || t.f == "contents") && j > 0 && !c.isPunct(j-1, "'") {
		k := j + 1
		if k >= len(c.toks) || c.toks[k].sent != t.sent || c.toks[k].kind != tWord || c.has(k, catBlock) || c.has(k, catAttrAfter) ||
			c.toks[k].sc == scLatin && (isParticiple(c.toks[k].f, c.rs[c.toks[k].s:c.toks[k].e]) || irregularParticiples[c.toks[k].f]) {
			return "content_items", j + 1, false // "1.9 million content related to …"
		}
	}
	if t.kind == tWord && contentHeads[t.f] {
		// pieces of (terrorist) content, items of ISIS and al-Qaeda propaganda
		k := j + 1
		// "26 000 éléments liés à du contenu", "items related to terrorist content"
		linked := k < len(c.toks) && c.toks[k].sc == scLatin && (linkedWords[c.toks[k].f] || isParticiple(c.toks[k].f, c.rs[c.toks[k].s:c.toks[k].e]))
		if k < len(c.toks) && (c.toks[k].f == "of" || c.toks[k].f == "de" || c.toks[k].f == "di" || c.toks[k].f == "d" || c.toks[k].f == "von" || linked) {
			for m := k + 1; m < len(c.toks) && m <= k+6 && c.toks[m].sent == t.sent; m++ {
				if contentTails[c.toks[m].f] {
					return "content_items", m + 1, false
				}
				if m <= k+3 && physicalTails[c.toks[m].f] {
					return "", -1, false // "seized 7,942 pieces of equipment": things, no content
				}
				if c.toks[m].kind == tNum {
					break
				}
			}
		}
		if t.f == "items" || t.f == "item" || t.f == "pieces" || c.removalOfBefore(j) || t.f == "elemente" && c.takedownInClause(j+1, c.toks[j].sent) {
			return "content_items", j + 1, false // "la desaparición de 156 elementos"
		}
	}
	if t.kind == tWord && addressNouns[t.f] && c.removalOfBefore(j) {
		return "urls", j + 1, false // "pidió la eliminación de 10.000 direcciones": web addresses removed
	}
	if t.kind == tWord && noticeNouns[t.f] && c.wordBeforeCountIn(j, noticeSendVerbs) {
		return "notices", j + 1, false // "realizaron más de 9 millones de avisos": flags sent
	}
	if e := max(c.blockingOrdersAt(j), c.hiApplicationsAt(j)); e > 0 {
		return "requests", e, false // "ब्लॉक करने के 62 आदेश", "62 orders to block"
	}
	// "सामग्री के 651933 टुकड़े": pieces of the content named before the
	// number and its genitive
	if t.kind == tWord && hiPieces[t.f] && j >= 3 && c.toks[j-1].kind == tNum && hiGenitive[c.toks[j-2].f] && hiContent[c.toks[j-3].f] {
		return "content_items", j + 1, false
	}
	if t.kind == tWord && (t.f == "anordnungen" || t.f == "anordnung") && c.removalOrdered() {
		return "requests", j + 1, false // "255 Anordnungen auf Telegram" after "Entfernungsanordnungen"
	}
	if t.kind == tWord && t.sc == scLatin && len(t.f) > 7 {
		// "64 Kanalsperrungen": the unit is the stem before the act
		for _, a := range deActionTails {
			if stem, ok := strings.CutSuffix(t.f, a); ok {
				for _, s := range deActionStems {
					if strings.HasSuffix(stem, s.stem) && !(s.unit == "accounts" && strings.HasSuffix(stem, "bank"+s.stem)) {
						return s.unit, j + 1, false
					}
				}
				break
			}
		}
		for _, s := range deSuffixUnits {
			if strings.HasSuffix(t.f, s.suf) && len(t.f) >= len(s.suf)+3 {
				if s.unit == "accounts" && c.bankAccount(j, j+1) {
					break // "Bankkonten"
				}
				return s.unit, j + 1, false
			}
		}
	}
	if t.kind == tWord && t.sc == scCyrillic {
		if u := ruPrefixedUnit(t.f); u != "" {
			return u, j + 1, false // "все 17 наркосайтов", "к двум информресурсам"
		}
	}
	return "", -1, false
}

// communityRules are the words for a platform's rules that "community"
// names in "community guidelines", "normes de la communauté", "правила
// сообщества".
var communityRules = map[string]bool{
	"guidelines": true, "guideline": true, "standards": true, "standard": true, "rules": true, "policies": true, "notes": true,
	"normes": true, "regles": true, "directives": true, "lignes": true, "normas": true, "reglas": true, "directrices": true, "pautas": true,
	"norme": true, "regole": true, "linee": true, "правила": true, "правил": true, "правилам": true, "правилах": true, "правилами": true,
	"richtlinien": true,
}

// bankAccount reports whether the accounts noun from j to e is a bank's or
// a wallet's: a word for a bank before it ("bank accounts", "बैंक खाते",
// "Bankkonten" as one word) or after it ("cuentas bancarias", "comptes
// bancaires", "حسابا مصرفيا").
func (c *ctx) bankAccount(j, e int) bool {
	if strings.HasPrefix(c.toks[j].f, "bank") && c.toks[j].f != "bank" {
		return true
	}
	if j > 0 && c.toks[j-1].sent == c.toks[j].sent && bankBefore[c.toks[j-1].f] {
		return true
	}
	if j > 1 && c.isPunct(j-1, "-") && bankBefore[c.toks[j-2].f] {
		return true // "Bank-Konten", "e-wallet accounts"
	}
	return e < len(c.toks) && c.toks[e].sent == c.toks[j].sent && bankAfter[c.toks[e].f]
}

var (
	bankBefore = map[string]bool{"bank": true, "banking": true, "wallet": true, "बैंक": true, "банковских": true, "банковские": true}
	bankAfter  = map[string]bool{"bancarias": true, "bancarios": true, "bancaria": true, "bancaires": true, "bancaire": true, "bancari": true, "bancarie": true,
		"مصرفيا": true, "مصرفية": true, "بنكيا": true, "بنكية": true, "المصرفية": true, "البنكية": true}
)

// rulesOfCommunity reports whether the community word at j..e-1 names a
// platform's rules: a rules word right after it, or one or two words
// before it ("règles de la communauté", "правила сообщества").
func (c *ctx) rulesOfCommunity(j, e int) bool {
	if e < len(c.toks) && c.toks[e].sent == c.toks[j].sent && communityRules[c.toks[e].f] {
		return true
	}
	for k := j - 1; k >= 0 && k >= j-3 && c.toks[k].sent == c.toks[j].sent; k-- {
		if communityRules[c.toks[k].f] {
			return true
		}
	}
	return false
}

// sidesIdiom reports German "Seiten" at j in "von zwei Seiten", "auf
// beiden Seiten", "aus drei Seiten": a spelled count of sides after a
// preposition, in a sentence that blocks or removes nothing (where "von
// zwei Seiten" would be pages taken down).
func (c *ctx) sidesIdiom(j int) bool {
	if j < 2 || c.toks[j].f != "seiten" || c.toks[j-1].kind != tWord || c.toks[j-1].sent != c.toks[j].sent || !sidesPrepositions[c.toks[j-2].f] {
		return false
	}
	for k := j; k >= 0 && c.toks[k].sent == c.toks[j].sent; k-- {
		if takedownStem(c.toks[k].f) {
			return false
		}
	}
	for k := j; k < len(c.toks) && c.toks[k].sent == c.toks[j].sent; k++ {
		if takedownStem(c.toks[k].f) {
			return false
		}
	}
	return true
}

var sidesPrepositions = foldedSet("von|auf|aus|an|nach")

// takedownStem reports a folded German word of blocking or removing:
// "gesperrt", "sperrt", "gelöscht", "entfernt", "blockiert".
func takedownStem(f string) bool {
	for _, s := range []string{"sperr", "losch", "lösch", "loesch", "entfern", "blockier", "abgeschalt"} {
		if strings.Contains(f, s) {
			return true
		}
	}
	return false
}

// regionCommunities reports a community word at j ("comunidades") in a
// text that speaks of autonomous communities ("comunidades autónomas",
// "communautés autonomes", "autonomous communities"): there every
// community it counts is a region, none a group of a platform.
func (c *ctx) regionCommunities(j int) bool {
	if !regionCommunityWords[c.toks[j].f] {
		return false
	}
	for k := 0; k+1 < len(c.toks); k++ {
		a, b := c.toks[k].f, c.toks[k+1].f
		if regionCommunityWords[a] && strings.HasPrefix(b, "auton") || strings.HasPrefix(a, "autonom") && regionCommunityWords[b] {
			return true
		}
	}
	return false
}

// regionCommunityWords name a community, folded.
var regionCommunityWords = foldedSet("comunidad|comunidades|communaute|communautes|comunita|community|communities")

// memberWords count the people in a channel or group: its followers when
// the sentence names channels or groups before them, and people otherwise
// ("members of the organisation").
var memberWords = map[string]bool{
	"members": true, "membres": true, "mitglieder": true, "mitgliedern": true, "miembros": true, "membri": true, "iscritti": true,
	"участников": true, "участника": true, "участники": true, "सदस्य": true, "सदस्यों": true,
	"ग्राहक": true, "ग्राहकों": true, // a channel's "customers" are its subscribers
	"اعضاء": true, "عضو": true, "عضوا": true,
}

// channelBefore reports whether a channel or group unit is written earlier
// in the sentence of token j.
func (c *ctx) channelBefore(j int) bool {
	sent := c.toks[j].sent
	for k := j - 1; k >= 0 && k >= j-30 && c.toks[k].sent == sent; k-- {
		if c.toks[k].kind != tWord {
			continue
		}
		if modalWords[c.toks[k].f] {
			return false // "les groupes peuvent rassembler jusqu'à 200 000 membres": a capacity
		}
		if h, e := c.find(k, catUnit, 2); e > 0 {
			switch h.e.s {
			case "channels", "groups_and_channels", "bots_and_channels":
				return true
			case "groups":
				return pluralGroupWord(c.toks[k].f) // "the group has 5,000 members" is an organisation
			}
		}
	}
	return false
}

// modalWords say what can be, not what was: a limit, not a count.
var modalWords = map[string]bool{
	"can": true, "could": true, "may": true, "peuvent": true, "peut": true, "pueden": true, "puede": true, "possono": true, "puo": true,
	"konnen": true, "kann": true, "могут": true, "может": true, "सकते": true, "सकता": true, "يمكن": true, "تستطيع": true,
}

// pluralGroupWord reports a plural word of groups, German compounds
// included ("Chatgruppen", "Telegram-Chatgruppen", "Facebook-Gruppen").
func pluralGroupWord(f string) bool {
	return pluralGroups[f] || strings.HasSuffix(f, "gruppen")
}

var pluralGroups = map[string]bool{"groups": true, "groupes": true, "gruppen": true, "grupos": true, "gruppi": true, "группы": true, "групп": true, "группах": true, "समूहों": true}

// generatedAt reports whether "generated" follows at k ("user generated",
// "user-generated", "यूजर जेनरेटेड"), making the word before it a modifier.
func (c *ctx) generatedAt(k int) bool {
	if k < len(c.toks) && c.isPunct(k, "-") && !c.toks[k].sp {
		k++
	}
	if k >= len(c.toks) || c.toks[k].kind != tWord {
		return false
	}
	switch c.toks[k].f {
	case "generated", "जेनरेटेड", "जनरेटेड":
		return true
	}
	return false
}

// anotherWords may stand between an article and an approximate noun.
var anotherWords = map[string]bool{"altro": true, "altra": true, "autre": true, "otro": true, "otra": true, "weiteres": true, "weitere": true}

// definiteArticles after "and" may open a new clause: "2.8 million
// followers and the groups had …".
var definiteArticles = map[string]bool{"the": true, "les": true, "los": true, "las": true, "gli": true, "il": true, "el": true, "la": true, "le": true}

// joinArticles may follow "and" between the two units of a compound.
var joinArticles = map[string]bool{"de": true, "des": true, "di": true, "dei": true, "delle": true, "of": true, "the": true, "los": true, "las": true, "les": true, "el": true, "il": true, "gli": true, "le": true, "la": true}

var hiGenitive = map[string]bool{"के": true, "की": true, "का": true}

var yearAdjectives = map[string]bool{
	"terrorist": true, "extremist": true, "jihadist": true, "jihadi": true, "terror": true, "new": true, "public": true, "private": true,
	"pro": true, "linked": true, "related": true, "more": true, "other": true, "active": true, "fake": true, "spam": true,
	"terroristes": true, "extremistes": true, "jihadistes": true, "nouvelles": true, "nouveaux": true, "autres": true,
	"terroristische": true, "extremistische": true, "dschihadistische": true, "neue": true, "weitere": true,
	"terroristas": true, "yihadistas": true, "nuevas": true, "nuevos": true, "terroristici": true, "jihadisti": true, "nuovi": true, "nuove": true,
	"террористических": true, "экстремистских": true, "новых": true, "आतंकी": true, "आतंकवादी": true, "नए": true,
	// illegality and harm: "2000 illegal posts", "2000 illegale Inhalte"
	"illegal": true, "unlawful": true, "harmful": true, "illegale": true, "illegalen": true, "rechtswidrige": true, "rechtswidrigen": true,
	"illegali": true, "ilegales": true, "illegaux": true, "illegales": true, "illicites": true,
}

// linkedWords tie a piece to the content it belongs to.
var linkedWords = map[string]bool{"lies": true, "liees": true, "linked": true, "related": true, "legati": true, "relativi": true, "vinculados": true, "relacionados": true}

var contentHeads = map[string]bool{"pieces": true, "piece": true, "items": true, "item": true, "elements": true, "elementi": true, "elementos": true, "contenidos": false, "elementen": true, "elemente": true, "materiaux": true, "materiels": true,
	"falle": true} // "1437 Fälle von … illegalen Inhalten": cases of content

// physicalTails are things a piece or an item of counts that are no
// content online: equipment seized, evidence, luggage.
var physicalTails = foldedSet("equipment|hardware|evidence|luggage|baggage|furniture|clothing|jewellery|jewelry|ammunition|machinery|apparatus|equipement|materiel|attrezzatura|equipo|equipos|ausrustung")

var contentTails = map[string]bool{"content": true, "contents": true, "propaganda": true, "material": true, "materials": true, "media": true, "contenu": true, "contenus": true, "contenuto": true, "contenuti": true, "contenido": true, "contenidos": true, "inhalten": true, "inhalte": true}

// removalOrdered reports whether the text names orders to remove or
// block ("Entfernungsanordnungen", "Löschanordnung") or says a removal was
// ordered ("482 Entfernungen angeordnet", removals in the plural): a bare
// "Anordnungen" then counts those orders.
func (c *ctx) removalOrdered() bool {
	removal, ordered := false, false
	for k := range c.toks {
		f := c.toks[k].f
		if c.toks[k].kind != tWord || c.toks[k].sc != scLatin {
			continue
		}
		if stem, ok := strings.CutSuffix(strings.TrimSuffix(f, "en"), "anordnung"); ok && stem != "" {
			return true
		}
		if f == "entfernungen" || f == "loschungen" || f == "sperrungen" {
			removal = true // counted removals; "die Entfernung … angeordnet" names the act
		}
		if f == "angeordnet" {
			ordered = true
		}
	}
	return removal && ordered
}

var deSuffixUnits = []struct{ suf, unit string }{
	{"kanale", "channels"}, {"kanalen", "channels"}, {"konten", "accounts"}, {"accounts", "accounts"},
	{"gruppen", "groups"}, {"videos", "videos"}, {"inhalte", "content_items"}, {"inhalten", "content_items"},
	{"webseiten", "sites"}, {"internetseiten", "sites"}, {"beitrage", "posts"}, {"beitragen", "posts"},
	{"profile", "accounts"}, {"botschaften", "posts"}, {"beschwerden", "notices"}, {"meldungen", "notices"},
	{"nachrichten", "posts"}, {"ersuchen", "requests"}, {"anfragen", "requests"}, {"postings", "posts"}, {"nutzern", "users"},
	{"anregungen", "requests"}, {"antrage", "requests"}, {"antragen", "requests"}, {"aufforderungen", "requests"},
	{"unternehmen", "companies"}, {"konzerne", "companies"}, {"konzernen", "companies"}, {"plattformen", "platforms"},
	{"domains", "sites"}, // Webdomains, Internetdomains
	// gambling and betting sites: "250 Online-Glücksspielseiten", "40 Wettseiten"
	{"spielseiten", "sites"}, {"casinoseiten", "sites"}, {"wettseiten", "sites"},
	{"wettportale", "sites"}, {"wettportalen", "sites"}, // Sportwettportale
	{"links", "links"}, // Internetlinks, Propagandalinks
}

func (c *ctx) isBlocker(j int) bool {
	t := &c.toks[j]
	if t.sc == scLatin && isUpperWord(c.rs[t.s:t.e]) {
		return false // IS, ISIS, EU
	}
	if c.arabNotBillion(j, j+1) {
		return false // "5 अरब देशों": Arab, an adjective of the unit
	}
	for _, h := range c.hitsOf(j) {
		if h.pfx > 0 {
			continue
		}
		switch h.e.cat {
		case catBlock, catNum, catMonth, catWeekday, catScale, catQualBefore, catRate, catCurrency, catAttrAfter, catTold:
			// the whole entry must be written: "pro" alone is not "pro Tag"
			if len(h.e.toks) == 1 || c.matchEnd(j, h) > 0 {
				return true
			}
		}
	}
	if t.sc == scLatin && len(t.f) >= 6 {
		if _, ok := fusedNumber(t.f); ok {
			return true // "dai mille ai duemila account": a number of its own
		}
	}
	if t.sc == scLatin && !(j > 0 && c.isPunct(j-1, "-")) && (strings.HasSuffix(t.f, "ing") || strings.HasSuffix(t.f, "ed")) && !startsUpper(c.rs[t.s:t.e]) {
		if !(j+1 < len(c.toks) && c.isPunct(j+1, "-")) {
			return true
		}
	}
	return false
}

// qualBefore finds a qualifier that ends right before the number at i.
func (c *ctx) qualBefore(i int) app.Qualifier {
	target := i
	// skip an Arabic preposition written apart (بـ 12) or "ca."
	// and the article written apart ("حوالي الـ 26 ألف", "ما يفوق الـ 100 ألف")
	dots := 0
	for target > 0 && (c.isPunct(target-1, ".") || c.isPunct(target-1, "…") || c.isPunct(target-1, ",") || c.isPunct(target-1, "'") || ((c.toks[target-1].sc == scArabic || c.toks[target-1].sc == scCyrillic) && utf8.RuneCountInString(c.toks[target-1].f) == 1) ||
		c.toks[target-1].sc == scArabic && c.toks[target-1].f == "ال" ||
		target == i && c.toks[i].kind == tNum && c.bracketedCount(i) || // "نحو (18) قناة"
		target == i && c.openQuoteBefore(i)) { // "أزيد من “385 حساباً", "plus de « 300 comptes »"
		if c.isPunct(target-1, ".") || c.isPunct(target-1, "…") {
			dots++
		}
		target--
	}
	sent := c.toks[i].sent
	if dots >= 2 || dots == 1 && c.isPunct(target, "…") {
		// "plus de... 5 milliards": the dots of a pause end no sentence
		// before a count
		if target > 0 {
			sent = c.toks[target-1].sent
		}
	}
	// an article between qualifier and number: "quasi il 40%"
	if target > 1 && c.toks[target-1].kind == tWord && numArticles[c.toks[target-1].f] && c.toks[target-1].sent == c.toks[i].sent {
		if _, e := c.find(target-1, catQualBefore, 0); e < 0 {
			target--
		}
	}
	best := app.QualNone
	for k := target - 1; k >= 0 && k >= target-5; k-- {
		if c.toks[k].sent != sent {
			break
		}
		for _, h := range c.hitsOf(k) {
			if h.e.cat != catQualBefore {
				continue
			}
			if e := c.matchEnd(k, h); (e == target || e == i) && !c.besidesPlus(k, h) {
				best = app.Qualifier(h.e.s)
			}
		}
	}
	return best
}

// thousandsLow reports a range whose low end, a bare small integer at i,
// leaves out the thousands its high end writes in digits: "de 4 à 6 500
// signalements" (4,000 to 6,500), "entre 5 et 10 000 comptes". The high
// end must be grouped by thousands and less than ten times the low end's
// thousands, so "from 2 to 100,000" stays as written.
func (c *ctx) thousandsLow(i int, a, b amount) bool {
	t := &c.toks[i]
	if t.kind != tNum || !t.plain || a.end != i+1 || a.scale != 0 || b.scale != 0 || a.v != math.Trunc(a.v) || a.v < 2 || a.v >= 1000 {
		return false
	}
	h := a.end + 1
	if h >= len(c.toks) || b.end <= h {
		return false
	}
	for k := h; k < b.end; k++ {
		if c.toks[k].kind != tNum {
			return false // "6 mil 500": words
		}
	}
	if b.end == h+1 && c.toks[h].plain {
		return false // "from 4 to 6500": no grouping
	}
	return a.v*1000 < b.v && b.v < a.v*10000
}

// defApprox reads the definite article and an approximate noun whose unit
// follows "de" at i: "la dizaine de pages". It returns the token of the
// unit and the value, or 0.
func (c *ctx) defApprox(i int) (int, float64) {
	n := len(c.toks)
	if !approxDefArticles[c.toks[i].f] || i+1 >= n || c.toks[i+1].sent != c.toks[i].sent {
		return 0, 0
	}
	h, e := c.find(i+1, catApprox, 0)
	if e <= 0 || e >= n || !(c.toks[e].f == "de" || c.toks[e].f == "di" || c.toks[e].f == "d") {
		return 0, 0
	}
	j := e + 1
	if c.isPunct(j, "'") {
		j++
	}
	if _, ue, _ := c.unitAt(j); ue <= 0 {
		return 0, 0
	}
	return j, h.e.v
}

// defApproxAt reports whether a definite article and an approximate noun
// start a count at i.
func (c *ctx) defApproxAt(i int) bool {
	j, _ := c.defApprox(i)
	return j > 0
}

// approxDefArticles may stand before an approximate noun as "une" does:
// "la dizaine de", "il centinaio di", "el centenar de".
var approxDefArticles = map[string]bool{"la": true, "il": true, "el": true}

// besidesPlus reports a French "plus de" at k that is "en plus de"
// ("besides") opening its clause: ", en plus de 162 comptes sur
// Instagram", "En plus de 300 chaînes, …". After a verb or adjective "en"
// is "in": "présent en plus de 100 pays" stays "more than".
func (c *ctx) besidesPlus(k int, h hit) bool {
	if h.e.s != string(app.QualMoreThan) || c.toks[k].f != "plus" || k < 1 || c.toks[k-1].f != "en" || c.toks[k-1].sent != c.toks[k].sent {
		return false
	}
	p := k - 2
	return p < 0 || c.toks[p].sent != c.toks[k].sent || c.toks[p].kind == tPunct || openingConj[c.toks[p].f]
}

var numArticles = map[string]bool{"il": true, "lo": true, "el": true, "le": true, "la": true, "the": true, "los": true, "las": true, "i": true, "gli": true, "les": true}

// rateNear finds "per day" / "a month" words near a figure. After it, the
// search stops at a dash or semicolon, and a day after a date ("al día
// siguiente", "في اليوم التالي") is no rate though it holds one.
func (c *ctx) rateNear(i, ue, sent int, before bool) app.Rate {
	n := len(c.toks)
	for k := ue; k < n && k < ue+8 && c.toks[k].sent == sent; k++ {
		if c.toks[k].kind == tNum || c.otherCountAt(k) || c.clauseDashAt(k) {
			break // "2,959 the following day – compared to a daily average": the next clause's rate
		}
		if c.isPunct(k, ",") && k+1 < n && c.toks[k+1].sent == sent && relativePronouns[c.toks[k+1].f] {
			break // "19 canali Telegram, che ogni giorno mettevano …": what the items did, no rate of the count
		}
		if d := c.dayWordAt(k, sent); d > k {
			k = d - 1 // "2.959 al día siguiente": the day after, no rate
			continue
		}
		if h, e := c.find(k, catRate, 2); e > 0 {
			if e < n && (h.e.toks[0] == "a" || h.e.toks[0] == "per") && (c.toks[e].f == "after" || c.toks[e].f == "later" || c.toks[e].f == "before" || c.toks[e].f == "earlier" || c.toks[e].f == "ago") {
				continue
			}
			if c.noRateAt(k, e) {
				continue
			}
			return app.Rate(h.e.s)
		}
	}
	for k := i - 1; before && k >= 0 && k >= i-6 && c.toks[k].sent == sent; k-- {
		if c.toks[k].kind == tNum {
			break
		}
		if h, e := c.find(k, catRate, 2); e > 0 && e <= i && h.e.toks[0] != "a" && !c.noRateAt(k, e) && c.dayWordAt(k, sent) <= e {
			return app.Rate(h.e.s)
		}
	}
	return app.RateNone
}

// unitPhraseRate finds a rate word among the few words right before a
// unit named ahead of its count ("die Anzahl täglich gesperrter Konten
// seit dem vergangenen Jahr auf mehr als eine Million"), which rateNear's
// look back from the number no longer reaches.
func (c *ctx) unitPhraseRate(us, sent int) app.Rate {
	for k := us - 1; k >= 0 && k >= us-3 && c.toks[k].sent == sent && c.toks[k].kind == tWord; k-- {
		if h, e := c.find(k, catRate, 2); e > 0 && e <= us && h.e.toks[0] != "a" && !c.noRateAt(k, e) {
			return app.Rate(h.e.s)
		}
	}
	return app.RateNone
}

// clauseDashAt reports whether token k is a dash or a semicolon that
// ends a clause ("–", "—", ";").
func (c *ctx) clauseDashAt(k int) bool {
	if c.toks[k].kind != tPunct {
		return false
	}
	switch string(c.rs[c.toks[k].s:c.toks[k].e]) {
	case "–", "—", ";":
		return true
	}
	return false
}

// versusNumberAt reports whether a German "zu" at k sets a second number
// against the count before it: "nämlich 24.692 zu 19.935 im
// Vorjahreszeitraum".
func (c *ctx) versusNumberAt(k, sent int) bool {
	return k+1 < len(c.toks) && c.toks[k].f == "zu" && c.toks[k+1].sent == sent && c.toks[k+1].kind == tNum
}

// withBefore finds the unit of a bare count that "mit" joins to the noun
// before it, the German way of giving a level: "lagen die
// Hassrede-Beschwerden mit 80.824 etwas unter dem Vorjahr". Only counts of
// what is reported or taken down: a channel or an account "mit 63.000"
// counts its followers, and a noun with a count of its own ("500
// Beschwerden mit 80 Inhalten") is no level.
func (c *ctx) withBefore(i, end int) (string, int, int, bool) {
	sent := c.toks[i].sent
	if c.noCountAfter(end, sent) {
		return "", 0, 0, false
	}
	if end < len(c.toks) && c.toks[end].sent == sent {
		if u, _, _ := c.unitAt(end); u != "" {
			return "", 0, 0, false
		}
	}
	k := c.beforeQualifier(i)
	if k < 2 || c.toks[k-1].sent != sent || c.toks[k-1].f != "mit" || c.toks[k-2].sent != sent {
		return "", 0, 0, false
	}
	// "Die meisten Inhalte wurden mit elf Millionen in den Vereinigten
	// Staaten … entfernt": the subject and its verb before "mit"
	v := k - 1
	for h := 0; h < 2 && v > 1 && levelVerbs[c.toks[v-1].f] && c.toks[v-2].sent == sent; h++ {
		v--
	}
	j := v - 1
	u, e, _ := c.unitAt(j)
	for j > 0 && e != v && c.toks[j-1].sent == sent && c.toks[j].kind == tWord && v-j < 4 {
		j-- // a noun of two or more tokens: "Hassrede-Beschwerden"
		u, e, _ = c.unitAt(j)
	}
	if e != v || !levelUnits[u] {
		return "", 0, 0, false
	}
	for m := j - 1; m >= 0 && m >= j-3 && c.toks[m].sent == sent; m-- {
		if c.toks[m].kind == tNum {
			return "", 0, 0, false
		}
		if c.toks[m].kind == tPunct && c.toks[m].f != "-" {
			break
		}
	}
	return u, j, e, true
}

// levelVerbs may stand between the subject and the "mit" of its level.
var levelVerbs = map[string]bool{"wurden": true, "wurde": true, "waren": true, "war": true, "sind": true, "lagen": true, "lag": true, "gingen": true, "kamen": true}

// levelUnits are the units whose noun "mit" can give a level of.
var levelUnits = map[string]bool{"notices": true, "requests": true, "content_items": true, "posts": true, "videos": true}

// unitAround is the first of the clause's other ways of naming the unit
// of the number at tokens i..end before it: its unit (string), where that
// starts and ends, and whether one was found.
func (c *ctx) unitAround(i, end int) (string, int, int, bool) {
	for _, find := range [...]func(int, int) (string, int, int, bool){
		c.totalOf,             // "más vídeos ha retirado la compañía, con un total de 37.682.924,"
		c.totalTo,             // "porte le total des comptes fermés … à 636 248"
		c.amongBefore,         // "Среди … удаленных материалов более 858 тыс. связаны с …"
		c.demonstrativeBefore, // "cerrar dichos canales, ya hemos bloqueado 78"
		c.ofTheBefore,         // "Of the total videos removed, 10,698,297 were flagged"
		c.sharedOutBefore,     // "Von den übrigen Löschersuchen entfallen zirka 500 auf …"
		c.withBefore,          // "lagen die Hassrede-Beschwerden mit 80.824 etwas unter …"
	} {
		if u, s, e, ok := find(i, end); ok {
			return u, s, e, true
		}
	}
	return "", 0, 0, false
}

// verbBeforeSubject reads a verb of exceeding written before the unit
// that a count's figure opens with: "ليتجاوز إجمالي المحتوى المزال 258
// مليوناً" (the total removed content exceeding 258 million), "überstieg
// die Zahl der Beschwerden 250.000". i is the count's first token, start
// the figure's first rune.
func (c *ctx) verbBeforeSubject(i, start, sent int) app.Qualifier {
	q := -1
	for k := i - 1; k >= 0 && c.toks[k].s >= start; k-- {
		if c.toks[k].s == start {
			q = k
			break
		}
	}
	if q < 1 {
		return app.QualNone
	}
	if q >= 2 && c.toks[q-1].kind == tWord && numArticles[c.toks[q-1].f] || q >= 2 && (c.toks[q-1].f == "die" || c.toks[q-1].f == "der" || c.toks[q-1].f == "das") {
		q-- // "überstieg die Zahl der …"
	}
	if c.toks[q-1].sent != sent {
		return app.QualNone
	}
	for m := q - 1; m >= 0 && m >= q-2; m-- {
		if h, e := c.find(m, catQualBefore, 2); e == q && h.e.s == string(app.QualMoreThan) && c.toks[m].kind == tWord && exceedVerb(c.toks[m].f) {
			return app.QualMoreThan
		}
	}
	return app.QualNone
}

// exceedVerb reports whether a more-than qualifier word is a verb of
// exceeding, which may stand before the subject: not "more than", "über".
func exceedVerb(f string) bool {
	for _, stem := range [...]string{"تجاوز", "يتجاوز", "تتجاوز", "فاق", "يفوق", "uberstieg", "ubersteigt", "uberschritt", "exceed", "surpass", "depass", "super", "превыс"} {
		if strings.Contains(f, stem) {
			return true
		}
	}
	return false
}

// singularUnits are English unit nouns in the singular, which a count of
// more than one does not take.
var singularUnits = map[string]bool{"channel": true, "account": true, "page": true, "site": true, "website": true, "group": true, "portal": true}

// nameNumber reports whether the number at i is part of a name: a
// capitalised word before it and a singular unit noun after ("the France
// 24 channel", "the News 24 website"), or, in a Hindi list of names each
// after its count and "के साथ", a word between that frame and the number
// ("25,400 के साथ राष्ट्र 24 चैनल": Rashtra 24 channel, with 25,400).
func (c *ctx) nameNumber(i int, a amount) bool {
	t := &c.toks[i]
	if t.kind != tNum || a.scale != 0 || a.v <= 1 || i == 0 || c.toks[i-1].sent != t.sent || c.toks[i-1].kind != tWord || a.end >= len(c.toks) || c.toks[a.end].sent != t.sent {
		return false
	}
	p := &c.toks[i-1]
	// the name's word is not the sentence's first: "Some 300 website URLs"
	if p.sc == scLatin && singularUnits[c.toks[a.end].f] && c.qualBefore(i) == "" && i >= 2 && c.toks[i-2].sent == t.sent {
		r := c.rs[p.s:p.e]
		return len(r) > 1 && unicode.IsUpper(r[0]) && !c.has(i-1, catMonth) && !c.has(i-1, catUnit)
	}
	if p.sc == scDevanagari && i >= 4 && c.toks[i-2].f == "साथ" && c.toks[i-3].f == "के" && c.toks[i-4].kind == tNum && c.toks[i-4].sent == t.sent {
		return true
	}
	return false
}

// modifierActions name what is done with the thing a singular unit noun
// names when it modifies another unit noun: "URL takedown requests",
// "account removal requests".
var modifierActions = map[string]bool{"takedown": true, "takedowns": true, "removal": true, "deletion": true, "blocking": true, "delisting": true, "suspension": true}

// modifierAction returns the token after an action word at k ("takedown",
// "take-down", "removal"), or -1.
func (c *ctx) modifierAction(k, sent int) int {
	n := len(c.toks)
	if k >= n || c.toks[k].sent != sent {
		return -1
	}
	if modifierActions[c.toks[k].f] {
		return k + 1
	}
	if c.toks[k].f == "take" && k+2 < n && c.isPunct(k+1, "-") && c.toks[k+2].f == "down" {
		return k + 3
	}
	return -1
}

// nowWords say "now" between a copula and its count.
var nowWords = map[string]bool{"ora": true, "adesso": true, "now": true, "maintenant": true, "desormais": true, "jetzt": true, "nun": true, "ahora": true, "теперь": true, "сейчас": true, "अब": true, "الان": true}

// hiVerbEnds end a Hindi verb phrase: "5 लाख खर्च किए और अकाउंट …" joins
// two clauses, not two words before a unit.
var hiVerbEnds = map[string]bool{"किए": true, "किया": true, "की": true, "किये": true, "गया": true, "गए": true, "गई": true, "है": true, "हैं": true, "था": true, "थे": true, "थी": true}

// hiBackDemonstratives point back at a noun phrase named before: इन, उन
// ("these", "those") and their emphatic forms.
var hiBackDemonstratives = map[string]bool{"इन": true, "उन": true, "इन्हीं": true, "उन्हीं": true}

// heldBackReference reports whether the count at i, written as a word,
// with its unit ending at ue, is a Hindi demonstrative's phrase that owns
// the figure after it ("इन छह चैनलों के 20 लाख से ज्यादा सब्सक्राइबर थे":
// the six channels are those the story counted before, their subscribers
// the new figure). A count in digits, or one that is itself the object
// ("इन दो वेबसाइट को किया ब्लॉक"), stays a figure. The demonstratives of
// the other languages point back the same way when a verb of having and a
// count follow the unit ("These six channels had 2 million subscribers").
func (c *ctx) heldBackReference(i, ue, sent int) bool {
	if i < 1 || ue >= len(c.toks) || c.toks[i].kind == tNum || c.toks[i-1].sent != sent {
		return false
	}
	if backDemonstratives[c.toks[i-1].f] {
		return c.hasFigureAfter(ue, sent)
	}
	if !hiBackDemonstratives[c.toks[i-1].f] {
		return false
	}
	if !hiGenitive[c.toks[ue].f] {
		return false
	}
	for j := ue + 1; j < len(c.toks) && j <= ue+4 && c.toks[j].sent == sent; j++ {
		if c.toks[j].kind == tNum {
			return true
		}
	}
	return false
}

// restatedByDemonstrative reports whether the count at i, after a
// demonstrative that points back ("these", "diese", "इन"), repeats a
// figure of the same value and unit already taken in this sentence: "ten
// websites that were blocked …, the exposure to these ten websites".
func (c *ctx) restatedByDemonstrative(i int, unit string, v float64, sent int) bool {
	if i < 1 || c.toks[i-1].sent != sent || !backDemonstratives[c.toks[i-1].f] && !hiBackDemonstratives[c.toks[i-1].f] {
		return false
	}
	for _, f := range c.figs {
		if f.sent == sent && f.t1 <= i {
			if cl := c.claims[f.claim]; cl.Value == v && cl.Unit == unit {
				return true
			}
		}
	}
	return false
}

// backDemonstratives point back at a noun phrase named before, as the
// Hindi इन and उन do: "These six channels had 2 million subscribers", "Ces
// six chaînes comptaient …", "Diese sechs Kanäle hatten …", "Эти шесть
// каналов имели …".
var backDemonstratives = map[string]bool{
	"these": true, "those": true, "ces": true, "diese": true, "jene": true, "estos": true, "estas": true, "esos": true, "esas": true,
	"aquellos": true, "aquellas": true, "questi": true, "queste": true, "quei": true, "эти": true, "те": true, "этих": true, "тех": true,
}

// havingVerbs say what the units a demonstrative points back at had: the
// figure after them is the new one ("had 2 million subscribers").
var havingVerbs = map[string]bool{
	"had": true, "have": true, "has": true, "counted": true, "totaled": true, "totalled": true, "amassed": true, "gathered": true,
	"comptaient": true, "comptent": true, "avaient": true, "ont": true, "totalisaient": true, "cumulaient": true, "reunissaient": true, "rassemblaient": true,
	"hatten": true, "haben": true, "zahlten": true, "erreichten": true,
	"tenian": true, "tienen": true, "contaban": true, "cuentan": true, "sumaban": true, "acumulaban": true, "reunian": true,
	"avevano": true, "hanno": true, "contavano": true, "contano": true, "raccoglievano": true, "totalizzavano": true,
	"имели": true, "имеют": true, "насчитывали": true, "собрали": true, "набрали": true, "было": true,
}

// togetherWords may stand before a verb of having: "together had".
var togetherWords = map[string]bool{"together": true, "combined": true, "ensemble": true, "zusammen": true, "insgesamt": true, "juntos": true, "insieme": true, "вместе": true}

// hasFigureAfter reports whether a verb of having follows the unit ending
// at ue and a count follows it within four words: "(These six channels)
// had more than 2 million subscribers". A participle after the verb ("had
// been blocked") or a year is no figure had.
func (c *ctx) hasFigureAfter(ue, sent int) bool {
	j := ue
	if j < len(c.toks) && togetherWords[c.toks[j].f] {
		j++
	}
	if j >= len(c.toks) || c.toks[j].sent != sent || !havingVerbs[c.toks[j].f] {
		return false
	}
	if k := j + 1; k < len(c.toks) && (auxParticiples[c.toks[k].f] || isParticiple(c.toks[k].f, c.rs[c.toks[k].s:c.toks[k].e])) {
		return false
	}
	for k := j + 1; k < len(c.toks) && k <= j+4 && c.toks[k].sent == sent; k++ {
		if c.toks[k].kind == tNum {
			return !c.isYearToken(k)
		}
	}
	return false
}

// auxParticiples follow a verb of having as an auxiliary: "had been".
var auxParticiples = map[string]bool{"been": true, "ete": true, "gehabt": true, "sido": true, "stati": true, "state": true, "stato": true}

// shareOfCountries reports whether the percentage ending at ue is a share
// of countries ("في 76% من دول العالم", "in 76% of the world's countries",
// "dans 76 % des pays", "в 76% стран"): a survey's finding about the
// world, not a share of what was taken down.
func (c *ctx) shareOfCountries(ue, sent int) bool {
	j := ue
	for h := 0; h < 5 && j < len(c.toks) && c.toks[j].sent == sent && (shareOfSkips[c.toks[j].f] || c.isPunct(j, "'") || c.isPunct(j, "’")); h++ {
		j++
	}
	if j == ue && (j >= len(c.toks) || c.toks[j].sc != scCyrillic) {
		return false // no "of" between: "76% стран" is Russian's genitive
	}
	if j >= len(c.toks) || c.toks[j].sent != sent {
		return false
	}
	u, e, _ := c.unitAt(j)
	return e > j && u == "countries"
}

// shareOfSkips stand between a percentage and the countries it is a share
// of: "of the world's", "des", "de los", "der", "dei", "من", "aller".
var shareOfSkips = map[string]bool{
	"of": true, "the": true, "world": true, "worlds": true, "s": true, "des": true, "de": true, "los": true, "las": true, "del": true, "der": true,
	"dei": true, "degli": true, "delle": true, "di": true, "من": true, "all": true,
	// "all" in German, French, Spanish, Italian: "76% aller Länder"
	"aller": true, "tous": true, "les": true, "todos": true, "tutti": true, "i": true,
}

// accessAttempt reports whether the count at i is what someone tried to
// open or reach: a verb of access stands right before it, past a
// preposition ("الدخول على خمسة مواقع", "to access five sites", "d'accéder
// à cinq sites") or right after its unit ("fünf Webseiten aufzurufen"),
// and a verb of trying earlier in the sentence ("وحاولت
// «رويترز»، دون جدوى", "Reuters tried"). The sites tried are a test of
// access, not a count of sites blocked.
func (c *ctx) accessAttempt(i, ue, sent int) bool {
	k := c.beforeQualifier(i)
	a := -1
	for m := k - 1; m >= 0 && m >= k-3 && c.toks[m].sent == sent && c.toks[m].kind == tWord; m-- {
		if hasAnyPrefix(c.toks[m].f, accessStems) {
			a = m
			break
		}
	}
	if a < 0 && ue < len(c.toks) && c.toks[ue].sent == sent && c.toks[ue].kind == tWord && hasAnyPrefix(c.toks[ue].f, accessStems) {
		a = k // the verb after its object: "versucht, fünf Webseiten aufzurufen"
	}
	if a < 0 {
		return false
	}
	for m := a - 1; m >= 0 && m >= a-12 && c.toks[m].sent == sent; m-- {
		if c.toks[m].kind == tNum {
			return false
		}
		f := c.toks[m].f
		if c.toks[m].sc == scArabic && len(f) > 6 && (strings.HasPrefix(f, "و") || strings.HasPrefix(f, "ف")) {
			f = f[len("و"):] // "وحاولت"
		}
		if c.toks[m].kind == tWord && hasAnyPrefix(f, tryStems) {
			return true
		}
	}
	return false
}

// hasAnyPrefix reports whether f begins with one of ps.
func hasAnyPrefix(f string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// accessStems begin verbs and nouns of reaching a page (folded);
// tryStems verbs of trying and failing.
var (
	accessStems = []string{"access", "open", "reach", "visit", "acced", "ouvrir", "atteindre", "abrir", "aprire", "zugreif", "aufzurufen", "offnen",
		"открыть", "зайти", "получить", "الدخول", "دخول", "فتح", "الوصول", "تصفح"}
	tryStems = []string{"tried", "try", "trying", "attempt", "unable", "tent", "intent", "cercat", "versuch", "попыт", "пытал", "حاول", "جدوي", "एक्सेस"}
)

// relativeThreshold reports whether the count at i, after "fewer than"
// or "less than", describes who a report leaves out: it stands in a
// clause on countries, governments or authorities, opened by a relative
// pronoun, a participle or "with" ("countries that issued fewer than 10
// requests, and that requested the removal of fewer than 10 items", "les
// pays ayant émis moins de 10 demandes", "Länder, die weniger als 10
// Anfragen gestellt haben"). Such a count is a reporting threshold.
func (c *ctx) relativeThreshold(i, sent int) bool {
	q := c.beforeQualifier(i)
	if q == i || !lessWords[c.toks[q].f] {
		return false
	}
	for r := q - 1; r >= 0 && r >= q-8 && c.toks[r].sent == sent; r-- {
		t := &c.toks[r]
		if t.kind == tNum || c.isPunct(r, ".") || c.isPunct(r, ";") {
			return false
		}
		if t.kind != tWord {
			continue
		}
		if relativePronouns[t.f] {
			return c.actorBefore(r, sent, 2)
		}
		if actorNouns[t.f] {
			// "les pays ayant émis", "countries issuing", "countries with"
			return r+1 < q && c.toks[r+1].kind == tWord && (sizeWithWords[c.toks[r+1].f] || presentParticiple(c.toks[r+1].f))
		}
	}
	return false
}

// presentParticiple reports whether a folded Latin word reads as a present
// participle or gerund: "issuing", "ayant", "emitiendo", "inviando".
func presentParticiple(f string) bool {
	if f == "ayant" || f == "etant" {
		return true
	}
	for _, suf := range []string{"ing", "ando", "iendo", "endo"} {
		if len(f) > len(suf)+2 && strings.HasSuffix(f, suf) {
			return true
		}
	}
	return false
}

// actorBefore reports whether an actor noun is the antecedent of the
// relative pronoun at r, right before it or before a comma, or whether r
// is the second of two coordinated relative clauses on one ("…, and that
// requested"); depth bounds that search.
func (c *ctx) actorBefore(r, sent, depth int) bool {
	k := r - 1
	if k >= 0 && c.isPunct(k, ",") {
		if nonRestrictive[c.toks[r].f] {
			return false // "the authorities, which blocked fewer than 200 sites": who they are, a count
		}
		k--
	}
	if k < 0 || c.toks[k].sent != sent {
		return false
	}
	if actorNouns[c.toks[k].f] {
		return true
	}
	if depth == 0 || !c.has(k, catJoin) && !ellipsisConj[c.toks[k].f] {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-20 && c.toks[m].sent == sent; m-- {
		if c.toks[m].kind == tWord && relativePronouns[c.toks[m].f] {
			return c.actorBefore(m, sent, depth-1)
		}
	}
	return false
}

// nonRestrictive are the relative pronouns that, after a comma, add to a
// noun rather than single out a class (German and Russian write a comma
// before every relative clause).
var nonRestrictive = map[string]bool{"which": true, "who": true, "that": true, "qui": true, "que": true, "che": true, "cui": true, "lesquels": true}

// lessWords open the qualifiers "fewer than", "moins de", "weniger als",
// "менее", "أقل من" (folded).
var lessWords = map[string]bool{"fewer": true, "less": true, "moins": true, "weniger": true, "menos": true, "meno": true, "менее": true, "меньше": true, "اقل": true}

// actorNouns are who a report may leave out below a threshold
// (countries, governments, authorities).
var (
	actorNouns = map[string]bool{
		"countries": true, "governments": true, "states": true, "authorities": true, "agencies": true, "courts": true, "requesters": true,
		"pays": true, "gouvernements": true, "etats": true, "autorites": true, "lander": true, "staaten": true, "regierungen": true, "behorden": true,
		"paises": true, "gobiernos": true, "estados": true, "paesi": true, "governi": true, "stati": true, "autorita": true,
		"страны": true, "стран": true, "государства": true, "правительства": true, "الدول": true, "دول": true, "الحكومات": true, "देश": true, "देशों": true,
	}
)

// thresholdWords name the mark a law sets ("the legal threshold of 2
// million users"); serviceNouns the networks a law applies to by their
// size ("Soziale Netzwerke mit mindestens zwei Millionen Nutzern").
var thresholdWords = map[string]bool{
	"threshold": true, "seuil": true, "schwelle": true, "schwellenwert": true, "umbral": true, "soglia": true,
	"порог": true, "порога": true, "порогом": true, "सीमा": true, "عتبه": true, "حد": true,
}

var serviceNouns = map[string]bool{
	"netzwerke": true, "netzwerken": true, "plattformen": true, "anbieter": true, "dienste": true,
	"networks": true, "platforms": true, "services": true, "reseaux": true, "plateformes": true,
	"redes": true, "plataformas": true, "piattaforme": true, "reti": true,
}

var sizeWithWords = map[string]bool{"mit": true, "with": true, "avec": true, "con": true, "de": true, "of": true, "von": true, "di": true, "del": true, "des": true, "du": true, "с": true}

// userThreshold reports whether the count of users at i is a size a law
// applies from, not a count: after a word for a threshold ("the legal
// threshold of 2 million users", "die Schwelle von zwei Millionen
// Nutzern"), or after a service noun and "with" ("Soziale Netzwerke mit
// mindestens zwei Millionen registrierten Nutzern").
func (c *ctx) userThreshold(i int) bool {
	q := c.beforeQualifier(i)
	if c.relativeSize(q) {
		return true // "las plataformas más pequeñas que tienen menos de 45 millones de usuarios"
	}
	if q < 2 || !sizeWithWords[c.toks[q-1].f] {
		return false
	}
	p := c.toks[q-2].f
	return thresholdWords[p] || serviceNouns[p]
}

// arDualConstruct are the Arabic duals of the scale words in construct,
// written as the accusative of one scale is when its tanween is left out.
var arDualConstruct = map[string]bool{"مليونا": true, "الفا": true, "مليارا": true}

// bareDualConstruct reports whether the scale word at i is a dual in
// construct, two of its scale: no number before it, no tanween on it and
// its counted noun right after it ("مليونا مشترك"). After a number it is
// the accusative of the number's scale ("43 مليونا", "12 مليونًا و450
// ألفًا"); with tanween or before من or و, the accusative of one (a dual
// before من keeps its nun: "مليونان من الحسابات").
func (c *ctx) bareDualConstruct(i int) bool {
	t := &c.toks[i]
	if !arDualConstruct[t.f] || i+1 >= len(c.toks) {
		return false
	}
	for _, r := range c.rs[t.s:t.e] {
		if r >= 0x064B && r <= 0x064D { // tanween
			return false
		}
	}
	if i > 0 && c.toks[i-1].sent == t.sent && (c.toks[i-1].kind == tNum || c.startsNumberWordNoArticle(i-1)) {
		return false
	}
	n := &c.toks[i+1]
	if n.sent != t.sent || n.kind != tWord {
		return false
	}
	if n.f == "شخص" {
		return true // "ألفا شخص" (two thousand people), whatever they are counted as
	}
	_, e, _ := c.unitAt(i + 1)
	return e > i+1
}

// possessiveMio reports whether token i is the Italian possessive "mio"
// ("un mio video", "una mia pagina" is no count) rather than the German
// abbreviation of a million, which is written "Mio." with a capital or a
// full stop ("eine Mio. Konten").
func (c *ctx) possessiveMio(i int) bool {
	t := c.toks[i]
	if t.f != "mio" || t.kind != tWord {
		return false
	}
	if r := c.rs[t.s]; r < 'a' || r > 'z' {
		return false
	}
	return !(i+1 < len(c.toks) && c.isPunct(i+1, ".") && !c.toks[i+1].sp)
}

// thoseWhoAt reports whether a demonstrative pronoun and its relative
// ("quelli che", "ceux qui", "those who") open a clause at k: the pronoun
// stands for the count just before it and adds no unit ("sono 20,7
// milioni quelli che si sono iscritti"), so the count ends its clause.
func (c *ctx) thoseWhoAt(k, sent int) bool {
	if k+1 >= len(c.toks) || c.toks[k].sent != sent || !thosePronouns[c.toks[k].f] {
		return false
	}
	return c.toks[k+1].sent == sent && relativeAfterThose[c.toks[k+1].f]
}

// thosePronouns and relativeAfterThose are the demonstrative pronouns and
// the relatives after them that make "those who" in Italian, French,
// Spanish and English.
var (
	thosePronouns      = map[string]bool{"quelli": true, "quelle": true, "ceux": true, "celles": true, "those": true, "aquellos": true, "aquellas": true}
	relativeAfterThose = map[string]bool{"che": true, "qui": true, "que": true, "who": true, "that": true}
)

// hiReached reports whether the Hindi "तक" matched by h, ending at e, is
// the "to" of "reached" ("12,400 तक पहुंच गई": reached 12,400), not "up
// to".
func (c *ctx) hiReached(h hit, e int) bool {
	return h.e.s == string(app.QualUpTo) && e < len(c.toks) && strings.HasPrefix(c.toks[e].f, "पहुं")
}

// modifiersThenUnit reports whether one or two Latin words that block
// nothing, a name with a number glued by a hyphen ("Covid-19") counting
// as one, lead from j to a unit noun: what an -ing or -ed adjective right
// after a count may stand before ("misleading Covid-19 vaccination
// videos").
func (c *ctx) modifiersThenUnit(j, sent int) bool {
	n := len(c.toks)
	for words := 0; j < n && c.toks[j].sent == sent; j++ {
		if _, e, _ := c.unitAt(j); e > 0 {
			return words > 0
		}
		t := &c.toks[j]
		switch {
		case t.kind == tPunct && t.f == "-" && !t.sp:
		case t.kind == tNum && !t.sp && t.plain && c.isPunct(j-1, "-"):
		case t.kind == tWord && t.sc == scLatin && !c.isBlocker(j):
			words++
			if words > 2 {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// hyphenModifier reports whether the unit noun ending at e is glued by a
// hyphen to an English participle after it (hyphenModifierEnd), so that
// the two modify what follows: "19 video-sharing platforms" counts
// platforms, no videos ("50,2 Millionen Video-Löschungen", "20
// siti-truffa" keep their unit).
func (c *ctx) hyphenModifier(e, sent int) bool {
	if e < 1 || c.toks[e-1].sent != sent || c.hyphenModifierEnd(e-1) < 0 {
		return false
	}
	f := c.toks[e+1].f
	return strings.HasSuffix(f, "ing") || strings.HasSuffix(f, "ed")
}
