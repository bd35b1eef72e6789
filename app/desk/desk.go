// Package desk holds the state of one desk window without knowing any
// widget: the query and its pages of rows, the counts beside the filters,
// the selection, the open notice, and every edit as a command that can be
// undone. A view renders this state and turns input into calls; the desk
// asks the store off the caller's goroutine, drops answers to queries a
// newer one replaced, and tells its listeners what changed, by entity id,
// through the post function it was given (fyne.Do in the window, a direct
// call in tests).
//
// Every exported method may be called from any goroutine; listeners are
// called through post, one event at a time, in the order they happened.
package desk

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"

	"github.com/takedowndesk/takedowndesk/app"
)

// Store is what a desk needs from the database.
type Store interface {
	Page(ctx context.Context, q app.Query, offset, limit int) ([]app.Row, error)
	Count(ctx context.Context, q app.Query) (app.Counts, error)
	IDs(ctx context.Context, q app.Query) ([]int64, error)
	Notice(ctx context.Context, id int64) (app.Notice, error)
	Apply(ctx context.Context, ch app.Change) (app.Change, error)
	History(ctx context.Context, noticeID int64) ([]app.Change, error)
	Setting(ctx context.Context, key string) (string, error)
	SetSetting(ctx context.Context, key, value string) error
}

// EventKind says what changed.
type EventKind int

// The events a desk publishes.
const (
	// ListReset: the query changed or the desk was reloaded; every row
	// shown is stale and the list's length may have changed.
	ListReset EventKind = iota
	// PageLoaded: rows Offset to Offset+Count arrived.
	PageLoaded
	// CountsChanged: the total and the facet counts are known anew.
	CountsChanged
	// RowChanged: the row of notice Notice changed (status, star, tags).
	RowChanged
	// NoticeOpened: a notice was opened (Notice; 0 when none is open).
	NoticeOpened
	// NoticeChanged: part of the open notice changed: the claim Claim, a
	// note, its tags, status or star (Entity says which).
	NoticeChanged
	// SelectionChanged: the set of selected notices or claims changed.
	SelectionChanged
	// HistoryChanged: what Undo and Redo would do changed.
	HistoryChanged
	// Failed: a query or an edit failed (Err).
	Failed
)

// Event is one change of the desk's state.
type Event struct {
	Kind   EventKind
	Notice int64
	Claim  int64
	Entity app.Entity
	Offset int
	Count  int
	Err    error
}

// PageSize is how many rows a page holds.
const PageSize = 100

// maxPages bounds the pages kept; the ones farthest from the last asked
// for are dropped first, so memory follows what is on screen.
const maxPages = 12

// SettingLastNotice remembers the notice open when the window closed.
const SettingLastNotice = "ui.last_notice"

// Desk is the state of one desk window.
type Desk struct {
	st   Store
	post func(func())

	mu        sync.Mutex
	listeners []func(Event)
	query     app.Query
	gen       uint64 // bumped by every new query; older answers are dropped
	cancel    context.CancelFunc
	ctx       context.Context
	pages     map[int][]app.Row // page number → rows
	loading   map[int]bool
	lastPage  int // the page asked for most recently
	end       int // rows known to exist: the total once counted, else what was loaded
	ended     bool
	counts    app.Counts
	counted   bool
	open      app.Notice
	opened    bool
	history   []app.Change // of the open notice, oldest first
	openGen   uint64
	selected  map[int64]bool
	anchor    int64
	claims    map[int64]bool
	undo      [][]app.Change
	redo      [][]app.Change
	work      sync.WaitGroup
	edits     sync.WaitGroup // edits being written (AfterEdits waits for them)
	x         extra          // progress and saved searches (bulk.go)

	qmu        sync.Mutex
	queue      []func()
	delivering bool
	// closed by Close: events are dropped from then on, and a delivery
	// waiting for post gives up (after the window's loop has ended, post
	// never runs what it is given)
	closing   chan struct{}
	closeOnce sync.Once
}

// New makes a desk on st. post runs a function on the goroutine that owns
// the view (fyne.Do); listeners are called through it.
func New(st Store, post func(func())) *Desk {
	d := &Desk{st: st, post: post, pages: map[int][]app.Row{}, loading: map[int]bool{},
		selected: map[int64]bool{}, claims: map[int64]bool{}, closing: make(chan struct{})}
	d.ctx, d.cancel = context.WithCancel(context.Background())
	return d
}

// Listen adds a listener for the desk's events.
func (d *Desk) Listen(fn func(Event)) {
	d.mu.Lock()
	d.listeners = append(d.listeners, fn)
	d.mu.Unlock()
}

// publish queues an event for the listeners. One goroutine hands the
// queue to post in order, so listeners never run two at a time even where
// post calls them at once (tests), and Wait covers their delivery.
func (d *Desk) publish(ev Event) {
	d.mu.Lock()
	ls := append([]func(Event){}, d.listeners...)
	d.mu.Unlock()
	d.work.Add(1)
	d.qmu.Lock()
	d.queue = append(d.queue, func() {
		for _, l := range ls {
			l(ev)
		}
	})
	start := !d.delivering
	d.delivering = true
	d.qmu.Unlock()
	if start {
		go d.deliver()
	}
}

func (d *Desk) deliver() {
	for {
		d.qmu.Lock()
		if len(d.queue) == 0 {
			d.delivering = false
			d.qmu.Unlock()
			return
		}
		fn := d.queue[0]
		d.queue = d.queue[1:]
		d.qmu.Unlock()
		select {
		case <-d.closing: // the view is gone: nobody to tell
		default:
			done := make(chan struct{})
			d.post(func() {
				defer close(done)
				select {
				case <-d.closing:
				default:
					fn()
				}
			})
			select { // one event at a time, in order
			case <-done:
			case <-d.closing:
			}
		}
		d.work.Done()
	}
}

// goWork runs fn beside the caller; Wait waits for every such run.
func (d *Desk) goWork(fn func()) {
	d.work.Add(1)
	go func() {
		defer d.work.Done()
		fn()
	}()
}

// Wait blocks until every query and edit started so far has finished and
// published its events. For tests and for closing the window.
func (d *Desk) Wait() { d.work.Wait() }

// Start opens the desk on a query and the notice last viewed (the first
// row when there is none).
func (d *Desk) Start(q app.Query) {
	d.SetQuery(q)
	// Not the list's context, which the next query replaces (unlocked, it
	// was a data race) and cancels: which notice opens does not depend on
	// the list, and these reads take milliseconds.
	ctx := context.Background()
	d.goWork(func() {
		s, err := d.st.Setting(ctx, SettingLastNotice)
		if err != nil {
			d.publish(Event{Kind: Failed, Err: err})
		}
		if id, err := strconv.ParseInt(s, 10, 64); err == nil && id > 0 {
			if _, err := d.st.Notice(ctx, id); err == nil {
				d.Open(id)
				return
			}
		}
		rows, err := d.st.Page(ctx, q, 0, 1)
		if err == nil && len(rows) > 0 {
			d.Open(rows[0].ID)
		} else {
			d.publish(Event{Kind: NoticeOpened})
		}
	})
}

// Query is the query the list shows.
func (d *Desk) Query() app.Query {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.query
}

// SetQuery shows the list for q: the first page, then its counts.
func (d *Desk) SetQuery(q app.Query) {
	d.mu.Lock()
	d.query = q
	d.resetLocked()
	d.mu.Unlock()
	d.publish(Event{Kind: ListReset})
	d.fetch(0)
	d.recount()
}

// SetText changes the query's search text only.
func (d *Desk) SetText(text string) {
	q := d.Query()
	q.Text = text
	d.SetQuery(q)
}

// Reload reads the list again for the same query (after an import).
func (d *Desk) Reload() { d.SetQuery(d.Query()) }

func (d *Desk) resetLocked() {
	d.gen++
	d.cancel()
	d.ctx, d.cancel = context.WithCancel(context.Background())
	d.pages, d.loading = map[int][]app.Row{}, map[int]bool{}
	d.end, d.ended, d.counted, d.lastPage = 0, false, false, 0
}

// fetch loads page p of the current query unless it is there or coming.
func (d *Desk) fetch(p int) {
	d.mu.Lock()
	if _, ok := d.pages[p]; ok || d.loading[p] || d.ended && p*PageSize >= d.end {
		d.mu.Unlock()
		return
	}
	d.loading[p] = true
	gen, ctx, q := d.gen, d.ctx, d.query
	d.mu.Unlock()
	d.goWork(func() {
		rows, err := d.st.Page(ctx, q, p*PageSize, PageSize)
		d.mu.Lock()
		if gen != d.gen {
			d.mu.Unlock()
			return // a newer query replaced this one
		}
		delete(d.loading, p)
		if err != nil {
			d.mu.Unlock()
			if !errors.Is(err, context.Canceled) {
				d.publish(Event{Kind: Failed, Err: err})
			}
			return
		}
		d.pages[p] = rows
		d.lastPage = p
		d.dropFarPagesLocked()
		if !d.counted {
			if n := p*PageSize + len(rows); n > d.end {
				d.end = n
			}
			if len(rows) < PageSize {
				d.end, d.ended = p*PageSize+len(rows), true
			}
		}
		d.mu.Unlock()
		d.publish(Event{Kind: PageLoaded, Offset: p * PageSize, Count: len(rows)})
	})
}

func (d *Desk) dropFarPagesLocked() {
	for len(d.pages) > maxPages {
		far, dist := -1, -1
		for p := range d.pages {
			if x := abs(p - d.lastPage); x > dist {
				far, dist = p, x
			}
		}
		delete(d.pages, far)
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// recount counts the current query's notices and facets.
func (d *Desk) recount() {
	d.mu.Lock()
	gen, ctx, q := d.gen, d.ctx, d.query
	d.mu.Unlock()
	d.goWork(func() {
		c, err := d.st.Count(ctx, q)
		d.mu.Lock()
		if gen != d.gen {
			d.mu.Unlock()
			return
		}
		if err != nil {
			d.mu.Unlock()
			if !errors.Is(err, context.Canceled) {
				d.publish(Event{Kind: Failed, Err: err})
			}
			return
		}
		d.counts, d.counted, d.end, d.ended = c, true, c.Total, true
		d.mu.Unlock()
		d.publish(Event{Kind: CountsChanged})
	})
}

// Len is the number of rows the list has: the total once counted, else
// the rows loaded so far and, while more may follow, one page more.
func (d *Desk) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.ended {
		return d.end
	}
	if d.end == 0 && len(d.loading) > 0 {
		return 0
	}
	return d.end + PageSize
}

// Row returns row i when its page is loaded, and otherwise asks for the
// page and returns false (the view shows a placeholder until PageLoaded).
func (d *Desk) Row(i int) (app.Row, bool) {
	if i < 0 {
		return app.Row{}, false
	}
	p := i / PageSize
	d.mu.Lock()
	rows, ok := d.pages[p]
	if ok {
		d.lastPage = p
	}
	d.mu.Unlock()
	if !ok {
		d.fetch(p)
		return app.Row{}, false
	}
	if k := i - p*PageSize; k < len(rows) {
		if k > PageSize*3/4 {
			d.fetch(p + 1) // read ahead as the reader nears the page's end
		}
		return rows[k], true
	}
	return app.Row{}, false
}

// Index returns the position of a notice's row among the loaded pages.
func (d *Desk) Index(id int64) (int, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for p, rows := range d.pages {
		for k, r := range rows {
			if r.ID == id {
				return p*PageSize + k, true
			}
		}
	}
	return 0, false
}

// Counts returns the current query's counts, and whether they are known yet.
func (d *Desk) Counts() (app.Counts, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.counts, d.counted
}

// Open loads a notice whole and makes it the open one.
func (d *Desk) Open(id int64) {
	d.mu.Lock()
	d.openGen++
	gen := d.openGen
	d.mu.Unlock()
	d.goWork(func() {
		n, err := d.st.Notice(context.Background(), id)
		var h []app.Change
		if err == nil {
			h, err = d.st.History(context.Background(), id)
		}
		d.mu.Lock()
		if gen != d.openGen {
			d.mu.Unlock()
			return
		}
		if err != nil {
			d.mu.Unlock()
			d.publish(Event{Kind: Failed, Err: err})
			return
		}
		d.open, d.opened, d.history = n, true, h
		d.mu.Unlock()
		d.publish(Event{Kind: NoticeOpened, Notice: id})
		if err := d.st.SetSetting(context.Background(), SettingLastNotice, strconv.FormatInt(id, 10)); err != nil {
			d.publish(Event{Kind: Failed, Err: err})
		}
	})
}

// History returns the recorded changes of the open notice and everything
// in it, oldest first.
func (d *Desk) History() []app.Change {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]app.Change(nil), d.history...)
}

// Current returns the open notice, and whether one is open.
func (d *Desk) Current() (app.Notice, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.open, d.opened
}

// SelectMode says how a click or key changes the selection.
type SelectMode int

// Ways to select.
const (
	SelectOnly   SelectMode = iota // this one alone (a plain click)
	SelectToggle                   // add or remove this one (Ctrl-click)
	SelectRange                    // from the anchor to this one (Shift-click)
)

// Select changes the set of selected notices with the notice at row i.
// A range spans the rows between the anchor and i, loaded or not (their
// ids are read from the store).
func (d *Desk) Select(i int, mode SelectMode) {
	r, ok := d.Row(i)
	if !ok {
		return
	}
	d.mu.Lock()
	switch mode {
	case SelectOnly:
		d.selected = map[int64]bool{r.ID: true}
		d.anchor = r.ID
	case SelectToggle:
		if d.selected[r.ID] {
			delete(d.selected, r.ID)
		} else {
			d.selected[r.ID] = true
		}
		d.anchor = r.ID
	case SelectRange:
		anchor := d.anchor
		d.mu.Unlock()
		a, ok := d.Index(anchor)
		if !ok {
			d.Select(i, SelectOnly)
			return
		}
		d.selectSpan(min(a, i), max(a, i), false)
		return
	}
	d.mu.Unlock()
	d.publish(Event{Kind: SelectionChanged})
}

// selectSpan selects rows lo to hi inclusive, adding to the selection or,
// with replace, instead of it.
func (d *Desk) selectSpan(lo, hi int, replace bool) {
	q := d.Query()
	d.mu.Lock()
	gen := d.gen
	d.mu.Unlock()
	d.goWork(func() {
		rows, err := d.st.Page(context.Background(), q, lo, hi-lo+1)
		if err != nil {
			d.publish(Event{Kind: Failed, Err: err})
			return
		}
		d.mu.Lock()
		if gen != d.gen {
			d.mu.Unlock()
			return
		}
		if replace {
			d.selected = make(map[int64]bool, len(rows))
		}
		for _, r := range rows {
			d.selected[r.ID] = true
		}
		d.mu.Unlock()
		d.publish(Event{Kind: SelectionChanged})
	})
}

// SelectAll selects every notice the query lists, loaded or not.
func (d *Desk) SelectAll() {
	q := d.Query()
	d.goWork(func() {
		ids, err := d.st.IDs(context.Background(), q)
		if err != nil {
			d.publish(Event{Kind: Failed, Err: err})
			return
		}
		d.mu.Lock()
		d.selected = make(map[int64]bool, len(ids))
		for _, id := range ids {
			d.selected[id] = true
		}
		d.mu.Unlock()
		d.publish(Event{Kind: SelectionChanged})
	})
}

// ClearSelection selects nothing.
func (d *Desk) ClearSelection() {
	d.mu.Lock()
	d.selected, d.claims = map[int64]bool{}, map[int64]bool{}
	d.mu.Unlock()
	d.publish(Event{Kind: SelectionChanged})
}

// IsSelected reports whether a notice is selected.
func (d *Desk) IsSelected(id int64) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.selected[id]
}

// Selected returns the selected notices' ids.
func (d *Desk) Selected() []int64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]int64, 0, len(d.selected))
	for id := range d.selected {
		out = append(out, id)
	}
	return out
}

// SelectClaim adds a claim of the open notice to the claim selection, or
// takes it out.
func (d *Desk) SelectClaim(id int64, on bool) {
	d.mu.Lock()
	if on {
		d.claims[id] = true
	} else {
		delete(d.claims, id)
	}
	d.mu.Unlock()
	d.publish(Event{Kind: SelectionChanged, Claim: id})
}

// SelectedClaims returns the selected claims' ids.
func (d *Desk) SelectedClaims() []int64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]int64, 0, len(d.claims))
	for id := range d.claims {
		out = append(out, id)
	}
	return out
}

// Do applies edits as one command: undone and redone together (a bulk
// edit of many notices is one step).
func (d *Desk) Do(chs ...app.Change) {
	d.apply(chs, func(done []app.Change) {
		d.undo = append(d.undo, done)
		d.redo = nil
	})
}

// Undo takes the last command back.
func (d *Desk) Undo() { d.step(&d.undo, &d.redo) }

// Redo applies the last undone command again.
func (d *Desk) Redo() { d.step(&d.redo, &d.undo) }

func (d *Desk) step(from, to *[][]app.Change) {
	d.mu.Lock()
	if len(*from) == 0 {
		d.mu.Unlock()
		return
	}
	cmd := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	d.mu.Unlock()
	inv := make([]app.Change, len(cmd))
	for i, ch := range cmd {
		inv[len(cmd)-1-i] = ch.Inverse()
	}
	d.apply(inv, func(done []app.Change) { *to = append(*to, done) })
}

// CanUndo and CanRedo report whether there is a command to take back or
// apply again, and describe it.
func (d *Desk) CanUndo() (app.Change, bool) { return d.top(&d.undo) }

// CanRedo: see CanUndo.
func (d *Desk) CanRedo() (app.Change, bool) { return d.top(&d.redo) }

func (d *Desk) top(s *[][]app.Change) (app.Change, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(*s) == 0 {
		return app.Change{}, false
	}
	cmd := (*s)[len(*s)-1]
	return cmd[0], true
}

// apply writes the changes in order, stopping at the first that fails;
// what was applied is recorded by record (under the lock) and reflected in
// the rows and the open notice.
func (d *Desk) apply(chs []app.Change, record func([]app.Change)) {
	d.edits.Add(1)
	d.goWork(func() {
		defer d.edits.Done()
		done, failed := d.applyChanges(chs)
		d.mu.Lock()
		if len(done) > 0 {
			record(done)
		}
		d.mu.Unlock()
		d.reflectAll(done)
		if failed != nil {
			d.publish(Event{Kind: Failed, Err: failed})
		}
		d.publish(Event{Kind: HistoryChanged})
		if len(done) > 0 {
			d.recount()
		}
	})
}

// describe names a change for an error message.
func describe(ch app.Change) string {
	return fmt.Sprintf("%s %d: %s", ch.Entity, ch.Ref, ch.Field)
}

// reflect updates the loaded rows and the open notice after a change and
// tells the views, so only what changed is redrawn.
func (d *Desk) reflect(ch app.Change) {
	d.mu.Lock()
	rowChanged := false
	if ch.Entity == app.EntityNotice {
		for _, rows := range d.pages {
			for k := range rows {
				if rows[k].ID == ch.Ref {
					applyToRow(&rows[k], ch)
					rowChanged = true
				}
			}
		}
	}
	// A source or tag belongs to no notice; the open one may show it.
	openChanged := d.opened && (d.open.ID == ch.NoticeID || ch.NoticeID == 0 && sharedRecord(ch))
	reload := false
	nid := ch.NoticeID
	if openChanged {
		reload = applyToNotice(&d.open, ch)
		nid = d.open.ID
	}
	gen := d.openGen
	d.mu.Unlock()
	if ch.Entity == app.EntityTag {
		defer d.Reload() // rows show tags by name and colour
	}
	if rowChanged {
		d.publish(Event{Kind: RowChanged, Notice: ch.Ref})
	}
	if !openChanged {
		return
	}
	if h, err := d.st.History(context.Background(), nid); err == nil {
		d.mu.Lock()
		if gen == d.openGen {
			d.history = h
		}
		d.mu.Unlock()
	}
	if !reload {
		d.publish(Event{Kind: NoticeChanged, Notice: nid, Entity: ch.Entity, Claim: claimOf(ch)})
		return
	}
	// Tags and notes get ids and colours from the store: read them back.
	n, err := d.st.Notice(context.Background(), nid)
	d.mu.Lock()
	if err != nil || gen != d.openGen {
		d.mu.Unlock()
		return
	}
	d.open = n
	rowChanged = ch.Entity == app.EntityClaim && d.rowSummaryLocked(n)
	d.mu.Unlock()
	if rowChanged {
		d.publish(Event{Kind: RowChanged, Notice: n.ID})
	}
	d.publish(Event{Kind: NoticeChanged, Notice: nid, Entity: ch.Entity, Claim: claimOf(ch)})
}

func claimOf(ch app.Change) int64 {
	if ch.Entity == app.EntityClaim {
		return ch.Ref
	}
	return 0
}

func applyToRow(r *app.Row, ch app.Change) {
	switch ch.Field {
	case app.FieldStatus:
		r.Status = app.Status(ch.After)
	case app.FieldStarred:
		r.Starred = ch.After == "true"
	case app.FieldTag:
		r.Tags = editTags(r.Tags, ch)
	}
}

func editTags(ts []app.Tag, ch app.Change) []app.Tag {
	if ch.After != "" {
		for _, t := range ts {
			if t.Name == ch.After {
				return ts
			}
		}
		return append(append([]app.Tag{}, ts...), app.Tag{Name: ch.After})
	}
	out := make([]app.Tag, 0, len(ts))
	for _, t := range ts {
		if t.Name != ch.Before {
			out = append(out, t)
		}
	}
	return out
}

// applyToNotice updates the open notice in place; it reports whether the
// notice must be read back instead (a new note or tag).
func applyToNotice(n *app.Notice, ch app.Change) bool {
	switch {
	case ch.Entity == app.EntityNotice && ch.Field == app.FieldStatus:
		n.Status = app.Status(ch.After)
	case ch.Entity == app.EntityNotice && ch.Field == app.FieldStarred:
		n.Starred = ch.After == "true"
	case ch.Entity == app.EntityNotice && ch.Field == app.FieldTag:
		n.Tags = editTags(n.Tags, ch)
	case ch.Entity == app.EntityClaim && ch.Field != app.FieldVerification && ch.Field != app.FieldTag:
		return true // corrections move the summary and the conflicts: read back
	case ch.Entity == app.EntityClaim:
		for i := range n.Claims {
			c := &n.Claims[i]
			if c.ID != ch.Ref {
				continue
			}
			switch ch.Field {
			case app.FieldVerification:
				c.Verification = app.Verification(ch.After)
			case app.FieldTag:
				c.Tags = editTags(c.Tags, ch)
			}
		}
	default:
		return true
	}
	return false
}

// SetStatus moves notices through the workflow, as one command.
func (d *Desk) SetStatus(to app.Status, ids ...int64) {
	chs := make([]app.Change, len(ids))
	for i, id := range ids {
		chs[i] = app.Change{Entity: app.EntityNotice, Ref: id, Field: app.FieldStatus, After: string(to)}
	}
	d.Do(chs...)
}

// SetStarred stars or unstars notices, as one command.
func (d *Desk) SetStarred(on bool, ids ...int64) {
	chs := make([]app.Change, len(ids))
	for i, id := range ids {
		chs[i] = app.Change{Entity: app.EntityNotice, Ref: id, Field: app.FieldStarred, After: strconv.FormatBool(on)}
	}
	d.Do(chs...)
}

// Tag puts a tag on notices, claims or sources, as one command.
func (d *Desk) Tag(e app.Entity, name string, ids ...int64) {
	chs := make([]app.Change, len(ids))
	for i, id := range ids {
		chs[i] = app.Change{Entity: e, Ref: id, Field: app.FieldTag, After: name}
	}
	d.Do(chs...)
}

// Untag takes a tag off notices, claims or sources, as one command.
func (d *Desk) Untag(e app.Entity, name string, ids ...int64) {
	chs := make([]app.Change, len(ids))
	for i, id := range ids {
		chs[i] = app.Change{Entity: e, Ref: id, Field: app.FieldTag, Before: name}
	}
	d.Do(chs...)
}

// SetVerification records how far a claim has been checked.
func (d *Desk) SetVerification(claimID int64, v app.Verification) {
	d.Do(app.Change{Entity: app.EntityClaim, Ref: claimID, Field: app.FieldVerification, After: string(v)})
}

// AddNote adds a note to a notice.
func (d *Desk) AddNote(noticeID int64, body string) {
	d.Do(app.Change{Entity: app.EntityNote, NoticeID: noticeID, Field: app.FieldBody, After: body})
}

// DeleteNote deletes a note (undo brings it back under its id).
func (d *Desk) DeleteNote(n app.Note) {
	d.Do(app.Change{Entity: app.EntityNote, Ref: n.ID, NoticeID: n.NoticeID, Field: app.FieldBody, Before: n.Body})
}

// Close stops the desk's queries, drops the events not yet delivered and
// waits for its edits to be written. It returns even when the view's loop
// has already ended (the window closed, or the process told to stop while
// a query was under way), where waiting for a delivery hung the exit and
// kept the database's lock.
func (d *Desk) Close() {
	d.mu.Lock()
	d.cancel()
	d.mu.Unlock()
	d.closeOnce.Do(func() { close(d.closing) })
	d.Wait()
}
