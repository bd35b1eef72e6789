package ingest_test

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// writeWorkbook saves the real transparency table as an Excel workbook,
// as companies publish theirs: figures as numbers, a sheet of removals
// with dates, thousands and per cent formats, a hidden sheet and an
// empty one.
func writeWorkbook(t *testing.T) string {
	t.Helper()
	src, err := os.Open(filepath.Join("testdata", "realfiles", "ali-ce-transparency-2009-2013.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	recs, err := csv.NewReader(src).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	f := excelize.NewFile()
	defer f.Close()
	const data = "User data requests"
	if err := f.SetSheetName("Sheet1", data); err != nil {
		t.Fatal(err)
	}
	for i, rec := range recs {
		for j, v := range rec {
			cellName, _ := excelize.CoordinatesToCellName(j+1, i+1)
			var val any = v
			if x, err := strconv.ParseFloat(v, 64); err == nil && i > 0 && j != 2 {
				val = x
			}
			if err := f.SetCellValue(data, cellName, val); err != nil {
				t.Fatal(err)
			}
		}
	}
	const rem = "Removals"
	f.NewSheet(rem)
	f.SetSheetRow(rem, "A1", &[]any{"Date", "Platform", "Country", "Items removed", "Share removed"})
	f.SetSheetRow(rem, "A2", &[]any{time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC), "YouTube", "Germany", 12345, 0.875})
	f.SetSheetRow(rem, "A3", &[]any{time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC), "YouTube", "France", 2000, 0.5})
	dateStyle, _ := f.NewStyle(&excelize.Style{NumFmt: 14}) // m/d/yy, the US short date
	thousands, _ := f.NewStyle(&excelize.Style{NumFmt: 3})  // #,##0
	percent, _ := f.NewStyle(&excelize.Style{NumFmt: 10})   // 0.00%
	f.SetCellStyle(rem, "A2", "A3", dateStyle)
	f.SetCellStyle(rem, "D2", "D3", thousands)
	f.SetCellStyle(rem, "E2", "E3", percent)
	f.NewSheet("Hidden")
	f.SetSheetRow("Hidden", "A1", &[]any{"Country", "Accounts"})
	f.SetSheetRow("Hidden", "A2", &[]any{"Nowhere", 99})
	f.SetSheetVisible("Hidden", false)
	f.NewSheet("Notes")
	path := filepath.Join(t.TempDir(), "transparency-report.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestImportWorkbook: an Excel workbook imports as its visible sheets'
// tables: the real table's 146 rows with the same figures and units as
// its CSV, the removals sheet's dates as days (1 February, not 2
// January), thousands and per cents as the sheet shows them.
func TestImportWorkbook(t *testing.T) {
	path := writeWorkbook(t)
	db := openDB(t)
	rep := ingest.File(context.Background(), db, path, ingest.Options{})
	if rep.Err != nil {
		t.Fatalf("import: %v", rep.Err)
	}
	if rep.Format != "xlsx" || rep.New != 148 {
		t.Errorf("read as %s, %d new; want xlsx, 148", rep.Format, rep.New)
	}
	ns := allNotices(t, db)
	checkNotices(t, ns)
	units := map[string]int{}
	var removals []app.Notice
	for _, n := range ns {
		if strings.Contains(n.Title, "Nowhere") {
			t.Errorf("a hidden sheet's row imported: %q", n.Title)
		}
		for _, c := range n.Claims {
			if c.Kind == app.ClaimFigure {
				units[c.Unit]++
			}
		}
		if strings.Contains(n.Body, "Items removed") {
			removals = append(removals, n)
		}
	}
	if units["requests"] != 250 || units["percent"] != 106 || units["accounts"] != 77 || units["content_items"] != 2 {
		t.Errorf("units %v", units)
	}
	if len(removals) != 2 {
		t.Fatalf("%d rows of the removals sheet", len(removals))
	}
	for _, n := range removals {
		day := n.PublishedAt.Format("2006-01-02")
		if day != "2023-02-01" && day != "2023-03-01" {
			t.Errorf("%q published %s", n.Title, day)
		}
		for _, c := range n.Claims {
			if c.Unit == "content_items" && c.Value != 12345 && c.Value != 2000 {
				t.Errorf("items removed: %v", c.Value)
			}
			if c.Unit == "percent" && c.Value != 87.5 && c.Value != 50 {
				t.Errorf("share removed: %v", c.Value)
			}
		}
	}
	again := ingest.File(context.Background(), db, path, ingest.Options{})
	if again.Err != nil || again.New != 0 || again.Duplicate != 148 {
		t.Errorf("second import: %+v", again)
	}
}

// TestWorkbookRefused: a file named .xlsx that is no workbook, and a zip
// that is not one, are refused in one line naming the file.
func TestWorkbookRefused(t *testing.T) {
	db := openDB(t)
	for name, body := range map[string]string{
		"broken.xlsx": "PK\x03\x04 not really a zip",
		"empty.xlsx":  "",
	} {
		rep := ingest.File(context.Background(), db, writeFile(t, name, body), ingest.Options{})
		if rep.Err == nil || strings.Contains(rep.Err.Error(), "\n") || !strings.Contains(rep.Err.Error(), name) {
			t.Errorf("%s: %v", name, rep.Err)
		}
	}
	if n := len(allNotices(t, db)); n != 0 {
		t.Errorf("%d notices stored", n)
	}
}
