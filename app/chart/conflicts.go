package chart

import (
	"cmp"
	"slices"
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/extract"
)

// conflicting is the one place the chart decides that a figure conflicts
// with another: today, that the extractor's checks left a reason on it.
func conflicting(f Figure) bool { return len(f.Conflicts) > 0 }

// MarkConflicts runs the extractor's conflict checks over figures in place:
// within each notice (the same value in two takedown units) and across
// notices about the same platform and month. It works one notice, then one
// platform-month, at a time so a million figures never become a million
// full claims at once. figs must hold every figure of each notice it holds,
// whatever the chart's unit filter.
func MarkConflicts(figs []Figure) {
	if len(figs) < 2 {
		return
	}
	idx := make([]int, len(figs))
	for i := range idx {
		idx[i] = i
	}
	var buf []app.Claim
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(figs[a].NoticeID, figs[b].NoticeID) })
	for i := 0; i < len(idx); {
		j := i + 1
		for j < len(idx) && figs[idx[j]].NoticeID == figs[idx[i]].NoticeID {
			j++
		}
		if j-i > 1 {
			buf = buf[:0]
			for _, k := range idx[i:j] {
				buf = append(buf, claimOf(figs[k]))
			}
			extract.Conflicts(buf)
			for n, k := range idx[i:j] {
				figs[k].Conflicts = buf[n].Conflicts
			}
		}
		i = j
	}

	// across notices: only figures of one platform and month can be about
	// the same event (extract.CrossConflicts buckets the same way)
	month := make([]string, len(figs))
	for i, f := range figs {
		m := f.Period
		if len(m) != 7 && !f.EventDate.IsZero() {
			m = f.EventDate.UTC().Format("2006-01")
		}
		if len(m) == 7 && f.Platform != "" {
			month[i] = strings.ToLower(f.Platform) + "|" + m
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(month[a], month[b]) })
	for i := 0; i < len(idx); {
		j := i + 1
		for j < len(idx) && month[idx[j]] == month[idx[i]] {
			j++
		}
		if month[idx[i]] != "" && manyNotices(figs, idx[i:j]) {
			byNotice := map[int64][]app.Claim{}
			pos := make([]int, j-i)
			for n, k := range idx[i:j] {
				id := figs[k].NoticeID
				pos[n] = len(byNotice[id])
				byNotice[id] = append(byNotice[id], claimOf(figs[k]))
			}
			extract.CrossConflicts(byNotice)
			for n, k := range idx[i:j] {
				figs[k].Conflicts = byNotice[figs[k].NoticeID][pos[n]].Conflicts
			}
		}
		i = j
	}
}

func manyNotices(figs []Figure, idx []int) bool {
	for _, k := range idx[1:] {
		if figs[k].NoticeID != figs[idx[0]].NoticeID {
			return true
		}
	}
	return false
}

// claimOf is the claim the extractor's checks read from a figure.
func claimOf(f Figure) app.Claim {
	return app.Claim{
		ID: f.ClaimID, NoticeID: f.NoticeID, Kind: app.ClaimFigure,
		Value: f.Value, Unit: f.Unit, Qualifier: app.Qualifier(f.Qualifier), Rate: app.Rate(f.Rate),
		Quote: f.Quote, Platform: f.Platform, EventDate: f.EventDate, Period: f.Period,
		Conflicts: f.Conflicts,
	}
}
