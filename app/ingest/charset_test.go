package ingest

import (
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// Texts written for these tests, one per script, each saved below in every
// code page that can hold it.
var charsetTexts = map[string]string{
	"ru":       "Роскомнадзор заблокировал 78 каналов и сайтов. По словам ведомства, материалы распространялись на двенадцати языках; представитель компании заявил, что доступ ограничен по решению суда.",
	"ru-short": "Москва, 18 ноября. Заблокировано 78 каналов.",
	"uk":       "Міністерство повідомило, що заблоковано 78 каналів і сайтів, які поширювали матеріали дванадцятьма мовами.",
	"ar":       "أعلنت شركة تيليجرام أنها حظرت 78 قناة مرتبطة بتنظيم الدولة الإسلامية بلغات عدة، وقال متحدث باسم الشركة إن الحظر جاء بعد بلاغات من المستخدمين.",
	"ar-short": "حظر 78 حسابا في 12 لغة",
	"fr":       "La plateforme a supprimé 78 comptes liés à l'organisation. Selon un porte-parole, les contenus étaient diffusés en douze langues ; la décision a été prise après des signalements répétés.",
	"de":       "Die Plattform hat 78 Konten gelöscht, die Inhalte in zwölf Sprachen verbreitet hätten. Ein Sprecher sagte, die Entscheidung sei nach Prüfung der Beschwerden gefallen.",
	"es":       "La compañía eliminó 78 cuentas vinculadas al grupo, según informó un portavoz, después de recibir múltiples denuncias de usuarios en España y México.",
}

func TestGuessCodePage(t *testing.T) {
	tests := []struct {
		text string
		enc  *charmap.Charmap
		name string
	}{
		{"ru", charmap.Windows1251, "windows-1251"},
		{"ru", charmap.KOI8R, "koi8-r"},
		{"ru", charmap.ISO8859_5, "iso-8859-5"},
		{"ru", charmap.CodePage866, "ibm866"},
		{"ru-short", charmap.Windows1251, "windows-1251"},
		{"ru-short", charmap.KOI8R, "koi8-r"},
		{"uk", charmap.Windows1251, "windows-1251"},
		{"ar", charmap.Windows1256, "windows-1256"},
		{"ar", charmap.ISO8859_6, "iso-8859-6"},
		{"ar-short", charmap.Windows1256, "windows-1256"},
		{"ar-short", charmap.ISO8859_6, "iso-8859-6"},
		{"fr", charmap.Windows1252, "windows-1252"},
		{"fr", charmap.ISO8859_1, "windows-1252"},
		{"de", charmap.Windows1252, "windows-1252"},
		{"es", charmap.Windows1252, "windows-1252"},
	}
	for _, tt := range tests {
		b, err := tt.enc.NewEncoder().Bytes([]byte(charsetTexts[tt.text]))
		if err != nil {
			t.Fatalf("%s in %s: %v", tt.text, tt.name, err)
		}
		name, _, conf := guessCodePage(b)
		if name != tt.name {
			t.Errorf("%s saved in %s: guessed %s (%.2f)", tt.text, tt.name, name, conf)
		}
		if conf < 0.6 {
			t.Errorf("%s saved in %s: only %.2f sure", tt.text, tt.name, conf)
		}
	}
}

// TestGuessCodePageRefusesNoise: bytes that are no text in any code page
// (compressed or random data without NUL bytes) are not guessed as text.
func TestGuessCodePageRefusesNoise(t *testing.T) {
	state := uint32(2463534242)
	noise := make([]byte, 4096)
	for i := range noise {
		state ^= state << 13
		state ^= state >> 17
		state ^= state << 5
		noise[i] = byte(state%255) + 1
	}
	if name, _, conf := guessCodePage(noise); conf >= 0.6 {
		t.Errorf("random bytes guessed as %s, %.2f sure", name, conf)
	}
	if got := Sniff("noise.txt", noise); got != "" {
		t.Errorf("Sniff(random bytes) = %q, want \"\"", got)
	}
}

func TestArabicDate(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"دمشق، 28 آب/اغسطس 2013 (رويترز) - قال", "2013-08-28"},
		{"السبت 15 رجب 1442هـ 27 فبراير 2021م GMT+3", "2021-02-27"},
		{"الأربعاء ١٨ تشرين الثاني ٢٠١٥", "2015-11-18"},
		{"نشر في 3 كانون الأول، 2019", "2019-12-03"},
		{"5 أيار - مايو 2016", "2016-05-05"},
		{"31 شباط 2016", ""},
		{"حظرت 78 قناة في 12 لغة", ""},
	}
	for _, tt := range tests {
		got, ok := arabicDate(tt.in)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != tt.want {
			t.Errorf("arabicDate(%q) = %q, want %q", tt.in, s, tt.want)
		}
	}
}
