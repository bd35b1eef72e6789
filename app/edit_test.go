package app

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// fold is a stand-in for search.Fold (app cannot import it): the Arabic
// rules FindQuote relies on, and case.
func fold(r rune) rune {
	switch {
	case r >= 0x064B && r <= 0x0652, r == 0x0670, r == 0x0640:
		return -1
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
		return 'ا'
	case r == 'ى':
		return 'ي'
	case r == 'ة':
		return 'ه'
	case r >= '٠' && r <= '٩':
		return '0' + r - '٠'
	}
	return unicode.ToLower(r)
}

func TestFindQuote(t *testing.T) {
	body := "قالت تلغرام إنها أغلقت 78 قناةً مرتبطة بداعش.\nTelegram  blocked 78 channels."
	tests := []struct {
		quote string
		want  string // the body's words found, "" when none
	}{
		{"أغلقت 78 قناةً", "أغلقت 78 قناةً"},      // exact
		{"اغلقت 78 قناه", "أغلقت 78 قناةً"},       // hamza, ta marbuta, tashkeel dropped (the mark after the last letter is kept)
		{"اغلقت ٧٨ قناة", "أغلقت 78 قناةً"},       // Arabic-Indic digits
		{"telegram blocked", "Telegram  blocked"}, // case and a double space
		{"  blocked 78\tchannels ", "blocked 78 channels"},
		{"حجبت 78 قناة", ""},
		{"", ""},
		{"ً", ""}, // only a mark
	}
	for _, tt := range tests {
		s, e, ok := FindQuote(body, tt.quote, fold)
		got := ""
		if ok {
			got = string([]rune(body)[s:e])
		}
		if got != tt.want {
			t.Errorf("FindQuote(%q) = %q, want %q", tt.quote, got, tt.want)
		}
	}
}

func FuzzFindQuote(f *testing.F) {
	f.Add("قالت تلغرام إنها أغلقت 78 قناةً", "اغلقت 78")
	f.Add("Telegram blocked 78 channels", "BLOCKED")
	f.Add("\xff\xfe bad \u200f", "bad")
	f.Fuzz(func(t *testing.T, body, quote string) {
		s, e, ok := FindQuote(body, quote, fold)
		if !ok {
			return
		}
		n := utf8.RuneCountInString(body)
		if s < 0 || e > n || e <= s {
			t.Fatalf("span %d–%d outside %d runes", s, e, n)
		}
	})
}

func TestParseValue(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"78", 78, true}, {"1,200", 1200, true}, {"1 200", 1200, true}, {"٧٨", 78, true},
		{"3.5", 3.5, true}, {"٣٫٥", 3.5, true}, {" 12 ", 12, true},
		{"-4", 0, false}, {"many", 0, false}, {"", 0, false}, {"Inf", 0, false}, {"NaN", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseValue(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseValue(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestCheckDetailChanges(t *testing.T) {
	link := Encode(SourceLinkValue{Name: "Reuters", Role: RoleReportedBy})
	tests := []struct {
		ch Change
		ok bool
	}{
		{Change{Entity: EntityClaim, Field: FieldValue, After: "78"}, true},
		{Change{Entity: EntityClaim, Field: FieldValue, After: "seventy"}, false},
		{Change{Entity: EntityNotice, Field: FieldValue, After: "78"}, false},
		{Change{Entity: EntityClaim, Field: FieldUnit, After: "per_million"}, true},
		{Change{Entity: EntityClaim, Field: FieldUnit, After: ""}, true},
		{Change{Entity: EntityClaim, Field: FieldUnit, After: "Channels!"}, false},
		{Change{Entity: EntityClaim, Field: FieldQualifier, After: "about"}, true},
		{Change{Entity: EntityClaim, Field: FieldQualifier, After: "roughly"}, false},
		{Change{Entity: EntityClaim, Field: FieldRate, After: "per_week"}, false},
		{Change{Entity: EntityClaim, Field: FieldClaim, After: Encode(ClaimRecord{})}, true},
		{Change{Entity: EntityClaim, Field: FieldClaim, After: "{", Before: ""}, false},
		{Change{Entity: EntityClaim, Field: FieldClaim, After: "{}", Before: "{}"}, false},
		{Change{Entity: EntityNotice, Field: FieldSource, After: link}, true},
		{Change{Entity: EntitySource, Field: FieldSource, After: link}, false},
		{Change{Entity: EntityNotice, Field: FieldSource, After: Encode(SourceLinkValue{Role: RoleReportedBy})}, false},
		{Change{Entity: EntityNotice, Field: FieldSource, After: Encode(SourceLinkValue{Source: 3, Role: "praised_by"})}, false},
		{Change{Entity: EntitySource, Ref: 2, Field: FieldMerged, After: Encode(MergeRecord{Into: 3})}, true},
		{Change{Entity: EntitySource, Ref: 3, Field: FieldMerged, After: Encode(MergeRecord{Into: 3})}, false},
		{Change{Entity: EntityTag, Field: FieldName, After: strings.Repeat("x", MaxTagLen+1)}, false},
		{Change{Entity: EntitySource, Field: FieldName, After: " "}, false},
		{Change{Entity: EntitySource, Field: FieldKind, After: "wire"}, true},
		{Change{Entity: EntitySource, Field: FieldKind, After: "blog"}, false},
		{Change{Entity: EntitySource, Field: FieldCredibility, After: "6"}, false},
		{Change{Entity: EntityTag, Field: FieldColour, After: "#c0392b"}, true},
		{Change{Entity: EntityTag, Field: FieldColour, After: "red"}, false},
		{Change{Entity: EntityNote, Field: FieldNote, After: Encode(NoteRecord{Body: "x", Start: 1, End: 3})}, true},
	}
	for _, tt := range tests {
		if err := tt.ch.Check(); (err == nil) != tt.ok {
			t.Errorf("Check(%s.%s %q→%q) = %v, want ok %v", tt.ch.Entity, tt.ch.Field, tt.ch.Before, tt.ch.After, err, tt.ok)
		}
		// a record made or removed whole can always be taken back (plain
		// fields get their Before from the store when applied)
		records := map[Field]bool{FieldClaim: true, FieldNote: true, FieldRecord: true, FieldSource: true, FieldMerged: true}
		if tt.ok && records[tt.ch.Field] {
			if err := tt.ch.Inverse().Check(); err != nil {
				t.Errorf("inverse of %s.%s refused: %v", tt.ch.Entity, tt.ch.Field, err)
			}
		}
	}
}
