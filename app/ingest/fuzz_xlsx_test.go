package ingest

import (
	"testing"

	"github.com/xuri/excelize/v2"
)

// FuzzXLSX: a workbook's bytes, however damaged, are read or refused in
// one line; a refused one stores nothing (fuzzImport).
func FuzzXLSX(f *testing.F) {
	wb := excelize.NewFile()
	wb.SetSheetRow("Sheet1", "A1", &[]any{"Date", "Platform", "Accounts removed", "Share"})
	wb.SetSheetRow("Sheet1", "A2", &[]any{44958, "Telegram", 1312, 0.5})
	style, _ := wb.NewStyle(&excelize.Style{NumFmt: 14})
	wb.SetCellStyle("Sheet1", "A2", "A2", style)
	if buf, err := wb.WriteToBuffer(); err == nil {
		f.Add(buf.Bytes())
	}
	wb.Close()
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzImport(t, "xlsx", b) })
}
