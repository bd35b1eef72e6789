package app

import (
	"sort"
	"strconv"
	"strings"
)

// takedownUnits are the units a takedown story leads with; they come first in
// a summary line, before context figures such as languages or countries.
var takedownUnits = map[string]int{
	"channels": 0, "accounts": 0, "bots": 0, "groups": 0, "sites": 0, "pages": 0,
	"posts": 1, "videos": 1, "streams": 1, "content_items": 1, "urls": 1, "links": 1, "ip_addresses": 1,
	"alerts": 2, "notices": 2, "requests": 2,
}

func unitRank(unit string) int {
	if r, ok := takedownUnits[unit]; ok {
		return r
	}
	if strings.Contains(unit, "_and_") { // bots_and_channels, groups_and_channels
		return 0
	}
	return 3
}

// Summary builds a notice's headline line from its figure claims: takedown
// figures first, then context, each distinct value+unit once, at most four.
func Summary(claims []Claim) string {
	type item struct {
		text  string
		rank  int
		order int
	}
	var items []item
	seen := map[string]bool{}
	for i, c := range claims {
		if c.Kind != ClaimFigure || c.Unit == "" {
			continue
		}
		text := FormatCount(c.Value) + " " + strings.ReplaceAll(c.Unit, "_", " ")
		if seen[text] {
			continue
		}
		seen[text] = true
		items = append(items, item{text, unitRank(c.Unit), i})
	}
	sort.SliceStable(items, func(a, b int) bool { return items[a].rank < items[b].rank })
	if len(items) > 4 {
		items = items[:4]
	}
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = it.text
	}
	return strings.Join(parts, " · ")
}

// FormatCount writes a number with comma thousands separators: 16050 → "16,050".
func FormatCount(v float64) string {
	if v != float64(int64(v)) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	n := int64(v)
	neg := n < 0
	if neg {
		n = -n
	}
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
