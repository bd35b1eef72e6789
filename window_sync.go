package main

import (
	"context"
	"net/url"
	"strings"

	"github.com/takedowndesk/takedowndesk/store"
	"github.com/takedowndesk/takedowndesk/store/teamsync"
	"github.com/takedowndesk/takedowndesk/ui"
)

// windowSync is the window's link to the team server (ui.TeamSync).
type windowSync struct{ db *store.DB }

func (w windowSync) State(ctx context.Context) (ui.SyncState, error) {
	st, err := teamsync.StatusOf(ctx, w.db)
	return ui.SyncState{Server: st.Server, Desk: st.Desk, Last: st.Last, PendingNotices: st.PendingNotices,
		PendingChanges: st.PendingChanges, Conflicts: st.Conflicts}, err
}

func (w windowSync) Sync(ctx context.Context, server, desk, password string, progress func(string, int)) (ui.SyncResult, error) {
	res, err := teamsync.Sync(ctx, w.db, withPassword(server, password), teamsync.Options{Desk: strings.TrimSpace(desk), Progress: progress})
	return ui.SyncResult{Pushed: res.Pushed, Pulled: res.Pulled, Report: res.Merge}, err
}

// withPassword puts a password typed in the window into a server URL for
// one connection.
func withPassword(server, password string) string {
	server = strings.TrimSpace(server)
	u, err := url.Parse(server)
	if password == "" || err != nil || u.User == nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return server
	}
	u.User = url.UserPassword(u.User.Username(), password)
	return u.String()
}
