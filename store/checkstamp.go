package store

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// A passed check of every page is remembered in a small file beside the
// desk, with the size and modification time of the desk's file and its
// write-ahead log as they were when the check began. A reading command
// opened on a desk in that same state within a day (OpenUnverified) takes
// the answer instead of reading every page again: at a million notices
// the check is 20 s of CPU, and every `list`, `search` and `chart` waited
// for it.
//
// A process that opened a desk a check vouched for carries that answer
// through its own commits (vouch): each transaction finds the files as the
// last one left them, and at Close the stamp is left for the files as this
// process leaves them, with the time of the check it came from. So `list`
// after an import or a day in the window does not read every page again,
// while a change this process did not make (another program writing, a
// file put in its place) makes the next reading command check. A damaged
// page that no write made is found by the next day's check, by the
// window's check at every start, and by any read that meets it.

// checkStampMaxAge is how long a remembered check is taken.
const checkStampMaxAge = 24 * time.Hour

// checkStampQuiet is how long the files must have been left unchanged
// when a check begins for its answer to be remembered: a file's time
// advances in ticks of the kernel's clock, so a change made within one
// tick of the one before would otherwise leave its time as it was.
const checkStampQuiet = 2 * time.Second

// fileState is what a stamp compares of one file.
type fileState struct {
	Size    int64  `json:"size"`
	ModTime int64  `json:"mtime_ns"` // 0: there is no such file
	ID      uint64 `json:"id,omitempty"`
}

// deskState is the state of a desk's file and its write-ahead log.
type deskState struct {
	DB  fileState `json:"db"`
	WAL fileState `json:"wal"`
}

// checkStamp is the file a passed check leaves.
type checkStamp struct {
	State   deskState `json:"state"`
	Checked time.Time `json:"checked_at"`
}

func checkStampPath(path string) string {
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".checked")
}

func stateOf(path string) (deskState, error) {
	var st deskState
	for _, f := range []struct {
		name string
		into *fileState
	}{{path, &st.DB}, {path + "-wal", &st.WAL}} {
		info, err := os.Stat(f.name)
		if errors.Is(err, fs.ErrNotExist) && f.into == &st.WAL {
			continue
		}
		if err != nil {
			return st, err
		}
		if info.Size() == 0 && f.into == &st.WAL {
			// an empty log holds nothing: SQLite makes one when a
			// connection first reads and removes it at the last close
			continue
		}
		*f.into = fileState{Size: info.Size(), ModTime: info.ModTime().UnixNano(), ID: fileID(info)}
	}
	return st, nil
}

// quietSince reports whether neither file changed after t.
func (s deskState) quietSince(t time.Time) bool {
	return s.DB.ModTime < t.UnixNano() && s.WAL.ModTime < t.UnixNano()
}

// checkRemembered returns the stamp of a check that passed on the desk at
// path as it is now, less than checkStampMaxAge before now.
func checkRemembered(path string, now time.Time) (checkStamp, bool) {
	b, err := os.ReadFile(checkStampPath(path))
	if err != nil {
		return checkStamp{}, false
	}
	var s checkStamp
	if json.Unmarshal(b, &s) != nil {
		return checkStamp{}, false
	}
	st, err := stateOf(path)
	if err != nil || st != s.State || s.Checked.After(now) || now.Sub(s.Checked) > checkStampMaxAge {
		return checkStamp{}, false
	}
	return s, true
}

// checkHeld reports whether a check that passed, begun at began on the
// desk in state before, holds for the files as they are: they were quiet
// then and have not changed since.
func checkHeld(path string, before deskState, began time.Time) bool {
	after, err := stateOf(path)
	return err == nil && after == before && before.quietSince(began.Add(-checkStampQuiet))
}

// checkFiles checks every page of the desk at path through q, begun at
// began, and reports the files' state then and whether the check holds
// for them as they are (checkHeld).
func checkFiles(ctx context.Context, q querier, path string, began time.Time) (before deskState, held bool, err error) {
	before, stErr := stateOf(path)
	if err := checkPages(ctx, q); err != nil {
		return before, false, err
	}
	return before, stErr == nil && checkHeld(path, before, began), nil
}

// writeStamp is best effort: a folder it cannot write, or a full disk,
// only means the next command checks again.
func writeStamp(path string, s checkStamp) {
	b, err := json.Marshal(s)
	if err != nil {
		return
	}
	stamp := checkStampPath(path)
	tmp := stamp + ".tmp"
	if os.WriteFile(tmp, b, 0o600) != nil || os.Rename(tmp, stamp) != nil {
		os.Remove(tmp)
	}
}

// vouch is what an open DB knows of its file's pages: a check that passed
// at `at`, carried through this process's own commits to the files'
// state as the last of them left it. ok is false when there was no such
// check, or when the files changed in a way this process did not make.
type vouch struct {
	mu      sync.Mutex
	ok      bool
	state   deskState
	at      time.Time
	stamped deskState // the state the stamp file holds, when ok
}

// vouchFor starts the chain: the files, in state st, are vouched for by
// a check at at (stamped: the stamp file already says so).
func (v *vouch) vouchFor(st deskState, at time.Time, stamped bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.ok, v.state, v.at = true, st, at
	if stamped {
		v.stamped = st
	}
}

// beginWrite is called before a transaction of this process: the files
// must be as this process last left them.
func (v *vouch) beginWrite(path string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.ok {
		if st, err := stateOf(path); err != nil || st != v.state {
			v.ok = false
		}
	}
}

// endWrite is called when the transaction has ended: what it left is
// this process's. A commit that failed leaves the files in no state
// this process can vouch for.
func (v *vouch) endWrite(path string, failed bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if !v.ok {
		return
	}
	st, err := stateOf(path)
	v.ok, v.state = err == nil && !failed, st
}

// closing is called with the files' state taken just before the last
// connection closed, and leaves the stamp for the state after, when the
// chain held to the end.
func (v *vouch) closing(path string, before deskState, ok bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if !v.ok || !ok || before != v.state {
		v.ok = false
		return
	}
	v.ok = false // closed: nothing more to carry
	after, err := stateOf(path)
	if err != nil || after == v.stamped {
		return
	}
	writeStamp(path, checkStamp{State: after, Checked: v.at.UTC()})
}

// forgetCheck removes a stamp, when a check finds damage.
func forgetCheck(path string) { os.Remove(checkStampPath(path)) }
