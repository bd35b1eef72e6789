package store

import (
	"context"
	"flag"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/takedowndesk/takedowndesk/app"
	"github.com/takedowndesk/takedowndesk/store/readconn"
)

var walkDB = flag.String("walk-db", "", "time reading every notice of this desk whole, on a read connection and through the pool")

// TestWalkBench reads every notice of a desk whole, a batch at a time in
// the list's order on one goroutine, on a read connection of its own (what
// EachBatch reads on) and through database/sql's pool with prepared
// statements (what it read on before, the baseline), alternately, three
// times each; it prints the fastest of each as BENCH lines (`make bench`).
func TestWalkBench(t *testing.T) {
	if *walkDB == "" {
		t.Skip("no -walk-db")
	}
	ctx := context.Background()
	db, err := OpenUnverified(*walkDB)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ids, err := db.IDs(ctx, app.Query{})
	if err != nil {
		t.Fatal(err)
	}
	walk := func(r reader) (time.Duration, int) {
		start, claims := time.Now(), 0
		for part := range slices.Chunk(ids, streamBatch) {
			ns, err := db.noticesByID(ctx, part, r)
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range ns {
				claims += len(n.Claims)
			}
		}
		return time.Since(start), claims
	}
	var conn, pool []time.Duration
	for range 3 {
		stmts := newStmtCache(db.sql)
		d, want := walk(stmts)
		stmts.close()
		pool = append(pool, d)
		c, err := readconn.Open(db.path, 1000)
		if err != nil {
			t.Fatal(err)
		}
		d, got := walk(connReader{c})
		c.Close()
		conn = append(conn, d)
		if got != want {
			t.Fatalf("read %d claims on the connection, %d through the pool", got, want)
		}
	}
	fmt.Printf("BENCH walk_read %.2f s (%d notices)\n", slices.Min(conn).Seconds(), len(ids))
	fmt.Printf("BENCH walk_read_pool_baseline %.2f s\n", slices.Min(pool).Seconds())
}
