// Takedown Desk is an offline desktop app in which journalists triage and
// annotate takedown notices of extremist channels. This file only wires the
// pieces: it picks the command, the database path, opens the store and
// starts the window or a headless command.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"time"

	"fyne.io/fyne/v2"
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
	if p := os.Getenv("TAKEDOWNDESK_CPUPROFILE"); p != "" {
		// For finding where a command's time goes (profiling a command).
		if f, err := os.Create(p); err == nil && pprof.StartCPUProfile(f) == nil {
			code := run(os.Args[1:])
			pprof.StopCPUProfile()
			os.Exit(code)
		}
	}
	if p := os.Getenv("TAKEDOWNDESK_MEMPROFILE"); p != "" {
		// For finding what a command or the window holds when it ends.
		code := run(os.Args[1:])
		if f, err := os.Create(p); err == nil {
			runtime.GC()
			pprof.WriteHeapProfile(f) //nolint:errcheck // a developer's aid
			f.Close()
		}
		os.Exit(code)
	}
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
		if _, ok := commands[fs.Arg(0)]; ok {
			// "takedowndesk --db X list": the desk named before the
			// command is the command's, unless it names its own
			// (its --db still wins over this, as this wins over the
			// environment's).
			if *dbPath != "" {
				os.Setenv(store.EnvPath, *dbPath)
			}
			return run(fs.Args())
		}
		fmt.Fprintf(os.Stderr, "takedowndesk: unknown command %q\n", fs.Arg(0))
		usage()
		return 2
	}
	lock, err := lockWindow(*dbPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "takedowndesk: "+oneLine(err.Error()))
		return 1
	}
	path, err := resolveDB(*dbPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "takedowndesk: "+oneLine(err.Error()))
		return 1
	}
	// The daily backup runs behind the window (showDesk), not before it, and
	// so does the check of every page (quick_check reads the whole file):
	// both begin once the first page is on screen, and the window writes
	// nothing until the check passed (Verify).
	db, err := store.OpenDeferred(path)
	var damaged *store.CorruptError
	if err != nil {
		fmt.Fprintln(os.Stderr, "takedowndesk: "+oneLine(explainOpen(err).Error()))
		if !errors.As(err, &damaged) {
			return 1
		}
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	backups := &deskBackups{path: path, db: db, lock: lock}
	defer func() {
		if db := backups.DB(); db != nil {
			db.Close()
		}
		backups.release() // the lock of the database open last (File → Open database… changes it)
	}()
	if err := noDisplay(); err != nil {
		// no window to show a damaged database in: say so here first
		if db != nil {
			if verr := db.Verified(context.Background()); verr != nil {
				fmt.Fprintln(os.Stderr, "takedowndesk: "+oneLine(explainOpen(verr).Error()))
				return 1
			}
		}
		fmt.Fprintln(os.Stderr, "takedowndesk: "+err.Error())
		return 1
	}

	// The window keeps one page of rows and one notice; a soft limit keeps
	// the collector from letting garbage of past pages pile up meanwhile.
	// The live heap is small (about 60 MB at 100,000 notices, fonts,
	// glyphs and widgets most of it), so collecting at 1.25 times its size
	// instead of twice costs little (a cycle marks it in about 50 ms of
	// the other core) and keeps 25-35 MB less resident after 50 searches,
	// unless GOGC says otherwise.
	debug.SetMemoryLimit(160 << 20)
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(25)
	}
	a := fyneapp.NewWithID(AppID)
	a.SetIcon(assets.Icon)
	ui.Setup(a, assets.Translations)
	w := a.NewWindow("Takedown Desk")
	w.SetIcon(assets.Icon)
	backups.win = w
	if damaged != nil {
		showDamaged(w, backups, damaged)
	} else {
		showDesk(w, backups)
		go func() {
			var ce *store.CorruptError
			if err := db.Verified(context.Background()); errors.As(err, &ce) {
				fmt.Fprintln(os.Stderr, "takedowndesk: "+oneLine(explainOpen(err).Error()))
				fyne.Do(func() {
					if backups.DB() == db { // not when another database was opened meanwhile
						backups.closeView()
						showDamaged(w, backups, ce)
					}
				})
			}
		}()
	}
	w.SetMaster()
	w.ShowAndRun()
	backups.closeView() // edits still being written are finished before the file closes
	return 0
}

// openDB opens the database a command that changes it works on, every
// page checked first, and writes the day's backup of it before the
// command's first change (see cli_backup.go).
func openDB(path string) (*store.DB, error) {
	db, err := openDBWith(path, store.Open)
	if err != nil {
		return nil, err
	}
	dailyBackup(db)
	return db, nil
}

// openDBToRead opens the desk for a command that only reads it (list,
// search, export, chart) with store.OpenUnverified: its pages are not all
// read first, which would cost seconds at 100,000 notices (a damaged page
// it comes to fails the command in one line instead). It writes no daily
// backup: a copy taken before a read saves nothing the copy before the
// day's first change will not, and at 100,000 notices it made the first
// `list --json` after an import twice as long.
func openDBToRead(path string) (*store.DB, error) { return openDBWith(path, store.OpenUnverified) }

func openDBWith(path string, open func(string) (*store.DB, error)) (*store.DB, error) {
	path, err := resolveDB(path)
	if err != nil {
		return nil, err
	}
	db, err := open(path)
	if err != nil {
		return nil, explainOpen(err)
	}
	return db, nil
}
