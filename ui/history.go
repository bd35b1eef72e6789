package ui

import (
	"strconv"

	"fyne.io/fyne/v2/lang"

	"github.com/takedowndesk/takedowndesk/app"
)

// changeText reads one change as a reporter would say it: when, what
// (translated), before → after as the pane shows the values, and which
// claim, by its figure, rather than ids.
func (d *detail) changeText(c app.Change) string {
	when := c.At.Local().Format("2006-01-02 15:04")
	what := changeWhat(c)
	if c.Entity == app.EntityClaim && c.Field != app.FieldClaim {
		what = lang.L("claim") + " " + d.claimName(c.Ref) + " · " + what
	}
	if c.Undo {
		what += " (" + lang.L("undo or redo") + ")"
	}
	return when + " · " + what
}

// claimName names a claim of the open notice by its figure and quote.
func (d *detail) claimName(id int64) string {
	if r := d.claimRows[id]; r != nil {
		return "«" + app.Truncate(r.claim.Quote, 30) + "»"
	}
	return ""
}

// changeValue shows one side of a change the way the pane shows it.
func changeValue(f app.Field, v string) string {
	if v == "" {
		return lang.L("(none)")
	}
	switch f {
	case app.FieldStatus:
		return statusLabel(app.Status(v))
	case app.FieldVerification:
		return verificationLabel(app.Verification(v))
	case app.FieldStarred:
		if v == "true" {
			return "★"
		}
		return "☆"
	case app.FieldValue:
		if x, err := strconv.ParseFloat(v, 64); err == nil {
			return app.FormatCount(x)
		}
	case app.FieldUnit:
		return unitLabel(v)
	case app.FieldQualifier:
		return qualifierLabel(app.Qualifier(v))
	case app.FieldRate:
		return rateLabel(app.Rate(v))
	case app.FieldKind:
		return kindLabel(app.SourceKind(v))
	case app.FieldCredibility:
		return credibilityLabel(v)
	case app.FieldDate:
		return v
	}
	return app.Truncate(v, 60)
}

func credibilityLabel(v string) string {
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		return lang.L("credibility unknown")
	}
	return lang.L("credibility") + " " + strconv.Itoa(n) + "/5"
}

// changeWhat says what a change did, without when or whether it was undone.
func changeWhat(c app.Change) string {
	set := c.After
	if set == "" {
		set = c.Before
	}
	added := c.Before == ""
	switch c.Field {
	case app.FieldTag:
		if added {
			return lang.L("tagged") + " #" + c.After
		}
		return lang.L("untagged") + " #" + c.Before
	case app.FieldBody:
		switch {
		case c.Entity == app.EntityNote && added:
			return lang.L("note added") + ": " + app.Truncate(c.After, 60)
		case c.Entity == app.EntityNote && c.After == "":
			return lang.L("note deleted") + ": " + app.Truncate(c.Before, 60)
		case c.Entity == app.EntityNote:
			return lang.L("note edited") + ": " + app.Truncate(c.Before, 30) + " → " + app.Truncate(c.After, 30)
		}
		return lang.L("text changed by a new import")
	case app.FieldClaim:
		var r app.ClaimRecord
		_ = app.Decode(set, &r)
		what := claimFigure(r.Claim) + " «" + app.Truncate(r.Claim.Quote, 40) + "»"
		if added {
			return lang.L("claim added") + ": " + what
		}
		return lang.L("claim deleted") + ": " + what
	case app.FieldNote:
		var r app.NoteRecord
		_ = app.Decode(set, &r)
		if added {
			return lang.L("note added") + ": " + app.Truncate(r.Body, 60)
		}
		return lang.L("note deleted") + ": " + app.Truncate(r.Body, 60)
	case app.FieldSource:
		var v app.SourceLinkValue
		_ = app.Decode(set, &v)
		name := v.Name
		if name == "" {
			name = "#" + strconv.FormatInt(v.Source, 10)
		}
		what := name + " (" + roleLabel(v.Role) + ")"
		if added {
			return lang.L("source added") + ": " + what
		}
		return lang.L("source removed") + ": " + what
	case app.FieldMerged:
		var m app.MergeRecord
		_ = app.Decode(set, &m)
		name := ""
		if m.Source != nil {
			name = m.Source.Source.Name
		}
		if m.Tag != nil {
			name = "#" + m.Tag.Tag.Name
		}
		if added {
			return lang.L("merged into another") + ": " + name
		}
		return lang.L("merge undone") + ": " + name
	case app.FieldRecord:
		var name string
		var s app.SourceRecord
		var t app.TagRecord
		if c.Entity == app.EntitySource && app.Decode(set, &s) == nil {
			name = s.Source.Name
		} else if app.Decode(set, &t) == nil {
			name = "#" + t.Tag.Name
		}
		if added {
			return lang.L("created") + ": " + name
		}
		return lang.L("deleted") + ": " + name
	}
	return lang.L("field."+string(c.Field)) + ": " + changeValue(c.Field, c.Before) + " → " + changeValue(c.Field, c.After)
}
