//go:build unix

package store

import (
	"io/fs"
	"syscall"
)

// fileID is the file's inode: a copy put in the desk's place, even one
// that kept the size and time, is another file.
func fileID(info fs.FileInfo) uint64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Ino)
	}
	return 0
}
