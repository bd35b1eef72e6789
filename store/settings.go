package store

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/takedowndesk/takedowndesk/app/extract"
)

// settingAliases holds the reporter's own names for platforms and groups
// (JSON), which the extractor adds to its built-in list on every import.
const settingAliases = "extract.aliases"

// Aliases returns the reporter's own names for platforms and groups.
func (db *DB) Aliases(ctx context.Context) ([]extract.Alias, error) {
	s, err := db.Setting(ctx, settingAliases)
	if err != nil || s == "" {
		return nil, err
	}
	var as []extract.Alias
	if err := json.Unmarshal([]byte(s), &as); err != nil {
		return nil, fmt.Errorf("read aliases: %w", err)
	}
	return as, nil
}

// SetAliases stores the reporter's own names for platforms and groups.
func (db *DB) SetAliases(ctx context.Context, as []extract.Alias) error {
	b, err := json.Marshal(as)
	if err != nil {
		return fmt.Errorf("save aliases: %w", err)
	}
	return db.SetSetting(ctx, settingAliases, string(b))
}
