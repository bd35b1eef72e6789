package ingest

import (
	"testing"
	"time"
)

// TestDailyBanSeparatorsAndBoundaries: thousands written with a dot, a
// thin space or an apostrophe, and ban days across month and year ends,
// including a post made just after midnight in the channel's time zone,
// which is still the day before in UTC.
func TestDailyBanSeparatorsAndBoundaries(t *testing.T) {
	utc := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name         string
		text, posted string
		count, total float64
		day, period  string
	}{
		{"dot thousands", "1.902 groups and channels related to child abuse banned on January, 31.\nTotal this month: 53.791", "2019-02-01T07:00:00Z", 1902, 53791, "2019-01-31", "2019-01"},
		{"thin space", "1\u2009205 terrorist bots and channels banned on March, 1.\nTotal this month: 12\u2009345", "2019-03-02T08:00:00Z", 1205, 12345, "2019-03-01", "2019-03"},
		{"apostrophe", "1'205 terrorist bots and channels banned on March, 1.\nTotal this month: 12'345", "2019-03-02T08:00:00Z", 1205, 12345, "2019-03-01", "2019-03"},
		{"comma", "74 terrorist bots and channels banned on December, 31.\nTotal this month: 3,281", "2018-01-01T09:00:00Z", 74, 3281, "2017-12-31", "2017-12"},
		{"space", "61 ISIS bots and channels banned on December, 26.\nTotal this month: 1 876", "2016-12-27T10:15:00Z", 61, 1876, "2016-12-26", "2016-12"},
		{"january post about december", "74 ISIS bots and channels banned on December, 31.\nTotal this month: 2281", "2017-01-01T06:00:00Z", 74, 2281, "2016-12-31", "2016-12"},
		{"new year's day, still december in UTC", "1 000 groups and channels related to child abuse banned on January, 1.\nTotal this month: 1 000", "2019-12-31T23:00:00Z", 1000, 1000, "2020-01-01", "2020-01"},
		{"first of a month, still the month before in UTC", "90 terrorist bots and channels banned on April, 1.\nTotal this month: 90", "2017-03-31T22:30:00Z", 90, 90, "2017-04-01", "2017-04"},
		{"emoji and extra lines", "🚫 1 205 terrorist bots and channels banned on March, 1.\n\n📊 Total this month: 12 345\n\nMore: https://t.me/isiswatch", "2019-03-02T08:00:00Z", 1205, 12345, "2019-03-01", "2019-03"},
		{"trailing full stop after total", "2097 ISIS bots and channels banned on March, 3.\nTotal this month: 6.204.", "2016-03-04T10:00:00Z", 2097, 6204, "2016-03-03", "2016-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := dailyBanClaims(tt.text, utc(tt.posted))
			if len(cs) != 2 {
				t.Fatalf("got %d claims: %+v", len(cs), cs)
			}
			if cs[0].Value != tt.count || cs[0].EventDate.Format("2006-01-02") != tt.day || cs[0].Period != "" {
				t.Errorf("daily claim %+v, want %v on %s", cs[0], tt.count, tt.day)
			}
			if cs[1].Value != tt.total || cs[1].Period != tt.period || cs[1].Rate != "per_month" || cs[1].EventDate.Format("2006-01-02") != tt.day {
				t.Errorf("total claim %+v, want %v for %s", cs[1], tt.total, tt.period)
			}
		})
	}
}
