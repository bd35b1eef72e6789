package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
)

// Telegram's moderation channels (@isiswatch, @stopca) post one line a day
// in a fixed wording that changed over the years:
//
//	2097 ISIS bots and channels banned on March, 3.
//	1312 terrorist bots and channels banned on January, 27.
//	1830 groups and channels related to child abuse banned on January, 30.
//	Total this month: 16050
//
// The date has no year: it is the post's year, or the year before when the
// month is later than the post's month (a January post about December 31).
var (
	dailyBanRe   = regexp.MustCompile(`(?i)(\d{1,3}(?:[ ,.'\x{00A0}\x{2009}\x{202F}]\d{3})+|\d+)\s+((?:(ISIS|terrorist)\s+)?(bots|groups)\s+and\s+channels)(?:\s+related\s+to\s+[a-z ]+?)?\s+(?:were\s+)?(?:banned|blocked)\s+on\s+(?:([A-Za-z]+)\.?,?\s+(\d{1,2})\b|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+))`)
	monthTotalRe = regexp.MustCompile(`(?i)total\s+this\s+month\s*:\s*(\d{1,3}(?:[ ,.'\x{00A0}\x{2009}\x{202F}]\d{3})+|\d+)`)
)

// dailyBanClaims reads a daily moderation post: the day's count as a
// self-reported figure dated on the ban day, and the running monthly total
// as a per_month figure whose Period is the ban month and whose EventDate
// is the ban day (the total is "as of" that day, so the last post of a
// month holds the month's figure). Nothing is returned for other text or
// when the post date is unknown.
func dailyBanClaims(body string, posted time.Time) []app.Claim {
	// Most messages are not daily posts; skip the regexp for them.
	if posted.IsZero() || !strings.Contains(strings.ToLower(body), "and channels") {
		return nil
	}
	m := dailyBanRe.FindStringSubmatchIndex(body)
	if m == nil {
		return nil
	}
	count, ok := groupedInt(body[m[2]:m[3]])
	if !ok {
		return nil
	}
	monthAt, dayAt := 10, 12 // "on January, 27"
	if m[10] < 0 {
		monthAt, dayAt = 16, 14 // "on 27 January"
	}
	month, ok := monthByName(body[m[monthAt]:m[monthAt+1]])
	if !ok {
		return nil
	}
	day, _ := strconv.Atoi(body[m[dayAt]:m[dayAt+1]])
	date, ok := banDate(month, day, posted)
	if !ok {
		return nil
	}
	unitText := body[m[4]:m[5]]
	unit := "bots_and_channels"
	if strings.EqualFold(body[m[8]:m[9]], "groups") {
		unit = "groups_and_channels"
	}
	// The written unit without the qualifier word: "terrorist bots and channels" → "bots and channels".
	if m[6] >= 0 {
		unitText = body[m[8]:m[5]]
	}
	actor := ""
	if m[6] >= 0 {
		actor = "ISIS"
	}
	claim := func(value int, start, end int, rate app.Rate, period string) app.Claim {
		return app.Claim{
			Kind:         app.ClaimFigure,
			Value:        float64(value),
			Unit:         unit,
			UnitText:     unitText,
			Rate:         rate,
			Start:        runeOffset(body, start),
			End:          runeOffset(body, end),
			Actor:        actor,
			Platform:     "Telegram",
			EventDate:    date,
			Period:       period,
			Verification: app.SelfReported,
			Origin:       app.OriginFormat,
		}
	}
	claims := []app.Claim{claim(count, m[2], m[5], app.RateNone, "")}
	if t := monthTotalRe.FindStringSubmatchIndex(body[m[1]:]); t != nil {
		if total, ok := groupedInt(body[m[1]+t[2] : m[1]+t[3]]); ok {
			claims = append(claims, claim(total, m[1]+t[0], m[1]+t[1], app.RatePerMonth, date.Format("2006-01")))
		}
	}
	return claims
}

// banDate dates a "banned on <month>, <day>" line: the post's year, or
// the year before when the month is later than the post's (a January post
// about December 31). The post time is UTC and the channel writes its own
// day, so a post made just after midnight east of Greenwich can be dated a
// day, and so a month or a year, before the ban day it names; a ban day at
// most two days after the post is taken as that day.
func banDate(month time.Month, day int, posted time.Time) (time.Time, bool) {
	year := posted.Year()
	if month > posted.Month() {
		year--
	}
	date := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if date.Day() != day {
		return time.Time{}, false
	}
	if next := date.AddDate(1, 0, 0); next.Day() == day && next.Sub(posted) <= 48*time.Hour {
		return next, true
	}
	return date, true
}

// groupedInt reads an integer written with space, no-break or thin space,
// comma, dot or apostrophe thousands separators.
func groupedInt(s string) (int, bool) {
	s = strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
	if s == "" || len(s) > 12 {
		return 0, false
	}
	v, err := strconv.Atoi(s)
	return v, err == nil
}

func monthByName(s string) (time.Month, bool) {
	s = strings.ToLower(s)
	if len(s) < 3 {
		return 0, false
	}
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if strings.HasPrefix(name, s) && (len(s) >= 3) {
			return m, true
		}
	}
	return 0, false
}

// runeOffset converts a byte offset in s to a rune offset.
func runeOffset(s string, byteOff int) int {
	return utf8.RuneCountInString(s[:byteOff])
}
