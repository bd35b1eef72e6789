package ingest

import (
	"math"
	"regexp"
	"strings"
)

// Platforms' own tables (transparency reports) come in shapes besides one
// row per event:
//
//	long  policy, metric, value      one row per measured value; the
//	                                 metric names what the value counts
//	      metric, result             the same with the value called result
//	wide  country, iso3, 2019 … 2023 one row per subject, a column per year
//
// and one file may hold several sections, each with its own header. A
// row's figures carry the unit the metric or the header names, or none;
// rates ("per million users") and shares (per cent) say so in their unit.

var (
	metricNames = names("metric", "measure", "indicator", "metric name", "kpi", "type of action", "action type",
		"statistic", "mesure", "indicateur", "المؤشر", "المقياس",
		// a melted table's column of what each value measures (R's
		// melt and pandas' melt name it "variable")
		"variable", "var", "variable name",
		// a column naming the unit each row's value counts in ("CountUnit":
		// requests or urls, as Google's European privacy data gives it)
		"unit", "units", "count unit", "countunit", "unit of count", "unité", "الوحدة", "единица")
	valueNames = names("value", "values", "result", "results", "amount", "figure", "data", "volume",
		"valeur", "résultat", "القيمة", "النتيجة")
	// Columns that name what a row is about, in the order a title names them.
	labelNames = names("country", "country name", "region", "territory", "pays", "البلد", "الدولة",
		"policy", "policy area", "category", "issue", "violation", "reason", "politique", "catégorie", "الفئة", "السياسة",
		"app", "product", "service", "surface")
	periodNames = names("period", "reporting period", "quarter", "half", "year", "month", "période", "trimestre",
		"année", "الفترة", "السنة")
)

// periodHeader matches a header that is a period rather than a name:
// "2019", "2019-Q1", "Q1 2019", "2019 H1", "H2-2020", "2019-2020", "Jan-Jun 2020".
var periodHeader = regexp.MustCompile(`(?i)^(?:(?:19|20)\d\d(?:\s*[-/–]\s*(?:19|20)?\d\d)?(?:\s*[-/ ]?\s*(?:q[1-4]|h[12]))?|(?:q[1-4]|h[12])\s*[-/ ]?\s*(?:19|20)\d\d|[a-z]{3,9}\s*[-–]\s*[a-z]{3,9}\s+(?:19|20)\d\d)$`)

// isPeriodHeader reports a header that names a period.
func isPeriodHeader(h string) bool {
	return periodHeader.MatchString(strings.TrimSpace(h))
}

// periodText writes a period header the way claims carry one: "2019",
// "2019-Q1", "2020-H2", a quarter or half named by its months ("Jul-Sep
// 2020", as TikTok's download names its quarters) as that quarter or
// half; other shapes as written.
func periodText(h string) string {
	if p := cellPeriod(h); p != "" {
		return p
	}
	h = strings.ToUpper(strings.Join(strings.Fields(h), " "))
	if m := yearPart.FindStringSubmatch(h); m != nil {
		return m[1] + "-" + m[2]
	}
	if m := partYear.FindStringSubmatch(h); m != nil {
		return m[2] + "-" + m[1]
	}
	return strings.ToLower(h)
}

var (
	yearPart = regexp.MustCompile(`^((?:19|20)\d\d)\s*[-/ ]?\s*([QH][1-4])$`)
	partYear = regexp.MustCompile(`^([QH][1-4])\s*[-/ ]?\s*((?:19|20)\d\d)$`)
)

// metricUnit is the unit a metric's name counts in: a share or a rate in
// per cent ("Proactive rate", "% of content"), a rate per million or
// per ten thousand ("views per 10,000"), else the unit its words name
// ("Accounts removed", "Content actioned"), else none.
func metricUnit(metric string) string {
	l := strings.ToLower(metric)
	switch {
	case strings.Contains(l, "per million") || strings.Contains(l, "per 1m") || strings.Contains(l, "per 1,000,000"):
		return "per_million"
	case strings.Contains(l, "per 10,000") || strings.Contains(l, "per 10000") || strings.Contains(l, "per 10k"):
		return "per_10000"
	case strings.Contains(l, "%") || strings.Contains(l, "percent") || strings.Contains(l, "share") ||
		strings.Contains(l, "proportion") || strings.Contains(l, "rate") || strings.Contains(l, "prevalence") ||
		strings.Contains(l, "pourcentage") || strings.Contains(l, "taux") || strings.Contains(l, "نسبة"):
		return "percent"
	}
	return unitFromHeader(metric)
}

// figureUnit is the unit of a value in a table of shares: "98.2%" is a
// per cent whatever the metric says.
func figureUnit(cellText, unit string) string {
	if strings.HasSuffix(strings.TrimSpace(cellText), "%") || strings.HasSuffix(strings.TrimSpace(cellText), "٪") {
		return "percent"
	}
	return unit
}

// shareWords name a metric that is a share of something, which tables
// may write as a fraction; "percent" and "percentage" name a number of
// hundredths and are left out.
var shareWords = []string{"rate", "share", "proportion", "ratio", "taux", "part ", "نسبة", "доля"}

// fractionShare reads a long table's value as per cent: a metric naming a
// share ("Proactive removal rate", "Category share", "Taux de retrait")
// whose cell is a fraction written with a decimal point ("0.938",
// "1.0") and no per cent sign is that share of a hundred (93.8). A cell
// with its sign ("99.1%"), a whole number ("1"), a value above one, a
// percentage ("Percentage of content appealed") or a rate per million
// keeps its value.
func fractionShare(cellText, metric, unit string, v float64) float64 {
	t := strings.TrimSpace(asciiDigits(cellText))
	if unit != "percent" || v < 0 || v > 1 || !strings.ContainsAny(t, ".,") || strings.ContainsAny(t, "%٪") {
		return v
	}
	l := strings.ToLower(metric) + " "
	if strings.Contains(l, "percent") || strings.Contains(l, "pourcent") || strings.Contains(l, "مئوية") {
		return v
	}
	for _, w := range shareWords {
		if strings.Contains(l, w) {
			// 0.9109999999999999 is 91.1: the fraction's float noise
			// must not survive the scaling
			return math.Round(v*100*1e6) / 1e6
		}
	}
	return v
}

// shapeColumns finds the long and wide shapes in a header: the metric and
// value columns of a long table, the period columns of a wide one, and
// the label columns that name a row. numeric reports a column whose cells
// are numbers.
func shapeColumns(m *CSVMapping, headers []string, numeric func(int) bool) {
	m.Metric, m.Value = -1, -1
	m.Periods = map[int]string{}
	m.Labels = nil
	for i, h := range headers {
		n := normHeader(h)
		switch {
		case m.Metric < 0 && metricNames[n]:
			m.Metric = i
		case m.Value < 0 && valueNames[n] && numeric(i):
			m.Value = i
		}
	}
	m.Long = m.Metric >= 0 && m.Value >= 0
	if !m.Long {
		m.Metric, m.Value = -1, -1
	}
	for i, h := range headers {
		if isPeriodHeader(h) && numeric(i) && i != m.Date {
			m.Periods[i] = periodText(h)
		}
	}
	if len(m.Periods) < 2 {
		m.Periods = map[int]string{}
	}
	if !m.Long && len(m.Periods) == 0 {
		return
	}
	for i, h := range headers {
		if _, p := m.Periods[i]; p || i == m.Value || i == m.URL || i == m.Text {
			continue
		}
		n := normHeader(h)
		if labelNames[n] || platformNames[n] || periodNames[n] || (m.Long && i == m.Metric) || i == m.Title || !numeric(i) {
			m.Labels = append(m.Labels, i)
		}
	}
}

// rowTitle names a row of a shaped table by its labels: "Facebook · Hate
// speech · Content actioned · 2023-Q1", "Germany · DEU". section is the
// title of the section the row is in, if the file has several.
func rowTitle(rec []string, m CSVMapping, section string) string {
	var parts []string
	for _, i := range m.Labels {
		if v := cell(rec, i); v != "" && !addressCell(v) && !noDataCell(v) {
			parts = append(parts, v)
		}
	}
	if len(parts) == 0 {
		return section
	}
	t := strings.Join(parts, " · ")
	if section != "" && !strings.Contains(t, section) {
		t = section + ": " + t
	}
	return t
}

// headerRow reports a row that reads as a new section's header: two or
// more cells, none of them a figure or a date (periods such as "2019"
// are headers in a wide table), a "no data" mark ("-", "n/a") or a web
// address or path: a country's row of dashes ("Norway, NO, -, -, …,
// /en/countries/no.html") is data, whatever names its cells resemble.
func headerRow(rec []string) bool {
	filled := 0
	for _, c := range rec {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		filled++
		if noDataCell(c) || addressCell(c) {
			return false
		}
		if isPeriodHeader(c) {
			continue
		}
		if _, ok := parseNumber(c); ok {
			return false
		}
		if _, ok := parseDate(c); ok {
			return false
		}
	}
	return filled >= 2
}

// singleCell returns the text of a row with one filled cell (a section's
// title), "" otherwise.
func singleCell(rec []string) string {
	text := ""
	for _, c := range rec {
		if c = strings.TrimSpace(c); c != "" {
			if text != "" {
				return ""
			}
			text = c
		}
	}
	return text
}

// noDataCell reports a cell that marks a missing figure: tables write
// "-", "–", "n/a" or "*" where a count is withheld or not reported.
func noDataCell(c string) bool {
	switch strings.ToLower(strings.TrimSpace(c)) {
	case "-", "–", "—", "--", "n/a", "n.a.", "na", "*", "…", "...", "..", "?", "غ/م", "н/д":
		return true
	}
	return false
}

// addressCell reports a cell that is a web address, a site path or an
// e-mail address: a link column, never a header or what a figure is
// about.
func addressCell(c string) bool {
	c = strings.TrimSpace(c)
	if c == "" || strings.ContainsAny(c, " \t") {
		return false
	}
	l := strings.ToLower(c)
	switch {
	case strings.Contains(l, "://"), strings.HasPrefix(l, "www."), strings.HasPrefix(l, "mailto:"):
		return true
	case strings.HasPrefix(c, "/") && len(c) > 1:
		return true // a site path: "/en/countries/no.html"
	case strings.Count(c, "@") == 1 && strings.Contains(c[strings.Index(c, "@"):], "."):
		return true
	}
	return false
}

// repeatsRow reports a row that gives some column the same text as the
// data row above it ("January - June 2018" in the period column): a new
// section's header names its columns, it does not repeat their values.
func repeatsRow(rec, prev []string) bool {
	for i, c := range rec {
		if c = strings.TrimSpace(c); c != "" && i < len(prev) && strings.TrimSpace(prev[i]) == c {
			return true
		}
	}
	return false
}

// fileName matches a cell that names a file: "blocked-websites-MSM-world-cup.txt".
var fileName = regexp.MustCompile(`(?i)^[\pL\pN_.() -]+\.(?:txt|csv|tsv|json|xml|pdf|html?|xlsx?|docx?|odt|ods|zip|gz|7z|rar)$`)

// fileNameCell reports a cell that names a file, the list a row was taken
// from, neither a title nor a source.
func fileNameCell(c string) bool {
	return fileName.MatchString(strings.TrimSpace(c))
}

// sourceCell reports whether a source column's cell can name who said
// something: not a file name, an address, a dash or a number.
func sourceCell(c string) bool {
	c = strings.TrimSpace(c)
	if c == "" || fileNameCell(c) || addressCell(c) || noDataCell(c) {
		return false
	}
	_, num := parseNumber(c)
	return !num
}

// countCell reports a cell that is a count ("1,547", "<10", "11,000 -
// 12,000") rather than a name; a year ("2019") names a row's period and
// is kept.
func countCell(c string) bool {
	c = strings.TrimSpace(c)
	if len(c) == 4 && (strings.HasPrefix(c, "19") || strings.HasPrefix(c, "20")) && strings.Trim(c, "0123456789") == "" {
		return false
	}
	_, ok := parseCellFigure(c, "")
	return ok
}
