package extract

import (
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// TestFigurePeriods: each figure gets the month, quarter or half written
// with it, in each language's way of writing one: a month after the unit
// belongs to the figure before it ("5,000 channels in May, 4,000 in June
// 2024" is 5,000 in May and 4,000 in June, not the other way round); a
// quarter or half is a period ("2024-Q3", "2023-H1"), with the year
// written in it, as "this year" of the notice, or in a date of its
// sentence; a sentence that opens with one quarter gives it to the
// figures of its clause; a period with no year written gives none.
func TestFigurePeriods(t *testing.T) {
	pub := time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC)
	checkPeriods(t, pub, []periodCase{
		{"Telegram blocked 5,000 channels in May, 4,000 in June 2024.", map[float64]string{5000: "2024-05", 4000: "2024-06"}},
		{"Telegram blocked 5,000 channels in May and 4,000 in June 2024.", map[float64]string{5000: "2024-05", 4000: "2024-06"}},
		{"حظرت تيليغرام 5000 قناة في مايو و4000 قناة في يونيو 2024.", map[float64]string{5000: "2024-05", 4000: "2024-06"}},
		{"Telegram blocked 5,000 channels in May, 4,000 channels in June.", map[float64]string{5000: "", 4000: ""}},
		{"Telegram blocked 5,000 channels in Q3 2024.", map[float64]string{5000: "2024-Q3"}},
		{"Telegram blocked 5,000 channels in the third quarter of 2024.", map[float64]string{5000: "2024-Q3"}},
		{"Telegram blocked 5,000 channels in H1 2023.", map[float64]string{5000: "2023-H1"}},
		{"Telegram removed 5,000 channels in the first half of this year.", map[float64]string{5000: "2024-H1"}},
		{"In the third quarter of 2024 Telegram removed 5,000 channels and 300 bots.", map[float64]string{5000: "2024-Q3", 300: "2024-Q3"}},
		{"حذفت تيليغرام 5000 قناة في الربع الثالث من 2024.", map[float64]string{5000: "2024-Q3"}},
		{"وأزالت المنصة 2069 قناة خلال الربع الثالث من العام الحالي 2023م (يوليو - سبتمبر).", map[float64]string{2069: "2023-Q3"}},
		{"Telegram заблокировал 5000 каналов в первом полугодии 2024 года.", map[float64]string{5000: "2024-H1"}},
		{"Роскомнадзор заблокировал 5000 сайтов в III квартале 2024 г.", map[float64]string{5000: "2024-Q3"}},
		{"Telegram a supprimé 5000 chaînes au premier semestre 2024.", map[float64]string{5000: "2024-H1"}},
		{"Telegram a supprimé 400 chaînes au 1er semestre 2024.", map[float64]string{400: "2024-H1"}},
		{"Telegram hat im ersten Halbjahr 2024 5000 Kanäle gesperrt.", map[float64]string{5000: "2024-H1"}},
		{"Telegram hat im 3. Quartal 2024 5000 Kanäle gesperrt.", map[float64]string{5000: "2024-Q3"}},
		{"Telegram eliminó 400 canales en el primer trimestre de 2024.", map[float64]string{400: "2024-Q1"}},
		{"Telegram ha rimosso 400 canali nel primo semestre 2024.", map[float64]string{400: "2024-H1"}},
		{"Telegram ने 2024 की तीसरी तिमाही में 5000 चैनल हटाए।", map[float64]string{5000: "2024-Q3"}},
		{"Telegram ने जुलाई-सितंबर 2024 तिमाही में 5000 चैनल हटाए।", map[float64]string{5000: "2024-Q3"}},
		{"Telegram removed 5,000 channels in the July-September quarter of 2024.", map[float64]string{5000: "2024-Q3"}},
		{"وحذفت المنصة 5000 حساب في النصف الأول من عام 2024.", map[float64]string{5000: "2024-H1"}},
		// the half of the clause before, not of the figure after its comma
		{"Im ersten Halbjahr 2015 gab es 2344 Anfragen, im zweiten waren es schon 3140.", map[float64]string{2344: "2015-H1", 3140: ""}},
		// a span of months that is a half or a quarter is that half or
		// quarter; a span that is neither, or a bound of one, is no period
		{"Von Juli bis Dezember 2015 waren nur 366 Inhalte gesperrt worden, in den sechs Monaten von Januar bis Juni 2015 lediglich 188.", map[float64]string{366: "2015-H2", 188: "2015-H1"}},
		{"Telegram removed 5,000 channels from January to March 2024.", map[float64]string{5000: "2024-Q1"}},
		{"Telegram removed 5,000 channels from February to September 2024.", map[float64]string{5000: ""}},
		{"منذ فبراير 2022م، وحتى سبتمبر 2023م، بلغ عدد المحتويات المزالة 38.799.157 مليون محتوى.", map[float64]string{38799157: ""}},
		// the end of a span is no period: "by the end of March 2025"
		{"وتمت إزالة ما يقرب من 177 مليون مادة متطرفة منذ بدء التعاون في فبراير 2022، وأُغلقت 16201 قناة بحلول نهاية مارس 2025.", map[float64]string{16201: ""}},
		{"Twitter suspended 1.2 million accounts between August 2015 and December 2017.", map[float64]string{1200000: ""}},
		{"Zwischen August 2015 und Dezember wurden 1,14 Millionen Accounts gesperrt.", map[float64]string{1140000: ""}},
		{"In May Telegram blocked 5,000 channels and in June 2024 it blocked 4,000 channels.", map[float64]string{5000: "2024-05", 4000: "2024-06"}},
		// a month date of another sentence (the page's date line) dates
		// the figure but is not its period
		{"Published 1st, October 2023\nTelegram closed 2069 channels.", map[float64]string{2069: ""}},
		// a period closing the clause of its counts; not one that a count
		// after it in its own clause, or a comparison, makes its own
		{"كشفت منصة تيك توك عن حذف أكثر من 16.5 مليون فيديو، وذلك خلال الفترة الممتدة من يناير إلى مارس 2025، من بينها ما يفوق مليون فيديو من المغرب.", map[float64]string{16500000: "2025-Q1", 1000000: "2025-Q1"}},
		{"Telegram removed 5,000 channels and in Q3 2024 it removed 6,000 channels.", map[float64]string{5000: ""}},
		{"X suspended nearly 5.3 million accounts in that time, compared with the 1.6 million accounts the company reported suspending in the first half of 2022.", map[float64]string{5300000: "", 1600000: "2022-H1"}},
		{"Twitter said it suspended 274,460 accounts between July and December 2017.", map[float64]string{274460: "2017-H2"}},
		{"Twitter dijo que suspendió 274 mil 460 cuentas entre julio y diciembre de 2017.", map[float64]string{274460: "2017-H2"}},
		// no year written: no period guessed
		{"Im zweiten Quartal gingen 6073 Meldungen ein.", map[float64]string{6073: ""}},
	})
}

// TestQuarterConflicts: two notices giving one quarter's count differently
// conflict, however each writes the quarter; the next quarter's count is
// another figure.
func TestQuarterConflicts(t *testing.T) {
	pub := time.Date(2024, 10, 2, 0, 0, 0, 0, time.UTC)
	claims := func(s string) []app.Claim {
		var out []app.Claim
		for _, c := range Text(s, Options{Published: pub}).Claims {
			if c.Kind == app.ClaimFigure {
				out = append(out, c)
			}
		}
		return out
	}
	tests := []struct {
		a, b string
		want int
	}{
		{"Telegram blocked 5,000 channels in Q3 2024.", "Telegram blocked 5,100 channels in the third quarter of 2024.", 2},
		{"Telegram blocked 5,000 channels in Q3 2024.", "حذفت تيليغرام 5100 قناة في الربع الثالث من 2024.", 2},
		{"Telegram blocked 5,000 channels in Q3 2024.", "Telegram blocked 5,100 channels in Q2 2024.", 0},
		{"Telegram blocked 5,000 channels in H1 2024.", "Telegram blocked 5,100 channels in Q1 2024.", 0},
	}
	for _, tt := range tests {
		by := map[int64][]app.Claim{1: claims(tt.a), 2: claims(tt.b)}
		CrossConflicts(by, nil)
		n := 0
		for _, cs := range by {
			for _, c := range cs {
				n += len(c.Conflicts)
			}
		}
		if n != tt.want {
			t.Errorf("%q and %q: %d conflicts, want %d", tt.a, tt.b, n, tt.want)
		}
	}
}

// TestWeekdayOfADate: a weekday joined to its date by "الموافق" ("the
// Thursday that is 21 September 2023") is that date, not the Thursday
// before publication.
func TestWeekdayOfADate(t *testing.T) {
	pub := time.Date(2023, 10, 1, 0, 0, 0, 0, time.UTC)
	text := "نشر التنظيم 1.344.482 مليون محتوى متطرف في يوم واحد، وذلك يوم الخميس الموافق 21 سبتمبر 2023م."
	for _, c := range Text(text, Options{Published: pub}).Claims {
		if c.Kind == app.ClaimFigure && c.EventDate.Format("2006-01-02") != "2023-09-21" {
			t.Errorf("%v dated %s, want 2023-09-21", c.Value, c.EventDate.Format("2006-01-02"))
		}
	}
}

// periodCase is a text and the period each of its figures must have, by
// value ("" for none).
type periodCase struct {
	text string
	want map[float64]string
}

// checkPeriods extracts each case's text, published on pub, and checks
// its figures' periods.
func checkPeriods(t *testing.T, pub time.Time, tests []periodCase) {
	t.Helper()
	for _, tt := range tests {
		got := map[float64]string{}
		for _, c := range Text(tt.text, Options{Published: pub}).Claims {
			if c.Kind == app.ClaimFigure {
				got[c.Value] = c.Period
			}
		}
		for v, p := range tt.want {
			if g, ok := got[v]; !ok || g != p {
				t.Errorf("%q: %v has period %q, want %q (all: %v)", tt.text, v, g, p, got)
			}
		}
	}
}
