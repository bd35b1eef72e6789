//go:build windows

package console

import (
	"os"
	"syscall"
)

// attachParentProcess is ATTACH_PARENT_PROCESS, (DWORD)-1.
const attachParentProcess = ^uint32(0)

var attachConsole = syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")

// Attach connects standard output and error to the parent's console, when
// there is one, unless they are redirected (to a file or a pipe, which must
// keep working). Shells do not wait for a GUI program, so the output can
// appear after the next prompt.
func Attach() {
	outSet, errSet := hasStd(syscall.STD_OUTPUT_HANDLE), hasStd(syscall.STD_ERROR_HANDLE)
	if outSet && errSet {
		return
	}
	if ok, _, _ := attachConsole.Call(uintptr(attachParentProcess)); ok == 0 {
		return // started from Explorer, or the parent has no console
	}
	if !outSet {
		reopen(&os.Stdout)
	}
	if !errSet {
		reopen(&os.Stderr)
	}
}

// hasStd reports whether the process was given a standard handle: a GUI
// program gets none unless its output was redirected.
func hasStd(std int) bool {
	h, err := syscall.GetStdHandle(std)
	return err == nil && h != syscall.InvalidHandle && h != 0
}

func reopen(f **os.File) {
	name, _ := syscall.UTF16PtrFromString("CONOUT$")
	h, err := syscall.CreateFile(name, syscall.GENERIC_READ|syscall.GENERIC_WRITE,
		syscall.FILE_SHARE_READ|syscall.FILE_SHARE_WRITE, nil, syscall.OPEN_EXISTING, 0, 0)
	if err != nil {
		return
	}
	*f = os.NewFile(uintptr(h), "CONOUT$")
}
