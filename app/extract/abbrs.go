package extract

import "unicode"

// letterAbbrAt reports whether the full stop at k ends an abbreviation of
// single letters ("i.e.", "e.g.", "z.B.", "d.h.", "т.е.") that the text
// goes on after, in lower case or with a number: it ends no sentence.
// After "etc." spelt so ("и т.д. Telegram …") a capital starts the next.
func (c *ctx) letterAbbrAt(k int) bool {
	if k < 3 || k+1 >= len(c.toks) || c.toks[k+1].nl {
		return false
	}
	a, dot, b := &c.toks[k-3], &c.toks[k-2], &c.toks[k-1]
	if a.kind != tWord || b.kind != tWord || dot.kind != tPunct || dot.f != "." || dot.sp || b.sp || c.toks[k].sp {
		return false
	}
	if a.e-a.s != 1 || b.e-b.s != 1 {
		return false
	}
	next := &c.toks[k+1]
	return next.kind == tNum || next.kind == tWord && !unicode.IsUpper(c.rs[next.s])
}

// thatIsBefore reports whether "that is" abbreviated ("i.e.", "d.h.",
// "т.е.") ends right before token p+1, its last full stop at p.
func (c *ctx) thatIsBefore(p int) bool {
	if p < 3 || !c.isPunct(p, ".") || !c.isPunct(p-2, ".") {
		return false
	}
	switch c.toks[p-3].f + c.toks[p-1].f {
	case "ie", "dh", "те":
		return true
	}
	return false
}
