package ingest_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// TestTableDateOrder: a table's slash dates are read in the order the
// table itself shows. Apple's downloads date a half by its first and last
// days month first ("7/1/22", "12/31/22"): the 1st of July, never the 7th
// of January, and the row is dated by the half's last day; a table with a day-first date ("31/12/12", as Google's user
// data requests write them) is read day first; a table whose days could
// be either is read day first, as before. A row's period column names
// its period beside its days, and the title does not repeat them.
func TestTableDateOrder(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // title | published | first figure's period
	}{
		{"month first, a day past the 12th shows it",
			"TR Period,TR Start Date,TR End Date,Country/Region,Requests Received\n" +
				"2022 H2,7/1/22,12/31/22,United States of America,12\n" +
				"2022 H1,1/1/22,6/30/22,United States of America,10\n",
			[]string{"2022 H1 · United States of America | 2022-06-30 | 2022-H1",
				"2022 H2 · United States of America | 2022-12-31 | 2022-H2"}},
		{"day first, as Google writes its period endings",
			"Period Ending,Country,Requests\n31/12/12,Germany,120\n1/7/12,Germany,100\n",
			[]string{"Germany | 2012-07-01 | ", "Germany | 2012-12-31 | "}},
		{"either, read day first",
			"Date,Country,Requests\n7/1/22,France,12\n",
			[]string{"France | 2022-01-07 | "}},
		{"a register's dotted days are day first whatever its slashes say",
			"Дата,Домен,Запросы\n17.02.2026,example.ru,3\n",
			[]string{"example.ru | 2026-02-17 | "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openDB(t)
			importOK(t, db, writeFile(t, "table.csv", tt.body), ingest.Options{})
			var got []string
			for _, n := range allNotices(t, db) {
				p := ""
				if len(n.Claims) > 0 {
					p = n.Claims[0].Period
				}
				got = append(got, n.Title+" | "+n.PublishedAt.Format("2006-01-02")+" | "+p)
			}
			sort.Strings(got)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
