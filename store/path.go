package store

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// EnvPath names the environment variable that overrides the database path.
const EnvPath = "TAKEDOWNDESK_DB"

// DefaultPath is where the database lives when neither --db nor
// TAKEDOWNDESK_DB says otherwise: the OS's per-user data directory
// (~/.local/share on Linux, %AppData% on Windows, ~/Library/Application
// Support on macOS).
func DefaultPath() (string, error) {
	if p := os.Getenv(EnvPath); p != "" {
		return p, nil
	}
	var dir string
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd":
		dir = os.Getenv("XDG_DATA_HOME")
		if dir == "" {
			home, err := os.UserHomeDir()
			if err != nil {
				return "", fmt.Errorf("find data directory: %w", err)
			}
			dir = filepath.Join(home, ".local", "share")
		}
		dir = filepath.Join(dir, "takedowndesk")
	default:
		base, err := os.UserConfigDir() // %AppData%, ~/Library/Application Support
		if err != nil {
			return "", fmt.Errorf("find data directory: %w", err)
		}
		dir = filepath.Join(base, "Takedown Desk")
	}
	return filepath.Join(dir, "takedowndesk.db"), nil
}
