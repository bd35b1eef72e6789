package extract

import "testing"

// TestKindIPAddresses: IP addresses blocked are counted in their own unit
// in every language ("19,4 millions d'adresses IP"); a bare "addresses"
// stays web addresses, and "IP" alone or e-mail addresses are no IP
// addresses.
func TestKindIPAddresses(t *testing.T) {
	tests := []struct {
		text string
		want float64
		unit string
	}{
		{"L'Arcom a bloqué 19,4 millions d'adresses IP en 2024.", 19400000, "ip_addresses"},
		{"Cloudflare blocked 400 IP addresses.", 400, "ip_addresses"},
		{"Es wurden 400 IP-Adressen gesperrt.", 400, "ip_addresses"},
		{"Se bloquearon 400 direcciones IP.", 400, "ip_addresses"},
		{"Sono stati bloccati 400 indirizzi IP.", 400, "ip_addresses"},
		{"Роскомнадзор заблокировал 400 тыс. IP-адресов.", 400000, "ip_addresses"},
		{"تم حجب 400 عنوان IP.", 400, "ip_addresses"},
		{"400 आईपी पते ब्लॉक किए गए।", 400, "ip_addresses"},
		// "IP" alone after a count in a clause of blocking
		{"L'AGCOM ha ordinato il blocco di circa 1300 IP e 450 nomi di dominio.", 1300, "ip_addresses"},
		{"Piracy Shield ha bloccato 1300 IP.", 1300, "ip_addresses"},
		{"Roskomnadzor blocked 16 million IP in one day.", 16000000, "ip_addresses"},
		// negatives
		{"The police blocked 400 IP cameras.", 0, ""},
		{"Il tribunale ha esaminato 1300 IP e 450 marchi.", 0, ""},
		{"Роскомнадзор заблокировал 400 адресов.", 400, "urls"},
		{"They removed 400 email addresses.", 0, ""},
		{"The IP was blocked 400 times.", 0, ""},
	}
	for _, tt := range tests {
		var got []string
		found := false
		for _, c := range Text(tt.text, Options{}).Claims {
			got = append(got, c.ValueText()+" "+c.Unit)
			if c.Unit == tt.unit && c.Value == tt.want {
				found = true
			}
			if tt.unit == "" && c.Unit == "ip_addresses" {
				t.Errorf("%q: IP addresses %v", tt.text, got)
			}
		}
		if tt.unit != "" && !found {
			t.Errorf("%q: claims %q, want %v %s", tt.text, got, tt.want, tt.unit)
		}
	}
}
