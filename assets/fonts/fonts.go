// Package fonts embeds the typefaces the app ships with, so that text never
// depends on what happens to be installed on a reporter's laptop.
//
// DejaVu Sans (Bitstream Vera licence, see DejaVuSans-LICENSE.txt) is the UI
// font: it covers Latin, Cyrillic, Greek, Hebrew, basic Arabic and most
// punctuation. Noto Sans Arabic and Noto Sans Devanagari (SIL OFL 1.1, see
// NotoSans-OFL.txt) are used for Arabic-script and Devanagari runs, which
// need proper shaping tables. Noto Sans Arabic lacks Latin letters and even
// ASCII quotes, so it must only be given Arabic-script text.
package fonts

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

var (
	//go:embed DejaVuSans.ttf
	dejaVuSans []byte
	//go:embed DejaVuSans-Bold.ttf
	dejaVuSansBold []byte
	//go:embed NotoSansArabic-Regular.ttf
	notoSansArabic []byte
	//go:embed NotoSansArabic-Bold.ttf
	notoSansArabicBold []byte
	//go:embed NotoSansDevanagari-Regular.ttf
	notoSansDevanagari []byte
)

// The resources are package-level values on purpose: Fyne caches parsed
// faces keyed by the resource, so every user must share the same value.
var (
	// DejaVuSans is the regular UI font.
	DejaVuSans = fyne.NewStaticResource("DejaVuSans.ttf", dejaVuSans)
	// DejaVuSansBold is the bold UI font.
	DejaVuSansBold = fyne.NewStaticResource("DejaVuSans-Bold.ttf", dejaVuSansBold)
	// NotoSansArabic is used for runs of Arabic script.
	NotoSansArabic = fyne.NewStaticResource("NotoSansArabic-Regular.ttf", notoSansArabic)
	// NotoSansArabicBold is used for bold runs of Arabic script.
	NotoSansArabicBold = fyne.NewStaticResource("NotoSansArabic-Bold.ttf", notoSansArabicBold)
	// NotoSansDevanagari is used for runs of Devanagari (Hindi, Marathi,
	// Nepali); there is no bold cut, bold runs use it too.
	NotoSansDevanagari = fyne.NewStaticResource("NotoSansDevanagari-Regular.ttf", notoSansDevanagari)
)
