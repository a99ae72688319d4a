// PSA Bridge: maps Sophos Central products to ConnectWise PSA catalog products and pushes
// monthly Sophos usage into ConnectWise agreements. main only wires things together.
package main

import (
	"context"
	"embed"
	"fmt"
	"log/slog"
	"os"
	"os/exec"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"

	"psabridge/app"
	"psabridge/app/cli"
	"psabridge/app/config"
	"psabridge/app/logging"
)

//go:embed all:frontend/dist
var assets embed.FS

// version is set at build time: -ldflags "-X main.version=1.2.3".
var version = "dev"

func main() {
	// A subcommand, --help or --version is the command line: no window code runs.
	if cli.IsCommand(os.Args[1:]) {
		cli.AttachConsole()
		os.Exit(cli.Main(os.Args[1:], cli.Env{Version: version, Stdout: os.Stdout, Stderr: os.Stderr}))
	}
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "PSA Bridge:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if app.GeneratingBindings {
		return wails.Run(&options.App{Title: "PSA Bridge", Bind: app.ForBindings().Bindings()})
	}
	cfg, err := config.Parse(args, os.Stderr)
	if err != nil {
		return err
	}
	if cfg.ShowVersion {
		fmt.Println("PSA Bridge", version)
		return nil
	}
	if err := cfg.EnsureDirs(); err != nil {
		return err
	}
	// --demo, else the remembered choice; on a first run demo data plus the welcome.
	start, err := cfg.StartMode()
	if err != nil {
		return err
	}
	cfg.Demo = start.Demo
	log, logFile := logging.Open(cfg.LogDir(), slog.LevelInfo)
	defer logFile.Close()
	log.Info("starting", "version", version, "demo", cfg.Demo, "dataDir", cfg.DataDir)

	// One window per data folder, decided before anything opens the database.
	releaseWindow, err := app.LockWindow(cfg.DataDir)
	if err != nil {
		log.Warn("not started", "err", err)
		if recovery, ok := app.NewRecovery(err, log); ok {
			// Where Wails' single-instance lock works, it focuses the open window and ends
			// this process before the window shows; elsewhere the window says why.
			return runRecovery(cfg, log, recovery, nil)
		}
		return err
	}
	defer releaseWindow() //nolint:errcheck // the OS drops the lock at exit anyway
	a, err := app.New(context.Background(), app.Options{Config: cfg, Version: version, Log: log, Welcome: start.Welcome})
	if err != nil {
		log.Error("start failed", "err", err)
		if recovery, ok := app.NewRecovery(err, log); ok {
			// The database did not open: show why in a window instead of ending silently.
			return runRecovery(cfg, log, recovery, releaseWindow)
		}
		return err
	}
	defer a.Close()
	opts := windowOptions(cfg, log, a.Title(), a.Startup, a.Shutdown, a.Bindings())
	opts.OnBeforeClose = a.BeforeClose // staged changes: ask save / discard / cancel first
	return wails.Run(opts)
}

// windowOptions are the window's options, for the app and for the recovery window alike.
func windowOptions(cfg config.Options, log *slog.Logger, title string, startup, shutdown func(context.Context), bind []any) *options.App {
	return &options.App{
		Title:            title,
		Width:            1280,
		Height:           820,
		MinWidth:         900,
		MinHeight:        600,
		AssetServer:      &assetserver.Options{Assets: assets},
		BackgroundColour: &options.RGBA{R: 248, G: 249, B: 251, A: 1},
		OnStartup:        startup,
		OnShutdown:       shutdown,
		Bind:             bind,
		ErrorFormatter:   app.ErrorFormatter{Log: log}.Format,
		// One window per data folder: a second start focuses the first instead of opening
		// the same database twice.
		SingleInstanceLock: &options.SingleInstanceLock{UniqueId: "net.psabridge.app." + config.InstanceKey(cfg.DataDir)},
		Linux:              &linux.Options{ProgramName: "psa-bridge"},
	}
}

// runRecovery shows the recovery window (the same frontend, which asks the recovery
// service first); after a backup was restored and the user asked to, it gives back the
// window lock (releaseWindow) and starts PSA Bridge again with the same arguments.
func runRecovery(cfg config.Options, log *slog.Logger, recovery *app.RecoveryWindow, releaseWindow func() error) error {
	err := wails.Run(windowOptions(cfg, log, "PSA Bridge", recovery.Startup, nil, []any{recovery.Service}))
	if err != nil || !recovery.RestartRequested() || releaseWindow == nil {
		return err
	}
	if err := releaseWindow(); err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	next := exec.Command(self, os.Args[1:]...)
	next.Stdout, next.Stderr = os.Stdout, os.Stderr
	return next.Start()
}
