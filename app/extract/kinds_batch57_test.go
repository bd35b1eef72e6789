package extract

import "testing"

// TestKindActionCompound: a German compound of a unit's stem and an act of
// takedown counts that unit (held-out batch 57: "resultierten nun die 64
// Kanalsperrungen"), as "video removals" does in English. The act alone,
// or a bank account's blocking, names no unit.
func TestKindActionCompound(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"de, Kanalsperrungen", "Daraus resultierten nun die 64 Kanalsperrungen.", []string{"64 channels"}},
		{"de, Kontosperrungen", "Die Plattform meldete 120 Kontosperrungen im Mai.", []string{"120 accounts"}},
		{"de, Videolöschungen", "Im Juni gab es 300 Videolöschungen wegen Hassrede.", []string{"300 videos"}},
		{"en, channel blockings", "Telegram reported 64 channel blockings.", []string{"64 channels"}},
		// unchanged: the act alone, a bank account
		{"de, Sperrungen", "Daraus resultierten nun 64 Sperrungen.", nil},
		{"de, Bankkontosperrungen", "Die Behörde ordnete 12 Bankkontosperrungen an.", nil},
	})
}
