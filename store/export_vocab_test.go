package store

import "context"

// SearchExpr is the FTS5 expression the store asks for a search's text.
func SearchExpr(db *DB, text string) string {
	return db.searchExpr(context.Background(), text, false)
}
