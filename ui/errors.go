package ui

import (
	"errors"

	"fyne.io/fyne/v2/lang"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/ingest"
	"github.com/takedowndesk/takedowndesk/internal/safename"
)

// errorText is what the window says of err: for the failures a reporter
// meets, a sentence in the window's language saying what happened and
// what to do, then the detail as the program wrote it (file names, fields
// and values, which stay as they are).
func errorText(err error) string {
	detail := safename.Line(err.Error())
	if lead := errorLead(err); lead != "" {
		return lead + "\n\n" + detail
	}
	return detail
}

func errorLead(err error) string {
	switch {
	case errors.Is(err, app.ErrDiskFull):
		return lang.L("The disk is full: nothing was changed. Free some space and try again.")
	case errors.Is(err, app.ErrBusy):
		return lang.L("Another program is writing to the database: nothing was changed. Try again in a moment.")
	case errors.Is(err, app.ErrReadOnly):
		return lang.L("This database can only be read: nothing was changed.")
	case errors.Is(err, app.ErrDamaged):
		return lang.L("The database is damaged: nothing was changed. File → Backups… restores a good copy.")
	case errors.Is(err, app.ErrInUse):
		return lang.L("The database is open in another Takedown Desk window.")
	case errors.Is(err, app.ErrExists):
		return lang.L("That name is taken already: merge the two instead.")
	case errors.Is(err, app.ErrNotFound):
		return lang.L("It is not there any more: another window, a merge or a sync changed it.")
	case errors.Is(err, app.ErrInvalid):
		return lang.L("That change is not allowed.")
	case errors.Is(err, ingest.ErrNothing):
		return lang.L("There was nothing to import.")
	case errors.As(err, new(*ingest.FileError)):
		return lang.L("A file could not be imported; nothing already stored was lost.")
	}
	return ""
}
