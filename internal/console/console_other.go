//go:build !windows

package console

// Attach does nothing outside Windows, where a program's standard output
// and error are its terminal's.
func Attach() {}
