package products

import (
	"testing"
	"time"

	"psabridge/app/internal/sandboxtest"
	"psabridge/app/internal/sophos"
	"psabridge/app/internal/sophos/sophossandbox"
	"psabridge/db"
	"psabridge/db/dbtest"
)

// startSophos serves the demo Sophos tenant with usage up to now's month and returns a
// client signed in to it.
func startSophos(t *testing.T, now time.Time) *sophos.Client {
	t.Helper()
	_, client := sandboxtest.Sophos(t, sophossandbox.Options{Now: func() time.Time { return now }})
	return client
}

// openStore opens a new database file in the test's temporary directory.
func openStore(t *testing.T, name string) *db.DB {
	t.Helper()
	return dbtest.Open(t, name)
}
