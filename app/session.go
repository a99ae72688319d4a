package app

import (
	"context"
	"errors"

	"psabridge/db"
)

// session is everything that belongs to one database file: the demo session runs the
// built-in sandboxes, a real session the user's accounts. The two never share anything.
type session struct {
	demo    bool
	db      *db.DB
	catalog *catalogRunner
	ctx     context.Context // ends when the session closes: background work stops with it
	cancel  context.CancelFunc
	closers []func() error // in reverse order of opening
}

func openSession(ctx context.Context, o Options) (*session, error) {
	store, err := db.Open(ctx, o.Config.DatabasePath())
	if err != nil {
		return nil, err
	}
	if store.Backup != "" {
		o.Log.Info("database upgraded; previous version kept", "backup", store.Backup)
	}
	s := &session{demo: o.Config.Demo, db: store, catalog: &catalogRunner{}}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.closers = append(s.closers, store.Close)
	return s, nil
}

func (s *session) close() error {
	s.cancel()
	s.catalog.stop()
	var errs []error
	for i := len(s.closers) - 1; i >= 0; i-- {
		errs = append(errs, s.closers[i]())
	}
	return errors.Join(errs...)
}
