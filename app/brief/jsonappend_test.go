package brief

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// marshal is what encoding/json writes for v with HTML escaping off, as
// `list --json` wrote it before AppendJSON.
func marshal(t testing.TB, v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// tricky strings: every escape encoding/json makes, Arabic and bidi
// controls, invalid UTF-8, HTML characters it leaves alone here.
var tricky = []string{
	"", "78 حساباً", "a\"b\\c", "line\nbreak\r\ttab", "\b\f\x00\x01\x1f\x7f",
	"<script>&amp;</script>", "\u2028\u2029", "\u200f\u202e\u202e", "bad \xff\xfe utf8 \xc3",
	"Total this month: 41 069", "ё й Ж", "emoji 🧵", "\xe2\x80", "\xed\xa0\x80",
	"قناة\u2028قناة \u2027\u202a\u2029", "\xe2\x80\xa8\xff",
}

var floats = []float64{0, math.Copysign(0, -1), 1, 78, 2.5, 1e-7, 1e-6, 123456789012, 1e20, 1e21, 1.5e300, -3.25, 12450000, 0.1}

func randomNotice(r *rand.Rand) Notice {
	s := func() string { return tricky[r.IntN(len(tricky))] }
	f := func() float64 { return floats[r.IntN(len(floats))] }
	ptr := func() *string {
		if r.IntN(3) == 0 {
			return nil
		}
		v := s()
		return &v
	}
	strs := func() []string {
		switch r.IntN(3) {
		case 0:
			return nil
		case 1:
			return []string{}
		}
		return []string{s(), s()}
	}
	conflicts := func() []Conflict {
		var ks []Conflict
		for range r.IntN(3) {
			ks = append(ks, Conflict{Kind: s(), Claim: int64(r.IntN(2)) * 7, Quote: s(), OtherNotice: int64(r.IntN(2)) * 9,
				OtherClaim: int64(r.IntN(2)) * 11, OtherValue: f(), OtherUnit: s(), OtherQuote: s(), OtherColumn: s(), Platform: s(), Period: s(), Reason: s()})
		}
		return ks
	}
	n := Notice{
		ID: r.Int64N(1 << 40), UID: s(), Title: s(), Body: s(), URL: s(), Summary: s(), Status: s(), Starred: r.IntN(2) == 0,
		Lang: s(), Direction: s(), Kind: s(), Platform: s(), Origin: s(), PublishedAt: ptr(), ImportedAt: ptr(),
		ContentHash: s(), Tags: strs(), Links: strs(), Conflicts: conflicts(),
	}
	if r.IntN(2) == 0 {
		n.Sources = []Source{}
		for range r.IntN(3) {
			n.Sources = append(n.Sources, Source{Name: s(), Kind: s(), Role: s(), URL: s(), UID: s(), Credibility: r.IntN(3)})
		}
	}
	if r.IntN(2) == 0 {
		n.Claims = []Claim{}
		for range r.IntN(4) {
			n.Claims = append(n.Claims, Claim{ID: int64(r.IntN(2)) * 5, UID: s(), Kind: s(), Value: f(), High: f(), Unit: s(),
				UnitText: s(), Qualifier: s(), Rate: s(), Start: r.IntN(100), End: r.IntN(100) - 1, Quote: s(), Prefix: s(),
				Suffix: s(), Actor: s(), Platform: s(), Date: s(), Period: s(), Category: s(), Verification: s(), Origin: s(),
				Orphaned: r.IntN(2) == 0, Tags: strs(), Conflicts: conflicts()})
		}
	}
	if r.IntN(2) == 0 {
		n.Notes = []Note{}
		for range r.IntN(3) {
			n.Notes = append(n.Notes, Note{UID: s(), Body: s(), Start: r.IntN(9), End: r.IntN(9), At: s(), Updated: s()})
		}
	}
	if r.IntN(2) == 0 {
		v := f()
		n.Score = &v
	}
	return n
}

func TestAppendJSONIsEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		n := randomNotice(r)
		want := marshal(t, n)
		got, err := n.AppendJSON(nil)
		if err != nil {
			t.Fatalf("notice %d: %v", i, err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("notice %d:\n got %s\nwant %s", i, got, want)
		}
	}
}

func TestAppendJSONRefusesWhatJSONRefuses(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		n := Notice{Claims: []Claim{{Value: f}}}
		if _, err := n.AppendJSON(nil); err == nil {
			t.Errorf("value %v: no error", f)
		}
		n = Notice{Conflicts: []Conflict{{OtherValue: f}}}
		if _, err := n.AppendJSON(nil); err == nil {
			t.Errorf("conflict value %v: no error", f)
		}
	}
}

func FuzzAppendJSON(f *testing.F) {
	for _, s := range tricky {
		f.Add(s, 78.0)
	}
	f.Fuzz(func(t *testing.T, s string, v float64) {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return
		}
		n := Notice{Title: s, Body: s + s, Claims: []Claim{{Quote: s, Value: v, High: v, Tags: []string{s}}}}
		got, err := n.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := marshal(t, n); !bytes.Equal(got, want) {
			t.Fatalf("got %s\nwant %s", got, want)
		}
	})
}

func BenchmarkNoticeJSON(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	ns := make([]Notice, 200)
	for i := range ns {
		ns[i] = randomNotice(r)
	}
	b.Run("encoding_json", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			marshal(b, ns[i%len(ns)])
		}
	})
	b.Run("append", func(b *testing.B) {
		var buf []byte
		for i := 0; b.Loop(); i++ {
			buf, _ = ns[i%len(ns)].AppendJSON(buf[:0])
		}
	})
}

// BenchmarkAppendString writes a desk's kinds of text: an Arabic story, a
// Russian post and an English statement, each about a notice's length.
func BenchmarkAppendString(b *testing.B) {
	texts := []string{
		strings.Repeat("حجب تيليغرام 78 قناة مرتبطة بتنظيم داعش بـ12 لغة. ", 16),
		strings.Repeat("Telegram заблокировал 4 518 каналов и ботов за сутки. ", 16),
		strings.Repeat("Telegram blocked 78 ISIS-related channels in 12 languages. ", 16),
	}
	var buf []byte
	for i := 0; b.Loop(); i++ {
		buf = appendString(buf[:0], texts[i%len(texts)])
	}
}
