package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// claimRow shows one claim: what it says, the words it came from, how far it
// is verified, its tags and the figures it conflicts with. update redraws
// it in place after an edit.
type claimRow struct {
	d        *detail
	claim    app.Claim
	content  fyne.CanvasObject
	verify   *widget.Select
	tags     *fyne.Container
	warn     *fyne.Container
	tagEntry *bidi.Entry
}

func newClaimRow(d *detail, c app.Claim) *claimRow {
	r := &claimRow{d: d, claim: c}
	head := bidi.NewLabel(claimHeadline(c))
	head.TextStyle.Bold = true
	quote := bidi.NewLabel(c.Quote)
	labels := make([]string, len(app.Verifications))
	for i, v := range app.Verifications {
		labels[i] = verificationLabel(v)
	}
	r.verify = widget.NewSelect(labels, nil)
	r.verify.OnChanged = func(string) {
		if d.showing {
			return
		}
		d.u.desk.SetVerification(r.claim.ID, app.Verifications[r.verify.SelectedIndex()])
	}
	r.tags = container.NewHBox()
	r.warn = container.NewVBox()
	r.tagEntry = newEntry()
	r.tagEntry.SetPlaceHolder(lang.L("Tag this claim"))
	r.tagEntry.OnSubmitted = func(s string) {
		d.addTag(app.EntityClaim, r.claim.ID, s)
		r.tagEntry.SetText("")
	}
	r.content = container.NewVBox(
		sides(nil, r.verify, padded(head)),
		padded(quote),
		r.warn,
		sides(r.tags, nil, r.tagEntry), widget.NewSeparator(),
	)
	r.update(c)
	return r
}

// update shows the claim's verification, tags and conflicts as they are now.
func (r *claimRow) update(c app.Claim) {
	r.claim = c
	for i, v := range app.Verifications {
		if v == c.Verification && r.verify.SelectedIndex() != i {
			r.verify.SetSelectedIndex(i)
		}
	}
	r.tags.Objects = nil
	for _, t := range c.Tags {
		r.tags.Add(r.d.tagChip(app.EntityClaim, c.ID, t))
	}
	r.tags.Refresh()
	r.warn.Objects = nil
	if c.Orphaned {
		r.warn.Add(dim(lang.L("The words of this claim are no longer in the notice.")))
	}
	for _, k := range c.Conflicts {
		l := bidi.NewLabel("⚠ " + conflictText(k))
		l.Importance = widget.WarningImportance
		l.Direction = uiDirection()
		if k.Kind == app.ConflictValue && k.OtherNoticeID != 0 {
			other := k.OtherNoticeID
			open := widget.NewButton(lang.L("Open"), func() { r.d.u.openID(other) })
			open.Importance = widget.LowImportance
			r.warn.Add(sides(nil, open, padded(l)))
			continue
		}
		r.warn.Add(padded(l))
	}
	r.warn.Refresh()
}

// conflictText says in the interface language why two figures conflict.
func conflictText(k app.Conflict) string {
	fig := qualifiedFigure(k.OtherQualifier, k.OtherValue, k.OtherUnit)
	if k.Kind == app.ConflictUnit {
		return lang.L("Same figure given as") + " " + fig + ": «" + k.OtherQuote + "»"
	}
	about := strings.TrimSpace(k.Platform + " " + k.Period)
	return "«" + app.Truncate(k.OtherTitle, 60) + "» " + lang.L("gives") + " " + fig + " " + lang.L("for") + " " + about
}

// claimHeadline reads a claim as a reporter would say it: "more than 78
// channels · per day · Telegram · 2015-11-18".
func claimHeadline(c app.Claim) string {
	var parts []string
	switch c.Kind {
	case app.ClaimFigure:
		parts = append(parts, qualifiedFigure(c.Qualifier, c.Value, c.Unit))
		if c.Rate != "" {
			parts = append(parts, lang.L("rate."+string(c.Rate)))
		}
	case app.ClaimDate:
		parts = append(parts, lang.L("Date"))
	default:
		parts = append(parts, lang.L("Assertion"))
	}
	if c.Actor != "" {
		parts = append(parts, c.Actor)
	}
	if c.Platform != "" {
		parts = append(parts, c.Platform)
	}
	if !c.EventDate.IsZero() {
		parts = append(parts, dayText(c.EventDate))
	}
	if c.Period != "" {
		parts = append(parts, c.Period)
	}
	return strings.Join(parts, " · ")
}
