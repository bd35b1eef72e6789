package ingest

import "testing"

// TestTitleOutlet: the outlet a page's <title> names after the headline
// it gives on its own, and nothing when the rest is not a short name.
func TestTitleOutlet(t *testing.T) {
	for _, tc := range []struct{ title, headline, want string }{
		{"United States to Lift Sudan Sanctions - The New York Times", "United States to Lift Sudan Sanctions", "The New York Times"},
		{"Telegram bans 78 channels | Reuters", "Telegram bans 78 channels", "Reuters"},
		{"تلغرام تحظر 78 قناة – الجزيرة نت", "تلغرام تحظر 78 قناة", "الجزيرة نت"},
		{"Telegram ferme 78 chaînes — Le Monde.fr", "Telegram ferme 78 chaînes", "Le Monde.fr"},
		{"Telegram bans 78 channels", "Telegram bans 78 channels", ""},                                       // nothing after
		{"Telegram bans 78 channels - Tech | News | Site", "Telegram bans 78 channels", ""},                  // a path, not a name
		{"Telegram bans 78 channels - and then it banned six hundred more", "Telegram bans 78 channels", ""}, // a sentence
		{"Other headline - Reuters", "Telegram bans 78 channels", ""},                                        // not its headline
		{"Telegram bans 78 channels - Reuters", "", ""},                                                      // no headline given
		{"Telegram bans 78 channels: Reuters", "Telegram bans 78 channels", ""},                              // no separator
	} {
		if got := titleOutlet(tc.title, tc.headline); got != tc.want {
			t.Errorf("titleOutlet(%q, %q) = %q, want %q", tc.title, tc.headline, got, tc.want)
		}
	}
}
