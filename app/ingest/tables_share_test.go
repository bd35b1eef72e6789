package ingest_test

import (
	"strings"
	"testing"

	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// TestTableShapesShares: platforms' long tables give rates and shares as
// fractions ("0.938" for 93.8%, as TikTok's enforcement download does),
// name quarters by their months ("Jul-Sep 2020") and mark a count with a
// footnote ("6*", as Twitter's information requests report does). A
// fraction is that share of a hundred, per cent; a share written with its
// sign, a percentage column, a count or a rate per million keeps its
// value; a quarter is the quarter a period column's months make.
func TestTableShapesShares(t *testing.T) {
	tests := []struct {
		name, file, body string
		want             []string // claimLines
	}{
		{
			name: "fractions in a long table", file: "tiktok-enforcement.csv",
			body: "Metric,Period,Issue policy,Result\n" +
				"Removal rate within 24 hours,Jul-Sep 2020,All,0.9109999999999999\n" +
				"Proactive removal rate,Jul-Sep 2020,Minor safety,0.975\n" +
				"Category share,Jul-Sep 2020,Minor safety,0.41\n" +
				"Video: Removal rate of published,Jul-Sep 2020,All,0.006\n" +
				"Removal rate before any views,Jul-Sep 2020,All,1.0\n" +
				"Total videos removed,Jul-Sep 2020,All,43086543.0\n",
			want: []string{
				"Category share · Jul-Sep 2020 · Minor safety | 41 percent (Category share) 2020-Q3 TikTok",
				"Proactive removal rate · Jul-Sep 2020 · Minor safety | 97.5 percent (Proactive removal rate) 2020-Q3 TikTok",
				"Removal rate before any views · Jul-Sep 2020 · All | 100 percent (Removal rate before any views) 2020-Q3 TikTok",
				"Removal rate within 24 hours · Jul-Sep 2020 · All | 91.1 percent (Removal rate within 24 hours) 2020-Q3 TikTok",
				"Total videos removed · Jul-Sep 2020 · All | 4.3086543e+07 videos (Total videos removed) 2020-Q3 TikTok",
				"Video: Removal rate of published · Jul-Sep 2020 · All | 0.6 percent (Video: Removal rate of published) 2020-Q3 TikTok",
			},
		},
		{
			name: "French and Arabic shares as fractions", file: "rapport-moderation.csv",
			body: "pays,indicateur,période,valeur\n" +
				"France,Taux de retrait proactif,juillet-septembre 2021,0.87\n" +
				"مصر,نسبة الحذف,Apr-Jun 2022,0.5\n",
			want: []string{
				"France · Taux de retrait proactif · juillet-septembre 2021 | 87 percent (Taux de retrait proactif) 2021-Q3 ",
				"مصر · نسبة الحذف · Apr-Jun 2022 | 50 percent (نسبة الحذف) 2022-Q2 ",
			},
		},
		{
			// near misses: a share with its sign, a percentage column, a
			// whole-number rate, a rate above one, a rate per million
			name: "shares that are no fractions", file: "meta-enforcement.csv",
			body: "app,policy_area,metric,period,value\n" +
				"Facebook,Spam,Proactive rate,2023Q4,99.10%\n" +
				"Facebook,Spam,Percentage of content appealed,2023Q4,0.5\n" +
				"Facebook,Spam,Proactive rate,2023Q3,1\n" +
				"Facebook,Spam,Restoration rate,2023Q2,12.5\n" +
				"Facebook,Spam,Views per million,2023Q1,0.3\n" +
				"Facebook,Spam,Content Actioned,2023Q1,0.5\n",
			want: []string{
				"Facebook · Spam · Content Actioned · 2023Q1 | 0.5 content_items (Content Actioned) 2023-Q1 Facebook",
				"Facebook · Spam · Percentage of content appealed · 2023Q4 | 0.5 percent (Percentage of content appealed) 2023-Q4 Facebook",
				"Facebook · Spam · Proactive rate · 2023Q3 | 1 percent (Proactive rate) 2023-Q3 Facebook",
				"Facebook · Spam · Proactive rate · 2023Q4 | 99.1 percent (Proactive rate) 2023-Q4 Facebook",
				"Facebook · Spam · Restoration rate · 2023Q2 | 12.5 percent (Restoration rate) 2023-Q2 Facebook",
				"Facebook · Spam · Views per million · 2023Q1 | 0.3 per_million (Views per million) 2023-Q1 Facebook",
			},
		},
		{
			name: "quarters and halves by their months", file: "enforcement-by-quarter.csv",
			body: "Metric,Period,Result\n" +
				"Accounts removed,Oct-Dec 2020,974454\n" +
				"Accounts removed,Apr–Jun 2021,2093045\n" +
				"Accounts removed,Jan-Jun 2022,120\n" +
				"Accounts removed,Mar-Jul 2022,7\n",
			want: []string{
				"Accounts removed · Apr–Jun 2021 | 2.093045e+06 accounts (Accounts removed) 2021-Q2 ",
				"Accounts removed · Jan-Jun 2022 | 120 accounts (Accounts removed) 2022-H1 ",
				"Accounts removed · Mar-Jul 2022 | 7 accounts (Accounts removed) mar-jul 2022 ",
				"Accounts removed · Oct-Dec 2020 | 974454 accounts (Accounts removed) 2020-Q4 ",
			},
		},
		{
			// "*" alone withholds a count; "6*" is 6 with a footnote
			name: "counts with a footnote mark", file: "information-requests-report-jan-jun-2017.csv",
			body: "TIME PERIOD,COUNTRY,ACCOUNT INFORMATION REQUESTS,ACCOUNTS SPECIFIED\n" +
				"January - June 2017,Bahrain,6*,6\n" +
				"January - June 2017,Japan,\"1,384†\",\"1,993\"\n" +
				"January - June 2017,Chile,*,1\n" +
				"January - June 2017,Peru,**,-\n",
			want: []string{
				"January - June 2017 · Bahrain | 6 accounts (ACCOUNTS SPECIFIED) 2017-H1 ",
				"January - June 2017 · Bahrain | 6 requests (ACCOUNT INFORMATION REQUESTS) 2017-H1 ",
				"January - June 2017 · Chile | 1 accounts (ACCOUNTS SPECIFIED) 2017-H1 ",
				"January - June 2017 · Japan | 1384 requests (ACCOUNT INFORMATION REQUESTS) 2017-H1 ",
				"January - June 2017 · Japan | 1993 accounts (ACCOUNTS SPECIFIED) 2017-H1 ",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openDB(t)
			importOK(t, db, writeFile(t, tt.file, tt.body), ingest.Options{})
			got := claimLines(allNotices(t, db))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("figures:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestTableUnitColumn: a long table may give each row's unit in a column
// of its own ("CountUnit": requests or urls, as Google's European privacy
// requests data does) beside the value; each value counts in its row's
// unit, and the row is named by all it is about, so the requests and the
// URLs, the outcomes and the days of one country are different figures.
func TestTableUnitColumn(t *testing.T) {
	tests := []struct {
		name, file, body string
		want             []string // claimLines
	}{
		{
			name: "a unit column", file: "google-europe-privacy.csv",
			body: "CountryName,CountryCode,CountUnit,Issue,Outcome,VALUE,logdate\n" +
				"Germany,DE,requests,private_personal_info,complied,12000,2014-10-11\n" +
				"Germany,DE,urls,private_personal_info,complied,38825,2014-10-11\n" +
				"Germany,DE,requests,private_personal_info,complied,12001,2014-10-12\n",
			want: []string{
				"Germany · DE · requests · private_personal_info · complied · 2014-10-11 | 12000 requests (requests)  Google",
				"Germany · DE · requests · private_personal_info · complied · 2014-10-12 | 12001 requests (requests)  Google",
				"Germany · DE · urls · private_personal_info · complied · 2014-10-11 | 38825 urls (urls)  Google",
			},
		},
		{
			name: "a French unit column", file: "rapport.csv",
			body: "pays,unité,valeur\nFrance,comptes,120\nFrance,chaînes,45\n",
			want: []string{
				"France · chaînes | 45 channels (chaînes)  ",
				"France · comptes | 120 accounts (comptes)  ",
			},
		},
		{
			name: "an Arabic unit column", file: "taqrir.csv",
			body: "البلد,الوحدة,القيمة\nمصر,قنوات,640\nمصر,حسابات,75\n",
			want: []string{
				"مصر · حسابات | 75 accounts (حسابات)  ",
				"مصر · قنوات | 640 channels (قنوات)  ",
			},
		},
		{
			// a value column beside no unit or metric column stays no
			// figure: nothing says what it counts
			name: "a value with nothing naming its unit", file: "values.csv",
			body: "country,issue,value\nGermany,political,11\nGermany,cp,12\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openDB(t)
			importOK(t, db, writeFile(t, tt.file, tt.body), ingest.Options{})
			got := claimLines(allNotices(t, db))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("figures:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if n := conflictsOf(t, db); n != 0 {
				t.Errorf("%d conflicts between rows about different things", n)
			}
		})
	}
}
