package extract

// Words and rules added for held-out batch 55 (French, Hindi, Russian):
// shares of revenue written after the percentage, and the percentage that
// compares with such a share.

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

// changeJoinWords join a change in percent to the verb that gives the
// count it ends at: "сократился на 6% и составил 32,2 тысячи единиц",
// "fell by 6% and reached 32,200".
var changeJoinWords = foldedSet("и|and|et|und|y|e")

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
