// Takedown Desk is an offline desktop app in which journalists triage and
// annotate takedown notices of extremist channels. This file only wires the
// pieces: it picks the command, the database path, opens the store and
// starts the window or a headless command.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"time"

	fyneapp "fyne.io/fyne/v2/app"

	_ "github.com/takedowndesk/takedowndesk/internal/posixlocale" // before fyne reads LANG

	"github.com/takedowndesk/takedowndesk/assets"
	"github.com/takedowndesk/takedowndesk/internal/console"
	"github.com/takedowndesk/takedowndesk/store"
	"github.com/takedowndesk/takedowndesk/ui"
)

// AppID is the reverse-DNS id, as in FyneApp.toml.
const AppID = "org.takedowndesk.TakedownDesk"

// version is set at build time from FyneApp.toml (and the git tag) by the Makefile.
var version = "0.1.0"

// started is when the program began, for timing the window's start.
var started = time.Now()

func main() {
	if len(os.Args) > 1 {
		console.Attach() // Windows: a command run from a shell prints there
	}
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	if len(args) > 0 {
		if cmd, ok := commands[args[0]]; ok {
			if err := cmd(args[1:]); err != nil {
				if !errors.Is(err, errReported) {
					fmt.Fprintln(os.Stderr, "takedowndesk: "+oneLine(err.Error()))
				}
				return 1
			}
			return 0
		}
	}
	fs := flag.NewFlagSet("takedowndesk", flag.ContinueOnError)
	dbPath := fs.String("db", "", "database file (default $"+store.EnvPath+", then the user data directory)")
	fs.Usage = usage
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "takedowndesk: unknown command %q\n", fs.Arg(0))
		usage()
		return 2
	}
	lock, err := lockWindow(*dbPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "takedowndesk: "+oneLine(err.Error()))
		return 1
	}
	defer lock.Release()
	path, err := resolveDB(*dbPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "takedowndesk: "+oneLine(err.Error()))
		return 1
	}
	// The daily backup runs behind the window (showDesk), not before it.
	db, err := store.Open(path)
	var damaged *store.CorruptError
	if err != nil {
		fmt.Fprintln(os.Stderr, "takedowndesk: "+oneLine(explainOpen(err).Error()))
		if !errors.As(err, &damaged) {
			return 1
		}
	}
	backups := &deskBackups{path: path, db: db}
	defer func() {
		if db := backups.DB(); db != nil {
			db.Close()
		}
	}()
	if err := noDisplay(); err != nil {
		fmt.Fprintln(os.Stderr, "takedowndesk: "+err.Error())
		return 1
	}

	a := fyneapp.NewWithID(AppID)
	a.SetIcon(assets.Icon)
	ui.Setup(a, assets.Translations)
	w := a.NewWindow("Takedown Desk")
	w.SetIcon(assets.Icon)
	if damaged != nil {
		showDamaged(w, backups, damaged)
	} else {
		showDesk(w, backups)
	}
	w.SetMaster()
	w.ShowAndRun()
	backups.closeView() // edits still being written are finished before the file closes
	return 0
}

// openDB opens the database a command works on and writes the day's
// backup of it (see cli_backup.go).
func openDB(path string) (*store.DB, error) {
	path, err := resolveDB(path)
	if err != nil {
		return nil, err
	}
	db, err := store.Open(path)
	if err != nil {
		return nil, explainOpen(err)
	}
	dailyBackup(db)
	return db, nil
}
