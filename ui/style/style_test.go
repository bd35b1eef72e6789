package style

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/takedowndesk/takedowndesk/assets/fonts"
)

func TestFontsAreBundled(t *testing.T) {
	th := New(nil)
	if th.Font(fyne.TextStyle{}) != fonts.DejaVuSans || th.Font(fyne.TextStyle{Bold: true}) != fonts.DejaVuSansBold {
		t.Error("regular and bold text must use the bundled DejaVu Sans")
	}
	for _, r := range []fyne.Resource{fonts.DejaVuSans, fonts.DejaVuSansBold, fonts.NotoSansArabic, fonts.NotoSansArabicBold, fonts.NotoSansDevanagari} {
		if len(r.Content()) < 100_000 {
			t.Errorf("%s: %d bytes, font missing?", r.Name(), len(r.Content()))
		}
	}
}

func TestVerificationPalette(t *testing.T) {
	test.NewTempApp(t)
	th := New(theme.DefaultTheme())
	for _, v := range Verifications {
		for _, variant := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
			want := VerificationColor(v, variant)
			if got := th.Color(ColorNameVerification(v), variant); got != want {
				t.Errorf("%s/%d: theme gives %v, palette %v", v, variant, got, want)
			}
			if _, _, _, a := want.RGBA(); a == 0 || a == 0xffff {
				t.Errorf("%s: highlight colour must be translucent, alpha %d", v, a)
			}
		}
	}
	if ColorNameVerification("nonsense") != ColorNameVerification(Unreviewed) {
		t.Error("unknown states should fall back to unreviewed")
	}
	if th.Color(theme.ColorNameForeground, theme.VariantDark) != theme.DefaultTheme().Color(theme.ColorNameForeground, theme.VariantDark) {
		t.Error("other colours come from the base theme")
	}
}
