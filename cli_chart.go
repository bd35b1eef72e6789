package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/takedowndesk/takedowndesk/app/brief"
	"github.com/takedowndesk/takedowndesk/app/chart"
)

// cmdChart writes the chart of the desk's figures (filtered by platform,
// unit and dates) as SVG, PNG or PDF, by the output file's extension.
func cmdChart(args []string) (err error) {
	fs := flags("chart")
	dbPath := fs.String("db", "", "database file")
	platform := fs.String("platform", "", "only figures about this platform (any case)")
	unit := fs.String("unit", "", "only figures in this canonical unit (channels, bots_and_channels, …)")
	from := fs.String("from", "", "first day, YYYY-MM-DD")
	to := fs.String("to", "", "last day, YYYY-MM-DD")
	out := fs.String("o", "", "output file: .svg, .png or .pdf")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return errors.New("chart: -o FILE.svg|png|pdf is required")
	}
	format, err := chart.FormatOf(*out)
	if err != nil {
		return fmt.Errorf("chart: %w", err)
	}
	f := chart.Filter{Platform: *platform, Unit: *unit}
	for _, d := range []struct {
		name, text string
		into       *time.Time
	}{{"--from", *from, &f.From}, {"--to", *to, &f.To}} {
		if d.text == "" {
			continue
		}
		t, err := time.Parse("2006-01-02", d.text)
		if err != nil {
			return fmt.Errorf("chart: %s %q is not a day (YYYY-MM-DD)", d.name, d.text)
		}
		*d.into = t
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return fmt.Errorf("chart: --to %s is before --from %s", *to, *from)
	}
	db, err := openDBToRead(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	defer func() { err = readChecked(db, err) }()
	c, err := chart.Load(context.Background(), db, chart.Options{Filter: f})
	if err != nil {
		return fmt.Errorf("chart: %w", err)
	}
	if c.Empty() {
		return fmt.Errorf("chart: %s", c.Why(f))
	}
	if c.Truncated {
		fmt.Fprintf(os.Stderr, "chart: more than %s figures match; only the first are drawn\n", chart.FormatInt(c.Figures))
	}
	if n := len(c.Panels()); n > manyPanels && f.Unit == "" {
		// a whole desk draws every unit and measure: say how to draw fewer
		fmt.Fprintf(os.Stderr, "chart: %d panels, one per unit and measure; --unit %s (the most figures) or --platform draws fewer\n", n, mostFiguresUnit(c))
	}
	draw := func(w io.Writer) error { return chart.Write(w, c, format, chartTitle(f)) }
	if *out == "-" {
		return draw(os.Stdout)
	}
	return brief.WriteFile(*out, filepath.Ext(*out), draw)
}

// manyPanels is more panels than a page shows well (the window draws four).
const manyPanels = 4

// mostFiguresUnit is the unit with the most figures in c (by name among
// equals).
func mostFiguresUnit(c *chart.Chart) string {
	n := map[string]int{}
	for _, s := range c.Series {
		for _, p := range s.Points {
			n[s.Key.Unit] += p.N
		}
	}
	best := ""
	for u, k := range n {
		if best == "" || k > n[best] || k == n[best] && u < best {
			best = u
		}
	}
	return best
}

// chartTitle heads the page with the filter it shows.
func chartTitle(f chart.Filter) string {
	t := "Figures over time"
	if f.Platform != "" {
		t += " · " + f.Platform
	}
	if f.Unit != "" {
		t += " · " + f.Unit
	}
	switch {
	case !f.From.IsZero() && !f.To.IsZero():
		t += " · " + f.From.Format("2 Jan 2006") + " to " + f.To.Format("2 Jan 2006")
	case !f.From.IsZero():
		t += " · from " + f.From.Format("2 Jan 2006")
	case !f.To.IsZero():
		t += " · to " + f.To.Format("2 Jan 2006")
	}
	return t
}
