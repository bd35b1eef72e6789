package brief

import (
	"bytes"
	"context"
	"flag"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/takedowndesk/takedowndesk/app"
)

func openWorkbook(t *testing.T, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// cellAt finds the cell of the column named in the header row, in row r
// (1 is the header).
func cellAt(t *testing.T, f *excelize.File, sheet, name string, r int) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.Index(rows[0], name)
	if i < 0 {
		t.Fatalf("%s has no column %q: %q", sheet, name, rows[0])
	}
	ref, _ := excelize.CoordinatesToCellName(i+1, r)
	return ref
}

func TestWorkbookTypedCells(t *testing.T) {
	f := openWorkbook(t, write(t, sampleNotices(), Request{Format: Workbook}))
	if got := f.GetSheetList(); !slices.Equal(got, []string{ClaimsSheet, NoticesSheet}) {
		t.Fatalf("sheets = %q", got)
	}
	rows, err := f.GetRows(ClaimsSheet)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 8 || !slices.Equal(rows[0], DefaultColumns()) {
		t.Fatalf("claims sheet: %d rows, header %q", len(rows), rows[0])
	}
	tests := []struct {
		col   string
		row   int
		typ   excelize.CellType
		value string // as stored (raw)
	}{
		{"value", 2, excelize.CellTypeNumber, "78"},
		{"value", 5, excelize.CellTypeNumber, "12000000"},
		{"value", 6, excelize.CellTypeNumber, "2.5"},
		{"event_date", 2, excelize.CellTypeNumber, "42326"}, // 2015-11-18 as a spreadsheet date serial
		{"published", 2, excelize.CellTypeNumber, "42326"},
		{"notice_title", 2, excelize.CellTypeInlineString, "تلغرام يغلق 78 قناة تروّج للعنف"},
		{"notice_title", 5, excelize.CellTypeInlineString, "@channel weekly tally"},
		{"notice_title", 7, excelize.CellTypeInlineString, `=HYPERLINK("http://x","y")`},
		{"notice_title", 8, excelize.CellTypeInlineString, "-2+3"},
		{"notice_tags", 8, excelize.CellTypeInlineString, "+tag"},
		{"notes", 8, excelize.CellTypeInlineString, "@press\tdesk"},
		{"quote", 3, excelize.CellTypeInlineString, "بـ12 لغة"},
		{"notice_id", 2, excelize.CellTypeNumber, "1"},
	}
	for _, tt := range tests {
		ref := cellAt(t, f, ClaimsSheet, tt.col, tt.row)
		typ, err := f.GetCellType(ClaimsSheet, ref)
		if err != nil {
			t.Fatal(err)
		}
		v, _ := f.GetCellValue(ClaimsSheet, ref, excelize.Options{RawCellValue: true})
		if typ == excelize.CellTypeUnset { // no type attribute: a number, as OOXML defaults
			typ = excelize.CellTypeNumber
		}
		if typ != tt.typ || v != tt.value {
			t.Errorf("%s (%s) = %q of type %v, want %q of type %v", ref, tt.col, v, typ, tt.value, tt.typ)
		}
		if formula, _ := f.GetCellFormula(ClaimsSheet, ref); formula != "" {
			t.Errorf("%s has formula %q", ref, formula)
		}
	}
	// dates show as dates
	if v, _ := f.GetCellValue(ClaimsSheet, cellAt(t, f, ClaimsSheet, "event_date", 2)); v != "2015-11-18" {
		t.Errorf("event date shows as %q", v)
	}
	// Arabic text cells read right to left, Latin ones by context
	for ref, want := range map[string]uint64{
		cellAt(t, f, ClaimsSheet, "notice_title", 2): 2,
		cellAt(t, f, ClaimsSheet, "sources", 2):      0, // starts with "Telegram"
		cellAt(t, f, ClaimsSheet, "unit_text", 2):    2,
		cellAt(t, f, ClaimsSheet, "notice_title", 5): 0,
	} {
		id, err := f.GetCellStyle(ClaimsSheet, ref)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		var got uint64
		if st.Alignment != nil {
			got = st.Alignment.ReadingOrder
		}
		if got != want {
			t.Errorf("%s reading order %d, want %d", ref, got, want)
		}
	}
	for _, sheet := range f.GetSheetList() {
		panes, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
			t.Errorf("%s: header row not frozen: %+v", sheet, panes)
		}
		view, err := f.GetSheetView(sheet, 0)
		if err != nil {
			t.Fatal(err)
		}
		if *view.RightToLeft {
			t.Errorf("%s is right to left with most rows in English", sheet)
		}
	}
	// the title column is as wide as the longest title; the actor column,
	// empty, as its header and the filter button
	if w, _ := f.GetColWidth(ClaimsSheet, "A"); w < 28 || w > widest+2 {
		t.Errorf("title column width %v", w)
	}
	if w, _ := f.GetColWidth(ClaimsSheet, "N"); w != 9 {
		t.Errorf("actor column width %v, want 9", w)
	}
	if w, _ := f.GetColWidth(ClaimsSheet, "E"); w != widest+2 {
		t.Errorf("sources column width %v, want the widest", w)
	}
}

func TestWorkbookAutoFilterAndRTL(t *testing.T) {
	b := write(t, sampleNotices(), Request{Format: Workbook, Scope: Scope{IDs: []int64{1, 2, 3}}})
	f := openWorkbook(t, b)
	for _, sheet := range f.GetSheetList() {
		view, err := f.GetSheetView(sheet, 0)
		if err != nil {
			t.Fatal(err)
		}
		if !*view.RightToLeft {
			t.Errorf("%s is left to right with most rows in Arabic", sheet)
		}
	}
	// the autofilter covers the header and every row
	names := f.GetDefinedName()
	want := map[string]bool{"'Claims'!$A$1:$Z$6": true, "'Notices'!$A$1:$R$4": true}
	for _, n := range names {
		if n.Name == "_xlnm._FilterDatabase" {
			if !want[n.RefersTo] {
				t.Errorf("filter range %q", n.RefersTo)
			}
			delete(want, n.RefersTo)
		}
	}
	if len(want) > 0 {
		t.Errorf("no autofilter on %v (defined names %+v)", want, names)
	}
	// notices sheet: one row per notice with counts as numbers
	ref := cellAt(t, f, NoticesSheet, "claims", 2)
	if typ, _ := f.GetCellType(NoticesSheet, ref); typ != excelize.CellTypeUnset {
		t.Errorf("claims count is %v", typ)
	}
}

func TestWorkbookHostileText(t *testing.T) {
	src := sampleNotices()
	src[3].Title = "bad\x00\x01 bytes <b>&amp;</b> _x0041_ " + strings.Repeat("طويل ", 8000)
	f := openWorkbook(t, write(t, src, Request{Format: Workbook}))
	v, err := f.GetCellValue(ClaimsSheet, cellAt(t, f, ClaimsSheet, "notice_title", 7))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(v, "bad\ufffd\ufffd bytes <b>&amp;</b> _x0041_ طويل") || len([]rune(v)) > 32767 {
		t.Errorf("hostile title came back as %.60q… (%d runes)", v, len([]rune(v)))
	}
}

var samplesDir = flag.String("samples", "", "write the sample desk's workbook and CSV briefs into this folder, to open them by hand")

// TestWriteSamples writes the sample exports when asked (-samples DIR), for
// a look in LibreOffice or Excel: one workbook of all notices (left to
// right), one of the Arabic notices (right to left), and both CSV flavours.
func TestWriteSamples(t *testing.T) {
	if *samplesDir == "" {
		t.Skip("no -samples")
	}
	for name, req := range map[string]Request{
		"brief.xlsx":       {Format: Workbook},
		"brief-ar.xlsx":    {Format: Workbook, Scope: Scope{IDs: []int64{1, 2, 3}}},
		"brief-excel.csv":  {Format: BriefCSV, Flavour: ForExcel},
		"brief-data.csv":   {Format: BriefCSV, Flavour: ForData},
		"notices-data.csv": {Format: NoticesCSV, Flavour: ForData},
	} {
		if err := Export(context.Background(), sampleNotices(), req, filepath.Join(*samplesDir, name)); err != nil {
			t.Fatal(err)
		}
	}
}

// FuzzWorkbookText: whatever a hostile title, quote or note holds, the
// workbook opens and gives the text back as text (characters XML cannot
// carry become U+FFFD), never as a formula.
func FuzzWorkbookText(f *testing.F) {
	for _, s := range []string{`=HYPERLINK("http://x","y")`, "@channel", "-2+3", "قناة\x00", "_x0041_", "\r\n\t", "]]>", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		src := Slice{{ID: 1, Title: s, Claims: []app.Claim{{ID: 1, Kind: app.ClaimFigure, Value: 7, Quote: s}}}}
		var buf bytes.Buffer
		if err := Write(context.Background(), src, Request{Format: Workbook, Columns: []string{"notice_title", "quote", "value"}, TempDir: t.TempDir()}, &buf); err != nil {
			t.Fatal(err)
		}
		wb := openWorkbook(t, buf.Bytes())
		want := xmlSafe(s)
		for _, ref := range []string{"A2", "B2"} {
			got, err := wb.GetCellValue(ClaimsSheet, ref)
			if err != nil {
				t.Fatal(err)
			}
			if formula, _ := wb.GetCellFormula(ClaimsSheet, ref); formula != "" {
				t.Fatalf("%s is a formula: %q", ref, formula)
			}
			if len(want) < 30000 && got != want {
				t.Fatalf("%s = %q, want %q", ref, got, want)
			}
		}
	})
}

// xmlSafe is s as XML 1.0 can hold it: each invalid byte and character
// replaced with U+FFFD.
func xmlSafe(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r <= 0xd7ff) || (r >= 0xe000 && r <= 0xfffd) || (r >= 0x10000 && r <= 0x10ffff) {
			b.WriteRune(r)
		} else {
			b.WriteRune('\ufffd')
		}
	}
	return b.String()
}

func TestWorkbookTooManyRows(t *testing.T) {
	defer func(n int) { sheetRows = n }(sheetRows)
	sheetRows = 7 // the sample has 7 claim rows and a header
	path := filepath.Join(t.TempDir(), "brief.xlsx")
	err := Export(context.Background(), sampleNotices(), Request{}, path)
	if err == nil || !strings.Contains(err.Error(), "7 rows do not fit in a sheet (at most 6)") {
		t.Errorf("err = %v", err)
	}
	sheetRows = 8
	if err := Export(context.Background(), sampleNotices(), Request{}, path); err != nil {
		t.Errorf("7 rows and a header in an 8-row sheet: %v", err)
	}
}
