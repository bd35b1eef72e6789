package ui

import (
	"context"
	"fyne.io/fyne/v2/test"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/takedowndesk/takedowndesk/app/brief"
	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// The window exports the list as shown (a search applied) as a workbook in
// the background, remembers the columns chosen, and a failed export leaves
// the earlier file alone.
func TestExportListAsShown(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "desk.db"))
	u, _ := newTestUI(t, db)
	files := []string{filepath.Join("..", "testdata", "ar-story.txt"), filepath.Join("..", "testdata", "en-statement.md")}
	for _, r := range ingest.Files(context.Background(), db, files, ingest.Options{}) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	u.afterImportDone()
	settle(u)
	test.Type(u.search, "تلغرام")
	settle(u)
	shown, ok := u.desk.Row(0)
	if u.desk.Len() != 1 || !ok {
		t.Fatalf("search kept %d notices, want the Arabic one", u.desk.Len())
	}
	scopes := u.exportScopes()
	if len(scopes) != 3 || scopes[0].scope.IDs != nil || scopes[1].scope.Query.Text != "تلغرام" {
		t.Fatalf("scopes = %+v", scopes)
	}
	req, err := u.exportRequest(brief.Workbook, scopes[1].scope, true, "quote, value, notice_title", false)
	if err != nil {
		t.Fatal(err)
	}
	if got := u.briefColumns(); !slices.Equal(got, []string{"quote", "value", "notice_title"}) {
		t.Errorf("columns remembered = %q", got)
	}
	path := filepath.Join(t.TempDir(), "brief.xlsx")
	if err := waitExport(t, u, req, path); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(brief.ClaimsSheet)
	if len(rows) < 2 || !slices.Equal(rows[0], []string{"quote", "value", "notice_title"}) || rows[1][2] != shown.Title {
		t.Errorf("claims sheet = %q", rows)
	}
	if notices, _ := f.GetRows(brief.NoticesSheet); len(notices) != 2 {
		t.Errorf("notices sheet has %d rows, want the header and the one notice shown", len(notices))
	}
	if view, _ := f.GetSheetView(brief.ClaimsSheet, 0); !*view.RightToLeft {
		t.Error("an Arabic brief's sheet is left to right")
	}

	// the open notice alone, as CSV
	cur, _ := u.desk.Current()
	req, err = u.exportRequest(brief.BriefCSV, scopes[2].scope, true, "", false)
	if err != nil || !slices.Equal(req.Scope.IDs, []int64{cur.ID}) || req.Flavour != brief.ForExcel {
		t.Errorf("open notice request = %+v, %v", req, err)
	}
	if _, err := u.exportRequest(brief.BriefCSV, brief.Scope{}, false, "quote, nonsense", false); err == nil {
		t.Error("an unknown column is accepted")
	}

	// a cancelled export keeps yesterday's file
	os.WriteFile(path, []byte("yesterday"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	u.ctx = ctx
	if err := waitExport(t, u, brief.Request{Format: brief.Workbook}, path); err == nil {
		t.Error("cancelled export reported success")
	}
	if b, _ := os.ReadFile(path); string(b) != "yesterday" {
		t.Errorf("cancelled export changed the file: %q", b)
	}
}

func waitExport(t *testing.T, u *UI, req brief.Request, path string) error {
	t.Helper()
	done := make(chan error, 1)
	u.runExport(req, path, func(err error) { done <- err })
	return await(t, u, done, 30*time.Second, "export")
}
