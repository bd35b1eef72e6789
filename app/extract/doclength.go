package extract

import "strings"

// documentNouns name a document whose length may be given in pages: "a
// 15-page report", "un rapport de transparence de 15 pages", "un informe
// de 30 páginas".
var documentNouns = foldedSet("report|reports|document|documents|filing|study|paper|letter|ruling|judgment|judgement|order|rapport|document|etude|lettre|arret|decision|avis|informe|documento|estudio|carta|sentencia|resolucion|rapporto|studio|lettera|sentenza|bericht|dokument|studie|brief|urteil|beschluss|доклад|отчет|отчёт|документ|исследование|письмо|решение|تقرير|وثيقة|دراسة|رسالة|حكم|रिपोर्ट|दस्तावेज")

// documentLength reports a count of pages at tokens i..ue that measures a
// document rather than counting pages taken down: the count glued to its
// unit by a hyphen before a document's noun ("a 15-page transparency
// report"), or after "of"/"de" following one ("a report of 40 pages", "un
// rapport de transparence de 15 pages").
func (c *ctx) documentLength(i, ue int) bool {
	n := len(c.toks)
	sent := c.toks[i].sent
	doc := func(k int) bool {
		if k < 0 || k >= n || c.toks[k].kind != tWord || c.toks[k].sent != sent {
			return false
		}
		f := c.toks[k].f
		if c.toks[k].sc == scArabic {
			f = strings.TrimPrefix(strings.TrimPrefix(f, "و"), "ال")
		}
		return documentNouns[f]
	}
	// "15-page report", "15-page transparency report"
	if i+1 < n && c.isPunct(i+1, "-") && !c.toks[i+1].sp {
		for k := ue; k < ue+3 && k < n; k++ {
			if doc(k) {
				return true
			}
			if c.toks[k].kind != tWord {
				break
			}
		}
	}
	// "… de 40 pages supprimées": pages taken down, whatever the words before
	for k := ue; k < ue+2 && k < n && c.toks[k].sent == sent; k++ {
		if c.toks[k].kind == tWord && takedownVerb(c.toks[k].f) {
			return false
		}
	}
	// "mehr als 50 Seiten lang", "50 pages long", "ein 120 Seiten starker
	// Bericht": an adjective of length after the pages measures what they
	// make up
	if ue < n && c.toks[ue].sent == sent && c.toks[ue].kind == tWord && pageLengthWords[c.toks[ue].f] {
		return true
	}
	// "auf 113 Seiten analysiert", "auf 40 Seiten beschrieben": the
	// extent of a text that says something
	if i > 0 && c.toks[i-1].f == "auf" && ue < n && c.toks[ue].sent == sent && writtenOnPages[c.toks[ue].f] {
		return true
	}
	// "report of 40 pages", "rapport de transparence de 15 pages", also
	// with a qualifier before the count: "a report of more than 100 pages",
	// "le rapport de plus d'une centaine de pages"
	q := i
	if q > 0 && c.isPunct(q-1, "'") {
		q--
	}
	if b := c.beforeQualifier(q); b < q {
		i = b
	}
	if i > 0 && c.toks[i-1].kind == tWord && (documentOf[c.toks[i-1].f] || documentSpans[c.toks[i-1].f]) {
		for k := i - 2; k >= 0 && k >= i-4; k-- {
			if doc(k) {
				return true
			}
			if c.toks[k].kind != tWord || documentStops[c.toks[k].f] {
				break
			}
		}
	}
	return false
}

// pageLengthWords say how long a count of pages is, folded: "lang",
// "long", "stark", "umfassend".
var pageLengthWords = foldedSet("lang|lange|langer|langen|long|stark|starke|starker|starken|starkes|umfassend|umfassende|umfassender|umfassenden|umfassendes|dick|dicke|dicker|dicken")

// documentOf joins a document to its length: "of", "de", "di", "von",
// "из", "من".
var documentOf = foldedSet("of|de|di|von|из|в|من|का|की")

// documentSpans are verbs of a document's extent: "der Bericht umfasst
// 120 Seiten", "the ruling spans 80 pages".
var documentSpans = foldedSet("umfasst|umfasste|umfassen|umfassten|spans|spanned|comprises|comprised|comporte|abarca|consta")

// documentStops are verbs of a report telling what it counts: "le rapport
// fait état de 40 pages", "the report lists 40 pages".
var documentStops = foldedSet("etat|fait|mentionne|recense|cite|lists|counts|names|mentions|cites|shows|cuenta|menciona|enumera|registra|nennt|listet|zahlt|elenca|cita|conta")

// writtenOnPages are the German participles of writing or analysing
// something on a number of pages, folded: "auf 113 Seiten analysiert".
var writtenOnPages = foldedSet("analysiert|beschrieben|dokumentiert|dargelegt|dargestellt|zusammengefasst|erlautert|erklart|geschildert|untersucht|ausgewertet|aufgearbeitet|festgehalten|skizziert")
