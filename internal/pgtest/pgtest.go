// Package pgtest starts a throwaway PostgreSQL cluster for tests: initdb
// and pg_ctl from the installed server, listening only on a Unix socket in
// a temporary folder, with password (SCRAM) authentication for every role.
// Tests skip, saying why, when the server's binaries are not installed.
package pgtest

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// Cluster is a running throwaway server.
type Cluster struct {
	t        testing.TB
	bin      string
	dir      string // socket folder, data in dir/data
	port     int
	asUser   []string // runuser prefix when the tests run as root
	Password string   // of the superuser "tdadmin"
}

// Bin finds the folder of initdb and pg_ctl, newest version first.
func Bin() string {
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	sort.Slice(matches, func(i, j int) bool { return version(matches[i]) > version(matches[j]) })
	if len(matches) > 0 {
		return filepath.Dir(matches[0])
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p)
	}
	return ""
}

func version(p string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(p))))
	return v
}

// Start starts a cluster for the test and stops it when the test ends. It
// skips the test when PostgreSQL is not installed (.ci/deps test installs
// it).
func Start(t testing.TB) *Cluster {
	t.Helper()
	bin := Bin()
	if bin == "" {
		t.Skip("PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin: install the postgresql package (.ci/deps test does)")
	}
	dir, err := os.MkdirTemp("", "tdpg") // short: a socket path has a length limit
	if err != nil {
		t.Fatal(err)
	}
	c := &Cluster{t: t, bin: bin, dir: dir, port: 20000 + int(randByte())*100 + int(randByte())%100, Password: randHex()}
	t.Cleanup(func() { c.Stop(); os.RemoveAll(dir) })
	if os.Geteuid() == 0 { // initdb refuses to run as root
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Skip("running as root and there is no postgres user to run the test server as")
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			t.Fatal(err)
		}
		c.asUser = []string{"runuser", "-u", "postgres", "--"}
	}
	pw := filepath.Join(dir, "pw")
	if err := os.WriteFile(pw, []byte(c.Password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if c.asUser != nil {
		u, _ := user.Lookup("postgres")
		uid, _ := strconv.Atoi(u.Uid)
		os.Chown(pw, uid, -1)
	}
	c.run("initdb", "-D", filepath.Join(dir, "data"), "-U", "tdadmin", "--pwfile", pw,
		"--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
	c.StartServer()
	return c
}

func (c *Cluster) run(name string, args ...string) {
	c.t.Helper()
	cmd := append(append([]string{}, c.asUser...), append([]string{filepath.Join(c.bin, name)}, args...)...)
	out, err := exec.Command(cmd[0], cmd[1:]...).CombinedOutput()
	if err != nil {
		c.t.Fatalf("%s: %v\n%s", strings.Join(cmd, " "), err, out)
	}
}

// StartServer starts (or restarts) the server.
func (c *Cluster) StartServer() {
	c.t.Helper()
	c.run("pg_ctl", "-D", filepath.Join(c.dir, "data"), "-l", filepath.Join(c.dir, "log"), "-w", "-o",
		fmt.Sprintf("-k %s -c listen_addresses='' -p %d -c fsync=off", c.dir, c.port), "start")
}

// Stop stops the server at once, as a crash or a pulled cable would:
// connections are cut mid-statement.
func (c *Cluster) Stop() {
	cmd := append(append([]string{}, c.asUser...), filepath.Join(c.bin, "pg_ctl"), "-D", filepath.Join(c.dir, "data"), "-m", "immediate", "-w", "stop")
	exec.Command(cmd[0], cmd[1:]...).Run() //nolint:errcheck // stopped already is fine
}

// URL is the connection URL of a role with its password, to database db.
func (c *Cluster) URL(role, password, db string) string {
	q := url.Values{"host": {c.dir}, "port": {strconv.Itoa(c.port)}, "sslmode": {"disable"}}
	return (&url.URL{Scheme: "postgres", User: url.UserPassword(role, password), Path: "/" + db, RawQuery: q.Encode()}).String()
}

// AdminURL is the superuser's URL.
func (c *Cluster) AdminURL() string { return c.URL("tdadmin", c.Password, "postgres") }

func randByte() byte {
	var b [1]byte
	rand.Read(b[:])
	return b[0]
}

func randHex() string {
	var b [12]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
