package app

import (
	"context"
	"errors"
	"fmt"
	"time"

	"psabridge/app/internal/catalog"
	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/sophos"
	"psabridge/app/internal/sophos/sophossandbox"

	"psabridge/db"
)

// session is everything that belongs to one database file: the demo session runs the
// built-in sandboxes, a real session the user's accounts. The two never share anything.
type session struct {
	demo    bool
	db      *db.DB
	sophos  *sophos.Client      // nil until a Sophos connection is set up
	cw      *connectwise.Client // nil until a ConnectWise connection is set up
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
	if s.demo {
		if err := s.startSandboxes(o); err != nil {
			s.close()
			return nil, err
		}
	} else {
		s.connectAccounts(ctx, o) // accounts.go
	}
	return s, nil
}

// startSandboxes runs the built-in ConnectWise and Sophos sandboxes on loopback and
// connects the session's clients to them: demo mode exercises the same code paths as real
// accounts, only against local servers.
func (s *session) startSandboxes(o Options) error {
	cwsb := cwsandbox.New(cwsandbox.Options{})
	if err := cwsb.Start(); err != nil {
		return fmt.Errorf("start the ConnectWise demo sandbox: %w", err)
	}
	s.closers = append(s.closers, cwsb.Close)
	cw, err := connectwise.New(connectwise.Config{
		Site: cwsb.URL(), CompanyID: cwsandbox.DemoCompanyID, PublicKey: cwsandbox.DemoPublicKey,
		PrivateKey: cwsandbox.DemoPrivateKey, ClientID: cwsandbox.DemoClientID, UserAgent: userAgent(o.Version),
	})
	if err != nil {
		return err
	}
	s.useConnectWise(cw)

	sb := sophossandbox.New(sophossandbox.Options{})
	if err := sb.Start(); err != nil {
		return fmt.Errorf("start the Sophos demo sandbox: %w", err)
	}
	s.closers = append(s.closers, sb.Close)
	client, err := sophos.New(sophos.Config{
		ClientID: sophossandbox.DemoClientID, ClientSecret: sophossandbox.DemoClientSecret,
		TokenURL: sb.TokenURL(), APIHost: sb.URL(), UserAgent: userAgent(o.Version),
	})
	if err != nil {
		return err
	}
	s.sophos = client
	return nil
}

// catalogOverlap is how far before the newest change already seen an incremental refresh
// starts looking: it covers items changed in the same second and small clock skew.
const catalogOverlap = 5 * time.Minute

// useConnectWise makes c the session's ConnectWise client, feeding the catalog refresh too.
func (s *session) useConnectWise(c *connectwise.Client) {
	s.cw = c
	s.catalog.refresher = &catalog.Refresher{DB: s.db, Source: catalog.NewSource(c), Overlap: catalogOverlap}
}

// userAgent names PSA Bridge and its version in every API request.
func userAgent(version string) string { return "PSA-Bridge/" + version }

func (s *session) close() error {
	s.cancel()
	s.catalog.stop()
	var errs []error
	for i := len(s.closers) - 1; i >= 0; i-- {
		errs = append(errs, s.closers[i]())
	}
	return errors.Join(errs...)
}
