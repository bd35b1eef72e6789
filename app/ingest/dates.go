package ingest

import (
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the date shapes found in tables, feeds and page metadata.
// A date without a zone is taken as UTC: the desk has no better guess.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"2006.01.02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	time.RFC822Z,
	time.RFC822,
	"2 January 2006",
	"2 Jan 2006",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2006-01",
}

// parseDate reads one date in any known shape, returning it in UTC.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(asciiDigits(s))
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return rfc822Zone(t).UTC(), true
		}
	}
	return slashDate(s)
}

// rfc822Offsets are the zone names RFC 822 defines (feeds use them). Go
// reads a zone name by the computer's own zone: one it does not know
// becomes UTC, so "EST" and "PDT" would be hours off, and "CST" would be
// China's time on a computer in China.
// Offsets in minutes.
var rfc822Offsets = map[string]int{
	"UT": 0, "GMT": 0, "EST": -5 * 60, "EDT": -4 * 60, "CST": -6 * 60, "CDT": -5 * 60,
	"MST": -7 * 60, "MDT": -6 * 60, "PST": -8 * 60, "PDT": -7 * 60,
}

// rfc822Zone puts a time read with an RFC 822 zone name in that zone.
func rfc822Zone(t time.Time) time.Time {
	name, _ := t.Zone()
	m, ok := rfc822Offsets[name]
	if !ok {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.FixedZone(name, m*60))
}

// slashDate reads d/m/y (or m/d/y when the first part cannot be a day
// number under 13 and the second can't be a month): most of the desk's
// tables come from outside the US, so an ambiguous date is day-first.
func slashDate(s string) (time.Time, bool) {
	date, clock, _ := strings.Cut(s, " ")
	parts := strings.FieldsFunc(date, func(r rune) bool { return r == '/' || r == '.' || r == '-' })
	if len(parts) != 3 {
		return time.Time{}, false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil {
			return time.Time{}, false
		}
		n[i] = v
	}
	d, m, y := n[0], n[1], n[2]
	if len(parts[0]) == 4 { // 2017/1/27: year first, then month and day
		y, m, d = n[0], n[1], n[2]
	}
	if m > 12 && d <= 12 {
		d, m = m, d
	}
	if y < 100 {
		y += 2000
	}
	if d < 1 || d > 31 || m < 1 || m > 12 || y < 1900 || y > 2200 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	if clock != "" {
		for _, l := range []string{"15:04:05", "15:04"} {
			if c, err := time.Parse(l, strings.TrimSpace(clock)); err == nil {
				t = t.Add(time.Duration(c.Hour())*time.Hour + time.Duration(c.Minute())*time.Minute + time.Duration(c.Second())*time.Second)
				break
			}
		}
	}
	return t, true
}

// asciiDigits maps Arabic-Indic and Persian digits to 0-9.
func asciiDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x660 && r <= 0x6F9 }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0x660 && r <= 0x669:
			return '0' + r - 0x660
		case r >= 0x6F0 && r <= 0x6F9:
			return '0' + r - 0x6F0
		}
		return r
	}, s)
}
