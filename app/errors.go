package app

import "errors"

// Sentinel errors shared by the store and the window.
var (
	ErrNotFound = errors.New("not found")
	ErrInvalid  = errors.New("invalid")
	ErrConflict = errors.New("conflict")
)

// Failures of the desk's storage. The store wraps them (they are its
// ErrReadOnly, ErrCorrupt, ErrInUse and ErrExists), so the window can say
// them in the reporter's language without knowing the store.
var (
	ErrReadOnly = errors.New("database is read-only")
	ErrDamaged  = errors.New("database is damaged")
	ErrInUse    = errors.New("already open in another Takedown Desk window")
	ErrExists   = errors.New("already exists")
	ErrDiskFull = errors.New("disk is full")
	ErrBusy     = errors.New("database is busy")
)
