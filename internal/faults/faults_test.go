//go:build faults

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
	kills   = 30
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
		want, known := c.want[ch]
		switch {
		case !known:
			// not from the generated files (text pasted in the window)
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
		delay := time.Duration(rng.Float64() * float64(full) * 0.8)
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
	fmt.Printf("FAULTS kill9_import %d/%d intact (%d killed mid-import, %d had finished; full import %.1f s, kill points 0-%.1f s; %d with a bulk backup written; committed notices lost %d; files half-written %d; imports run again to the end %d/%d)\n",
		intact, kills, kills-killedEarly, killedEarly, full.Seconds(), full.Seconds()*0.8, withBackup, lostRows, halfFiles, resumed, (kills+3)/4)
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// smallDisk runs script in a private mount namespace with a tmpfs of
// sizeKB mounted at $M, so a full disk hurts nobody else. $BIN is the
// program, $OUT a folder on the real disk for results; args are the
// script's "$@". It needs root; without it the suite falls back to a
// file-size limit (prlimit).
func smallDisk(t *testing.T, sizeKB int64, out, script string, args ...string) error {
	t.Helper()
	m, err := os.MkdirTemp(scratch, "mnt-")
	if err != nil {
		t.Fatal(err)
	}
	full := fmt.Sprintf("set -u; mount -t tmpfs -o size=%dk tmpfs \"$M\" || exit 99\n%s", sizeKB, script)
	cmd := exec.Command("unshare", append([]string{"-m", "--propagation", "private", "sh", "-c", full, "sh"}, args...)...)
	cmd.Env = append(os.Environ(), "M="+m, "BIN="+bin, "OUT="+out, "TAKEDOWNDESK_DB=")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%w: %s", err, b)
	}
	return nil
}

func canMount(t *testing.T) bool {
	t.Helper()
	if os.Geteuid() != 0 {
		return false
	}
	return smallDisk(t, 64, scratch, "true") == nil
}

func size(t *testing.T, path string) int64 {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info.Size()
}

// outcome reads what the script saved of one run: exit code and stderr.
func outcome(t *testing.T, out string) (code int, stderr string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, "code"))
	if err != nil {
		t.Fatalf("no exit code saved: %v", err)
	}
	code, _ = strconv.Atoi(strings.TrimSpace(string(b)))
	e, _ := os.ReadFile(filepath.Join(out, "stderr"))
	return code, string(e)
}

// files lists the files under dir whose names do not start with one of keep.
func files(dir string, keep ...string) []string {
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		for _, k := range keep {
			if strings.HasPrefix(filepath.Base(p), k) {
				return nil
			}
		}
		out = append(out, p)
		return nil
	})
	return out
}

// fullDiskError says whether stderr ends with the one-line error of a full
// disk.
func fullDiskError(stderr string) bool {
	l := lastLine(stderr)
	return strings.HasPrefix(l, "takedowndesk: ") && (strings.Contains(l, "disk is full") || strings.Contains(l, "no space left"))
}

func TestDiskFull(t *testing.T) {
	c := getCorpus(t)
	if !canMount(t) {
		testFileSizeLimit(t, c)
		return
	}
	dbSize := size(t, c.baseline)
	ok, cases := 0, 0
	// import: room for the database and a little more (the day's backup
	// and the import both run out), then more (the backup fits, the import
	// does not).
	for _, room := range []int64{dbSize / 4, dbSize * 3 / 2} {
		cases++
		out := filepath.Join(scratch, fmt.Sprintf("full-import-%d", room))
		copyFile(t, c.baseline, c.freshCopy(t, out))
		err := smallDisk(t, (dbSize+room)/1024, out, `cp "$OUT/desk.db" "$M/desk.db"
"$BIN" import --db "$M/desk.db" "$@" >"$OUT/stdout" 2>"$OUT/stderr"; echo $? >"$OUT/code"
rm -f "$OUT/desk.db"; cp -a "$M/." "$OUT/"`, c.files...)
		if err != nil {
			t.Fatalf("import on a full disk: %v", err)
		}
		code, stderr := outcome(t, out)
		st, cerr := check(t, filepath.Join(out, "desk.db"))
		lost, half, done := c.compare(st, nil)
		switch {
		case code != 1 || !fullDiskError(stderr):
			t.Errorf("import with %d KB free: exit %d, stderr %q; want exit 1 and a one-line full-disk error", room/1024, code, stderr)
		case cerr != nil:
			t.Errorf("import with %d KB free: %v", room/1024, cerr)
		case lost != 0 || half != 0:
			t.Errorf("import with %d KB free: %d committed notices lost, %d files half-written", room/1024, lost, half)
		default:
			if left := files(filepath.Join(out, "backups"), "desk-"); len(left) > 0 {
				t.Errorf("import with %d KB free left %v in the backups folder", room/1024, left)
				break
			}
			for _, b := range mustBackups(t, filepath.Join(out, "desk.db")) {
				if err := store.VerifyBackup(context.Background(), b.Path); err != nil {
					t.Errorf("import with %d KB free: backup %v", room/1024, err)
				}
			}
			t.Logf("import with %d KB free: %d of %d files committed before the disk filled; stderr:\n%s", room/1024, len(done)-len(c.base), len(c.files), stderr)
			ok++
		}
	}

	// export: the database on the real disk, the brief onto a full one.
	for _, format := range []string{"json", "brief"} {
		cases++
		out := filepath.Join(scratch, "full-export-"+format)
		db := c.freshCopy(t, out)
		before := fileHash(t, db)
		err := smallDisk(t, 64, out, `"$BIN" export --db "$OUT/desk.db" --format "$1" -o "$M/brief.out" >"$OUT/stdout" 2>"$OUT/stderr"; echo $? >"$OUT/code"
ls -A "$M" >"$OUT/left"`, format)
		if err != nil {
			t.Fatalf("export to a full disk: %v", err)
		}
		code, stderr := outcome(t, out)
		left, _ := os.ReadFile(filepath.Join(out, "left"))
		switch {
		case code != 1 || !fullDiskError(stderr):
			t.Errorf("export %s to a full disk: exit %d, stderr %q", format, code, stderr)
		case strings.TrimSpace(string(left)) != "":
			t.Errorf("export %s to a full disk left %q behind", format, left)
		case fileHash(t, db) != before:
			t.Errorf("export %s changed the database", format)
		default:
			ok++
		}
	}

	// backup: a disk with room for the database but not for its copy.
	cases++
	out := filepath.Join(scratch, "full-backup")
	c.freshCopy(t, out)
	err := smallDisk(t, (dbSize+dbSize/3)/1024, out, `cp "$OUT/desk.db" "$M/desk.db"
"$BIN" backup --db "$M/desk.db" now >"$OUT/stdout" 2>"$OUT/stderr"; echo $? >"$OUT/code"
rm -f "$OUT/desk.db"; cp -a "$M/." "$OUT/"`)
	if err != nil {
		t.Fatalf("backup on a full disk: %v", err)
	}
	code, stderr := outcome(t, out)
	st, cerr := check(t, filepath.Join(out, "desk.db"))
	switch {
	case code != 1 || !fullDiskError(stderr):
		t.Errorf("backup on a full disk: exit %d, stderr %q", code, stderr)
	case cerr != nil:
		t.Errorf("backup on a full disk: %v", cerr)
	case st.total != sumOf(c.want, c.base):
		t.Errorf("backup on a full disk: %d notices, want %d", st.total, sumOf(c.want, c.base))
	case len(files(filepath.Join(out, "backups"))) != 0:
		t.Errorf("backup on a full disk left %v", files(filepath.Join(out, "backups")))
	default:
		ok++
	}
	fmt.Printf("FAULTS disk_full %d/%d refused in one line with nothing lost or left half-written (tmpfs: import x2, export x2, backup)\n", ok, cases)
}

func mustBackups(t *testing.T, db string) []store.Backup {
	t.Helper()
	bs, err := store.Backups(db)
	if err != nil {
		t.Fatal(err)
	}
	return bs
}

func sumOf(want map[string]int, chans []string) int {
	n := 0
	for _, ch := range chans {
		n += want[ch]
	}
	return n
}

// testFileSizeLimit is the full-disk check without root: the import runs
// under a file-size limit just above the database's size.
func testFileSizeLimit(t *testing.T, c *corpus) {
	dir := filepath.Join(scratch, "fsize")
	db := c.freshCopy(t, dir)
	limit := size(t, db) + 256<<10
	r := run(t, []string{"prlimit", fmt.Sprintf("--fsize=%d", limit)}, append([]string{"import", "--db", db}, c.files...)...)
	st, err := check(t, db)
	lost, half, _ := c.compare(st, nil)
	ok := r.code == 1 && fullDiskError(r.stderr) && err == nil && lost == 0 && half == 0
	if !ok {
		t.Errorf("import under a file-size limit: %v; check %v; lost %d, half-written %d", r, err, lost, half)
	}
	fmt.Printf("FAULTS disk_full %d/1 refused in one line with nothing lost (prlimit --fsize, not root: import only)\n", map[bool]int{true: 1}[ok])
}

// otherProcess starts this test binary again as the other process (holdWrite,
// holdLock) and waits until it says it holds what it holds.
func otherProcess(t *testing.T, env ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run", "^$")
	cmd.Env = append(os.Environ(), env...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	if strings.TrimSpace(line) != "held" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("other process %v did not take its lock: %q", env, line)
	}
	return cmd
}

func TestBusy(t *testing.T) {
	c := getCorpus(t)
	ok := 0
	// Held for less than the busy timeout: the import waits, then runs.
	db := c.freshCopy(t, filepath.Join(scratch, "busy-short"))
	h := otherProcess(t, "FAULTS_HOLD_WRITE="+db, "FAULTS_HOLD_SECS=2")
	r := run(t, nil, "import", "--db", db, c.files[0])
	h.Wait()
	st, err := check(t, db)
	if r.code != 0 || err != nil || st.total != sumOf(c.want, c.base)+perFile || r.took < 1500*time.Millisecond {
		t.Errorf("import beside a 2 s lock: %v; check %v, %d notices", r, err, st.total)
	} else {
		ok++
	}
	short := r.took

	// Held for longer: it waits the busy timeout, then says so in one line.
	db = c.freshCopy(t, filepath.Join(scratch, "busy-long"))
	h = otherProcess(t, "FAULTS_HOLD_WRITE="+db, "FAULTS_HOLD_SECS=20")
	r = run(t, nil, "import", "--db", db, c.files[0])
	h.Process.Kill()
	h.Wait()
	st, err = check(t, db)
	line := lastLine(r.stderr)
	switch {
	case r.code != 1 || !strings.Contains(line, "database is busy") || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0:
		t.Errorf("import beside a 20 s lock: %v; want exit 1 and one line saying the database is busy", r)
	case r.took < store.BusyTimeout || r.took > store.BusyTimeout+10*time.Second:
		t.Errorf("import beside a 20 s lock gave up after %v; want about %v", r.took, store.BusyTimeout)
	case err != nil || st.total != sumOf(c.want, c.base):
		t.Errorf("after the busy import: %v, %d notices", err, st.total)
	default:
		ok++
	}
	fmt.Printf("FAULTS busy %d/2 (a 2 s lock: waited, imported in %.1f s; a 20 s lock: gave up after %.1f s with %q)\n", ok, short.Seconds(), r.took.Seconds(), line)
}

func TestReadOnly(t *testing.T) {
	c := getCorpus(t)
	var as []string
	who := "this user"
	if os.Geteuid() == 0 {
		as = []string{"setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"}
		if exec.Command("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "true").Run() != nil {
			t.Skip("setpriv cannot become nobody here")
		}
		who = "nobody"
	}
	ok, cases := 0, 0
	for _, tc := range []struct {
		name             string
		fileMode, dirMod os.FileMode
		owner            bool // chown to nobody (root only)
	}{
		{"file", 0o444, 0o777, false},
		{"folder", 0o666, 0o555, false},
	} {
		cases++
		dir := filepath.Join(scratch, "ro-"+tc.name)
		db := c.freshCopy(t, dir)
		os.Chmod(db, tc.fileMode)
		os.Chmod(dir, tc.dirMod)
		before := fileHash(t, db)
		list := run(t, as, "list", "--db", db, "--json")
		imp := run(t, as, "import", "--db", db, c.files[0])
		exportTo := filepath.Join(scratch, "ro-export-"+tc.name)
		os.MkdirAll(exportTo, 0o777)
		os.Chmod(exportTo, 0o777)
		exp := run(t, as, "export", "--db", db, "-o", filepath.Join(exportTo, "brief.csv"))
		os.Chmod(dir, 0o755)
		ld := lastLine(imp.stderr)
		switch {
		case list.code != 0 || strings.Count(list.stdout, `"content_hash"`) != sumOf(c.want, c.base):
			t.Errorf("read-only %s: list as %s: %v", tc.name, who, list)
		case imp.code != 1 || !strings.Contains(ld, "read-only") || strings.Count(strings.TrimSpace(imp.stderr), "\n") != 0:
			t.Errorf("read-only %s: import as %s: %v; want one line saying it is read-only", tc.name, who, imp)
		case exp.code != 0:
			t.Errorf("read-only %s: export as %s: %v", tc.name, who, exp)
		case fileHash(t, db) != before:
			t.Errorf("read-only %s: the database changed", tc.name)
		default:
			ok++
			t.Logf("read-only %s: %s", tc.name, ld)
		}
	}
	fmt.Printf("FAULTS read_only %d/%d as %s (read-only file, read-only folder: list and export work, import refused in one line, file unchanged)\n", ok, cases, who)
}

func TestSecondInstance(t *testing.T) {
	c := getCorpus(t)
	db := c.freshCopy(t, filepath.Join(scratch, "second"))
	h := otherProcess(t, "FAULTS_HOLD_LOCK="+db)
	ok := 0
	// The window (no display needed: the lock is checked first).
	win := run(t, nil, "--db", db)
	if win.code != 1 || !strings.Contains(win.stderr, "already open in another Takedown Desk window") || !strings.Contains(win.stderr, strconv.Itoa(h.Process.Pid)) || win.took > 3*time.Second {
		t.Errorf("second window: %v", win)
	} else {
		ok++
	}
	// Reads and imports from the command line go on beside a window.
	if r := run(t, nil, "import", "--db", db, c.files[0]); r.code != 0 {
		t.Errorf("import beside a window: %v", r)
	} else {
		ok++
	}
	bs := mustBackups(t, db)
	if len(bs) == 0 {
		t.Fatalf("no backup to restore")
	}
	// A restore would replace the file under the window: refused.
	if r := run(t, nil, "restore", "--db", db, bs[0].Path); r.code != 1 || !strings.Contains(r.stderr, "close that window first") {
		t.Errorf("restore beside a window: %v", r)
	} else {
		ok++
	}
	// The window killed: its lock goes with it, nothing stale.
	h.Process.Signal(syscall.SIGKILL)
	h.Wait()
	if r := run(t, nil, "restore", "--db", db, bs[0].Path); r.code != 0 {
		t.Errorf("restore after the window was killed: %v", r)
	} else if st, err := check(t, db); err != nil || st.total != sumOf(c.want, c.base) {
		t.Errorf("after restore: %v, %d notices", err, st.total)
	} else {
		ok++
	}
	fmt.Printf("FAULTS second_instance %d/4 (second window refused: %q; import beside a window; restore refused beside it; lock gone with a killed window)\n", ok, lastLine(win.stderr))
}

// damagePages writes junk over the start of every other page after the
// second, the way a bad sector or a half-synced copy leaves them.
func damagePages(t *testing.T, path string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	info, _ := f.Stat()
	junk := bytes.Repeat([]byte{0xde, 0xad, 0xbe, 0xef}, 64)
	for off := int64(2 * store.PageSize); off+int64(len(junk)) < info.Size(); off += 2 * store.PageSize {
		f.WriteAt(junk, off)
	}
}

func TestDamagedPages(t *testing.T) {
	c := getCorpus(t)
	dir := filepath.Join(scratch, "damaged")
	db := c.freshCopy(t, dir)
	if r := run(t, nil, "backup", "--db", db, "now"); r.code != 0 {
		t.Fatalf("backup: %v", r)
	}
	good := mustBackups(t, db)[0]
	if r := run(t, nil, "import", "--db", db, c.files[0]); r.code != 0 {
		t.Fatalf("import: %v", r)
	}
	damagePages(t, db)
	before := fileHash(t, db)
	ok, cases := 0, 0
	var line string
	for _, args := range [][]string{{"list"}, {"import", c.files[1]}, {"export", "-o", filepath.Join(dir, "out.csv")}, {"backup", "now"}, {"--db", db}} {
		cases++
		full := append([]string{args[0], "--db", db}, args[1:]...)
		if args[0] == "--db" {
			full = args // the window
		}
		r := run(t, nil, full...)
		line = lastLine(r.stderr)
		if args[0] == "--db" {
			// The window says it too before it finds no display here.
			line = strings.Split(r.stderr, "\n")[0]
		}
		switch {
		case r.code != 1 || !strings.Contains(line, "database is damaged") || !strings.Contains(line, good.Path) || !strings.Contains(line, "takedowndesk restore"):
			t.Errorf("%v on a damaged database: %v; want one line offering %s", args, r, good.Path)
		case fileHash(t, db) != before:
			t.Errorf("%v wrote to the damaged database", args)
		case nonEmpty(db + "-wal"):
			t.Errorf("%v left a WAL beside the damaged database", args)
		default:
			ok++
		}
	}
	// The command it offers puts the good backup back; the damaged file
	// is kept aside as it was.
	cases++
	r := run(t, nil, "restore", "--db", db, good.Path)
	st, err := check(t, db)
	switch {
	case r.code != 0 || err != nil || st.total != sumOf(c.want, c.base):
		t.Errorf("restore: %v; check %v, %d notices", r, err, st.total)
	default:
		aside, _ := filepath.Glob(db + ".damaged-*Z")
		if len(aside) != 1 || fileHash(t, aside[0]) != before {
			t.Errorf("the damaged file was not kept aside as it was: %v", aside)
		} else {
			ok++
		}
	}
	fmt.Printf("FAULTS damaged_pages %d/%d (list, import, export, backup, window: refused untouched, newest good backup offered: %q; restore of it)\n", ok, cases, line)
}

func nonEmpty(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Size() > 0
}

// TestNoNetwork runs every command on files of every format under strace
// and counts the sockets the program opens and the connections it tries:
// there must be none (the window, which talks to the X server over a local
// socket, is not run here). The files include a page that loads remote
// scripts, styles, images and frames (app/ingest/testdata/html/hostile.html)
// and the desk's own JSON export, imported back; the import is run again in
// a network namespace with no network at all (unshare -n, as root), and the
// stored text of the hostile page must hold none of its scripts.
func TestNoNetwork(t *testing.T) {
	if _, err := exec.LookPath("strace"); err != nil {
		fmt.Println("FAULTS no_network skipped (no strace)")
		t.Skip("no strace")
	}
	c := getCorpus(t)
	var inputs []string
	for _, dir := range []string{"app/ingest/testdata/csv", "app/ingest/testdata/feed", "app/ingest/testdata/html", "app/ingest/testdata/lumen", "app/ingest/testdata/telegram", "app/ingest/testdata/text", "app/ingest/testdata/real", "testdata"} {
		ms, _ := filepath.Glob(filepath.Join(root, dir, "*"))
		for _, m := range ms {
			if info, err := os.Stat(m); err == nil && info.Mode().IsRegular() && !strings.HasSuffix(m, "README.md") {
				inputs = append(inputs, m)
			}
		}
	}
	dir := filepath.Join(scratch, "net")
	db := c.freshCopy(t, dir)
	runs := [][]string{
		append([]string{"import", "--db", db}, inputs...),
		{"import", "--db", db, c.files[0]},
		{"list", "--db", db, "--json"},
		{"search", "--db", db, "--json", "تلغرام"},
		{"extract", "--json", inputs[0]},
		{"backup", "--db", db, "now"},
		{"backup", "--db", db, "list"},
	}
	for _, f := range []string{"brief", "notices", "json", "annotations", "markdown"} {
		runs = append(runs, []string{"export", "--db", db, "--format", f, "-o", filepath.Join(dir, "out."+f)})
	}
	// The desk's own format: the JSON export imported into a new desk.
	runs = append(runs, []string{"import", "--db", filepath.Join(dir, "from-json.db"), filepath.Join(dir, "out.json")})
	calls, commands := 0, 0
	for i, args := range runs {
		log := filepath.Join(dir, fmt.Sprintf("strace-%d.log", i))
		r := run(t, []string{"strace", "-f", "-qq", "-e", "trace=socket,connect,bind,sendto,sendmsg", "-e", "signal=none", "-o", log}, args...)
		if r.code != 0 && args[0] != "import" {
			t.Errorf("%v: %v", args[0], r)
		}
		b, err := os.ReadFile(log)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			if strings.TrimSpace(l) != "" && !strings.Contains(l, "+++ exited") && !straceDetached(l) {
				calls++
				t.Errorf("%s: %s", args[0], l)
			}
		}
		commands++
	}
	// The stored text of the hostile page: its words, none of its code.
	list := run(t, nil, "list", "--db", db, "--json")
	if !strings.Contains(list.stdout, "removed 41 channels") {
		t.Errorf("the hostile page's article is not on the desk")
	}
	leaks := 0
	for _, bad := range []string{"MARKER", "javascript:", ".invalid", "alert(", "document.", "url("} {
		if strings.Contains(list.stdout, bad) {
			leaks++
			t.Errorf("stored text holds %q from the hostile page", bad)
		}
	}
	// No network at all: a new network namespace holds only a loopback
	// that is down.
	isolated := "not run (needs root and unshare)"
	if os.Geteuid() == 0 {
		if _, err := exec.LookPath("unshare"); err == nil {
			idb := filepath.Join(dir, "isolated.db")
			r := run(t, []string{"unshare", "-n"}, append([]string{"import", "--db", idb}, inputs...)...)
			l := run(t, []string{"unshare", "-n"}, "list", "--db", idb, "--json")
			n := strings.Count(l.stdout, `"content_hash":`)
			isolated = fmt.Sprintf("import of the same %d files under unshare -n: exit %d, %d notices", len(inputs), r.code, n)
			if n == 0 || l.code != 0 {
				t.Errorf("under unshare -n: import %v; list %v", r, l)
			}
		}
	}
	fmt.Printf("FAULTS no_network %d network calls in %d commands (import of %d files of every format incl. a page loading remote scripts/images/frames and the JSON export re-imported, list, search, extract, backup, export in 5 formats, under strace -f); hostile page text leaks %d; %s\n", calls, commands, len(inputs)+1, leaks, isolated)
}

// xserver is an Xvfb display the window checks run on.
type xserver struct {
	display string
	cmd     *exec.Cmd
}

// startX starts Xvfb on a free display, or skips when Xvfb or xdotool is
// missing.
func startX(t *testing.T) *xserver {
	t.Helper()
	for _, tool := range []string{"Xvfb", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			fmt.Printf("FAULTS window skipped (no %s)\n", tool)
			t.Skip("no " + tool)
		}
	}
	n := 90
	for ; n < 140; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", n)); errors.Is(err, os.ErrNotExist) {
			break
		}
	}
	x := &xserver{display: fmt.Sprintf(":%d", n)}
	x.cmd = exec.Command("Xvfb", x.display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	if err := x.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.cmd.Process.Kill(); x.cmd.Wait() })
	for i := 0; i < 50; i++ {
		if x.do(5*time.Second, "getdisplaygeometry") == nil {
			return x
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("Xvfb %s did not start", x.display)
	return nil
}

// do runs xdotool on the display.
func (x *xserver) do(timeout time.Duration, args ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "xdotool", args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+x.display)
	return cmd.Run()
}

// window starts the app on db and waits for its window; it returns the
// process and the window's geometry.
func (x *xserver) window(t *testing.T, db, home string) (*exec.Cmd, [4]int, error) {
	t.Helper()
	cmd := exec.Command(bin, "--db", db)
	cmd.Env = append(os.Environ(), "DISPLAY="+x.display, "XDG_CONFIG_HOME="+home+"/config", "XDG_DATA_HOME="+home+"/data",
		"LANG=C.UTF-8", "LANGUAGE=en", "TAKEDOWNDESK_DB=")
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var geom [4]int
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		c := exec.CommandContext(ctx, "xdotool", "search", "--onlyvisible", "--pid", strconv.Itoa(cmd.Process.Pid), "--name", "Takedown Desk", "getwindowgeometry", "--shell")
		c.Env = append(os.Environ(), "DISPLAY="+x.display)
		out, err := c.Output()
		cancel()
		if err == nil {
			vals := map[string]int{}
			for _, l := range strings.Split(string(out), "\n") {
				if k, v, ok := strings.Cut(l, "="); ok {
					vals[k], _ = strconv.Atoi(v)
				}
			}
			geom = [4]int{vals["X"], vals["Y"], vals["WIDTH"], vals["HEIGHT"]}
			if geom[2] > 0 {
				return cmd, geom, nil
			}
		}
		if cmd.ProcessState != nil {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	cmd.Process.Kill()
	cmd.Wait()
	return nil, geom, fmt.Errorf("no window within 30 s: %s", errb.String())
}

// pasteEdit adds a notice through the window's Paste text dialog
// (Ctrl+Shift+V, type, Import), by keyboard and by clicks at the dialog's
// fixed places (720×520, centred).
func (x *xserver) pasteEdit(geom [4]int, text string) error {
	cx, cy := geom[0]+geom[2]/2, geom[1]+geom[3]/2
	steps := [][]string{
		{"key", "ctrl+shift+v"},
		{"sleep", "0.3"},
		{"mousemove", strconv.Itoa(cx), strconv.Itoa(cy - 80), "click", "1"},
		{"type", "--delay", "2", text},
		{"mousemove", strconv.Itoa(cx + 36), strconv.Itoa(cy + 222), "click", "1"},
	}
	for _, s := range steps {
		if s[0] == "sleep" {
			time.Sleep(300 * time.Millisecond)
			continue
		}
		if err := x.do(10*time.Second, s...); err != nil {
			return fmt.Errorf("xdotool %v: %w", s, err)
		}
	}
	return nil
}

// committedEdits reads, beside the running window, which pasted edits are
// in the database: what a kill must not lose.
func committedEdits(db, prefix string) (map[string]bool, error) {
	c, err := sql.Open("sqlite", "file:"+db+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		return nil, err
	}
	defer c.Close()
	rows, err := c.Query(`SELECT body FROM notice WHERE body LIKE ?`, prefix+"%")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	got := map[string]bool{}
	for rows.Next() {
		var b string
		rows.Scan(&b)
		got[b] = true
	}
	return got, rows.Err()
}

func TestWindowKill9DuringEdits(t *testing.T) {
	c := getCorpus(t)
	x := startX(t)
	rounds := 20
	if s := os.Getenv("FAULTS_WINDOW_KILLS"); s != "" {
		rounds, _ = strconv.Atoi(s)
	}
	rng := rand.New(rand.NewPCG(seed, 29))
	intact, lostEdits, typed, saved, windowsFailed := 0, 0, 0, 0, 0
	secondOK := false
	besideRuns, besideOK := 0, 0
	var perRound []string
	for i := 0; i < rounds; i++ {
		dir := filepath.Join(scratch, fmt.Sprintf("win-%02d", i))
		db := c.freshCopy(t, dir)
		app, geom, err := x.window(t, db, dir)
		if err != nil {
			t.Errorf("round %d: %v", i, err)
			windowsFailed++
			continue
		}
		if i == 0 {
			// A second window on the same file says so and stops.
			r := run(t, nil, "--db", db)
			secondOK = r.code == 1 && strings.Contains(r.stderr, "already open in another Takedown Desk window")
			if !secondOK {
				t.Errorf("second window beside a real one: %v", r)
			}
		}
		time.Sleep(500 * time.Millisecond)
		// In some rounds a command-line import runs beside the window's edits.
		var beside chan result
		if i%5 == 1 {
			beside = make(chan result, 1)
			go func() { beside <- run(t, nil, "import", "--db", db, c.files[0]) }()
		}
		prefix := fmt.Sprintf("Window edit %02d-", i)
		killAt := time.Now().Add(time.Duration((0.2 + rng.Float64()*5) * float64(time.Second)))
		var before map[string]bool
		n := 0
		for ; time.Now().Before(killAt); n++ {
			text := fmt.Sprintf("%s%03d: Telegram says it removed %d channels in %d languages.", prefix, n, 100+n, 2+n%9)
			if err := x.pasteEdit(geom, text); err != nil {
				t.Errorf("round %d: %v", i, err)
				break
			}
			if before, err = committedEdits(db, prefix); err != nil {
				t.Errorf("round %d: read beside the window: %v", i, err)
			}
		}
		if b, err := committedEdits(db, prefix); err == nil {
			before = b // the last look before the kill
		}
		if beside != nil {
			r := <-beside
			besideRuns++
			if r.code == 0 {
				besideOK++
			} else {
				t.Errorf("round %d: import beside the window: %v", i, r)
			}
		}
		app.Process.Signal(syscall.SIGKILL)
		app.Wait()
		typed += n
		st, err := check(t, db)
		if err != nil {
			t.Errorf("round %d (window killed after %d edits): %v", i, n, err)
			continue
		}
		after, err := committedEdits(db, prefix)
		if err != nil {
			t.Errorf("round %d: %v", i, err)
			continue
		}
		lost := 0
		for e := range before {
			if !after[e] {
				lost++
			}
		}
		baseLost, half, _ := c.compare(st, nil)
		lostEdits += lost + baseLost
		saved += len(after)
		perRound = append(perRound, fmt.Sprintf("%d/%d", len(after), n))
		if lost != 0 || baseLost != 0 || half != 0 {
			t.Errorf("round %d: %d edits seen committed then lost, %d baseline notices lost, %d files half-written", i, lost, baseLost, half)
			continue
		}
		intact++
		os.RemoveAll(dir)
	}
	fmt.Printf("FAULTS kill9_window edits saved/typed per round %s\n", strings.Join(perRound, " "))
	fmt.Printf("FAULTS kill9_window %d/%d intact (window killed during pasted-text edits; %d edits typed, %d committed; committed edits lost %d; windows that did not start %d; imports beside the window %d/%d; second window beside it refused: %v)\n",
		intact, rounds, typed, saved, lostEdits, windowsFailed, besideOK, besideRuns, secondOK)
}

// TestNoNetworkWindow runs the window under strace while it starts, shows
// the desk (with a page that loads remote resources on it) and takes a
// pasted edit: it may talk to the X server and the
// session bus over local (AF_UNIX) sockets, and must open no other socket.
func TestNoNetworkWindow(t *testing.T) {
	if _, err := exec.LookPath("strace"); err != nil {
		t.Skip("no strace")
	}
	c := getCorpus(t)
	x := startX(t)
	dir := filepath.Join(scratch, "net-window")
	db := c.freshCopy(t, dir)
	// The newest notice, which the window opens first, is a page that
	// loads remote scripts, images and frames.
	if r := run(t, nil, "import", "--db", db, filepath.Join(root, "app", "ingest", "testdata", "html", "hostile.html")); r.code != 0 {
		t.Fatalf("import of the hostile page: %v", r)
	}
	log := filepath.Join(dir, "strace.log")
	cmd := exec.Command("strace", "-f", "-qq", "-e", "trace=socket,connect,bind,sendto,sendmsg", "-e", "signal=none", "-o", log, bin, "--db", db)
	cmd.Env = append(os.Environ(), "DISPLAY="+x.display, "XDG_CONFIG_HOME="+dir+"/config", "XDG_DATA_HOME="+dir+"/data", "LANG=C.UTF-8", "LANGUAGE=en", "TAKEDOWNDESK_DB=")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	var pid int
	var geom [4]int
	for deadline := time.Now().Add(40 * time.Second); time.Now().Before(deadline) && pid == 0; time.Sleep(300 * time.Millisecond) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		q := exec.CommandContext(ctx, "xdotool", "search", "--onlyvisible", "--name", "Takedown Desk", "getwindowpid", "getwindowgeometry", "--shell")
		q.Env = append(os.Environ(), "DISPLAY="+x.display)
		out, err := q.Output()
		cancel()
		if err != nil {
			continue
		}
		vals := map[string]int{}
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		pid, _ = strconv.Atoi(strings.TrimSpace(lines[0]))
		for _, l := range lines[1:] {
			if k, v, ok := strings.Cut(l, "="); ok {
				vals[k], _ = strconv.Atoi(v)
			}
		}
		geom = [4]int{vals["X"], vals["Y"], vals["WIDTH"], vals["HEIGHT"]}
	}
	if pid == 0 {
		t.Fatal("no window under strace within 40 s")
	}
	time.Sleep(time.Second)
	if err := x.pasteEdit(geom, "Network check: Telegram says it removed 55 channels in 4 languages."); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Second)
	syscall.Kill(pid, syscall.SIGKILL)
	cmd.Wait()
	b, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	local, other := 0, 0
	for _, l := range strings.Split(string(b), "\n") {
		switch {
		case strings.TrimSpace(l) == "" || strings.Contains(l, "+++ killed") || strings.Contains(l, "+++ exited"):
		case strings.Contains(l, "AF_UNIX") || strings.Contains(l, "AF_LOCAL"):
			local++
		case strings.Contains(l, "socket(") || strings.Contains(l, "connect(") || strings.Contains(l, "bind("):
			other++
			t.Errorf("window: %s", l)
		default:
			// sendto/sendmsg on a local socket opened above
			local++
		}
	}
	edits, _ := committedEdits(db, "Network check")
	fmt.Printf("FAULTS no_network_window %d non-local sockets (%d calls on local X11/D-Bus sockets; window started, showed the desk, took %d pasted edit, a page loading remote resources on the desk, under strace -f)\n", other, local, len(edits))
}

// TestDiskFullWindowEdit fills the disk under a running window, then makes
// edits there: each must fail without taking the window down or leaving
// anything half-written, and what was committed before stays.
func TestDiskFullWindowEdit(t *testing.T) {
	c := getCorpus(t)
	if !canMount(t) {
		t.Skip("needs root for a tmpfs")
	}
	x := startX(t)
	out := filepath.Join(scratch, "full-window")
	c.freshCopy(t, out)
	dbSize := size(t, c.baseline)
	// The window runs inside the private mount namespace; the script copies
	// the database out once the window is gone.
	script := `cp "$OUT/desk.db" "$M/desk.db"; mkdir -p "$M/backups"
# The day's backup is already there, so the window does not write one.
cp "$OUT/desk.db" "$M/backups/desk-$(date -u +%Y%m%dT%H%M%S).000Z-daily.db"
"$BIN" --db "$M/desk.db" 2>"$OUT/stderr" &
app=$!; echo $app >"$OUT/pid"
sleep 4
# Leave almost nothing free.
head -c $(( $(df --output=avail -B1 "$M" | tail -1) - 32768 )) /dev/zero >"$M/filler" 2>/dev/null
touch "$OUT/full"
wait $app
rm -f "$M/filler" "$OUT/desk.db"; cp -a "$M/." "$OUT/"`
	done := make(chan error, 1)
	go func() {
		m, _ := os.MkdirTemp(scratch, "mnt-")
		full := fmt.Sprintf("set -u; mount -t tmpfs -o size=%dk tmpfs \"$M\" || exit 99\n%s", (3*dbSize)/1024, script)
		cmd := exec.Command("unshare", "-m", "--propagation", "private", "sh", "-c", full)
		cmd.Env = append(os.Environ(), "M="+m, "BIN="+bin, "OUT="+out, "TAKEDOWNDESK_DB=", "DISPLAY="+x.display,
			"XDG_CONFIG_HOME="+out+"/config", "XDG_DATA_HOME="+out+"/data", "LANG=C.UTF-8", "LANGUAGE=en")
		b, err := cmd.CombinedOutput()
		if err != nil {
			err = fmt.Errorf("%w: %s", err, b)
		}
		done <- err
	}()
	for i := 0; i < 100; i++ {
		if _, err := os.Stat(filepath.Join(out, "full")); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	b, _ := os.ReadFile(filepath.Join(out, "pid"))
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	if pid == 0 {
		t.Fatalf("the window did not start: %v", <-done)
	}
	geom := [4]int{0, 0, 1180, 760}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	q := exec.CommandContext(ctx, "xdotool", "search", "--onlyvisible", "--pid", strconv.Itoa(pid), "--name", "Takedown Desk", "getwindowgeometry", "--shell")
	q.Env = append(os.Environ(), "DISPLAY="+x.display)
	if o, err := q.Output(); err == nil {
		vals := map[string]int{}
		for _, l := range strings.Split(string(o), "\n") {
			if k, v, ok := strings.Cut(l, "="); ok {
				vals[k], _ = strconv.Atoi(v)
			}
		}
		geom = [4]int{vals["X"], vals["Y"], vals["WIDTH"], vals["HEIGHT"]}
	}
	cancel()
	edits := 4
	for k := 0; k < edits; k++ {
		// One notice writes several 16 KB pages (notice, claim, indexes,
		// search): more than the 32 KB left.
		text := fmt.Sprintf("Full disk edit %d: Telegram says it removed %d channels in %d languages.", k, 100+k, 3+k)
		if k > 0 {
			// The failed edit showed a problem dialog; close it first.
			x.do(5*time.Second, "key", "Escape")
			time.Sleep(200 * time.Millisecond)
		}
		if err := x.pasteEdit(geom, text); err != nil {
			t.Fatal(err)
		}
		time.Sleep(1500 * time.Millisecond)
	}
	alive := syscall.Kill(pid, 0) == nil
	shot := filepath.Join(scratch, "full-window.png")
	if _, err := exec.LookPath("import"); err == nil {
		cap := exec.Command("import", "-window", "root", shot)
		cap.Env = append(os.Environ(), "DISPLAY="+x.display)
		cap.Run()
	}
	syscall.Kill(pid, syscall.SIGKILL)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	st, err := check(t, filepath.Join(out, "desk.db"))
	lost, half, _ := c.compare(st, nil)
	saved, _ := committedEdits(filepath.Join(out, "desk.db"), "Full disk edit")
	stderr, _ := os.ReadFile(filepath.Join(out, "stderr"))
	ok := alive && err == nil && lost == 0 && half == 0
	if !ok {
		t.Errorf("edits on a full disk: window alive %v; check %v; lost %d; half-written %d; stderr %s", alive, err, lost, half, stderr)
	}
	if os.Getenv("FAULTS_KEEP_SHOT") != "" {
		copyFile(t, shot, os.Getenv("FAULTS_KEEP_SHOT"))
	}
	t.Logf("window stderr: %s", stderr)
	fmt.Printf("FAULTS disk_full_window %d/1 (%d pasted edits on a full disk: window alive %v, %d saved, committed notices lost %d, half-written %d)\n",
		map[bool]int{true: 1}[ok], edits, alive, len(saved), lost, half)
}

// straceDetached is strace's line for a thread torn down by the process's
// exit in the middle of a system call it could not name ("12898 ???(
// <detached ...>"): no call was made, and the traced calls all have names.
func straceDetached(l string) bool {
	return strings.HasSuffix(strings.TrimSpace(l), "???( <detached ...>")
}
