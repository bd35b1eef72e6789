package app

import "fmt"

// Status is where a notice stands in the desk's triage workflow.
type Status string

// The triage states, in workflow order.
const (
	StatusNew       Status = "new"
	StatusTriaged   Status = "triaged"
	StatusVerifying Status = "verifying"
	StatusVerified  Status = "verified"
	StatusPublished Status = "published"
	StatusDiscarded Status = "discarded"
)

// Statuses lists every status in workflow order.
var Statuses = []Status{StatusNew, StatusTriaged, StatusVerifying, StatusVerified, StatusPublished, StatusDiscarded}

// Valid reports whether s is a known status.
func (s Status) Valid() bool {
	for _, k := range Statuses {
		if s == k {
			return true
		}
	}
	return false
}

// ParseStatus returns the status named s.
func ParseStatus(s string) (Status, error) {
	st := Status(s)
	if !st.Valid() {
		return "", fmt.Errorf("unknown status %q: %w", s, ErrInvalid)
	}
	return st, nil
}

// CanMove reports whether a notice may go from one status to another.
// Any move is allowed except out of published back to new: a published
// notice has been relied on, so it is reopened as verifying at most.
func CanMove(from, to Status) bool {
	if !from.Valid() || !to.Valid() {
		return false
	}
	return !(from == StatusPublished && to == StatusNew)
}
