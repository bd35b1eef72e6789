package extract

import "github.com/takedowndesk/takedowndesk/app"

// restated reports two figures of running text that another notice
// cannot contradict because it gives them both: two reports of one story
// (Lenta.ru's and Mail.ru's of Roskomnadzor's 17 February statement) each
// give the 400,000 channels blocked and the 154,000 left unblocked, and
// the 400,000 of one is not contradicted by the 154,000 of the other,
// since that one says 400,000 too. A figure of a notice conflicts with
// another notice's figure only when neither notice gives the other's.
func restated(a app.Claim, aNotice []app.Claim, b app.Claim, bNotice []app.Claim) bool {
	return givesFigure(bNotice, a) || givesFigure(aNotice, b)
}

// givesFigure reports whether a notice's claims hold a figure agreeing
// with x: the same thing counted (a comparable unit, the same group and
// part) and a value consistent with it.
func givesFigure(claims []app.Claim, x app.Claim) bool {
	for _, c := range claims {
		if c.Kind == app.ClaimFigure && c.Rate == x.Rate && comparableUnits(c.Unit, x.Unit) && sameSubject(c, x) && consistent(c, x) {
			return true
		}
	}
	return false
}
