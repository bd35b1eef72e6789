package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// settingSavedSearches holds the reporter's named queries (JSON).
const settingSavedSearches = "ui.saved_searches"

// savedQuery is the stored form of a saved search: named fields, so the
// setting reads the same whatever app.Query grows.
type savedQuery struct {
	Name      string   `json:"name"`
	Text      string   `json:"text,omitempty"`
	Statuses  []string `json:"statuses,omitempty"`
	Platforms []string `json:"platforms,omitempty"`
	Tags      []string `json:"tags,omitempty"`
	Langs     []string `json:"langs,omitempty"`
	Conflict  bool     `json:"conflict,omitempty"`
	Starred   bool     `json:"starred,omitempty"`
	From      string   `json:"from,omitempty"` // YYYY-MM-DD
	To        string   `json:"to,omitempty"`
	Sort      string   `json:"sort,omitempty"`
}

const savedDay = "2006-01-02"

// SavedSearches returns the reporter's named queries, in the order saved.
func (db *DB) SavedSearches(ctx context.Context) ([]app.SavedSearch, error) {
	s, err := db.Setting(ctx, settingSavedSearches)
	if err != nil || s == "" {
		return nil, err
	}
	var stored []savedQuery
	if err := json.Unmarshal([]byte(s), &stored); err != nil {
		return nil, fmt.Errorf("read saved searches: %w", err)
	}
	out := make([]app.SavedSearch, 0, len(stored))
	for _, sq := range stored {
		q := app.Query{Text: sq.Text, Platforms: sq.Platforms, Tags: sq.Tags, Langs: sq.Langs,
			Conflict: sq.Conflict, Starred: sq.Starred, Sort: app.Sort(sq.Sort)}
		for _, st := range sq.Statuses {
			if s := app.Status(st); s.Valid() { // a status renamed since is dropped, not fatal
				q.Statuses = append(q.Statuses, s)
			}
		}
		q.From, _ = time.Parse(savedDay, sq.From)
		q.To, _ = time.Parse(savedDay, sq.To)
		out = append(out, app.SavedSearch{Name: sq.Name, Query: q})
	}
	return out, nil
}

// SetSavedSearches stores the reporter's named queries.
func (db *DB) SetSavedSearches(ctx context.Context, ss []app.SavedSearch) error {
	stored := make([]savedQuery, len(ss))
	for i, s := range ss {
		q := s.Query
		sq := savedQuery{Name: s.Name, Text: q.Text, Platforms: q.Platforms, Tags: q.Tags, Langs: q.Langs,
			Conflict: q.Conflict, Starred: q.Starred, Sort: string(q.Sort)}
		for _, st := range q.Statuses {
			sq.Statuses = append(sq.Statuses, string(st))
		}
		if !q.From.IsZero() {
			sq.From = q.From.Format(savedDay)
		}
		if !q.To.IsZero() {
			sq.To = q.To.Format(savedDay)
		}
		stored[i] = sq
	}
	b, err := json.Marshal(stored)
	if err != nil {
		return fmt.Errorf("save searches: %w", err)
	}
	return db.SetSetting(ctx, settingSavedSearches, string(b))
}
