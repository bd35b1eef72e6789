package app

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Tag is a free label a reporter puts on notices, claims and sources.
type Tag struct {
	ID     int64
	UID    string // stable across desks, derived from the name
	Name   string
	Colour string // "#rrggbb", empty for the default
}

// MaxTagLen bounds a tag name in runes.
const MaxTagLen = 64

// CleanTagName trims and validates a tag name typed by a reporter.
func CleanTagName(name string) (string, error) {
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		return "", fmt.Errorf("empty tag: %w", ErrInvalid)
	}
	if utf8.RuneCountInString(name) > MaxTagLen {
		return "", fmt.Errorf("tag longer than %d characters: %w", MaxTagLen, ErrInvalid)
	}
	return name, nil
}

// Note is a reporter's note on a notice, optionally on a span of its body.
type Note struct {
	ID         int64
	UID        string // stable across desks
	NoticeID   int64
	Body       string
	Start, End int // rune span; both zero for a note on the whole notice
	CreatedAt  time.Time
	UpdatedAt  time.Time
}
