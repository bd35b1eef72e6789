package ingest_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/ingest"
)

// TestVagueFigures: "more than one" and "at least one" of a thing count
// nothing (Mozilla's "takedown notices can target more than one item"),
// in the desk's languages; a bound with a scale or above one, and the
// figures beside the vague one, stay.
func TestVagueFigures(t *testing.T) {
	tests := []struct {
		text string
		want []string // "value unit"
	}{
		{"In the Reporting Period, we received 12 Copyright Takedown Notices (note that takedown notices can target more than one item).", []string{"12 notices"}},
		{"At least one channel was blocked by the court.", nil},
		{"Les notifications peuvent viser plus d'un compte à la fois.", nil},
		{"Eine Meldung kann mehr als ein Konto betreffen.", nil},
		{"Una solicitud puede afectar a más de una cuenta.", nil},
		{"Требование может касаться более одного канала.", nil},
		{"وقد يشمل الطلب أكثر من حساب واحد.", nil},
		// near misses: real bounds
		{"Telegram blocked more than one million channels last year.", []string{"1e+06 channels"}},
		{"The court ordered more than 10 sites blocked.", []string{"10 sites"}},
		{"YouTube removed more than 0.5% of all videos uploaded.", []string{"0.5 percent"}},
		{"At least 1% of the accounts were fake.", []string{"1 percent"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			db := openDB(t)
			importOK(t, db, writeFile(t, "note.txt", tt.text+"\n"), ingest.Options{})
			var got []string
			for _, n := range allNotices(t, db) {
				for _, c := range n.Claims {
					if c.Kind == app.ClaimFigure {
						got = append(got, fmt.Sprintf("%v %s", c.Value, c.Unit))
					}
				}
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("figures %q, want %q", got, tt.want)
			}
		})
	}
}
