package history

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"psabridge/db"
	"psabridge/db/dbsqlc"
)

func TestRecordInsideTheCallersTransaction(t *testing.T) {
	ctx := context.Background()
	store, err := db.Open(ctx, filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	at := time.UnixMilli(1_750_000_000_000)

	// A value that cannot be written as JSON fails the transaction: nothing is recorded.
	err = store.InTx(ctx, func(q *dbsqlc.Queries) error {
		return Record(ctx, q, Write{At: at, Actor: "me", Action: UpdateCatalogItem, EntityID: 7, Label: "X",
			Before: map[string]any{"ok": 1}, After: make(chan int)})
	})
	if err == nil {
		t.Fatal("an unwritable history entry must fail the caller's transaction")
	}
	err = store.InTx(ctx, func(q *dbsqlc.Queries) error {
		return Record(ctx, q, Write{At: at, Actor: "me", Action: CreateCatalogItem, EntityID: 7, Label: "X",
			After: struct{ ID int64 }{7}})
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := store.Queries().ListConnectWiseWrites(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Action != CreateCatalogItem || got[0].BeforeJson != "{}" || got[0].AfterJson != `{"ID":7}` || got[0].At != at.UnixMilli() {
		t.Fatalf("history: %+v", got)
	}
}
