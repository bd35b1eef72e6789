package extract

import "github.com/takedowndesk/takedowndesk/app"

// kickerRepeats finds the figures of a headline written at the head of a
// paragraph and ended by a colon that the sentence after the colon gives
// again, same value and unit: "8000 X Accounts Blocked: … एक्स ने 8,000
// अकाउंट्स को ब्लॉक कर दिया है", "Telegram Bans 5,000 Channels: The app
// said it banned 5,000 channels". They are one claim, the sentence's;
// it returns the claim indices of the headline's figures.
func (c *ctx) kickerRepeats() map[int]bool {
	var drop map[int]bool
	for _, f := range c.figs {
		// the paragraph's head, a few words up to a colon
		h := f.t0
		for h > 0 && !c.toks[h].nl && f.t0-h < 6 {
			h--
		}
		if h > 0 && !c.toks[h].nl {
			continue
		}
		colon := -1
		for k := h; k < len(c.toks) && k < h+9; k++ {
			if c.toks[k].nl && k > h {
				break
			}
			if c.isPunct(k, ":") {
				colon = k
				break
			}
		}
		if colon < f.t1 || colon+1 >= len(c.toks) {
			continue
		}
		a := &c.claims[f.claim]
		for _, g := range c.figs {
			if g.t0 <= colon || g.sent != c.toks[colon+1].sent || c.nlBetween(colon+1, g.t0+1) {
				continue
			}
			if b := &c.claims[g.claim]; b.Kind == app.ClaimFigure && a.Kind == app.ClaimFigure && b.Value == a.Value && b.High == a.High && b.Unit == a.Unit {
				if drop == nil {
					drop = map[int]bool{}
				}
				drop[f.claim] = true
				break
			}
		}
	}
	return drop
}

// nlBetween reports a line break before any token from a to b.
func (c *ctx) nlBetween(a, b int) bool {
	for k := a; k < b && k < len(c.toks); k++ {
		if c.toks[k].nl {
			return true
		}
	}
	return false
}
