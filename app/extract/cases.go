package extract

// casesClose reports whether a word for cases after the count at i..end
// restates the unit of a count word's subject ("die Anzahl der
// berechtigten Beschwerden … bewegt sich mit 10.922 Fällen", "the number
// of complaints … stood at 10,922 cases"): the word ends the count's
// clause as "pieces" does. "In 20 Fällen" and "511 मामलों में" count the
// times something happened, not the unit, and keep no figure.
func (c *ctx) casesClose(i, end int) bool {
	n := len(c.toks)
	sent := c.toks[i].sent
	if end > i+1 && end-1 < n && caseWords[c.toks[end-1].f] {
		end-- // the amount may end past the word ("10.922 Fällen")
	}
	if end >= n || c.toks[end].sent != sent || !caseWords[c.toks[end].f] {
		return false
	}
	if k := c.beforeQualifier(i); k > 0 && c.toks[k-1].sent == sent && casesInPreps[c.toks[k-1].f] {
		return false
	}
	if e := end + 1; e < n && c.toks[e].sent == sent && (c.toks[e].f == "में" || c.toks[e].f == "of" || c.toks[e].f == "de" || c.toks[e].f == "di" || c.toks[e].f == "von") {
		return false // "511 मामलों में", "300 cases of fraud", "casos de acoso"
	}
	return c.clauseEndAt(end+1, sent) || c.toks[end+1].kind == tWord
}

// caseWords are the folded words for cases after a count.
var caseWords = map[string]bool{
	"falle": true, "fallen": true, "cases": true, "cas": true, "casos": true, "casi": true, "случаев": true, "случая": true, "случаи": true, "случаями": true,
	"حالة": true, "حالات": true, "मामले": true, "मामलों": true,
}

// casesInPreps before a count of cases make them occasions: "in 20 Fällen",
// "dans 20 cas", "в 20 случаях"; before countries they make them the place
// of what is told ("In 47 Ländern … festgenommen").
var casesInPreps = map[string]bool{"in": true, "en": true, "dans": true, "nei": true, "в": true, "في": true}
