package extract

import "strings"

// stageLabels name the numbered stages a count may be given for: "Year 1",
// "Phase 2", "Week 3", "Day 4", "Round 2", in the eight languages.
var stageLabels = foldedSet("year|phase|week|day|stage|round|wave|month|jahr|phase|woche|tag|stufe|runde|welle|monat|annee|an|semaine|jour|etape|vague|mois|tranche|ano|fase|semana|dia|etapa|ronda|ola|mes|anno|settimana|giorno|tappa|ondata|mese|год|фаза|этап|неделя|неделе|день|волна|месяц|عام|سنة|مرحلة|أسبوع|اسبوع|يوم|جولة|موجة|شهر|वर्ष|साल|चरण|सप्ताह|हफ्ते|दिन|महीने")

// stageLabel reports a word that names a numbered stage, with the Arabic
// article or a glued conjunction and article taken off ("المرحلة").
func stageLabel(t *token) bool {
	if t.kind != tWord {
		return false
	}
	if stageLabels[t.f] {
		return true
	}
	if t.sc == scArabic {
		f := strings.TrimPrefix(t.f, "و")
		f = strings.TrimPrefix(f, "ال")
		return stageLabels[f] || stageLabels[strings.TrimSuffix(f, "ة")+"ة"]
	}
	return false
}

// stageOf finds the figure whose unit a bare count leaves out when both
// are given for a numbered stage written the same way after each: "114
// channels in Year 1 and 300 in Year 2", "114 chaînes en phase 1 et 300
// en phase 2", "114 قناة في المرحلة 1 و300 في المرحلة 2". The stage's own
// number stays a reference. It returns the index in c.figs.
func (c *ctx) stageOf(i, end, sent int, year bool) (int, bool) {
	p := len(c.figs) - 1
	if year || p < 0 || c.figs[p].sent != sent || c.figs[p].ell || c.figs[p].t1 > i {
		return -1, false
	}
	f := c.figs[p]
	// the stage after the figure: words (a preposition, an article, the
	// label), then its number
	n := 0
	for q := f.t1; q < i && n < 4 && c.toks[q].kind == tWord; q++ {
		n++
	}
	if n < 2 || f.t1+n >= i || c.toks[f.t1+n].kind != tNum || !c.toks[f.t1+n].plain || c.toks[f.t1+n].ndig > 2 || !stageLabel(&c.toks[f.t1+n-1]) {
		return -1, false
	}
	// only a conjunction or a comma between the stage and the count
	if gap := i - (f.t1 + n + 1); gap < 1 || gap > 2 {
		return -1, false
	}
	for q := f.t1 + n + 1; q < i; q++ {
		if t := &c.toks[q]; !(t.kind == tWord && (ellipsisConj[t.f] || t.f == "و")) && !c.isPunct(q, ",") && !c.isPunct(q, "،") {
			return -1, false
		}
	}
	// the same words and another number after the count
	if end+n >= len(c.toks) || c.toks[end+n].sent != sent {
		return -1, false
	}
	for q := 0; q < n; q++ {
		if c.toks[end+q].kind != tWord || c.toks[end+q].f != c.toks[f.t1+q].f {
			return -1, false
		}
	}
	if t := &c.toks[end+n]; t.kind != tNum || !t.plain || t.ndig > 2 || t.val == c.toks[f.t1+n].val {
		return -1, false
	}
	return p, true
}

// stageNumber reports the number of a numbered stage at token i: one or
// two digits right after a stage's label ("Year 1", "im Jahr 2", "في
// المرحلة 1").
func (c *ctx) stageNumber(i int) bool {
	t := &c.toks[i]
	return i > 0 && t.kind == tNum && t.plain && t.ndig <= 2 && t.sp && c.toks[i-1].sent == t.sent && stageLabel(&c.toks[i-1])
}
