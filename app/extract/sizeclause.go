package extract

// haveVerbs say what a service has in a relative clause that sets its
// size: "que tienen", "che hanno", "qui ont", "that have", "die … haben".
var haveVerbs = map[string]bool{
	"tienen": true, "tiene": true, "tengan": true, "tenga": true, "hanno": true, "ha": true, "abbiano": true, "abbia": true,
	"ont": true, "a": true, "aient": true, "have": true, "has": true, "haben": true, "hat": true, "имеют": true, "имеет": true,
	"cuentan": true, "cuenta": true, "contano": true, "comptent": true, "zahlen": true,
	// "die über … Nutzer verfügen", "qui disposent de", "que disponen de"
	"verfugen": true, "verfugt": true, "disposent": true, "dispose": true, "disponen": true, "dispone": true, "dispongono": true,
}

// sizeRelatives open a relative clause after a service noun.
var sizeRelatives = map[string]bool{"que": true, "che": true, "qui": true, "that": true, "which": true, "die": true, "которые": true, "которая": true}

// relativeSize reports whether the count whose words start at q is the
// size of services named before a relative clause, a mark a law sets and
// no count: "las plataformas más pequeñas que tienen menos de 45 millones
// de usuarios", "platforms that have fewer than 45 million users",
// "Plattformen, die weniger als 45 Millionen Nutzer haben".
func (c *ctx) relativeSize(q int) bool {
	if q < 2 {
		return false
	}
	sent := c.toks[q].sent
	r := q - 1
	if sizeWithWords[c.toks[r].f] && r > 0 && haveVerbs[c.toks[r-1].f] {
		r-- // "que cuentan con más de"
	}
	switch {
	case haveVerbs[c.toks[r].f] && r > 0 && sizeRelatives[c.toks[r-1].f]:
		r -= 2
	case sizeRelatives[c.toks[r].f] && c.toks[r].f == "die" && r > 0 && c.isPunct(r-1, ",") && c.haveAfterUsers(q, sent):
		r -= 2 // the verb after the count: "Plattformen, die weniger als … haben"
	default:
		return false
	}
	if r >= 0 && c.isPunct(r, ",") {
		r--
	}
	for j := r; j >= 0 && j >= r-3 && c.toks[j].sent == sent; j-- {
		if c.toks[j].kind != tWord {
			return false
		}
		if serviceNouns[c.toks[j].f] {
			return true
		}
	}
	return false
}

// haveAfterUsers reports whether a verb of having closes the clause right
// after the users counted from q: "die weniger als 45 Millionen Nutzer
// haben", not "die 45 Millionen Nutzer gesperrt haben".
func (c *ctx) haveAfterUsers(q, sent int) bool {
	for j := q + 1; j < len(c.toks) && j <= q+8 && c.toks[j].sent == sent; j++ {
		if haveVerbs[c.toks[j].f] {
			u, e, _ := c.unitAt(j - 1)
			return e == j && u == "users"
		}
	}
	return false
}

// hindiHaving are the Hindi postpositions of having ("उपयोगकर्ताओं वाले
// मंच": platforms having users), hindiServiceNouns the classes of services
// a rule sets a size for (मंच, प्लेटफॉर्म, सोशल मीडिया मध्यस्थ), and
// hindiMoreLess the words after से that make "more than" or "fewer than".
var (
	hindiHaving       = foldedSet("वाले|वाली|वालों|वाला")
	hindiServiceNouns = foldedSet("मंच|मंचों|प्लेटफॉर्म|प्लेटफॉर्मों|प्लेटफॉर्म्स|प्लेटफार्म|प्लेटफार्मों|प्लेटफार्म्स|मध्यस्थ|मध्यस्थों|intermediaries|intermediary|platforms|कंपनियों")
	hindiMoreLess     = foldedSet("अधिक|ज्यादा|ज़्यादा|कम")
	// hindiUserCount are the nouns of a user count that may stand between
	// the users and वाले: "5 लाख से अधिक यूजर संख्या वाले" (having a user
	// number of more than 5 lakh), "यूजर बेस वाले".
	hindiUserCount = foldedSet("संख्या|बेस|आधार")
)

// hindiSizeClause reports whether the users counted from i to ue are the
// size of a class of services, written with वाले after them: with "से
// अधिक" (more than) between count and unit ("50 लाख से अधिक उपयोगकर्ताओं
// वाले"), or with a service noun after वाले ("50 लाख पंजीकृत उपयोगकर्ताओं
// वाले महत्वपूर्ण सोशल मीडिया मध्यस्थों") or before the count's bracket
// ("बड़े डिजिटल मंचों (50 लाख … वाले)"). A platform named after वाले
// ("40 करोड़ उपयोगकर्ताओं वाले व्हाट्सएप") has those users: a figure.
func (c *ctx) hindiSizeClause(i, ue int) bool {
	if ue > i && ue+1 < len(c.toks) && c.toks[ue].kind == tWord && hindiUserCount[c.toks[ue].f] {
		ue++
	}
	if ue <= i || ue >= len(c.toks) || !hindiHaving[c.toks[ue].f] {
		return false
	}
	sent := c.toks[i].sent
	if c.toks[ue].sent != sent {
		return false
	}
	for j := i + 1; j+1 < ue; j++ {
		if c.toks[j].f == "से" && hindiMoreLess[c.toks[j+1].f] {
			return true
		}
	}
	for j := ue + 1; j < len(c.toks) && j <= ue+4 && c.toks[j].sent == sent && c.toks[j].kind == tWord; j++ {
		if hindiServiceNouns[c.toks[j].f] {
			return true
		}
	}
	q := c.beforeQualifier(i)
	if q < 2 || !c.isPunct(q-1, "(") {
		return false
	}
	for j := q - 2; j >= 0 && j >= q-4 && c.toks[j].sent == sent && c.toks[j].kind == tWord; j-- {
		if hindiServiceNouns[c.toks[j].f] {
			return true
		}
	}
	return false
}

// relativeHaveSize reports whether the users counted at i, their words
// ending at ue, are the size of services named before a relative clause
// that a verb of having closes right after them (past a closing bracket):
// "Plattformen mit Gewinnerzielungsabsicht, die in Österreich über eine
// bestimmte Anzahl von registrierten Nutzern (100.000 Personen) verfügen".
// Such a size is the mark a law sets, no count. relativeSize and
// relativeSizeGap read the shorter clauses.
func (c *ctx) relativeHaveSize(i, ue, sent int) bool {
	k := ue
	if k < len(c.toks) && c.isPunct(k, ")") {
		k++
	}
	if k >= len(c.toks) || c.toks[k].sent != sent || !haveVerbs[c.toks[k].f] {
		return false
	}
	q := c.beforeQualifier(i)
	for r := q - 1; r >= 1 && r >= q-14 && c.toks[r].sent == sent; r-- {
		t := &c.toks[r]
		if t.kind == tNum && !c.isYearToken(r) || c.isPunct(r, ";") || c.isPunct(r, ":") {
			return false
		}
		if t.kind != tWord || !sizeRelatives[t.f] {
			continue
		}
		j := r - 1
		if c.isPunct(j, ",") {
			j--
		}
		for m := j; m >= 0 && m >= j-4 && c.toks[m].sent == sent; m-- {
			if serviceNouns[c.toks[m].f] {
				return true
			}
		}
		return false
	}
	return false
}
