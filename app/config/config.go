// Package config turns the command line into the app's start-up options: where data
// lives and whether this run uses the built-in demo sandboxes.
package config

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// AppDirName is the folder under the OS user config directory that holds PSA Bridge's data.
const AppDirName = "PSA Bridge"

// Options are the start-up options of one run.
type Options struct {
	DataDir     string // folder for the database files and logs
	Demo        bool   // --demo: run on the built-in sandboxes with their own database file
	ShowVersion bool   // --version: print the version and exit
	// LayoutProbe (--layout-probe PAGE): open PAGE and log a check of its layout after
	// every resize, for build/scripts/native-layout.sh; empty in normal use.
	LayoutProbe string
	// DemoScale (--demo-scale 500x10): demo mode serves that many generated Sophos tenants ×
	// products with 24 months of usage instead of the demo customers, to measure the
	// windows on large data. Zero: the demo customers.
	DemoScale DemoScale
}

// DemoScale is the size of generated demo data: tenants × products.
type DemoScale struct{ Tenants, Products int }

// String is the flag's form, "500x10" ("" when not set).
func (s DemoScale) String() string {
	if s.Tenants == 0 {
		return ""
	}
	return fmt.Sprintf("%dx%d", s.Tenants, s.Products)
}

// Set parses "TENANTSxPRODUCTS".
func (s *DemoScale) Set(v string) error {
	var t, p int
	if n, err := fmt.Sscanf(v, "%dx%d", &t, &p); err != nil || n != 2 || t < 1 || p < 1 || fmt.Sprintf("%dx%d", t, p) != v {
		return fmt.Errorf("want TENANTSxPRODUCTS, e.g. 500x10, not %q", v)
	}
	s.Tenants, s.Products = t, p
	return nil
}

// Parse reads the flags. Both -flag and --flag work (Go's flag package), which is what
// `wails dev -appargs "--demo --data-dir X"` passes through.
func Parse(args []string, stderr io.Writer) (Options, error) {
	var o Options
	fs := flag.NewFlagSet("psa-bridge", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.BoolVar(&o.Demo, "demo", false, "run on built-in demo data (ConnectWise and Sophos sandboxes), in a separate database")
	fs.StringVar(&o.DataDir, "data-dir", "", "folder for data and logs (default: the OS user config folder, \""+AppDirName+"\")")
	fs.BoolVar(&o.ShowVersion, "version", false, "print the version and exit")
	fs.StringVar(&o.LayoutProbe, "layout-probe", "", "open this page (e.g. configure) and log layout problems after each resize (for tests)")
	fs.Var(&o.DemoScale, "demo-scale", "with --demo: serve TENANTSxPRODUCTS generated customers with 24 months of usage (measuring only)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected argument %q (flags start with --)", fs.Arg(0))
	}
	if o.DemoScale.Tenants > 0 && !o.Demo {
		return o, fmt.Errorf("--demo-scale works only with --demo")
	}
	var err error
	o.DataDir, err = ResolveDataDir(o.DataDir)
	return o, err
}

// ResolveDataDir is the absolute data folder of a --data-dir value; "" means the default
// folder under the OS user config directory. The window and the command line share it.
func ResolveDataDir(dir string) (string, error) {
	if dir == "" {
		base, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("no user config folder on this system; start with --data-dir: %w", err)
		}
		dir = filepath.Join(base, AppDirName)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("--data-dir %q: %w", dir, err)
	}
	return abs, nil
}

// DatabaseFile is the database of the real accounts; DemoDatabaseFile that of demo mode.
// They are separate files so demo data can never mix with a customer's real data.
const (
	DatabaseFile     = "psabridge.db"
	DemoDatabaseFile = "psabridge-demo.db"
)

// DatabasePath is the database file this run uses.
func (o Options) DatabasePath() string {
	if o.Demo {
		return filepath.Join(o.DataDir, DemoDatabaseFile)
	}
	return filepath.Join(o.DataDir, DatabaseFile)
}

// LogDir is where the rotating log files live.
func (o Options) LogDir() string { return filepath.Join(o.DataDir, "logs") }

// EnsureDirs creates the data and log folders (owner-only: logs name customers).
func (o Options) EnsureDirs() error {
	for _, dir := range []string{o.DataDir, o.LogDir()} {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return fmt.Errorf("create data folder %s: %w", dir, err)
		}
	}
	return nil
}

// FirstRun reports that no real accounts have ever been set up here (no real database
// yet), in which case the app starts on demo data so a newcomer sees every workflow.
func (o Options) FirstRun() bool {
	_, err := os.Stat(filepath.Join(o.DataDir, DatabaseFile))
	return errors.Is(err, os.ErrNotExist)
}

// InstanceKey names the single-instance lock of a data folder: two windows on the same
// database are prevented, two different data folders (e.g. in tests) may run side by side.
func InstanceKey(dataDir string) string {
	sum := sha256.Sum256([]byte(dataDir))
	return hex.EncodeToString(sum[:8])
}
