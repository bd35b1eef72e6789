package extract

import "testing"

// TestOneOfIsNoCount: "one of those platforms" (TorrentFreak, 1 January
// 2024) picks one out of a group; it counts nothing. A count beside it
// still counts.
func TestOneOfIsNoCount(t *testing.T) {
	tests := []struct {
		text string
		want []float64
	}{
		{"Google is one of those platforms and without the diligence of the Google Search team.", nil},
		{"Telegram a bloqué l'un des 12 canaux et une des chaînes.", []float64{12}},
		{"Один из каналов заблокирован, всего 78 каналов.", []float64{78}},
		{"Twitter suspended one account and one of its 12 channels.", []float64{1, 12}},
	}
	for _, tt := range tests {
		var got []float64
		for _, c := range Text(tt.text, Options{}).Claims {
			got = append(got, c.Value)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: figures %v, want %v", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: figures %v, want %v", tt.text, got, tt.want)
			}
		}
	}
}

// TestDomainsAreNoFigures: domain names of a register's rows (zapret-info
// dump) hold digits that count nothing; a figure before a full stop with
// no space after it still counts.
func TestDomainsAreNoFigures(t *testing.T) {
	for text, want := range map[string]int{
		"Домен: 911-truth.net":                       0,
		"Site: 303.hecate.com.ar":                    0,
		"see 1570.info and 8-800-555-36-37.com":      0,
		"Заблокирован сайт 24news.рф":                0,
		"Telegram blocked 78 channels.Telegram also": 1,
		"Telegram blocked 2.5 million accounts":      1,
	} {
		got := 0
		for _, c := range Text(text, Options{}).Claims {
			if c.Kind == "figure" {
				got++
			}
		}
		if got != want {
			t.Errorf("%q: %d figures, want %d", text, got, want)
		}
	}
}
