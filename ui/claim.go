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
// is verified, and its tags.
type claimRow struct {
	claim    app.Claim
	content  fyne.CanvasObject
	verify   *widget.Select
	tagEntry *bidi.Entry
}

func newClaimRow(d *detail, c app.Claim) *claimRow {
	r := &claimRow{claim: c}
	head := bidi.NewLabel(claimHeadline(c))
	head.TextStyle.Bold = true
	quote := bidi.NewLabel(c.Quote)
	labels := make([]string, len(app.Verifications))
	for i, v := range app.Verifications {
		labels[i] = verificationLabel(v)
	}
	r.verify = widget.NewSelect(labels, nil)
	for i, v := range app.Verifications {
		if v == c.Verification {
			r.verify.SetSelectedIndex(i)
		}
	}
	r.verify.OnChanged = func(string) {
		v := app.Verifications[r.verify.SelectedIndex()]
		d.u.edit(func() error { return d.u.store.SetVerification(d.u.ctx, c.ID, v) })
	}
	tags := container.NewHBox()
	for _, t := range c.Tags {
		tags.Add(d.tagChip("claim", c.ID, t))
	}
	r.tagEntry = newEntry()
	r.tagEntry.SetPlaceHolder(lang.L("Tag this claim"))
	r.tagEntry.OnSubmitted = func(s string) { d.addTag("claim", c.ID, s) }
	var warn []fyne.CanvasObject
	if c.Orphaned {
		warn = append(warn, dim(lang.L("The words of this claim are no longer in the notice.")))
	}
	for _, k := range c.Conflicts {
		l := bidi.NewLabel("⚠ " + k)
		l.Importance = widget.WarningImportance
		warn = append(warn, padded(l))
	}
	rows := []fyne.CanvasObject{
		sides(nil, r.verify, padded(head)),
		padded(quote),
	}
	rows = append(rows, warn...)
	rows = append(rows, sides(tags, nil, r.tagEntry), widget.NewSeparator())
	r.content = container.NewVBox(rows...)
	return r
}

// claimHeadline reads a claim as a reporter would say it: "more than 78
// channels · per day · Telegram · 2015-11-18".
func claimHeadline(c app.Claim) string {
	var parts []string
	switch c.Kind {
	case app.ClaimFigure:
		s := app.FormatCount(c.Value) + " " + strings.ReplaceAll(c.Unit, "_", " ")
		if c.Qualifier != "" {
			s = lang.L("qualifier."+string(c.Qualifier)) + " " + s
		}
		parts = append(parts, s)
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
		parts = append(parts, c.EventDate.Format("2006-01-02"))
	}
	if c.Period != "" {
		parts = append(parts, c.Period)
	}
	return strings.Join(parts, " · ")
}
