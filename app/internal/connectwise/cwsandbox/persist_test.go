package cwsandbox

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A sandbox restarted on the same state file serves what was written before the restart:
// the demo database's mappings and the demo sandbox then agree.
func TestStateFileKeepsWritesAcrossRestarts(t *testing.T) {
	file := filepath.Join(t.TempDir(), "cwsandbox.json")
	first := startServer(t, Options{StateFile: file})
	created := postJSON(t, first, "/procurement/catalog", `{"identifier":"PERSIST-1","description":"Kept across restarts",
		"customerDescription":"x","subcategory":{"id":41},"type":{"id":4}}`)
	patchJSON(t, first, "/procurement/catalog/1001", `[{"op":"replace","path":"description","value":"Edited before the restart"}]`)
	if err := first.DeleteCatalogItem(1002); err != nil {
		t.Fatal(err)
	}
	first.Close()

	second := startServer(t, Options{StateFile: file})
	if id, ok := second.CatalogItemID("PERSIST-1"); !ok || id != created {
		t.Fatalf("created item after restart: id %d, found %v; want %d", id, ok, created)
	}
	var edited struct{ Description string }
	send(t, second, http.MethodGet, "/procurement/catalog/1001", "", &edited)
	if edited.Description != "Edited before the restart" {
		t.Fatalf("edit lost: description %q", edited.Description)
	}
	if status := send(t, second, http.MethodGet, "/procurement/catalog/1002", "", nil); status != http.StatusNotFound {
		t.Fatalf("deleted item is back: %d", status)
	}
	next := postJSON(t, second, "/procurement/catalog", `{"identifier":"PERSIST-2","description":"Next",
		"customerDescription":"x","subcategory":{"id":41},"type":{"id":4}}`)
	if next <= created {
		t.Fatalf("id %d handed out again after a restart (first create was %d)", next, created)
	}
	if left, _ := filepath.Glob(file + ".*.tmp"); len(left) > 0 {
		t.Fatalf("temporary files left: %v", left)
	}
}

func TestStateFileMissingStartsFromSeedAndDamagedIsRefused(t *testing.T) {
	dir := t.TempDir()
	fresh := startServer(t, Options{StateFile: filepath.Join(dir, "none.json")})
	if fresh.CatalogLen() != DemoCatalogSize {
		t.Fatalf("%d items from a missing state file", fresh.CatalogLen())
	}
	damaged := filepath.Join(dir, "damaged.json")
	if err := os.WriteFile(damaged, []byte(`{"version":1,"catalog":[`), 0o600); err != nil {
		t.Fatal(err)
	}
	s := New(Options{StateFile: damaged})
	if err := s.Start(); err == nil {
		s.Close()
		t.Fatal("a damaged state file was accepted")
	} else if !strings.Contains(err.Error(), damaged) {
		t.Fatalf("error %q does not say the file is damaged", err)
	}
}
