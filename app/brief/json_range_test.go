package brief

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
)

// TestClaimJSONRangeAndCategory checks that a range's high end and a part's
// category reach the JSON shape, and that a single value writes neither.
func TestClaimJSONRangeAndCategory(t *testing.T) {
	cases := []struct {
		name  string
		claim app.Claim
		want  []string
		not   []string
	}{
		{"range", app.Claim{Kind: app.ClaimFigure, Value: 3e6, High: 4e6, Unit: "accounts"},
			[]string{`"value":3000000`, `"high":4000000`}, []string{`"category"`}},
		{"part", app.Claim{Kind: app.ClaimFigure, Value: 58310, Unit: "accounts", Category: "مرتبطة بالعنف"},
			[]string{`"value":58310`, `"category":"مرتبطة بالعنف"`}, []string{`"high"`}},
		{"single", app.Claim{Kind: app.ClaimFigure, Value: 78, Unit: "channels"},
			[]string{`"value":78`}, []string{`"high"`, `"category"`}},
	}
	for _, tc := range cases {
		b, err := json.Marshal(FromClaim(tc.claim))
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		for _, w := range tc.want {
			if !strings.Contains(s, w) {
				t.Errorf("%s: %s lacks %s", tc.name, s, w)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(s, w) {
				t.Errorf("%s: %s has %s", tc.name, s, w)
			}
		}
	}
}
