package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// csvFlags are the column choices for tables given on the command line;
// anything not given is guessed from the header names, as in the window.
type csvFlags struct {
	cols      map[string]*int // role → 1-based column, 0 for none, -1 unset
	figures   figureFlags
	delimiter string
	noHeader  bool
}

// figureFlags collects repeated --csv-figure N:unit flags.
type figureFlags map[int]string

func (f figureFlags) String() string { return fmt.Sprint(map[int]string(f)) }

func (f figureFlags) Set(s string) error {
	col, unit, ok := strings.Cut(s, ":")
	n, err := strconv.Atoi(col)
	if !ok || err != nil || n < 1 {
		return fmt.Errorf("want COLUMN:UNIT, e.g. 3:channels, got %q", s)
	}
	for _, u := range app.Units {
		if u == unit {
			f[n-1] = unit
			return nil
		}
	}
	return fmt.Errorf("unknown unit %q (one of %s)", unit, strings.Join(app.Units, ", "))
}

func addCSVFlags(fs *flag.FlagSet) *csvFlags {
	c := &csvFlags{cols: map[string]*int{}, figures: figureFlags{}}
	for _, role := range []string{"title", "text", "date", "platform", "url"} {
		c.cols[role] = fs.Int("csv-"+role, -1, "table column (1-based, 0 for none) holding the "+role)
	}
	fs.Var(c.figures, "csv-figure", "COLUMN:UNIT, a table column that counts UNIT (repeatable)")
	fs.StringVar(&c.delimiter, "csv-delimiter", "", `table delimiter: ",", ";" or "tab"`)
	fs.BoolVar(&c.noHeader, "csv-no-header", false, "the table has no header row")
	return c
}

func (c *csvFlags) given() bool {
	for _, v := range c.cols {
		if *v >= 0 {
			return true
		}
	}
	return len(c.figures) > 0 || c.delimiter != "" || c.noHeader
}

// mapping guesses the columns of the table at path and applies the flags.
func (c *csvFlags) mapping(path string) (ingest.CSVMapping, error) {
	head, err := ingest.ReadHead(path)
	if err != nil {
		return ingest.CSVMapping{}, &ingest.FileError{File: path, Err: err}
	}
	m, _, err := ingest.GuessCSV(path, head)
	if err != nil {
		return m, &ingest.FileError{File: path, Err: err}
	}
	set := map[string]*int{"title": &m.Title, "text": &m.Text, "date": &m.Date, "platform": &m.Platform, "url": &m.URL}
	for role, v := range c.cols {
		if *v >= 0 {
			*set[role] = *v - 1
		}
	}
	if len(c.figures) > 0 {
		m.Figures = map[int]string(c.figures)
	}
	switch c.delimiter {
	case "":
	case "tab", `\t`:
		m.Delimiter = '\t'
	case ",", ";":
		m.Delimiter = rune(c.delimiter[0])
	default:
		return m, fmt.Errorf("--csv-delimiter: want \",\", \";\" or \"tab\", got %q", c.delimiter)
	}
	if c.noHeader {
		m.HasHeader = false
	}
	return m, nil
}
