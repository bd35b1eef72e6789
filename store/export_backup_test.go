package store

import "time"

// SetClock fixes the time db stamps its backups and history with.
func SetClock(db *DB, rfc3339 string) {
	t, err := time.Parse(time.RFC3339, rfc3339)
	if err != nil {
		panic(err)
	}
	db.now = func() time.Time { return t }
}

// BackupCheck is backupCheck, for the tests of the store package.
func BackupCheck(kind string) string { return backupCheck(kind) }
