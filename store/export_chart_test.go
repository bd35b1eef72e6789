package store

import (
	"context"

	"github.com/takedowndesk/takedowndesk/app/chart"
)

// ChartPlan exposes the chart query's plan to the tests.
func ChartPlan(db *DB, f chart.Filter) (string, error) { return db.chartPlan(context.Background(), f) }
