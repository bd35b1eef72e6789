package ui

import (
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// isCSV reports whether path is a regular file whose content reads as a table.
func isCSV(path string) bool {
	st, err := os.Stat(path)
	if err != nil || st.IsDir() {
		return false
	}
	head, err := ingest.ReadHead(path)
	return err == nil && ingest.Sniff(path, head) == "csv"
}

// csvMapper is the dialog in which a reporter confirms which column is the
// title, the text, the date, the platform, the URL, and which columns are
// figures with what unit.
type csvMapper struct {
	mapping ingest.CSVMapping
	headers []string
	roles   map[string]*widget.Select // title, text, date, platform, url
	units   []*widget.Select          // one per column: "" or a unit
}

func newCSVMapper(m ingest.CSVMapping, headers []string) *csvMapper {
	c := &csvMapper{mapping: m, headers: headers, roles: map[string]*widget.Select{}}
	options := append([]string{lang.L("(none)")}, headers...)
	for role, idx := range map[string]int{"title": m.Title, "text": m.Text, "date": m.Date, "platform": m.Platform, "url": m.URL} {
		s := newSelect(options, nil)
		s.SetSelectedIndex(idx + 1) // -1 (none) → 0
		c.roles[role] = s
	}
	unitOptions := append([]string{lang.L("not a figure")}, app.Units...)
	for i := range headers {
		s := newSelect(unitOptions, nil)
		s.SetSelectedIndex(0)
		if u, ok := m.Figures[i]; ok {
			s.SetSelected(u)
		}
		c.units = append(c.units, s)
	}
	return c
}

// content lays the choices out: the roles first, then every column with its
// unit.
func (c *csvMapper) content() fyne.CanvasObject {
	roles := container.NewGridWithColumns(2)
	for _, r := range []struct{ key, label string }{
		{"title", lang.L("Title")}, {"text", lang.L("Text")}, {"date", lang.L("Date")},
		{"platform", lang.L("Platform")}, {"url", lang.L("Link")},
	} {
		roles.Add(label(r.label))
		roles.Add(c.roles[r.key])
	}
	cols := container.NewGridWithColumns(2)
	for i, h := range c.headers {
		cols.Add(label(h))
		cols.Add(c.units[i])
	}
	scroll := container.NewVScroll(cols)
	scroll.SetMinSize(fyne.NewSize(520, 220))
	return container.NewBorder(
		container.NewVBox(roles, widget.NewSeparator(), label(lang.L("Figure columns: the unit each column counts"))),
		nil, nil, nil, scroll)
}

// result is the mapping as confirmed.
func (c *csvMapper) result() ingest.CSVMapping {
	m := c.mapping
	pick := func(role string) int { return c.roles[role].SelectedIndex() - 1 }
	m.Title, m.Text, m.Date, m.Platform, m.URL = pick("title"), pick("text"), pick("date"), pick("platform"), pick("url")
	m.Figures = map[int]string{}
	for i, s := range c.units {
		if s.SelectedIndex() > 0 {
			m.Figures[i] = s.Selected
		}
	}
	return m
}

// askCSVMappings shows the mapping dialog for each table in turn, then calls
// done with the confirmed mappings; a cancelled table is left out.
func (u *UI) askCSVMappings(paths []string, done func(map[string]ingest.CSVMapping)) {
	out := map[string]ingest.CSVMapping{}
	var next func(i int)
	next = func(i int) {
		if i == len(paths) {
			done(out)
			return
		}
		head, err := ingest.ReadHead(paths[i])
		if err != nil {
			u.showError(err)
			next(i + 1)
			return
		}
		m, headers, err := ingest.GuessCSV(paths[i], head)
		if err != nil {
			u.showError(&ingest.FileError{File: paths[i], Err: err})
			next(i + 1)
			return
		}
		c := newCSVMapper(m, headers)
		title := lang.L("Columns of") + " " + baseName(paths[i])
		d := confirm(title, lang.L("Import"), lang.L("Skip this table"), c.content(), u.win, func() {
			out[paths[i]] = c.result()
			next(i + 1)
		})
		d.SetOnClosed(func() {
			if _, ok := out[paths[i]]; !ok {
				next(i + 1)
			}
		})
		d.Resize(fyne.NewSize(640, 560))
		showDialog(d, u.win, nil)
	}
	next(0)
}

// splitTables separates table files, which need their columns confirmed,
// from the rest.
func splitTables(paths []string) (tables, rest []string) {
	for _, p := range paths {
		if isCSV(p) && !strings.HasPrefix(baseName(p), ".") {
			tables = append(tables, p)
		} else {
			rest = append(rest, p)
		}
	}
	return tables, rest
}
