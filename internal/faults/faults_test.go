//go:build faults

// Package faults is the fault-injection suite: it runs the built program
// and hurts it (kill -9 at random points, a full disk, a database locked by
// another process, read-only files and folders, a second window, damaged
// pages), then checks the database with SQLite's own checks and against
// what had been committed. Run it with `make faults`; each check ends with
// a line "FAULTS <name> ...". FAULTS_SEED picks other kill points,
// FAULTS_KILLS how many, FAULTS_BIN a program already built.
package faults

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/store"
	_ "modernc.org/sqlite"
)

var (
	bin     string // the program under test
	root    string // the module's root folder (for its test files)
	seed    uint64
	kills   = 24
	scratch string
)

func TestMain(m *testing.M) {
	switch {
	case os.Getenv("FAULTS_HOLD_WRITE") != "":
		os.Exit(holdWrite(os.Getenv("FAULTS_HOLD_WRITE")))
	case os.Getenv("FAULTS_HOLD_LOCK") != "":
		os.Exit(holdLock(os.Getenv("FAULTS_HOLD_LOCK")))
	}
	if runtime.GOOS != "linux" {
		fmt.Println("FAULTS skipped: the suite needs Linux (kill -9, setpriv, strace)")
		os.Exit(0)
	}
	wd, _ := os.Getwd()
	root = filepath.Join(wd, "..", "..")
	var err error
	scratch, err = os.MkdirTemp("", "faults-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// Other users (the read-only checks run as nobody) must reach it.
	os.Chmod(scratch, 0o755)
	bin = os.Getenv("FAULTS_BIN")
	if bin == "" {
		bin = filepath.Join(scratch, "takedowndesk")
		build := exec.Command("go", "build", "-o", bin, ".")
		build.Dir = root
		build.Stdout, build.Stderr = os.Stdout, os.Stderr
		if err := build.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "build:", err)
			os.Exit(1)
		}
	} else if bin, err = filepath.Abs(bin); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	seed = uint64(time.Now().UnixNano())
	if s := os.Getenv("FAULTS_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	if s := os.Getenv("FAULTS_KILLS"); s != "" {
		kills, _ = strconv.Atoi(s)
	}
	fmt.Printf("FAULTS seed %d (FAULTS_SEED=%d repeats these kill points)\n", seed, seed)
	code := m.Run()
	os.RemoveAll(scratch)
	os.Exit(code)
}

// holdWrite is the other process that locks the database: it takes the
// write lock, says so on stdout, and keeps it for FAULTS_HOLD_SECS.
func holdWrite(path string) int {
	secs, _ := strconv.ParseFloat(os.Getenv("FAULTS_HOLD_SECS"), 64)
	c, err := sql.Open("sqlite", "file:"+path+"?_txlock=immediate")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer c.Close()
	tx, err := c.Begin()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if _, err := tx.Exec("UPDATE setting SET value = value WHERE 0"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println("held")
	time.Sleep(time.Duration(secs * float64(time.Second)))
	tx.Rollback()
	return 0
}

// holdLock stands for a running window: it takes the single-instance lock
// and waits to be killed.
func holdLock(path string) int {
	l, err := store.LockInstance(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer l.Release()
	fmt.Println("held")
	time.Sleep(time.Hour)
	return 0
}

// result is what one run of the program did.
type result struct {
	code           int
	stdout, stderr string
	took           time.Duration
}

func (r result) String() string {
	return fmt.Sprintf("exit %d after %v; stdout %q; stderr %q", r.code, r.took.Round(time.Millisecond), trim(r.stdout), trim(r.stderr))
}

func trim(s string) string {
	if len(s) > 400 {
		return s[:400] + "…"
	}
	return s
}

// lastLine is the program's last line on stderr; every error must be one
// line, so the test checks that line.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// run runs the program (through wrap, e.g. setpriv, when given).
func run(t *testing.T, wrap []string, args ...string) result {
	t.Helper()
	argv := append(append([]string{}, wrap...), bin)
	argv = append(argv, args...)
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), "TAKEDOWNDESK_DB=", "DISPLAY=", "WAYLAND_DISPLAY=")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String(), took: time.Since(start)}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	case err != nil:
		t.Fatalf("run %v: %v", argv, err)
	}
	return r
}

// telegramExport writes a channel export of n text messages whose words
// are unique to channel k, so the notices of each file can be counted.
func telegramExport(t *testing.T, path string, k, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	id := 1500000000 + k
	fmt.Fprintf(w, "{\n \"name\": \"Fault Channel %d\",\n \"type\": \"public_channel\",\n \"id\": %d,\n \"messages\": [\n", k, id)
	start := time.Date(2024, 3, 1, 8, 0, 0, 0, time.UTC)
	for i := 1; i <= n; i++ {
		at := start.Add(time.Duration(i) * 7 * time.Minute)
		text := fmt.Sprintf("Channel %d post %d: the platform says it removed more than %d accounts in %d languages; researchers counted fewer.", k, i, 10+i%4000, 2+i%20)
		if i%3 == 0 {
			text = fmt.Sprintf("القناة %d المنشور %d: أعلنت المنصة أنها حظرت %d قناة مرتبطة بالتنظيم.", k, i, 10+i%900)
		}
		fmt.Fprintf(w, "  {\"id\": %d, \"type\": \"message\", \"date\": %q, \"date_unixtime\": \"%d\", \"from\": \"Fault Channel %d\", \"from_id\": \"channel%d\", \"text\": %q, \"text_entities\": [{\"type\": \"plain\", \"text\": %q}]}",
			i, at.Format("2006-01-02T15:04:05"), at.Unix(), k, id, text, text)
		if i < n {
			w.WriteString(",\n")
		}
	}
	w.WriteString("\n ]\n}\n")
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// state is what a check of a database found.
type state struct {
	perChannel map[string]int // origin channel → notices
	total      int
}

// check runs SQLite's checks on the database (integrity, foreign keys, the
// search index) and counts its notices by channel. Opening it recovers a
// WAL a killed process left, as the program does.
func check(t *testing.T, path string) (state, error) {
	t.Helper()
	c, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		return state{}, err
	}
	defer c.Close()
	var msgs []string
	rows, err := c.Query("PRAGMA integrity_check")
	if err != nil {
		return state{}, fmt.Errorf("integrity_check: %w", err)
	}
	for rows.Next() {
		var s string
		rows.Scan(&s)
		msgs = append(msgs, s)
	}
	rows.Close()
	if len(msgs) != 1 || msgs[0] != "ok" {
		return state{}, fmt.Errorf("integrity_check: %v", msgs)
	}
	var table string
	switch err := c.QueryRow("PRAGMA foreign_key_check").Scan(&table, new(any), new(any), new(any)); {
	case err == nil:
		return state{}, fmt.Errorf("foreign_key_check: rows in %s point at nothing", table)
	case !errors.Is(err, sql.ErrNoRows):
		return state{}, fmt.Errorf("foreign_key_check: %w", err)
	}
	if _, err := c.Exec("INSERT INTO notice_fts (notice_fts) VALUES ('integrity-check')"); err != nil {
		return state{}, fmt.Errorf("search index integrity-check: %w", err)
	}
	st := state{perChannel: map[string]int{}}
	rows, err = c.Query(`SELECT substr(origin, 1, instr(origin, '/') - 1), count(*) FROM notice GROUP BY 1`)
	if err != nil {
		return state{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var ch string
		var n int
		if err := rows.Scan(&ch, &n); err != nil {
			return state{}, err
		}
		st.perChannel[ch] = n
		st.total += n
	}
	// Every claim belongs to a stored notice and every notice has its claims
	// (the generated posts each state figures).
	var bare int
	if err := c.QueryRow(`SELECT count(*) FROM notice n WHERE NOT EXISTS (SELECT 1 FROM claim c WHERE c.notice_id = n.id)`).Scan(&bare); err != nil {
		return state{}, err
	}
	if bare > 0 {
		return state{}, fmt.Errorf("%d notices without their claims (half-written)", bare)
	}
	return st, rows.Err()
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func fileHash(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// corpus is the generated input: a baseline already committed before the
// faults, and the files the faulted import brings.
type corpus struct {
	dir      string
	baseline string   // a database holding the baseline files
	base     []string // channels in the baseline
	files    []string // files to import under fault
	want     map[string]int
}

const (
	baseFiles  = 2
	faultFiles = 6
	perFile    = 500
	bigFile    = 3000 // crosses the bulk-backup threshold
)

var shared *corpus

func getCorpus(t *testing.T) *corpus {
	t.Helper()
	if shared != nil {
		return shared
	}
	c := &corpus{dir: filepath.Join(scratch, "corpus"), want: map[string]int{}}
	os.MkdirAll(c.dir, 0o755)
	var basePaths []string
	for k := 0; k < baseFiles+faultFiles+1; k++ {
		n := perFile
		if k == baseFiles+faultFiles {
			n = bigFile
		}
		p := filepath.Join(c.dir, fmt.Sprintf("channel-%02d.json", k))
		telegramExport(t, p, k, n)
		ch := fmt.Sprintf("telegram:%d", 1500000000+k)
		c.want[ch] = n
		if k < baseFiles {
			basePaths = append(basePaths, p)
			c.base = append(c.base, ch)
		} else {
			c.files = append(c.files, p)
		}
	}
	c.baseline = filepath.Join(c.dir, "baseline.db")
	if r := run(t, nil, append([]string{"import", "--db", c.baseline}, basePaths...)...); r.code != 0 {
		t.Fatalf("baseline import: %v", r)
	}
	st, err := check(t, c.baseline)
	if err != nil {
		t.Fatal(err)
	}
	for _, ch := range c.base {
		if st.perChannel[ch] != c.want[ch] {
			t.Fatalf("baseline holds %d notices of %s, want %d", st.perChannel[ch], ch, c.want[ch])
		}
	}
	shared = c
	return c
}

// freshCopy copies the baseline database (and no backups) into dir.
func (c *corpus) freshCopy(t *testing.T, dir string) string {
	t.Helper()
	os.MkdirAll(dir, 0o755)
	db := filepath.Join(dir, "desk.db")
	copyFile(t, c.baseline, db)
	return db
}

// compare checks a database after a fault against what had been committed:
// every baseline notice still there, each faulted file all or nothing.
func (c *corpus) compare(st state, complete map[string]bool) (lost, half int, done []string) {
	for _, ch := range c.base {
		if st.perChannel[ch] != c.want[ch] {
			lost += c.want[ch] - st.perChannel[ch]
		}
	}
	for ch, n := range st.perChannel {
		switch want := c.want[ch]; {
		case n == want:
			done = append(done, ch)
		case n != 0:
			half++
		}
	}
	for ch := range complete {
		if st.perChannel[ch] != c.want[ch] {
			lost += c.want[ch] - st.perChannel[ch]
		}
	}
	return lost, half, done
}

func TestKill9Import(t *testing.T) {
	c := getCorpus(t)
	// How long the whole import runs, to spread the kill points over it.
	probe := c.freshCopy(t, filepath.Join(scratch, "kill-probe"))
	start := time.Now()
	if r := run(t, nil, append([]string{"import", "--db", probe}, c.files...)...); r.code != 0 {
		t.Fatalf("import: %v", r)
	}
	full := time.Since(start)
	rng := rand.New(rand.NewPCG(seed, 17))
	intact, lostRows, halfFiles, resumed, killedEarly := 0, 0, 0, 0, 0
	var points, committed []string
	withBackup := 0
	for i := 0; i < kills; i++ {
		dir := filepath.Join(scratch, fmt.Sprintf("kill-%02d", i))
		db := c.freshCopy(t, dir)
		// Each round imports the files in its own order, so a kill lands in
		// different files and phases (open, parse, insert, index, backup, commit).
		files := append([]string{}, c.files...)
		rng.Shuffle(len(files), func(a, b int) { files[a], files[b] = files[b], files[a] })
		delay := time.Duration(rng.Float64() * float64(full) * 1.05)
		points = append(points, delay.Round(10*time.Millisecond).String())
		cmd := exec.Command(bin, append([]string{"import", "--db", db}, files...)...)
		cmd.Env = append(os.Environ(), "TAKEDOWNDESK_DB=")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			killedEarly++ // it had finished: still a valid round
		}
		st, err := check(t, db)
		if err != nil {
			t.Errorf("kill %d at %v: %v", i, delay, err)
			continue
		}
		lost, half, done := c.compare(st, nil)
		committed = append(committed, strconv.Itoa(len(done)-len(c.base)))
		bs0, _ := store.Backups(db)
		for _, b := range bs0 {
			if b.Kind == store.KindBulk {
				withBackup++
				break
			}
		}
		lostRows += lost
		halfFiles += half
		if lost != 0 || half != 0 {
			t.Errorf("kill %d at %v: %d committed notices lost, %d files half-written (%v)", i, delay, lost, half, st.perChannel)
			continue
		}
		// Every backup listed verifies: a killed backup never shows up.
		bs, err := store.Backups(db)
		if err != nil {
			t.Errorf("kill %d: %v", i, err)
			continue
		}
		bad := false
		for _, b := range bs {
			if err := store.VerifyBackup(context.Background(), b.Path); err != nil {
				t.Errorf("kill %d at %v: backup %s: %v", i, delay, b.Path, err)
				bad = true
			}
		}
		if bad {
			continue
		}
		intact++
		// The same import run again finishes the job: nothing stuck.
		if i%4 == 0 {
			if r := run(t, nil, append([]string{"import", "--db", db}, files...)...); r.code != 0 {
				t.Errorf("kill %d: import again: %v", i, r)
				continue
			}
			st, err := check(t, db)
			if err != nil {
				t.Errorf("kill %d: after the import again: %v", i, err)
				continue
			}
			if st.total != sum(c.want) {
				t.Errorf("kill %d: after the import again %d notices, want %d", i, st.total, sum(c.want))
				continue
			}
			resumed++
		}
		os.RemoveAll(dir)
	}
	fmt.Printf("FAULTS kill9_import points %s; files committed when killed (of %d) %s\n", strings.Join(points, " "), len(c.files), strings.Join(committed, " "))
	fmt.Printf("FAULTS kill9_import %d/%d intact (full import %.1f s; kill points 0-%.1f s; %d finished before the kill; %d with a bulk backup written; committed notices lost %d; files half-written %d; imports resumed %d/%d)\n",
		intact, kills, full.Seconds(), full.Seconds()*1.05, killedEarly, withBackup, lostRows, halfFiles, resumed, (kills+3)/4)
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
