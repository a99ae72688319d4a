package workspace

import (
	"fmt"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/sophos"
	"psabridge/app/internal/sophos/sophossandbox"
)

// startSandboxes runs the built-in ConnectWise and Sophos sandboxes on loopback and
// connects the workspace's clients to them: demo mode exercises the same code paths as
// real accounts, only against local servers.
func (w *Workspace) startSandboxes(o Options) error {
	cwsb := cwsandbox.New(cwsandbox.Options{})
	if err := cwsb.Start(); err != nil {
		return fmt.Errorf("start the ConnectWise demo sandbox: %w", err)
	}
	w.closers = append(w.closers, cwsb.Close)
	cw, err := connectwise.New(connectwise.Config{
		Site: cwsb.URL(), CompanyID: cwsandbox.DemoCompanyID, PublicKey: cwsandbox.DemoPublicKey,
		PrivateKey: cwsandbox.DemoPrivateKey, ClientID: cwsandbox.DemoClientID, UserAgent: UserAgent(o.Version),
	})
	if err != nil {
		return err
	}
	w.UseConnectWise(cw)

	opts := sophossandbox.Options{}
	if sc := o.Config.DemoScale; sc.Tenants > 0 { // generated customers, for measuring
		opts.Months, opts.Scale = 24, sophossandbox.Scale{Tenants: sc.Tenants, Products: sc.Products}
	}
	sb := sophossandbox.New(opts)
	if err := sb.Start(); err != nil {
		return fmt.Errorf("start the Sophos demo sandbox: %w", err)
	}
	w.closers = append(w.closers, sb.Close)
	client, err := sophos.New(sophos.Config{
		ClientID: sophossandbox.DemoClientID, ClientSecret: sophossandbox.DemoClientSecret,
		TokenURL: sb.TokenURL(), APIHost: sb.URL(), UserAgent: UserAgent(o.Version),
	})
	if err != nil {
		return err
	}
	w.Sophos = client
	return nil
}
