package ingest

import (
	"bytes"
	"regexp"
	"strconv"
	"time"
)

// slashDay is a day written with slashes, as spreadsheets export it:
// "7/1/22", "12/31/2022", "31/12/12", maybe with a clock time after it.
var slashDay = regexp.MustCompile(`^\s*([0-9]{1,2})/([0-9]{1,2})/([0-9]{2}|[0-9]{4})(\s.*)?$`)

// monthFirstTable reports a table whose slash dates put the month first,
// as US companies' downloads do: some day of it reads month/day only
// ("12/31/22": there is no 31st month) and none day/month ("31/12/12").
// Then "7/1/22" beside it is the 1st of July, not the 7th of January.
func monthFirstTable(head []byte) bool {
	monthFirst, dayFirst := false, false
	words := bytes.FieldsFunc(head, func(r rune) bool { return (r < '0' || r > '9') && r != '/' })
	for _, w := range words {
		m := slashDay.FindSubmatch(w)
		if m == nil {
			continue
		}
		a, _ := strconv.Atoi(string(m[1]))
		b, _ := strconv.Atoi(string(m[2]))
		switch {
		case a > 12 && b <= 12:
			dayFirst = true
		case b > 12 && a <= 12:
			monthFirst = true
		}
	}
	return monthFirst && !dayFirst
}

// tableDate reads a table's date cell in the table's own order of day
// and month: month first when monthFirstTable said so, day first
// otherwise (parseDate's reading).
func tableDate(s string, monthFirst bool) (time.Time, bool) {
	if monthFirst {
		if m := slashDay.FindStringSubmatch(s); m != nil {
			return parseDate(m[2] + "/" + m[1] + "/" + m[3] + m[4])
		}
	}
	return parseDate(s)
}
