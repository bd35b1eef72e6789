//go:build unix

package store_test

import (
	"syscall"
	"time"
)

// cpuTime is the user+system CPU time of the process so far; benchmarks
// report it per op next to wall time, which a busy machine inflates.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
