// Package app holds the newsroom domain of Takedown Desk: notices, the claims
// pinned to their words, the sources that made those claims, tags, notes and
// the triage workflow. It knows nothing about SQL or widgets; store and ui
// translate it to and from their worlds.
package app
