package app

import "testing"

// Every unit a summary can carry reads back as written.
func TestSummaryItemsRoundTrip(t *testing.T) {
	units := append(append([]string{}, Units...), RatioUnits...)
	for _, v := range []float64{0, 1, 2, 12, 78, 16050, 1234567, 3.5} {
		for _, u := range units {
			s := Summary([]Claim{{Kind: ClaimFigure, Value: v, Unit: u}, {Kind: ClaimFigure, Value: 12, Unit: "languages"}})
			items := SummaryItems(s)
			found := false
			for _, it := range items {
				if it.Unit == "" {
					t.Errorf("%q: part %q not read as a figure", s, it.Text)
				}
				if it.Unit == u && it.Value == v {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: %v %s not read back: %+v", s, v, u, items)
			}
		}
	}
}

func TestSummaryItemsOther(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []SummaryItem
	}{
		{"", nil},
		{"78 channels · 12 languages", []SummaryItem{{78, "channels", "78 channels"}, {12, "languages", "12 languages"}}},
		{"16,050 member states", []SummaryItem{{16050, "member_states", "16,050 member states"}}},
		{"78 widgets · free text", []SummaryItem{{0, "", "78 widgets"}, {0, "", "free text"}}},
		{"12 bots and channels", []SummaryItem{{12, "bots_and_channels", "12 bots and channels"}}},
		{"12 bots and widgets", []SummaryItem{{0, "", "12 bots and widgets"}}},
	} {
		got := SummaryItems(tc.in)
		if len(got) != len(tc.want) {
			t.Errorf("%q: %+v, want %+v", tc.in, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q item %d: %+v, want %+v", tc.in, i, got[i], tc.want[i])
			}
		}
	}
}
