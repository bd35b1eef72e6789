package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// noticeRow is one line of the notice list: title, then headline figures,
// platform, date and tags; status, star and a conflict mark beside them.
// Every row has the same height, so the list never measures rows.
type noticeRow struct {
	widget.BaseWidget
	title    *bidi.Label
	meta     *bidi.Label
	status   *widget.Label
	star     *widget.Label
	selected fyne.CanvasObject
}

func newNoticeRow() fyne.CanvasObject {
	r := &noticeRow{
		title:    bidi.NewLabel(""),
		meta:     bidi.NewLabel(""),
		status:   widget.NewLabel(""),
		star:     widget.NewLabel(""),
		selected: selectedColour(),
	}
	r.title.TextStyle.Bold = true
	r.title.MaxLines = 1
	r.meta.MaxLines = 1
	r.meta.SizeName = theme.SizeNameCaptionText
	r.status.Importance = widget.MediumImportance
	r.selected.Hide()
	r.ExtendBaseWidget(r)
	return r
}

func (r *noticeRow) set(n app.Row, selected bool) {
	r.title.SetText(n.Title)
	r.meta.SetText(rowMeta(n))
	r.status.SetText(statusLabel(n.Status))
	marks := ""
	if n.Starred {
		marks += "★"
	}
	if n.Conflicts > 0 {
		marks += "⚠"
	}
	r.star.SetText(marks)
	if selected {
		r.selected.Show()
	} else {
		r.selected.Hide()
	}
}

// placeholder is drawn while the row's page is on its way.
func (r *noticeRow) placeholder() {
	r.title.SetText("…")
	r.meta.SetText("")
	r.status.SetText("")
	r.star.SetText("")
	r.selected.Hide()
}

// rowMeta is the second line of a list row: "78 channels · 12 languages ·
// Telegram · 2015-11-18 · #tag".
func rowMeta(n app.Row) string {
	var parts []string
	if n.Summary != "" {
		parts = append(parts, summaryText(n.Summary))
	} else {
		parts = append(parts, lang.L("no figures"))
	}
	if n.Platform != "" {
		parts = append(parts, n.Platform)
	}
	parts = append(parts, day(n.Date))
	for _, t := range n.Tags {
		parts = append(parts, "#"+t.Name)
	}
	return strings.Join(parts, " · ")
}

func (r *noticeRow) CreateRenderer() fyne.WidgetRenderer {
	// The status column is as wide as the widest status, so every row lays
	// out alike whatever it shows (or while it is a placeholder).
	w := float32(0)
	for _, s := range app.Statuses {
		w = max(w, fyne.MeasureText(statusLabel(s), theme.TextSize(), fyne.TextStyle{}).Width)
	}
	w += 2 * theme.InnerPadding()
	h := r.status.MinSize().Height
	right := container.NewVBox(container.NewGridWrap(fyne.NewSize(w, h), r.status), container.NewGridWrap(fyne.NewSize(w, h), r.star))
	body := sides(nil, right, container.New(&tightVBox{}, r.title, r.meta))
	return widget.NewSimpleRenderer(container.NewStack(r.selected, body))
}

func noticeDate(n app.Notice) string {
	if !n.PublishedAt.IsZero() {
		return dayText(n.PublishedAt)
	}
	if !n.ImportedAt.IsZero() {
		return lang.L("imported") + " " + dayText(n.ImportedAt)
	}
	return "—"
}

func statusLabel(s app.Status) string {
	return lang.L("status." + string(s))
}

func verificationLabel(v app.Verification) string {
	return lang.L("verification." + string(v))
}

// tightVBox stacks objects with no padding, so two label lines read as one row.
type tightVBox struct{}

func (tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
	}
	return s
}

func (tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h
	}
}
