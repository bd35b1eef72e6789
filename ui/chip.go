package ui

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
)

// tagPalette is the colours the tag manager offers: distinct in both
// themes, and each light enough behind text when drawn at chipAlpha.
var tagPalette = []string{"#c0392b", "#d35400", "#f1c40f", "#27ae60", "#16a085", "#2980b9", "#8e44ad", "#7f8c8d"}

// chipAlpha is how strongly a chip shows its tag's colour behind the text:
// enough to tell tags apart, faint enough that the text reads in both themes.
const chipAlpha = 0x60

// parseColour reads "#rrggbb"; ok is false for anything else.
func parseColour(s string) (color.NRGBA, bool) {
	if !app.ValidColour(s) || s == "" {
		return color.NRGBA{}, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.NRGBA{}, false
	}
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}, true
}

// tagFill is the background of a tag's chip: its colour, faint, or the
// theme's input background for a tag without one.
func tagFill(colour string) color.Color {
	if c, ok := parseColour(colour); ok {
		c.A = chipAlpha
		return c
	}
	return theme.Color(theme.ColorNameInputBackground)
}

// tagChip is a tag as a rounded chip in its colour, "#name", with a ×
// that calls onRemove (none when onRemove is nil). The list's rows and the
// detail pane share it, so a tag looks the same everywhere.
func tagChip(t app.Tag, onRemove func()) fyne.CanvasObject {
	bg := canvas.NewRectangle(tagFill(t.Colour))
	bg.CornerRadius = theme.InputRadiusSize() * 2
	if c, ok := parseColour(t.Colour); ok {
		bg.StrokeColor, bg.StrokeWidth = c, 1
	}
	text := chip("#" + t.Name)
	if onRemove == nil {
		return container.NewStack(bg, text)
	}
	rm := widget.NewButtonWithIcon("", theme.CancelIcon(), onRemove)
	rm.Importance = widget.LowImportance
	return container.NewStack(bg, rowOf(text, rm))
}

// swatch is a small square of a colour, for the tag manager's palette.
func swatch(colour string, size float32) fyne.CanvasObject {
	r := canvas.NewRectangle(tagFill(colour))
	if c, ok := parseColour(colour); ok {
		r.FillColor = c
	}
	r.CornerRadius = 3
	r.SetMinSize(fyne.NewSize(size, size))
	return r
}
