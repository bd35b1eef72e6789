package store

import (
	"database/sql/driver"
	"fmt"
	"strconv"

	"modernc.org/sqlite"

	"github.com/takedowndesk/takedowndesk/app"
)

// td_uid(part, ...) is app.DeriveUID in SQL, for migrations and triggers
// that give rows the uid Go code would: integers count as their decimal
// text, NULL as the empty string.
func init() {
	err := sqlite.RegisterDeterministicScalarFunction("td_uid", -1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		parts := make([]string, len(args))
		for i, a := range args {
			switch v := a.(type) {
			case nil:
			case string:
				parts[i] = v
			case []byte:
				parts[i] = string(v)
			case int64:
				parts[i] = strconv.FormatInt(v, 10)
			case float64:
				parts[i] = strconv.FormatFloat(v, 'g', -1, 64)
			default:
				return nil, fmt.Errorf("td_uid: unsupported value %T", a)
			}
		}
		return app.DeriveUID(parts...), nil
	})
	if err != nil {
		panic("register td_uid: " + err.Error())
	}
}
