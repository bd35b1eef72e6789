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
		{"Content restored without appeal", "content_items"},
		{"Content restored with appeal", "content_items"},
		{"Total videos removed", "videos"},
		{"Spam accounts prevented", "accounts"},
		{"Comptes supprimés", "accounts"},
		{"Nombre de comptes d'utilisateurs", "accounts"},
		{"Pourcentage de demandes", "percent"},
		{"عدد الحسابات والقنوات", "accounts_and_channels"},
		{"عدد الحسابات المعلقة", "accounts"},
		{"طلبات المستخدمين", "requests"},
		// Google's government removals table: a group, then what the
		// column counts
		{"Court Orders: Number of Requests", "requests"},
		// Apple's emergency requests: the unit, then a participle's
		// clause about it
		{"Requests Rejected/Challenged and No Data Provided", "requests"},
		{"Accounts Suspended and No Appeal Received", "accounts"},
		{"Emergency Requests Received", "requests"},
		{"Reports Filed and No Action Taken", ""},
		{"All Requests: Items Requested To Be Removed", "content_items"},
		{"Other Requests (Executive, Police, etc.): Number of Requests", "requests"},
		{"Court Orders: % Fully Or Partially Complied With", "percent"},
		{"Accounts: Total", "accounts"},
		// Facebook's 2021 government requests: the count word qualified
		// before "of" ("Legal Number", "ER Number"), the head after it
		{"Legal Number of Requests Where Some Data Produced", "requests"},
		{"ER Number of Requests Where Some Data Produced", "requests"},
		{"Total number of accounts", "accounts"},
		{"Case number of request", ""},
		{"Phone number of users", ""},
		{"Reference number of notices", ""},
		{"Time: 12:00", ""},
		// No unit in the name: none, whatever else the table counts.
		{"Total", ""},
		{"banned_count", ""},
		{"Number", ""},
		{"User reports", ""},
		// a class a row's people are in (New Zealand police's tables:
		// "Age Group" 25-29), no count of groups
		{"Age Group", ""},
		{"Ethnic Group", ""},
		{"Target group", ""},
		{"Groups removed", "groups"},
		{"Telegram groups", "groups"},
		{"Decision number", ""},
		{"", ""},
		// IP addresses are a unit of their own, "IP" on either side of
		// its word for address; "IP" alone (a register's column of
		// addresses) and requests about addresses are not
		{"IP addresses", "ip_addresses"},
		{"IP addresses blocked", "ip_addresses"},
		{"Number of IP addresses", "ip_addresses"},
		{"Blocked IP Addresses", "ip_addresses"},
		{"Indirizzi IP", "ip_addresses"},
		{"IP-Adressen", "ip_addresses"},
		{"Gesperrte IP-Adressen", "ip_addresses"},
		{"adresses IP", "ip_addresses"},
		{"Nombre d'adresses IP bloquées", "ip_addresses"},
		{"IP-адреса", "ip_addresses"},
		{"Количество IP-адресов", "ip_addresses"},
		{"direcciones IP", "ip_addresses"},
		{"عدد عناوين IP", "ip_addresses"},
		{"IP", ""},
		{"Requests for IP addresses", "requests"},
		{"Addresses", ""},
	}
	for _, tt := range tests {
		if got := unitFromHeader(tt.header); got != tt.want {
			t.Errorf("unitFromHeader(%q) = %q, want %q", tt.header, got, tt.want)
		}
	}
}

// TestCellPeriod: period cells of real transparency tables.
func TestCellPeriod(t *testing.T) {
	for in, want := range map[string]string{
		"2011 (1st half)": "2011-H1", "2012 (2nd half)": "2012-H2", "Q3 2021": "2021-Q3", "2021 Q3": "2021-Q3",
		"Jan-Jun 2020": "2020-H1", "Jan - Jun 2021": "2021-H1", "July – December 2021": "2021-H2", "July–December 2019": "2019-H2", "2019": "2019",
		"2019-2020": "", "12 March 2021": "", "Germany": "", "": "",
	} {
		if got := cellPeriod(in); got != want {
			t.Errorf("cellPeriod(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRatioColumn: a column that divides its unit by something, its cells
// fractions ("removed URLs per TLD", as a newsroom's table of Google's
// copyright removals has it), is a ratio and no count; "per" a row's
// dimension with whole numbers, or a span of time, is a count.
func TestRatioColumn(t *testing.T) {
	tests := []struct {
		header string
		cells  []string
		want   bool
	}{
		{"removed URLs per TLD", []string{"0.3868172524541506", "1916.019107892655", "2.98624929684919"}, true},
		{"Removals per 1,000 users", []string{"12", "3.5"}, true},
		{"Demandes par pays", []string{"0,5", "1,25"}, true},
		{"Requests per country", []string{"12", "3", "1,547"}, false},
		{"Requests per day", []string{"2.5", "3.75"}, false},
		{"URLs removed", []string{"0.5", "12"}, false},
		{"Percentage of requests per country", []string{"12.5"}, true}, // the caller keeps a percentage
	}
	for _, tt := range tests {
		var rows [][]string
		for _, c := range tt.cells {
			rows = append(rows, []string{"x", c})
		}
		if got := ratioColumn(tt.header, rows, 1); got != tt.want {
			t.Errorf("ratioColumn(%q, %q) = %v, want %v", tt.header, tt.cells, got, tt.want)
		}
	}
}
