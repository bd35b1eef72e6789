package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Arabic pages carry their date in the text more often than in their
// metadata, and name the month in one of two traditions, or both joined
// by a slash: the Levantine and Iraqi names (آب) and the Egyptian and
// Gulf ones taken from the Latin (أغسطس, also written اغسطس).
var arabicMonths = map[string]time.Month{
	"كانون الثاني": time.January, "يناير": time.January,
	"شباط": time.February, "فبراير": time.February,
	"آذار": time.March, "اذار": time.March, "مارس": time.March,
	"نيسان": time.April, "أبريل": time.April, "ابريل": time.April, "إبريل": time.April,
	"أيار": time.May, "ايار": time.May, "مايو": time.May,
	"حزيران": time.June, "يونيو": time.June, "يونيه": time.June,
	"تموز": time.July, "يوليو": time.July, "يوليه": time.July,
	"آب": time.August, "اب": time.August, "أغسطس": time.August, "اغسطس": time.August, "أغسطس/آب": time.August,
	"أيلول": time.September, "ايلول": time.September, "سبتمبر": time.September,
	"تشرين الأول": time.October, "تشرين الاول": time.October, "أكتوبر": time.October, "اكتوبر": time.October,
	"تشرين الثاني": time.November, "نوفمبر": time.November,
	"كانون الأول": time.December, "كانون الاول": time.December, "ديسمبر": time.December,
}

// arabicDatePattern matches "28 آب/اغسطس 2013", "27 فبراير 2021م",
// "١٥ تشرين الثاني ٢٠١٥", "06/ديسمبر/2018": a day, one or two month
// names, a year.
var arabicDatePattern = func() *regexp.Regexp {
	names := make([]string, 0, len(arabicMonths))
	for n := range arabicMonths {
		names = append(names, regexp.QuoteMeta(n))
	}
	// Longest first, so "كانون الثاني" is not read as a shorter name.
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			if len(names[j]) > len(names[i]) {
				names[i], names[j] = names[j], names[i]
			}
		}
	}
	month := "(?:" + strings.Join(names, "|") + ")"
	return regexp.MustCompile(`(?:^|[^0-9٠-٩])([0-9٠-٩]{1,2})(?:\s+|\s*/\s*)(` + month + `(?:\s*[/\\-]\s*` + month + `)?)\s*[,،/]?\s*([0-9٠-٩]{4})`)
}()

// arabicDate finds the first Arabic date in text (a day, a month by name
// and a year), in UTC.
func arabicDate(text string) (time.Time, bool) {
	m := arabicDatePattern.FindStringSubmatch(text)
	if m == nil {
		return time.Time{}, false
	}
	d, err1 := strconv.Atoi(asciiDigits(m[1]))
	y, err2 := strconv.Atoi(asciiDigits(m[3]))
	name := strings.TrimSpace(strings.FieldsFunc(m[2], func(r rune) bool { return r == '/' || r == '-' })[0])
	mon, ok := arabicMonths[strings.Join(strings.Fields(name), " ")]
	if err1 != nil || err2 != nil || !ok || y < 1900 || y > 2200 {
		return time.Time{}, false
	}
	t := time.Date(y, mon, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// datelineRunes is how far into a text its own date is looked for: the
// dateline or byline, not a date the story reports.
const datelineRunes = 400

// textDate finds a page's or a text's own date in its first words.
func textDate(text string) (time.Time, bool) {
	if r := []rune(text[:min(len(text), datelineRunes*4)]); len(r) > datelineRunes {
		text = string(r[:datelineRunes])
	}
	return arabicDate(text)
}
