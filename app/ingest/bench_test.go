package ingest

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"

	"github.com/takedowndesk/takedowndesk/store"
	_ "modernc.org/sqlite"
)

// The import benchmark (.ci/bench) uses two helpers that only run when
// asked:
//
//	go test -run TestGenerateBench -gen PATH [-gen-n 100000] ./app/ingest
//	go test -run TestBaselineInserts -baseline EXPORT -baseline-db DB ./app/ingest
var (
	genPath    = flag.String("gen", "", "write a synthetic Telegram export to this path")
	genN       = flag.Int("gen-n", 100000, "messages in the synthetic export")
	baseExport = flag.String("baseline", "", "export whose notices the baseline inserts")
	baseDB     = flag.String("baseline-db", "", "fresh database file for the baseline")
)

// TestGenerateBench writes a realistic single-channel export: daily ban
// posts in each wording era, English and Arabic stories with entities,
// service messages, media without text and exporter \xHH escapes.
func TestGenerateBench(t *testing.T) {
	if *genPath == "" {
		t.Skip("no -gen path")
	}
	if err := os.MkdirAll(filepath.Dir(*genPath), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(*genPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	if err := writeExport(w, *genN); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}

var (
	benchPlatforms = []string{"Telegram", "YouTube", "Facebook", "X", "TikTok"}
	benchUnits     = []string{"channels", "accounts", "groups", "videos", "posts"}
	arabicUnits    = []string{"قناة", "حساباً", "مجموعة", "مقطع فيديو", "منشوراً"}
)

func writeExport(w *bufio.Writer, n int) error {
	r := rand.New(rand.NewPCG(1, 2))
	start := time.Date(2016, 1, 1, 8, 0, 0, 0, time.UTC)
	fmt.Fprintf(w, "{\n \"name\": \"Desk Monitor\",\n \"type\": \"public_channel\",\n \"id\": 1400000001,\n \"messages\": [\n")
	for i := 1; i <= n; i++ {
		at := start.Add(time.Duration(i) * 23 * time.Minute)
		head := fmt.Sprintf("  {\n   \"id\": %d,\n   \"type\": \"%%s\",\n   \"date\": %q,\n   \"date_unixtime\": \"%d\",\n",
			i, at.Format("2006-01-02T15:04:05"), at.Unix())
		var text string
		var ents []string
		typ := "message"
		switch k := r.IntN(100); {
		case k < 3:
			typ = "service"
			fmt.Fprintf(w, head+"   \"actor\": \"Desk Monitor\",\n   \"actor_id\": \"channel1400000001\",\n   \"action\": \"pin_message\",\n   \"message_id\": %d,\n   \"text\": \"\",\n   \"text_entities\": []\n  }", typ, i-1)
			if i < n {
				w.WriteString(",\n")
			}
			continue
		case k < 6:
			text = ""
		case k < 40:
			day := at.AddDate(0, 0, -1)
			word := [3]string{"ISIS bots and channels", "terrorist bots and channels", "groups and channels related to terrorism"}[i%3]
			text = fmt.Sprintf("%d %s banned on %s, %d.\nTotal this month: %s", 50+r.IntN(3000), word, day.Month(), day.Day(), groupDigits(1000+r.IntN(90000)))
			ents = []string{plain(text)}
		case k < 65:
			p, u := benchPlatforms[r.IntN(len(benchPlatforms))], benchUnits[r.IntN(len(benchUnits))]
			lead := fmt.Sprintf("%s says it removed more than %d %s linked to the group in %d languages last week (post %d). ", p, 10+r.IntN(5000), u, 2+r.IntN(20), i)
			tail := "Researchers counted fewer. Read the statement: "
			link := fmt.Sprintf("https://example.org/statements/%d", i)
			text = lead + tail + link + " via \x0b@monitor"
			ents = []string{plain(lead + tail), fmt.Sprintf(`{"type": "link", "text": %q}`, link), plain(" via \x0b"), `{"type": "mention", "text": "@monitor"}`}
		case k < 90:
			text = fmt.Sprintf("أعلنت المنصة أنها حظرت %d %s مرتبطة بالتنظيم خلال يوم %d من الشهر، وقالت إن العدد الإجمالي بلغ %d.", 10+r.IntN(900), arabicUnits[r.IntN(len(arabicUnits))], 1+r.IntN(28), 1000+r.IntN(9000))
			ents = []string{`{"type": "bold", "text": "عاجل: "}`, plain(text)}
			text = "عاجل: " + text
		default:
			text = fmt.Sprintf("Weekly note %d: the desk checked %d claims; %d were disputed.", i, 5+r.IntN(50), r.IntN(5))
			ents = []string{plain(text)}
		}
		fmt.Fprintf(w, head, typ)
		fmt.Fprintf(w, "   \"from\": \"Desk Monitor\",\n   \"from_id\": \"channel1400000001\",\n")
		if text == "" {
			w.WriteString("   \"photo\": \"(File not included. Change data exporting settings to download.)\",\n   \"width\": 1280,\n   \"height\": 720,\n   \"text\": \"\",\n   \"text_entities\": []\n  }")
		} else {
			fmt.Fprintf(w, "   \"text\": %s,\n   \"text_entities\": [\n    %s\n   ]\n  }", exporterString(text), strings.Join(ents, ",\n    "))
		}
		if i < n {
			w.WriteString(",\n")
		}
	}
	w.WriteString("\n ]\n}\n")
	return nil
}

func plain(s string) string { return `{"type": "plain", "text": ` + exporterString(s) + `}` }

// exporterString quotes s the way Telegram Desktop does, control
// characters as \xHH.
func exporterString(s string) string {
	b, _ := json.Marshal(s)
	return strings.ReplaceAll(string(b), `\u000b`, `\x0B`)
}

func groupDigits(v int) string {
	s := fmt.Sprint(v)
	if len(s) <= 3 {
		return s
	}
	return s[:len(s)-3] + " " + s[len(s)-3:]
}

// TestBaselineInserts times plain prepared INSERTs of the same notice and
// claim rows an import of the export writes, into a fresh database the store
// created (schema, page size, connection settings): no dedup look-ups, sources,
// links or search index. Parsing and extraction are done before the clock
// starts. It prints "BASELINE <seconds>".
func TestBaselineInserts(t *testing.T) {
	if *baseExport == "" || *baseDB == "" {
		t.Skip("no -baseline export and -baseline-db")
	}
	col := &collectStore{}
	rep := File(context.Background(), col, *baseExport, Options{})
	if rep.Err != nil {
		t.Fatal(rep.Err)
	}
	// The store makes the file (page size, migrations); the rows then go in
	// through the driver alone.
	os.Remove(*baseDB)
	st, err := store.Open(*baseDB)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	db, err := sql.Open("sqlite", store.DSN(*baseDB)) // the store's own connection settings
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	begin := time.Now()
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	ins, err := tx.Prepare(`INSERT INTO notice (uid, title, body, url, lang, direction, kind, platform, origin,
		published_at, imported_at, content_hash, status, starred, summary) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		t.Fatal(err)
	}
	insClaim, err := tx.Prepare(`INSERT INTO claim (notice_id, kind, value, unit, unit_text, qualifier, rate, quote, start, "end",
		prefix, suffix, actor, platform, event_date, period, verification, origin, orphaned) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC().Format(time.RFC3339)
	for _, im := range col.all {
		n := im.Notice
		res, err := ins.Exec(n.UID, n.Title, n.Body, n.URL, n.Lang, string(n.Direction), string(n.Kind), n.Platform, n.Origin,
			n.PublishedAt.Format(time.RFC3339), now, n.ContentHash, string(n.Status), 0, n.Summary)
		if err != nil {
			t.Fatal(err)
		}
		id, _ := res.LastInsertId()
		for _, c := range im.Claims {
			var ev any
			if !c.EventDate.IsZero() {
				ev = c.EventDate.Format("2006-01-02")
			}
			if _, err := insClaim.Exec(id, string(c.Kind), c.Value, c.Unit, c.UnitText, string(c.Qualifier), string(c.Rate), c.Quote,
				c.Start, c.End, c.Prefix, c.Suffix, c.Actor, c.Platform, ev, c.Period, string(c.Verification), string(c.Origin), 0); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	fmt.Printf("BASELINE %.2f %d\n", time.Since(begin).Seconds(), len(col.all))
}

// collectStore keeps every notice it is given.
type collectStore struct{ all []app.Imported }

func (c *collectStore) Import(ctx context.Context, fn func(put func(app.Imported) (app.Outcome, error)) error) error {
	return fn(func(im app.Imported) (app.Outcome, error) {
		c.all = append(c.all, im)
		return app.OutcomeNew, nil
	})
}

// BenchmarkTelegramParse measures parsing and the pipeline without a
// database, on a 10,000-message export.
func BenchmarkTelegramParse(b *testing.B) {
	path := filepath.Join(b.TempDir(), "result.json")
	f, _ := os.Create(path)
	w := bufio.NewWriter(f)
	writeExport(w, 10000)
	w.Flush()
	f.Close()
	b.ResetTimer()
	for range b.N {
		if rep := File(context.Background(), &collectStore{}, path, Options{}); rep.Err != nil {
			b.Fatal(rep.Err)
		}
	}
}
