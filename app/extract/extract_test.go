package extract

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/takedowndesk/takedowndesk/app"
)

func figures(r Result) []app.Claim {
	var out []app.Claim
	for _, c := range r.Claims {
		if c.Kind == app.ClaimFigure {
			out = append(out, c)
		}
	}
	return out
}

func dates(r Result) []string {
	var out []string
	for _, c := range r.Claims {
		if c.Kind == app.ClaimDate {
			d := c.Period
			if !c.EventDate.IsZero() && len(c.Period) != 7 {
				d = c.EventDate.Format("2006-01-02")
			}
			out = append(out, d+"|"+c.Quote)
		}
	}
	return out
}

func TestSeedLikeArabic(t *testing.T) {
	// our own sentences in the shape of the story the product was born from
	text := "قالت شركة تلغرام إنها حجبت 78 حساباً مرتبطاً بتنظيم الدولة الإسلامية يوم الأربعاء 18 نوفمبر/تشرين الثاني 2015.\n" +
		"وأضافت الشركة أنها أغلقت خلال الأسبوع 78 موقعا تابعا للتنظيم بـ 12 لغة."
	r := Text(text, Options{Published: time.Date(2015, 11, 19, 10, 0, 0, 0, time.UTC)})
	fs := figures(r)
	got := []string{}
	for _, f := range fs {
		got = append(got, figureKey(f))
	}
	want := []string{"78 accounts", "78 sites", "12 languages"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("figures %v, want %v", got, want)
	}
	if fs[0].Quote != "78 حساباً" {
		t.Errorf("quote %q", fs[0].Quote)
	}
	if fs[0].Platform != "Telegram" || fs[0].Actor != "ISIS" {
		t.Errorf("platform/actor %q/%q", fs[0].Platform, fs[0].Actor)
	}
	if fs[0].Verification != app.SelfReported || fs[1].Verification != app.SelfReported {
		t.Errorf("verification %q %q, want self_reported", fs[0].Verification, fs[1].Verification)
	}
	if d := fs[0].EventDate.Format("2006-01-02"); d != "2015-11-18" {
		t.Errorf("event date %s", d)
	}
	if len(fs[0].Conflicts) == 0 || len(fs[1].Conflicts) == 0 || len(fs[2].Conflicts) != 0 {
		t.Errorf("conflicts %v / %v / %v", fs[0].Conflicts, fs[1].Conflicts, fs[2].Conflicts)
	}
	if s := app.Summary(r.Claims); s != "78 accounts · 78 sites · 12 languages" {
		t.Errorf("summary %q", s)
	}
	ds := dates(r)
	if len(ds) != 1 || ds[0] != "2015-11-18|الأربعاء 18 نوفمبر/تشرين الثاني 2015" {
		t.Errorf("dates %v", ds)
	}
	if len(r.Sources) == 0 || r.Sources[0].Source.Name != "Telegram" || r.Sources[0].Source.Kind != app.SourcePlatformStatement || r.Sources[0].Role != app.RoleStatedBy {
		t.Errorf("sources %+v", r.Sources)
	}
}

func TestIsisWatchPost(t *testing.T) {
	text := "1312 terrorist bots and channels banned on January, 27.\nTotal this month: 16050\n"
	r := Text(text, Options{Published: time.Date(2017, 1, 28, 0, 0, 0, 0, time.UTC)})
	fs := figures(r)
	// the day's count and the month's running total (the Telegram importer
	// writes the same two; its claims win where they overlap)
	if len(fs) != 2 || figureKey(fs[0]) != "1312 bots_and_channels" || fs[0].Quote != "1312 terrorist bots and channels" {
		t.Fatalf("figures %+v", fs)
	}
	if d := fs[0].EventDate.Format("2006-01-02"); d != "2017-01-27" {
		t.Errorf("event date %s", d)
	}
	if tot := fs[1]; figureKey(tot) != "16050 bots_and_channels" || tot.Rate != app.RatePerMonth || tot.Period != "2017-01" || tot.Quote != "Total this month: 16050" {
		t.Errorf("total %+v", tot)
	}
	r = Text("1830 groups and channels related to child abuse banned on January, 30.", Options{})
	if fs := figures(r); len(fs) != 1 || fs[0].Unit != "groups_and_channels" {
		t.Fatalf("figures %+v", fs)
	}
}

func TestDates(t *testing.T) {
	pub := time.Date(2015, 11, 20, 8, 0, 0, 0, time.UTC) // a Friday
	tests := []struct{ text, want string }{
		{"Telegram acted on November 18, 2015.", "2015-11-18"},
		{"Telegram acted on 18 November 2015.", "2015-11-18"},
		{"The ban came on October 6 2020.", "2020-10-06"},
		{"Telegram заблокировал каналы 18 ноября.", "2015-11-18"},
		{"Am 18. November 2015 sperrte Telegram Kanäle.", "2015-11-18"},
		{"Le 18 novembre 2015, Telegram a agi.", "2015-11-18"},
		{"El 18 de noviembre de 2015 Telegram actuó.", "2015-11-18"},
		{"Il 18 novembre 2015 Telegram ha agito.", "2015-11-18"},
		{"Published 2015-11-18 by the desk.", "2015-11-18"},
		{"حجبت الشركة القنوات في 18 تشرين الثاني 2015.", "2015-11-18"},
		{"حجبت الشركة القنوات في 5 حزيران/يونيو 2016.", "2016-06-05"},
		{"حجبت الشركة القنوات في 3 كانون الثاني 2016.", "2016-01-03"},
		{"حجبت الشركة القنوات في 12 شباط 2016.", "2016-02-12"},
		{"أعلنت الشركة يوم الأربعاء حجب القنوات.", "2015-11-18"},
		{"Telegram said on Wednesday it acted.", "2015-11-18"},
		{"Telegram a annoncé mercredi la fermeture.", "2015-11-18"},
		{"टेलीग्राम ने 18 नवंबर 2015 को कार्रवाई की।", "2015-11-18"},
		{"In December 2016, 2118 channels were banned.", "2016-12"},
		{"Banned on 27 December.", "2014-12-27"},
	}
	for _, tt := range tests {
		r := Text(tt.text, Options{Published: pub})
		ds := dates(r)
		if len(ds) != 1 || !strings.HasPrefix(ds[0], tt.want+"|") {
			t.Errorf("%q: dates %v, want %s", tt.text, ds, tt.want)
		}
	}
}

func TestPlatformsActors(t *testing.T) {
	tests := []struct {
		text              string
		platforms, actors string
	}{
		{"Telegram and تلغرام and Телеграм blocked Daesh, then YouTube acted.", "Telegram,YouTube", "ISIS"},
		{"The group moved to X (formerly Twitter) after the ban.", "Twitter", ""},
		{"X marks the spot, said the IS commander.", "", "ISIS"},
		{"THIS IS A HEADLINE ABOUT BANS", "", ""},
		{"This is not about the group; it is about Google.", "Google", ""},
		{"وقال يوروبول إن القاعدة وداعش تستخدمان تيليجرام وفيس بوك.", "Telegram,Facebook", "Europol,al-Qaeda,ISIS"},
		{"L'EI et Al-Qaïda utilisent Telegram.", "Telegram", "ISIS,al-Qaeda"},
		{"Die IS-Miliz nutzt Telegram.", "Telegram", "ISIS"},
		{"ИГИЛ использует Телеграм и ВКонтакте.", "Telegram,VK", "ISIS"},
	}
	for _, tt := range tests {
		r := Text(tt.text, Options{})
		if p := strings.Join(r.Platforms, ","); p != tt.platforms {
			t.Errorf("%q: platforms %q, want %q", tt.text, p, tt.platforms)
		}
		if a := strings.Join(r.Actors, ","); a != tt.actors {
			t.Errorf("%q: actors %q, want %q", tt.text, a, tt.actors)
		}
	}
	r := Text("Le groupe Hayat Shams utilise Rocket.Chat pour 12 chaînes.", Options{Aliases: []Alias{
		{Name: "Rocket.Chat", Canonical: "Rocket.Chat", Kind: AliasPlatform},
		{Name: "Hayat Shams", Canonical: "Hayat Shams", Kind: AliasActor},
	}})
	if strings.Join(r.Platforms, ",") != "Rocket.Chat" || strings.Join(r.Actors, ",") != "Hayat Shams" {
		t.Errorf("aliases: %v %v", r.Platforms, r.Actors)
	}
	if fs := figures(r); len(fs) != 1 || fs[0].Platform != "Rocket.Chat" || fs[0].Actor != "Hayat Shams" {
		t.Errorf("alias figure %+v", fs)
	}
}

func TestSources(t *testing.T) {
	tests := []struct {
		text string
		want string // name|kind|role
	}{
		{"According to Reuters, 78 channels were blocked.", "Reuters|wire|reported_by"},
		{"Telegram said in a statement that it blocked 78 channels.", "Telegram|platform_statement|stated_by"},
		{"وبحسب موقع Daily Beast الأخباري، فإن التنظيم نشر رسالة.", "Daily Beast|news_outlet|reported_by"},
		{"وطبقاً لمعهد أبحاث الإعلام في الشرق الأوسط فإن التطبيق ينتشر.", "MEMRI|think_tank|stated_by"},
		{"وقال دوروف لموقع TechCrunch إن التطبيق آمن.", "TechCrunch|news_outlet|reported_by"},
		{"Selon l'Institut Montaigne, 40 chaînes restent actives.", "Institut Montaigne|think_tank|stated_by"},
		{"Laut Bundesinnenministerium wurden 12 Gruppen verboten.", "Bundesinnenministerium|government|stated_by"},
		{"Según el Ministerio del Interior, 30 cuentas fueron cerradas.", "Ministerio del Interior|government|stated_by"},
		{"Secondo l'agenzia ANSA, 12 canali sono stati chiusi.", "ANSA|wire|reported_by"},
		{"По данным Европола, удалено 500 материалов.", "Europol|government|stated_by"},
		{"यूरोपोल के अनुसार 500 लिंक हटाए गए।", "Europol|government|stated_by"},
		{"وفقا لوزارة الداخلية، أغلقت 40 قناة.", "وزارة الداخلية|government|stated_by"},
	}
	for _, tt := range tests {
		r := Text(tt.text, Options{})
		var got []string
		for _, s := range r.Sources {
			got = append(got, s.Source.Name+"|"+string(s.Source.Kind)+"|"+string(s.Role))
		}
		if len(got) == 0 || got[0] != tt.want {
			t.Errorf("%q: sources %v, want %s", tt.text, got, tt.want)
		}
	}
	r := Text("Telegram said it had blocked 78 channels. The company added that 12 languages were affected.", Options{})
	for _, f := range figures(r) {
		if f.Verification != app.SelfReported {
			t.Errorf("%q: verification %s", f.Quote, f.Verification)
		}
	}
	r = Text("According to Reuters, Telegram blocked 78 channels.", Options{})
	if fs := figures(r); len(fs) != 1 || fs[0].Verification != app.Unreviewed {
		t.Errorf("reported figure %+v", fs)
	}
}

func TestNumberForms(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Telegram blocked 1,234 channels.", "1234 channels"},
		{"Telegram blocked 1.234 channels.", "1234 channels"},
		{"Telegram blocked 1 234 channels.", "1234 channels"},
		{"Telegram blocked 1\u00a0234 channels.", "1234 channels"},
		{"Telegram blocked 1\u202f234 channels.", "1234 channels"},
		{"حجبت الشركة ١٬٢٣٤ قناة.", "1234 channels"},
		{"حجبت الشركة ۱۲ قناة.", "12 channels"},
		{"حجبت الشركة ١٫٥ مليون حساب.", "1500000 accounts"},
		{"Удалено 2,04 млн аккаунтов.", "2040000 accounts"},
		{"Supprimés : 1,5 million de comptes.", "1500000 accounts"},
		{"Removed 1.2 million accounts.", "1200000 accounts"},
		{"Removed 1,234,567 posts.", "1234567 posts"},
		{"Entfernt wurden 1.234.567,5 Beiträge.", "1234567.5 posts"},
		{"Chiusi 10mila account.", "10000 accounts"},
		{"Removed 5k accounts.", "5000 accounts"},
		{"Removed twelve channels.", "12 channels"},
		{"Douze chaînes fermées.", "12 channels"},
		{"Zwölf Kanäle gesperrt.", "12 channels"},
		{"Doce canales cerrados.", "12 channels"},
		{"Dodici canali chiusi.", "12 channels"},
		{"Заблокировано двенадцать каналов.", "12 channels"},
		{"बारह चैनल बंद।", "12 channels"},
		{"أغلقت اثنا عشر قناة.", "12 channels"},
		{"أغلقت خمس وعشرون قناة.", "25 channels"},
		{"Removed twenty-five channels.", "25 channels"},
		{"Removed two hundred channels.", "200 channels"},
		{"Cerradas doscientas cuentas.", "200 accounts"},
		{"Removed 3 million accounts.", "3000000 accounts"},
		{"Закрыто 1,2 млрд сообщений.", "1200000000 posts"},
		{"हटाए गए 2 करोड़ पोस्ट।", "20000000 posts"},
		{"Blocked 2013 ISIS bots and channels.", "2013 bots_and_channels"},
		{"Fermées : 2013 chaînes.", "2013 channels"},
		{"أغلقت الشركة و330 قناة.", "330 channels"},
		{"أغلقت الشركة بـ12 قناة.", "12 channels"},
		{"وصل العدد إلى مليون حساب.", "1000000 accounts"},
		{"حذف أكثر من ألف مقطع.", "1000 videos"},
	}
	for _, tt := range tests {
		fs := figures(Text(tt.text, Options{}))
		if len(fs) != 1 || figureKey(fs[0]) != tt.want {
			var got []string
			for _, f := range fs {
				got = append(got, figureKey(f)+" "+f.Quote)
			}
			t.Errorf("%q: %v, want %s", tt.text, got, tt.want)
		}
	}
}

func TestConflicts(t *testing.T) {
	cs := []app.Claim{
		{Kind: app.ClaimFigure, Value: 78, Unit: "accounts", Quote: "78 accounts"},
		{Kind: app.ClaimFigure, Value: 78, Unit: "sites", Quote: "78 sites"},
		{Kind: app.ClaimFigure, Value: 78, Unit: "channels", Quote: "78 channels"},
		{Kind: app.ClaimFigure, Value: 12, Unit: "languages", Quote: "12 languages"},
		{Kind: app.ClaimFigure, Value: 12, Unit: "channels", Quote: "12 channels"},
	}
	Conflicts(cs)
	Conflicts(cs) // idempotent
	if len(cs[0].Conflicts) != 2 || len(cs[1].Conflicts) != 2 || len(cs[3].Conflicts) != 0 || len(cs[4].Conflicts) != 0 {
		t.Fatalf("conflicts: %v %v %v %v", cs[0].Conflicts, cs[1].Conflicts, cs[3].Conflicts, cs[4].Conflicts)
	}
}

func TestCrossConflicts(t *testing.T) {
	day := time.Date(2015, 11, 18, 0, 0, 0, 0, time.UTC)
	by := map[int64][]app.Claim{
		1: {{Kind: app.ClaimFigure, Value: 78, Unit: "channels", Platform: "Telegram", EventDate: day}},
		2: {{Kind: app.ClaimFigure, Value: 79, Unit: "channels", Platform: "Telegram", EventDate: day}},
		3: {{Kind: app.ClaimFigure, Value: 70, Unit: "channels", Platform: "Telegram", EventDate: day, Qualifier: app.QualMoreThan}},
		4: {{Kind: app.ClaimFigure, Value: 2013, Unit: "bots_and_channels", Platform: "Telegram", Period: "2016-12"}},
		5: {{Kind: app.ClaimFigure, Value: 2118, Unit: "channels", Platform: "Telegram", Period: "2016-12"}},
		6: {{Kind: app.ClaimFigure, Value: 2118, Unit: "channels", Platform: "Twitter", Period: "2016-12"}},
	}
	CrossConflicts(by, nil)
	CrossConflicts(by, nil)
	if got := by[1][0].Conflicts; len(got) != 1 || got[0].OtherNoticeID != 2 || got[0].OtherFigure() != "79 channels" ||
		got[0].Kind != app.ConflictValue || got[0].Period != "2015-11-18" {
		t.Errorf("notice 1: %v", got)
	}
	if got := by[3][0].Conflicts; len(got) != 0 {
		t.Errorf("more than 70 agrees with 78 and 79: %v", got)
	}
	if got := by[4][0].Conflicts; len(got) != 1 || got[0].OtherNoticeID != 5 || got[0].OtherFigure() != "2,118 channels" {
		t.Errorf("notice 4: %v", got)
	}
	if got := by[6][0].Conflicts; len(got) != 0 {
		t.Errorf("other platform: %v", got)
	}
}

// TestCrossConflictsRunningTotals: @isiswatch posts "Total this month" every
// day; totals as of different days are not one figure given twice, the
// same day's total given differently by two notices is.
func TestCrossConflictsRunningTotals(t *testing.T) {
	total := func(day, v int) app.Claim {
		return app.Claim{Kind: app.ClaimFigure, Value: float64(v), Unit: "bots_and_channels", Rate: app.RatePerMonth,
			Platform: "Telegram", Period: "2015-12", EventDate: time.Date(2015, 12, day, 0, 0, 0, 0, time.UTC)}
	}
	by := map[int64][]app.Claim{
		1: {total(5, 1200)},
		2: {total(20, 5400)},
		3: {total(20, 5500)},
		4: {{Kind: app.ClaimFigure, Value: 6000, Unit: "bots_and_channels", Rate: app.RatePerMonth, Platform: "Telegram", Period: "2015-12"}},
	}
	CrossConflicts(by, nil)
	if got := by[1][0].Conflicts; len(got) != 1 || got[0].OtherNoticeID != 4 || got[0].OtherFigure() != "6,000 bots and channels" {
		t.Errorf("5 December total: %v, want only the undated December total", got)
	}
	if got := by[2][0].Conflicts; len(got) != 2 {
		t.Errorf("20 December total: %v, want notice 3's total for the same day and notice 4's", got)
	}
	if got := by[4][0].Conflicts; len(got) != 3 {
		t.Errorf("the December total: %v, want each dated total", got)
	}
}

// TestCrossConflictsTableRows: rows of a transparency table about
// different countries give different figures for one platform, unit and
// period without contradicting each other; the same row twice does.
func TestCrossConflictsTableRows(t *testing.T) {
	row := func(v float64) []app.Claim {
		return []app.Claim{{Kind: app.ClaimFigure, Value: v, Unit: "requests", Platform: "Telegram", Period: "2023-01"}}
	}
	by := map[int64][]app.Claim{1: row(10), 2: row(20), 3: row(30)}
	dims := map[int64]string{1: Dimension(app.KindCSVRow, "Germany"), 2: Dimension(app.KindCSVRow, "France"), 3: Dimension(app.KindCSVRow, " germany ")}
	CrossConflicts(by, dims)
	if got := by[2][0].Conflicts; len(got) != 0 {
		t.Errorf("France against Germany: %v", got)
	}
	if got := by[1][0].Conflicts; len(got) != 1 || got[0].OtherNoticeID != 3 {
		t.Errorf("Germany twice: %v", got)
	}
}

func TestInvariants(t *testing.T) {
	for _, s := range []string{"", "78", "٧٨ حساباً", "\xff\xfe78 channels", "1,,,2 channels", "- - 5k", "١٫", "X (", "ال", "بـ", "9999999999999999999999 channels"} {
		checkInvariants(t, s, Text(s, Options{Published: time.Now()}))
	}
}

func checkInvariants(t *testing.T, s string, r Result) {
	t.Helper()
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	rs := []rune(s)
	for _, c := range r.Claims {
		if c.Start < 0 || c.Start > c.End || c.End > len(rs) {
			t.Fatalf("%q: bad span %d..%d", s, c.Start, c.End)
		}
		if c.Quote != string(rs[c.Start:c.End]) {
			t.Fatalf("%q: quote %q != text %q", s, c.Quote, string(rs[c.Start:c.End]))
		}
	}
}

// A figure's own month is its period; the nearest full date gives the
// period only to a figure that names none.
func TestOwnMonthIsThePeriod(t *testing.T) {
	pub := time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC)
	checkPeriods(t, pub, []periodCase{
		{"In May 5,000 channels were blocked; in June 2024 4,000 channels were blocked.", map[float64]string{5000: "2024-05", 4000: "2024-06"}},
		{"وفي مايو 640 قناة، وفي يونيو 2024 حظرت 700 قناة.", map[float64]string{640: "2024-05", 700: "2024-06"}},
		{"In June 2024 Telegram blocked 4,000 channels.", map[float64]string{4000: "2024-06"}},
	})
}
