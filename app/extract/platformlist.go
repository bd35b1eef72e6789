package extract

import "github.com/takedowndesk/takedowndesk/app"

// platformListCounts gives the counts of a list broken down by platform the
// unit its last items share: "12 फेसबुक के, 17 एक्स के, 16 इंस्टाग्राम और 12
// यूट्यूब के अकाउंट", "12 Facebook, 17 X, 16 Instagram and 12 YouTube
// accounts". The counts before the last "and" are each followed by a
// platform's name (and the Hindi genitive के) and a comma; reading them
// walks back from the first count that found the unit, which must itself
// be followed by a platform's name, so that only a list of the same shape
// takes the unit.
func (c *ctx) platformListCounts() {
	var covered []bool
	nf := len(c.figs)
	for x := 0; x < nf; x++ {
		f := c.figs[x]
		cl := c.claims[f.claim]
		k := f.t0
		if f.ell || !takedownUnit(cl.Unit) || c.toks[k].kind != tNum || k+1 >= len(c.toks) {
			continue
		}
		if _, e := c.find(k+1, catPlatform, 2); e <= 0 {
			continue
		}
		sent := f.sent
		for k > 3 {
			j := k - 1
			if c.toks[j].sent != sent || !(c.isPunct(j, ",") || c.has(j, catJoin)) {
				break
			}
			m := j - 1
			if hiGenitives[c.toks[m].f] && c.toks[m].f != "ने" && c.toks[m].f != "को" {
				m--
			}
			p := c.platformNameEndingAt(m, sent)
			if p < 1 {
				break
			}
			q := p - 1
			t := &c.toks[q]
			if t.kind != tNum || !t.numOK || !t.plain || c.isYearToken(q) || t.sent != sent || q > 0 && c.toks[q-1].kind == tNum {
				break
			}
			if covered == nil {
				covered = c.coveredToks()
			}
			if covered[q] {
				break
			}
			covered[q] = true
			c.figs = append(c.figs, figInfo{claim: len(c.claims), t0: q, t1: m + 1, sent: sent})
			c.claims = append(c.claims, app.Claim{
				Kind: app.ClaimFigure, Value: t.val, Unit: cl.Unit, UnitText: cl.UnitText,
				Start: t.s, End: c.toks[m].e, Verification: app.Unreviewed, Origin: app.OriginAuto,
			})
			k = q
		}
	}
}

// platformNameEndingAt returns the first token of a platform's name that
// ends at token m, or -1.
func (c *ctx) platformNameEndingAt(m, sent int) int {
	for p := m; p >= 0 && p >= m-2 && c.toks[p].sent == sent; p-- {
		if _, e := c.find(p, catPlatform, 2); e == m+1 {
			return p
		}
	}
	return -1
}
