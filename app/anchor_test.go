package app

import (
	"testing"
	"unicode"
)

func TestReanchor(t *testing.T) {
	orig := []rune("Telegram said it blocked 78 channels. Later, 78 channels more were named.")
	c := Claim{Start: 25, End: 36}
	c.Anchor(orig)
	if c.Quote != "78 channels" {
		t.Fatalf("setup quote = %q", c.Quote)
	}
	tests := []struct {
		name      string
		body      string
		wantOK    bool
		wantStart int
	}{
		{"unchanged", string(orig), true, 25},
		{"text inserted before", "Update: Telegram said it blocked 78 channels. Later, 78 channels more were named.", true, 33},
		{"second occurrence has worse context", "Later, 78 channels more were named. Telegram said it blocked 78 channels.", true, 61},
		{"quote gone", "Telegram said it blocked some channels.", false, 25},
		{"empty body", "", false, 25},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cc := c
			ok := Reanchor(&cc, []rune(tt.body))
			if ok != tt.wantOK || cc.Start != tt.wantStart {
				t.Errorf("Reanchor() = %v start %d, want %v start %d", ok, cc.Start, tt.wantOK, tt.wantStart)
			}
			if ok && string([]rune(tt.body)[cc.Start:cc.End]) != c.Quote {
				t.Errorf("span %d:%d does not hold the quote", cc.Start, cc.End)
			}
		})
	}
}

func TestSummary(t *testing.T) {
	tests := []struct {
		name   string
		claims []Claim
		want   string
	}{
		{"none", nil, ""},
		{"takedown figure first", []Claim{
			{Kind: ClaimFigure, Value: 12, Unit: "languages"},
			{Kind: ClaimFigure, Value: 78, Unit: "channels"},
		}, "78 channels · 12 languages"},
		{"duplicates once, dates ignored", []Claim{
			{Kind: ClaimFigure, Value: 78, Unit: "accounts"},
			{Kind: ClaimDate},
			{Kind: ClaimFigure, Value: 78, Unit: "accounts"},
		}, "78 accounts"},
		{"compound and thousands", []Claim{
			{Kind: ClaimFigure, Value: 16050, Unit: "bots_and_channels"},
		}, "16,050 bots and channels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Summary(tt.claims); got != tt.want {
				t.Errorf("Summary() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		text string
		lang string
		dir  Direction
	}{
		{"حجبت المنصة عشرات القنوات", "ar", RTL},
		{"Telegram blocked 78 channels", "en", LTR},
		{"Telegram a bloqué 78 chaînes liées à l'État islamique, selon un communiqué", "fr", LTR},
		{"Telegram заблокировал 78 каналов", "ru", LTR},
		{"टेलीग्राम ने 78 चैनल बंद किए", "hi", LTR},
		{"أعلن تطبيق Telegram حجب 78 قناة", "ar", RTL},
		{"", "", LTR},
		{"电报封禁了78个与极端组织有关的频道 https://t.me/example", "zh", LTR},
		{"テレグラムは過激派に関連する78のチャンネルを閉鎖した", "ja", LTR},
		{"텔레그램은 극단주의 단체와 관련된 채널 78개를 차단했다", "ko", LTR},
		{"Міністерство повідомило, що заблоковано 78 каналів і сайтів", "uk", LTR},
		{"Министерството съобщи, че са блокирани 78 канала, свързани с групата", "bg", LTR},
		{"Министарство је саопштило да је блокирано 78 канала и њихових сајтова", "sr", LTR},
		{"Η πλατφόρμα μπλόκαρε 78 κανάλια", "el", LTR},
		{"پلتفرم تلگرام ۷۸ کانال را که به این گروه مربوط بودند مسدود کرد", "fa", RTL},
		{"ٹیلی گرام نے 78 چینلز بند کر دیے ہیں", "ur", RTL},
		{"החברה חסמה 78 ערוצים", "he", RTL},
		{"Die Plattform hat 78 Konten gelöscht, die mit der Gruppe verbunden sind", "de", LTR},
		{"La compañía eliminó 78 cuentas vinculadas al grupo, según un portavoz", "es", LTR},
		{"A empresa removeu 78 contas ligadas ao grupo, disse um porta-voz da empresa", "pt", LTR},
		{"L'azienda ha rimosso 78 account legati al gruppo, secondo il portavoce della società", "it", LTR},
		{"Het bedrijf heeft 78 accounts verwijderd die aan de groep waren gekoppeld", "nl", LTR},
		{"Şirket, grupla bağlantılı 78 hesabı kapattığını ve bu kararın kesin olduğunu açıkladı", "tr", LTR},
		{"Perusahaan itu menutup 78 akun yang terkait dengan kelompok tersebut", "id", LTR},
		{"The platform removed 78 accounts linked to the group, a spokesman said", "en", LTR},
	}
	for _, tt := range tests {
		lang, dir := DetectLanguage(tt.text)
		if lang != tt.lang || dir != tt.dir {
			t.Errorf("DetectLanguage(%q) = %s %s, want %s %s", tt.text, lang, dir, tt.lang, tt.dir)
		}
	}
}

func TestTitleFromText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# Heading\n\nbody", "Heading"},
		{"\n\n  first line  \nsecond", "first line"},
		{"===\nreal", "real"},
		{"", ""},
		{"one two three four five six", "one two…"},
	}
	for _, tt := range tests {
		if got := TitleFromText(tt.in, 12); got != tt.want {
			t.Errorf("TitleFromText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDetectLanguageASCIIShortcut checks the ASCII shortcut against the
// script tables it skips.
func TestDetectLanguageASCIIShortcut(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		latin := r|0x20 >= 'a' && r|0x20 <= 'z'
		if latin != unicode.Is(unicode.Latin, r) {
			t.Errorf("%q: shortcut says Latin=%v, table says %v", r, latin, !latin)
		}
		for _, script := range []*unicode.RangeTable{unicode.Arabic, unicode.Hebrew, unicode.Cyrillic, unicode.Devanagari} {
			if unicode.Is(script, r) {
				t.Errorf("%q is in a script the shortcut skips", r)
			}
		}
	}
}
