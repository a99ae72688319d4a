package workspace

import (
	"fmt"
	"path/filepath"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/sophos"
	"psabridge/app/internal/sophos/sophossandbox"
)

// startSandboxes runs the built-in ConnectWise and Sophos sandboxes on loopback and
// connects the workspace's clients to them: demo mode exercises the same code paths as
// real accounts, only against local servers.
func (w *Workspace) startSandboxes(o Options) error {
	// The ConnectWise sandbox keeps its state next to the demo database, so products created
	// or edited in demo mode are still there after a restart and the mappings in the demo
	// database do not show them as deleted or renamed. ResetDemo removes both together.
	cwsb := cwsandbox.New(cwsandbox.Options{StateFile: DemoSandboxStatePath(o.Config.DataDir)})
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

// DemoSandboxStateFile is the demo ConnectWise sandbox's saved state in the data folder.
const DemoSandboxStateFile = "psabridge-demo-connectwise.json"

// DemoSandboxStatePath is where the demo ConnectWise sandbox keeps its state.
func DemoSandboxStatePath(dataDir string) string { return filepath.Join(dataDir, DemoSandboxStateFile) }
