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
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/brief"
	"github.com/takedowndesk/takedowndesk/app/extract"
	"github.com/takedowndesk/takedowndesk/app/ingest"
	"github.com/takedowndesk/takedowndesk/store"
	"github.com/takedowndesk/takedowndesk/ui"
)

// errReported means the command already told the user what went wrong.
var errReported = errors.New("reported")

var commands = map[string]func(args []string) error{
	"import":  cmdImport,
	"list":    cmdList,
	"search":  cmdSearch,
	"extract": cmdExtract,
	"export":  cmdExport,
	"backup":  cmdBackup,
	"restore": cmdRestore,
	"version": func([]string) error { fmt.Println("takedowndesk " + version); return nil },
	"help":    func([]string) error { usage(); return nil },
}

func usage() {
	fmt.Fprint(os.Stderr, `Takedown Desk: triage and annotate takedown notices.

usage:
  takedowndesk [--db PATH]                            open the window
  takedowndesk import  [--db PATH] [--json] [--format F] FILE|FOLDER...
  takedowndesk list    [--db PATH] [--json] [--status S]
  takedowndesk search  [--db PATH] [--json] QUERY
  takedowndesk extract [--json] [FILE|-]
  takedowndesk export  [--db PATH] [--format brief|notices|json|annotations|markdown] [--excel] -o FILE
  takedowndesk backup  [--db PATH] [--json] [list|now]
  takedowndesk restore [--db PATH] BACKUP
  takedowndesk version

--db defaults to $TAKEDOWNDESK_DB, then to the user data directory.
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
	csvOpt := addCSVFlags(fs)
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return errors.New("import: no files given")
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
	aliases, err := ui.LoadAliases(func(k string) (string, error) { return db.Setting(ctx, k) })
	if err != nil {
		return err
	}
	opt := ingest.Options{Format: *format, Aliases: aliases}
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
		reports = ingest.Files(ctx, db, files, opt)
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
				fmt.Printf("%s (%s): %d new, %d duplicate, %d updated, %d skipped\n", r.File, r.Format, r.New, r.Duplicate, r.Updated, r.Skipped)
			}
		}
	}
	if failed {
		return errReported
	}
	return nil
}

// fullNotices loads every notice whole, with conflicts flagged across them.
func fullNotices(ctx context.Context, db *store.DB, f app.Filter) ([]app.Notice, error) {
	ns, err := db.NoticesFull(ctx, f)
	if err != nil {
		return nil, err
	}
	extract.FlagConflicts(ns)
	return ns, nil
}

func cmdList(args []string) error {
	fs := flags("list")
	dbPath := fs.String("db", "", "database file")
	asJSON := fs.Bool("json", false, "print JSON")
	status := fs.String("status", "", "only notices with this status")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	f := app.Filter{}
	if *status != "" {
		st, err := app.ParseStatus(*status)
		if err != nil {
			return err
		}
		f.Status = st
	}
	db, err := openDB(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	ns, err := fullNotices(context.Background(), db, f)
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]brief.Notice, len(ns))
		for i, n := range ns {
			out[i] = brief.FromNotice(n)
		}
		return printJSON(out)
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	for _, n := range ns {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", n.ID, n.Status, day(n.PublishedAt), app.Truncate(n.Title, 60), n.Summary)
	}
	return tw.Flush()
}

func cmdSearch(args []string) error {
	fs := flags("search")
	dbPath := fs.String("db", "", "database file")
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 50, "most results")
	words, err := parse(fs, args)
	if err != nil {
		return err
	}
	query := strings.Join(words, " ")
	if strings.TrimSpace(query) == "" {
		return errors.New("search: no query given")
	}
	db, err := openDB(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx := context.Background()
	hits, err := db.Search(ctx, query, *limit)
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]brief.Notice, 0, len(hits))
		for _, h := range hits {
			n, err := db.Notice(ctx, h.Notice.ID)
			if err != nil {
				return err
			}
			j := brief.FromNotice(n)
			score := h.Score
			j.Score = &score
			out = append(out, j)
		}
		return printJSON(out)
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	for _, h := range hits {
		fmt.Fprintf(tw, "%.2f\t%d\t%s\t%s\t%s\n", h.Score, h.Notice.ID, h.Notice.Status, app.Truncate(h.Notice.Title, 60), h.Notice.Summary)
	}
	return tw.Flush()
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
	format := fs.String("format", "brief", "brief (CSV, one row per claim), notices (CSV), json (whole database), annotations (W3C JSON-LD), markdown")
	excel := fs.Bool("excel", false, "UTF-8 BOM and CRLF for Excel")
	out := fs.String("o", "", "output file (- for standard output)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return errors.New("export: -o FILE is required")
	}
	db, err := openDB(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	ns, err := fullNotices(context.Background(), db, app.Filter{})
	if err != nil {
		return err
	}
	return writeFile(*out, func(w io.Writer) error {
		return export(w, *format, ns, brief.Options{Excel: *excel})
	})
}

func export(w io.Writer, format string, ns []app.Notice, opt brief.Options) error {
	switch format {
	case "brief":
		return brief.Brief(w, ns, opt)
	case "notices":
		return brief.Notices(w, ns, opt)
	case "json":
		return brief.JSON(w, ns, time.Now())
	case "annotations":
		return brief.Annotations(w, ns)
	case "markdown":
		return brief.Markdown(w, ns)
	}
	return fmt.Errorf("export: unknown format %q (brief, notices, json, annotations, markdown)", format)
}

// writeFile writes through a temporary file and renames it into place, so a
// failed export never leaves half a file where the desk expects a whole one.
func writeFile(path string, fn func(io.Writer) error) error {
	if path == "-" {
		return fn(os.Stdout)
	}
	tmp, err := os.CreateTemp(dirOf(path), ".takedowndesk-export-*")
	if err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriter(tmp)
	if err := fn(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("export to %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	return nil
}

func dirOf(path string) string {
	if i := strings.LastIndexAny(path, `/\`); i >= 0 {
		return path[:i+1]
	}
	return "."
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

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
