package bidi

import (
	"fmt"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestTapHighlightCallsHandler(t *testing.T) {
	test.NewTempApp(t)
	// Rune offsets: "اللجنة " is 0-6, "Meta" 7-11, " حذفت " 11-17, "45" 17-19.
	p := NewParagraph("اللجنة Meta حذفت 45 حساباً")
	p.Highlights = []Highlight{
		{Start: 7, End: 11, Color: color.NRGBA{R: 255, A: 80}, ID: 11},
		{Start: 17, End: 19, Color: color.NRGBA{G: 255, A: 80}, ID: 22},
	}
	var got []int64
	p.OnTapHighlight = func(id int64) { got = append(got, id) }
	w := test.NewTempWindow(t, p)
	w.Resize(fyne.NewSize(500, 100))

	for _, want := range []int64{11, 22} {
		pos, ok := highlightCentre(p, want)
		if !ok {
			t.Fatalf("no rectangle for highlight %d", want)
		}
		test.TapAt(p, pos)
		if len(got) == 0 || got[len(got)-1] != want {
			t.Fatalf("tap at %v: got %v, want last %d", pos, got, want)
		}
	}
	// In an RTL line "Meta" comes before "45" in reading order, so it sits
	// to the right of it.
	m, _ := highlightCentre(p, 11)
	d, _ := highlightCentre(p, 22)
	if m.X <= d.X {
		t.Errorf("Meta at x=%g should be right of 45 at x=%g", m.X, d.X)
	}
	// A tap outside any highlight does nothing.
	n := len(got)
	test.TapAt(p, fyne.NewPos(1, 1))
	if len(got) != n {
		t.Errorf("tap outside highlights called handler: %v", got)
	}
}

func highlightCentre(p *Paragraph, id int64) (fyne.Position, bool) {
	for _, rc := range p.r.rects {
		if rc.id == id {
			return fyne.NewPos(p.r.pad+(rc.x0+rc.x1)/2, (rc.y0+rc.y1)/2), true
		}
	}
	return fyne.Position{}, false
}

func TestHighlightAcrossDirectionsSplits(t *testing.T) {
	test.NewTempApp(t)
	// One logical span that crosses a direction boundary is drawn as
	// several boxes.
	// "قال Signal" in an RTL line: "قال" is at the right edge, "Signal"
	// starts the Latin block to its left, with " Foundation " in between.
	text := "قال Signal Foundation إن"
	p := NewParagraph(text)
	p.Highlights = []Highlight{{Start: 0, End: 10, Color: color.Black, ID: 1}}
	w := test.NewTempWindow(t, p)
	w.Resize(fyne.NewSize(400, 80))
	if len(p.r.rects) < 2 {
		t.Fatalf("got %d rectangles, want a split span", len(p.r.rects))
	}
}

func TestMinSizeWrapsWithWidth(t *testing.T) {
	test.NewTempApp(t)
	text := "أغلقت الشركة عشرات الحسابات بعد بلاغات من صحفيين وباحثين في أكثر من 10 دول خلال شهر واحد."
	p := NewParagraph(text)
	w := test.NewTempWindow(t, container.NewVScroll(p))
	w.Resize(fyne.NewSize(600, 400))
	wide := p.MinSize().Height
	w.Resize(fyne.NewSize(200, 400))
	narrow := p.MinSize().Height
	if narrow <= wide {
		t.Errorf("height at 200px %g should exceed height at 600px %g", narrow, wide)
	}
	if p.Size().Height < narrow {
		t.Errorf("scroll content height %g < MinSize %g", p.Size().Height, narrow)
	}
}

func TestLabelMaxLinesHeightIsFixed(t *testing.T) {
	test.NewTempApp(t)
	short := NewLabel("قصير")
	short.MaxLines = 2
	long := NewLabel("أغلقت الشركة عشرات الحسابات بعد بلاغات من صحفيين وباحثين في أكثر من 10 دول خلال شهر واحد.")
	long.MaxLines = 2
	test.NewTempWindow(t, container.NewVBox(short, long)).Resize(fyne.NewSize(200, 300))
	if short.MinSize().Height != long.MinSize().Height {
		t.Errorf("MaxLines rows differ: %g vs %g", short.MinSize().Height, long.MinSize().Height)
	}
	if _, ok := any(long).(fyne.Tappable); ok {
		t.Error("Label must not take taps from list rows")
	}
}

func TestCopyPutsLogicalText(t *testing.T) {
	a := test.NewTempApp(t)
	text := "قال «Signal» (2024)"
	p := NewParagraph(text)
	w := test.NewTempWindow(t, p)
	w.Resize(fyne.NewSize(300, 80))
	test.TapSecondaryAt(p, fyne.NewPos(10, 10))
	c := w.Canvas()
	if len(c.Overlays().List()) == 0 {
		t.Fatal("no menu shown")
	}
	// Tap the first menu item ("Copy").
	menu := c.Overlays().Top()
	item := findTappable(menu)
	if item == nil {
		t.Fatal("no menu item")
	}
	test.Tap(item)
	if got := a.Clipboard().Content(); got != text {
		t.Errorf("clipboard %q, want logical %q", got, text)
	}
}

// findTappable returns the first menu item under o.
func findTappable(o fyne.CanvasObject) fyne.Tappable {
	// Menu items are unexported; find them by type name.
	if t, ok := o.(fyne.Tappable); ok && fmt.Sprintf("%T", o) == "*widget.menuItem" {
		return t
	}
	var kids []fyne.CanvasObject
	switch v := o.(type) {
	case *fyne.Container:
		kids = v.Objects
	case fyne.Widget:
		kids = test.WidgetRenderer(v).Objects()
	}
	for _, k := range kids {
		if t := findTappable(k); t != nil {
			return t
		}
	}
	return nil
}

func TestPreviewFollowsEntry(t *testing.T) {
	test.NewTempApp(t)
	e := widgetEntry()
	called := ""
	e.OnChanged = func(s string) { called = s }
	prev := NewPreview(e)
	test.NewTempWindow(t, container.NewVBox(e, prev))
	if prev.Visible() {
		t.Error("preview visible for empty text")
	}
	test.Type(e, "حجب 78")
	if !prev.Visible() {
		t.Error("preview hidden for Arabic text")
	}
	if called != "حجب 78" {
		t.Errorf("previous OnChanged got %q", called)
	}
	if got := prev.(*Label).Text; got != "حجب 78" {
		t.Errorf("preview text %q", got)
	}
	e.SetText("plain English")
	if prev.Visible() {
		t.Error("preview visible for LTR-only text")
	}
}

func TestNoPanicOnOddInput(t *testing.T) {
	test.NewTempApp(t)
	for _, s := range []string{"", " ", "\n\n", "\u0301", "\xff\xfe\xfd", "\u202e\u2067abc", "(((((", "\t\t"} {
		p := NewParagraph(s)
		p.MaxLines = 1
		p.Highlights = []Highlight{{Start: -5, End: 100, Color: color.White}}
		w := test.NewTempWindow(t, p)
		w.Resize(fyne.NewSize(30, 30))
		p.MinSize()
	}
}

func widgetEntry() *widget.Entry { return widget.NewEntry() }
