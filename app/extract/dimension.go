package extract

import (
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// Dimension is what a notice's figures are about beyond platform, unit and
// day: a table row's name (its title, which names the country, policy or
// period of the row), so that rows about different things never conflict.
// Other notices have none.
func Dimension(kind app.Kind, title string) string {
	if kind != app.KindCSVRow {
		return ""
	}
	return strings.ToLower(strings.Join(strings.Fields(title), " "))
}
