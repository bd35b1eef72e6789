package safename

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestEscape(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "notices-2015.csv", "notices-2015.csv"},
		{"arabic stays", "بيان تلغرام ٢٠١٥.txt", "بيان تلغرام ٢٠١٥.txt"},
		{"right-to-left override", "statement\u202egnp.txt", `statement\u202egnp.txt`},
		{"every bidi control", "a\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u200e\u200f\u061cb",
			`a\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u200e\u200f\u061cb`},
		{"newline, tab, return", "a\nb\tc\rd", `a\nb\tc\rd`},
		{"terminal escape", "x\x1b[31mred", `x\x1b[31mred`},
		{"nul and del", "a\x00b\x7f", `a\x00b\x7f`},
		{"c1 control", "a\u0085b", `a\u0085b`},
		{"invisible format runes", "a\u200bb\u00adc\ufeffd", `a\u200bb\u00adc\ufeffd`},
		{"line and paragraph separators", "a\u2028b\u2029c", `a\u2028b\u2029c`},
		{"tag characters", "a\U000E0041b", `a\U000e0041b`},
		{"bytes that are not UTF-8", "a\xffb\xc3", `a\xffb\xc3`},
		{"a real replacement character stays", "a\uFFFDb", "a\uFFFDb"},
		{"joiners stay (Persian, emoji)", "می\u200cخواهم 👩\u200d💻", "می\u200cخواهم 👩\u200d💻"},
		{"windows path", `C:\Users\r\ملف.csv`, `C:\Users\r\ملف.csv`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Escape(tt.in); got != tt.want {
				t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLine(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"lines joined", "bad row\n  at line 3\r\n", "bad row at line 3"},
		{"separators are space", "a\u2028b\u2029c", "a b c"},
		{"override still escaped", "x.csv: cannot read\u202e", `x.csv: cannot read\u202e`},
		{"escape kept, spaces around it", "a \x1b b", `a \x1b b`},
		{"bad byte", "a\xfe b", `a\xfe b`},
		{"arabic message", "الملف  غير\tصالح", "الملف غير صالح"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Line(tt.in); got != tt.want {
				t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestPath(t *testing.T) {
	long := "/home/reporter/" + strings.Repeat("very-long-folder-name/", 20) + "notices.csv"
	tests := []struct {
		name, in string
		limit    int
		want     string
	}{
		{"short stays", "/tmp/a.csv", 40, "/tmp/a.csv"},
		{"long: start and file name kept", long, 40, "/home/reporte…ng-folder-name/notices.csv"},
		{"long file name alone", "/x/" + strings.Repeat("ب", 50) + ".csv", 20, "/…" + strings.Repeat("ب", 14) + ".csv"},
		{"escapes are not cut", "/a/" + strings.Repeat("\u202e", 30) + "z.txt", 12, `/…\u202e\u202e\u202e\u202e\u202ez.txt`},
		{"tiny limit counts as 8", "/abcdefghijkl", 1, "/…ghijkl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Path(tt.in, tt.limit); got != tt.want {
				t.Errorf("Path(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
			}
		})
	}
}

func TestBase(t *testing.T) {
	if got := Base("/tmp/in\u202ecod.exe", MaxBase); got != `in\u202ecod.exe` {
		t.Errorf("Base = %q", got)
	}
	if got := Base(`C:\x\y.csv`, MaxBase); got != "y.csv" {
		t.Errorf("Base = %q", got)
	}
	if got := Base("/dir/", MaxBase); got != "/dir/" {
		t.Errorf("Base of a folder = %q", got)
	}
}

func FuzzDisplay(f *testing.F) {
	for _, s := range []string{"a.csv", "statement\u202egnp.txt", "a\nb", "\xff\xfe", strings.Repeat("ملف/", 40), "\U000E0041"} {
		f.Add(s, 40)
	}
	f.Fuzz(func(t *testing.T, s string, limit int) {
		limit = limit%300 + 1
		for name, out := range map[string]string{"Escape": Escape(s), "Line": Line(s), "Path": Path(s, limit), "Base": Base(s, limit)} {
			if !utf8.ValidString(out) {
				t.Fatalf("%s(%q) = %q, not UTF-8", name, s, out)
			}
			for _, r := range out {
				if hidden(r) {
					t.Fatalf("%s(%q) = %q keeps %U", name, s, out, r)
				}
			}
		}
		if strings.ContainsRune(Line(s), '\n') {
			t.Fatalf("Line(%q) spans lines", s)
		}
		if u := cut(units(s), max(limit, 8)); len(u) > max(limit, 8) {
			t.Fatalf("Path(%q, %d) = %q, %d shown", s, limit, strings.Join(u, ""), len(u))
		}
		esc := Escape(s)
		if Escape(esc) != esc {
			t.Fatalf("Escape not idempotent on %q", s)
		}
		for _, r := range s {
			if unicode.IsLetter(r) && !strings.ContainsRune(esc, r) {
				t.Fatalf("Escape(%q) lost the letter %q", s, r)
			}
		}
	})
}
