//go:build windows

package store

import (
	"errors"
	"os"
	"syscall"
)

// errSharingViolation is ERROR_SHARING_VIOLATION: another process holds the
// file open without sharing it.
const errSharingViolation syscall.Errno = 32

// openLockFile opens (creating) the lock file with no sharing at all, which
// is the lock on Windows: a second open fails until the holder exits, and
// Windows closes the handle when the process ends, however it ends.
func openLockFile(path string) (*os.File, error) {
	p, err := syscall.UTF16PtrFromString(path)
	if err != nil {
		return nil, err
	}
	h, err := syscall.CreateFile(p, syscall.GENERIC_READ|syscall.GENERIC_WRITE, 0, nil,
		syscall.OPEN_ALWAYS, syscall.FILE_ATTRIBUTE_NORMAL, 0)
	if errors.Is(err, errSharingViolation) {
		return nil, errLockHeld
	}
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	return os.NewFile(uintptr(h), path), nil
}

// lockFile: the unshared open already is the lock.
func lockFile(*os.File) (bool, error) { return true, nil }
