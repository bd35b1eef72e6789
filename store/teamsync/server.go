// Package teamsync syncs a desk's SQLite file with a team's PostgreSQL
// server. Each laptop keeps working on its own file; what it has that the
// server lacks (notices new or changed since, and changes never pushed) is
// pushed as records, and records others pushed are pulled by the
// server-assigned sequence number after a cursor kept in the file, then
// merged with the same rules as `takedowndesk merge` (store.Merge). The
// server holds one append-only table of records per desk; PostgreSQL's
// row-level security shows a role only the desks it is a member of.
package teamsync

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/jackc/pgx/v5"
)

// Schema is the PostgreSQL schema the server's tables live in.
const Schema = "takedowndesk"

// ReporterRole is the group role every member is granted: it may read the
// desks tables and push records, row-level security doing the rest.
const ReporterRole = "takedowndesk_reporter"

// serverMigrations are the server schema's versions, applied in order by
// Init, each in its own transaction, recorded in takedowndesk.meta.
var serverMigrations = []string{
	// 1: desks, members and the record log, with row-level security.
	`CREATE SCHEMA IF NOT EXISTS takedowndesk;
	CREATE TABLE IF NOT EXISTS takedowndesk.meta (key text PRIMARY KEY, value text NOT NULL);
	CREATE TABLE takedowndesk.desk (
		id         bigserial PRIMARY KEY,
		name       text NOT NULL UNIQUE,
		created_at timestamptz NOT NULL DEFAULT now()
	);
	CREATE TABLE takedowndesk.member (
		desk_id   bigint NOT NULL REFERENCES takedowndesk.desk (id) ON DELETE CASCADE,
		role_name name NOT NULL,
		PRIMARY KEY (desk_id, role_name)
	);
	-- One row per pushed notice version, source, tag or change; seq is the
	-- order pulls read them in (pushes to one desk are serialised by an
	-- advisory lock, so a lower seq never commits after a higher one).
	CREATE TABLE takedowndesk.record (
		seq       bigserial PRIMARY KEY,
		desk_id   bigint NOT NULL REFERENCES takedowndesk.desk (id) ON DELETE CASCADE,
		uid       text NOT NULL,
		kind      text NOT NULL CHECK (kind IN ('notice', 'source', 'tag', 'change')),
		body      text NOT NULL,
		pushed_by name NOT NULL DEFAULT current_user,
		pushed_at timestamptz NOT NULL DEFAULT now(),
		UNIQUE (desk_id, uid)
	);
	CREATE INDEX record_desk_seq ON takedowndesk.record (desk_id, seq);
	DO $$ BEGIN
		IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'takedowndesk_reporter') THEN
			CREATE ROLE takedowndesk_reporter NOLOGIN;
		END IF;
	END $$;
	GRANT USAGE ON SCHEMA takedowndesk TO takedowndesk_reporter;
	GRANT SELECT ON takedowndesk.meta, takedowndesk.desk, takedowndesk.member TO takedowndesk_reporter;
	GRANT SELECT, INSERT ON takedowndesk.record TO takedowndesk_reporter;
	GRANT USAGE ON SEQUENCE takedowndesk.record_seq_seq TO takedowndesk_reporter;
	ALTER TABLE takedowndesk.desk ENABLE ROW LEVEL SECURITY;
	ALTER TABLE takedowndesk.member ENABLE ROW LEVEL SECURITY;
	ALTER TABLE takedowndesk.record ENABLE ROW LEVEL SECURITY;
	CREATE POLICY member_self ON takedowndesk.member FOR SELECT USING (role_name = current_user);
	CREATE POLICY desk_of_member ON takedowndesk.desk FOR SELECT
		USING (EXISTS (SELECT 1 FROM takedowndesk.member m WHERE m.desk_id = desk.id AND m.role_name = current_user));
	CREATE POLICY record_read ON takedowndesk.record FOR SELECT
		USING (EXISTS (SELECT 1 FROM takedowndesk.member m WHERE m.desk_id = record.desk_id AND m.role_name = current_user));
	CREATE POLICY record_push ON takedowndesk.record FOR INSERT
		WITH CHECK (pushed_by = current_user
			AND EXISTS (SELECT 1 FROM takedowndesk.member m WHERE m.desk_id = record.desk_id AND m.role_name = current_user));`,
}

// ServerVersion is the server schema version this build knows.
func ServerVersion() int { return len(serverMigrations) }

// ErrNotSetUp is returned when the server has no Takedown Desk schema, or
// an older one, and this role may not create or migrate it.
var ErrNotSetUp = errors.New("the server is not set up for Takedown Desk (run `takedowndesk server init` as its administrator)")

// ErrNoDesk is returned for a desk that does not exist or that this role
// is not a member of: the server does not say which.
var ErrNoDesk = errors.New("no such desk on the server, or this role is not a member of it")

func serverVersion(ctx context.Context, conn *pgx.Conn) (int, error) {
	var exists bool
	if err := conn.QueryRow(ctx, `SELECT to_regclass('takedowndesk.meta') IS NOT NULL`).Scan(&exists); err != nil {
		return 0, fmt.Errorf("read server schema: %w", err)
	}
	if !exists {
		return 0, nil
	}
	var v string
	err := conn.QueryRow(ctx, `SELECT value FROM takedowndesk.meta WHERE key = 'version'`).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read server schema: %w", err)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("server schema version %q: %w", v, err)
	}
	return n, nil
}

// Init creates the server schema, or migrates it to this build's version;
// run by a role that may create schemas and roles (the administrator).
// Running it again does nothing.
func Init(ctx context.Context, url string) error {
	conn, err := connect(ctx, url)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	return migrate(ctx, conn)
}

func migrate(ctx context.Context, conn *pgx.Conn) error {
	// one migrator at a time
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fmt.Errorf("set up server: %w", err)
	}
	defer tx.Rollback(context.Background()) //nolint:errcheck // no-op after commit
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(7, 0)`); err != nil {
		return fmt.Errorf("set up server: %w", err)
	}
	v, err := serverVersion(ctx, conn)
	if err != nil {
		return err
	}
	if v > len(serverMigrations) {
		return fmt.Errorf("the server's schema version %d is newer than this build knows (%d): update Takedown Desk", v, len(serverMigrations))
	}
	for i := v; i < len(serverMigrations); i++ {
		if _, err := tx.Exec(ctx, serverMigrations[i]); err != nil {
			return fmt.Errorf("server schema version %d: %w", i+1, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO takedowndesk.meta (key, value) VALUES ('version', $1)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, strconv.Itoa(i+1)); err != nil {
			return fmt.Errorf("server schema version %d: %w", i+1, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("set up server: %w", err)
	}
	return nil
}

// AddMembers makes each role a member of the desk named (created if it
// is new) and grants it the reporter role; run by the administrator. The
// roles must exist (CREATE ROLE name LOGIN PASSWORD '…').
func AddMembers(ctx context.Context, url, desk string, roles ...string) error {
	conn, err := connect(ctx, url)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	if err := migrate(ctx, conn); err != nil {
		return err
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fmt.Errorf("add members: %w", err)
	}
	defer tx.Rollback(context.Background()) //nolint:errcheck // no-op after commit
	var id int64
	if err := tx.QueryRow(ctx, `INSERT INTO takedowndesk.desk (name) VALUES ($1)
		ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`, desk).Scan(&id); err != nil {
		return fmt.Errorf("add desk %q: %w", desk, err)
	}
	for _, r := range roles {
		if _, err := tx.Exec(ctx, `INSERT INTO takedowndesk.member (desk_id, role_name) VALUES ($1, $2) ON CONFLICT DO NOTHING`, id, r); err != nil {
			return fmt.Errorf("add member %q: %w", r, err)
		}
		if _, err := tx.Exec(ctx, `GRANT takedowndesk_reporter TO `+pgx.Identifier{r}.Sanitize()); err != nil {
			return fmt.Errorf("grant %s to %q: %w", ReporterRole, r, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("add members: %w", err)
	}
	return nil
}

// RemoveMembers takes roles off a desk: they can no longer read or push
// it (what their laptops already pulled stays there).
func RemoveMembers(ctx context.Context, url, desk string, roles ...string) error {
	conn, err := connect(ctx, url)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	for _, r := range roles {
		if _, err := conn.Exec(ctx, `DELETE FROM takedowndesk.member WHERE role_name = $2
			AND desk_id = (SELECT id FROM takedowndesk.desk WHERE name = $1)`, desk, r); err != nil {
			return fmt.Errorf("remove member %q: %w", r, err)
		}
	}
	return nil
}

func connect(ctx context.Context, url string) (*pgx.Conn, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("server URL: %w", err)
	}
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", Redact(url), err)
	}
	return conn, nil
}
