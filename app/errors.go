package app

import "errors"

// Sentinel errors shared by the store and the window.
var (
	ErrNotFound = errors.New("not found")
	ErrInvalid  = errors.New("invalid")
	ErrConflict = errors.New("conflict")
)
