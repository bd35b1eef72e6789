package store

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
)

// ErrInUse is returned by LockInstance when another Takedown Desk window
// already has the database open.
var ErrInUse = app.ErrInUse

// errLockHeld is how openLockFile says the lock is taken (Windows).
var errLockHeld = errors.New("lock held")

// Lock is the single-instance lock of one database file.
type Lock struct{ f *os.File }

// LockPath is the lock file of the database at path.
func LockPath(path string) string { return path + ".lock" }

// LockInstance takes the database's single-instance lock, held by the
// window for as long as it runs, so a second window on the same file (whose
// views would go stale under the first one's edits) and a restore that
// would replace the file under a running window are refused. Command-line
// reads and imports do not take it: SQLite's own locking keeps them safe
// beside a window. The error wraps ErrInUse and names the holder's process.
func LockInstance(path string) (*Lock, error) {
	lp := LockPath(path)
	f, err := openLockFile(lp)
	if errors.Is(err, errLockHeld) {
		return nil, fmt.Errorf("%s: %w", path, ErrInUse)
	}
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	held, err := lockFile(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if !held {
		pid := readPID(f)
		f.Close()
		if pid != "" {
			return nil, fmt.Errorf("%s: %w (process %s)", path, ErrInUse, pid)
		}
		return nil, fmt.Errorf("%s: %w", path, ErrInUse)
	}
	// The process id, for the message a second instance shows.
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0) //nolint:errcheck // only informative
	}
	return &Lock{f: f}, nil
}

// Release drops the lock. The lock file stays: removing it would let a
// third process lock a fresh file while a second still holds the old one.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}

func readPID(f *os.File) string {
	b, err := io.ReadAll(io.LimitReader(f, 32))
	if err != nil {
		return ""
	}
	s := strings.TrimSpace(string(b))
	if _, err := strconv.Atoi(s); err != nil {
		return ""
	}
	return s
}
