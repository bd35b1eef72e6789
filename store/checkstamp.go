package store

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// A passed check of every page is remembered in a small file beside the
// desk, with the size and modification time of the desk's file and its
// write-ahead log as they were when the check began. A reading command
// opened on a desk in that same state within a day (OpenUnverified) takes
// the answer instead of reading every page again: at a million notices
// the check is 20 s of CPU, and every `list`, `search` and `chart` waited
// for it. Any write changes the files' times, so the next reading command
// checks again; a damaged page that no write made is found by the next
// day's check, by the window's check at every start, and by any read that
// meets it.

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

// checkRemembered reports whether a check passed on the desk at path as
// it is now, less than checkStampMaxAge before now.
func checkRemembered(path string, now time.Time) bool {
	b, err := os.ReadFile(checkStampPath(path))
	if err != nil {
		return false
	}
	var s checkStamp
	if json.Unmarshal(b, &s) != nil {
		return false
	}
	st, err := stateOf(path)
	if err != nil || st != s.State || s.Checked.After(now) || now.Sub(s.Checked) > checkStampMaxAge {
		return false
	}
	return true
}

// rememberCheck writes the stamp of a check that passed, begun at began
// on the desk in state before, if the files were quiet then and have not
// changed since. It is best effort: a folder it cannot write, or a full
// disk, only means the next command checks again.
func rememberCheck(path string, before deskState, began time.Time) {
	after, err := stateOf(path)
	if err != nil || after != before || !before.quietSince(began.Add(-checkStampQuiet)) {
		return
	}
	b, err := json.Marshal(checkStamp{State: before, Checked: began.UTC()})
	if err != nil {
		return
	}
	stamp := checkStampPath(path)
	tmp := stamp + ".tmp"
	if os.WriteFile(tmp, b, 0o600) != nil || os.Rename(tmp, stamp) != nil {
		os.Remove(tmp)
	}
}

// forgetCheck removes a stamp, when a check finds damage.
func forgetCheck(path string) { os.Remove(checkStampPath(path)) }
