package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/takedowndesk/takedowndesk/app/extract"
	"github.com/takedowndesk/takedowndesk/ui/bidi"
)

func (u *UI) aliases() []extract.Alias {
	as, err := u.store.Aliases(u.ctx)
	if err != nil {
		u.showError(err)
	}
	return as
}

func (u *UI) saveAliases(as []extract.Alias) {
	if err := u.store.SetAliases(u.ctx, as); err != nil {
		u.showError(err)
	}
}

// addAlias validates and stores one alias typed by the reporter.
func (u *UI) addAlias(name, canonical string, kind extract.AliasKind) error {
	name, canonical = strings.TrimSpace(name), strings.TrimSpace(canonical)
	if name == "" || canonical == "" {
		return fmt.Errorf("%s", lang.L("Both the name as written and the name to use are needed."))
	}
	as := u.aliases()
	for _, a := range as {
		if strings.EqualFold(a.Name, name) && a.Kind == kind {
			return fmt.Errorf("%s: %s", lang.L("Already in the list"), name)
		}
	}
	u.saveAliases(append(as, extract.Alias{Name: name, Canonical: canonical, Kind: kind}))
	return nil
}

// showAliases lets the reporter add names the extractor should recognise:
// a channel's nickname for a group, a local spelling of a platform.
func (u *UI) showAliases() {
	list := container.NewVBox()
	var refill func()
	refill = func() {
		list.Objects = nil
		for i, a := range u.aliases() {
			i := i
			rm := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
				as := u.aliases()
				u.saveAliases(append(as[:i:i], as[i+1:]...))
				refill()
			})
			rm.Importance = widget.LowImportance
			text := fmt.Sprintf("%s → %s (%s)", a.Name, a.Canonical, lang.L("alias."+string(a.Kind)))
			list.Add(sides(nil, rm, bidi.NewLabel(text)))
		}
		if len(list.Objects) == 0 {
			list.Add(dim(lang.L("No names of your own yet. The built-in list covers the main platforms and groups in eight languages.")))
		}
		list.Refresh()
	}
	refill()
	name := newEntry()
	name.SetPlaceHolder(lang.L("Name as written, e.g. تيلغرام"))
	canonical := newEntry()
	canonical.SetPlaceHolder(lang.L("Name to use, e.g. Telegram"))
	kinds := []extract.AliasKind{extract.AliasPlatform, extract.AliasActor}
	kind := widget.NewRadioGroup([]string{lang.L("alias.platform"), lang.L("alias.actor")}, nil)
	kind.Horizontal = true
	kind.SetSelected(lang.L("alias.platform"))
	add := widget.NewButtonWithIcon(lang.L("Add"), theme.ContentAddIcon(), func() {
		k := kinds[0]
		if kind.Selected == lang.L("alias.actor") {
			k = kinds[1]
		}
		if err := u.addAlias(name.Text, canonical.Text, k); err != nil {
			u.showError(err)
			return
		}
		name.SetText("")
		canonical.SetText("")
		refill()
	})
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(520, 200))
	form := container.NewVBox(name, canonical, radioGroup(kind), add,
		dim(lang.L("New names apply to notices imported from now on.")))
	d := dialog.NewCustom(lang.L("Names of platforms and groups"), lang.L("Close"), container.NewBorder(nil, form, nil, nil, scroll), u.win)
	d.Resize(fyne.NewSize(600, 560))
	showDialog(d, u.win, name)
}
