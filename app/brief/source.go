package brief

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/extract"
)

// Notices is what an export reads: notices whole, one at a time, so a desk
// of 100,000 notices is written without being held in memory. The store
// implements it.
type Notices interface {
	// EachNotice calls fn with each notice whole (body, claims with tags,
	// tags, sources, notes): those the filter keeps when ids is nil,
	// otherwise exactly the notices named, in that order.
	EachNotice(ctx context.Context, f app.Filter, ids []int64, fn func(app.Notice) error) error
	// EachFigure calls fn with every figure claim that can conflict with a
	// figure of another notice (one with a platform, a unit and a month:
	// its period, else the month of its event date), grouped by platform
	// (case aside) and month, so conflicts are found a group at a time.
	EachFigure(ctx context.Context, fn func(app.Claim) error) error
}

// Counter is implemented by sources that can say in advance how many
// notices a filter keeps, so progress is shown as a fraction.
type Counter interface {
	CountNotices(ctx context.Context, f app.Filter) (int, error)
}

// Scope says which notices an export holds: the notices a filter keeps
// (the zero Scope is the whole desk), or a selection of notice ids.
type Scope struct {
	Filter app.Filter
	IDs    []int64 // a selection, in this order; nil for the filter
}

// Slice is a Notices over notices already in memory (tests, and listings
// that loaded their notices anyway).
type Slice []app.Notice

// EachNotice implements Notices.
func (s Slice) EachNotice(ctx context.Context, f app.Filter, ids []int64, fn func(app.Notice) error) error {
	visit := func(n app.Notice) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return fn(cloneNotice(n))
	}
	if ids != nil {
		for _, id := range ids {
			for _, n := range s {
				if n.ID == id {
					if err := visit(n); err != nil {
						return err
					}
					break
				}
			}
		}
		return nil
	}
	k := 0
	for _, n := range s {
		if f.Status != "" && n.Status != f.Status {
			continue
		}
		if f.Limit > 0 && k == f.Limit {
			break
		}
		k++
		if err := visit(n); err != nil {
			return err
		}
	}
	return nil
}

// EachFigure implements Notices.
func (s Slice) EachFigure(ctx context.Context, fn func(app.Claim) error) error {
	var figures []app.Claim
	for _, n := range s {
		for _, c := range n.Claims {
			if c.Kind != app.ClaimFigure || c.Platform == "" || c.Unit == "" || c.Orphaned || (len(c.Period) != 7 && c.EventDate.IsZero()) {
				continue
			}
			c.NoticeID = n.ID
			figures = append(figures, c)
		}
	}
	slices.SortStableFunc(figures, func(a, b app.Claim) int { return strings.Compare(figureGroup(a), figureGroup(b)) })
	for _, c := range figures {
		if err := fn(c); err != nil {
			return err
		}
	}
	return nil
}

// cloneNotice copies the claims so flagging conflicts on an exported copy
// never writes into the caller's notices.
func cloneNotice(n app.Notice) app.Notice {
	n.Claims = slices.Clone(n.Claims)
	for i := range n.Claims {
		n.Claims[i].Conflicts = slices.Clone(n.Claims[i].Conflicts)
	}
	return n
}

// conflicts knows, for each claim id, what figures of other notices say
// about the same event. Figures are compared a platform and month at a
// time, as they come from the desk, so only one such group is held at once.
type conflicts map[int64][]string

// figureGroup is the comparison key of a figure: only figures about the
// same platform and month can be about the same event.
func figureGroup(c app.Claim) string {
	month := c.Period
	if len(month) != 7 {
		month = c.EventDate.Format("2006-01")
	}
	return strings.ToLower(c.Platform) + "|" + month
}

func loadConflicts(ctx context.Context, src Notices) (conflicts, error) {
	out := conflicts{}
	group, key := map[int64][]app.Claim{}, ""
	flush := func() {
		extract.CrossConflicts(group)
		for _, cs := range group {
			for _, c := range cs {
				if k := len(c.Conflicts); k > maxConflicts {
					// a channel's running totals can disagree with dozens of
					// posts; a brief names a few and counts the rest
					out[c.ID] = append(c.Conflicts[:maxConflicts-1:maxConflicts-1],
						fmt.Sprintf("and %d more notices", k-maxConflicts+1))
				} else if k > 0 {
					out[c.ID] = c.Conflicts
				}
			}
		}
		group = map[int64][]app.Claim{}
	}
	err := src.EachFigure(ctx, func(c app.Claim) error {
		if c.ID == 0 {
			return nil
		}
		if k := figureGroup(c); k != key {
			flush()
			key = k
		}
		// keep only what the comparison reads
		slim := app.Claim{ID: c.ID, NoticeID: c.NoticeID, Kind: c.Kind, Value: c.Value, Unit: c.Unit,
			Qualifier: c.Qualifier, Rate: c.Rate, Platform: c.Platform, EventDate: c.EventDate, Period: c.Period}
		group[c.NoticeID] = append(group[c.NoticeID], slim)
		return nil
	})
	if err != nil {
		return nil, err
	}
	flush()
	return out, nil
}

// maxConflicts is the most conflicts with other notices a claim lists.
const maxConflicts = 5

// flag marks the conflicts of a notice's claims: among its own claims, and
// with other notices of the desk about the same event.
func (k conflicts) flag(n *app.Notice) {
	extract.Conflicts(n.Claims)
	for i := range n.Claims {
		c := &n.Claims[i]
		for _, s := range k[c.ID] {
			if c.ID != 0 && !slices.Contains(c.Conflicts, s) {
				c.Conflicts = append(c.Conflicts, s)
			}
		}
	}
}
