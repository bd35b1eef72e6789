package style

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// NoteColor is the highlight behind words a reporter wrote a note on: a
// faint violet, apart from every verification colour.
func NoteColor(v fyne.ThemeVariant) color.Color {
	if v == theme.VariantDark {
		return color.NRGBA{0xb3, 0x88, 0xff, 0x50}
	}
	return color.NRGBA{0x9c, 0x6a, 0xde, 0x40}
}

// LinkColor is the highlight behind a link in a notice's text: links are
// shown defanged and open only after a confirmation, so they are marked
// rather than underlined like a live link.
func LinkColor(v fyne.ThemeVariant) color.Color {
	if v == theme.VariantDark {
		return color.NRGBA{0x90, 0xca, 0xf9, 0x38}
	}
	return color.NRGBA{0x1e, 0x88, 0xe5, 0x30}
}
