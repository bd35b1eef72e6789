package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/brief"
	"github.com/takedowndesk/takedowndesk/app/extract"
	"github.com/takedowndesk/takedowndesk/app/ingest"
	"github.com/takedowndesk/takedowndesk/app/merge"
	"github.com/takedowndesk/takedowndesk/internal/safename"
	"github.com/takedowndesk/takedowndesk/store"
)

// errReported means the command already told the user what went wrong.
var errReported = errors.New("reported")

var commands = map[string]func(args []string) error{
	"import":  cmdImport,
	"list":    cmdList,
	"search":  cmdSearch,
	"extract": cmdExtract,
	"export":  cmdExport,
	"chart":   cmdChart,
	"backup":  cmdBackup,
	"restore": cmdRestore,
	"merge":   cmdMerge,
	"sync":    cmdSync,
	"server":  cmdServer,
	"version": func([]string) error { fmt.Println("takedowndesk " + version); return nil },
	"help":    func([]string) error { usage(); return nil },
}

func usage() {
	fmt.Fprint(os.Stderr, `Takedown Desk: triage and annotate takedown notices.

usage:
  takedowndesk [--db PATH]                            open the window
  takedowndesk import  [--db PATH] [--json] [--format F] FILE|FOLDER...
  takedowndesk list    [--db PATH] [--json] [--status S] [--limit N] [--offset N]
  takedowndesk search  [--db PATH] [--json] [--status S] [--limit N] [--offset N] QUERY
  takedowndesk extract [--json] [FILE|-]
  takedowndesk export  [--db PATH] [--format xlsx|brief|notices|json|annotations|markdown]
                       [--excel | --flavour excel|data] [--columns C,...] [--defang]
                       [--status S] [--platform P] [--search Q] [--ids N,...] -o FILE|-
  takedowndesk chart   [--db PATH] [--platform P] [--unit U] [--from D --to D] -o FILE.svg|png|pdf
  takedowndesk backup  [--db PATH] [--json] [list|now]
  takedowndesk restore [--db PATH] BACKUP
`+editUsage+`  takedowndesk merge   [--db PATH] [--json] OTHER.db|EXPORT.json
  takedowndesk sync    [--db PATH] [--json] --server URL [--desk NAME]
  takedowndesk server  --server URL init | add-member DESK ROLE... | remove-member DESK ROLE...
  takedowndesk version

ID is a notice's id (as list shows it) or its uid. --db may also come
before the command; it defaults to $TAKEDOWNDESK_DB, then to the user
data directory.
`)
}

// flags builds a flag set that reports errors as one line and lets flags
// follow the positional arguments too ("import a.txt --json").
func flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, fmt.Errorf("%s: %w", fs.Name(), err)
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func cmdImport(args []string) error {
	fs := flags("import")
	dbPath := fs.String("db", "", "database file")
	asJSON := fs.Bool("json", false, "print a JSON report")
	format := fs.String("format", "", "force a format: "+strings.Join(ingest.Formats(), ", "))
	tz := fs.String("tz", "", "zone of local times written without one (Telegram exports before 2021), e.g. Europe/Moscow or UTC+3")
	csvOpt := addCSVFlags(fs)
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return errors.New("import: no files given")
	}
	zone, err := ingest.ParseZone(*tz)
	if err != nil {
		return fmt.Errorf("import: --tz: %w", err)
	}
	db, err := openDB(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.ReadOnlyError(); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	ctx := context.Background()
	aliases, err := db.Aliases(ctx)
	if err != nil {
		return err
	}
	opt := ingest.Options{Format: *format, Aliases: aliases, Zone: zone}
	var reports []ingest.Report
	if csvOpt.given() {
		// Column flags apply to each table given, mapped one by one.
		for _, f := range files {
			m, err := csvOpt.mapping(f)
			if err != nil {
				reports = append(reports, ingest.Report{File: f, Format: "csv", Err: err})
				continue
			}
			topt := opt
			topt.CSV = &m
			if topt.Format == "" {
				topt.Format = "csv" // column flags say it is a table, whatever its name or first lines
			}
			reports = append(reports, ingest.File(ctx, db, f, topt))
		}
	} else {
		// A whole-desk export of this app goes through the merge, which
		// keeps its uids, history, notes, sources and tags as they were.
		var rest []string
		for _, f := range files {
			if opt.Format != "" || !merge.IsDump(f) {
				rest = append(rest, f)
				continue
			}
			r := ingest.Report{File: f, Format: "takedowndesk", Encoding: "utf-8", Confidence: 1}
			rep, err := db.Merge(ctx, f, merge.FileInput(f), store.MergeOptions{})
			if err != nil {
				r.Err = fmt.Errorf("import %s: %w", f, err)
			} else {
				r.New, r.Updated = rep.Added.Notices, rep.Merged
				r.Notes = append(r.Notes, "merged: "+rep.String())
			}
			reports = append(reports, r)
		}
		if len(rest) > 0 {
			reports = append(reports, ingest.Files(ctx, db, rest, opt)...)
		}
	}
	failed := false
	for _, r := range reports {
		if r.Err != nil {
			failed = true
			fmt.Fprintln(os.Stderr, "takedowndesk: "+oneLine(r.Err.Error()))
		}
	}
	if *asJSON {
		if err := printJSON(reports); err != nil {
			return err
		}
	} else {
		for _, r := range reports {
			if r.Err == nil {
				fmt.Printf("%s (%s, %s): %d new, %d duplicate, %d updated, %d skipped\n", safename.Path(r.File, safename.MaxPath), r.Format, r.EncodingText(), r.New, r.Duplicate, r.Updated, r.Skipped)
				for _, n := range r.Notes {
					fmt.Printf("  note: %s\n", safename.Line(n))
				}
			}
		}
	}
	if failed {
		return errReported
	}
	return nil
}

// listFlags are the flags list and search share: which notices, how many.
type listFlags struct {
	db            *string
	asJSON        *bool
	status        *string
	limit, offset *int
}

func addListFlags(fs *flag.FlagSet, limit int) listFlags {
	return listFlags{
		db:     fs.String("db", "", "database file"),
		asJSON: fs.Bool("json", false, "print JSON"),
		status: fs.String("status", "", "only notices with this status"),
		limit:  fs.Int("limit", limit, "most notices to print (0 for all)"),
		offset: fs.Int("offset", 0, "notices to skip first"),
	}
}

func (lf listFlags) query(text string) (app.Query, error) {
	q := app.Query{Text: text}
	if *lf.status != "" {
		st, err := app.ParseStatus(*lf.status)
		if err != nil {
			return q, err
		}
		q.Statuses = []app.Status{st}
	}
	if *lf.limit < 0 || *lf.offset < 0 {
		return q, errors.New("--limit and --offset take a number of notices, 0 or more")
	}
	return q, nil
}

func cmdList(args []string) error {
	fs := flags("list")
	lf := addListFlags(fs, 0)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	q, err := lf.query("")
	if err != nil {
		return err
	}
	return printList(lf, q, false)
}

func cmdSearch(args []string) error {
	fs := flags("search")
	lf := addListFlags(fs, 50)
	words, err := parse(fs, args)
	if err != nil {
		return err
	}
	text := strings.Join(words, " ")
	if strings.TrimSpace(text) == "" {
		return errors.New("search: no query given")
	}
	q, err := lf.query(text)
	if err != nil {
		return err
	}
	return printList(lf, q, true)
}

// printList prints the notices a query lists, streamed: rows a page at a
// time, or with --json the listed ids first (with their scores for a
// search) and then each notice whole, a batch at a time, so memory holds
// the ids and a few batches whatever the size of the desk.
func printList(lf listFlags, q app.Query, scored bool) (err error) {
	if *lf.asJSON && os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		// The walk's live heap is a few batches (20-30 MB): collecting at
		// four times it instead of twice halves the collections, a fifth
		// of the CPU of a whole-desk listing. The limit holds the heap
		// under 100 MB even when the writer falls behind the readers
		// (SQLite's caches and the binary are another 70 MB).
		debug.SetGCPercent(300)
		debug.SetMemoryLimit(96 << 20)
	}
	db, err := openDBToRead(*lf.db)
	if err != nil {
		return err
	}
	defer db.Close()
	defer func() { err = readChecked(db, err) }()
	ctx := context.Background()
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	var tw *tabwriter.Writer
	if !*lf.asJSON {
		tw = tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	}
	first := true
	// emit writes one notice of the array, on a line of its own: one
	// notice a line, no indentation, a third less to write at 100,000
	// notices
	emit := func(item []byte) error {
		if first {
			out.WriteString("[\n")
		} else {
			out.WriteString(",\n")
		}
		first = false
		_, err := out.Write(item)
		return err
	}
	closeArray := func() {
		if first {
			out.WriteString("[]\n")
		} else {
			out.WriteString("\n]\n")
		}
	}

	if *lf.asJSON && !scored {
		// the whole list in its order: ids first, then whole notices a
		// batch at a time (paging by offset would rescan the list per page)
		ids, err := db.IDs(ctx, q)
		if err != nil {
			return err
		}
		ids = ids[min(*lf.offset, len(ids)):]
		if *lf.limit > 0 {
			ids = ids[:min(*lf.limit, len(ids))]
		}
		if err := streamNotices(ctx, db, ids, nil, emit); err != nil {
			return err
		}
		closeArray()
		return out.Flush()
	}
	// Pages grow as they are printed: paging by offset starts each page's
	// query again from the top (and ranking by relevance ranks every match
	// again), so 390 pages of 256 took a 100,000-notice listing 2.8 s.
	page, offset, left := 256, *lf.offset, *lf.limit
	var ids []int64
	var scores map[int64]float64
	if *lf.asJSON {
		scores = map[int64]float64{}
	}
	for {
		n := page
		if left > 0 {
			n = min(n, left)
		}
		rows, err := db.Page(ctx, q, offset, n)
		if err != nil {
			return err
		}
		if len(rows) == 0 {
			break
		}
		for _, r := range rows {
			switch {
			case *lf.asJSON:
				// the ranked ids first, then the notices streamed whole
				ids, scores[r.ID] = append(ids, r.ID), r.Score
			case scored:
				fmt.Fprintf(tw, "%.2f\t", r.Score)
				fallthrough
			default:
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", r.ID, r.Status, day(r.Date), app.Truncate(r.Title, 60), r.Summary)
			}
		}
		offset += len(rows)
		if left > 0 {
			if left -= len(rows); left == 0 {
				break
			}
		}
		if len(rows) < n {
			break
		}
		page = min(page*2, 16384)
	}
	if *lf.asJSON {
		if err := streamNotices(ctx, db, ids, scores, emit); err != nil {
			return err
		}
		closeArray()
	} else if err := tw.Flush(); err != nil {
		return err
	}
	return out.Flush()
}

func cmdExtract(args []string) error {
	fs := flags("extract")
	asJSON := fs.Bool("json", false, "print JSON")
	published := fs.String("published", "", "publication date of the text (YYYY-MM-DD), to resolve weekdays and years")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	var r io.Reader = os.Stdin
	name := "standard input"
	if len(files) > 1 {
		return errors.New("extract: one file at a time")
	}
	if len(files) == 1 && files[0] != "-" {
		f, err := os.Open(files[0])
		if err != nil {
			return fmt.Errorf("extract: %w", err)
		}
		defer f.Close()
		r, name = f, files[0]
	}
	b, err := io.ReadAll(io.LimitReader(r, 64<<20+1))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > 64<<20 {
		return fmt.Errorf("%s: larger than 64 MB", name)
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(b) {
		return fmt.Errorf("%s: not UTF-8 text", name)
	}
	text := string(b)
	opt := extract.Options{}
	if *published != "" {
		t, err := time.Parse("2006-01-02", *published)
		if err != nil {
			return fmt.Errorf("extract: --published: want YYYY-MM-DD, got %q", *published)
		}
		opt.Published = t
	}
	res := extract.Text(text, opt)
	extract.Conflicts(res.Claims)
	if *asJSON {
		out := make([]brief.Claim, len(res.Claims))
		for i, c := range res.Claims {
			out[i] = brief.FromClaim(c)
		}
		return printJSON(out)
	}
	w := bufio.NewWriter(os.Stdout)
	for _, c := range res.Claims {
		switch c.Kind {
		case app.ClaimFigure:
			fmt.Fprintf(w, "%d:%d\t%s %s\t%s\t«%s»\n", c.Start, c.End, app.FormatCount(c.Value), c.Unit, c.Qualifier, c.Quote)
		default:
			fmt.Fprintf(w, "%d:%d\t%s\t%s\t«%s»\n", c.Start, c.End, c.Kind, day(c.EventDate), c.Quote)
		}
	}
	if len(res.Platforms) > 0 {
		fmt.Fprintf(w, "platforms: %s\n", strings.Join(res.Platforms, ", "))
	}
	fmt.Fprintf(w, "summary: %s\n", app.Summary(res.Claims))
	return w.Flush()
}

func cmdExport(args []string) error {
	fs := flags("export")
	dbPath := fs.String("db", "", "database file")
	format := fs.String("format", "brief", "xlsx (workbook), brief (CSV, one row per claim), notices (CSV), json (whole database), annotations (W3C JSON-LD), markdown")
	excel := fs.Bool("excel", false, "CSV for Excel: UTF-8 BOM, CRLF, formula-like text neutralised")
	flavour := fs.String("flavour", "", "CSV flavour: excel or data (the default, nothing altered)")
	columns := fs.String("columns", "", "claims brief columns in order, comma separated (default: "+strings.Join(brief.DefaultColumns(), ",")+")")
	defang := fs.Bool("defang", false, "write URLs and origins defanged (hxxps://example[.]com)")
	status := fs.String("status", "", "only notices with this status")
	platform := fs.String("platform", "", "only notices about this platform")
	query := fs.String("search", "", "only notices matching this search")
	ids := fs.String("ids", "", "only these notices, comma separated ids, in this order")
	out := fs.String("o", "", "output file (- for standard output)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	f, err := brief.ParseFormat(*format)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	req := brief.Request{Format: f, Flavour: brief.ForData, Defang: *defang}
	switch {
	case *flavour == "excel" || (*excel && *flavour == ""):
		req.Flavour = brief.ForExcel
	case *flavour == "data" || *flavour == "":
	default:
		return fmt.Errorf("export: --flavour: want excel or data, got %q", *flavour)
	}
	if req.Columns, err = brief.ParseColumns(*columns); err != nil {
		return fmt.Errorf("export: --columns: %w", err)
	}
	if *status != "" {
		st, err := app.ParseStatus(*status)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		req.Scope.Query.Statuses = []app.Status{st}
	}
	if *platform != "" {
		req.Scope.Query.Platforms = []string{*platform}
	}
	req.Scope.Query.Text = *query
	if *ids != "" {
		req.Scope.IDs = []int64{}
		for _, s := range strings.Split(*ids, ",") {
			id, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
			if err != nil || id <= 0 {
				return fmt.Errorf("export: --ids: %q is not a notice id", s)
			}
			req.Scope.IDs = append(req.Scope.IDs, id)
		}
	}
	if *out == "" {
		return errors.New("export: -o FILE is required")
	}
	db, err := openDBToRead(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx := context.Background()
	// An export is a file a reporter relies on: it is only written from a
	// database whose pages all passed the check.
	if err := db.Verified(ctx); err != nil {
		return explainOpen(err)
	}
	if *out != "-" {
		return brief.Export(ctx, db, req, *out)
	}
	w := bufio.NewWriter(os.Stdout)
	if err := brief.Write(ctx, db, req, w); err != nil {
		return err
	}
	return w.Flush()
}

// readChecked is a reading command's outcome once the check of every page
// that ran beside it is in: a damaged database fails the command in one
// line, whatever it printed.
func readChecked(db *store.DB, err error) error {
	if verr := db.Verified(context.Background()); verr != nil {
		return explainOpen(verr)
	}
	return err
}

func printJSON(v any) error {
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func day(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.Format("2006-01-02")
}

// oneLine is a message on one line, with what could hide or reorder the
// text (control and bidi characters in a file name) shown escaped.
func oneLine(s string) string { return safename.Line(s) }
