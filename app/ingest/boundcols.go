package ingest

import (
	"regexp"

	"github.com/takedowndesk/takedowndesk/app"
)

// lowBound and highBound name a column that holds one end of a range a
// table splits in two ("Number of requests (range MIN)" and "(range
// MAX)", as Google's national security tables give "500 to 999"): its
// cell is a bound, not a count; 999 requests were not made, up to 999
// were.
var (
	lowBound  = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:range\s+)?(?:min|minimum|lower(?:\s+bound)?|borne\s+inférieure|الحد\s+الأدنى)(?:[^\pL]|$)`)
	highBound = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:range\s+)?(?:max|maximum|upper(?:\s+bound)?|borne\s+supérieure|الحد\s+الأقصى)(?:[^\pL]|$)`)
)

// boundOf is the qualifier a column's header gives its figures: at least
// its value for a range's low end, up to it for the high end, none for a
// count.
func boundOf(header string) app.Qualifier {
	switch {
	case lowBound.MatchString(header):
		return app.QualAtLeast
	case highBound.MatchString(header):
		return app.QualUpTo
	}
	return app.QualNone
}
