package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/extract"
	"github.com/takedowndesk/takedowndesk/app/search"
	"github.com/takedowndesk/takedowndesk/internal/safename"
)

// Store is what importing needs from the database (store.DB implements it).
type Store interface {
	// Import runs fn inside one transaction. put stores one notice (dedup
	// by origin then content hash; an existing origin with a new hash is
	// updated and its claims re-anchored) and says what it did. If fn
	// returns an error, everything put in this call is rolled back.
	Import(ctx context.Context, fn func(put func(app.Imported) (app.Outcome, error)) error) error
}

// Report is what one file's import did. When Err is set nothing from the
// file was stored and the counts are zero.
type Report struct {
	File, Format                     string
	New, Duplicate, Updated, Skipped int
	// Encoding is the text encoding the file was read in ("utf-8",
	// "windows-1251", ...) and Confidence how sure that is, from 0 to 1:
	// 1 for a declared or marked encoding (a charset, a byte order mark,
	// valid UTF-8), less for one found by the statistics of its bytes.
	Encoding   string
	Confidence float64
	// Repeated counts notices whose key (a feed's guid, a table's id, a
	// message id) the file had already given to a different notice: each
	// is kept under the key with "#2", "#3" after it instead of replacing
	// the first.
	Repeated int
	// Notes say what a reporter should know about how the file was read:
	// times taken in a zone, figures cut, rows passed over.
	Notes []string
	Err   error
}

// MarshalJSON writes {"file","format","new","duplicate","updated","skipped",
// "error","encoding","encoding_confidence","repeated_keys","notes"}, with error ""
// when the file imported fine and notes [] when there are none.
func (r Report) MarshalJSON() ([]byte, error) {
	msg := ""
	if r.Err != nil {
		msg = r.Err.Error()
	}
	notes := r.Notes
	if notes == nil {
		notes = []string{}
	}
	return json.Marshal(struct {
		File       string   `json:"file"`
		Format     string   `json:"format"`
		New        int      `json:"new"`
		Duplicate  int      `json:"duplicate"`
		Updated    int      `json:"updated"`
		Skipped    int      `json:"skipped"`
		Error      string   `json:"error"`
		Encoding   string   `json:"encoding"`
		Confidence float64  `json:"encoding_confidence"`
		Repeated   int      `json:"repeated_keys"`
		Notes      []string `json:"notes"`
	}{r.File, r.Format, r.New, r.Duplicate, r.Updated, r.Skipped, msg, r.Encoding, r.Confidence, r.Repeated, notes})
}

// Options tune an import.
type Options struct {
	// Progress is called now and then from the importing goroutine; may be nil.
	Progress func(file string, notices int, bytesRead, bytesTotal int64)
	// Aliases are the reporter's extra names for actors and platforms.
	Aliases []extract.Alias
	// CSV is the column mapping for CSV files; nil guesses it from the headers.
	CSV *CSVMapping
	// Format forces a format (a Sniff name); "" sniffs each file.
	Format string
	// Zone is where local times without a zone were written (a Telegram
	// export from before 2021); nil takes them as UTC and says so.
	Zone *time.Location
}

// Limits on what is read whole. Formats that need the whole document
// (HTML, feeds, a single text) refuse files beyond these instead of
// exhausting memory; Telegram, Lumen and CSV are streamed.
const (
	maxWholeFile = 64 << 20
	sniffSize    = 64 << 10
	progressStep = 500
)

// FileError is a failed import of one file. Its message is one line:
// "<file>: <problem>".
type FileError struct {
	File string
	Err  error
}

func (e *FileError) Error() string {
	// File names and the problems, which quote hostile input now and then,
	// are shown escaped (a U+202E in a name must not reorder the report)
	// and on one line; a very long path loses its middle.
	return safename.Path(e.File, safename.MaxPath) + ": " + safename.Line(e.Err.Error())
}

func (e *FileError) Unwrap() error { return e.Err }

// ErrNothing means a file or folder held nothing to import.
var ErrNothing = errors.New("nothing to import")

// parser reads one format from r and hands each notice to s.
type parser func(s *sink, r io.Reader) error

var parsers = map[string]parser{
	"telegram":     parseTelegram,
	"takedowndesk": parseDump,
	"lumen":        parseLumen,
	"csv":          parseCSV,
	"xlsx":         parseXLSX,
	"rss":          parseFeed,
	"atom":         parseFeed,
	"html":         parseHTML,
	"markdown":     parseText,
	"text":         parseText,
}

// Formats lists the format names Options.Format accepts.
func Formats() []string {
	names := make([]string, 0, len(parsers))
	for k := range parsers {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// Files imports files and folders (walked recursively, hidden entries and
// files that are not a known format skipped), one transaction per file.
// A folder with nothing importable gets one failed report.
func Files(ctx context.Context, st Store, paths []string, opt Options) []Report {
	var reps []Report
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil || !fi.IsDir() {
			reps = append(reps, File(ctx, st, p, opt))
			continue
		}
		files, err := importable(p, opt.Format)
		if err == nil && len(files) == 0 {
			err = fmt.Errorf("no importable files in folder: %w", ErrNothing)
		}
		if err != nil {
			reps = append(reps, Report{File: p, Err: &FileError{p, err}})
			continue
		}
		for _, f := range files {
			reps = append(reps, File(ctx, st, f, opt))
		}
	}
	return reps
}

// importable lists the files under dir that look like a known format, in
// name order. Photos and other media in a Telegram export folder are passed
// over silently.
func importable(dir, format string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		if format != "" {
			out = append(out, path)
			return nil
		}
		head, err := ReadHead(path)
		if err != nil {
			return nil // File reports it if asked directly; a folder scan passes over it
		}
		if Sniff(path, head) != "" {
			out = append(out, path)
		}
		return nil
	})
	return out, err
}

// ReadHead reads the first bytes of a file, as much as Sniff and GuessCSV
// look at.
func ReadHead(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, sniffSize)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return head[:n], nil
}

// File imports one file in one transaction.
func File(ctx context.Context, st Store, path string, opt Options) Report {
	rep := Report{File: path}
	fail := func(err error) Report {
		rep.New, rep.Duplicate, rep.Updated, rep.Skipped = 0, 0, 0, 0
		rep.Err = &FileError{path, err}
		return rep
	}
	f, err := os.Open(path)
	if err != nil {
		return fail(openProblem(err))
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fail(openProblem(err))
	}
	if fi.IsDir() {
		return fail(errors.New("is a folder"))
	}
	if fi.Size() == 0 {
		return fail(errors.New("empty file"))
	}
	head := make([]byte, sniffSize)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return fail(fmt.Errorf("cannot read: %w", err))
	}
	head = head[:n]
	format := opt.Format
	if format == "" {
		format = Sniff(path, head)
		if format == "" {
			return fail(unknownProblem(head))
		}
	}
	rep.Format = format
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fail(fmt.Errorf("cannot read: %w", err))
	}
	return run(ctx, st, rep, &countingReader{r: f}, fi.Size(), opt)
}

// Text imports pasted text as one text or Markdown notice.
func Text(ctx context.Context, st Store, name, text string, opt Options) Report {
	rep := Report{File: name, Format: "text"}
	if looksMarkdown(name, []byte(text)) {
		rep.Format = "markdown"
	}
	if opt.Format != "" && opt.Format != "text" && opt.Format != "markdown" {
		rep.Format = opt.Format
	}
	return run(ctx, st, rep, &countingReader{r: strings.NewReader(text)}, int64(len(text)), opt)
}

// run parses r in rep.Format inside one store transaction.
func run(ctx context.Context, st Store, rep Report, r *countingReader, size int64, opt Options) Report {
	parse := parsers[rep.Format]
	if parse == nil {
		rep.Err = &FileError{rep.File, fmt.Errorf("unknown format %q (known: %s)", rep.Format, strings.Join(Formats(), ", "))}
		return rep
	}
	var stats app.ImportStats
	var info readInfo
	err := st.Import(ctx, func(put func(app.Imported) (app.Outcome, error)) (err error) {
		defer func() {
			if p := recover(); p != nil {
				if !recoverPanics {
					panic(p)
				}
				err = fmt.Errorf("internal error while storing (please report): %v", p)
			}
		}()
		stats, info, err = pipeline(ctx, parse, r, size, rep, opt, put)
		return err
	})
	if err != nil {
		if errors.Is(err, context.Canceled) {
			err = fmt.Errorf("import cancelled, nothing stored: %w", err)
		}
		rep.Err = &FileError{rep.File, err}
		return rep
	}
	rep.New, rep.Duplicate, rep.Updated, rep.Skipped = stats.New, stats.Duplicate, stats.Updated, stats.Skipped
	rep.Encoding, rep.Confidence, rep.Repeated, rep.Notes = info.encoding, info.confidence, info.repeated, info.notes
	return rep
}

// readInfo is what a file's reading found out beside its notices.
type readInfo struct {
	encoding   string
	confidence float64
	repeated   int
	cut        int // notices whose figures were cut at MaxClaims
	notes      []string
}

// job is one parsed notice on its way to the store; done closes when the
// shared pipeline (extractor, anchors, hashes) has completed it.
type job struct {
	im   app.Imported
	err  error
	done chan struct{}
}

// pipeline runs three stages at once so a large import uses every core:
// the parser in one goroutine, completion (mostly the claim extractor) in
// a few workers, and the store's put on the calling goroutine, which keeps
// the parser's order. Any failure stops the parser and is returned, and
// the store rolls the whole file back.
func pipeline(ctx context.Context, parse parser, r *countingReader, size int64, rep Report, opt Options,
	put func(app.Imported) (app.Outcome, error)) (app.ImportStats, readInfo, error) {
	if size >= gcReliefSize {
		defer gcRelief()()
	}
	pctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait() // no stage outlives the import
	defer stop()
	workers := min(max(runtime.GOMAXPROCS(0), 1), 4)
	order := make(chan *job, 256)
	work := make(chan *job, 256)
	s := &sink{ctx: pctx, order: order, work: work, opt: opt, file: rep.File}
	var parseErr error
	go func() {
		defer close(work)
		defer close(order)
		defer func() {
			if p := recover(); p != nil {
				if !recoverPanics {
					panic(p)
				}
				// Last resort: a parser bug on hostile input must not take the
				// window down; the transaction rolls back like any failure.
				parseErr = fmt.Errorf("internal error while reading (please report): %v", p)
			}
		}()
		parseErr = parse(s, r)
	}()
	for range workers {
		wg.Go(func() {
			for j := range work {
				if pctx.Err() == nil {
					j.err = completeSafely(&j.im, opt)
				}
				close(j.done)
			}
		})
	}

	var stats app.ImportStats
	var info readInfo
	keys := newOriginKeys()
	n := 0
	last := time.Now()
	fail := func(err error) (app.ImportStats, readInfo, error) {
		stop()
		for range order { // let the parser see the stop and finish
		}
		return stats, info, err
	}
	for j := range order {
		select {
		case <-j.done:
		case <-pctx.Done(): // the job may never reach a worker
			return fail(ctx.Err())
		}
		if j.err != nil {
			return fail(fmt.Errorf("notice %d: %w", n+1, j.err))
		}
		if err := ctx.Err(); err != nil {
			return fail(err)
		}
		if keys.distinct(&j.im.Notice) {
			info.repeated++
		}
		if slices.ContainsFunc(j.im.Notice.Notes, func(n app.Note) bool { return n.Body == cutNote }) {
			info.cut++
		}
		out, err := put(j.im)
		if err != nil {
			return fail(fmt.Errorf("storing notice %d (%q): %w", n+1, j.im.Notice.Title, err))
		}
		stats.Add(out)
		n++
		if opt.Progress != nil && n%progressStep == 0 && time.Since(last) > 100*time.Millisecond {
			last = time.Now()
			opt.Progress(rep.File, n, r.read(), size)
		}
	}
	// order is closed: the parser has returned and parseErr is set.
	if parseErr != nil {
		return stats, info, parseErr
	}
	if err := ctx.Err(); err != nil {
		return stats, info, err
	}
	stats.Skipped = s.skipped
	if n == 0 && s.skipped == 0 {
		return stats, info, fmt.Errorf("no notices found in %s content: %w", rep.Format, ErrNothing)
	}
	if opt.Progress != nil {
		opt.Progress(rep.File, n, r.read(), size)
	}
	info.encoding, info.confidence, info.notes = s.encoding, s.confidence, s.notes
	if info.encoding == "" {
		info.encoding, info.confidence = encUTF8, 1
	}
	if info.cut > 0 {
		info.notes = append(info.notes, fmt.Sprintf("%d notice(s) held more than %s figures: figures cut at %s, and each says so in a note", info.cut, groupThousands(MaxClaims), groupThousands(MaxClaims)))
	}
	if info.repeated > 0 {
		info.notes = append(info.notes, fmt.Sprintf("%d notices shared a key (guid, id) with an earlier, different one in this file and were kept under the key with #2, #3 after it", info.repeated))
	}
	return stats, info, nil
}

// originKeys tells apart the notices of one file that the file gave the
// same key: a feed that reuses one guid for different items, a table whose
// id column repeats. The first keeps the key; a later notice with other
// text gets the key with "#2", "#3" after it, in the order the file gives
// them, so a second import of the same file finds each one again. The
// same notice twice keeps the key (the store counts it a duplicate). Keys
// and texts are held as 64-bit hashes, so a million-message export costs
// a few tens of megabytes, not a copy of every key.
type originKeys struct {
	seed  maphash.Seed
	first map[uint64]uint64   // key → text of the first notice under it
	more  map[uint64][]uint64 // key → texts of the later, different ones
}

func newOriginKeys() *originKeys {
	return &originKeys{seed: maphash.MakeSeed(), first: map[uint64]uint64{}, more: map[uint64][]uint64{}}
}

// distinct gives n its own key if the file gave n's key to another text
// before, and reports whether it did.
func (k *originKeys) distinct(n *app.Notice) bool {
	if n.Origin == "" {
		return false
	}
	o := maphash.String(k.seed, n.Origin)
	h := maphash.String(k.seed, n.ContentHash)
	f, ok := k.first[o]
	if !ok {
		k.first[o] = h
		return false
	}
	if f == h {
		return false
	}
	list := k.more[o]
	i := slices.Index(list, h)
	if i < 0 {
		list = append(list, h)
		k.more[o] = list
		i = len(list) - 1
	}
	n.Origin += "#" + strconv.Itoa(i+2)
	n.UID = app.UID(n.Origin, n.ContentHash)
	return true
}

// gcReliefSize is the input size from which an import paces the garbage
// collector for throughput.
const gcReliefSize = 4 << 20

// gcState is the collector setting imports share: the first to start sets
// it, the last to finish puts back what was there.
var gcState struct {
	sync.Mutex
	users   int
	percent int
	limit   int64
}

// gcRelief lets the garbage collector run less often while a large file
// imports, and returns the function that undoes it. An import allocates
// fast and keeps little (the parsers stream), so at Go's default pace the
// collector took a sixth of the CPU of a 100,000-message export and its
// assists stalled the database writer; at 400 it runs a quarter as often.
// A soft memory limit (192 MB, or twice the heap already in use) keeps the
// heap within bounds all the same.
func gcRelief() (restore func()) {
	gcState.Lock()
	defer gcState.Unlock()
	if gcState.users == 0 {
		gcState.percent = debug.SetGCPercent(400)
		gcState.limit = debug.SetMemoryLimit(-1) // a lower limit set by the user stays
		// The limit leaves room above what the program already holds (a
		// window showing a large desk), or the collector would run without
		// pause for the whole import.
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		debug.SetMemoryLimit(min(gcState.limit, max(192<<20, int64(ms.HeapAlloc)*2)))
	}
	gcState.users++
	return func() {
		gcState.Lock()
		defer gcState.Unlock()
		if gcState.users--; gcState.users == 0 {
			debug.SetGCPercent(gcState.percent)
			debug.SetMemoryLimit(gcState.limit)
		}
	}
}

func completeSafely(im *app.Imported, opt Options) (err error) {
	defer func() {
		if p := recover(); p != nil {
			if !recoverPanics {
				panic(p)
			}
			err = fmt.Errorf("internal error while reading the claims of %q (please report): %v", app.Truncate(noticeName(im.Notice), 80), p)
		}
	}()
	complete(im, opt)
	return nil
}

// noticeName is what names a notice in an error: its title, else the
// start of its text.
func noticeName(n app.Notice) string {
	if n.Title != "" {
		return n.Title
	}
	return app.TitleFromText(n.Body, 80)
}

func openProblem(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("cannot read: %w", pe.Err)
	}
	return fmt.Errorf("cannot read: %w", err)
}

// unknownProblem explains why Sniff found no format.
func unknownProblem(head []byte) error {
	t := trimLead(head)
	switch {
	case len(t) == 0:
		return errors.New("empty file (only white space)")
	case isBinary(head):
		return errors.New("not a text file (binary data)")
	case t[0] == '{' || t[0] == '[':
		return errors.New("unrecognised JSON: neither a Telegram export nor a Lumen notice")
	case t[0] == '<':
		return errors.New("unrecognised XML/markup: neither RSS, Atom nor HTML")
	}
	return errors.New("not a text file (not valid UTF-8 and not a table)")
}

// sink receives a parser's notices and passes them down the pipeline.
// It belongs to the parser's goroutine.
type sink struct {
	ctx     context.Context
	order   chan<- *job
	work    chan<- *job
	opt     Options
	file    string
	skipped int
	// A table's lines above its header, and the platforms its cells name.
	preamble  string
	platforms map[string]string
	// What the parser found out about the file, for the report.
	encoding   string
	confidence float64
	notes      []string
}

// note adds a line to the file's report.
func (s *sink) note(format string, args ...any) {
	s.notes = append(s.notes, fmt.Sprintf(format, args...))
}

// setEncoding records the encoding the file was read in.
func (s *sink) setEncoding(name string, confidence float64) {
	s.encoding, s.confidence = name, confidence
}

// emit hands one parsed notice on; it fails once the import has stopped.
func (s *sink) emit(im app.Imported) error {
	// A link the window may offer to open is a web address or plain text,
	// never javascript:, data: or file:, whatever the file says.
	im.Notice.URL = webURL(im.Notice.URL)
	for i := range im.Sources {
		im.Sources[i].Source.URL = webURL(im.Sources[i].Source.URL)
	}
	j := &job{im: im, done: make(chan struct{})}
	select {
	case s.order <- j:
	case <-s.ctx.Done():
		return s.ctx.Err()
	}
	select {
	case s.work <- j:
	case <-s.ctx.Done():
		return s.ctx.Err()
	}
	return nil
}

// skip counts an entry the format holds but that is not a notice.
func (s *sink) skip() { s.skipped++ }

// countingReader counts the bytes read for progress reports; the parser
// reads while the importing goroutine reports.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

func (c *countingReader) read() int64 { return c.n.Load() }

// readWhole reads a format that must be parsed whole, refusing huge files.
func readWhole(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxWholeFile+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	if len(b) > maxWholeFile {
		return nil, fmt.Errorf("file too large for this format (over %d MB)", maxWholeFile>>20)
	}
	return b, nil
}

// complete runs the shared pipeline on a parsed notice: language, hashes,
// uid, the extractor's claims beside the format's own, anchors, sources and
// the summary line.
func complete(im *app.Imported, opt Options) {
	n := &im.Notice
	n.Body = strings.ReplaceAll(n.Body, "\r\n", "\n")
	if n.Lang == "" {
		text := n.Body
		if strings.TrimSpace(text) == "" {
			text = n.Title
		}
		n.Lang, n.Direction = app.DetectLanguage(text)
	} else {
		n.Lang = primaryLang(n.Lang)
		if n.Direction == "" {
			n.Direction = directionOf(n.Lang)
		}
	}
	if !n.PublishedAt.IsZero() {
		n.PublishedAt = n.PublishedAt.UTC()
	}

	res, cut := extractBounded(n.Body, extract.Options{Published: n.PublishedAt, Lang: n.Lang, Aliases: opt.Aliases}, MaxClaims-len(im.Claims))
	claims := make([]app.Claim, 0, len(im.Claims)+len(res.Claims))
	claims = append(claims, im.Claims...)
	var labels []labelSpan
	if n.Kind == app.KindCSVRow {
		labels = rowLabels(n.Body)
	}
	for _, c := range res.Claims {
		if !app.OverlapsAny(c, im.Claims) && !inLabel(c, labels) && !vagueFigure(c) {
			claims = append(claims, c)
		}
	}
	if len(claims) > MaxClaims {
		claims, cut = claims[:MaxClaims], true
	}
	if cut {
		n.Notes = append(n.Notes, app.Note{Body: cutNote})
	}
	body := []rune(n.Body)
	for i := range claims {
		claims[i].Anchor(body)
	}
	im.Claims = claims
	if n.Platform == "" {
		// the platform the notice's reported addresses are on: Lumen's
		// infringing URLs, a text's addresses listed a line each
		links := im.Links
		if n.Kind != app.KindCSVRow && n.Kind != app.KindLumenNotice {
			links = append(listedLinks(n.Body), links...)
		}
		n.Platform = linksPlatform(links)
		if n.Platform == "" && n.Kind != app.KindCSVRow && n.Kind != app.KindLumenNotice {
			// a letter names what it reports in its sentences: "hosted on
			// … your repository … at https://github.com/…"
			n.Platform = linksPlatform(bodyLinks(n.Body))
		}
	}
	if n.Platform == "" && len(res.Platforms) > 0 && mainSubject(res.Platforms[0], n, claims) {
		n.Platform = res.Platforms[0]
	}
	im.Sources = app.MergeSources(im.Sources, ownOutletDropped(im.Sources, res.Sources))
	im.Links = dedupStrings(im.Links)
	im.Complete()
	row := search.Row(n.Title, n.Body, im.SourceNames())
	im.Search = &row
}

// ownOutletDropped is found without the outlet the notice's own
// metadata names, when its text names it shorter: a BBC page signed
// "BBC News" says "in an interview with the BBC", one outlet, not two.
func ownOutletDropped(own, found []app.SourceLink) []app.SourceLink {
	var out []app.SourceLink
	for _, f := range found {
		same := false
		for _, o := range own {
			if o.Source.Kind == app.SourceNewsOutlet && f.Source.Kind == app.SourceNewsOutlet && o.Role == f.Role &&
				len(o.Source.Name) > len(f.Source.Name) && strings.EqualFold(o.Source.Name[:len(f.Source.Name)], f.Source.Name) &&
				o.Source.Name[len(f.Source.Name)] == ' ' {
				same = true
				break
			}
		}
		if !same {
			out = append(out, f)
		}
	}
	return out
}

// MaxClaims caps the claims one notice keeps. A text of millions of
// numbers (a log, a dump pasted as text) is no notice a reporter reads
// figure by figure; past the cap the extractor stops reading, so memory
// and time stay bounded, and the notice says so (cutNote).
const MaxClaims = 10000

// cutNote is the note a notice whose figures were cut carries.
var cutNote = fmt.Sprintf("Figures cut at %s: the text holds more, and the rest were not read as claims.", groupThousands(MaxClaims))

func groupThousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// chunkSize is the length from which a text is read by the extractor a
// piece at a time; pieces end at a line break, so no sentence is cut.
const chunkSize = 256 << 10

// extractBounded runs the extractor on body and keeps at most limit
// claims. A long body is read in pieces, each piece's claims shifted to
// their place in the whole, and reading stops once the limit is reached:
// cut reports that some text was not read or some claims were dropped.
func extractBounded(body string, o extract.Options, limit int) (res extract.Result, cut bool) {
	if limit <= 0 {
		return extract.Result{}, true
	}
	if len(body) <= chunkSize {
		res = extractText(body, o)
		if len(res.Claims) > limit {
			res.Claims, cut = res.Claims[:limit], true
		}
		return res, cut
	}
	seenP, seenA := map[string]bool{}, map[string]bool{}
	runeOff := 0
	for rest := body; rest != ""; {
		piece := rest
		if len(piece) > chunkSize {
			end := strings.LastIndexByte(piece[:chunkSize], '\n') + 1
			if end <= chunkSize/2 { // no line break near: cut at a rune boundary
				end = chunkSize
				for end > 0 && !utf8.RuneStart(piece[end]) {
					end--
				}
			}
			piece = piece[:end]
		}
		rest = rest[len(piece):]
		r := extractText(piece, o)
		for _, c := range r.Claims {
			if len(res.Claims) == limit {
				return res, true
			}
			c.Start += runeOff
			c.End += runeOff
			res.Claims = append(res.Claims, c)
		}
		for _, p := range r.Platforms {
			if !seenP[p] {
				seenP[p] = true
				res.Platforms = append(res.Platforms, p)
			}
		}
		for _, a := range r.Actors {
			if !seenA[a] {
				seenA[a] = true
				res.Actors = append(res.Actors, a)
			}
		}
		res.Sources = app.MergeSources(res.Sources, r.Sources)
		runeOff += utf8.RuneCountInString(piece)
	}
	return res, false
}

// mainSubject reports whether the platform the extractor names most is
// what the notice is about, not a passing mention ("follow us on
// Twitter" under a football report): a figure is about it, the title
// names it, the text is a short post, or it is named more than once.
func mainSubject(platform string, n *app.Notice, claims []app.Claim) bool {
	for _, c := range claims {
		if c.Platform == platform {
			return true
		}
	}
	name := strings.ToLower(platform)
	if strings.Contains(strings.ToLower(n.Title), name) {
		return true
	}
	if utf8.RuneCountInString(n.Body) < 600 {
		return true
	}
	head := n.Body[:min(len(n.Body), 256<<10)]    // enough to see what a story is about
	head = webAddress.ReplaceAllString(head, " ") // "github.com/facebook/…" names GitHub's page, not Facebook
	return strings.Count(strings.ToLower(head), name) >= 2
}

func dedupStrings(in []string) []string {
	if len(in) == 0 {
		return nil
	}
	seen := make(map[string]bool, len(in))
	out := in[:0]
	for _, s := range in {
		s = strings.TrimSpace(s)
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

// primaryLang keeps the primary subtag of a language tag: "en-GB" → "en".
func primaryLang(lang string) string {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	return lang
}

func directionOf(lang string) app.Direction {
	switch primaryLang(lang) {
	case "ar", "fa", "he", "ur", "ps", "yi", "ckb", "dv", "sd", "ug":
		return app.RTL
	}
	return app.LTR
}

// recoverPanics turns a parser panic into a file error; fuzz tests turn it
// off so that panics surface.
var recoverPanics = true

// extractText is the claim extractor; tests swap it to keep their goldens
// about the formats alone.
var extractText = extract.Text

// EncodingText words the report's encoding for a reader: "utf-8",
// "windows-1251, 93% sure".
func (r Report) EncodingText() string {
	if r.Encoding == "" {
		return "encoding unknown"
	}
	if r.Confidence >= 1 {
		return r.Encoding
	}
	return fmt.Sprintf("%s, %.0f%% sure", r.Encoding, r.Confidence*100)
}

// labelSpan is the "Header: " part of a line of a table row's body, in
// runes.
type labelSpan struct{ start, end int }

// rowLabels finds the column names the body of a table row was written
// with ("Requests for User Data: 11,000 - 12,000"): the importer wrote
// them, so a figure the extractor reads across one takes its unit from a
// column's name ("User Data: 11,000" as 11,000 users), which only the
// column's own claim may do.
func rowLabels(body string) []labelSpan {
	var out []labelSpan
	off := 0
	for _, line := range strings.SplitAfter(body, "\n") {
		if i := strings.Index(line, ": "); i > 0 {
			out = append(out, labelSpan{off, off + utf8.RuneCountInString(line[:i+2])})
		}
		off += utf8.RuneCountInString(line)
	}
	return out
}

// inLabel reports a figure whose quote starts in a column's name.
func inLabel(c app.Claim, labels []labelSpan) bool {
	if c.Kind != app.ClaimFigure {
		return false
	}
	for _, l := range labels {
		if c.Start < l.end && c.End > l.start {
			return true
		}
	}
	return false
}
