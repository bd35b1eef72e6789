package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/takedowndesk/takedowndesk/app/merge"
)

// Merger is a store that merges another reporter's desk (a database file
// or a whole-desk JSON export) into its own.
type Merger interface {
	MergeFile(ctx context.Context, path string, progress func(done int)) (merge.Report, error)
}

// teamMenu adds File → Merge desk… to the menu when the store can merge.
func (u *UI) teamMenu(m *fyne.MainMenu) *fyne.MainMenu {
	mg, ok := u.store.(Merger)
	if !ok || len(m.Items) == 0 {
		return m
	}
	file := m.Items[0]
	items := []*fyne.MenuItem{fyne.NewMenuItem(fyneText(lang.L("Merge desk…")), func() { u.showMerge(mg) })}
	if ts := u.info.Team; ts != nil {
		items = append(items, fyne.NewMenuItem(fyneText(lang.L("Team sync…")), func() { u.showSync(ts) }))
	}
	file.Items = append(file.Items, append([]*fyne.MenuItem{fyne.NewMenuItemSeparator()}, items...)...)
	return m
}

func (u *UI) showMerge(mg Merger) { u.pickFile(nil, func(path string) { u.runMerge(mg, path) }) }

// runMerge merges in the background behind a progress dialog; a cancelled
// merge keeps nothing of the other desk.
func (u *UI) runMerge(mg Merger, path string) {
	ctx, cancel := context.WithCancel(u.ctx)
	prog, status, bar := u.showProgress(lang.L("Merging"), cancel)
	bar.Hide()
	go func() {
		rep, err := mg.MergeFile(ctx, path, func(done int) {
			text := fmt.Sprintf("%s — %d %s", baseName(path), done, lang.L("items read"))
			u.post(func() { status.SetText(text) })
		})
		cancel()
		u.post(func() {
			prog.Hide()
			switch {
			case errors.Is(err, context.Canceled):
				showText(lang.L("Merge"), baseName(path)+": "+lang.L("cancelled, nothing from this desk was kept"), u.win)
			case err != nil:
				u.showError(err)
			default:
				u.afterImportDone()
				showText(lang.L("Merge")+": "+baseName(path), mergeText(rep), u.win)
			}
			if u.afterMerge != nil {
				u.afterMerge(rep, err)
			}
		})
	}()
}

// mergeText is a merge report as the window shows it.
func mergeText(rep merge.Report) string {
	a := rep.Added
	lines := []string{
		fmt.Sprintf("%s: %d %s, %d %s, %d %s, %d %s, %d %s, %d %s", lang.L("Added"),
			a.Notices, lang.L("notices"), a.Claims, lang.L("claims"), a.Sources, lang.L("sources"),
			a.Tags, lang.L("tags"), a.Notes, lang.L("notes"), a.Changes, lang.L("changes")),
		fmt.Sprintf("%s: %d %s", lang.L("Merged"), rep.Merged, lang.L("fields")),
		fmt.Sprintf("%s: %d %s", lang.L("In conflict"), len(rep.Conflicts), lang.L("fields")),
	}
	for _, c := range rep.Conflicts {
		kept, lost := c.Local+" ("+c.LocalAuthor+")", c.Other+" ("+c.OtherAuthor+")"
		if c.Kept == "other" {
			kept, lost = lost, kept
		}
		lines = append(lines, fmt.Sprintf("  %s %s: %s %s, %s %s", c.Entity, c.Field, lang.L("kept"), kept, lang.L("in history"), lost))
	}
	if rep.Unapplied > 0 {
		lines = append(lines, fmt.Sprintf("%d %s", rep.Unapplied, lang.L("changes kept in history only")))
	}
	return strings.Join(lines, "\n")
}
