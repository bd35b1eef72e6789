package pgtest

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestStartStopRestart(t *testing.T) {
	c := Start(t)
	sock := filepath.Join(c.dir, fmt.Sprintf(".s.PGSQL.%d", c.port))
	if _, err := os.Stat(sock); err != nil {
		t.Fatalf("no socket: %v", err)
	}
	c.Stop()
	if _, err := os.Stat(sock); err == nil {
		t.Fatal("socket still there after Stop")
	}
	c.StartServer()
	if _, err := os.Stat(sock); err != nil {
		t.Fatalf("no socket after a restart: %v", err)
	}
}
