package extract

import (
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// FlagConflicts marks conflicting claims on freshly loaded notices: within
// each notice, and across notices about the same event.
func FlagConflicts(notices []app.Notice) {
	byNotice := make(map[int64][]app.Claim, len(notices))
	dims := map[int64]string{}
	for i := range notices {
		Conflicts(notices[i].Claims)
		byNotice[notices[i].ID] = notices[i].Claims
		dims[notices[i].ID] = Dimension(notices[i].Kind, notices[i].Title)
	}
	CrossConflicts(byNotice, dims)
}

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
