package style

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Verification states of a claim, as stored.
const (
	Unreviewed   = "unreviewed"
	SelfReported = "self_reported"
	Corroborated = "corroborated"
	Disputed     = "disputed"
	False        = "false"
	Verified     = "verified"
)

// Verifications lists the states in the order they are offered to users.
var Verifications = []string{Unreviewed, SelfReported, Corroborated, Disputed, False, Verified}

// ColorNameVerification returns the theme colour name of a verification
// state's highlight, for theme.ColorForWidget and canvas objects that follow
// theme changes. Unknown states get the unreviewed colour.
func ColorNameVerification(state string) fyne.ThemeColorName {
	if _, ok := palette[state]; !ok {
		state = Unreviewed
	}
	return fyne.ThemeColorName("takedowndesk.verification." + state)
}

// VerificationColor returns the highlight colour of a state for a variant.
// Highlights are drawn behind text, so they are translucent: the same
// foreground stays readable on them in light and dark themes. The hues also
// differ in lightness, not only hue, for colour-blind readers; still pair
// them with a text label or icon.
func VerificationColor(state string, v fyne.ThemeVariant) color.Color {
	p, ok := palette[state]
	if !ok {
		p = palette[Unreviewed]
	}
	if v == theme.VariantDark {
		return p.dark
	}
	return p.light
}

// CurrentVerificationColor is VerificationColor for the current app theme.
func CurrentVerificationColor(state string) color.Color {
	return theme.Color(ColorNameVerification(state))
}

type pair struct{ light, dark color.NRGBA }

var palette = map[string]pair{
	Unreviewed:   {color.NRGBA{0x9e, 0x9e, 0x9e, 0x55}, color.NRGBA{0x9e, 0x9e, 0x9e, 0x50}}, // grey
	SelfReported: {color.NRGBA{0x5c, 0x8d, 0xf6, 0x55}, color.NRGBA{0x6f, 0x9b, 0xff, 0x60}}, // blue: the platform's own word
	Corroborated: {color.NRGBA{0x26, 0xa6, 0x9a, 0x55}, color.NRGBA{0x4d, 0xd0, 0xc1, 0x55}}, // teal
	Disputed:     {color.NRGBA{0xff, 0xa0, 0x00, 0x66}, color.NRGBA{0xff, 0xb3, 0x2e, 0x60}}, // amber
	False:        {color.NRGBA{0xe5, 0x39, 0x35, 0x55}, color.NRGBA{0xff, 0x5c, 0x5c, 0x60}}, // red
	Verified:     {color.NRGBA{0x43, 0xa0, 0x47, 0x66}, color.NRGBA{0x66, 0xc8, 0x6a, 0x60}}, // green
}

func verificationColor(n fyne.ThemeColorName, v fyne.ThemeVariant) (color.Color, bool) {
	const prefix = "takedowndesk.verification."
	s := string(n)
	if len(s) <= len(prefix) || s[:len(prefix)] != prefix {
		return nil, false
	}
	state := s[len(prefix):]
	if _, ok := palette[state]; !ok {
		return nil, false
	}
	return VerificationColor(state, v), true
}
