package extract

// Dates and spans of time around a count: "on a typical day", "the past
// eight months", weekdays, months and the Russian year abbreviation.

// typicalDays are the ways of saying "on an ordinary day": a count done
// in such a day is an average a day.
var typicalDays = func() [][]string {
	var out [][]string
	for _, f := range []string{"in a typical day", "on a typical day", "on an average day", "on a normal day", "in a normal day", "on an ordinary day",
		"un jour normal", "en une journee type", "lors d une journee type", "en un dia normal", "en un dia tipico", "en un dia cualquiera",
		"an einem normalen tag", "an einem durchschnittlichen tag", "an einem gewohnlichen tag", "in una giornata tipo", "in un giorno normale", "in una giornata normale"} {
		out = append(out, phraseToks(f))
	}
	return out
}()

// typicalDayAround reports whether "in a typical day" or its forms
// stand in the clause of the figure at tokens i..ue: after it before
// another number or a comma, or before it with no number between nor
// before it in its own clause.
func (c *ctx) typicalDayAround(i, ue, sent int) bool {
	n := len(c.toks)
	at := func(k int) int {
		for _, f := range typicalDays {
			m := 0
			for m < len(f) && k+m < n && c.toks[k+m].f == f[m] && c.toks[k+m].sent == sent {
				m++
			}
			if m == len(f) {
				return k + m
			}
		}
		return -1
	}
	for k := ue; k < n && k < ue+8 && c.toks[k].sent == sent; k++ {
		if c.toks[k].kind == tNum || c.isPunct(k, ",") || c.isPunct(k, ";") {
			break
		}
		if at(k) > 0 {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-8 && c.toks[k].sent == sent; k-- {
		if c.toks[k].kind == tNum {
			break
		}
		if e := at(k); e > 0 && e <= i {
			return !c.numberBeforeInClause(k, sent)
		}
	}
	return false
}

// numberBeforeInClause reports whether a number stands before k in its
// clause: "While 200-300 accounts are taken down in a typical day, 2,076
// …" says the typical day of the first count, not of the second.
func (c *ctx) numberBeforeInClause(k, sent int) bool {
	for j := k - 1; j >= 0 && c.toks[j].sent == sent; j-- {
		if c.isPunct(j, ",") || c.isPunct(j, ";") || c.isPunct(j, ":") {
			return false
		}
		if c.toks[j].kind == tNum {
			return true
		}
	}
	return false
}
