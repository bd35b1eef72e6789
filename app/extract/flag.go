package extract

import "github.com/takedowndesk/takedowndesk/app"

// FlagConflicts marks conflicting claims on freshly loaded notices: within
// each notice, and across notices about the same event.
func FlagConflicts(notices []app.Notice) {
	byNotice := make(map[int64][]app.Claim, len(notices))
	for i := range notices {
		Conflicts(notices[i].Claims)
		byNotice[notices[i].ID] = notices[i].Claims
	}
	CrossConflicts(byNotice)
}
