package extract

import (
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// TestCrossConflictsRestated: two reports of one story that both give
// its figures (Roskomnadzor's 400,000 channels blocked and 154,000 left,
// in Lenta.ru's and Mail.ru's copies of 17 February 2026; Telegram's
// 2,114 groups of one day and 10,312 of the month) do not contradict each
// other figure by figure; a report that gives one figure the other does
// not is still compared with it, and two reports of one figure each still
// conflict.
func TestCrossConflictsRestated(t *testing.T) {
	day := time.Date(2026, 2, 17, 0, 0, 0, 0, time.UTC)
	fig := func(v float64, unit string) app.Claim {
		return app.Claim{Kind: app.ClaimFigure, Value: v, Unit: unit, Platform: "Telegram", EventDate: day}
	}
	tests := []struct {
		name string
		a, b []app.Claim
		want [2]int // conflicts on the figures of a and of b
	}{
		{"two reports of the same figures (ru)",
			[]app.Claim{fig(400000, "channels"), fig(154000, "channels"), fig(18000, "channels")},
			[]app.Claim{fig(154000, "channels"), fig(400000, "channels"), fig(18000, "channels"), fig(187000, "groups_and_channels")},
			[2]int{0, 0}},
		{"a day's count and the month's, both reports (ta, en)",
			[]app.Claim{fig(2114, "groups_and_channels"), fig(10312, "groups_and_channels")},
			[]app.Claim{fig(10312, "groups_and_channels"), fig(2114, "groups_and_channels")},
			[2]int{0, 0}},
		{"one report gives a figure the other's two do not",
			[]app.Claim{fig(400000, "channels"), fig(154000, "channels")},
			[]app.Claim{fig(300000, "channels")},
			[2]int{2, 2}},
		{"one figure each, different",
			[]app.Claim{fig(78, "channels")},
			[]app.Claim{fig(79, "channels")},
			[2]int{1, 1}},
		{"one report restates one figure and gives another",
			[]app.Claim{fig(400000, "channels")},
			[]app.Claim{fig(400000, "channels"), fig(154000, "channels")},
			[2]int{0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			by := map[int64][]app.Claim{1: append([]app.Claim(nil), tt.a...), 2: append([]app.Claim(nil), tt.b...)}
			CrossConflicts(by, nil)
			var got [2]int
			for i, id := range []int64{1, 2} {
				for _, c := range by[id] {
					got[i] += len(c.Conflicts)
				}
			}
			if got != tt.want {
				t.Errorf("conflicts %v, want %v", got, tt.want)
			}
		})
	}
}
