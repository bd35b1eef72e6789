//go:build unix

package main

import (
	"os/signal"
	"syscall"
)

// A file-size limit (ulimit -f) would kill the program with SIGXFSZ in the
// middle of a write; ignored, the write fails with EFBIG instead, which the
// store reports like a full disk and rolls back.
func init() { signal.Ignore(syscall.SIGXFSZ) }
