package ingest_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// TestRangeBoundColumns: a table may split a range in two columns, its
// low end and its high end (Google's national security letters: "Number
// of requests (range MIN)" 500, "(range MAX)" 999). Each cell is a bound,
// at least or up to its value, never a count of its own; a column whose
// name holds such a word in another sense, or none, counts.
func TestRangeBoundColumns(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // "value unit qualifier (column)"
	}{
		{"English, Google's columns",
			"Reporting period ending date,Number of requests (range MIN),Number of requests (range MAX),Number of accounts (range MIN),Number of accounts (range MAX)\n" +
				"2023-12-31,500,999,2000,2499\n",
			[]string{"2000 accounts at_least (Number of accounts (range MIN))", "2499 accounts up_to (Number of accounts (range MAX))",
				"500 requests at_least (Number of requests (range MIN))", "999 requests up_to (Number of requests (range MAX))"}},
		{"French and Arabic bounds",
			"période,demandes (minimum),demandes (maximum),الطلبات (الحد الأدنى),الطلبات (الحد الأقصى)\n2023-H1,10,49,11,50\n",
			[]string{"10 requests at_least (demandes (minimum))", "11 requests at_least (الطلبات (الحد الأدنى))",
				"49 requests up_to (demandes (maximum))", "50 requests up_to (الطلبات (الحد الأقصى))"}},
		{"a range in one cell stays one range",
			"Country,Requests\nUnited States,\"0 - 499\"\n",
			[]string{"0 requests  (Requests)"}},
		{"counts that only look like bounds",
			"Country,Accounts removed,Minors' accounts removed\nGermany,120,30\n",
			[]string{"120 accounts  (Accounts removed)", "30 accounts  (Minors' accounts removed)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openDB(t)
			importOK(t, db, writeFile(t, "table.csv", tt.body), ingest.Options{})
			var got []string
			for _, n := range allNotices(t, db) {
				for _, c := range n.Claims {
					if c.Kind == app.ClaimFigure {
						got = append(got, fmt.Sprintf("%v %s %s (%s)", c.Value, c.Unit, c.Qualifier, c.UnitText))
					}
				}
			}
			sort.Strings(got)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("figures:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
