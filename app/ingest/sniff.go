package ingest

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Sniff names the format of a file from its first bytes, using the file
// name only to break ties: "telegram", "lumen", "csv", "rss", "atom",
// "html", "markdown", "text", "xlsx", or "" for binary or unknown content.
func Sniff(name string, head []byte) string {
	if len(head) == 0 {
		return ""
	}
	if isWorkbook(name, head) {
		return "xlsx"
	}
	if bom16(head) != nil {
		// Spreadsheets save "Unicode text" tables; Notepad saves "Unicode"
		// notes and pages.
		dec, err := decodeHead(head)
		if err != nil || isBinary(dec) {
			return ""
		}
		if csvLike(dec, extOf(name), len(head) >= sniffSize, 2) {
			return "csv"
		}
		if t := trimLead(dec); len(t) > 0 && t[0] == '<' {
			if f := sniffMarkup(t); f == "html" {
				return f
			}
		}
		if looksMarkdown(name, dec) {
			return "markdown"
		}
		return "text"
	}
	if isBinary(head) {
		return ""
	}
	t := trimLead(head)
	if len(t) == 0 {
		return ""
	}
	ext := extOf(name)
	switch {
	case templated(t):
		// a page's template ("{% extends … %}", "{{ define … }}", "{#
		// comment #}"): the markup or text it holds, never JSON
		if f := sniffMarkup(t); f == "html" {
			return f
		}
	case t[0] == '{' || t[0] == '[':
		return sniffJSON(t)
	case t[0] == '<':
		if f := sniffMarkup(t); f != "" {
			return f
		}
	}
	valid := validUTF8Head(head)
	if csvLike(head, ext, len(head) >= sniffSize, 0) {
		return "csv"
	}
	if !valid {
		// A text saved in a code page: read as text if its bytes read as
		// letters in one of them.
		if _, _, conf := sniffEncoding(head); conf < 0.6 {
			return ""
		}
		dec, err := decodeHead(head)
		switch {
		case err != nil:
			return ""
		case csvLike(dec, ext, len(head) >= sniffSize, 0):
			return "csv"
		}
		return "text"
	}
	if looksMarkdown(name, head) {
		return "markdown"
	}
	return "text"
}

// isWorkbook reports an Excel workbook: a zip archive named .xlsx or
// .xlsm, or one whose first entries are a workbook's parts.
func isWorkbook(name string, head []byte) bool {
	if !bytes.HasPrefix(head, []byte("PK\x03\x04")) {
		return false
	}
	switch extOf(name) {
	case ".xlsx", ".xlsm":
		return true
	}
	return bytes.Contains(head, []byte("xl/workbook.xml")) || bytes.Contains(head, []byte("xl/worksheets/"))
}

func extOf(name string) string { return strings.ToLower(filepath.Ext(name)) }

// trimLead drops a UTF-8 byte order mark and leading white space.
func trimLead(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	return bytes.TrimLeft(b, " \t\r\n")
}

// isBinary reports NUL bytes or many control characters, the marks of
// images, archives and databases.
func isBinary(head []byte) bool {
	if bom16(head) != nil {
		return false
	}
	ctrl := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*20 > len(head)
}

// validUTF8Head is utf8.Valid allowing a rune cut off by the end of the head.
func validUTF8Head(head []byte) bool {
	for i := 0; i < 3 && len(head) > 0; i++ {
		if utf8.Valid(head) {
			return true
		}
		r, _ := utf8.DecodeLastRune(head)
		if r != utf8.RuneError {
			return false
		}
		head = head[:len(head)-1]
	}
	return utf8.Valid(head)
}

func sniffJSON(t []byte) string {
	s := string(t)
	switch {
	case strings.Contains(s, `"format": "takedowndesk"`) || strings.Contains(s, `"format":"takedowndesk"`):
		return "takedowndesk"
	case strings.Contains(s, `"messages"`) || strings.Contains(s, `"left_chats"`) ||
		(strings.Contains(s, `"chats"`) && strings.Contains(s, `"list"`)) ||
		strings.Contains(s, `"personal_information"`) || strings.Contains(s, `"frequent_contacts"`) ||
		strings.Contains(s, `"profile_pictures"`): // an account export without personal information starts with these
		return "telegram"
	case strings.Contains(s, `"notices"`) || strings.Contains(s, `"notice"`) ||
		strings.Contains(s, `"date_received"`) || strings.Contains(s, `"infringing_urls"`) ||
		strings.Contains(s, `"principal_name"`) || strings.Contains(s, `"recipient_name"`):
		return "lumen"
	}
	return ""
}

func sniffMarkup(t []byte) string {
	n := len(t)
	if n > 4096 {
		n = 4096
	}
	s := strings.ToLower(string(t[:n]))
	switch {
	case strings.Contains(s, "<rss") || strings.Contains(s, "<rdf:rdf"):
		return "rss"
	case strings.Contains(s, "<feed"):
		return "atom"
	case strings.Contains(s, "<html") || strings.Contains(s, "<!doctype html") || strings.Contains(s, "<head") ||
		strings.Contains(s, "<body") || strings.Contains(s, "<article") || strings.Contains(s, "<p>") ||
		strings.Contains(s, "<div") || strings.Contains(s, "<meta"):
		return "html"
	}
	return ""
}

// csvLike reports a table: at least two lines that split into the same
// number (two or more) of cells on one of , ; or tab. A .csv/.tsv name
// accepts a single line; prose needs three or more consistent lines, five
// in a .txt or .md file. need, when above 0, overrides the number of lines
// required. cut says head is a prefix of a longer file. Quoted cells may
// span lines, as spreadsheets write them.
func csvLike(head []byte, ext string, cut bool, need int) bool {
	tableExt := ext == ".csv" || ext == ".tsv" || ext == ".tab"
	if need <= 0 {
		need = 3
		if tableExt {
			need = 1
		} else if ext == ".txt" || ext == ".md" || ext == ".markdown" {
			need = 5
		}
	}
	if tableExt {
		need = 1
	}
	for _, lines := range [][]string{headRecords(head, 20, cut), headLines(head, 20)} {
		if len(lines) < need || (len(lines) < 2 && !tableExt) {
			continue
		}
		if guessDelimiter(lines) != 0 {
			return true
		}
		// A title or a date line above the header: the rest must still be
		// a table by the same measure, and one of two lines or more.
		if skip, d := tableStart(lines); d != 0 && len(lines)-skip >= max(need, 2) {
			return true
		}
	}
	return false
}

// maxPreamble is how many lines above a table's header are passed over
// (a register's title, the date it was drawn up, a blank-celled banner).
const maxPreamble = 8

// tableStart finds where a table begins under a few lines of preamble: the
// first record from which every record splits into the same number (2+)
// of cells, with that number more than the preamble's lines have. skip is
// 0 and d is 0 when no such start is found.
func tableStart(records []string) (skip int, d rune) {
	for skip = 1; skip <= maxPreamble && len(records)-skip >= 2; skip++ {
		d = guessDelimiter(records[skip:])
		if d == 0 {
			continue
		}
		cells := countCells(records[skip], d)
		ok := true
		for _, p := range records[:skip] {
			if countCells(p, d) >= cells {
				ok = false
				break
			}
		}
		if ok {
			return skip, d
		}
	}
	return 0, 0
}

// preambleLines counts the physical lines (blank ones included) before the
// skip-th non-empty record of text, as headRecords splits it.
func preambleLines(text string, skip int) int {
	lines, seen, inQ, blank := 0, 0, false, true
	for i := 0; i < len(text) && seen < skip; i++ {
		switch c := text[i]; {
		case c == '"':
			inQ = !inQ
			blank = false
		case c == '\n' && !inQ:
			lines++
			if !blank {
				seen++
			}
			blank = true
		case c != ' ' && c != '\t' && c != '\r':
			blank = false
		}
	}
	return lines
}

// headRecords returns up to max complete non-empty records of head, a
// record ending at a line break outside double quotes. A quote left open
// at the end of head drops the record it opened.
func headRecords(head []byte, max int, cut bool) []string {
	s := strings.TrimPrefix(string(head), "\ufeff")
	var out []string
	start, inQ := 0, false
	add := func(rec string) bool {
		rec = strings.TrimRight(rec, "\r")
		if strings.TrimSpace(rec) != "" {
			out = append(out, rec)
		}
		return len(out) == max
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			inQ = !inQ
		case '\n':
			if !inQ {
				if add(s[start:i]) {
					return out
				}
				start = i + 1
			}
		}
	}
	if !inQ && !cut && start < len(s) {
		add(s[start:])
	}
	return out
}

// headLines returns up to max complete non-empty lines of head.
func headLines(head []byte, max int) []string {
	s := string(head)
	s = strings.TrimPrefix(s, "\ufeff")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 && len(head) >= sniffSize {
		s = s[:i] // the last line may be cut
	}
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimRight(l, "\r")
		if strings.TrimSpace(l) == "" {
			continue
		}
		out = append(out, l)
		if len(out) == max {
			break
		}
	}
	return out
}

// guessDelimiter picks the delimiter that splits every line into the same
// number (2+) of cells, preferring the one with most cells; 0 when none does.
func guessDelimiter(lines []string) rune {
	best, bestCells := rune(0), 1
	for _, d := range []rune{'\t', ';', ','} {
		cells := -1
		ok := true
		for _, l := range lines {
			c := countCells(l, d)
			if cells < 0 {
				cells = c
			} else if c != cells {
				ok = false
				break
			}
		}
		if ok && cells > bestCells {
			best, bestCells = d, cells
		}
	}
	return best
}

// countCells counts delimited cells, ignoring delimiters inside quotes.
// A quoted cell spanning lines makes the counts disagree, which only costs
// the sniffer a guess.
func countCells(line string, d rune) int {
	n, inQ := 1, false
	for _, r := range line {
		switch {
		case r == '"':
			inQ = !inQ
		case r == d && !inQ:
			n++
		}
	}
	return n
}

// looksMarkdown tells Markdown from plain text by name or by headings,
// links and emphasis near the top.
func looksMarkdown(name string, head []byte) bool {
	switch extOf(name) {
	case ".md", ".markdown", ".mdown":
		return true
	}
	marks := 0
	for _, l := range headLines(head, 40) {
		l = strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "# ") || strings.HasPrefix(l, "## ") || strings.HasPrefix(l, "### "):
			marks += 2
		case strings.Contains(l, "](http"):
			marks++
		case strings.HasPrefix(l, "> ") || strings.HasPrefix(l, "* ") || strings.HasPrefix(l, "- "):
			marks++
		}
		if strings.Contains(l, "**") {
			marks++
		}
	}
	return marks >= 2
}

// templateTag is one tag of a page's template: a comment ("{# … #}"), a
// statement ("{% extends … %}") or an expression ("{{ url(…) }}").
var templateTag = regexp.MustCompile(`(?s)\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\}`)

// templated reports a head that opens with a template's tag, as sites'
// repositories keep their pages (Jinja, Django, Liquid, Hugo): "{%",
// "{{" or "{#" is no JSON value's start.
func templated(t []byte) bool {
	return len(t) > 1 && t[0] == '{' && (t[1] == '%' || t[1] == '{' || t[1] == '#')
}
