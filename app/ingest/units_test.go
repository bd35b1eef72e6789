package ingest

import "testing"

// TestUnitFromHeader: a column's unit is its header's head noun, from
// headers of real transparency tables and registers, or none.
func TestUnitFromHeader(t *testing.T) {
	tests := []struct{ header, want string }{
		// Real headers (Google/Twitter/Microsoft transparency tables as
		// collected in public data sets, Telegram's moderation logs).
		{"User Data Requests", "requests"},
		{"Number of Requests where some data was disclosed (content or non content)", "requests"},
		{"Percentage of Requests where some data was disclosed (content or non content)", "percent"},
		{"Users/Accounts Specified", "accounts"},
		{"Removal requests (court orders)", "requests"},
		{"Items requested to be removed", "content_items"},
		{"Accounts reported by users", "accounts"},
		{"Tweets withheld", "posts"},
		{"Bots and channels banned", "bots_and_channels"},
		{"Channels removed", "channels"},
		{"Accounts suspended", "accounts"},
		{"accounts 12", "accounts"},
		{"% of requests complied with", "percent"},
		{"Comptes supprimés", "accounts"},
		{"Nombre de comptes d'utilisateurs", "accounts"},
		{"Pourcentage de demandes", "percent"},
		{"عدد الحسابات والقنوات", "accounts_and_channels"},
		{"عدد الحسابات المعلقة", "accounts"},
		{"طلبات المستخدمين", "requests"},
		// No unit in the name: none, whatever else the table counts.
		{"Total", ""},
		{"banned_count", ""},
		{"Number", ""},
		{"User reports", ""},
		{"Decision number", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := unitFromHeader(tt.header); got != tt.want {
			t.Errorf("unitFromHeader(%q) = %q, want %q", tt.header, got, tt.want)
		}
	}
}
