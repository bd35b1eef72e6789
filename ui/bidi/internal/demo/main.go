// Command demo opens a window with bidi paragraphs next to Fyne's own Label
// showing the same text, to look at and to screenshot.
//
//	go run ./ui/bidi/internal/demo [-label] [-entries] [-width 600] [-text FILE]
package main

import (
	"flag"
	"image/color"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/ui/bidi"
	"github.com/takedowndesk/takedowndesk/ui/style"
)

var samples = []string{
	"حجبت المنصة 120 قناة و45 حساباً خلال 3 أيام، بحسب بيان نشرته يوم الاثنين.",
	"قال متحدث باسم Signal إن الشركة راجعت طلبات Meta وGoogle معاً، ووصف القرار بأنه \"إجراء مؤقت\" وليس «حظراً نهائياً».",
	"نشر مرصد بحثي (Internet Observatory) تقريراً عن 300 قناة (في 9 لغات) على الرابط https://example.org/report?id=42 منذ الثلاثاء.",
	"The post by Ahmed al-Masri (أحمد المصري) was removed on 3 March after 2,400 reports.",
	"English first line.\nسطر عربي ثانٍ يحمل الرقم 15.",
	"हिंदी में 12 चैनल बंद किए गए (Hindi) وبالعربية أيضاً، ועברית גם כן.",
}

func main() {
	label := flag.Bool("label", false, "show Fyne's widget.Label instead of bidi.Paragraph")
	width := flag.Float64("width", 620, "window width")
	textFile := flag.String("text", "", "show only the text of this file")
	noTheme := flag.Bool("notheme", false, "do not apply the bundled-font theme")
	entries := flag.Bool("entries", false, "show only an empty single-line and multi-line bidi.Entry, to type into")
	flag.Parse()

	texts := samples
	if *textFile != "" {
		b, err := os.ReadFile(*textFile)
		if err != nil {
			os.Stderr.WriteString(err.Error() + "\n")
			os.Exit(1)
		}
		texts = []string{string(b)}
	}

	a := app.NewWithID("desk.takedown.bididemo")
	if !*noTheme {
		style.Apply(a)
	}
	w := a.NewWindow("bidi demo")
	box := container.NewVBox()
	for i, t := range texts {
		if *label {
			l := widget.NewLabel(t)
			l.Wrapping = fyne.TextWrapWord
			box.Add(l)
			continue
		}
		p := bidi.NewParagraph(t)
		if i == 0 && *textFile == "" {
			p.Highlights = []bidi.Highlight{{Start: 12, End: 20, Color: color.NRGBA{R: 0xff, G: 0xd0, A: 0x90}, ID: 1}}
		}
		if i == 2 && *textFile == "" {
			p.Highlights = []bidi.Highlight{{Start: 9, End: 44, Color: color.NRGBA{G: 0xa0, B: 0xff, A: 0x60}, ID: 2}}
		}
		box.Add(p)
		box.Add(widget.NewSeparator())
	}
	if *textFile == "" && !*label {
		row := bidi.NewLabel(samples[1])
		row.MaxLines = 1
		box.Add(row)
		e := bidi.NewEntry()
		e.SetText("معاينة: حجب 78 قناة")
		box.Add(e)
	}
	if *entries {
		box = container.NewVBox()
		one := bidi.NewEntry()
		one.DefaultDirection = bidi.RTL
		one.SetPlaceHolder("ابحث في البلاغات")
		multi := bidi.NewMultiLineEntry()
		multi.DefaultDirection = bidi.RTL
		multi.SetMinRowsVisible(6)
		box.Add(one)
		box.Add(multi)
		w.Canvas().Focus(one)
	}
	w.SetContent(container.NewVScroll(box))
	w.Resize(fyne.NewSize(float32(*width), 860))
	w.ShowAndRun()
}
