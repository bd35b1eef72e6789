package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// age sets the desk's files' times an hour back, as a desk left alone.
func age(t *testing.T, path string) {
	t.Helper()
	old := time.Now().Add(-time.Hour)
	for _, p := range []string{path, path + "-wal"} {
		if err := os.Chtimes(p, old, old); err != nil && !errors.Is(err, os.ErrNotExist) {
			t.Fatal(err)
		}
	}
}

// openRead opens the desk as a reading command does and reports whether
// its check of every page ran (or was taken from a stamp), with the
// check's answer.
func openRead(t *testing.T, path string) (ran bool, err error) {
	t.Helper()
	db, err := OpenUnverified(path)
	if err != nil {
		return false, err
	}
	defer db.Close()
	ran = db.verifying != nil
	return ran, db.Verified(context.Background())
}

// A reading command on a desk a check passed on, left as it was, takes
// that answer; a change to the file or a day gone by makes the next one
// check again, and damage written into the file is found.
func TestCheckRemembered(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "desk.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 200 {
		if err := db.SetSetting(ctx, "note."+strings.Repeat("k", i%50)+string(rune('a'+i%26)), strings.Repeat("قناة ", 400)); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	// made and written by this process alone: vouched for at its close
	if ran, err := openRead(t, path); ran || err != nil {
		t.Fatalf("file this process made: check ran %v, %v; want it taken from the close", ran, err)
	}
	forgetCheck(path)

	// just written by another: checked, and not remembered (the file's
	// time may not have moved on from a change made in the same tick)
	if ran, err := openRead(t, path); !ran || err != nil {
		t.Fatalf("fresh file: check ran %v, %v; want it run and passed", ran, err)
	}
	if ran, _ := openRead(t, path); !ran {
		t.Fatal("a file changed just before its check was taken as checked")
	}
	age(t, path)
	if ran, err := openRead(t, path); !ran || err != nil {
		t.Fatalf("quiet file: check ran %v, %v; want it run and passed", ran, err)
	}
	if ran, err := openRead(t, path); ran || err != nil {
		t.Fatalf("same file again: check ran %v, %v; want the answer remembered", ran, err)
	}

	// a day later it checks again
	b, _ := os.ReadFile(checkStampPath(path))
	if err := os.WriteFile(checkStampPath(path), []byte(strings.Replace(string(b), `"checked_at":"`+time.Now().UTC().Format("2006"), `"checked_at":"2001`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	if ran, _ := openRead(t, path); !ran {
		t.Fatal("a check a day old was taken")
	}
	if ran, _ := openRead(t, path); ran {
		t.Fatal("the new check was not remembered")
	}

	// a write by a process that checked the file: its check is carried
	// through the write, dated when the check ran, not when it closed
	db, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SetSetting(ctx, "ui.lang", "ar"); err != nil {
		t.Fatal(err)
	}
	closing := time.Now()
	db.Close()
	if ran, err := openRead(t, path); ran || err != nil {
		t.Fatalf("after this program's own write: check ran %v, %v; want the check carried", ran, err)
	}
	b, err = os.ReadFile(checkStampPath(path))
	if err != nil {
		t.Fatal(err)
	}
	var st checkStamp
	if err := json.Unmarshal(b, &st); err != nil || !st.Checked.Before(closing) {
		t.Fatalf("carried stamp %s (%v): want it dated by the check, before %s", b, err, closing)
	}

	// a write the process did not make, between two of its own or after
	// its last: checked again
	for _, between := range []bool{true, false} {
		db, err = Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SetSetting(ctx, "ui.theme", "dark"); err != nil {
			t.Fatal(err)
		}
		outsideWrite(t, path)
		if between {
			if err := db.SetSetting(ctx, "ui.theme", "light"); err != nil {
				t.Fatal(err)
			}
		}
		db.Close()
		if ran, _ := openRead(t, path); !ran {
			t.Fatalf("a file written by another program (between: %v) was taken as checked", between)
		}
		age(t, path)
		openRead(t, path) // checked and remembered for the next round
	}

	// damage, with the size kept: found
	if ran, _ := openRead(t, path); ran {
		t.Fatal("the check after the write was not remembered")
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	junk := []byte(strings.Repeat("\xde\xad\xbe\xef", 64))
	for off := int64(2 * PageSize); off+int64(len(junk)) < info.Size(); off += 2 * PageSize {
		if _, err := f.WriteAt(junk, off); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	for range 2 {
		var ce *CorruptError
		if _, err := openRead(t, path); !errors.As(err, &ce) {
			t.Fatalf("damaged file: %v, want a *CorruptError", err)
		}
	}
}

// outsideWrite changes the desk through a connection of another program's
// own, as a second process or an SQLite shell would.
func outsideWrite(t *testing.T, path string) {
	t.Helper()
	c, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Exec(`INSERT INTO setting (key, value) VALUES ('outside', 'x') ON CONFLICT (key) DO UPDATE SET value = value || 'x'`); err != nil {
		t.Fatal(err)
	}
}
