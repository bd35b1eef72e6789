package ingest

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzDates: every date reader takes any text without panicking, and a
// date it finds is a real one in the years a notice can have.
func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"2015-11-18T10:30:00+03:00", "2015-11-18 10:30:00", "Wed, 18 Nov 2015 10:30:00 EST",
		"18/11/2015", "11/18/2015 10:30", "31.12.2019", "2019-13-45", "2023-Q1", "١٨/١١/٢٠١٥",
		"دمشق، 28 آب/اغسطس 2013 (رويترز)", "18 نوفمبر 2015", "18 تشرين الثاني/نوفمبر ٢٠١٥",
		"January 27, 2017", "Jan. 2, 2006", "UTC+3", "+05:30", "-0430", "Europe/Moscow", "GMT-99",
	} {
		f.Add(s)
	}
	inRange := func(t *testing.T, what, s string, d time.Time) {
		if y := d.Year(); y < 1 || y > 9999 {
			t.Fatalf("%s(%q) = %v", what, s, d)
		}
		if d.Location() != time.UTC {
			t.Fatalf("%s(%q) = %v, not in UTC", what, s, d)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := parseDate(s); ok {
			inRange(t, "parseDate", s, d)
		}
		if d, ok := slashDate(s); ok {
			inRange(t, "slashDate", s, d)
		}
		if d, ok := arabicDate(s); ok && (d.Year() < 1900 || d.Year() > 2200) {
			t.Fatalf("arabicDate(%q) = %v", s, d)
		}
		if d, ok := textDate(s); ok && (d.Year() < 1900 || d.Year() > 2200) {
			t.Fatalf("textDate(%q) = %v", s, d)
		}
		if a := asciiDigits(s); utf8.ValidString(s) && !utf8.ValidString(a) {
			t.Fatalf("asciiDigits(%q) = %q, not UTF-8", s, a)
		}
		loc, err := ParseZone(s)
		if err != nil && strings.Contains(err.Error(), "\n") && !strings.Contains(s, "\n") {
			t.Fatalf("ParseZone(%q): error spans lines: %v", s, err)
		}
		if err == nil && loc != nil {
			// An offset zone is within what real zones use.
			_, off := time.Date(2020, 1, 1, 0, 0, 0, 0, loc).Zone()
			if off < -24*3600 || off > 24*3600 {
				t.Fatalf("ParseZone(%q) offset %d s", s, off)
			}
		}
	})
}

// FuzzCSVMapping imports tables with column choices a reporter could make
// in the window or with --csv-* flags, including columns the table does
// not have, figures in the title column and a wrong delimiter: nothing may
// panic, and a refused table stores nothing.
func FuzzCSVMapping(f *testing.F) {
	for _, s := range []string{
		"title,text,date,count\nA,78 channels,2015-11-18,78\nB,12 languages,18/11/2015,12\n",
		"app,policy_area,metric,period,value\nFacebook,Hate Speech,Content Actioned,2023-Q1,\"21,000,000\"\n",
		"country;2019;2020\nGermany;120;\"1.340\"\n",
		"Accounts removed,,\ncountry,2022,2023\nEgypt,10,20\n",
		"a\tb\tc\n1\t2\t3\n",
	} {
		f.Add([]byte(s), int8(0), int8(1), int8(2), int8(-1), int8(3), int8(3), byte(','), true, uint8(0), false, int8(-1))
	}
	f.Add([]byte("x,y\n1,2\n"), int8(40), int8(-7), int8(99), int8(5), int8(-1), int8(100), byte(';'), false, uint8(200), true, int8(1))
	f.Fuzz(func(t *testing.T, b []byte, title, text, date, platform, url, figure int8, delim byte, header bool, skip uint8, long bool, period int8) {
		m := CSVMapping{
			Title: int(title), Text: int(text), Date: int(date), Platform: int(platform), URL: int(url),
			Figures: map[int]string{}, Delimiter: rune(delim), HasHeader: header, Skip: int(skip),
			Long: long, Metric: int(title), Value: int(figure),
		}
		if figure >= 0 {
			m.Figures[int(figure)] = "channels"
		}
		if period >= 0 {
			m.Periods = map[int]string{int(period): "2020"}
			m.Labels = []int{int(title), int(period) + 1}
		}
		fuzzImportOpt(t, "csv", b, Options{CSV: &m})
		// The guess on the same bytes must also import.
		if g, _, err := GuessCSV("fuzz.csv", b); err == nil {
			fuzzImportOpt(t, "csv", b, Options{CSV: &g})
		}
	})
}

// fuzzImportOpt is fuzzImport with import options.
func fuzzImportOpt(t *testing.T, format string, data []byte, opt Options) {
	recoverPanics = false
	defer func() { recoverPanics = true }()
	noExtract(t)
	st := &fakeStore{}
	rep := run(context.Background(), st, Report{File: "fuzz", Format: format}, &countingReader{r: bytes.NewReader(data)}, int64(len(data)), opt)
	if rep.Err != nil {
		if len(st.notices) != 0 {
			t.Fatalf("%d notices kept after error %v", len(st.notices), rep.Err)
		}
		if strings.Contains(rep.Err.Error(), "\n") {
			t.Fatalf("error spans lines: %q", rep.Err)
		}
	}
}
