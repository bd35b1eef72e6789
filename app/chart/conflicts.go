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
	byNoticeID := func(a, b int) int { return cmp.Compare(figs[a].NoticeID, figs[b].NoticeID) }
	if !slices.IsSortedFunc(idx, byNoticeID) { // the store's order already is
		slices.SortStableFunc(idx, byNoticeID)
	}
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
				figs[k].Conflicts = addReasons(figs[k].Conflicts, buf[n].Conflicts)
			}
		}
		i = j
	}

	// across notices: only figures of one platform and month can be about
	// the same event (extract.CrossConflicts buckets the same way)
	type monthKey struct {
		platform string // lower case
		month    int64  // year*12 + month-1
	}
	months := map[monthKey][]int{}
	var order []monthKey
	lower := map[string]string{}
	for i := range figs {
		f := &figs[i]
		if f.Platform == "" {
			continue
		}
		var m int64
		switch {
		case len(f.Period) == 7:
			d, ok := dayOf(&Figure{Period: f.Period})
			if !ok {
				continue
			}
			y, mo := civil(d)
			m = y*12 + mo - 1
		case !f.EventDate.IsZero():
			y, mo := civil(daysOf(f.EventDate))
			m = y*12 + mo - 1
		default:
			continue
		}
		lp, ok := lower[f.Platform]
		if !ok {
			lp = strings.ToLower(f.Platform)
			lower[f.Platform] = lp
		}
		k := monthKey{lp, m}
		if _, ok := months[k]; !ok {
			order = append(order, k)
		}
		months[k] = append(months[k], i)
	}
	for _, k := range order {
		group := months[k]
		if !manyNotices(figs, group) {
			continue
		}
		byNotice := map[int64][]app.Claim{}
		pos := make([]int, len(group))
		for n, i := range group {
			id := figs[i].NoticeID
			pos[n] = len(byNotice[id])
			byNotice[id] = append(byNotice[id], claimOf(figs[i]))
		}
		extract.CrossConflicts(byNotice, nil)
		for n, i := range group {
			figs[i].Conflicts = addReasons(figs[i].Conflicts, byNotice[figs[i].NoticeID][pos[n]].Conflicts)
		}
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
	}
}

// addReasons adds the reasons of conflicts not already given, so marking
// twice gives the same figures.
func addReasons(have []string, ks []app.Conflict) []string {
	for _, k := range ks {
		r := k.Reason()
		if !slices.Contains(have, r) {
			have = append(have, r)
		}
	}
	return have
}
