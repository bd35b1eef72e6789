package ingest_test

import (
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// TestTablePeriodBoundsDateTheEnd: a row dated by its period's first and
// last days is dated by the last, whichever column comes first (Apple's
// "TR Start Date" before "TR End Date", LinkedIn's report_end before
// report_start), as a row dated by "Period Ending" is; the period's first
// day is no day it was published. The period is the one they bound.
// Rows with one date keep it.
func TestTablePeriodBoundsDateTheEnd(t *testing.T) {
	tests := []struct {
		name, table    string
		published, per string
	}{
		{"apple.csv", "TR Period,TR Start Date,TR End Date,Country/Region,Requests Received\n2022 H2,7/1/22,12/31/22,Germany,12\n", "2022-12-31", "2022-H2"},
		{"start-first.csv", "Period start,Period end,Country,Requests\n2021-01-01,2021-06-30,France,7\n", "2021-06-30", "2021-H1"},
		{"end-first.csv", "report_end,report_start,country,memberDataRequests\n2011-12-31 23:59:59,2011-07-01 00:00:00,India,12\n", "2011-12-31", "2011-H2"},
		{"fr.csv", "Pays;Date début;Date fin;Demandes\nFrance;2023-01-01;2023-03-31;40\n", "2023-03-31", "2023-Q1"},
		{"from-to.csv", "Date from,Date to,Country,Requests\n2020-01-01,2020-12-31,Italy,5\n", "2020-12-31", "2020"},
		// one date: that day
		{"period-ending.csv", "Period Ending,Country,User Data Requests\n2012-12-31,Germany,1500\n", "2012-12-31", ""},
		{"date.csv", "Date,Country,Requests\n2012-07-01,Germany,15\n", "2012-07-01", ""},
		// a start with no later end beside it stays the row's day
		{"start-only.csv", "Start date,Country,Requests\n2019-07-01,Spain,3\n", "2019-07-01", ""},
		{"end-before.csv", "Start date,End date,Country,Requests\n2019-07-01,2019-06-30,Spain,3\n", "2019-07-01", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openDB(t)
			importOK(t, db, writeFile(t, tt.name, tt.table), ingest.Options{})
			ns := allNotices(t, db)
			if len(ns) != 1 {
				t.Fatalf("%d notices", len(ns))
			}
			if got := ns[0].PublishedAt.UTC().Format("2006-01-02"); got != tt.published {
				t.Errorf("published %s, want %s", got, tt.published)
			}
			for _, c := range ns[0].Claims {
				if c.Kind != app.ClaimFigure {
					continue
				}
				if c.Period != tt.per {
					t.Errorf("%v %s: period %q, want %q", c.Value, c.Unit, c.Period, tt.per)
				}
				if got := c.EventDate.Format("2006-01-02"); got != tt.published {
					t.Errorf("%v %s: dated %s, want %s", c.Value, c.Unit, got, tt.published)
				}
			}
		})
	}
}
