package teamsync

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/brief"
	"github.com/takedowndesk/takedowndesk/app/merge"
	"github.com/takedowndesk/takedowndesk/store"
)

// Options tune a sync.
type Options struct {
	// Desk names the server's desk; empty for the one this file last
	// synced with.
	Desk string
	// Batch is how many records one push transaction or one pull carries
	// (default 2000): what a server stopped mid-sync can lose is at most
	// the batch in flight, which the next sync sends again.
	Batch int
	// Progress, when set, is told what the sync is doing ("push" or
	// "pull") and how many records it has moved.
	Progress func(stage string, done int)

	// afterBatch, for tests, runs after each batch pushed or pulled.
	afterBatch func(stage string, n int)
}

// Result says what a sync did.
type Result struct {
	Server  string       `json:"server"` // the server, without its password
	Desk    string       `json:"desk"`
	Pushed  int          `json:"pushed"`  // records the server did not have
	Sent    int          `json:"sent"`    // records sent (some it had)
	Pulled  int          `json:"pulled"`  // records read from the server
	Skipped int          `json:"skipped"` // records pulled that could not be read
	Cursor  int64        `json:"cursor"`  // the last server sequence number applied
	Merge   merge.Report `json:"merge"`   // what the pulled records changed here

	sentNow map[string]bool // uids of the records this sync sent: not merged back
}

// Setting keys, in the desk file, of the sync's state.
const (
	SettingServer    = "sync.server"    // the last server synced with, without password
	SettingDesk      = "sync.desk"      // the desk on it
	SettingLast      = "sync.last"      // when the last sync completed (RFC 3339)
	SettingConflicts = "sync.conflicts" // fields in conflict in the last sync
)

func cursorKey(server, desk string) string { return "sync.cursor." + server + "#" + desk }

// Redact is the server of a connection URL or DSN as the desk shows and
// remembers it: the URL with its options (sslmode and the like) but never
// its password.
func Redact(server string) string {
	if u, err := url.Parse(server); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		if u.User != nil {
			u.User = url.User(u.User.Username())
		}
		q := u.Query()
		if q.Has("password") {
			q.Del("password")
			u.RawQuery = q.Encode()
		}
		return u.String()
	}
	cfg, err := pgx.ParseConfig(server)
	if err != nil {
		return "(unreadable server URL)"
	}
	return fmt.Sprintf("postgres://%s@%s:%d/%s?sslmode=prefer", url.PathEscape(cfg.User), cfg.Host, cfg.Port, url.PathEscape(cfg.Database))
}

// Sync pushes what db has that the server lacks, then pulls and merges
// what others pushed since the last sync. It is idempotent: records the
// server has are not stored twice, records pulled twice merge to nothing,
// and a sync cut short (the server stopped, the network gone) keeps what
// it completed; the next one carries on.
func Sync(ctx context.Context, db *store.DB, url string, opt Options) (Result, error) {
	server := Redact(url)
	res := Result{Server: server, Merge: merge.Report{From: server, Conflicts: []merge.Conflict{}}}
	if opt.Batch <= 0 {
		opt.Batch = 2000
	}
	if opt.Desk == "" {
		d, err := db.Setting(ctx, SettingDesk)
		if err != nil {
			return res, err
		}
		if opt.Desk = d; d == "" {
			return res, errors.New("sync: no desk named (--desk NAME) and none synced before")
		}
	}
	res.Desk = opt.Desk
	conn, err := connect(ctx, url)
	if err != nil {
		return res, err
	}
	defer conn.Close(context.Background())
	v, err := serverVersion(ctx, conn)
	if err != nil {
		return res, err
	}
	if v < ServerVersion() {
		if err := migrate(ctx, conn); err != nil {
			return res, fmt.Errorf("%w: %w", ErrNotSetUp, err)
		}
	}
	var deskID int64
	if err := conn.QueryRow(ctx, `SELECT id FROM takedowndesk.desk WHERE name = $1`, opt.Desk).Scan(&deskID); err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return res, fmt.Errorf("desk %q on %s: %w", opt.Desk, server, ErrNoDesk)
		}
		return res, fmt.Errorf("desk %q on %s: %w", opt.Desk, server, err)
	}
	if err := push(ctx, db, conn, deskID, opt, &res); err != nil {
		return res, err
	}
	if err := pull(ctx, db, conn, deskID, opt, &res); err != nil {
		return res, err
	}
	err = db.SetSettings(ctx, map[string]string{
		SettingServer: server, SettingDesk: opt.Desk, SettingLast: time.Now().UTC().Format(time.RFC3339),
		SettingConflicts: strconv.Itoa(len(res.Merge.Conflicts)),
	})
	return res, err
}

type record struct {
	uid, kind, body string
}

func encode(kind, key string, v any) (record, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return record{}, fmt.Errorf("encode %s %s: %w", kind, key, err)
	}
	r := record{kind: kind, body: string(b), uid: key}
	if kind != "change" { // a new version of a thing is a new record
		sum := sha256.Sum256(b)
		r.uid = kind[:1] + ":" + key + ":" + hex.EncodeToString(sum[:12])
	}
	return r, nil
}

// push sends the desk's sources and tags (the server keeps each version
// once), then its pending notices and changes batch by batch, each batch
// one server transaction marked pushed here once it committed.
func push(ctx context.Context, db *store.DB, conn *pgx.Conn, deskID int64, opt Options, res *Result) error {
	var vocab []record
	err := db.EachSource(ctx, func(s app.Source) error {
		r, err := encode("source", s.UID, brief.FromSource(s))
		vocab = append(vocab, r)
		return err
	})
	if err == nil {
		err = db.EachTag(ctx, func(t app.Tag) error {
			r, err := encode("tag", t.UID, brief.DeskTag{UID: t.UID, Name: t.Name, Colour: t.Colour})
			vocab = append(vocab, r)
			return err
		})
	}
	if err != nil {
		return err
	}
	for len(vocab) > 0 {
		n := min(len(vocab), opt.Batch)
		if err := pushBatch(ctx, conn, deskID, vocab[:n], res); err != nil {
			return err
		}
		vocab = vocab[n:]
	}
	var afterNotice, afterChange int64
	for {
		p, err := db.NextPending(ctx, afterNotice, afterChange, opt.Batch)
		if err != nil {
			return err
		}
		if len(p.Notices) == 0 && len(p.Changes) == 0 {
			return nil
		}
		var recs []record
		var notices, changes []int64
		for _, n := range p.Notices {
			j := brief.FromNotice(n)
			j.Conflicts = nil // derived: each desk computes its own
			for i := range j.Claims {
				j.Claims[i].Conflicts = nil
			}
			r, err := encode("notice", n.UID, j)
			if err != nil {
				return err
			}
			recs = append(recs, r)
			notices = append(notices, n.ID)
			afterNotice = n.ID
		}
		for _, c := range p.Changes {
			r, err := encode("change", c.UID, brief.FromChange(c))
			if err != nil {
				return err
			}
			recs = append(recs, r)
			changes = append(changes, c.ID)
			afterChange = c.ID
		}
		if err := pushBatch(ctx, conn, deskID, recs, res); err != nil {
			return err
		}
		if err := db.MarkPushed(ctx, notices, changes); err != nil {
			return err
		}
		if opt.Progress != nil {
			opt.Progress("push", res.Sent)
		}
		if opt.afterBatch != nil {
			opt.afterBatch("push", len(recs))
		}
	}
}

// pushBatch stores records in one transaction: copied into a temporary
// table, then inserted unless the server has them, under the desk's
// advisory lock so that sequence numbers commit in order.
func pushBatch(ctx context.Context, conn *pgx.Conn, deskID int64, recs []record, res *Result) error {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fmt.Errorf("push: %w", err)
	}
	defer tx.Rollback(context.Background()) //nolint:errcheck // no-op after commit
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(8, $1::int)`, deskID); err != nil {
		return fmt.Errorf("push: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TEMP TABLE IF NOT EXISTS td_push (uid text, kind text, body text) ON COMMIT DELETE ROWS`); err != nil {
		return fmt.Errorf("push: %w", err)
	}
	rows := make([][]any, len(recs))
	for i, r := range recs {
		rows[i] = []any{r.uid, r.kind, r.body}
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"td_push"}, []string{"uid", "kind", "body"}, pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("push: %w", err)
	}
	tag, err := tx.Exec(ctx, `INSERT INTO takedowndesk.record (desk_id, uid, kind, body)
		SELECT $1, uid, kind, body FROM td_push ORDER BY ctid ON CONFLICT (desk_id, uid) DO NOTHING`, deskID)
	if err != nil {
		return fmt.Errorf("push: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("push: %w", err)
	}
	res.Pushed += int(tag.RowsAffected())
	res.Sent += len(recs)
	if res.sentNow == nil {
		res.sentNow = map[string]bool{}
	}
	for _, r := range recs {
		res.sentNow[r.uid] = true
	}
	return nil
}

// pull reads the records after the cursor, batch by batch, and merges
// each batch with the cursor moved in the same transaction.
func pull(ctx context.Context, db *store.DB, conn *pgx.Conn, deskID int64, opt Options, res *Result) error {
	key := cursorKey(res.Server, res.Desk)
	cur, err := db.Setting(ctx, key)
	if err != nil {
		return err
	}
	cursor, _ := strconv.ParseInt(cur, 10, 64)
	res.Cursor = cursor
	for {
		rows, err := conn.Query(ctx, `SELECT seq, uid, kind, body FROM takedowndesk.record WHERE desk_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
			deskID, cursor, opt.Batch)
		if err != nil {
			return fmt.Errorf("pull: %w", err)
		}
		var batch []record
		last := cursor
		for rows.Next() {
			var r record
			if err := rows.Scan(&last, &r.uid, &r.kind, &r.body); err != nil {
				rows.Close()
				return fmt.Errorf("pull: %w", err)
			}
			batch = append(batch, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("pull: %w", err)
		}
		if len(batch) == 0 {
			return nil
		}
		skipped := 0
		in := func(ctx context.Context, s merge.Sink) error {
			skipped = 0
			for _, r := range batch {
				if res.sentNow[r.uid] { // this desk's own, sent just now
					continue
				}
				ok, err := decode(r, s)
				if err != nil {
					return err
				}
				if !ok {
					skipped++
				}
			}
			return nil
		}
		rep, err := db.Merge(ctx, res.Server, in, store.MergeOptions{Pulled: true, Settings: map[string]string{key: strconv.FormatInt(last, 10)}})
		if err != nil {
			return fmt.Errorf("pull: %w", err)
		}
		cursor, res.Cursor = last, last
		res.Pulled += len(batch)
		res.Skipped += skipped
		add(&res.Merge, rep)
		if opt.Progress != nil {
			opt.Progress("pull", res.Pulled)
		}
		if opt.afterBatch != nil {
			opt.afterBatch("pull", len(batch))
		}
	}
}

// decode hands one pulled record to the merge; ok is false for a record
// that cannot be read (a newer build's, or a hostile one), which is
// skipped rather than stopping every later sync.
func decode(r record, s merge.Sink) (ok bool, err error) {
	switch r.kind {
	case "notice":
		var j brief.Notice
		if json.Unmarshal([]byte(r.body), &j) != nil {
			return false, nil
		}
		im, err := merge.FromDump(j)
		if err != nil {
			return false, nil
		}
		return true, s.Notice(im)
	case "change":
		var j brief.Change
		if json.Unmarshal([]byte(r.body), &j) != nil {
			return false, nil
		}
		c, err := merge.FromDumpChange(j)
		if err != nil {
			return false, nil
		}
		return true, s.Change(c)
	case "source":
		var j brief.DeskSource
		if json.Unmarshal([]byte(r.body), &j) != nil || j.Name == "" {
			return false, nil
		}
		src := app.Source{UID: j.UID, Name: j.Name, Kind: app.SourceKind(j.Kind), URL: j.URL, Credibility: j.Credibility}
		for _, t := range j.Tags {
			src.Tags = append(src.Tags, app.Tag{Name: t})
		}
		return true, s.Source(src)
	case "tag":
		var j brief.DeskTag
		if json.Unmarshal([]byte(r.body), &j) != nil || j.Name == "" {
			return false, nil
		}
		return true, s.Tag(app.Tag{UID: j.UID, Name: j.Name, Colour: j.Colour})
	}
	return false, nil
}

func add(total *merge.Report, r merge.Report) {
	a, b := &total.Added, r.Added
	a.Notices += b.Notices
	a.Claims += b.Claims
	a.Sources += b.Sources
	a.Tags += b.Tags
	a.Notes += b.Notes
	a.Links += b.Links
	a.Changes += b.Changes
	total.Merged += r.Merged
	total.Unapplied += r.Unapplied
	total.Conflicts = append(total.Conflicts, r.Conflicts...)
}

// Status is what the window shows of a desk's sync.
type Status struct {
	Server, Desk   string
	Last           time.Time // zero when never synced
	PendingNotices int
	PendingChanges int
	Conflicts      int // in the last sync
}

// StatusOf reads db's sync status (no network).
func StatusOf(ctx context.Context, db *store.DB) (Status, error) {
	var st Status
	var err error
	get := func(k string) string {
		if err != nil {
			return ""
		}
		var v string
		v, err = db.Setting(ctx, k)
		return v
	}
	st.Server, st.Desk = get(SettingServer), get(SettingDesk)
	last, conflicts := get(SettingLast), get(SettingConflicts)
	if err != nil {
		return st, err
	}
	st.Last, _ = time.Parse(time.RFC3339, last)
	st.Conflicts, _ = strconv.Atoi(conflicts)
	st.PendingNotices, st.PendingChanges, err = db.PendingCounts(ctx)
	return st, err
}
