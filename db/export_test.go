package db

import (
	"context"
	"database/sql"
)

// openAtVersion creates a database migrated only up to version, as an older release would have.
func openAtVersion(ctx context.Context, path string, version int64) error {
	sqlDB, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return err
	}
	defer sqlDB.Close()
	_, err = migrate(ctx, sqlDB, path, version)
	return err
}

func sqlOpen(path string) (*sql.DB, error) { return sql.Open("sqlite", dsn(path)) }
