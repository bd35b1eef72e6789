package extract

import (
	"strings"
	"testing"
	"time"
)

func FuzzText(f *testing.F) {
	for _, s := range []string{
		"أعلن تطبيق تلغرام أنه حجب 78 حساباً مرتبطاً بتنظيم الدولة الإسلامية بـ 12 لغة.",
		"1312 terrorist bots and channels banned on January, 27.\nTotal this month: 16050",
		"Telegram a bloqué plus de 2 000 chaînes le mercredi 18 novembre 2015.",
		"Около 1,5 тыс. групп и 2,04 млн аккаунтов удалено 18 ноября 2015 года.",
		"34 مليونًا و913 ألفًا من ١٬٢٣٤ قناة يوميًا",
		"X (formerly Twitter) removed 5k links; the IS said 10:30 +44 20 7946 0958 11th.",
		"कम से कम बारह समूह 2 करोड़ से ज़्यादा अकाउंट 18 नवंबर 2015 को।",
		"Am 18. November 2015 wurden fünfundzwanzig IS-nahe Kanäle gesperrt.",
	} {
		f.Add(s, int64(1447804800))
	}
	f.Fuzz(func(t *testing.T, s string, pub int64) {
		opt := Options{Published: time.Unix(pub%4102444800, 0).UTC()}
		if pub%3 == 0 {
			opt.Published = time.Time{}
		}
		if pub%5 == 0 {
			opt.Aliases = []Alias{{Name: "Rocket.Chat", Canonical: "Rocket.Chat", Kind: AliasPlatform}, {Name: s[:len(s)/2], Canonical: "Y", Kind: AliasActor}}
		}
		r := Text(s, opt)
		checkInvariants(t, s, r)
		for _, c := range r.Claims {
			if c.Kind == "figure" && (c.Unit == "" || c.Value <= 0 || strings.Contains(c.Unit, " ")) {
				t.Fatalf("%q: bad figure %+v", s, c)
			}
		}
		Conflicts(r.Claims)
	})
}

// TestPrefixesNeverPanic extracts every word prefix of the published
// sentences and the kinds table: the new look-aheads (an article, a
// fraction or a partitive as the last word) must stop at the end of the
// text.
func TestPrefixesNeverPanic(t *testing.T) {
	var texts []string
	for _, set := range realSets {
		for _, rc := range loadRealCases(t, set.file) {
			texts = append(texts, rc.Text)
		}
	}
	texts = append(texts, "Twitter lösche gerade einmal ein", "half a", "eine halbe", "ربع", "sono state 2.434 le", "10 di queste", "Of the total videos removed, 10,698,297")
	n := 0
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			if i < len(s) && s[i] != ' ' {
				continue
			}
			r := Text(s[:i], Options{})
			checkInvariants(t, s[:i], r)
			n++
		}
	}
	if n < 1000 {
		t.Fatalf("only %d prefixes checked", n)
	}
}
