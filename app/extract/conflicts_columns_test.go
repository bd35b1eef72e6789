package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
)

// TestConflictsTableColumns: within one notice, the same value in two
// units is a conflict when a writer gave it ("78 accounts" and "78
// sites"), not when two columns of a table row happen to hold the same
// count (4 accounts specified, 4 tweets withheld: Twitter's table of
// January - June 2018, the Netherlands' row).
func TestConflictsTableColumns(t *testing.T) {
	cell := func(v float64, unit, column string) app.Claim {
		return app.Claim{Kind: app.ClaimFigure, Value: v, Unit: unit, UnitText: column, Origin: app.OriginFormat}
	}
	text := func(v float64, unit, written string) app.Claim {
		return app.Claim{Kind: app.ClaimFigure, Value: v, Unit: unit, UnitText: written, Origin: app.OriginAuto}
	}
	tests := []struct {
		name   string
		claims []app.Claim
		want   []int // conflicts per claim
	}{
		{"two columns of a row", []app.Claim{cell(4, "accounts", "ACCOUNTS SPECIFIED"), cell(4, "posts", "TWEETS WITHHELD")}, []int{0, 0}},
		{"one column given twice", []app.Claim{cell(4, "accounts", "Accounts"), cell(4, "posts", "accounts")}, []int{1, 1}},
		{"a writer's two units", []app.Claim{text(78, "accounts", "accounts"), text(78, "sites", "sites")}, []int{1, 1}},
		{"a cell and the text beside it", []app.Claim{cell(78, "accounts", "Accounts withheld"), text(78, "sites", "sites")}, []int{1, 1}},
		{"different values", []app.Claim{cell(4, "accounts", "ACCOUNTS SPECIFIED"), cell(5, "posts", "TWEETS WITHHELD")}, []int{0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := append([]app.Claim(nil), tt.claims...)
			Conflicts(cs)
			for i, c := range cs {
				if len(c.Conflicts) != tt.want[i] {
					t.Errorf("claim %d (%v %s in %q): %d conflicts, want %d", i, c.Value, c.Unit, c.UnitText, len(c.Conflicts), tt.want[i])
				}
			}
		})
	}
}

// TestCrossConflictsSubjects: figures of two notices for the same
// platform and day are compared only when they count the same thing: not
// ISIS Watch's "bots and channels" against Stop Child Abuse's "groups and
// channels" (two compounds sharing a part), nor figures about different
// groups or different parts; a unit and a compound holding it still are.
func TestCrossConflictsSubjects(t *testing.T) {
	day := time.Date(2024, 1, 27, 0, 0, 0, 0, time.UTC)
	fig := func(v float64, unit, actor, category string) app.Claim {
		return app.Claim{Kind: app.ClaimFigure, Value: v, Unit: unit, Actor: actor, Category: category, Platform: "Telegram", EventDate: day}
	}
	tests := []struct {
		name string
		a, b app.Claim
		want bool
	}{
		{"two compounds sharing a part", fig(1312, "bots_and_channels", "ISIS", ""), fig(1830, "groups_and_channels", "", ""), false},
		{"a unit in a compound", fig(1312, "bots_and_channels", "ISIS", ""), fig(1300, "channels", "", ""), true},
		{"the same compound", fig(1312, "bots_and_channels", "ISIS", ""), fig(1313, "bots_and_channels", "ISIS", ""), true},
		{"two groups", fig(40, "channels", "ISIS", ""), fig(41, "channels", "Hamas", ""), false},
		{"two parts", fig(58310, "content_items", "", "linked to violence"), fig(3209, "content_items", "", "hate speech"), false},
		{"a part and a whole", fig(58310, "content_items", "", "linked to violence"), fig(100000, "content_items", "", ""), false},
		{"one part twice", fig(58310, "content_items", "", "linked to violence"), fig(58311, "content_items", "", "Linked to violence "), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			by := map[int64][]app.Claim{1: {tt.a}, 2: {tt.b}}
			CrossConflicts(by, nil)
			if got := len(by[1][0].Conflicts) > 0; got != tt.want {
				t.Errorf("conflict %v, want %v (%v %s %q %q vs %v %s %q %q)", got, tt.want,
					tt.a.Value, tt.a.Unit, tt.a.Actor, tt.a.Category, tt.b.Value, tt.b.Unit, tt.b.Actor, tt.b.Category)
			}
		})
	}
}

// TestPlace: the country a figure's own clause names, in the desk's
// languages, cut at the sentence's ends; none when it names two.
func TestPlace(t *testing.T) {
	claim := func(text, quote string) app.Claim {
		i := strings.Index(text, quote)
		body := []rune(text)
		s := len([]rune(text[:i]))
		c := app.Claim{Start: s, End: s + len([]rune(quote))}
		c.Anchor(body)
		return c
	}
	tests := []struct{ text, quote, want string }{
		{"Twitter withheld 500 accounts in India in June 2023, the company said.", "500 accounts", "IN"},
		{"In June 2023 Twitter withheld 120 accounts in Turkey.", "120 accounts", "TR"},
		{"Turkey asked for more. Twitter withheld 6,000 accounts worldwide.", "6,000 accounts", ""},
		{"حجبت السلطات 640 قناة في مصر خلال مارس", "640 قناة", "EG"},
		{"وأغلقت تليجرام 2069 قناة بالهند", "2069 قناة", "IN"},
		{"Роскомнадзор заблокировал 1 300 сайтов в России за месяц", "1 300 сайтов", "RU"},
		{"YouTube removed 1,324,634 videos, more than the United States, Brazil and Indonesia.", "1,324,634 videos", ""},
		{"Telegram banned 1312 terrorist bots and channels on January, 27th.", "1312 terrorist bots and channels", ""},
		{"e.g. 40 channels were closed", "40 channels", ""},
	}
	for _, tt := range tests {
		if got := Place(claim(tt.text, tt.quote)); got != tt.want {
			t.Errorf("Place(%q in %q) = %q, want %q", tt.quote, tt.text, got, tt.want)
		}
	}
}

// TestCrossConflictsPlaces: figures of running text about different
// countries, or one about a country and one about none, are not compared;
// two about one country are.
func TestCrossConflictsPlaces(t *testing.T) {
	fig := func(v float64, prefix, suffix string) app.Claim {
		return app.Claim{Kind: app.ClaimFigure, Value: v, Unit: "accounts", Quote: "accounts", Prefix: prefix, Suffix: suffix, Platform: "Twitter", Period: "2023-06"}
	}
	by := map[int64][]app.Claim{
		1: {fig(500, "Twitter withheld ", " in India in June 2023")},
		2: {fig(120, "Twitter withheld ", " in Turkey in June 2023")},
		3: {fig(510, "In June 2023 Twitter withheld ", " in India.")},
		4: {fig(6000, "In June 2023 Twitter withheld ", " worldwide.")},
	}
	CrossConflicts(by, nil)
	for id, want := range map[int64]int{1: 1, 2: 0, 3: 1, 4: 0} {
		if got := len(by[id][0].Conflicts); got != want {
			t.Errorf("notice %d: %d conflicts, want %d: %+v", id, got, want, by[id][0].Conflicts)
		}
	}
}
