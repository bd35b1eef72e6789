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
