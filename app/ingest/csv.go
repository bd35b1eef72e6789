package ingest

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
)

// CSVMapping says which column of a table holds what. Column numbers start
// at 0; -1 means none. Figures maps a column to the canonical unit its
// numbers count.
type CSVMapping struct {
	Title, Text, Date, Platform, URL int
	Figures                          map[int]string
	Delimiter                        rune
	HasHeader                        bool
	// Skip is the number of lines above the table (a title, a date) that
	// are not part of it.
	Skip int
	// Long says the table has one row per measured value: column Value
	// holds a figure in the unit its row's Metric column names.
	Long          bool
	Metric, Value int
	// A wide table's period columns ("2019", "2020-Q1"): each is a figure
	// of that period.
	Periods map[int]string
	// Labels are the columns that name a row of a long or wide table.
	Labels []int
}

// Header names recognised for each role (compared after lower-casing and
// removing punctuation).
var (
	titleNames    = names("title", "titre", "العنوان", "عنوان", "headline", "subject", "sujet", "name", "nom", "الاسم", "channel name", "channel", "chaîne", "القناة")
	textNames     = names("text", "body", "content", "description", "texte", "contenu", "النص", "المحتوى", "message", "summary", "résumé", "ملخص", "notes", "explanation", "details", "détails", "التفاصيل", "الوصف")
	dateNames     = names("date", "التاريخ", "تاريخ", "published", "publication date", "date de publication", "pubdate", "publish date", "published at", "day", "jour", "اليوم", "timestamp", "date sent", "date received", "period", "période", "month", "mois", "الشهر")
	platformNames = names("app", "platform", "plateforme", "المنصة", "منصة", "service", "product", "produit", "company", "entreprise", "société", "الشركة", "network", "réseau",
		"service provider", "provider", "platform name", "company name", "social network", "fournisseur", "fournisseur de services")
	urlNames    = names("url", "link", "lien", "الرابط", "رابط", "source url", "lumen url", "permalink", "adresse")
	sourceNames = names("source", "source name", "channel source", "المصدر", "auteur", "author", "said by", "stated by")
	eventNames  = names("event date", "ban date", "date of ban", "banned on", "date du blocage", "تاريخ الحظر")
	countNames  = names("banned count", "banned", "count", "removed", "blocked", "suspended", "total", "monthly total", "total this month", "number", "nombre", "total du mois", "عدد", "العدد", "المجموع", "المجموع الشهري")
	entryNames  = names("number", "nombre", "num", "numéro", "номер")
	idNames     = names("id", "request id", "notice id", "identifiant", "référence", "reference", "ref", "رقم", "المعرف", "no", "n°")
)

func names(ns ...string) map[string]bool {
	m := make(map[string]bool, len(ns))
	for _, n := range ns {
		m[normHeader(n)] = true
	}
	return m
}

// GuessCSV guesses a table's delimiter, header row and column mapping from
// its first bytes, and returns the header names (or "Column N" when the
// table has no header row) for the reporter to confirm.
func GuessCSV(name string, head []byte) (CSVMapping, []string, error) {
	m := CSVMapping{Title: -1, Text: -1, Date: -1, Platform: -1, URL: -1, Figures: map[int]string{}}
	text, err := decodeHead(head)
	if err != nil {
		return m, nil, fmt.Errorf("cannot decode text: %w", err)
	}
	if len(head) >= sniffSize { // the last line may be cut
		if i := strings.LastIndexByte(string(text), '\n'); i > 0 {
			text = text[:i+1]
		}
	}
	if recs := headRecords(text, 20, len(head) >= sniffSize); guessDelimiter(recs) == 0 {
		if skip, d := tableStart(recs); d != 0 {
			m.Skip = preambleLines(string(text), skip)
			text = skipLines(text, m.Skip)
		}
	}
	lines := headLines(text, 20)
	if len(lines) == 0 {
		return m, nil, errors.New("empty table")
	}
	// Quoted cells may hold line breaks: records first, then plain lines.
	m.Delimiter = guessDelimiter(headRecords(text, 20, len(head) >= sniffSize))
	if m.Delimiter == 0 {
		m.Delimiter = guessDelimiter(lines)
	}
	if m.Delimiter == 0 {
		m.Delimiter = ','
		if extOf(name) == ".tsv" || strings.Contains(lines[0], "\t") {
			m.Delimiter = '\t'
		} else if strings.Count(lines[0], ";") > strings.Count(lines[0], ",") {
			m.Delimiter = ';'
		}
	}
	cr := csv.NewReader(strings.NewReader(string(text)))
	cr.Comma = m.Delimiter
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	var rows [][]string
	for len(rows) < 20 {
		rec, err := cr.Read()
		if err != nil {
			break
		}
		rows = append(rows, rec)
	}
	// A title in the first cell of an otherwise empty row ("Accounts
	// removed,,") is the table's title, not its header.
	lead := 0
	for lead < len(rows)-2 && lead < maxPreamble && singleCell(rows[lead]) != "" {
		lead++
	}
	if lead > 0 {
		m.Skip += preambleLines(string(text), lead)
		rows = rows[lead:]
	}
	if len(rows) == 0 {
		return m, nil, errors.New("no rows")
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	m.HasHeader = looksLikeHeader(rows)
	headers := make([]string, width)
	for i := range headers {
		headers[i] = fmt.Sprintf("Column %d", i+1)
		if m.HasHeader && i < len(rows[0]) && strings.TrimSpace(rows[0][i]) != "" {
			headers[i] = strings.TrimSpace(strings.TrimPrefix(rows[0][i], "\ufeff"))
		}
	}
	data := rows
	if m.HasHeader {
		data = rows[1:]
	}
	for i, r := range data { // the first section only: the next has its own header
		if singleCell(r) != "" || blankRow(r) {
			data = data[:i]
			break
		}
	}
	mapColumns(&m, headers, data)
	return m, headers, nil
}

// mapColumns gives the columns of a table their roles from the headers
// (when the table has a header row) and the data rows under them.
func mapColumns(m *CSVMapping, headers []string, data [][]string) {
	m.Title, m.Text, m.Date, m.Platform, m.URL = -1, -1, -1, -1, -1
	m.Figures = map[int]string{}
	m.Long, m.Metric, m.Value, m.Periods, m.Labels = false, -1, -1, nil, nil
	width := len(headers)
	if m.HasHeader {
		for i, h := range headers {
			n := normHeader(h)
			switch {
			case m.Title < 0 && titleNames[n]:
				m.Title = i
			case m.Text < 0 && textNames[n]:
				m.Text = i
			case m.Date < 0 && dateNames[n]:
				m.Date = i
			case m.Platform < 0 && platformNames[n]:
				m.Platform = i
			case m.URL < 0 && urlNames[n]:
				m.URL = i
			}
		}
		shapeColumns(m, headers, func(i int) bool { return numericColumn(data, i) })
		for i, h := range headers {
			if m.role(i) || idNames[normHeader(h)] {
				continue
			}
			n := normHeader(h)
			if m.Date < 0 && (strings.Contains(n, "date") || strings.Contains(n, "تاريخ")) {
				m.Date = i
				continue
			}
			if !numericColumn(data, i) {
				continue
			}
			if u := unitFromHeader(h); u != "" {
				if u != "percent" && ratioColumn(h, data, i) {
					continue // "removed URLs per TLD": a ratio, no count of URLs
				}
				m.Figures[i] = u
			} else if countNames[n] {
				// A moderation channel's table (banned_count, monthly_total):
				// the unit is the one the channel counts in. Any other
				// table's "Total" is a figure of no unit; its "Number" or
				// "Nombre" column (a register's entry numbers) no figure.
				if u := banUnit(data); u != "" || !entryNames[n] {
					m.Figures[i] = u
				}
			}
		}
	}
	if m.Date < 0 && m.HasHeader { // only an event date: use it
		for i, h := range headers {
			if eventNames[normHeader(h)] {
				m.Date = i
				break
			}
		}
	}
	if m.Date < 0 { // no header name: the first column full of dates
		for i := 0; i < width; i++ {
			if !m.role(i) && dateColumn(data, i) {
				m.Date = i
				break
			}
		}
	}
}

// skipLines drops the first n lines of text.
func skipLines(text []byte, n int) []byte {
	for ; n > 0; n-- {
		i := bytes.IndexByte(text, '\n')
		if i < 0 {
			return nil
		}
		text = text[i+1:]
	}
	return text
}

// role reports whether column i already has a role.
func (m CSVMapping) role(i int) bool {
	_, fig := m.Figures[i]
	_, period := m.Periods[i]
	return fig || period || i == m.Title || i == m.Text || i == m.Date || i == m.Platform || i == m.URL ||
		(m.Long && (i == m.Value || i == m.Metric))
}

// looksLikeHeader: a first row naming known columns, or one with no
// numbers or dates above rows that have some.
func looksLikeHeader(rows [][]string) bool {
	first := rows[0]
	known := 0
	numeric := 0
	periods := 0
	for _, c := range first {
		n := normHeader(c)
		if titleNames[n] || textNames[n] || dateNames[n] || platformNames[n] || urlNames[n] || idNames[n] || namesUnit(c) ||
			metricNames[n] || valueNames[n] || labelNames[n] {
			known++
		}
		if isPeriodHeader(c) {
			// "2019 … 2023" above the figures of a wide table.
			periods++
			continue
		}
		if _, ok := parseNumber(c); ok {
			numeric++
		} else if _, ok := parseDate(c); ok {
			numeric++
		}
	}
	if known > 0 && numeric == 0 {
		return true
	}
	if periods >= 2 && numeric == 0 && len(rows) >= 2 {
		return true
	}
	if numeric > 0 || len(rows) < 2 {
		return false
	}
	for _, r := range rows[1:] {
		for _, c := range r {
			if _, ok := parseNumber(c); ok {
				return true
			}
			if _, ok := parseDate(c); ok {
				return true
			}
		}
	}
	return false
}

func numericColumn(rows [][]string, col int) bool {
	seen, ok := 0, 0
	for _, r := range rows {
		if col >= len(r) || strings.TrimSpace(r[col]) == "" {
			continue
		}
		if noDataCell(r[col]) {
			continue // "-", "n/a": a figure withheld, the column is still of figures
		}
		seen++
		if _, good := parseCellFigure(r[col], ""); good {
			ok++ // "1,547", "<10", "11,000 - 12,000"
		}
	}
	return seen == 0 || ok*2 > seen
}

func dateColumn(rows [][]string, col int) bool {
	seen, ok := 0, 0
	for _, r := range rows {
		if col >= len(r) || strings.TrimSpace(r[col]) == "" {
			continue
		}
		seen++
		if _, isNum := parseNumber(r[col]); isNum {
			continue
		}
		if _, good := parseDate(r[col]); good {
			ok++
		}
	}
	return seen > 0 && ok*2 > seen
}

// footnoteMark is a footnote's mark after a count ("6*", "1,384†"); a
// mark alone ("*") withholds the count and stays no number.
var footnoteMark = regexp.MustCompile(`([0-9%])\s*[*†‡]{1,3}$`)

// parseNumber reads a table figure: "1,312", "1 312", "12,5", "12.5%",
// "١٢٣", "1.234.567", "41_877". A single dot is a decimal point; a comma followed
// by exactly three digits groups thousands, otherwise it is a decimal comma.
func parseNumber(s string) (float64, bool) {
	s = strings.TrimSpace(asciiDigits(s))
	s = footnoteMark.ReplaceAllString(s, "$1") // "6*": Twitter's footnoted count is 6
	s = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(s, "%")), "\u066a")
	s = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "", "\u066c", ",", "\u066b", ".", "'", "").Replace(s)
	if s == "" || len(s) > 32 {
		return 0, false
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	if strings.Contains(s, "_") {
		// "41_877", "2_497_438": digits grouped in threes by underscores,
		// as Python and R data sets write them; other underscores join
		// an identifier's parts, no number
		whole, _, _ := strings.Cut(s, ".")
		if strings.Contains(s[len(whole):], "_") || strings.Contains(whole, ",") || !thousandsGrouped(whole, '_') {
			return 0, false
		}
		s = strings.ReplaceAll(s, "_", "")
	}
	for _, r := range s {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return 0, false
		}
	}
	commas, dots := strings.Count(s, ","), strings.Count(s, ".")
	switch {
	case commas > 0 && dots > 0: // the later one is the decimal mark
		if strings.LastIndex(s, ",") > strings.LastIndex(s, ".") {
			s = strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", ".")
		} else {
			s = strings.ReplaceAll(s, ",", "")
		}
	case commas > 1 || (commas == 1 && thousandsGrouped(s, ',')):
		s = strings.ReplaceAll(s, ",", "")
	case commas == 1:
		s = strings.ReplaceAll(s, ",", ".")
	case dots > 1 && thousandsGrouped(s, '.'):
		s = strings.ReplaceAll(s, ".", "")
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	if neg {
		v = -v
	}
	return v, true
}

// parseFigure reads a figure cell counting unit. Things are counted whole,
// so in a count column "1.234" groups thousands (1234) the way European
// and Arabic spreadsheets write it, as "1,234" does; percentages and other
// numbers keep the dot as a decimal point.
func parseFigure(s, unit string) (float64, bool) {
	v, ok := parseNumber(s)
	if !ok || unit == "percent" {
		return v, ok
	}
	t := strings.TrimSpace(asciiDigits(s))
	t = strings.TrimPrefix(t, "-")
	if i := strings.IndexByte(t, '.'); i >= 1 && i <= 3 && t[0] != '0' && strings.Count(t, ".") == 1 &&
		len(t)-i-1 == 3 && strings.Trim(t[:i]+t[i+1:], "0123456789") == "" {
		w, err := strconv.ParseFloat(t[:i]+t[i+1:], 64)
		if err == nil {
			if v < 0 {
				w = -w
			}
			return w, true
		}
	}
	return v, ok
}

// cellFigure is a table cell read as a figure: one value, a range
// ("11,000 - 12,000", as Facebook gave the United States' requests) or a
// bound ("<10", "1,000+").
type cellFigure struct {
	value, high float64
	qual        app.Qualifier
}

// rangeCell splits a range cell at its dash or "to": "11,000 - 12,000",
// "3–4", "20 to 30".
var rangeCell = regexp.MustCompile(`^\s*([0-9][0-9.,\s\x{a0}\x{202f}]*?)\s*(?:-|–|—|to|à|до|إلى|الى)\s*([0-9][0-9.,\s\x{a0}\x{202f}]*)\s*$`)

// parseCellFigure reads a figure cell: a number, a range of two (one
// claim with its low and high ends, never two claims) or a bound. A
// range whose ends are not in order is no figure.
func parseCellFigure(s, unit string) (cellFigure, bool) {
	if v, ok := parseFigure(s, unit); ok {
		return cellFigure{value: v}, true
	}
	t := strings.TrimSpace(asciiDigits(s))
	if m := rangeCell.FindStringSubmatch(t); m != nil {
		lo, ok1 := parseFigure(m[1], unit)
		hi, ok2 := parseFigure(m[2], unit)
		if ok1 && ok2 && lo < hi {
			return cellFigure{value: lo, high: hi}, true
		}
		return cellFigure{}, false
	}
	for _, b := range []struct {
		prefix, suffix string
		q              app.Qualifier
	}{{"<=", "", app.QualUpTo}, {"≤", "", app.QualUpTo}, {"<", "", app.QualUpTo}, {">=", "", app.QualAtLeast},
		{"≥", "", app.QualAtLeast}, {">", "", app.QualMoreThan}, {"", "+", app.QualAtLeast}} {
		if b.prefix != "" && strings.HasPrefix(t, b.prefix) || b.suffix != "" && strings.HasSuffix(t, b.suffix) && len(t) > 1 {
			if v, ok := parseFigure(strings.TrimSuffix(strings.TrimPrefix(t, b.prefix), b.suffix), unit); ok && v >= 0 {
				return cellFigure{value: v, qual: b.q}, true
			}
			return cellFigure{}, false
		}
	}
	return cellFigure{}, false
}

// thousandsGrouped reports "d,ddd,ddd" grouping with sep.
func thousandsGrouped(s string, sep byte) bool {
	parts := strings.Split(s, string(sep))
	if len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

// parseCSV reads a table, one notice per row. The body is generated from
// the row ("Header: value" lines, the text column first as written), and
// each figure column becomes a format claim anchored to its cell's text.
//
// Row origins are "csv:<file name>#<key>". The key is the row's id column
// when there is one, else a hash of the cells that identify the row (every
// cell except figures and the text), so re-importing the file gives
// duplicates, and correcting a figure or the text of a row updates that
// notice instead of adding one.
func parseCSV(s *sink, r io.Reader) error {
	br := bufio.NewReaderSize(r, sniffSize)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return fmt.Errorf("cannot read: %w", err)
	}
	if len(trimLead(head)) == 0 {
		return errors.New("empty table")
	}
	var mapping CSVMapping
	var headers []string
	if s.opt.CSV != nil {
		// The reporter's mapping wins; the header row, when there is one,
		// is read below.
		mapping = *s.opt.CSV
		if mapping.Delimiter == 0 {
			g, _, _ := GuessCSV(s.file, head)
			mapping.Delimiter = g.Delimiter
		}
	} else {
		mapping, headers, err = GuessCSV(s.file, head)
		if err != nil {
			return err
		}
	}
	dr, encName, conf, err := decodingReader(br)
	if err != nil {
		return fmt.Errorf("cannot read: %w", err)
	}
	s.setEncoding(encName, conf)
	if mapping.Skip > 0 {
		lr := bufio.NewReader(dr)
		var pre []string
		for range mapping.Skip {
			l, err := lr.ReadString('\n')
			if l = strings.TrimSpace(l); l != "" {
				pre = append(pre, l)
			}
			if err != nil {
				break
			}
		}
		s.preamble = strings.Join(pre, " / ")
		if len(pre) == 1 && !strings.Contains(pre[0], ":") {
			s.preamble = strings.Trim(pre[0], ",;\t ") // a title, not a stamp ("Updated: …")
		}
		s.note("passed over %d line(s) above the table's header: %s", mapping.Skip, app.Truncate(s.preamble, 160))
		dr = lr
	}
	cr := csv.NewReader(dr)
	cr.Comma = mapping.Delimiter
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true

	// The table's context: a platform or unit its file name or title names.
	tc := tableCtx{canon: s.canonPlatform, monthFirst: monthFirstTable(head)}
	tc.platform = s.platformIn(strings.TrimSuffix(filepath.Base(s.file), filepath.Ext(s.file)))
	tc.period = namePeriod(strings.TrimSuffix(filepath.Base(s.file), filepath.Ext(s.file)))
	if s.preamble != "" {
		if !strings.Contains(s.preamble, ":") && !strings.Contains(s.preamble, " / ") {
			tc.section = s.preamble
		}
		tc.unit = unitFromHeader(s.preamble)
		if p := s.platformIn(s.preamble); p != "" {
			tc.platform = p
		}
		if p := namePeriod(s.preamble); p != "" {
			tc.period = p
		}
	}
	// Records read ahead (a new section's first rows, to map its columns)
	// wait in queue.
	var queue [][]string
	row := 0
	next := func() ([]string, error) {
		if len(queue) > 0 {
			rec := queue[0]
			queue = queue[1:]
			return rec, nil
		}
		rec, err := cr.Read()
		if err == nil {
			row++
		}
		return rec, err
	}
	var cols tableCols
	if mapping.HasHeader {
		guessed := len(headers) // the columns the first bytes showed
		rec, err := next()
		if err != nil {
			return csvErr(err, encName)
		}
		headers = make([]string, len(rec))
		for i, h := range rec {
			headers[i] = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
			if i >= guessed && s.opt.CSV == nil {
				// A header row longer than the first bytes: its further
				// columns count what their names say.
				if u := unitFromHeader(headers[i]); u != "" {
					mapping.Figures[i] = u
				}
			}
		}
	}
	cols = findCols(headers, mapping)
	base := filepath.Base(s.file)
	keys := map[string]int{}
	newSection := false
	sections := 0
	var prev []string // the data row above, to tell a header from a row
	for {
		rec, err := next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return csvErr(err, encName)
		}
		for _, c := range rec {
			if !utf8.ValidString(c) {
				return fmt.Errorf("row %d: text is not valid %s (mixed encodings?)", row, encName)
			}
		}
		if title := singleCell(rec); title != "" && len(headers) >= 2 {
			// A section's title above its own header.
			tc.section, newSection = title, true
			if u := unitFromHeader(title); u != "" {
				tc.unit = u
			}
			if p := s.platformIn(title); p != "" {
				tc.platform = p
			}
			continue
		}
		if blankRow(rec) {
			newSection = true
			s.skip()
			continue
		}
		if mapping.HasHeader && s.opt.CSV == nil && headerRow(rec) && !sameCells(rec, headers) &&
			(newSection || knownHeaders(rec) >= 2) && (newSection || !repeatsRow(rec, prev)) {
			// A new section with its own header: map its columns from the
			// header and the rows under it.
			headers = trimCells(rec)
			var data [][]string
			for len(data) < 20 {
				r, err := cr.Read()
				if err != nil {
					if err != io.EOF {
						return csvErr(err, encName)
					}
					break
				}
				row++
				r = slices.Clone(r)
				data = append(data, r)
				if singleCell(r) != "" || blankRow(r) || headerRow(r) {
					break
				}
			}
			queue = append(data, queue...)
			m := mapping
			mapColumns(&m, headers, data)
			mapping, cols = m, findCols(headers, m)
			newSection = false
			sections++
			continue
		}
		newSection = false
		prev = append(prev[:0], rec...) // rec is reused by the reader
		if totalsRow(rec, mapping) {
			// A totals row sums the rows above: as a notice it would
			// count every figure twice.
			s.skip()
			continue
		}
		im := csvRow(rec, headers, mapping, cols.event, cols.monthly, tc)
		src := cell(rec, cols.source)
		if !sourceCell(src) {
			src = "" // "blocked-websites-MSM-world-cup.txt": the list a row came from, no one who said it
		}
		im.Sources = channelSource(src)
		if mapping.Title < 0 && src != "" && !mapping.Long && len(mapping.Periods) == 0 {
			// A log row reads best as who said it and when; a long or
			// wide table's row keeps the title its labels give it (the
			// observer beside the platform, year and measure it counts:
			// "NCMEC · Amazon · 2021 · reports"), which tells its rows apart.
			im.Notice.Title = src
			if d := cell(rec, cols.event); d != "" {
				im.Notice.Title += ", " + d
			} else if d := cell(rec, mapping.Date); d != "" {
				im.Notice.Title += ", " + d
			}
		}
		key := rowKey(rec, mapping, cols.id, row)
		if sections > 0 {
			key = strconv.Itoa(sections) + "/" + key
		}
		keys[key]++
		if k := keys[key]; k > 1 {
			key += "~" + strconv.Itoa(k)
		}
		im.Notice.Origin = "csv:" + base + "#" + key
		if im.Notice.Title == "" {
			im.Notice.Title = fmt.Sprintf("%s row %d", base, row)
		}
		if err := s.emit(im); err != nil {
			return fmt.Errorf("row %d: %w", row, err)
		}
	}
	if sections > 0 {
		s.note("%d sections with their own headers", sections+1)
	}
	return nil
}

// tableCols are the columns of a header that are no notice field.
type tableCols struct {
	id, event, source int
	monthly           map[int]bool
}

func findCols(headers []string, m CSVMapping) tableCols {
	c := tableCols{id: -1, event: -1, source: -1}
	for i, h := range headers {
		n := normHeader(h)
		if c.id < 0 && idNames[n] {
			c.id = i
		}
		if c.source < 0 && sourceNames[n] {
			c.source = i
		}
		if c.event < 0 && eventNames[n] && i != m.Date {
			c.event = i
		}
		if strings.Contains(n, "month") || strings.Contains(n, "mois") || strings.Contains(n, "شهر") {
			if c.monthly == nil {
				c.monthly = map[int]bool{}
			}
			c.monthly[i] = true
		}
	}
	return c
}

// knownHeaders counts the cells of a row that are known column names.
func knownHeaders(rec []string) int {
	k := 0
	for _, c := range rec {
		n := normHeader(c)
		if titleNames[n] || dateNames[n] || platformNames[n] || urlNames[n] || idNames[n] ||
			metricNames[n] || valueNames[n] || labelNames[n] || countNames[n] || isPeriodHeader(c) {
			k++
		}
	}
	return k
}

func sameCells(rec, headers []string) bool {
	if len(rec) != len(headers) {
		return false
	}
	for i := range rec {
		if strings.TrimSpace(rec[i]) != headers[i] {
			return false
		}
	}
	return true
}

func trimCells(rec []string) []string {
	out := make([]string, len(rec))
	for i, c := range rec {
		out[i] = strings.TrimSpace(c)
	}
	return out
}

func csvErr(err error, enc string) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("malformed table at line %d (%s): %v", pe.Line, enc, pe.Err)
	}
	return fmt.Errorf("cannot read table (%s): %w", enc, err)
}

func blankRow(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// totalNames label the totals row spreadsheets end a table with.
var totalNames = names("total", "totals", "grand total", "sum", "total général", "totaux", "somme",
	"المجموع", "الإجمالي", "الاجمالي", "إجمالي", "اجمالي", "المجموع الكلي")

// totalsRow reports a row labelled as a total in a cell that holds no
// figure, with no date in the date column.
func totalsRow(rec []string, m CSVMapping) bool {
	if _, ok := parseDate(cell(rec, m.Date)); ok {
		return false
	}
	for i := range rec {
		if _, fig := m.Figures[i]; fig {
			continue
		}
		if v := cell(rec, i); v != "" && totalNames[normHeader(v)] {
			return true
		}
	}
	return false
}

func cell(rec []string, i int) string {
	if i < 0 || i >= len(rec) {
		return ""
	}
	return strings.TrimSpace(rec[i])
}

// tableCtx is what a row's notice takes from the table around it: the
// section it is in, the unit and platform the file or its title names,
// and the platform canonicaliser.
type tableCtx struct {
	section, unit, platform string
	period                  string // the period the file name or title names ("…-2013-H1")
	monthFirst              bool   // its slash dates put the month first ("12/31/22")
	canon                   func(string) string
}

// csvRow builds the notice and figure claims of one row.
func csvRow(rec, headers []string, m CSVMapping, eventCol int, monthly map[int]bool, tc tableCtx) app.Imported {
	header := func(i int) string {
		if i < len(headers) && headers[i] != "" {
			return headers[i]
		}
		return fmt.Sprintf("Column %d", i+1)
	}
	var b strings.Builder
	if t := cell(rec, m.Text); t != "" {
		b.WriteString(t)
		b.WriteString("\n\n")
	}
	type span struct{ start, end int }
	spans := map[int]span{}
	for i := range rec {
		v := cell(rec, i)
		if v == "" || i == m.Text {
			continue
		}
		b.WriteString(header(i))
		b.WriteString(": ")
		spans[i] = span{b.Len(), b.Len() + len(v)}
		b.WriteString(v)
		b.WriteByte('\n')
	}
	body := strings.TrimRight(b.String(), "\n")
	published, _ := tableDate(cell(rec, m.Date), tc.monthFirst)
	if end, ok := spanEnd(rec, headers, m.Date, tc.monthFirst); ok {
		published = end // "TR Start Date" beside "TR End Date": the row is of its period's end
	}
	period := ""
	if published.IsZero() && isPeriodHeader(cell(rec, m.Date)) {
		period = periodText(cell(rec, m.Date)) // "2023-Q1": a period, not a day
	}
	if period == "" && len(m.Periods) == 0 {
		// a "Period" column: "2011 (1st half)", or Apple's "TR Period"
		// ("2022 H2") beside the half's first and last days
		period = rowPeriod(rec, headers)
		if period == "" {
			period = spanPeriod(rec, headers, tc.monthFirst)
		}
	}
	if period == "" && published.IsZero() && len(m.Periods) == 0 && cell(rec, eventCol) == "" {
		period = tc.period // the file's own: "Facebook-Government-Report-2013-H1.csv"
	}
	platform := tc.canon(cell(rec, m.Platform))
	if platform == "" {
		platform = tc.platform
	}
	title := cell(rec, m.Title)
	shaped := m.Long || len(m.Periods) > 0
	if title == "" && shaped {
		title = rowTitle(rec, m, tc.section)
	}
	// a cell that names the row: no address, file name, dash, date or
	// number ("41_877", "<10"); when none does, its year ("2024") does,
	// as a count never would
	nameCell := func(v string, year bool) bool {
		if v == "" || addressCell(v) || fileNameCell(v) || noDataCell(v) {
			return false
		}
		if _, date := parseDate(v); date {
			return false
		}
		if year {
			return !countCell(v)
		}
		_, num := parseNumber(v)
		return !num
	}
	for _, year := range []bool{false, true} {
		for i := range rec {
			if title != "" || year && shaped {
				break
			}
			if v := cell(rec, i); !m.role(i) && nameCell(v, year) {
				title = v
			}
		}
	}
	if title == "" {
		// A register's row is about the address it lists.
		title = cell(rec, m.URL)
	}
	event := published
	if t, ok := tableDate(cell(rec, eventCol), tc.monthFirst); ok {
		event = t
	}
	// A row of a moderation channel's log says whose count it is.
	actor, verification := "", app.Unreviewed
	rowUnit := ""
	kind := ""
	if !shaped { // a policy column's "Terrorism" is no moderation channel's log
		kind = banKind(rec)
	}
	switch kind {
	case "isis":
		actor, verification, rowUnit = "ISIS", app.SelfReported, "bots_and_channels"
	case "child":
		verification, rowUnit = app.SelfReported, "groups_and_channels"
	}
	if rowUnit != "" && platform == "" {
		platform = "Telegram"
	}
	var claims []app.Claim
	for col := range len(rec) {
		if len(claims) == MaxClaims {
			break // a row of more figures than a notice keeps: the pipeline notes the cut
		}
		unit, ok := m.Figures[col]
		colPeriod, isPeriod := m.Periods[col]
		unitText := header(col)
		switch {
		case m.Long && col == m.Value:
			// A long table: the metric says what the value counts.
			unitText = cell(rec, m.Metric)
			unit, ok = figureUnit(cell(rec, col), metricUnit(unitText)), true
		case isPeriod:
			unit, ok = figureUnit(cell(rec, col), tc.unit), true
		}
		if !ok {
			continue
		}
		fc, ok := parseCellFigure(cell(rec, col), unit)
		sp, has := spans[col]
		if !ok || !has {
			continue
		}
		v := fc.value
		if fc.qual == app.QualNone && fc.high == 0 {
			fc.qual = boundOf(unitText) // "(range MIN)": one end of a range split in two columns
		}
		if m.Long && col == m.Value {
			v, fc.high = fractionShare(cell(rec, col), unitText, unit, v), fractionShare(cell(rec, col), unitText, unit, fc.high)
		}
		if rowUnit != "" && (unit == "" || unit == "bots_and_channels" || unit == "groups_and_channels") {
			unit = rowUnit
		}
		c := app.Claim{
			Kind:         app.ClaimFigure,
			Value:        v,
			High:         fc.high,
			Qualifier:    fc.qual,
			Unit:         unit,
			UnitText:     unitText,
			Start:        runeOffset(body, sp.start),
			End:          runeOffset(body, sp.end),
			Actor:        actor,
			Platform:     platform,
			EventDate:    event,
			Verification: verification,
			Origin:       app.OriginFormat,
		}
		switch {
		case monthly[col]:
			c.Rate = app.RatePerMonth
			if !event.IsZero() {
				c.Period = event.Format("2006-01")
			}
		case isPeriod:
			c.Period = colPeriod
		case period != "":
			c.Period = period
		}
		claims = append(claims, c)
	}
	if (len(claims) > 0 || len(m.Figures) > 0) && !shaped {
		// A row of dashes is still that country's row.
		title = withDimensions(title, rec, m, platform, period != "")
	}
	return app.Imported{
		Notice: app.Notice{
			Kind:        app.KindCSVRow,
			Title:       title,
			Body:        body,
			URL:         cell(rec, m.URL),
			Platform:    platform,
			PublishedAt: published,
		},
		Claims: claims,
	}
}

// withDimensions adds to a row's title the cells of its other columns
// that say what its figures are about (country, product, reason, year):
// two rows' figures are compared only when their titles agree, so a
// title naming only the country made every product and reason of a
// country's row conflict with each other. Cells the title already
// names are not repeated. A product the platform column names beside
// its company ("YouTube", "Google Maps" for Google) is one too.
//
// A row whose period is known ("2011-H2", from its first and last days
// or its "TR Period") does not repeat those days in its title: they are
// its period, not what it is about.
func withDimensions(title string, rec []string, m CSVMapping, platform string, dated bool) string {
	parts := []string{}
	if title != "" {
		parts = append(parts, title)
	}
	for i := range rec {
		if m.role(i) && (i != m.Platform || !productOf(cell(rec, i), platform)) {
			continue
		}
		v := cell(rec, i)
		if v == "" || utf8.RuneCountInString(v) > 120 || namesWord(strings.Join(parts, " · "), v) {
			continue // a long cell is prose, not what a figure is about
		}
		if addressCell(v) || noDataCell(v) || countCell(v) {
			continue // a link, a dash or a count says nothing of what the figures count
		}
		if d, ok := tableDate(v, false); dated && ok && !d.IsZero() {
			continue
		}
		parts = append(parts, v)
	}
	return strings.Join(parts, " · ")
}

// productOf reports a platform cell that names a product of the platform
// it was read as: "Google Maps" for Google, not "تويتر" for Twitter.
func productOf(raw, platform string) bool {
	return platform != "" && len(strings.Fields(raw)) > len(strings.Fields(platform)) && namesWord(raw, platform)
}

// namesWord reports whether s contains w as a whole: "Israel - Google"
// names "Israel", "Australia" does not name "AU".
func namesWord(s, w string) bool {
	ls, lw := strings.ToLower(s), strings.ToLower(w)
	for from := 0; ; {
		i := strings.Index(ls[from:], lw)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(ls[:i])
		after, _ := utf8.DecodeRuneInString(ls[i+len(lw):])
		if !wordRune(before) && !wordRune(after) {
			return true
		}
		from = i + 1
	}
}

func wordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func rowKey(rec []string, m CSVMapping, idCol, row int) string {
	if id := cell(rec, idCol); id != "" {
		return "id-" + id
	}
	h := sha256.New()
	n := 0
	for i := range rec {
		if _, fig := m.Figures[i]; fig || i == m.Text {
			continue
		}
		h.Write([]byte(cell(rec, i)))
		h.Write([]byte{0})
		n++
	}
	if n == 0 {
		return "row-" + strconv.Itoa(row)
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// banKind tells a row of Telegram's moderation log apart: "isis" for ISIS
// Watch / terrorism rows, "child" for Stop Child Abuse rows, "" otherwise.
func banKind(rec []string) string {
	for _, c := range rec {
		switch strings.ToLower(strings.TrimSpace(c)) {
		case "child_abuse", "child abuse", "stop child abuse", "@stopca":
			return "child"
		case "terrorism_isis", "terrorism", "isis", "isis watch", "@isiswatch":
			return "isis"
		}
	}
	return ""
}

// banUnit is the unit of a count column with no unit in its header: the
// moderation channels count "bots and channels" (ISIS Watch) or "groups and
// channels" (Stop Child Abuse).
//
// Any other table's "Total" or "Removed" column has no unit: its name
// gives none, and a unit taken from elsewhere would be invented.
func banUnit(rows [][]string) string {
	unit := ""
	for _, r := range rows {
		switch banKind(r) {
		case "child":
			return "groups_and_channels"
		case "isis":
			unit = "bots_and_channels"
		}
	}
	return unit
}
