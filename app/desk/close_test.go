package desk_test

import (
	"context"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/desk"
)

// Once the window's loop has ended, post never runs what it is given (the
// window closed, or the process was told to stop while a query was under
// way). Close still returns, after the edits already made are written;
// it hung on the first undelivered event and kept the database's lock.
func TestCloseReturnsWhenEventsCannotBeDelivered(t *testing.T) {
	db := fill(t, 30)
	loopEnded := func(func()) {} // fyne.Do after the run loop returned
	d := desk.New(db, loopEnded)
	d.Start(app.Query{})
	d.SetText("telegram")
	d.SetQuery(app.Query{Platforms: []string{"Twitter"}})
	ids, err := db.IDs(context.Background(), app.Query{})
	if err != nil {
		t.Fatal(err)
	}
	d.Open(ids[0])
	d.Do(app.Change{Entity: app.EntityNotice, Ref: ids[0], NoticeID: ids[0], Field: app.FieldStarred, Before: "false", After: "true"})
	closed := make(chan struct{})
	go func() {
		d.Close()
		close(closed)
	}()
	select {
	case <-closed:
	case <-time.After(10 * time.Second):
		t.Fatal("Close did not return: waiting for events the view's loop will never run")
	}
	n, err := db.Notice(context.Background(), ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if !n.Starred {
		t.Error("the edit made before Close was not written")
	}
}
