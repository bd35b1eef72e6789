package brief

import (
	"bufio"
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// genDesk makes notices on the fly, as a store would stream them: a desk of
// any size in constant memory. Every notice has one figure claim, a daily
// count of one of 40 channels; one in ten is in English, so the workbook's
// sheets run right to left; two in a hundred conflict with each other.
type genDesk struct{ n int }

// group is the channel and the day of notice i.
func (g genDesk) group(i int) (channel, day int) {
	k := i
	if i%100 == 1 {
		k = i - 1
	}
	return k % 40, k / 40
}

func (g genDesk) notice(i int) app.Notice {
	ch, d := g.group(i)
	day := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d)
	platform := fmt.Sprintf("Telegram channel %d", ch)
	v := float64(1000 + i%977)
	n := app.Notice{
		ID: int64(i + 1), UID: fmt.Sprintf("%032x", i), Platform: platform, Status: app.StatusNew, PublishedAt: day,
		Kind: app.KindTelegramPost, Origin: fmt.Sprintf("channel:1001/%d", i), Direction: app.RTL, Lang: "ar",
		Title:   fmt.Sprintf("حصيلة اليوم: حظر %d قناة وبوت", int(v)),
		Body:    fmt.Sprintf("أعلنت المنصة أنها حظرت اليوم %d قناة وبوتاً تنشر دعاية متطرفة، ليرتفع المجموع منذ بداية الشهر.", int(v)),
		Sources: []app.SourceLink{{Source: app.Source{Name: "Telegram", Kind: app.SourcePlatformStatement}, Role: app.RoleStatedBy}},
		Claims: []app.Claim{{ID: int64(i + 1), NoticeID: int64(i + 1), Kind: app.ClaimFigure, Value: v, Unit: "bots_and_channels",
			UnitText: "قناة وبوتاً", Quote: fmt.Sprintf("%d قناة وبوتاً", int(v)), Start: 30, End: 45, Platform: platform,
			EventDate: day, Verification: app.SelfReported, Origin: app.OriginFormat}},
	}
	if i%100 <= 1 && i+1 < g.n { // notices i and i+1 (i%100 == 0) give the same day different counts
		other := i + 1
		if i%100 == 1 {
			other = i - 1
		}
		n.Claims[0].Conflicts = []app.Conflict{{Kind: app.ConflictValue, ClaimID: int64(i + 1), NoticeID: int64(i + 1),
			OtherClaimID: int64(other + 1), OtherNoticeID: int64(other + 1), OtherValue: float64(1000 + other%977),
			OtherUnit: "bots_and_channels", Platform: platform, Period: day.Format("2006-01-02")}}
	}
	if i%10 == 0 {
		n.Title, n.Body, n.Direction, n.Lang = "Daily ban tally", fmt.Sprintf("%d bots and channels banned today.", int(v)), app.LTR, "en"
		n.Claims[0].Quote, n.Claims[0].UnitText = fmt.Sprintf("%d bots and channels", int(v)), "bots and channels"
	}
	return n
}

func (g genDesk) IDs(context.Context, app.Query) ([]int64, error) {
	ids := make([]int64, g.n)
	for i := range ids {
		ids[i] = int64(i + 1)
	}
	return ids, nil
}

func (g genDesk) EachOf(ctx context.Context, ids []int64, fn func(app.Notice) error) error {
	for _, id := range ids {
		if err := fn(g.notice(int(id) - 1)); err != nil {
			return err
		}
	}
	return nil
}

func benchExport(b *testing.B, f Format) {
	dir := b.TempDir()
	for b.Loop() {
		if err := Export(context.Background(), genDesk{100_000}, Request{Format: f, Flavour: ForExcel}, dir+"/brief"+f.Ext()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExport100kCSV is a 100,000-claim brief, Excel flavour.
func BenchmarkExport100kCSV(b *testing.B) { benchExport(b, BriefCSV) }

// BenchmarkExport100kXLSX is the same brief as a workbook (both sheets).
func BenchmarkExport100kXLSX(b *testing.B) { benchExport(b, Workbook) }

// BenchmarkBaselineCSV100k writes the same strings with encoding/csv and
// nothing else: no columns, no conflicts, no neutralising.
func BenchmarkBaselineCSV100k(b *testing.B) {
	dir := b.TempDir()
	for b.Loop() {
		if err := baselineCSV(dir+"/baseline.csv", 100_000); err != nil {
			b.Fatal(err)
		}
	}
}

func baselineCSV(path string, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 64<<10)
	cw := csv.NewWriter(w)
	g := genDesk{n}
	cw.Write(DefaultColumns())
	for i := range n {
		nt := g.notice(i)
		c := nt.Claims[0]
		cw.Write([]string{nt.Title, number(c.Value), c.Unit, c.Quote, sourceList(nt.Sources), string(c.Verification),
			string(c.Qualifier), string(c.Rate), c.UnitText, date(c.EventDate), c.Period, "", tagNames(c.Tags), c.Actor,
			date(nt.PublishedAt), nt.Platform, string(nt.Status), tagNames(nt.Tags), "", string(c.Kind), string(c.Origin),
			nt.URL, nt.Origin, nt.UID, fmt.Sprint(nt.ID), fmt.Sprint(c.ID)})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

var (
	benchOut = flag.String("bench-export", "", "write a generated desk's export to this file (for timing and peak memory from outside)")
	benchN   = flag.Int("bench-n", 100_000, "notices in the generated desk")
	benchFmt = flag.String("bench-format", "xlsx", "format of -bench-export, or baseline for encoding/csv alone")
)

// TestBenchExport writes one export of a generated desk when asked
// (-bench-export FILE), so a script can measure its time and peak RSS.
func TestBenchExport(t *testing.T) {
	if *benchOut == "" {
		t.Skip("no -bench-export")
	}
	start := time.Now()
	var err error
	if *benchFmt == "baseline" {
		err = baselineCSV(*benchOut, *benchN)
	} else {
		var f Format
		if f, err = ParseFormat(*benchFmt); err == nil {
			err = Export(context.Background(), genDesk{*benchN}, Request{Format: f, Flavour: ForExcel}, *benchOut)
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("EXPORT %s %d %.2f s\n", *benchFmt, *benchN, time.Since(start).Seconds())
}
