package app

import (
	"strconv"
	"strings"
)

// RatioUnits are the units of rates read from transparency tables (figures
// per million or per ten thousand users or views); they are not counts of
// things, so the extractor never gives them, but stored figures carry them.
var RatioUnits = []string{"per_million", "per_10000"}

// KnownUnit reports whether unit is a canonical unit, a table ratio or a
// compound of canonical units ("bots_and_channels").
func KnownUnit(unit string) bool {
	for _, u := range Units {
		if u == unit {
			return true
		}
	}
	for _, u := range RatioUnits {
		if u == unit {
			return true
		}
	}
	parts := strings.Split(unit, "_and_")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !KnownUnit(p) {
			return false
		}
	}
	return true
}

// SummaryItem is one headline figure of a summary line: its value and
// canonical unit, or, for a part Summary did not write, its text as stored.
type SummaryItem struct {
	Value float64
	Unit  string // empty when Text is a part that is not a figure
	Text  string // the part as stored
}

// SummaryItems reads a summary line written by Summary back into its
// figures, so the window can say them in the reader's language: the line
// is stored once, in canonical units ("78 channels · 12 languages").
func SummaryItems(s string) []SummaryItem {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	var out []SummaryItem
	for _, part := range strings.Split(s, " · ") {
		it := SummaryItem{Text: part}
		if num, words, ok := strings.Cut(part, " "); ok {
			unit := strings.ReplaceAll(words, " ", "_")
			if v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64); err == nil && KnownUnit(unit) {
				it.Value, it.Unit = v, unit
			}
		}
		out = append(out, it)
	}
	return out
}
