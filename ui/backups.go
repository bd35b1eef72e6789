package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/internal/safename"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// BackupEntry is one backup of the database as the window shows it.
type BackupEntry struct {
	Path  string
	Kind  string // daily, bulk, manual, migration
	Taken time.Time
	Size  int64
}

// Backups is what the backups dialog needs; main wires it to the store
// (the ui package knows no SQL).
type Backups interface {
	// List returns the backups, newest first.
	List() ([]BackupEntry, error)
	// BackupNow writes and verifies a new backup.
	BackupNow() (BackupEntry, error)
	// Restore replaces the database with the backup at path and reopens
	// it; the window is rebuilt on the restored database by the caller.
	Restore(path string) error
}

// NewReadOnlyBanner is the strip shown above the window's content when the
// database was opened read-only, saying why and that edits are off. It is
// nil when reason is "" (the database is writable).
func NewReadOnlyBanner(reason string) fyne.CanvasObject {
	if reason == "" {
		return nil
	}
	text := bidi.NewLabel(lang.L("Read-only: this database cannot be changed here") + " — " + lang.L(reason))
	text.Direction = uiDirection()
	text.Importance = widget.WarningImportance
	return container.NewVBox(container.NewPadded(text), widget.NewSeparator())
}

// backupKindLabel names a backup's kind in the interface language.
func backupKindLabel(kind string) string {
	switch kind {
	case "daily":
		return lang.L("Daily")
	case "bulk":
		return lang.L("Before a large import or edit")
	case "manual":
		return lang.L("Made by hand")
	case "migration":
		return lang.L("Before an upgrade")
	}
	return kind
}

func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// backupLine is one backup in a line: when, why, how big.
func backupLine(b BackupEntry) string {
	return fmt.Sprintf("%s · %s · %s", b.Taken.Local().Format("2006-01-02 15:04"), backupKindLabel(b.Kind), sizeText(b.Size))
}

// backupsDialog is the "Backups…" dialog: the backups newest first, a
// button to back up now and one to restore the selected backup.
type backupsDialog struct {
	win        fyne.Window
	src        Backups
	onRestored func()
	entries    []BackupEntry
	selected   int
	list       *widget.List
	status     *bidi.Label
	restore    *widget.Button
	now        *widget.Button
	dlg        dialog.Dialog
}

// ShowBackups opens the "Backups…" dialog on w. onRestored runs after a
// restore succeeded (rebuild the window on the restored database there).
func ShowBackups(w fyne.Window, src Backups, onRestored func()) {
	showDialog(newBackupsDialog(w, src, onRestored).dlg, w, nil)
}

func newBackupsDialog(w fyne.Window, src Backups, onRestored func()) *backupsDialog {
	d := &backupsDialog{win: w, src: src, onRestored: onRestored, selected: -1}
	d.status = bidi.NewLabel("")
	d.status.Direction = uiDirection()
	d.list = widget.NewList(
		func() int { return len(d.entries) },
		func() fyne.CanvasObject { l := uiLabel(""); l.MaxLines = 1; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(d.entries) {
				// its date, kind and size in reading order in Arabic too
				setJoined(o.(*bidi.Label), backupLine(d.entries[i]))
			}
		},
	)
	d.list.OnSelected = func(i widget.ListItemID) {
		d.selected = i
		d.restore.Enable()
		if i < len(d.entries) {
			d.status.SetText(safename.Path(d.entries[i].Path, safename.MaxPath))
		}
	}
	d.restore = widget.NewButton(fyneText(lang.L("Restore…")), d.askRestore)
	d.restore.Disable()
	d.now = widget.NewButton(lang.L("Back up now"), d.backupNow)
	closeBtn := widget.NewButton(lang.L("Close"), func() { d.dlg.Hide() })
	scroll := container.NewVScroll(d.list)
	scroll.SetMinSize(fyne.NewSize(520, 260))
	body := container.NewBorder(label(lang.L("Backups are checked after they are written. Restoring keeps the current database aside.")), d.status, nil, nil, scroll)
	d.dlg = dialog.NewCustomWithoutButtons(lang.L("Backups"), body, w)
	d.dlg.(*dialog.CustomDialog).SetButtons([]fyne.CanvasObject{rowOf(closeBtn, d.now, d.restore)})
	d.reload()
	return d
}

func (d *backupsDialog) reload() {
	bs, err := d.src.List()
	if err != nil {
		d.status.SetText(err.Error())
	}
	d.entries = bs
	d.selected = -1
	d.list.UnselectAll()
	d.restore.Disable()
	d.list.Refresh()
	if err == nil && len(bs) == 0 {
		d.status.SetText(lang.L("No backups yet."))
	}
}

func (d *backupsDialog) backupNow() {
	b, err := d.src.BackupNow()
	d.reload()
	if err != nil {
		d.status.SetText(err.Error())
		return
	}
	d.status.SetText(lang.L("Backup written and checked:") + " " + safename.Base(b.Path, safename.MaxBase))
}

func (d *backupsDialog) askRestore() {
	if d.selected < 0 || d.selected >= len(d.entries) {
		return
	}
	b := d.entries[d.selected]
	msg := bidi.NewParagraph(lang.L("Replace the database with this backup? Changes made since then are set aside with the current database, not deleted.") +
		"\n\n" + backupLine(b) + "\n" + safename.Path(b.Path, safename.MaxPath))
	box := container.NewVScroll(container.NewPadded(msg))
	box.SetMinSize(fyne.NewSize(480, 180))
	showDialog(confirm(lang.L("Restore backup"), lang.L("Restore"), lang.L("Cancel"), box, d.win, func() {
		if err := d.src.Restore(b.Path); err != nil {
			d.status.SetText(err.Error())
			return
		}
		d.dlg.Hide()
		if d.onRestored != nil {
			d.onRestored()
		}
	}), d.win, nil)
}

// NewDamagedPrompt is the content shown instead of the desk when the
// database failed its check at open: the problem, the newest good backup
// with a button to restore it (when there is one), and Quit. restore puts
// that backup back and is followed by onRestored (start the desk there).
func NewDamagedPrompt(problem string, newest *BackupEntry, restore func() error, onRestored, quit func()) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(lang.L("The database is damaged"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	explain := bidi.NewParagraph(lang.L("Takedown Desk found damaged pages in the database and has not changed it.") + "\n\n" + problem)
	status := bidi.NewLabel("")
	status.Direction = uiDirection()
	quitBtn := widget.NewButton(lang.L("Quit"), quit)
	buttons := []fyne.CanvasObject{quitBtn}
	var offer fyne.CanvasObject = label(lang.L("No good backup was found. Keep the file and ask for help before doing anything else with it."))
	if newest != nil {
		offer = bidi.NewParagraph(lang.L("Newest good backup:") + " " + backupLine(*newest) + "\n" + safename.Path(newest.Path, safename.MaxPath))
		var restoreBtn *widget.Button
		restoreBtn = widget.NewButton(lang.L("Restore this backup"), func() {
			restoreBtn.Disable()
			if err := restore(); err != nil {
				status.SetText(err.Error())
				restoreBtn.Enable()
				return
			}
			onRestored()
		})
		restoreBtn.Importance = widget.HighImportance
		buttons = append(buttons, restoreBtn)
	}
	body := container.NewVBox(title, explain, widget.NewSeparator(), offer, container.NewCenter(rowOf(buttons...)), status)
	return container.NewPadded(container.NewVScroll(body))
}
