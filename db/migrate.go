package db

import (
	"cmp"
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/pressly/goose/v3"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// SchemaVersion reports the schema version of the open database.
func (d *DB) SchemaVersion(ctx context.Context) (int64, error) {
	provider, err := newProvider(d.sql)
	if err != nil {
		return 0, err
	}
	return provider.GetDBVersion(ctx)
}

// migrate brings the schema up to version target (0 = latest). Before touching a file
// that already holds data at an older version, it writes a consistent copy next to it
// (`<file>.bak-v<old version>`), so an upgrade can never lose a user's data.
func migrate(ctx context.Context, sqlDB *sql.DB, path string, target int64) (backup string, err error) {
	provider, err := newProvider(sqlDB)
	if err != nil {
		return "", err
	}
	current, err := provider.GetDBVersion(ctx)
	if err != nil {
		return "", fmt.Errorf("read schema version of %s: %w", path, err)
	}
	sources := provider.ListSources()
	newest := sources[len(sources)-1].Version // the newest version this binary knows
	if current > newest {
		return "", &SchemaTooNewError{Path: path, Version: current, Latest: newest}
	}
	latest := cmp.Or(target, newest)
	if current >= latest {
		return "", nil
	}
	if current > 0 {
		backup = fmt.Sprintf("%s.bak-v%d", path, current)
		if err := copyAside(ctx, sqlDB, backup); err != nil {
			return "", err
		}
	}
	if _, err := provider.UpTo(ctx, latest); err != nil {
		return backup, fmt.Errorf("migrate %s from version %d to %d (a copy of the old file is at %s): %w",
			path, current, latest, backup, err)
	}
	return backup, nil
}

func newProvider(sqlDB *sql.DB) (*goose.Provider, error) {
	sub, err := fs.Sub(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	return goose.NewProvider(goose.DialectSQLite3, sqlDB, sub)
}

// copyAside writes a transactionally consistent copy of the open database (WAL included)
// to dest. VACUUM INTO refuses to overwrite, so an older copy at that name is replaced
// only after the new one is complete.
func copyAside(ctx context.Context, sqlDB *sql.DB, dest string) error {
	tmp := dest + ".tmp"
	_ = os.Remove(tmp)
	if _, err := sqlDB.ExecContext(ctx, "VACUUM INTO ?", tmp); err != nil {
		return fmt.Errorf("copy database aside to %s before upgrading: %w", dest, err)
	}
	if err := os.Rename(tmp, dest); err != nil {
		return errors.Join(fmt.Errorf("copy database aside to %s: %w", dest, err), os.Remove(tmp))
	}
	return nil
}
