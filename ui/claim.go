package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

// claimRow is one row of the claims table: value, unit, qualifier and rate
// (each corrected in place), the quote, date or period, sources,
// verification and tags, and the figures it conflicts with. update redraws
// it in place after an edit.
type claimRow struct {
	d         *detail
	claim     app.Claim
	content   fyne.CanvasObject
	head      *bidi.Label
	value     *bidi.Entry
	unit      *bidi.Entry
	qualifier *widget.Select
	rate      *widget.Select
	verify    *widget.Select
	fields    *fyne.Container
	date      *bidi.Entry
	period    *bidi.Entry
	quote     *bidi.Label
	when      *bidi.Label
	sources   *fyne.Container
	addSource *widget.Button
	del       *widget.Button
	tags      *fyne.Container
	warn      *fyne.Container
	tagEntry  *bidi.Entry
}

func newClaimRow(d *detail, c app.Claim) *claimRow {
	r := &claimRow{d: d, claim: c}
	r.head = bidi.NewLabel("")
	r.head.TextStyle.Bold = true
	r.quote = bidi.NewLabel("")
	r.when = bidi.NewLabel("")
	r.when.Importance = widget.LowImportance
	r.when.Direction = uiDirection()

	r.value = newEntry()
	r.value.SetPlaceHolder(lang.L("Value"))
	r.value.OnSubmitted = func(s string) {
		if err := d.u.desk.CorrectClaim(r.claim.ID, app.FieldValue, s); err != nil {
			d.u.showError(err)
		}
	}
	r.unit = newEntry()
	r.unit.SetPlaceHolder(lang.L("Unit"))
	r.unit.OnSubmitted = func(s string) {
		s = strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), " ", "_")
		if err := d.u.desk.CorrectClaim(r.claim.ID, app.FieldUnit, s); err != nil {
			d.u.showError(err)
		}
	}
	quals := make([]string, len(app.Qualifiers))
	for i, q := range app.Qualifiers {
		quals[i] = qualifierLabel(q)
	}
	r.qualifier = newSelect(quals, func(string) {
		if d.showing {
			return
		}
		_ = d.u.desk.CorrectClaim(r.claim.ID, app.FieldQualifier, string(app.Qualifiers[r.qualifier.SelectedIndex()]))
	})
	rates := make([]string, len(app.Rates))
	for i, x := range app.Rates {
		rates[i] = rateLabel(x)
	}
	r.rate = newSelect(rates, func(string) {
		if d.showing {
			return
		}
		_ = d.u.desk.CorrectClaim(r.claim.ID, app.FieldRate, string(app.Rates[r.rate.SelectedIndex()]))
	})
	labels := make([]string, len(app.Verifications))
	for i, v := range app.Verifications {
		labels[i] = verificationLabel(v)
	}
	r.verify = newSelect(labels, nil)
	r.verify.OnChanged = func(string) {
		if d.showing {
			return
		}
		d.u.desk.SetVerification(r.claim.ID, app.Verifications[r.verify.SelectedIndex()])
	}
	r.del = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { d.u.desk.DeleteClaim(r.claim.ID) })
	r.del.Importance = widget.LowImportance
	// chips wrap rather than scroll sideways: a sideways scroll inside the
	// pane would take the wheel from the pane
	r.sources = container.New(layout.NewRowWrapLayout())
	r.addSource = widget.NewButtonWithIcon(lang.L("Source"), theme.ContentAddIcon(), func() {
		d.u.showSourcePicker(app.EntityClaim, r.claim.ID)
	})
	r.addSource.Importance = widget.LowImportance
	r.tags = container.NewHBox()
	r.warn = container.NewVBox()
	r.tagEntry = newEntry()
	r.tagEntry.SetPlaceHolder(lang.L("Tag this claim"))
	r.tagEntry.OnSubmitted = func(s string) {
		d.addTag(app.EntityClaim, r.claim.ID, s)
		r.tagEntry.SetText("")
	}
	r.date = newEntry()
	r.date.SetPlaceHolder(lang.L("Date (YYYY-MM-DD)"))
	r.date.OnSubmitted = func(s string) {
		if err := d.u.desk.CorrectClaim(r.claim.ID, app.FieldDate, strings.TrimSpace(s)); err != nil {
			d.u.showError(err)
		}
	}
	r.period = newEntry()
	r.period.SetPlaceHolder(lang.L("Period (2017-01, 2017-Q2)"))
	r.period.OnSubmitted = func(s string) {
		if err := d.u.desk.CorrectClaim(r.claim.ID, app.FieldPeriod, strings.TrimSpace(s)); err != nil {
			d.u.showError(err)
		}
	}
	when := []fyne.CanvasObject{r.date, r.period}
	if rtlUI() {
		when[0], when[1] = when[1], when[0]
	}
	fields := []fyne.CanvasObject{r.value, r.unit, r.qualifier, r.rate}
	if rtlUI() { // in reading order, as rowOf lays a row out
		fields[0], fields[1], fields[2], fields[3] = fields[3], fields[2], fields[1], fields[0]
	}
	r.fields = container.NewGridWithColumns(4, fields...)
	r.content = container.NewVBox(
		sides(nil, rowOf(r.verify, r.del), padded(r.head)),
		r.fields,
		container.NewGridWithColumns(2, when...),
		padded(r.quote),
		padded(r.when),
		sides(label(lang.L("Sources")), r.addSource, r.sources),
		r.warn,
		sides(r.tags, nil, r.tagEntry), widget.NewSeparator(),
	)
	r.update(c)
	return r
}

// update shows the claim as it is now: its fields, sources, tags and
// conflicts.
func (r *claimRow) update(c app.Claim) {
	r.claim = c
	r.head.SetText(claimHeadline(c))
	r.quote.SetText("«" + c.Quote + "»")
	if c.Kind == app.ClaimFigure {
		r.value.SetText(app.FormatValue(c.Value))
	} else {
		r.value.SetText("")
	}
	r.unit.SetText(c.Unit)
	if c.Kind == app.ClaimDate { // a date has no figure to correct
		r.fields.Hide()
	} else {
		r.fields.Show()
	}
	for i, q := range app.Qualifiers {
		if q == c.Qualifier && r.qualifier.SelectedIndex() != i {
			r.qualifier.SetSelectedIndex(i)
		}
	}
	for i, x := range app.Rates {
		if x == c.Rate && r.rate.SelectedIndex() != i {
			r.rate.SetSelectedIndex(i)
		}
	}
	for i, v := range app.Verifications {
		if v == c.Verification && r.verify.SelectedIndex() != i {
			r.verify.SetSelectedIndex(i)
		}
	}
	r.date.SetText("")
	if !c.EventDate.IsZero() {
		r.date.SetText(c.EventDate.Format("2006-01-02"))
	}
	r.period.SetText(c.Period)
	when := []string{}
	if c.Origin == app.OriginManual {
		when = append(when, lang.L("added by hand"))
	}
	r.when.SetText(strings.Join(when, " · "))
	if len(when) == 0 {
		r.when.Hide()
	} else {
		r.when.Show()
	}
	r.sources.Objects = nil
	for _, l := range c.Sources {
		l := l
		r.sources.Add(sourceChip(l, func() { r.d.u.desk.UnlinkSource(app.EntityClaim, r.claim.ID, l) }))
	}
	if len(c.Sources) == 0 {
		none := label(lang.L("none yet"))
		none.Importance = widget.LowImportance
		r.sources.Add(none)
	}
	r.sources.Refresh()
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

// sourceChip is a source with its role, and a × that unlinks it.
func sourceChip(l app.SourceLink, onRemove func()) fyne.CanvasObject {
	rm := widget.NewButtonWithIcon("", theme.CancelIcon(), onRemove)
	rm.Importance = widget.LowImportance
	return rowOf(chip(l.Source.Name+" · "+roleLabel(l.Role)), rm)
}

func qualifierLabel(q app.Qualifier) string {
	if q == app.QualNone {
		return lang.L("(none)")
	}
	return lang.L("qualifier." + string(q))
}

func rateLabel(x app.Rate) string {
	if x == app.RateNone {
		return lang.L("no rate")
	}
	return lang.L("rate." + string(x))
}

// unitLabel is a canonical unit as a reporter reads it: translated where
// the interface has a word for it, else the name with spaces.
func unitLabel(u string) string {
	if u == "" {
		return ""
	}
	return unitName(u)
}

// conflictText says in the interface language why two figures conflict.
func conflictText(k app.Conflict) string {
	fig := qualifiedFigure(k.OtherQualifier, k.OtherValue, k.OtherUnit)
	if k.Kind == app.ConflictUnit {
		return lang.L("Same figure given as") + " " + fig + ": «" + k.OtherQuote + "»"
	}
	about := strings.TrimSpace(k.Platform + " " + k.Period)
	if k.OtherColumn != "" {
		fig += " (" + k.OtherColumn + ")"
	}
	return "«" + app.Truncate(k.OtherTitle, 60) + "» " + lang.L("gives") + " " + fig + " " + lang.L("for") + " " + about
}

// claimFigure reads a claim's figure as a reporter would say it: "more
// than 78 channels", or its kind for a date or an assertion.
func claimFigure(c app.Claim) string {
	switch c.Kind {
	case app.ClaimFigure:
		return qualifiedFigure(c.Qualifier, c.Value, c.Unit)
	case app.ClaimDate:
		return lang.L("Date")
	}
	return lang.L("Assertion")
}

// claimHeadline reads a claim as a reporter would say it: "more than 78
// channels · per day · Telegram · 2015-11-18".
func claimHeadline(c app.Claim) string {
	parts := []string{claimFigure(c)}
	if c.Kind == app.ClaimFigure && c.Rate != "" {
		parts = append(parts, lang.L("rate."+string(c.Rate)))
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
