// Package style is the app's theme: bundled fonts, so text never depends on
// the fonts installed on a laptop, and the shared colours of claim
// verification states.
package style

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/takedowndesk/takedowndesk/assets/fonts"
)

// Theme wraps a base theme, replacing its text fonts with DejaVu Sans and
// adding the verification colours.
type Theme struct {
	base fyne.Theme
}

// New returns the app theme on top of base (theme.DefaultTheme() if nil).
func New(base fyne.Theme) fyne.Theme {
	if base == nil {
		base = theme.DefaultTheme()
	}
	return &Theme{base: base}
}

// Apply sets the app theme on a.
func Apply(a fyne.App) {
	a.Settings().SetTheme(New(theme.DefaultTheme()))
}

// Font returns DejaVu Sans for regular and bold text. DejaVu covers Latin,
// Cyrillic, Greek, Hebrew and basic Arabic, so widgets that do not use the
// bidi package (Entry, buttons, menus) still show every letter. Italic and
// monospace keep the base theme's fonts.
func (t *Theme) Font(s fyne.TextStyle) fyne.Resource {
	switch {
	case s.Monospace, s.Symbol, s.Italic:
		return t.base.Font(s)
	case s.Bold:
		return fonts.DejaVuSansBold
	}
	return fonts.DejaVuSans
}

// Color adds the verification colours to the base theme's colours.
func (t *Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if c, ok := verificationColor(n, v); ok {
		return c
	}
	return t.base.Color(n, v)
}

// Icon returns the base theme's icon.
func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

// Size returns the base theme's size.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 { return t.base.Size(n) }

// ArabicFont returns the bundled font for Arabic-script text in style s.
// It has no Latin letters nor ASCII punctuation: give it Arabic runs only.
func ArabicFont(s fyne.TextStyle) fyne.Resource {
	if s.Bold {
		return fonts.NotoSansArabicBold
	}
	return fonts.NotoSansArabic
}

// DevanagariFont returns the bundled font for Devanagari text (Hindi).
func DevanagariFont(fyne.TextStyle) fyne.Resource { return fonts.NotoSansDevanagari }
