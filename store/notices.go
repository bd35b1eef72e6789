package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/app/search"
)

const noticeCols = `id, uid, title, url, lang, direction, kind, platform, origin, published_at, imported_at,
	content_hash, status, starred, summary`

const (
	noticeTagsSQL = `SELECT t.id, t.name, t.colour FROM notice_tag x JOIN tag t ON t.id = x.tag_id WHERE x.notice_id = ? ORDER BY t.name`
	claimTagsSQL  = `SELECT t.id, t.name, t.colour FROM claim_tag x JOIN tag t ON t.id = x.tag_id WHERE x.claim_id = ? ORDER BY t.name`
)

type rowScanner interface{ Scan(dest ...any) error }

// noticeRow is the destination of a notice's columns that the rows of
// one query reuse: Scan takes its destinations as interfaces, so scanning
// into a row's own variables put each of them on the heap, row after row.
type noticeRow struct {
	n                 app.Notice
	pub, imp          sql.NullString
	dir, kind, status string
	starred           int
	dest              []any
	body              bool // the body is the column after noticeCols
}

// withBody makes nr read noticeCols and then the body, into n.Body.
func (nr *noticeRow) withBody() *noticeRow {
	nr.body = true
	return nr
}

// scan reads a row of noticeCols (and the body, withBody) into nr.n.
func (nr *noticeRow) scan(r rowScanner) error {
	if nr.dest == nil {
		n := &nr.n
		nr.dest = []any{&n.ID, &n.UID, &n.Title, &n.URL, &n.Lang, &nr.dir, &nr.kind,
			&n.Platform, &n.Origin, &nr.pub, &nr.imp, &n.ContentHash, &nr.status, &nr.starred, &n.Summary}
		if nr.body {
			nr.dest = append(nr.dest, &n.Body)
		}
	}
	nr.n = app.Notice{}
	if err := r.Scan(nr.dest...); err != nil {
		return err
	}
	n := &nr.n
	n.Direction, n.Kind, n.Status, n.Starred = app.Direction(nr.dir), app.Kind(nr.kind), app.Status(nr.status), nr.starred != 0
	n.PublishedAt, n.ImportedAt = parseTime(nr.pub), parseTime(nr.imp)
	return nil
}

// Notices lists notices newest first (by publication, then import time),
// with their tags but without bodies, claims or sources: the list's own
// indexed query, so a limited list reads only the notices it returns.
func (db *DB) Notices(ctx context.Context, f app.Filter) ([]app.Notice, error) {
	q := app.Query{}
	if f.Status != "" {
		q.Statuses = []app.Status{f.Status}
	}
	cond, args := where(q)
	query := `SELECT ` + prefixedNoticeCols + ` FROM notice n WHERE ` + cond + ` ORDER BY ` + orderBy(app.SortDate)
	if f.Limit > 0 {
		query += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	rows, err := db.sql.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list notices: %w", err)
	}
	defer rows.Close()
	var out []app.Notice
	var ids []int64
	var nr noticeRow
	for rows.Next() {
		if err := nr.scan(rows); err != nil {
			return nil, fmt.Errorf("list notices: %w", err)
		}
		out = append(out, nr.n)
		ids = append(ids, nr.n.ID)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list notices: %w", err)
	}
	tags, err := db.tagsOfNotices(ctx, ids)
	for i := range out {
		out[i].Tags = tags[out[i].ID]
	}
	return out, err
}

// prefixedNoticeCols are noticeCols of the notice aliased n.
var prefixedNoticeCols = prefixed("n.", noticeCols)

// prefixed qualifies each column of a comma-separated list with a table alias.
func prefixed(alias, cols string) string {
	parts := strings.Split(cols, ",")
	for i, p := range parts {
		parts[i] = alias + strings.TrimSpace(p)
	}
	return strings.Join(parts, ", ")
}

// Notice loads one notice whole: body, claims with their tags, sources,
// tags and notes.
func (db *DB) Notice(ctx context.Context, id int64) (app.Notice, error) {
	nr := new(noticeRow).withBody()
	err := nr.scan(db.sql.QueryRowContext(ctx, `SELECT `+noticeCols+`, body FROM notice WHERE id = ?`, id))
	n := nr.n
	if errors.Is(err, sql.ErrNoRows) {
		return n, fmt.Errorf("notice %d: %w", id, app.ErrNotFound)
	}
	if err != nil {
		return n, fmt.Errorf("load notice %d: %w", id, err)
	}
	if n.Claims, err = loadClaims(ctx, db.sql, id); err != nil {
		return n, err
	}
	claimAt := make(map[int64][2]int, len(n.Claims))
	for i, c := range n.Claims {
		claimAt[c.ID] = [2]int{0, i}
	}
	ns := []app.Notice{n}
	if err := batchConflicts(ctx, dbReader{db.sql}, `(?)`, []any{id}, ns, claimAt); err != nil {
		return n, err
	}
	n = ns[0]
	if n.Tags, err = tagsOf(ctx, db.sql, noticeTagsSQL, id); err != nil {
		return n, err
	}
	for i := range n.Claims {
		if n.Claims[i].Tags, err = tagsOf(ctx, db.sql, claimTagsSQL, n.Claims[i].ID); err != nil {
			return n, err
		}
	}
	if n.Sources, err = db.noticeSources(ctx, id); err != nil {
		return n, err
	}
	if n.Notes, err = db.notes(ctx, id); err != nil {
		return n, err
	}
	return n, db.loadDetailSources(ctx, &n)
}

// Links returns the links a notice carries (from entities, works, feeds).
func (db *DB) Links(ctx context.Context, noticeID int64) ([]string, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT url FROM notice_link WHERE notice_id = ? ORDER BY url`, noticeID)
	if err != nil {
		return nil, fmt.Errorf("load links: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var u string
		if err := rows.Scan(&u); err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

type querier interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

const claimCols = `id, notice_id, kind, value, unit, unit_text, qualifier, rate, quote, start, "end",
	prefix, suffix, actor, platform, event_date, period, verification, origin, orphaned, value_high, category, uid`

func loadClaims(ctx context.Context, q querier, noticeID int64) ([]app.Claim, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+claimCols+` FROM claim WHERE notice_id = ? ORDER BY start, id`, noticeID)
	if err != nil {
		return nil, fmt.Errorf("load claims of notice %d: %w", noticeID, err)
	}
	defer rows.Close()
	var out []app.Claim
	var cr claimRow
	for rows.Next() {
		c, err := cr.scan(rows)
		if err != nil {
			return nil, fmt.Errorf("load claims of notice %d: %w", noticeID, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func scanClaim(r rowScanner) (app.Claim, error) {
	var cr claimRow
	return cr.scan(r)
}

// claimRow is the destination of a claim's columns (claimCols) that the
// rows of one query reuse, as noticeRow is a notice's.
type claimRow struct {
	c                             app.Claim
	kind, qual, rate, ver, origin string
	ev                            sql.NullString
	orphaned                      int
	dest                          []any
}

func (cr *claimRow) scan(r rowScanner) (app.Claim, error) {
	if cr.dest == nil {
		c := &cr.c
		cr.dest = []any{&c.ID, &c.NoticeID, &cr.kind, &c.Value, &c.Unit, &c.UnitText, &cr.qual, &cr.rate, &c.Quote,
			&c.Start, &c.End, &c.Prefix, &c.Suffix, &c.Actor, &c.Platform, &cr.ev, &c.Period, &cr.ver, &cr.origin,
			&cr.orphaned, &c.High, &c.Category, &c.UID}
	}
	cr.c = app.Claim{}
	if err := r.Scan(cr.dest...); err != nil {
		return app.Claim{}, err
	}
	c := cr.c
	c.Kind, c.Qualifier, c.Rate = app.ClaimKind(cr.kind), app.Qualifier(cr.qual), app.Rate(cr.rate)
	c.Verification, c.Origin, c.Orphaned = app.Verification(cr.ver), app.ClaimOrigin(cr.origin), cr.orphaned != 0
	if cr.ev.Valid {
		c.EventDate, _ = time.Parse("2006-01-02", cr.ev.String)
	}
	return c, nil
}

func tagsOf(ctx context.Context, q querier, query string, args ...any) ([]app.Tag, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("load tags: %w", err)
	}
	defer rows.Close()
	var out []app.Tag
	for rows.Next() {
		var t app.Tag
		if err := rows.Scan(&t.ID, &t.Name, &t.Colour); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

func (db *DB) noticeSources(ctx context.Context, noticeID int64) ([]app.SourceLink, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT `+sourceLinkCols+`
		FROM notice_source x JOIN source s ON s.id = x.source_id WHERE x.notice_id = ? ORDER BY x.role, s.name`, noticeID)
	if err != nil {
		return nil, fmt.Errorf("load sources: %w", err)
	}
	defer rows.Close()
	var out []app.SourceLink
	for rows.Next() {
		var nid int64
		l, err := scanSourceLink(rows, &nid)
		if err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// sourceLinkCols are read by scanSourceLink, after a notice id.
const sourceLinkCols = `x.notice_id, s.id, s.name, s.kind, s.url, s.credibility, x.role, s.uid`

func scanSourceLink(r rowScanner, noticeID *int64) (app.SourceLink, error) {
	var l app.SourceLink
	var kind, role string
	if err := r.Scan(noticeID, &l.Source.ID, &l.Source.Name, &kind, &l.Source.URL, &l.Source.Credibility, &role, &l.Source.UID); err != nil {
		return l, err
	}
	l.Source.Kind, l.Role = app.SourceKind(kind), app.Role(role)
	return l, nil
}

func (db *DB) notes(ctx context.Context, noticeID int64) ([]app.Note, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT `+noteCols+` FROM note WHERE notice_id = ? ORDER BY created_at, id`, noticeID)
	if err != nil {
		return nil, fmt.Errorf("load notes: %w", err)
	}
	defer rows.Close()
	var out []app.Note
	for rows.Next() {
		n, err := scanNote(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

const noteCols = `id, notice_id, body, start, "end", created_at, updated_at, uid`

func scanNote(r rowScanner) (app.Note, error) {
	var n app.Note
	var c, u sql.NullString
	if err := r.Scan(&n.ID, &n.NoticeID, &n.Body, &n.Start, &n.End, &c, &u, &n.UID); err != nil {
		return n, err
	}
	n.CreatedAt, n.UpdatedAt = parseTime(c), parseTime(u)
	return n, nil
}

type execer interface {
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
}

// reindex rewrites a notice's search shadow row from its title, body, tags
// and notes.
func reindex(ctx context.Context, tx txn, id int64) error {
	var title, body string
	if err := tx.QueryRowContext(ctx, `SELECT title, body FROM notice WHERE id = ?`, id).Scan(&title, &body); err != nil {
		return fmt.Errorf("reindex notice %d: %w", id, err)
	}
	var extra []string
	rows, err := tx.QueryContext(ctx, `SELECT t.name FROM notice_tag x JOIN tag t ON t.id = x.tag_id WHERE x.notice_id = ?
		UNION ALL SELECT t.name FROM claim_tag x JOIN tag t ON t.id = x.tag_id JOIN claim c ON c.id = x.claim_id WHERE c.notice_id = ?
		UNION ALL SELECT body FROM note WHERE notice_id = ?
		UNION ALL SELECT s.name FROM notice_source x JOIN source s ON s.id = x.source_id WHERE x.notice_id = ?`, id, id, id, id)
	if err != nil {
		return fmt.Errorf("reindex notice %d: %w", id, err)
	}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return err
		}
		extra = append(extra, s)
	}
	rows.Close()
	if _, err := tx.ExecContext(ctx, `DELETE FROM notice_fts WHERE rowid = ?`, id); err != nil {
		return fmt.Errorf("reindex notice %d: %w", id, err)
	}
	row := search.Row(title, body, extra)
	_, err = tx.ExecContext(ctx, `INSERT INTO notice_fts (rowid, title, body, extra) VALUES (?,?,?,?)`, id, row[0], row[1], row[2])
	if err != nil {
		return fmt.Errorf("reindex notice %d: %w", id, err)
	}
	return nil
}
