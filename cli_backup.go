package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/internal/safename"
	"github.com/takedowndesk/takedowndesk/store"
)

// resolveDB is the database path a command works on: --db, then
// $TAKEDOWNDESK_DB, then the user data directory.
func resolveDB(path string) (string, error) {
	if path != "" {
		return path, nil
	}
	return store.DefaultPath()
}

// explainOpen adds to a damaged database's error the command that puts
// its newest good backup back.
func explainOpen(err error) error {
	var ce *store.CorruptError
	if errors.As(err, &ce) && ce.HasBackup {
		return fmt.Errorf("%w; to put it back: takedowndesk restore --db %s %s", err, ce.Path, ce.Backup.Path)
	}
	return err
}

// dailyBackup writes the day's backup of a writable database; a failure
// is a warning, not a reason to stop the command the reporter asked for.
func dailyBackup(db *store.DB) {
	if _, _, err := db.DailyBackup(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "takedowndesk: warning: daily backup failed: "+oneLine(err.Error()))
	}
}

// backupJSON is one backup as `backup list --json` prints it.
type backupJSON struct {
	Path  string `json:"path"`
	Kind  string `json:"kind"`
	Taken string `json:"taken"`
	Size  int64  `json:"size"`
}

func cmdBackup(args []string) error {
	fs := flags("backup")
	dbPath := fs.String("db", "", "database file")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	sub := "now"
	if len(pos) > 0 {
		sub = pos[0]
	}
	if len(pos) > 1 || (sub != "now" && sub != "list") {
		return errors.New("backup: usage: takedowndesk backup [--db PATH] [--json] [list|now]")
	}
	path, err := resolveDB(*dbPath)
	if err != nil {
		return err
	}
	if sub == "list" {
		bs, err := store.Backups(path)
		if err != nil {
			return err
		}
		return printBackups(bs, *asJSON)
	}
	db, err := openDB(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	b, err := db.Backup(context.Background(), store.KindManual)
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(toJSON(b))
	}
	fmt.Printf("backup written and verified: %s (%s)\n", safename.Path(b.Path, safename.MaxPath), size(b.Size))
	return nil
}

func toJSON(b store.Backup) backupJSON {
	return backupJSON{Path: b.Path, Kind: b.Kind, Taken: b.Taken.UTC().Format(time.RFC3339), Size: b.Size}
}

func printBackups(bs []store.Backup, asJSON bool) error {
	if asJSON {
		out := make([]backupJSON, len(bs))
		for i, b := range bs {
			out[i] = toJSON(b)
		}
		return printJSON(out)
	}
	if len(bs) == 0 {
		fmt.Println("no backups yet")
		return nil
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	for _, b := range bs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", b.Taken.Local().Format("2006-01-02 15:04:05"), b.Kind, size(b.Size), safename.Escape(b.Path))
	}
	return tw.Flush()
}

func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

func cmdRestore(args []string) error {
	fs := flags("restore")
	dbPath := fs.String("db", "", "database file")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return errors.New("restore: usage: takedowndesk restore [--db PATH] BACKUP (a file, or a name from `takedowndesk backup list`)")
	}
	path, err := resolveDB(*dbPath)
	if err != nil {
		return err
	}
	from := pos[0]
	if _, err := os.Stat(from); err != nil {
		// A bare name from the listing means the file in the backups folder.
		if alt := filepath.Join(store.BackupDir(path), filepath.Base(from)); alt != from {
			if _, aerr := os.Stat(alt); aerr == nil {
				from = alt
			}
		}
	}
	lock, err := store.LockInstance(path)
	if errors.Is(err, store.ErrInUse) {
		return fmt.Errorf("restore: %w; close that window first", err)
	}
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer lock.Release()
	ctx := context.Background()
	res, err := store.Restore(ctx, path, from)
	if err != nil {
		return err
	}
	db, err := store.Open(path) // migrates a backup of an older schema
	if err != nil {
		return fmt.Errorf("restore: the restored database does not open: %w", err)
	}
	defer db.Close()
	c, err := db.Count(ctx, app.Query{})
	if err != nil {
		return err
	}
	fmt.Printf("restored %s from %s: %d notices\n", safename.Path(path, safename.MaxPath), safename.Path(res.From, safename.MaxPath), c.Total)
	if res.MovedAside != "" {
		what := "the database it replaced"
		if res.Damaged {
			what = "the damaged database, untouched,"
		}
		fmt.Printf("%s is kept as %s\n", what, safename.Path(res.MovedAside, safename.MaxPath))
	}
	return nil
}

// lockWindow takes the database's single-instance lock for the window, so
// a second window on the same file says so and stops. A folder where the
// lock file cannot be made (read-only) is opened without it: nothing can
// be written there anyway.
func lockWindow(dbPath string) (*store.Lock, error) {
	path, err := resolveDB(dbPath)
	if err != nil {
		return nil, err
	}
	if dir := filepath.Dir(path); dir != "" {
		os.MkdirAll(dir, 0o700) //nolint:errcheck // Open reports a folder it cannot make
	}
	lock, err := store.LockInstance(path)
	if errors.Is(err, store.ErrInUse) {
		return nil, err
	}
	if err != nil {
		return nil, nil // no lock file possible: Open says why the file is read-only
	}
	return lock, nil
}
