// Package dbtest opens real, migrated SQLite files for the tests of packages that use the
// database, so that setup is written once. Only test code imports it.
package dbtest

import (
	"context"
	"path/filepath"
	"testing"

	"psabridge/db"
)

// Open opens (creating and migrating) a database file called name in the test's temporary
// directory; it is closed when the test ends.
func Open(tb testing.TB, name string) *db.DB {
	tb.Helper()
	d, err := db.Open(context.Background(), filepath.Join(tb.TempDir(), name))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = d.Close() })
	return d
}
