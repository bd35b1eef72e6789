package ingest

import (
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// vagueFigure reports a figure that counts nothing: "more than one" or
// "at least one" of a thing says there may be several ("takedown notices
// can target more than one item", as Mozilla's transparency report
// warns), not how many were removed. A bound of one is never a figure a
// reporter checks; "more than one million", "more than 10" and a share
// ("more than 0.5% of videos", "at least 1%") are.
func vagueFigure(c app.Claim) bool {
	return c.Kind == app.ClaimFigure && c.High == 0 && c.Value == 1 &&
		(c.Qualifier == app.QualMoreThan || c.Qualifier == app.QualAtLeast) &&
		c.Unit != "percent" && !strings.HasPrefix(c.Unit, "per_")
}
