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
// platform, date, status and tags.
type noticeRow struct {
	widget.BaseWidget
	title  *bidi.Label
	meta   *bidi.Label
	status *widget.Label
	star   *widget.Label
}

func newNoticeRow() fyne.CanvasObject {
	r := &noticeRow{
		title:  bidi.NewLabel(""),
		meta:   bidi.NewLabel(""),
		status: widget.NewLabel(""),
		star:   widget.NewLabel(""),
	}
	r.title.TextStyle.Bold = true
	r.title.MaxLines = 1
	r.meta.MaxLines = 1
	r.meta.SizeName = theme.SizeNameCaptionText
	r.status.Importance = widget.MediumImportance
	r.ExtendBaseWidget(r)
	return r
}

func (r *noticeRow) set(n app.Notice) {
	r.title.SetText(n.Title)
	r.meta.SetText(rowMeta(n))
	r.status.SetText(statusLabel(n.Status))
	r.star.SetText("")
	if n.Starred {
		r.star.SetText("★")
	}
}

// rowMeta is the second line of a list row: "78 channels · 12 languages ·
// Telegram · 2015-11-18 · #tag".
func rowMeta(n app.Notice) string {
	var parts []string
	if n.Summary != "" {
		parts = append(parts, n.Summary)
	} else {
		parts = append(parts, lang.L("no figures"))
	}
	if n.Platform != "" {
		parts = append(parts, n.Platform)
	}
	parts = append(parts, noticeDate(n))
	for _, t := range n.Tags {
		parts = append(parts, "#"+t.Name)
	}
	return strings.Join(parts, " · ")
}

func (r *noticeRow) CreateRenderer() fyne.WidgetRenderer {
	right := container.NewVBox(r.status, r.star)
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, right,
		container.New(&tightVBox{}, r.title, r.meta)))
}

func noticeDate(n app.Notice) string {
	if !n.PublishedAt.IsZero() {
		return n.PublishedAt.Format("2006-01-02")
	}
	if !n.ImportedAt.IsZero() {
		return lang.L("imported") + " " + n.ImportedAt.Format("2006-01-02")
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
