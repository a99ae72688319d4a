package products

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"psabridge/app/internal/sophos"
	"psabridge/app/internal/sophos/sophossandbox"
	"psabridge/db"
)

// startSophos serves the demo Sophos tenant with usage up to now's month and returns a
// client signed in to it.
func startSophos(t *testing.T, now time.Time) *sophos.Client {
	t.Helper()
	sb := sophossandbox.New(sophossandbox.Options{Now: func() time.Time { return now }})
	if err := sb.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sb.Close() })
	client, err := sophos.New(sophos.Config{ClientID: sophossandbox.DemoClientID, ClientSecret: sophossandbox.DemoClientSecret,
		TokenURL: sb.TokenURL(), APIHost: sb.URL()})
	if err != nil {
		t.Fatal(err)
	}
	return client
}

// openStore opens a new database file in the test's temporary directory.
func openStore(t *testing.T, name string) *db.DB {
	t.Helper()
	store, err := db.Open(context.Background(), filepath.Join(t.TempDir(), name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}
