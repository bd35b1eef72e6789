package desk

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/takedowndesk/takedowndesk/app"
)

// BatchStore is a store that applies many changes at once, in one
// transaction, reporting its progress. A desk on such a store runs a
// command of more than one change through it; otherwise it applies them
// one by one.
type BatchStore interface {
	ApplyAll(ctx context.Context, chs []app.Change, progress func(done int)) ([]app.Change, error)
}

// SavedStore keeps the reporter's saved searches.
type SavedStore interface {
	SavedSearches(ctx context.Context) ([]app.SavedSearch, error)
	SetSavedSearches(ctx context.Context, ss []app.SavedSearch) error
}

// More events. Kinds declared outside desk.go take their own range, so
// kinds added on different branches never share a number.
const (
	// BusyChanged: a long command started, progressed or ended; see Busy.
	BusyChanged EventKind = 100 + iota
	// RowsChanged: a command changed many rows at once; every row shown
	// may be stale (the list keeps its length and scroll).
	RowsChanged
	// SavedChanged: the saved searches changed; see SavedSearches.
	SavedChanged
)

// manyRows is the size of a command from which its rows are updated in
// one pass and announced with one RowsChanged instead of one event each.
const manyRows = 32

// extra is the desk's state kept by this file: the progress of long
// commands and the saved searches.
type extra struct {
	busy        int // long commands running
	busyDone    int
	busyTotal   int
	saved       []app.SavedSearch
	savedLoaded bool
	saveMu      sync.Mutex                                  // one write of the saved searches at a time
	pending     []func([]app.SavedSearch) []app.SavedSearch // edits in the order asked
}

// Busy reports whether a long command is running and how far it got:
// done of total changes.
func (d *Desk) Busy() (busy bool, done, total int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.x.busy > 0, d.x.busyDone, d.x.busyTotal
}

func (d *Desk) setBusy(delta, done, total int) {
	d.mu.Lock()
	d.x.busy += delta
	d.x.busyDone, d.x.busyTotal = done, total
	d.mu.Unlock()
	d.publish(Event{Kind: BusyChanged, Offset: done, Count: total})
}

// applyChanges writes a command's changes: in one batch when the store
// can and there are several, else one by one, stopping at the first that
// fails. It returns the changes that changed something.
func (d *Desk) applyChanges(chs []app.Change) ([]app.Change, error) {
	if bs, ok := d.st.(BatchStore); ok && len(chs) > 1 {
		d.setBusy(1, 0, len(chs))
		last := 0
		done, err := bs.ApplyAll(context.Background(), chs, func(n int) {
			if n-last >= len(chs)/50 || n == len(chs) { // at most ~50 progress events
				last = n
				d.setBusy(0, n, len(chs))
			}
		})
		d.setBusy(-1, 0, 0)
		if err != nil && !errors.Is(err, app.ErrInvalid) {
			return nil, fmt.Errorf("%d changes: %w", len(chs), err)
		}
		return done, err
	}
	var done []app.Change
	for _, ch := range chs {
		got, err := d.st.Apply(context.Background(), ch)
		if err != nil {
			return done, fmt.Errorf("%s: %w", describe(ch), err)
		}
		if got.ID != 0 { // changed something
			done = append(done, got)
		}
	}
	return done, nil
}

// reflectAll updates the views after a command: change by change for a
// few, in one pass over the loaded rows for many.
func (d *Desk) reflectAll(done []app.Change) {
	if len(done) < manyRows {
		for _, ch := range done {
			d.reflect(ch)
		}
		return
	}
	byNotice := map[int64][]app.Change{}
	touched := map[int64]bool{}
	for _, ch := range done {
		if ch.Entity == app.EntityNotice {
			byNotice[ch.Ref] = append(byNotice[ch.Ref], ch)
		}
		touched[ch.NoticeID] = true
	}
	d.mu.Lock()
	for _, rows := range d.pages {
		for k := range rows {
			for _, ch := range byNotice[rows[k].ID] {
				applyToRow(&rows[k], ch)
			}
		}
	}
	openID := int64(0)
	if d.opened && touched[d.open.ID] {
		openID = d.open.ID
	}
	gen := d.openGen
	d.mu.Unlock()
	d.publish(Event{Kind: RowsChanged})
	if openID == 0 {
		return
	}
	n, err := d.st.Notice(context.Background(), openID)
	var h []app.Change
	if err == nil {
		h, err = d.st.History(context.Background(), openID)
	}
	d.mu.Lock()
	if err != nil || gen != d.openGen {
		d.mu.Unlock()
		return
	}
	d.open, d.history = n, h
	d.mu.Unlock()
	d.publish(Event{Kind: NoticeChanged, Notice: openID, Entity: app.EntityNotice})
}

// SelectedCount is the number of selected notices.
func (d *Desk) SelectedCount() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.selected)
}

// Anchor is the row a range of the selection starts from (the last row
// selected alone or toggled), and whether it is loaded.
func (d *Desk) Anchor() (int, bool) {
	d.mu.Lock()
	a := d.anchor
	d.mu.Unlock()
	if a == 0 {
		return 0, false
	}
	return d.Index(a)
}

// ExtendTo makes the selection the rows from the anchor to row i, loaded
// or not, as Shift with an arrow key does; the anchor stays.
func (d *Desk) ExtendTo(i int) {
	a, ok := d.Anchor()
	if !ok {
		d.Select(i, SelectOnly)
		return
	}
	d.selectSpan(min(a, i), max(a, i), true)
}

// LoadSaved reads the saved searches (SavedChanged follows).
func (d *Desk) LoadSaved() {
	if _, ok := d.st.(SavedStore); !ok {
		return
	}
	d.goWork(func() {
		d.x.saveMu.Lock()
		defer d.x.saveMu.Unlock()
		d.mu.Lock()
		d.x.savedLoaded = false
		d.mu.Unlock()
		if d.loadSavedLocked() {
			d.publish(Event{Kind: SavedChanged})
		}
	})
}

// loadSavedLocked reads the saved searches unless they are read; the
// caller holds saveMu.
func (d *Desk) loadSavedLocked() bool {
	d.mu.Lock()
	loaded := d.x.savedLoaded
	d.mu.Unlock()
	if loaded {
		return true
	}
	got, err := d.st.(SavedStore).SavedSearches(context.Background())
	if err != nil {
		d.publish(Event{Kind: Failed, Err: err})
		return false
	}
	d.mu.Lock()
	d.x.saved, d.x.savedLoaded = got, true
	d.mu.Unlock()
	return true
}

// SavedSearches returns the saved searches, in the order saved.
func (d *Desk) SavedSearches() []app.SavedSearch {
	d.mu.Lock()
	defer d.mu.Unlock()
	return slices.Clone(d.x.saved)
}

// SaveSearch keeps the current query under a name, replacing a saved
// search of that name. It fails at once on an empty or overlong name.
func (d *Desk) SaveSearch(name string) error {
	name, err := app.CleanSearchName(name)
	if err != nil {
		return err
	}
	q := d.Query()
	d.editSaved(func(ss []app.SavedSearch) []app.SavedSearch {
		for i := range ss {
			if ss[i].Name == name {
				ss[i].Query = q
				return ss
			}
		}
		return append(ss, app.SavedSearch{Name: name, Query: q})
	})
	return nil
}

// DeleteSearch forgets a saved search.
func (d *Desk) DeleteSearch(name string) {
	d.editSaved(func(ss []app.SavedSearch) []app.SavedSearch {
		return slices.DeleteFunc(ss, func(s app.SavedSearch) bool { return s.Name == name })
	})
}

// editSaved changes the saved searches and stores them, beside the
// caller and one change at a time, reading them first if they were not.
func (d *Desk) editSaved(fn func([]app.SavedSearch) []app.SavedSearch) {
	st, ok := d.st.(SavedStore)
	if !ok {
		return
	}
	d.mu.Lock()
	d.x.pending = append(d.x.pending, fn)
	d.mu.Unlock()
	d.goWork(func() {
		d.x.saveMu.Lock()
		defer d.x.saveMu.Unlock()
		if !d.loadSavedLocked() {
			return // never write over searches that could not be read
		}
		d.mu.Lock()
		if len(d.x.pending) == 0 {
			d.mu.Unlock()
			return // an earlier run took this edit along
		}
		ss := slices.Clone(d.x.saved)
		for _, f := range d.x.pending {
			ss = f(ss)
		}
		d.x.saved, d.x.pending = ss, nil
		ss = slices.Clone(ss)
		d.mu.Unlock()
		d.publish(Event{Kind: SavedChanged})
		if err := st.SetSavedSearches(context.Background(), ss); err != nil {
			d.publish(Event{Kind: Failed, Err: err})
		}
	})
}
