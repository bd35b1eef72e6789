package brief

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/internal/safename"
)

// Format names an export.
type Format string

// The exports. Workbook is what "Export brief…" writes in the window.
const (
	Workbook    Format = "xlsx"        // Excel workbook: a sheet of claims, a sheet of notices
	BriefCSV    Format = "brief"       // CSV, one row per claim
	NoticesCSV  Format = "notices"     // CSV, one row per notice
	WholeJSON   Format = "json"        // the whole desk, re-importable
	Annotations Format = "annotations" // W3C Web Annotation collection (JSON-LD)
	Markdown    Format = "markdown"    // a readable brief for a story draft
)

// Formats lists every export, the default first.
func Formats() []Format {
	return []Format{Workbook, BriefCSV, NoticesCSV, WholeJSON, Annotations, Markdown}
}

// ParseFormat reads a format name as the command line gives it.
func ParseFormat(s string) (Format, error) {
	if s == "csv" {
		return BriefCSV, nil
	}
	for _, f := range Formats() {
		if string(f) == s {
			return f, nil
		}
	}
	names := make([]string, 0, 6)
	for _, f := range Formats() {
		names = append(names, string(f))
	}
	return "", fmt.Errorf("unknown export format %q (%s)", s, strings.Join(names, ", "))
}

// Ext is the file name extension of a format, with its dot.
func (f Format) Ext() string {
	switch f {
	case Workbook:
		return ".xlsx"
	case BriefCSV, NoticesCSV:
		return ".csv"
	case WholeJSON:
		return ".json"
	case Annotations:
		return ".jsonld"
	case Markdown:
		return ".md"
	}
	return ""
}

// Flavour is the dialect of a CSV export.
type Flavour int

const (
	// ForExcel is UTF-8 with a byte order mark (Excel reads Arabic as UTF-8
	// only then), CRLF line ends, and text cells that a spreadsheet would
	// run as a formula (= + - @ tab CR LF first) prefixed with an
	// apostrophe; number columns are never touched.
	ForExcel Flavour = iota
	// ForData is plain UTF-8 RFC 4180 with nothing altered, for pandas,
	// R and scripts.
	ForData
)

// Progress is what an export has done so far.
type Progress struct {
	Stage string // "reading" notices, then "writing" the workbook's rows
	Done  int
	Total int
}

// Request says what to export.
type Request struct {
	Format  Format
	Scope   Scope
	Flavour Flavour  // CSV exports only
	Columns []string // claims brief columns in order; nil for DefaultColumns
	// Defang shows URLs and origins as hxxps://example[.]com in CSV and
	// workbook cells, for a brief that is mailed on.
	Defang bool
	Now    time.Time // when the export was made (JSON); zero for time.Now
	// Progress, when set, is called from the exporting goroutine about
	// every progressEvery notices and rows and once at the end of each
	// stage; it must not block.
	Progress func(Progress)
	// TempDir holds a workbook's spooled rows; empty for the directory of
	// the output file (Export) or the system's temporary directory.
	TempDir string
}

const progressEvery = 500

// Export writes the export to path through a temporary file beside it,
// renamed into place only once everything, the close included, succeeded:
// a failed or cancelled export never leaves half a file where a whole one
// is expected.
func Export(ctx context.Context, src Notices, req Request, path string) error {
	if req.TempDir == "" {
		req.TempDir = filepath.Dir(path)
	}
	return WriteFile(path, req.Format.Ext(), func(w io.Writer) error { return Write(ctx, src, req, w) })
}

// WriteFile writes a file through a temporary file beside it (named with
// ext), renamed into place only once fn, the flush, the sync and the close
// all succeeded, so a failure never leaves half a file at path.
func WriteFile(path, ext string, fn func(io.Writer) error) (err error) {
	fail := func(err error) error {
		return fmt.Errorf("export to %s: %w", safename.Path(path, safename.MaxPath), err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".takedowndesk-export-*"+ext)
	if err != nil {
		return fail(err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err := fn(bw); err != nil {
		return fail(err)
	}
	if err := bw.Flush(); err != nil {
		return fail(err)
	}
	// a temporary file is private (0600); the file gets the mode of the
	// one it replaces, or the usual 0644
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := tmp.Chmod(mode); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fail(err)
	}
	return nil
}

// Write writes the export to w, reading the notices a batch at a time.
func Write(ctx context.Context, src Notices, req Request, w io.Writer) error {
	cols, err := pickColumns(req.Columns)
	if err != nil {
		return err
	}
	if req.Now.IsZero() {
		req.Now = time.Now()
	}
	if req.Format == "" {
		req.Format = Workbook
	}
	ids := req.Scope.IDs
	if ids == nil {
		if ids, err = src.IDs(ctx, req.Scope.Query); err != nil {
			return err
		}
	}
	total := len(ids)
	e := &exporter{req: req, cols: cols, src: src}
	each := func(fn func(*app.Notice) error) error {
		done := 0
		e.progress("reading", 0, total)
		err := src.EachOf(ctx, ids, func(n app.Notice) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(&n); err != nil {
				return err
			}
			done++
			if done%progressEvery == 0 {
				e.progress("reading", done, total)
			}
			return nil
		})
		if err != nil {
			return err
		}
		e.progress("reading", done, done)
		return nil
	}
	switch req.Format {
	case Workbook:
		return e.workbook(ctx, w, each)
	case BriefCSV:
		return e.claimsCSV(w, each)
	case NoticesCSV:
		return e.noticesCSV(w, each)
	case WholeJSON:
		return e.json(ctx, w, each)
	case Annotations:
		return e.annotations(w, each)
	case Markdown:
		return e.markdown(w, each)
	}
	_, err = ParseFormat(string(req.Format))
	return err
}

type exporter struct {
	req  Request
	cols []column
	src  Notices
}

func (e *exporter) progress(stage string, done, total int) {
	if e.req.Progress != nil {
		e.req.Progress(Progress{Stage: stage, Done: done, Total: total})
	}
}

// notices walks the notices of an export, flagged and ready.
type walk func(fn func(*app.Notice) error) error

// lines calls fn with each row of a claims brief: one per claim, or one for
// a notice without claims.
func (e *exporter) lines(n *app.Notice, fn func(line) error) error {
	if len(n.Claims) == 0 {
		return fn(line{n: n, defang: e.req.Defang})
	}
	for i := range n.Claims {
		if err := fn(line{n: n, c: &n.Claims[i], defang: e.req.Defang}); err != nil {
			return err
		}
	}
	return nil
}
