package extract

// Bare counts with no unit of their own: the figure or unit they take
// from a list, a bracket, an aside, a total, an alternative or a tally
// named around them.

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

// germanHave are the German forms of "to have" a count opening its clause
// may be followed by, as an auxiliary of the verb at the clause's end
// ("Mit 8.904 Fällen hat die Beschwerdestelle einen neuen Höchststand an
// berechtigten Beschwerden verzeichnet").
var germanHave = map[string]bool{"hat": true, "haben": true, "hatte": true, "hatten": true}

// restatedNow returns the index in c.figs of the figure a bare count at i
// restates as its level now, in a relative clause right after it: "Discord
// had 140 million active users monthly, which is now over 150 million",
// "…, che ora sono oltre 150 milioni", "…, que ahora son más de 150
// millones". The relative, a copula and a word for now stand before the
// count (a qualifier may come between), and the figure is the last one of
// the sentence; -1 if there is none.
func (c *ctx) restatedNow(i, sent int) int {
	q := c.beforeQualifier(i)
	rel, cop, now := -1, false, false
	for r := q - 1; r >= 0 && r >= q-3 && c.toks[r].sent == sent && c.toks[r].kind == tWord; r-- {
		f := c.toks[r].f
		if relativePronouns[f] {
			rel = r
			break
		}
		cop = cop || copulas[f]
		now = now || nowWords[f]
	}
	if rel < 1 || !cop || !now || !c.isPunct(rel-1, ",") {
		return -1
	}
	p := len(c.figs) - 1
	if p < 0 || c.figs[p].sent != sent || c.claims[c.figs[p].claim].Unit == "percent" {
		return -1
	}
	// the figure ends right before the comma, past a word of rate at most
	// ("140 million active users monthly, which")
	if end := c.figs[p].t1; end > rel-1 || end < rel-3 {
		return -1
	}
	return p
}
