// Package brief writes what the desk knows as files for others: CSV briefs
// that open cleanly in Excel and LibreOffice, and a JSON dump.
package brief

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// Options shape a CSV export.
type Options struct {
	// Excel writes a UTF-8 byte order mark and CRLF line ends, which Excel
	// needs to read Arabic as UTF-8 rather than the system code page.
	Excel bool
}

// BriefHeader is the first row of a claims brief.
var BriefHeader = []string{
	"notice_uid", "notice_title", "published", "platform", "status", "notice_tags",
	"kind", "value", "unit", "unit_text", "qualifier", "rate", "quote", "event_date", "period",
	"verification", "claim_tags", "sources", "url",
}

// Brief writes one row per claim of each notice (a notice without claims
// gets one row so nothing triaged goes missing from the desk's view).
func Brief(w io.Writer, notices []app.Notice, opt Options) error {
	cw, err := newWriter(w, opt)
	if err != nil {
		return err
	}
	if err := cw.Write(BriefHeader); err != nil {
		return fmt.Errorf("write brief: %w", err)
	}
	for _, n := range notices {
		head := []string{n.UID, n.Title, date(n.PublishedAt), n.Platform, string(n.Status), tagNames(n.Tags)}
		tail := []string{sourceNames(n.Sources), n.URL}
		if len(n.Claims) == 0 {
			row := append(append(append([]string{}, head...), make([]string, 11)...), tail...)
			if err := cw.Write(safeRow(row)); err != nil {
				return fmt.Errorf("write brief: %w", err)
			}
			continue
		}
		for _, c := range n.Claims {
			value := ""
			if c.Kind == app.ClaimFigure {
				value = c.ValueText()
			}
			row := append(append([]string{}, head...),
				string(c.Kind), value, c.Unit, c.UnitText, string(c.Qualifier), string(c.Rate), c.Quote,
				date(c.EventDate), c.Period, string(c.Verification), tagNames(c.Tags))
			row = append(row, tail...)
			if err := cw.Write(safeRow(row)); err != nil {
				return fmt.Errorf("write brief: %w", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write brief: %w", err)
	}
	return nil
}

// NoticesHeader is the first row of a notices table.
var NoticesHeader = []string{"uid", "title", "published", "imported", "platform", "kind", "lang", "status", "starred", "summary", "tags", "sources", "origin", "url"}

// Notices writes one row per notice.
func Notices(w io.Writer, notices []app.Notice, opt Options) error {
	cw, err := newWriter(w, opt)
	if err != nil {
		return err
	}
	if err := cw.Write(NoticesHeader); err != nil {
		return fmt.Errorf("write notices: %w", err)
	}
	for _, n := range notices {
		starred := ""
		if n.Starred {
			starred = "yes"
		}
		row := []string{n.UID, n.Title, date(n.PublishedAt), date(n.ImportedAt), n.Platform, string(n.Kind), n.Lang,
			string(n.Status), starred, n.Summary, tagNames(n.Tags), sourceNames(n.Sources), n.Origin, n.URL}
		if err := cw.Write(safeRow(row)); err != nil {
			return fmt.Errorf("write notices: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write notices: %w", err)
	}
	return nil
}

func newWriter(w io.Writer, opt Options) (*csv.Writer, error) {
	if opt.Excel {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return nil, fmt.Errorf("write byte order mark: %w", err)
		}
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = opt.Excel
	return cw, nil
}

// SafeCell stops a spreadsheet from running a cell as a formula: text that
// starts with = + - @ (or a tab or CR, which some spreadsheets skip) gets a
// leading apostrophe. Channel handles start with @, so this is not theory.
func SafeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

func safeRow(row []string) []string {
	for i, c := range row {
		row[i] = SafeCell(c)
	}
	return row
}

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02")
}

func tagNames(ts []app.Tag) string {
	names := make([]string, len(ts))
	for i, t := range ts {
		names[i] = t.Name
	}
	return strings.Join(names, "; ")
}

func sourceNames(ls []app.SourceLink) string {
	names := make([]string, len(ls))
	for i, l := range ls {
		names[i] = l.Source.Name + " (" + strings.ReplaceAll(string(l.Role), "_", " ") + ")"
	}
	return strings.Join(names, "; ")
}
