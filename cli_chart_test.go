package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// post is one message of a generated Telegram export.
type post struct {
	at   time.Time
	text string
}

// telegramExport writes a Telegram Desktop export of the channel's posts
// and returns its path.
func telegramExport(t *testing.T, name string, id int, posts []post) string {
	t.Helper()
	type msg struct {
		ID           int    `json:"id"`
		Type         string `json:"type"`
		Date         string `json:"date"`
		DateUnixtime string `json:"date_unixtime"`
		Text         string `json:"text"`
	}
	msgs := make([]msg, len(posts))
	for i, p := range posts {
		msgs[i] = msg{i + 1, "message", p.at.Format("2006-01-02T15:04:05"), fmt.Sprint(p.at.Unix()), p.text}
	}
	b, err := json.Marshal(map[string]any{"name": name, "type": "public_channel", "id": id, "messages": msgs})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "result.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// dailyExport writes a Telegram export of n daily moderation posts from
// 1 January 2017, each with its running monthly total.
func dailyExport(t *testing.T, n int) string {
	t.Helper()
	var posts []post
	total := 0
	for i := range n {
		d := time.Date(2017, 1, 1, 21, 30, 0, 0, time.UTC).AddDate(0, 0, i)
		if d.Day() == 1 {
			total = 0
		}
		v := 1000 + i*37%500
		total += v
		posts = append(posts, post{d, fmt.Sprintf("%d terrorist bots and channels banned on %s.\nTotal this month: %d", v, d.Format("January, 2"), total)})
	}
	return telegramExport(t, "ISIS Watch", 1, posts)
}

func TestChartCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "desk.db")
	if r := cli(t, "", "import", "--db", db, dailyExport(t, 40)); r.code != 0 {
		t.Fatalf("import: %d %s", r.code, r.stderr)
	}
	for _, tc := range []struct {
		file  string
		args  []string
		magic []byte
	}{
		{"all.svg", nil, []byte("<?xml")},
		{"jan.png", []string{"--platform", "telegram", "--unit", "bots_and_channels", "--from", "2017-01-01", "--to", "2017-01-31"}, []byte("\x89PNG")},
		{"all.pdf", nil, []byte("%PDF-")},
	} {
		out := filepath.Join(dir, tc.file)
		r := cli(t, "", append([]string{"chart", "--db", db, "-o", out}, tc.args...)...)
		if r.code != 0 || r.stderr != "" {
			t.Fatalf("chart %s: exit %d, %s", tc.file, r.code, r.stderr)
		}
		b, err := os.ReadFile(out)
		if err != nil || !bytes.HasPrefix(b, tc.magic) {
			t.Fatalf("%s: %v, starts %q", tc.file, err, b[:min(len(b), 8)])
		}
	}
	svg, _ := os.ReadFile(filepath.Join(dir, "all.svg"))
	for _, want := range []string{"Telegram · bots and channels · daily figures", "monthly totals", "80 figures", "Jan 2017"} {
		if !bytes.Contains(svg, []byte(want)) {
			t.Errorf("the SVG has no %q", want)
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"chart", "--db", db}, "chart: -o FILE.svg|png|pdf is required"},
		{[]string{"chart", "--db", db, "-o", filepath.Join(dir, "x.jpg")}, "x.jpg: the chart is written as .svg, .png or .pdf"},
		{[]string{"chart", "--db", db, "--from", "2017-02-30", "-o", filepath.Join(dir, "x.svg")}, `--from "2017-02-30" is not a day`},
		{[]string{"chart", "--db", db, "--from", "2017-02-01", "--to", "2017-01-01", "-o", filepath.Join(dir, "x.svg")}, "--to 2017-01-01 is before --from 2017-02-01"},
		{[]string{"chart", "--db", db, "--platform", "VK", "-o", filepath.Join(dir, "x.svg")}, "No figures about VK in this desk."},
		{[]string{"chart", "--db", db, "--from", "2018-01-01", "-o", filepath.Join(dir, "x.svg")}, "No figures from 2018-01-01 in this desk."},
	} {
		r := cli(t, "", tc.args...)
		if r.code != 1 || !strings.Contains(r.stderr, tc.want) || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want 1 and one line with %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "x.svg")); err == nil {
		t.Error("a failed chart left a file behind")
	}
}

// A chart of many units is drawn whole, with one line on stderr saying how
// to draw fewer panels; one of a unit, or of few, says nothing.
func TestChartCommandManyPanels(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "desk.db")
	var posts []post
	units := []string{"channels", "accounts", "groups", "videos", "websites"}
	for i := range 30 {
		d := time.Date(2017, 1, 1, 21, 30, 0, 0, time.UTC).AddDate(0, 0, i)
		u := units[1+(i/2)%(len(units)-1)]
		if i%2 == 0 {
			u = "channels" // the most figures
		}
		posts = append(posts, post{d, fmt.Sprintf("Telegram banned %d %s on %s.", 100+i, u, d.Format("January, 2"))})
	}
	export := telegramExport(t, "Bans", 2, posts)
	if r := cli(t, "", "import", "--db", db, export); r.code != 0 {
		t.Fatalf("import: %d %s", r.code, r.stderr)
	}
	r := cli(t, "", "chart", "--db", db, "-o", filepath.Join(dir, "all.svg"))
	if r.code != 0 || !strings.Contains(r.stderr, "5 panels") || !strings.Contains(r.stderr, "--unit channels") || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("whole desk: exit %d, stderr %q; want the chart and one line on how to draw fewer panels", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "all.svg")); err != nil {
		t.Errorf("the chart of many panels was not written: %v", err)
	}
	if r := cli(t, "", "chart", "--db", db, "--unit", "accounts", "-o", filepath.Join(dir, "acc.svg")); r.code != 0 || r.stderr != "" {
		t.Errorf("one unit: exit %d, stderr %q", r.code, r.stderr)
	}
}
