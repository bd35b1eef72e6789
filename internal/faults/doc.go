// Package faults is the fault-injection suite: it runs the built program
// and hurts it (kill -9 at random points, a full disk, a database locked by
// another process, read-only files and folders, a second window, damaged
// pages, network calls under strace), then checks the database with
// SQLite's own checks and against what had been committed. The window's
// checks run under Xvfb, driven by xdotool. Run it with `make faults`; each
// check ends with a line "FAULTS <name> ...". FAULTS_SEED picks other kill
// points, FAULTS_KILLS and FAULTS_WINDOW_KILLS how many, FAULTS_BIN a
// program already built.
package faults
