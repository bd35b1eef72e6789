package extract

import (
	"math"
	"sort"
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// countUnits are the units a takedown is counted in; the same value given in
// two of them within one notice is a conflict ("78 accounts" vs "78 sites").
var countUnits = map[string]bool{
	"accounts": true, "channels": true, "groups": true, "bots": true, "sites": true, "pages": true,
	"posts": true, "videos": true, "streams": true, "content_items": true, "urls": true, "links": true, "users": true,
}

// compatibleUnits reports whether two units may name the same count: equal,
// or one a compound that contains the other (bots_and_channels, channels).
func compatibleUnits(a, b string) bool {
	if a == b {
		return true
	}
	for x := range strings.SplitSeq(a, "_and_") {
		for y := range strings.SplitSeq(b, "_and_") {
			if x == y {
				return true
			}
		}
	}
	return false
}

// sameAddresses reports whether two units both name web addresses (links,
// urls): a link is a URL, so one figure given as "links" and again as
// "URLs" ("1,000,000,000 allegedly infringing links", "a billion reported
// URLs") is no figure in two units that cannot both be right.
func sameAddresses(a, b string) bool {
	return (a == "links" || a == "urls") && (b == "links" || b == "urls")
}

// comparableUnits reports whether two figures of different notices can
// count the same thing: the same unit, or a unit and a compound holding
// it (channels, bots_and_channels). Two different compounds that share a
// part count different things: ISIS Watch's "bots and channels" and Stop
// Child Abuse's "groups and channels" of the same day are two counts.
func comparableUnits(a, b string) bool {
	if a == b {
		return true
	}
	if strings.Contains(a, "_and_") && strings.Contains(b, "_and_") {
		return false
	}
	return compatibleUnits(a, b)
}

// sameSubject reports whether two figures can be about the same thing by
// what they count beside their unit: the group they are about (ISIS, or
// none said: either may be meant) and the part of a whole they count
// ("of which 58,310 linked to violence" is not the whole it is part of).
func sameSubject(a, b app.Claim) bool {
	if a.Actor != "" && b.Actor != "" && !strings.EqualFold(a.Actor, b.Actor) {
		return false
	}
	return strings.EqualFold(strings.TrimSpace(a.Category), strings.TrimSpace(b.Category))
}

func isCountUnit(u string) bool {
	for p := range strings.SplitSeq(u, "_and_") {
		if !countUnits[p] {
			return false
		}
	}
	return true
}

// MaxConflicts bounds the conflicts kept per claim: a channel's posts of
// one day can all disagree with each other, and a reporter needs a few of
// the figures that contradict a claim, not every pair of a thousand posts.
const MaxConflicts = 3

func addConflict(c *app.Claim, k app.Conflict) {
	if len(c.Conflicts) >= MaxConflicts {
		return
	}
	for _, x := range c.Conflicts {
		if x.Kind == k.Kind && x.OtherNoticeID == k.OtherNoticeID && x.OtherClaimID == k.OtherClaimID &&
			x.OtherValue == k.OtherValue && x.OtherUnit == k.OtherUnit && x.OtherQuote == k.OtherQuote {
			return
		}
	}
	c.Conflicts = append(c.Conflicts, k)
}

// conflictWith describes b as the other side of a conflict of a.
func conflictWith(kind app.ConflictKind, a, b app.Claim) app.Conflict {
	return app.Conflict{Kind: kind, ClaimID: a.ID, NoticeID: a.NoticeID,
		OtherClaimID: b.ID, OtherNoticeID: b.NoticeID, OtherValue: b.Value, OtherUnit: b.Unit,
		OtherQualifier: b.Qualifier, OtherQuote: b.Quote, Platform: a.Platform, Period: eventOf(a, b)}
}

// eventOf is the day or period two conflicting figures share: the period
// when both give one ("2023-06", not the first of the month their dates
// were read as), else the day.
func eventOf(a, b app.Claim) string {
	switch {
	case a.Period != "" && a.Period == b.Period:
		return a.Period
	case !a.EventDate.IsZero() && a.EventDate.Equal(b.EventDate):
		return a.EventDate.Format("2006-01-02")
	case a.Period != "":
		return a.Period
	case b.Period != "":
		return b.Period
	}
	return ""
}

// Conflicts flags conflicts between the claims of one notice, in place: the
// same value given in different takedown units (78 accounts vs 78 sites).
// It fills Claim.Conflicts (kind ConflictUnit) and is idempotent.
func Conflicts(claims []app.Claim) {
	// group the countable figures by value; within a group, each distinct
	// unit is named once (with its first quote)
	type first struct {
		unit string
		idx  int
	}
	groups := map[float64][]first{}
	var members map[float64][]int
	for i := range claims {
		a := &claims[i]
		if a.Kind != app.ClaimFigure || a.Value < 2 || !isCountUnit(a.Unit) {
			continue
		}
		if members == nil {
			members = map[float64][]int{}
		}
		members[a.Value] = append(members[a.Value], i)
		g := groups[a.Value]
		seen := false
		for _, f := range g {
			if f.unit == a.Unit {
				seen = true
				break
			}
		}
		if !seen {
			groups[a.Value] = append(g, first{a.Unit, i})
		}
	}
	for v, g := range groups {
		if len(g) < 2 {
			continue
		}
		for _, i := range members[v] {
			a := &claims[i]
			for _, f := range g {
				if compatibleUnits(a.Unit, f.unit) || sameAddresses(a.Unit, f.unit) || twoColumns(*a, claims[f.idx]) {
					continue
				}
				addConflict(a, conflictWith(app.ConflictUnit, *a, claims[f.idx]))
			}
		}
	}
}

// twoColumns reports two figures of a table row read from different
// columns: each column names its own unit ("Accounts withheld", "Tweets
// withheld"), so 4 accounts beside 4 tweets are two counts that happen to
// agree, not one count given in two units.
func twoColumns(a, b app.Claim) bool {
	return a.Origin == app.OriginFormat && b.Origin == app.OriginFormat && !sameColumn(a.UnitText, b.UnitText)
}

// consistent reports whether two figures can both be true given their
// qualifiers and ranges (more than 70 and 78 agree; 11,000-12,000 and
// 11,500 agree; 78 and 79 do not).
func consistent(a, b app.Claim) bool {
	if a.Value == b.Value {
		return true
	}
	if a.High > 0 || b.High > 0 {
		// a range ("11,000 - 12,000") agrees with any figure or range it
		// overlaps
		return a.Value <= max(b.Value, b.High) && b.Value <= max(a.Value, a.High)
	}
	within := func(q app.Qualifier, bound, v float64) (bool, bool) {
		switch q {
		case app.QualMoreThan:
			return v > bound, true
		case app.QualAtLeast:
			return v >= bound, true
		case app.QualUpTo:
			return v <= bound, true
		case app.QualAbout:
			return math.Abs(v-bound) <= 0.1*bound, true
		case app.QualAverage:
			return true, true
		}
		return false, false
	}
	if ok, qualified := within(a.Qualifier, a.Value, b.Value); qualified {
		if !ok {
			return false
		}
		if ok2, q2 := within(b.Qualifier, b.Value, a.Value); q2 {
			return ok2
		}
		return true
	}
	if ok, qualified := within(b.Qualifier, b.Value, a.Value); qualified {
		return ok
	}
	return false
}

// sameEvent reports whether two claims are about the same day or period.
// Two dated figures must share their day: "Total this month" posted on the
// 5th and on the 20th are two running totals, not one figure given twice.
func sameEvent(a, b app.Claim) bool {
	if a.Period != "" && b.Period != "" && a.Period != b.Period {
		return false
	}
	switch da, db := !a.EventDate.IsZero(), !b.EventDate.IsZero(); {
	case da && db:
		return a.EventDate.Equal(b.EventDate)
	case a.Period != "" && b.Period != "":
		return true // the same period, at most one of them dated
	case a.Period != "" || b.Period != "":
		// a figure for a period and one for a day in it
		p, d := a.Period, b.EventDate
		if p == "" {
			p, d = b.Period, a.EventDate
		}
		return !d.IsZero() && d.Format("2006-01") == p
	}
	return false
}

// CrossConflicts flags claims about the same event across notices: the same
// platform and period or event date, the same (or compound-compatible) unit,
// different values (78 vs 79 channels; 2013 vs 2118 for December 2016). It
// takes the claims grouped by notice id and appends to Claim.Conflicts one
// ConflictValue naming the other claim and notice; it is idempotent.
//
// dims gives, per notice, what else a figure is about beyond its platform,
// unit and day: for a table row, the row's name (a country, a policy); two
// notices are compared only when theirs agree (a missing entry is "").
func CrossConflicts(byNotice map[int64][]app.Claim, dims map[int64]string) {
	ids := make([]int64, 0, len(byNotice))
	for id := range byNotice {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	// bucket the dated figures by platform and month, so only claims that can
	// be about the same event are compared
	type ref struct {
		id int64
		k  int
	}
	buckets := map[string][]ref{}
	var keys []string
	for _, id := range ids {
		cs := byNotice[id]
		for k := range cs {
			c := &cs[k]
			if c.Kind != app.ClaimFigure || c.Platform == "" || (c.Unit == "" && !columnFigure(*c, dims[id])) {
				continue
			}
			month := c.Period
			if len(month) != 7 {
				if c.EventDate.IsZero() {
					continue
				}
				month = c.EventDate.Format("2006-01")
			}
			key := strings.ToLower(c.Platform) + "|" + month
			if dim := dims[id]; dim != "" {
				// rows of a table are compared only with the same row and
				// column elsewhere: a bucket of their own, so a table's
				// thousands of cells of one period are not all paired
				key += "|" + dim + "|" + strings.ToLower(strings.Join(strings.Fields(c.UnitText), " "))
			} else {
				// a figure of running text with the country its clause
				// names, or none: India's and Turkey's are two counts
				key += "||" + Place(*c)
			}
			if _, ok := buckets[key]; !ok {
				keys = append(keys, key)
			}
			buckets[key] = append(buckets[key], ref{id, k})
		}
	}
	compare := func(ra, rb ref) {
		if ra.id == rb.id {
			return
		}
		a, b := &byNotice[ra.id][ra.k], &byNotice[rb.id][rb.k]
		if a.Rate != b.Rate || !comparableUnits(a.Unit, b.Unit) || !sameSubject(*a, *b) || !sameEvent(*a, *b) || consistent(*a, *b) {
			return
		}
		if dims[ra.id] != dims[rb.id] {
			return // rows of a table about different countries, policies or periods
		}
		if dims[ra.id] != "" && !sameColumn(a.UnitText, b.UnitText) {
			return // two columns or metrics of a table: requests made and requests granted
		}
		if dims[ra.id] == "" && restated(*a, byNotice[ra.id], *b, byNotice[rb.id]) {
			return // two reports giving both figures: they count two things
		}
		ca, cb := *a, *b
		ca.NoticeID, cb.NoticeID = ra.id, rb.id
		addConflict(a, conflictWith(app.ConflictValue, ca, cb))
		addConflict(b, conflictWith(app.ConflictValue, cb, ca))
	}
	for _, key := range keys {
		// Within a month, two dated figures can only be about the same
		// event on the same day; only the undated (whole-period) ones are
		// compared with everything. A channel's daily posts, thousands a
		// month, stay linear instead of every post against every other.
		var undated []ref
		days := map[int64][]ref{}
		var order []int64
		for _, r := range buckets[key] {
			d := byNotice[r.id][r.k].EventDate
			if d.IsZero() {
				undated = append(undated, r)
				continue
			}
			day := d.Unix()
			if _, ok := days[day]; !ok {
				order = append(order, day)
			}
			days[day] = append(days[day], r)
		}
		for _, day := range order {
			rs := days[day]
			for x, ra := range rs {
				for _, rb := range rs[x+1:] {
					compare(ra, rb)
				}
			}
		}
		for x, ra := range undated {
			for _, rb := range undated[x+1:] {
				compare(ra, rb)
			}
			for _, day := range order {
				for _, rb := range days[day] {
					compare(ra, rb)
				}
			}
		}
	}
}

// columnFigure reports whether a figure without a unit can still be
// compared: a table row's cell under a named column ("Total"), which is
// compared only with the same column of the same row elsewhere (two
// copies of one table); a figure of running text with no unit never is.
func columnFigure(c app.Claim, dim string) bool {
	return dim != "" && strings.TrimSpace(c.UnitText) != ""
}

// sameColumn reports whether two table figures come from the same column
// or metric, by its name: "User Data Requests" and "Number of Requests
// where some data was disclosed" both count requests, and are not one
// figure given twice.
func sameColumn(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}
