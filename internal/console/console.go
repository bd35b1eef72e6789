// Package console gives the command line its output on Windows. The Windows
// build is a GUI program (no console window flashes up when a reporter
// double-clicks it), so when it is run from cmd.exe or PowerShell its
// standard output and error lead nowhere; Attach connects them to the
// console of the shell that started it. Elsewhere Attach does nothing.
package console
