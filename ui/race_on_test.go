//go:build race

package ui

// raceDetector: sync.Pool, which Fyne's list keeps its rows in, drops a
// quarter of what is put in it at random under the race detector.
const raceDetector = true
