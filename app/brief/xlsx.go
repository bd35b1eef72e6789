package brief

import (
	"archive/zip"
	"bufio"
	"compress/flate"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/takedowndesk/takedowndesk/app"
)

// Sheet names of the workbook.
const (
	ClaimsSheet  = "Claims"
	NoticesSheet = "Notices"
)

// sheetRows is the most rows a sheet holds, its header included (Excel's
// limit); a variable so tests can lower it.
var sheetRows = excelize.TotalRows

// widest is the widest a column is made, in characters: a quote or a note
// can run to pages, and the cell still holds all of it.
const widest = 60

// workbook writes the Excel workbook: a sheet of claims (the chosen
// columns) and a sheet of notices. A sheet must know its column widths and
// direction before its first row, so rows are spooled to temporary files
// while the notices stream, then written out with excelize's stream writer:
// memory holds a row at a time, whatever the size of the desk.
func (e *exporter) workbook(ctx context.Context, w io.Writer, each walk) error {
	claims, err := newSpool(e.req.TempDir, e.cols)
	if err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	defer claims.remove()
	notices, err := newSpool(e.req.TempDir, noticeColumns)
	if err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	defer notices.remove()
	cells := make([]string, max(len(e.cols), len(noticeColumns)))
	err = each(func(n *app.Notice) error {
		rtl := n.Direction == app.RTL || isRTL(n.Title)
		err := e.lines(n, func(l line) error {
			for i, c := range e.cols {
				cells[i] = c.get(l)
			}
			return claims.add(cells[:len(e.cols)], rtl)
		})
		if err != nil {
			return err
		}
		l := line{n: n, defang: e.req.Defang}
		for i, c := range noticeColumns {
			cells[i] = c.get(l)
		}
		return notices.add(cells[:len(noticeColumns)], rtl)
	})
	if err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}

	f := excelize.NewFile(excelize.Options{TmpDir: e.req.TempDir})
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	if err := f.SetSheetName(f.GetSheetName(0), ClaimsSheet); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	if _, err := f.NewSheet(NoticesSheet); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	for _, sp := range []*spool{claims, notices} {
		if sp.rows >= sheetRows {
			return fmt.Errorf("write workbook: %d rows do not fit in a sheet (at most %d): export a filtered list, or CSV", sp.rows, sheetRows-1)
		}
	}
	prog := &rowProgress{e: e, total: claims.rows + notices.rows}
	for _, s := range []struct {
		name  string
		spool *spool
	}{{ClaimsSheet, claims}, {NoticesSheet, notices}} {
		if err := writeSheet(ctx, f, s.name, s.spool, st, prog); err != nil {
			return fmt.Errorf("write workbook, sheet %s: %w", s.name, err)
		}
	}
	e.progress("writing", prog.done, prog.total)
	// excelize zips the workbook into memory before writing it out; a zip
	// writer of our own streams it to w instead, so memory does not grow
	// with the size of the file; the fastest compression takes a third of
	// the CPU time off a 100,000-claim workbook for a file 40% larger
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zw })
	if err := f.Write(io.Discard); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return nil
}

type rowProgress struct {
	e           *exporter
	done, total int
}

func (p *rowProgress) row() {
	p.done++
	if p.done%progressEvery == 0 {
		p.e.progress("writing", p.done, p.total)
	}
}

type styles struct {
	header, headerRTL, text, textRTL, date int
}

func newStyles(f *excelize.File) (styles, error) {
	var st styles
	var err error
	mk := func(s *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(s)
		return id
	}
	fill := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E7E6E6"}}
	border := []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}}
	st.header = mk(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: fill, Border: border})
	st.headerRTL = mk(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: fill, Border: border,
		Alignment: &excelize.Alignment{ReadingOrder: 1}})
	st.text = mk(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}})
	// reading order 2 is right to left: Arabic punctuation and mixed runs
	// then lay out as the writer meant, whatever the sheet's direction
	st.textRTL = mk(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", ReadingOrder: 2}})
	dateFmt := "yyyy-mm-dd"
	st.date = mk(&excelize.Style{CustomNumFmt: &dateFmt, Alignment: &excelize.Alignment{Vertical: "top"}})
	return st, err
}

func writeSheet(ctx context.Context, f *excelize.File, name string, sp *spool, st styles, prog *rowProgress) error {
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	// more than half the rows Arabic: the sheet runs right to left, first
	// column on the right, as an Arabic reader expects
	rtl := sp.rtl*2 > sp.rows
	if err := f.SetSheetView(name, 0, &excelize.ViewOptions{RightToLeft: &rtl}); err != nil {
		return err
	}
	for i, w := range sp.widths {
		if err := sw.SetColWidth(i+1, i+1, float64(min(max(w, 6), widest)+2)); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	row := make([]any, len(sp.cols))
	headerStyle := st.header
	if rtl {
		headerStyle = st.headerRTL
	}
	for i, c := range sp.cols {
		row[i] = excelize.Cell{StyleID: headerStyle, Value: c.name}
	}
	if err := sw.SetRow("A1", row); err != nil {
		return err
	}
	r, err := sp.reader()
	if err != nil {
		return err
	}
	cells := make([]string, len(sp.cols))
	typed := make([]excelize.Cell, len(sp.cols))
	for n := 2; ; n++ {
		if err := r.next(cells); err == io.EOF {
			break
		} else if err != nil {
			return err
		}
		if n%progressEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		for i, c := range sp.cols {
			// pointers into a reused slice: a row boxes no Cell
			if typed[i] = typedCell(c.kind, cells[i], st); typed[i].Value == nil {
				row[i] = nil
			} else {
				row[i] = &typed[i]
			}
		}
		if err := sw.SetRow("A"+strconv.Itoa(n), row); err != nil {
			return err
		}
		prog.row()
	}
	last, err := excelize.CoordinatesToCellName(len(sp.cols), sp.rows+1)
	if err != nil {
		return err
	}
	if err := f.AutoFilter(name, "A1:"+last, nil); err != nil {
		return err
	}
	return sw.Flush()
}

// typedCell makes a workbook cell: a number for a figure, a date for a
// date, inline text for everything else — never a formula, since text is
// written as an inline string whatever it starts with.
func typedCell(kind cellKind, s string, st styles) excelize.Cell {
	if s == "" {
		return excelize.Cell{}
	}
	switch kind {
	case numberCell:
		if v, err := strconv.ParseFloat(s, 64); err == nil {
			return excelize.Cell{Value: v}
		}
	case dateCell:
		if t, err := time.Parse("2006-01-02", s); err == nil {
			return excelize.Cell{StyleID: st.date, Value: t}
		}
	}
	style := st.text
	if isRTL(s) {
		style = st.textRTL
	}
	return excelize.Cell{StyleID: style, Value: s}
}

// isRTL reports whether the first strongly directional letter of s is
// right-to-left (Arabic, Hebrew, Syriac, Thaana, N'Ko): digits, spaces and
// punctuation say nothing, as in the Unicode bidi algorithm's rule P2.
func isRTL(s string) bool {
	for _, r := range s {
		if r < 'A' {
			continue
		}
		if unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko) {
			return unicode.IsLetter(r)
		}
		if unicode.IsLetter(r) {
			return false
		}
	}
	return false
}

// spool holds a sheet's rows on disk, length-prefixed so every string comes
// back byte for byte, and what the sheet needs to know before its first row.
type spool struct {
	f      *os.File
	w      *bufio.Writer
	cols   []column
	widths []int
	rows   int
	rtl    int // rows of Arabic notices
	buf    []byte
}

func newSpool(dir string, cols []column) (*spool, error) {
	f, err := os.CreateTemp(dir, ".takedowndesk-rows-*")
	if err != nil {
		return nil, err
	}
	sp := &spool{f: f, w: bufio.NewWriterSize(f, 64<<10), cols: cols, widths: make([]int, len(cols))}
	for i, c := range cols {
		sp.widths[i] = utf8.RuneCountInString(c.name) + 2 // room for the filter button
	}
	return sp, nil
}

func (sp *spool) add(cells []string, rtl bool) error {
	sp.rows++
	if rtl {
		sp.rtl++
	}
	for i, c := range cells {
		sp.buf = binary.AppendUvarint(sp.buf[:0], uint64(len(c)))
		if _, err := sp.w.Write(sp.buf); err != nil {
			return err
		}
		if _, err := sp.w.WriteString(c); err != nil {
			return err
		}
		if sp.widths[i] < widest {
			sp.widths[i] = max(sp.widths[i], displayWidth(c))
		}
	}
	return nil
}

// displayWidth is a cell's width in characters: its longest line.
func displayWidth(s string) int {
	w, best := 0, 0
	for _, r := range s {
		if r == '\n' {
			w = 0
			continue
		}
		if w++; w > best {
			best = w
		}
		if best >= widest {
			break
		}
	}
	return best
}

type spoolReader struct {
	r   *bufio.Reader
	buf []byte
}

func (sp *spool) reader() (*spoolReader, error) {
	if err := sp.w.Flush(); err != nil {
		return nil, err
	}
	if _, err := sp.f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return &spoolReader{r: bufio.NewReaderSize(sp.f, 64<<10)}, nil
}

func (r *spoolReader) next(cells []string) error {
	for i := range cells {
		n, err := binary.ReadUvarint(r.r)
		if err != nil {
			if i == 0 && err == io.EOF {
				return io.EOF
			}
			return errors.New("spooled rows cut short")
		}
		if uint64(cap(r.buf)) < n {
			r.buf = make([]byte, n)
		}
		b := r.buf[:n]
		if _, err := io.ReadFull(r.r, b); err != nil {
			return errors.New("spooled rows cut short")
		}
		cells[i] = string(b)
	}
	return nil
}

func (sp *spool) remove() {
	sp.f.Close()
	os.Remove(sp.f.Name())
}
