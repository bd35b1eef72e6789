package ingest

import (
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// TestHeaderRowOrData: a row of a transparency table whose counts are all
// withheld ("Norway, NO, -, -, …, /en/countries/no.html", Twitter's table
// of January - June 2018) is data, not a new section's header, however
// its cells read ("NO" is also the "No." of a numbered column); a real
// second header still is one.
func TestHeaderRowOrData(t *testing.T) {
	prev := []string{"January - June 2018", "New Zealand", "NZ", "-", "-", "/en/countries/nz.html"}
	tests := []struct {
		name   string
		rec    []string
		header bool // headerRow
		repeat bool // repeatsRow with prev
	}{
		{"a row of dashes", []string{"January - June 2018", "Norway", "NO", "-", "-", "/en/countries/no.html"}, false, true},
		{"n/a cells", []string{"Norway", "n/a", "N/A"}, false, false},
		{"a link column", []string{"Country", "Flag", "/content/dam/flags/no.svg"}, false, false},
		{"a web address", []string{"Country", "https://transparency.twitter.com/"}, false, false},
		{"an e-mail", []string{"Contact", "press@example.org"}, false, false},
		{"a second section's header", []string{"Period", "Country", "Accounts withheld"}, true, false},
		{"a wide table's years", []string{"Country", "2019", "2020"}, true, false},
		{"a figure", []string{"Norway", "12"}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headerRow(tt.rec); got != tt.header {
				t.Errorf("headerRow(%q) = %v, want %v", tt.rec, got, tt.header)
			}
			if got := repeatsRow(tt.rec, prev); got != tt.repeat {
				t.Errorf("repeatsRow(%q) = %v, want %v", tt.rec, got, tt.repeat)
			}
		})
	}
}

// TestCellKinds: the cells that are neither a row's name nor a source.
func TestCellKinds(t *testing.T) {
	tests := []struct {
		cell                       string
		noData, address, file, src bool
	}{
		{"-", true, false, false, false},
		{"—", true, false, false, false},
		{"n/a", true, false, false, false},
		{"/en/countries/no.html", false, true, false, false},
		{"http://http://http://http://225:182", false, true, false, false},
		{"www.example.org/a", false, true, false, false},
		{"abuse@telegram.org", false, true, false, false},
		{"blocked-websites-MSM-world-cup.txt", false, false, true, false},
		{"india_music_industry_104_sites.txt", false, false, true, false},
		{"Report 2019.pdf", false, false, true, false},
		{"12", false, false, false, false},
		{"@isiswatch", false, false, false, true},
		{"Roskomnadzor", false, false, false, true},
		{"Europol IRU", false, false, false, true},
		{"Sites in India", false, false, false, true},
	}
	for _, tt := range tests {
		if got := noDataCell(tt.cell); got != tt.noData {
			t.Errorf("noDataCell(%q) = %v", tt.cell, got)
		}
		if got := addressCell(tt.cell); got != tt.address {
			t.Errorf("addressCell(%q) = %v", tt.cell, got)
		}
		if got := fileNameCell(tt.cell); got != tt.file {
			t.Errorf("fileNameCell(%q) = %v", tt.cell, got)
		}
		if got := sourceCell(tt.cell); got != tt.src {
			t.Errorf("sourceCell(%q) = %v", tt.cell, got)
		}
	}
}

// TestTextTitle: a saved page's headline, past a byline, a site's
// masthead and menu, and a weather widget (the first lines of real pages
// as stored: copts-united.com, almarjie-paris.com, news.mail.ru).
func TestTextTitle(t *testing.T) {
	para := "В мессенджере Telegram до сих пор доступны свыше 150 тысяч каналов и материалов, которые российские власти требовали запретить, сообщили в ведомстве."
	tests := []struct {
		name, body, want string
	}{
		{"a headline first", "Telegram bans 78 ISIS channels\n\n" + para, "Telegram bans 78 ISIS channels"},
		{"a Markdown heading", "# Weekly round-up\n\nDate: 2024-05-06\n", "Weekly round-up"},
		{"a byline first", "كتب – روماني صبري \nأفادت فضائية \"مداد نيوز\" السعودية، في تقرير لها", "أفادت فضائية \"مداد نيوز\" السعودية، في تقرير لها"},
		{"a masthead and a dateline", "رئيس التحرير\nعبد الرحيم علي\nad a b\n\n«مجموعات التليجرام».. وسيلة «داعش» للتواصل مع عناصره\n\nالخميس 06/ديسمبر/2018 - 12:06 م\nالمرجع\nأحمد لملوم\n" + para,
			"«مجموعات التليجرام».. وسيلة «داعش» للتواصل مع عناصره"},
		{"a menu and a widget", "Ричмонд\n+4°\nпасмурно\nПолитика\n© VK, 1999-2026\nО компании\n\nРоскомнадзор прокомментировал блокировку 400 тысяч каналов\n\n" + para,
			"Роскомнадзор прокомментировал блокировку 400 тысяч каналов"},
		{"a short first line and no headline", "Note\n" + para, "Note"},
		{"a crawler's date run into the headline", " date 2019-11-26 Europol disrupts ISIL's online activities in Europe\n\nTHE HAGUE-Anadolu Agency\n\n" + para,
			"Europol disrupts ISIL's online activities in Europe"},
		{"a short headline and a standfirst", "Telegram bans channels\nThe messenger removed 78 more of them\n" + para, "Telegram bans channels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := textTitle(tt.body); got != tt.want {
				t.Errorf("textTitle = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestLeadingDateInWords: a publication line with the date in words, and
// an Arabic dateline with slashes between its parts.
func TestLeadingDateInWords(t *testing.T) {
	tests := []struct {
		body, want string
	}{
		{"Headline\nتاريخ النشر: 1st, October 2023 GMT\nText", "2023-10-01"},
		{"Headline\nPublished on March 8, 2024\nText", "2024-03-08"},
		{"Headline\nОпубликовано: 17 February 2026\nText", "2026-02-17"},
		{"Headline\nDate: 2026-02-17\nText", "2026-02-17"},
		{"«مجموعات التليجرام»\n\nالخميس 06/ديسمبر/2018 - 12:06 م\nالمرجع", "2018-12-06"},
		{"Headline\nPublished: soon\nText", ""},
		{"Headline\nIn March 950 channels were closed.", ""},
		// a press room's stamp on a line of its own under the headline
		{"Europol and Telegram take on terrorist propaganda online\n\n25 November 2019\nPress Release\n", "2019-11-25"},
		{"Headline\nMarch 8, 2024\nText", "2024-03-08"},
		{"Headline\nBy March 2024 we had\nText", ""},
		{"Headline\n2019\nText", ""},
		{" date 2019-11-26 Europol disrupts ISIL's online activities\n\nText", "2019-11-26"},
		{"Headline\nDate created : 2015-05-12\nText", "2015-05-12"},
		{"Headline\nDate created: soon\nText", ""},
	}
	for _, tt := range tests {
		got := leadingDate(tt.body)
		s := ""
		if !got.IsZero() {
			s = got.UTC().Format(time.DateOnly)
		}
		if s != tt.want {
			t.Errorf("leadingDate(%q) = %q, want %q", tt.body, s, tt.want)
		}
	}
}

// TestParseCellFigure: a range cell is one figure with its two ends
// (Facebook's "11,000 - 12,000" requests from the United States in
// 2013-H1), a bound keeps its qualifier, and a cell that is neither is
// no figure.
func TestParseCellFigure(t *testing.T) {
	tests := []struct {
		cell, unit string
		ok         bool
		want       cellFigure
	}{
		{"1,547", "requests", true, cellFigure{value: 1547}},
		{"11,000 - 12,000", "requests", true, cellFigure{value: 11000, high: 12000}},
		{"3–4", "accounts", true, cellFigure{value: 3, high: 4}},
		{"20 to 30", "requests", true, cellFigure{value: 20, high: 30}},
		{"<10", "requests", true, cellFigure{value: 10, qual: "up_to"}},
		{"< 10", "requests", true, cellFigure{value: 10, qual: "up_to"}},
		{"1,000+", "requests", true, cellFigure{value: 1000, qual: "at_least"}},
		{">5", "requests", true, cellFigure{value: 5, qual: "more_than"}},
		{"12 - 3", "requests", false, cellFigure{}}, // ends out of order
		{"-", "requests", false, cellFigure{}},
		{"+", "requests", false, cellFigure{}},
		{"2013-H1", "requests", false, cellFigure{}},
		{"83.00%", "percent", true, cellFigure{value: 83}},
	}
	for _, tt := range tests {
		got, ok := parseCellFigure(tt.cell, tt.unit)
		if ok != tt.ok || got != tt.want {
			t.Errorf("parseCellFigure(%q) = %+v, %v; want %+v, %v", tt.cell, got, ok, tt.want, tt.ok)
		}
	}
}

// TestNamePeriod: the period a table's file name gives its rows.
func TestNamePeriod(t *testing.T) {
	tests := map[string]string{
		"Facebook-Government-Report-2013-H1":     "2013-H1",
		"removal-requests-report-jan-jun-2018":   "2018-H1",
		"information-requests-report-jul-dec-17": "",
		"transparency_Q3_2021":                   "2021-Q3",
		"TransparencyReports 2009-2013":          "",
		"report-2009-2013-H1":                    "",
		"google-user-data-requests":              "",
		"twitter-2019":                           "",
	}
	for name, want := range tests {
		if got := namePeriod(name); got != want {
			t.Errorf("namePeriod(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestRowLabels: the column names of a table row's body, where no figure
// the extractor reads may start.
func TestRowLabels(t *testing.T) {
	body := "Country: France\nRequests for User Data: 1,547\nNotes: 78 accounts"
	labels := rowLabels(body)
	if len(labels) != 3 {
		t.Fatalf("%d labels, want 3: %+v", len(labels), labels)
	}
	r := []rune(body)
	at := func(quote string) app.Claim {
		i := strings.Index(body, quote)
		s := len([]rune(body[:i]))
		return app.Claim{Kind: app.ClaimFigure, Start: s, End: s + len([]rune(quote))}
	}
	if c := at("User Data: 1,547"); !inLabel(c, labels) {
		t.Errorf("%q not in a label", string(r[c.Start:c.End]))
	}
	if c := at("78 accounts"); inLabel(c, labels) {
		t.Errorf("%q in a label", string(r[c.Start:c.End]))
	}
}
