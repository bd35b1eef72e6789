package extract

// German compounds whose last part is an act of takedown carry their unit
// in the stem before it (unitAt reads them).

// deActionStems are the unit stems of German compounds whose last part is
// an act of takedown, folded: "64 Kanalsperrungen" counts channels, "120
// Kontosperrungen" accounts, "300 Videolöschungen" videos. The act alone
// ("64 Sperrungen") names no unit.
var deActionStems = []struct{ stem, unit string }{
	{"kanal", "channels"}, {"konto", "accounts"}, {"konten", "accounts"}, {"account", "accounts"},
	{"profil", "accounts"}, {"video", "videos"}, {"gruppen", "groups"}, {"webseiten", "sites"},
	{"seiten", "sites"}, {"domain", "sites"},
}

// deActionTails are the acts of takedown ending such a compound, folded.
var deActionTails = []string{"sperrungen", "sperrung", "loschungen", "loschung", "entfernungen", "entfernung"}
