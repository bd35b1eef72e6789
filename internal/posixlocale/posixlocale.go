// Package posixlocale maps the POSIX "C" locale (LANG=C.UTF-8, the default
// of containers and CI machines) to English before Fyne's lang package reads
// it. Fyne cannot parse "C" as a language tag and logs an error at start-up,
// which would break the promise of a one-line error on the command line.
// main imports it first; it has no dependencies so that it initialises
// before Fyne.
package posixlocale

import (
	"strings"
	"syscall"
)

func init() { fix() }

// fix rewrites a POSIX locale variable to English.
func fix() {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v, ok := syscall.Getenv(k)
		if !ok || v == "" {
			continue
		}
		if v == "C" || v == "POSIX" || strings.HasPrefix(v, "C.") || strings.HasPrefix(v, "POSIX.") {
			_ = syscall.Setenv(k, "en_US.UTF-8")
		}
		return
	}
}
