package config

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	dir := t.TempDir()
	o, err := Parse([]string{"--demo", "--data-dir", dir}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if !o.Demo || o.DataDir != dir || o.DatabasePath() != filepath.Join(dir, DemoDatabaseFile) {
		t.Fatalf("got %+v", o)
	}
	real, _ := Parse([]string{"-data-dir=" + dir}, io.Discard)
	if real.Demo || real.DatabasePath() != filepath.Join(dir, DatabaseFile) {
		t.Fatalf("got %+v", real)
	}
	if v, _ := Parse([]string{"--version"}, io.Discard); !v.ShowVersion {
		t.Fatal("--version not parsed")
	}
	if p, _ := Parse([]string{"--layout-probe", "configure"}, io.Discard); p.LayoutProbe != "configure" {
		t.Fatalf("--layout-probe not parsed: %+v", p)
	}
}

func TestParseDefaultsToUserConfigDir(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	o, err := Parse(nil, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(o.DataDir) != AppDirName {
		t.Fatalf("data dir %s", o.DataDir)
	}
}

func TestParseRejectsBadInput(t *testing.T) {
	for _, args := range [][]string{{"--nope"}, {"stray"}, {"--data-dir"}} {
		if _, err := Parse(args, io.Discard); err == nil {
			t.Errorf("%v accepted", args)
		}
	}
	_, err := Parse([]string{"stray"}, io.Discard)
	if !strings.Contains(err.Error(), "stray") {
		t.Errorf("error does not name the argument: %v", err)
	}
}

func TestFirstRunUntilRealDatabaseExists(t *testing.T) {
	o := Options{DataDir: t.TempDir()}
	if !o.FirstRun() {
		t.Fatal("empty folder is a first run")
	}
	os.WriteFile(filepath.Join(o.DataDir, DatabaseFile), nil, 0o600)
	if o.FirstRun() {
		t.Fatal("a real database means not a first run")
	}
}

// --demo-scale reads TENANTSxPRODUCTS, only together with --demo, and names bad input.
func TestDemoScaleFlag(t *testing.T) {
	dir := t.TempDir()
	o, err := Parse([]string{"--demo", "--demo-scale", "500x10", "--data-dir", dir}, io.Discard)
	if err != nil || o.DemoScale != (DemoScale{Tenants: 500, Products: 10}) {
		t.Fatalf("Parse = %+v, %v; want 500 tenants × 10 products", o.DemoScale, err)
	}
	for _, args := range [][]string{
		{"--demo", "--demo-scale", "500", "--data-dir", dir},
		{"--demo", "--demo-scale", "0x10", "--data-dir", dir},
		{"--demo", "--demo-scale", "5x10x", "--data-dir", dir},
		{"--demo-scale", "500x10", "--data-dir", dir},
	} {
		if _, err := Parse(args, io.Discard); err == nil || !strings.Contains(err.Error(), "demo-scale") {
			t.Errorf("Parse(%q) = %v, want an error naming --demo-scale", args, err)
		}
	}
}
