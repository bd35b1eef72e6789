package ui

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// The failures a reporter meets open with a sentence of the window's own
// (translated), above the detail as written; others show the detail alone.
func TestErrorTextSaysWhatHappened(t *testing.T) {
	for _, tc := range []struct {
		err  error
		lead string
	}{
		{fmt.Errorf("tag notice 7: %w", app.ErrReadOnly), "This database can only be read"},
		{fmt.Errorf("write: %w", app.ErrDiskFull), "The disk is full"},
		{&ingest.FileError{File: "report.csv", Err: errors.New("row 3: bad date")}, "A file could not be imported"},
		{fmt.Errorf("rename tag: %w", app.ErrExists), "That name is taken already"},
		{errors.New("something else"), ""},
	} {
		got := errorText(tc.err)
		if tc.lead == "" {
			if got != tc.err.Error() {
				t.Errorf("%v: %q, want the detail alone", tc.err, got)
			}
			continue
		}
		if !strings.HasPrefix(got, tc.lead) || !strings.HasSuffix(got, "\n\n"+tc.err.Error()) {
			t.Errorf("%v: %q, want %q… then the detail", tc.err, got, tc.lead)
		}
	}
}
