package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStartMode(t *testing.T) {
	tests := []struct {
		name    string
		demo    bool   // --demo
		mode    string // content of the mode file; "" for none
		realDB  bool   // psabridge.db exists
		want    Start
		wantErr string
	}{
		{name: "first run: demo data and the welcome", want: Start{Demo: true, Welcome: true}},
		{name: "--demo on a first run skips the welcome", demo: true, want: Start{Demo: true}},
		{name: "remembered demo", mode: "demo\n", want: Start{Demo: true}},
		{name: "remembered real", mode: "real", want: Start{}},
		{name: "--demo beats remembered real", demo: true, mode: "real", want: Start{Demo: true}},
		{name: "real database from before the mode file", realDB: true, want: Start{}},
		{name: "garbage in the mode file", mode: "maybe", wantErr: `holds "maybe"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Options{DataDir: t.TempDir(), Demo: tt.demo}
			if tt.mode != "" {
				writeFile(t, filepath.Join(o.DataDir, ModeFile), tt.mode)
			}
			if tt.realDB {
				writeFile(t, filepath.Join(o.DataDir, DatabaseFile), "")
			}
			got, err := o.StartMode()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("StartMode() = %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}

func TestSaveModeRoundTrip(t *testing.T) {
	o := Options{DataDir: t.TempDir()}
	for _, demo := range []bool{true, false, true} {
		if err := o.SaveMode(demo); err != nil {
			t.Fatal(err)
		}
		got, err := o.StartMode()
		if err != nil || got.Demo != demo || got.Welcome {
			t.Fatalf("after SaveMode(%t): %+v, %v", demo, got, err)
		}
	}
	entries, _ := os.ReadDir(o.DataDir)
	if len(entries) != 1 || entries[0].Name() != ModeFile {
		t.Fatalf("data folder holds %v; want only the mode file (no temp files left)", entries)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}
