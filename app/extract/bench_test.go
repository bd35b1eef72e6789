package extract

import (
	"strings"
	"testing"
	"time"
)

// benchArticle builds a mixed article of about 5,000 words from the test
// sentences in all eight languages plus filler prose.
func benchArticle(tb testing.TB) string {
	cases := loadCases(tb)
	var b strings.Builder
	words := 0
	filler := "The reporter checked every figure against the statement and asked the platform for comment before publication, "
	for words < 5000 {
		for _, c := range cases {
			b.WriteString(c.Text)
			b.WriteByte(' ')
			words += len(strings.Fields(c.Text))
			if words%7 == 0 {
				b.WriteString(filler)
				words += len(strings.Fields(filler))
			}
			if words >= 5000 {
				break
			}
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkText5000Words runs the extractor over a ~5,000-word article.
func BenchmarkText5000Words(b *testing.B) {
	text := benchArticle(b)
	opt := Options{Published: time.Date(2016, 12, 31, 0, 0, 0, 0, time.UTC)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		Text(text, opt)
	}
	reportCPU(b, cpu0)
}

// reportCPU adds the process CPU time per op (all threads, GC included).
func reportCPU(b *testing.B, cpu0 time.Duration) {
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(float64(d.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkBaselineFields5000Words is the baseline: one strings.Fields pass
// and a lower-casing of every word over the same article.
func BenchmarkBaselineFields5000Words(b *testing.B) {
	text := benchArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, w := range strings.Fields(text) {
			n += len(strings.ToLower(w))
		}
	}
	reportCPU(b, cpu0)
	_ = n
}

// BenchmarkTextPerNotice extracts every published sentence of the real
// sets, each as its own short notice, and reports the time per notice.
func BenchmarkTextPerNotice(b *testing.B) {
	var texts []string
	for _, set := range realSets {
		for _, rc := range loadRealCases(b, set.file) {
			texts = append(texts, rc.Text)
		}
	}
	opt := Options{Published: time.Date(2016, 12, 31, 0, 0, 0, 0, time.UTC)}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Text(t, opt)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(texts)), "ns/notice")
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(float64(d.Nanoseconds())/float64(b.N*len(texts)), "cpu-ns/notice")
	}
}
