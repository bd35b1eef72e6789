package ui

import (
	"math"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/takedowndesk/takedowndesk/app"
)

// The words the window builds at run time from stored values: figures with
// their units ("78 channels", "78 قناة"), qualifiers, the headline line of a
// notice. Every unit has a translation key with the plural forms of each
// language ("unit.channels"; Arabic has six: zero, one, two, few (3–10),
// many (11–99) and other (100 on)); the translation test enumerates the
// app's units and qualifiers, so a new one without words fails it.

// pluralCount is the number whose plural form a value takes: whole values
// their own (by absolute value); a fraction takes the form of 100, which is
// "other" in English and in Arabic, as CLDR gives fractions; a whole value
// too large for an int the form of 100 plus its last two digits, which is
// all Arabic's rules read of a large number.
func pluralCount(v float64) int {
	a := math.Abs(v)
	switch {
	case a != math.Trunc(a):
		return 100
	case a > math.MaxInt32:
		return 100 + int(math.Mod(a, 100))
	}
	return int(a)
}

// figureText says a value with its unit in the interface language: "78
// channels", "78 قناة", "12 لغة", "قناتان". A unit without words (one the
// app does not know) is written as stored.
func figureText(v float64, unit string) string {
	n := app.FormatCount(v)
	if unit == "" {
		return n
	}
	if !app.KnownUnit(unit) || strings.Contains(unit, "_and_") && !hasUnitWords(unit) {
		return n + " " + strings.ReplaceAll(unit, "_", " ")
	}
	// the fallback is the stored form, for a window without translations
	return lang.XN("unit."+unit, "{{.N}} "+strings.ReplaceAll(unit, "_", " "), pluralCount(v), map[string]any{"N": n})
}

// hasUnitWords reports whether a compound unit has words of its own (the
// two the extractor gives often do; others are written as stored).
func hasUnitWords(unit string) bool {
	for _, u := range app.Units {
		if u == unit {
			return true
		}
	}
	return false
}

// qualifiedFigure is figureText with the claim's qualifier where the
// language puts it: "more than 78 channels", "أكثر من 78 قناة", "78 قناة على
// الأقل".
func qualifiedFigure(q app.Qualifier, v float64, unit string) string {
	f := figureText(v, unit)
	if q == app.QualNone {
		return f
	}
	return lang.X("qualified."+string(q), strings.ReplaceAll(string(q), "_", " ")+" {{.F}}", map[string]any{"F": f})
}

// unitName is a unit's name without a count, for headings and chart
// panels: "channels", "القنوات".
func unitName(unit string) string {
	if !hasUnitWords(unit) && !isRatio(unit) {
		return strings.ReplaceAll(unit, "_", " ")
	}
	return lang.X("units."+unit, strings.ReplaceAll(unit, "_", " "))
}

func isRatio(unit string) bool {
	for _, u := range app.RatioUnits {
		if u == unit {
			return true
		}
	}
	return false
}

// summaryText is a notice's headline line in the interface language: the
// line is stored in canonical units ("78 channels · 12 languages") and read
// back figure by figure.
func summaryText(s string) string {
	items := app.SummaryItems(s)
	parts := make([]string, len(items))
	for i, it := range items {
		if it.Unit == "" {
			parts[i] = it.Text
			continue
		}
		parts[i] = figureText(it.Value, it.Unit)
	}
	return strings.Join(parts, " · ")
}

// countOf says a count of notices or figures with its plural form: "12
// notices", "12 إشعاراً". key is "count.notices" or "count.figures".
func countOf(key string, n int) string {
	return lang.XN(key, "{{.N}} "+strings.TrimPrefix(key, "count."), pluralCount(float64(n)), map[string]any{"N": formatInt(n)})
}

// dayText writes a day as the interface language does: 2015-11-18 in
// English, 18/11/2015 in Arabic. Beside Arabic words the digits of a date
// become Arabic numbers for the bidi algorithm, and hyphens between them
// do not hold them together, so 2015-11-18 would read 18-11-2015; slashes
// do.
func dayText(t time.Time) string { return t.Format(lang.X("date.format", "2006-01-02")) }

// languageName is a notice's language (the code app.DetectLanguage
// gives, "en") named in the interface language: "English", "الإنجليزية".
// A code without a name is shown as it is.
func languageName(code string) string {
	if code == "" {
		return ""
	}
	return lang.X("language."+code, code)
}
