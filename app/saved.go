package app

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// SavedSearch is a query a reporter keeps under a name, shown in the
// window's sidebar ("Telegram, unverified, this week").
type SavedSearch struct {
	Name  string
	Query Query
}

// MaxSavedSearchName bounds a saved search's name in runes.
const MaxSavedSearchName = 80

// CleanSearchName trims and checks the name a reporter gives a search.
func CleanSearchName(name string) (string, error) {
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		return "", fmt.Errorf("a saved search needs a name: %w", ErrInvalid)
	}
	if utf8.RuneCountInString(name) > MaxSavedSearchName {
		return "", fmt.Errorf("search name longer than %d characters: %w", MaxSavedSearchName, ErrInvalid)
	}
	return name, nil
}

// SkippedError reports the changes of a batch that were refused or whose
// entity was gone, while the rest were applied.
type SkippedError struct {
	Skipped, Of int
	First       error // the first refusal, for the message
}

func (e *SkippedError) Error() string {
	return fmt.Sprintf("%d of %d changes skipped, the first: %v", e.Skipped, e.Of, e.First)
}

// Unwrap makes the error match ErrInvalid (and the first refusal's kind).
func (e *SkippedError) Unwrap() []error { return []error{ErrInvalid, e.First} }
