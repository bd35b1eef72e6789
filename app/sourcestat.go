package app

// SourceStat is one outlet in the sources view: how many notices and
// claims it is linked to, and how often with each role (notices and
// claims counted together).
type SourceStat struct {
	Source                     Source
	Notices, Claims            int
	Stated, Reported, Disputed int
}

// SourceSort orders the sources view.
type SourceSort string

// Orders of the sources view.
const (
	SourceByUse      SourceSort = "use"      // most notices and claims first
	SourceByDisputed SourceSort = "disputed" // most often disputed first
	SourceByName     SourceSort = "name"
)

// SourceQuery asks for one page of the sources view.
type SourceQuery struct {
	Text   string // part of the name, any case; empty for every source
	Sort   SourceSort
	Offset int
	Limit  int
}

// TagUse is a tag of the vocabulary with how many notices, claims and
// sources carry it.
type TagUse struct {
	Tag                      Tag
	Notices, Claims, Sources int
}
