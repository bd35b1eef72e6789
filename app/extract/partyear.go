package extract

// contextPartYear finds the year of a quarter or half written without
// one, at tokens i..e: after the months it spans ("الربع الأول (يناير –
// مارس) 2025"), or the year the text set just before it, in its sentence
// or the three before ("على مدار عام 2025م، حيث شهد الربع الأول …. وفي
// الربع الثاني …", "In 2025, the first quarter …"). A date of the
// sentence still wins (periodMentions reads it); a part with no year near
// keeps none. It returns the year (0 if none) and the token after the
// part.
func (c *ctx) contextPartYear(i, e, e2 int) (int, int) {
	if r := c.skipMonthRange(e); r > e {
		if y, e3, _ := c.partYear(r); y != 0 {
			return y, e3
		}
	}
	sent := c.toks[i].sent
	for _, d := range c.dates {
		if d.sent == sent && !d.date.IsZero() {
			return 0, e2 // the sentence's own date gives the year
		}
	}
	for k := i - 1; k >= 0 && c.toks[k].sent >= sent-3; k-- {
		if y, ok := c.year(k); ok && !c.inFigure(k) {
			return y, e2
		}
	}
	return 0, e2
}

// inFigure reports whether token k is part of a figure read.
func (c *ctx) inFigure(k int) bool {
	for _, f := range c.figs {
		if k >= f.t0 && k < f.t1 {
			return true
		}
	}
	return false
}
