package store

import (
	"context"
	"database/sql"
)

// SearchExpr is the FTS5 expression the store asks for a search's text.
func SearchExpr(db *DB, text string) string {
	return db.searchExpr(context.Background(), text, false)
}

// RefreshAllConflicts computes every conflict through the touched-set
// refresh (every notice touched), the way RebuildConflicts once did.
func RefreshAllConflicts(db *DB) error {
	return db.inTx(context.Background(), func(tx *sql.Tx) error {
		return db.refreshTouched(context.Background(), tx, `SELECT id FROM notice`)
	})
}
