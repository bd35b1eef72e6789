package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// halfWords and quarterWords name the part of a year a table's period
// cell gives in words ("2011 (1st half)", "second half 2012", "Jan-Jun
// 2020", "Q3 2021").
var (
	cellYear  = regexp.MustCompile(`\b((?:19|20)\d\d)\b`)
	dashes    = regexp.MustCompile(`\s*[-–—]\s*`)
	halfWords = []struct {
		words []string
		part  string
	}{
		{[]string{"1st half", "first half", "h1", "jan-jun", "jan–jun", "january-june", "january–june", "janvier-juin", "1er semestre", "premier semestre"}, "H1"},
		{[]string{"2nd half", "second half", "h2", "jul-dec", "jul–dec", "july-december", "july–december", "juillet-décembre", "2e semestre", "second semestre"}, "H2"},
		{[]string{"q1", "1st quarter", "first quarter", "jan-mar", "january-march", "janvier-mars", "1er trimestre"}, "Q1"},
		{[]string{"q2", "2nd quarter", "second quarter", "apr-jun", "april-june", "avril-juin", "2e trimestre"}, "Q2"},
		{[]string{"q3", "3rd quarter", "third quarter", "jul-sep", "jul-sept", "july-september", "juillet-septembre", "3e trimestre"}, "Q3"},
		{[]string{"q4", "4th quarter", "fourth quarter", "oct-dec", "october-december", "octobre-décembre", "4e trimestre"}, "Q4"},
	}
)

// cellPeriod reads a table cell that names a reporting period: "2011
// (1st half)" → "2011-H1", "Q3 2021" → "2021-Q3", "2019" → "2019"; "" for
// anything else (a range of years, a day, words).
func cellPeriod(v string) string {
	l := strings.ToLower(strings.Join(strings.Fields(v), " "))
	years := cellYear.FindAllString(l, -1)
	if len(years) != 1 || len(l) > 40 {
		return ""
	}
	rest := strings.TrimSpace(strings.NewReplacer(years[0], " ", "(", " ", ")", " ", ",", " ").Replace(l))
	rest = dashes.ReplaceAllString(strings.Join(strings.Fields(rest), " "), "-")
	if rest == "" {
		return years[0]
	}
	for _, h := range halfWords {
		for _, w := range h.words {
			if rest == w {
				return years[0] + "-" + h.part
			}
		}
	}
	return ""
}

// rowPeriod is the period a row of a flat table names in its period
// columns ("Period", "Year", "Half"): the finest one found, so that
// "2011" and "2011 (1st half)" give 2011-H1.
func rowPeriod(rec, headers []string) string {
	best := ""
	for i, h := range headers {
		if n := normHeader(h); !periodNames[n] && !strings.HasSuffix(n, " period") {
			continue
		}
		if p := cellPeriod(cell(rec, i)); len(p) > len(best) {
			best = p
		}
	}
	return best
}

var (
	nameYearPart = regexp.MustCompile(`(?:^|[^a-z0-9])((?:19|20)\d\d)[-_ ]?(h[12]|q[1-4])(?:[^a-z0-9]|$)`)
	namePartYear = regexp.MustCompile(`(?:^|[^a-z0-9])(h[12]|q[1-4])[-_ ]?((?:19|20)\d\d)(?:[^a-z0-9]|$)`)
	nameMonths   = regexp.MustCompile(`(?:^|[^a-z0-9])([a-z]{3,9})[-_ ]([a-z]{3,9})[-_ ]((?:19|20)\d\d)(?:[^a-z0-9]|$)`)
	digitRun     = regexp.MustCompile(`[0-9]+`)
)

// namePeriod is the reporting period a table's file name or title names
// when its rows name none: "Facebook-Government-Report-2013-H1" →
// "2013-H1", "removal-requests-report-jan-jun-2018" → "2018-H1". A name
// with no year, or with two ("2009-2013"), names no one period.
func namePeriod(name string) string {
	l := strings.ToLower(name)
	years := 0
	for _, d := range digitRun.FindAllString(l, -1) {
		if len(d) == 4 && (d[:2] == "19" || d[:2] == "20") {
			years++
		}
	}
	if years != 1 {
		return ""
	}
	if m := nameYearPart.FindStringSubmatch(l); m != nil {
		return m[1] + "-" + strings.ToUpper(m[2])
	}
	if m := namePartYear.FindStringSubmatch(l); m != nil {
		return m[2] + "-" + strings.ToUpper(m[1])
	}
	if m := nameMonths.FindStringSubmatch(l); m != nil {
		return cellPeriod(m[1] + "-" + m[2] + " " + m[3])
	}
	return ""
}

// spanPeriod is the reporting period a row's first and last days name
// when they bound exactly one quarter, half or year: LinkedIn's
// report_start "2011-07-01 00:00:00" and report_end "2011-12-31
// 23:59:59" are 2011-H2. Columns whose names say start and end (start,
// begin, from; end, to) are read; anything else names no period.
func spanPeriod(rec, headers []string, monthFirst bool) string {
	var from, to time.Time
	for i, h := range headers {
		d, ok := tableDate(cell(rec, i), monthFirst)
		if !ok || d.IsZero() {
			continue
		}
		switch {
		case spanWord(h, spanStartWords):
			from = d
		case spanWord(h, spanEndWords):
			to = d
		}
	}
	if from.IsZero() || to.IsZero() || from.Day() != 1 {
		return ""
	}
	// the day after the last: midnight of the next period's first day
	next := time.Date(to.Year(), to.Month(), to.Day()+1, 0, 0, 0, 0, time.UTC)
	if next.Day() != 1 {
		return ""
	}
	months := (next.Year()-from.Year())*12 + int(next.Month()) - int(from.Month())
	m := int(from.Month())
	switch {
	case months == 12 && m == 1:
		return strconv.Itoa(from.Year())
	case months == 6 && (m == 1 || m == 7):
		return fmt.Sprintf("%d-H%d", from.Year(), (m-1)/6+1)
	case months == 3 && (m-1)%3 == 0:
		return fmt.Sprintf("%d-Q%d", from.Year(), (m-1)/3+1)
	}
	return ""
}

// spanStartWords and spanEndWords name a period's first and last days in
// a column's name.
var (
	spanStartWords = map[string]bool{"start": true, "begin": true, "beginning": true, "from": true, "début": true, "debut": true}
	spanEndWords   = map[string]bool{"end": true, "to": true, "until": true, "fin": true}
)

// spanEnd is the last day of the period a row's date column opens: a
// row dated by "TR Start Date" beside "TR End Date" (Apple's downloads)
// is dated as one dated by LinkedIn's report_end or Google's "Period
// Ending" is, by the day its figures run to; the period's first day is
// no day it was published or its figures were counted. ok is false
// when col names no period's start or no end column holds a later day.
func spanEnd(rec, headers []string, col int, monthFirst bool) (time.Time, bool) {
	if col < 0 || col >= len(headers) || !spanWord(headers[col], spanStartWords) {
		return time.Time{}, false
	}
	from, ok := tableDate(cell(rec, col), monthFirst)
	if !ok || from.IsZero() {
		return time.Time{}, false
	}
	for i, h := range headers {
		if i == col || !spanWord(h, spanEndWords) {
			continue
		}
		if to, ok := tableDate(cell(rec, i), monthFirst); ok && to.After(from) {
			return to, true
		}
	}
	return time.Time{}, false
}

// spanWord reports a short column name with one of words in it:
// "report_start", "TR Start Date", "Period end", "Date to".
func spanWord(h string, words map[string]bool) bool {
	ws := headerWords(h)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if words[w] {
			return true
		}
	}
	return false
}
