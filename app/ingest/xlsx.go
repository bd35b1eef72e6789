package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Limits on a workbook's unzipped size: a transparency workbook is a few
// megabytes; a zip bomb is refused before it fills the memory.
const (
	xlsxUnzipLimit    = 1 << 30
	xlsxXMLInMemory   = 64 << 20
	xlsxMaxSheetCells = 20_000_000
)

// parseXLSX reads an Excel workbook (.xlsx, .xlsm) as the tables of its
// visible sheets, each read as a CSV table is (header, columns, units,
// periods, sections), under the name "file [sheet]". Cells are taken as
// Excel shows them (the sheet's number formats: "12%", "1,234"), except
// dates, which are written as ISO dates so that no day and month are
// swapped.
func parseXLSX(s *sink, r io.Reader) error {
	f, err := excelize.OpenReader(r, excelize.Options{UnzipSizeLimit: xlsxUnzipLimit, UnzipXMLSizeLimit: xlsxXMLInMemory})
	if err != nil {
		return fmt.Errorf("not a readable Excel workbook: %w", err)
	}
	defer f.Close()
	date1904 := false
	if p, err := f.GetWorkbookProps(); err == nil && p.Date1904 != nil {
		date1904 = *p.Date1904
	}
	file := s.file
	defer func() { s.file, s.preamble = file, "" }()
	tables := 0
	var empty []string
	for _, sheet := range f.GetSheetList() {
		if visible, err := f.GetSheetVisible(sheet); err == nil && !visible {
			continue
		}
		data, err := sheetCSV(f, sheet, date1904)
		if err != nil {
			return fmt.Errorf("sheet %q: %w", sheet, err)
		}
		if data == nil {
			empty = append(empty, sheet)
			continue
		}
		// each sheet is its own table: its own header, its own keys
		s.file, s.preamble = file+" ["+sheet+"].csv", ""
		if err := parseCSV(s, bytes.NewReader(data)); err != nil {
			return fmt.Errorf("sheet %q: %w", sheet, err)
		}
		tables++
	}
	if tables == 0 {
		return errors.New("the workbook has no table: its visible sheets are empty")
	}
	if len(empty) > 0 {
		s.note("passed over %d empty sheet(s): %s", len(empty), strings.Join(empty, ", "))
	}
	return nil
}

// sheetCSV writes one sheet as CSV, or nil for a sheet with no cells.
func sheetCSV(f *excelize.File, sheet string, date1904 bool) ([]byte, error) {
	shown, err := f.GetRows(sheet)
	if err != nil {
		return nil, err
	}
	raw, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	cells, filled := 0, 0
	for i, row := range shown {
		if cells += len(row); cells > xlsxMaxSheetCells {
			return nil, fmt.Errorf("more than %d cells", xlsxMaxSheetCells)
		}
		rec := make([]string, len(row))
		for j, v := range row {
			if i < len(raw) && j < len(raw[i]) {
				v = cellText(v, raw[i][j], date1904)
			}
			rec[j] = v
			if strings.TrimSpace(v) != "" {
				filled++
			}
		}
		if err := w.Write(rec); err != nil {
			return nil, err
		}
	}
	w.Flush()
	if filled == 0 {
		return nil, w.Error()
	}
	return b.Bytes(), w.Error()
}

// shownDate is a cell Excel shows as a date: "01-02-06", "2/1/2023",
// "2-Jan-23", "Jan-23", "2023-02-01 00:00".
var shownDate = regexp.MustCompile(`(?i)^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]m)?)?$|^\d{1,2}[- ][a-z]{3,9}[- ]\d{2,4}$|^[a-z]{3,9}[- ]\d{2,4}$`)

// cellText is the text of a cell: as shown, or an ISO date for a serial
// number shown as a date.
func cellText(shown, raw string, date1904 bool) string {
	if shown == raw || !shownDate.MatchString(strings.TrimSpace(shown)) {
		return shown
	}
	serial, err := strconv.ParseFloat(raw, 64)
	if err != nil || serial < 1 || serial > 2958465 {
		return shown
	}
	t, err := excelize.ExcelDateToTime(serial, date1904)
	if err != nil {
		return shown
	}
	if t.Hour() != 0 || t.Minute() != 0 {
		return t.Format("2006-01-02 15:04")
	}
	return t.Format("2006-01-02")
}
