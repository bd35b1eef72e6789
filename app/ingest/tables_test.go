package ingest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// claimLine is a figure as a test compares it: "title | value unit (unit as written) period platform".
func claimLines(ns []app.Notice) []string {
	var out []string
	for _, n := range ns {
		for _, c := range n.Claims {
			if c.Kind != app.ClaimFigure || c.Origin != app.OriginFormat {
				continue
			}
			out = append(out, fmt.Sprintf("%s | %v %s (%s) %s %s", n.Title, c.Value, c.Unit, c.UnitText, c.Period, c.Platform))
		}
	}
	sort.Strings(out)
	return out
}

// Tables written for these tests in the shapes platforms publish.
func TestPlatformTableShapes(t *testing.T) {
	tests := []struct {
		name, file, body string
		want             []string // claimLines
		notes            string   // a phrase one report note holds
	}{
		{
			name: "long format", file: "community-standards.csv",
			body: "app,policy_area,metric,period,value\n" +
				"Facebook,Hate Speech,Content Actioned,2023-Q1,\"21,000,000\"\n" +
				"Facebook,Hate Speech,Proactive Rate,2023-Q1,95.3%\n" +
				"Instagram,Terrorism,Content Actioned,2023Q1,1200000\n" +
				"Instagram,Terrorism,Prevalence per 10000 views,2023Q1,0.05\n",
			want: []string{
				"Facebook · Hate Speech · Content Actioned · 2023-Q1 | 2.1e+07 content_items (Content Actioned) 2023-Q1 Facebook",
				"Facebook · Hate Speech · Proactive Rate · 2023-Q1 | 95.3 percent (Proactive Rate) 2023-Q1 Facebook",
				"Instagram · Terrorism · Content Actioned · 2023Q1 | 1.2e+06 content_items (Content Actioned) 2023-Q1 Instagram",
				"Instagram · Terrorism · Prevalence per 10000 views · 2023Q1 | 0.05 per_10000 (Prevalence per 10000 views) 2023-Q1 Instagram",
			},
		},
		{
			name: "result column next to the metric", file: "tiktok-enforcement.csv",
			body: "Country,Metric,Result\nGermany,Videos removed,102000\nGermany,Accounts banned,5400\nFrance,Videos removed,98000\n",
			want: []string{
				"France · Videos removed | 98000 videos (Videos removed)  TikTok",
				"Germany · Accounts banned | 5400 accounts (Accounts banned)  TikTok",
				"Germany · Videos removed | 102000 videos (Videos removed)  TikTok",
			},
		},
		{
			name: "wide format, years as columns", file: "removal-requests.csv",
			body: "Removal requests by country\ncountry,iso3,2019,2020,2021\nGermany,DEU,120,\"1,340\",980\nTurkey,TUR,4500,5100,\n",
			want: []string{
				"Removal requests by country: Germany · DEU | 120 requests (2019) 2019 ",
				"Removal requests by country: Germany · DEU | 1340 requests (2020) 2020 ",
				"Removal requests by country: Germany · DEU | 980 requests (2021) 2021 ",
				"Removal requests by country: Turkey · TUR | 4500 requests (2019) 2019 ",
				"Removal requests by country: Turkey · TUR | 5100 requests (2020) 2020 ",
			},
			notes: "passed over 1 line",
		},
		{
			name: "wide format without a title", file: "youtube-removals.csv",
			body: "country,iso3,2019,2020\nGermany,DEU,120,130\nEgypt,EGY,40,\n",
			want: []string{
				"Egypt · EGY | 40  (2019) 2019 YouTube",
				"Germany · DEU | 120  (2019) 2019 YouTube",
				"Germany · DEU | 130  (2020) 2020 YouTube",
			},
		},
		{
			// pandas' and R's melt: "variable" names what each value
			// counts; the observer column names the row beside the
			// platform it counts, never alone
			name: "melted table with a source column", file: "reports-per-platform.csv",
			body: "source,target,year,variable,value\nAmazon,Amazon,2021,accounts,33848\nNCMEC,Amazon,2021,accounts,33833\nNCMEC,Google,2021,accounts,875783\n",
			want: []string{
				"Amazon · Amazon · 2021 · accounts | 33848 accounts (accounts) 2021 ",
				"NCMEC · Amazon · 2021 · accounts | 33833 accounts (accounts) 2021 ",
				"NCMEC · Google · 2021 · accounts | 875783 accounts (accounts) 2021 ",
			},
		},
		{
			// digits grouped by underscores are one number; the year
			// names the row when no other cell does
			name: "underscore-grouped counts", file: "hotline-reports.csv",
			body: "year,accounts,urls\n2023,392_665,45\n2024,\"1_424_047\",16\n",
			want: []string{
				"2023 | 392665 accounts (accounts) 2023 ",
				"2023 | 45 urls (urls) 2023 ",
				"2024 | 1.424047e+06 accounts (accounts) 2024 ",
				"2024 | 16 urls (urls) 2024 ",
			},
		},
		{
			name: "sections with their own headers", file: "report.csv",
			body: "Accounts removed,,\ncountry,2022,2023\nEgypt,10,20\n\nYouTube videos removed,,\nPolicy,Metric,Value\nViolent extremism,Videos removed,300\n",
			want: []string{
				"Accounts removed: Egypt | 10 accounts (2022) 2022 ",
				"Accounts removed: Egypt | 20 accounts (2023) 2023 ",
				"YouTube videos removed: Violent extremism · Videos removed | 300 videos (Videos removed)  YouTube",
			},
			notes: "sections",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openDB(t)
			rep := importOK(t, db, writeFile(t, tt.file, tt.body), ingest.Options{})
			got := claimLines(allNotices(t, db))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("figures:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if tt.notes != "" && !strings.Contains(strings.Join(rep.Notes, "\n"), tt.notes) {
				t.Errorf("notes %q, want one saying %q", rep.Notes, tt.notes)
			}
			again := importOK(t, db, writeFile(t, tt.file, tt.body), ingest.Options{})
			if again.New != 0 || again.Updated != 0 {
				t.Errorf("second import: %d new, %d updated; want all duplicates", again.New, again.Updated)
			}
		})
	}
}

// TestRegisterDumpWithPreamble: a windows-1251 register dump whose first
// line is the date it was drawn up, above its header.
func TestRegisterDumpWithPreamble(t *testing.T) {
	text := "Updated: 2019-05-31 12:00:00 +0000\n" +
		"Номер;Домен;Орган;Решение;Дата\n" +
		"1;example.ru;Генпрокуратура;27-31-2018/Ид2971-18;2018-06-05\n" +
		"2;example.org;Роскомнадзор;2-6-27/ок;2018-06-07\n" +
		"3;example.net;Суд;2а-123/2018;2018-07-01\n"
	b, err := charmap.Windows1251.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "dump.csv")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	db := openDB(t)
	rep := importOK(t, db, path, ingest.Options{})
	if rep.Format != "csv" || rep.Encoding != "windows-1251" || rep.New != 3 {
		t.Errorf("read as %s in %s (%.2f), %d new; want csv in windows-1251, 3 new", rep.Format, rep.Encoding, rep.Confidence, rep.New)
	}
	if !strings.Contains(strings.Join(rep.Notes, " "), "Updated: 2019-05-31") {
		t.Errorf("notes %q, want the preamble named", rep.Notes)
	}
	for _, n := range allNotices(t, db) {
		if !strings.Contains(n.Body, "Орган: ") || n.Lang != "ru" {
			t.Errorf("notice %q (%s) body %q, want the header's Cyrillic names", n.Title, n.Lang, n.Body)
		}
	}
}
