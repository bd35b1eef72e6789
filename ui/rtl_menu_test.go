package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// A right-to-left window lists its menus last to first, so that read from
// the right the bar begins with File; a left-to-right one keeps them, and
// the menu given is never changed.
func TestMenuInReadingOrder(t *testing.T) {
	labels := func(m *fyne.MainMenu) (out []string) {
		for _, it := range m.Items {
			out = append(out, it.Label)
		}
		return out
	}
	m := fyne.NewMainMenu(fyne.NewMenu("File"), fyne.NewMenu("Edit"), fyne.NewMenu("Help"))
	defer func(was bool) { viewRTL = was }(viewRTL)
	for _, tc := range []struct {
		rtl  bool
		want []string
	}{
		{false, []string{"File", "Edit", "Help"}},
		{true, []string{"Help", "Edit", "File"}},
	} {
		viewRTL = tc.rtl
		got := labels(inReadingOrder(m))
		if len(got) != len(tc.want) {
			t.Fatalf("rtl %v: menus %v, want %v", tc.rtl, got, tc.want)
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("rtl %v: menus %v, want %v", tc.rtl, got, tc.want)
				break
			}
		}
	}
	if got := labels(m); got[0] != "File" {
		t.Errorf("the menu given was changed: %v", got)
	}
}
