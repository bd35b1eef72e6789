package app

import (
	"fmt"
	"time"
)

// Entity is the kind of thing a change is about.
type Entity string

// The entities a reporter edits.
const (
	EntityNotice Entity = "notice"
	EntityClaim  Entity = "claim"
	EntitySource Entity = "source"
	EntityNote   Entity = "note"
	EntityTag    Entity = "tag"
)

// Valid reports whether e is a known entity.
func (e Entity) Valid() bool {
	switch e {
	case EntityNotice, EntityClaim, EntitySource, EntityNote, EntityTag:
		return true
	}
	return false
}

// Field is what a change sets on its entity.
type Field string

// The fields a change can set. A tag change adds the tag named After
// (Before empty) or removes the one named Before (After empty); a note's
// body change with Before empty creates the note, with After empty deletes it.
const (
	FieldStatus       Field = "status"       // notice: Status
	FieldStarred      Field = "starred"      // notice: "true" / "false"
	FieldVerification Field = "verification" // claim: Verification
	FieldTag          Field = "tag"          // notice, claim, source: tag name
	FieldBody         Field = "body"         // note: its text; notice: its text re-imported
	FieldPublished    Field = "published_at" // notice: its time, corrected by a re-import

	// Corrections of a claim the extractor got wrong.
	FieldValue     Field = "value"      // claim: its number, as strconv.FormatFloat writes it
	FieldUnit      Field = "unit"       // claim: a canonical unit (Units), "" for none
	FieldQualifier Field = "qualifier"  // claim: Qualifier, "" for none
	FieldRate      Field = "rate"       // claim: Rate, "" for none
	FieldDate      Field = "event_date" // claim: the day it counts, YYYY-MM-DD, "" for none
	FieldPeriod    Field = "period"     // claim: the period it counts ("2017-01", "2017-Q2"), "" for none

	// Records made or removed whole: After holds the JSON record to create
	// (Before empty), Before the one deleted (After empty), so undo brings
	// it back under its old id with what hung on it.
	FieldClaim  Field = "claim"  // claim: ClaimRecord
	FieldNote   Field = "note"   // note: NoteRecord (a note on a span of the text)
	FieldRecord Field = "record" // source: SourceRecord; tag: TagRecord

	// FieldSource links a source to a notice or claim (After: SourceLinkValue
	// as JSON) or unlinks it (Before).
	FieldSource Field = "source"
	// FieldMerged folds the source or tag Ref into another: After is the
	// MergeRecord (Before empty); its inverse (After empty) splits it again.
	FieldMerged Field = "merged"

	// Plain fields of a source or tag.
	FieldName        Field = "name"        // source, tag
	FieldKind        Field = "kind"        // source: SourceKind
	FieldURL         Field = "url"         // source
	FieldCredibility Field = "credibility" // source: "0" to "5"
	FieldColour      Field = "colour"      // tag: "#rrggbb" or ""
)

// Change is one typed edit, as applied and as kept in history: the entity
// and its id, the notice it belongs to (for change events and a notice's
// history view), the field and its value before and after. Undo applies
// Inverse.
type Change struct {
	ID       int64 // history row, once recorded
	At       time.Time
	Entity   Entity
	Ref      int64 // the entity's id (for a new note, filled when applied)
	NoticeID int64 // the notice the entity belongs to
	Field    Field
	Before   string
	After    string
	Undo     bool // applied as the undo or redo of an earlier change

	// Team fields: the same on every desk the change reaches.
	UID       string // the change's own uid
	Author    string // who made it (the desk's author setting, else $USER)
	EntityUID string // the uid of the entity it is about
	NoticeUID string // the uid of the notice that entity belongs to
}

// Inverse is the change that takes c back.
func (c Change) Inverse() Change {
	inv := c
	inv.ID, inv.At, inv.Before, inv.After, inv.Undo = 0, time.Time{}, c.After, c.Before, true
	inv.UID, inv.Author = "", ""
	return inv
}

// Check reports whether c is a change the desk knows how to apply.
func (c Change) Check() error {
	ok := false
	switch c.Field {
	case FieldStatus:
		ok = c.Entity == EntityNotice && Status(c.After).Valid()
	case FieldStarred:
		ok = c.Entity == EntityNotice && (c.After == "true" || c.After == "false")
	case FieldVerification:
		ok = c.Entity == EntityClaim && Verification(c.After).Valid()
	case FieldTag:
		ok = (c.Entity == EntityNotice || c.Entity == EntityClaim || c.Entity == EntitySource) && (c.Before == "") != (c.After == "")
	case FieldBody:
		ok = c.Entity == EntityNote && (c.Before != "" || c.After != "")
	default:
		ok = c.checkDetail()
	}
	if !ok {
		return fmt.Errorf("change %s.%s %q → %q: %w", c.Entity, c.Field, c.Before, c.After, ErrInvalid)
	}
	return nil
}
