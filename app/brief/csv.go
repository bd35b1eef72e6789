// Package brief writes what the desk knows as files for others: an Excel
// workbook, CSV briefs in an Excel and a data flavour, the whole desk as
// re-importable JSON, W3C Web Annotations and a Markdown brief — all through
// one path (Export) shared by the window and the command line.
package brief

import (
	"encoding/csv"
	"fmt"
	"io"

	"github.com/takedowndesk/takedowndesk/app"
)

// SafeCell stops a spreadsheet from running a text cell as a formula: text
// that starts with = + - @ (or a tab, CR or LF, which some spreadsheets skip
// before looking) gets a leading apostrophe. Channel handles start with @,
// so this is not theory. Only the Excel CSV flavour uses it, only on text.
func SafeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r', '\n':
		return "'" + s
	}
	return s
}

// csvTable writes rows of typed columns in one flavour.
type csvTable struct {
	cw    *csv.Writer
	kinds []cellKind
	excel bool
	row   []string
}

func newCSV(w io.Writer, fl Flavour, header []string, kinds []cellKind) (*csvTable, error) {
	excel := fl == ForExcel
	if excel {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return nil, fmt.Errorf("write byte order mark: %w", err)
		}
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = excel
	t := &csvTable{cw: cw, kinds: kinds, excel: excel, row: make([]string, len(header))}
	if err := cw.Write(header); err != nil {
		return nil, err
	}
	return t, nil
}

func (t *csvTable) write(cells []string) error {
	for i, c := range cells {
		if t.excel && t.kinds[i] == textCell {
			c = SafeCell(c)
		}
		t.row[i] = c
	}
	return t.cw.Write(t.row)
}

func (t *csvTable) close() error {
	t.cw.Flush()
	return t.cw.Error()
}

func kindsOf(cols []column) []cellKind {
	out := make([]cellKind, len(cols))
	for i, c := range cols {
		out[i] = c.kind
	}
	return out
}

// claimsCSV writes the claims brief: one row per claim, in the chosen columns.
func (e *exporter) claimsCSV(w io.Writer, each walk) error {
	t, err := newCSV(w, e.req.Flavour, columnNames(e.cols), kindsOf(e.cols))
	if err != nil {
		return fmt.Errorf("write brief: %w", err)
	}
	cells := make([]string, len(e.cols))
	err = each(func(n *app.Notice) error {
		return e.lines(n, func(l line) error {
			for i, c := range e.cols {
				cells[i] = c.get(l)
			}
			return t.write(cells)
		})
	})
	if err == nil {
		err = t.close()
	}
	if err != nil {
		return fmt.Errorf("write brief: %w", err)
	}
	return nil
}

// noticesCSV writes the notices table: one row per notice.
func (e *exporter) noticesCSV(w io.Writer, each walk) error {
	t, err := newCSV(w, e.req.Flavour, columnNames(noticeColumns), kindsOf(noticeColumns))
	if err != nil {
		return fmt.Errorf("write notices: %w", err)
	}
	cells := make([]string, len(noticeColumns))
	err = each(func(n *app.Notice) error {
		l := line{n: n, defang: e.req.Defang}
		for i, c := range noticeColumns {
			cells[i] = c.get(l)
		}
		return t.write(cells)
	})
	if err == nil {
		err = t.close()
	}
	if err != nil {
		return fmt.Errorf("write notices: %w", err)
	}
	return nil
}
