package db

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// A data folder may contain characters that mean something in a URI ('#', '?', '%'): the
// file opened must be exactly the one asked for, and two names in one folder two files.
func TestOpenUsesExactlyThePathGiven(t *testing.T) {
	ctx := context.Background()
	for _, folder := range []string{"PSA#2", "a?b", "x%41y", "sp ace+plus", "semi;colon&amp=1"} {
		t.Run(folder, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), folder)
			if err := os.MkdirAll(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			for _, name := range []string{"psabridge.db", "psabridge-demo.db"} {
				want := filepath.Join(dir, name)
				d, err := Open(ctx, want)
				if err != nil {
					t.Fatalf("open %s: %v", want, err)
				}
				var seq int
				var schema, file string
				err = d.SQL().QueryRowContext(ctx, "PRAGMA database_list").Scan(&seq, &schema, &file)
				d.Close()
				if err != nil {
					t.Fatal(err)
				}
				if file != want {
					t.Errorf("opened %q, want %q", file, want)
				}
				if _, err := os.Stat(want); err != nil {
					t.Errorf("the file %s was not created: %v", want, err)
				}
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			var dbs []string
			for _, e := range entries {
				if filepath.Ext(e.Name()) == ".db" {
					dbs = append(dbs, e.Name())
				}
			}
			if len(dbs) != 2 {
				t.Errorf("folder %s holds database files %v, want the two asked for", folder, dbs)
			}
		})
	}
}
