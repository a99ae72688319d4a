package products

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"psabridge/app/internal/catalog"
	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/connectwise/cwsandbox"
	"psabridge/app/internal/sandboxtest"
	"psabridge/app/internal/usage"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

type fixture struct {
	store *db.DB
	sb    *cwsandbox.Server
	cw    *connectwise.Client
	saver *Saver
}

// newFixture: a ConnectWise sandbox, a cache refreshed from it, and three Sophos products.
func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	sb, cw := sandboxtest.ConnectWise(t, cwsandbox.Options{Catalog: cwsandbox.GenerateCatalog(400)})
	store, err := db.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	if _, err := (&catalog.Refresher{DB: store, Source: catalog.NewSource(cw)}).Full(ctx, nil); err != nil {
		t.Fatal(err)
	}
	err = store.InTx(ctx, func(q *dbsqlc.Queries) error {
		for _, p := range []usage.Product{
			{Key: "CIXA-MSP", SKU: "CIXA1", Description: "Intercept X Advanced - MSP Monthly", Group: "User", FirstSeen: "2026-01", LastSeen: "2026-11"},
			{Key: "SVRCIXAXDR", SKU: "SVX1", Description: "Intercept X Advanced for Server with XDR", Group: "Server", FirstSeen: "2026-01", LastSeen: "2026-11"},
			{Key: "ITDR-MSP", SKU: "ITDR1", Description: "Identity Threat Detection and Response", Group: "User", FirstSeen: "2026-11", LastSeen: "2026-11"},
		} {
			if err := Record(ctx, q, p, time.Now()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{store: store, sb: sb, cw: cw, saver: &Saver{DB: store, CW: cw, Actor: "tester"}}
}

func (f *fixture) product(t *testing.T, key string) dbsqlc.SophosProduct {
	t.Helper()
	p, err := f.store.Queries().GetSophosProduct(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func (f *fixture) draft(t *testing.T, key, identifier string) *Draft {
	t.Helper()
	l, err := catalog.LoadLookups(context.Background(), f.store.Queries())
	if err != nil {
		t.Fatal(err)
	}
	d := Prefill(f.product(t, key), l)
	d.Identifier = identifier
	return &d
}

func TestMapToExistingAndSyncRules(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	item := int64(f.sb.CatalogItemIDs()[5])

	// Sync on an unmapped product is refused, naming the product and the field.
	err := f.saver.Save(ctx, []Change{{ProductKey: "CIXA-MSP", Mapping: KeepMapping, SyncEnabled: true}})
	var ce *ChangeError
	if !errors.As(err, &ce) || ce.ProductKey != "CIXA-MSP" || ce.Field != "sync" {
		t.Fatalf("sync without mapping: %v", err)
	}
	// The schema refuses it too, whatever the Go code does.
	if _, err := f.store.Queries().SetSophosProductSync(ctx, dbsqlc.SetSophosProductSyncParams{SyncEnabled: 1, ProductKey: "CIXA-MSP"}); err == nil {
		t.Fatal("the database accepted sync on an unmapped product")
	}

	if err := f.saver.Save(ctx, []Change{{ProductKey: "CIXA-MSP", Mapping: MapToExisting, ItemID: item, SyncEnabled: true}}); err != nil {
		t.Fatal(err)
	}
	p := f.product(t, "CIXA-MSP")
	if p.CWCatalogItemID == nil || *p.CWCatalogItemID != item || p.SyncEnabled != 1 || p.IsNew != 0 || p.MappedIdentifier == "" {
		t.Fatalf("after mapping: %+v", p)
	}

	// Removing the mapping switches sync off; sync resumes only when mapped and switched on again.
	if err := f.saver.Save(ctx, []Change{{ProductKey: "CIXA-MSP", Mapping: RemoveMapping}}); err != nil {
		t.Fatal(err)
	}
	if p := f.product(t, "CIXA-MSP"); p.CWCatalogItemID != nil || p.SyncEnabled != 0 {
		t.Fatalf("after unmapping: %+v", p)
	}
	if err := f.saver.Save(ctx, []Change{{ProductKey: "CIXA-MSP", Mapping: MapToExisting, ItemID: item}}); err != nil {
		t.Fatal(err)
	}
	if p := f.product(t, "CIXA-MSP"); p.SyncEnabled != 0 {
		t.Fatal("mapping again switched sync on by itself")
	}
}

func TestSaveIsAllOrNothing(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	item := int64(f.sb.CatalogItemIDs()[1])
	err := f.saver.Save(ctx, []Change{
		{ProductKey: "CIXA-MSP", Mapping: MapToExisting, ItemID: item, SyncEnabled: true},
		{ProductKey: "SVRCIXAXDR", Mapping: MapToExisting, ItemID: 999_999_999},
	})
	var ce *ChangeError
	if !errors.As(err, &ce) || ce.ProductKey != "SVRCIXAXDR" {
		t.Fatalf("want an error naming the bad product, got %v", err)
	}
	if p := f.product(t, "CIXA-MSP"); p.CWCatalogItemID != nil {
		t.Fatal("the valid half of a failed save was written")
	}
}

// A Save that creates a product in ConnectWise and dies before the local commit must, when
// retried, end with exactly one ConnectWise product and one mapping.
func TestCreateThenCrashThenRetryMakesOneProduct(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	before := f.sb.CatalogLen()
	change := Change{ProductKey: "ITDR-MSP", Mapping: MapToNew, Draft: f.draft(t, "ITDR-MSP", "Sophos_ITDR-MSP"), SyncEnabled: true}

	f.saver.afterCreate = func() error { return errors.New("power cut") }
	if err := f.saver.Save(ctx, []Change{change}); err == nil || !strings.Contains(err.Error(), "power cut") {
		t.Fatalf("want the injected failure, got %v", err)
	}
	if f.sb.CatalogLen() != before+1 {
		t.Fatal("the product was not created in ConnectWise before the failure")
	}
	if p := f.product(t, "ITDR-MSP"); p.CWCatalogItemID != nil {
		t.Fatal("the mapping was saved although the save failed")
	}

	f.saver.afterCreate = nil
	if err := f.saver.Save(ctx, []Change{change}); err != nil {
		t.Fatal(err)
	}
	if f.sb.CatalogLen() != before+1 {
		t.Fatalf("the retry created a duplicate: %d products, want %d", f.sb.CatalogLen(), before+1)
	}
	id, ok := f.sb.CatalogItemID("Sophos_ITDR-MSP")
	p := f.product(t, "ITDR-MSP")
	if !ok || p.CWCatalogItemID == nil || *p.CWCatalogItemID != int64(id) || p.SyncEnabled != 1 {
		t.Fatalf("after retry: mapped to %v, ConnectWise id %d", p.CWCatalogItemID, id)
	}
	if _, err := f.store.Queries().GetPendingCreation(ctx, "ITDR-MSP"); err == nil {
		t.Fatal("the pending creation was not cleared")
	}
	if _, err := f.store.Queries().GetCatalogItem(ctx, int64(id)); err != nil {
		t.Fatal("the created product is not in the local catalog")
	}
	writes, _ := f.store.Queries().ListConnectWiseWrites(ctx, 10)
	if len(writes) != 1 || writes[0].Action != "create_catalog_item" || writes[0].Actor != "tester" {
		t.Fatalf("write history: %+v", writes)
	}

	// Saving the same change a third time is harmless too.
	if err := f.saver.Save(ctx, []Change{{ProductKey: "ITDR-MSP", Mapping: KeepMapping, SyncEnabled: true}}); err != nil || f.sb.CatalogLen() != before+1 {
		t.Fatalf("re-save: %v", err)
	}
}

func TestCreateWithATakenIdentifierOffersTheExistingProduct(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	taken := f.cwIdentifier(t, 3)
	before := f.sb.CatalogLen()
	err := f.saver.Save(ctx, []Change{{ProductKey: "CIXA-MSP", Mapping: MapToNew, Draft: f.draft(t, "CIXA-MSP", strings.ToLower(taken))}})
	var taken2 *IdentifierTakenError
	if !errors.As(err, &taken2) || !strings.EqualFold(taken2.Existing.Identifier, taken) || taken2.Existing.ID == 0 {
		t.Fatalf("want IdentifierTakenError for %s, got %v", taken, err)
	}
	if f.sb.CatalogLen() != before {
		t.Fatal("a duplicate product was created")
	}
}

func TestDraftValidationNamesTheField(t *testing.T) {
	f := newFixture(t)
	d := f.draft(t, "CIXA-MSP", strings.Repeat("x", 76))
	err := f.saver.Save(context.Background(), []Change{{ProductKey: "CIXA-MSP", Mapping: MapToNew, Draft: d}})
	var ce *ChangeError
	if !errors.As(err, &ce) || ce.Field != "identifier" {
		t.Fatalf("want an identifier error, got %v", err)
	}
	d = f.draft(t, "CIXA-MSP", "OK-ID")
	d.SubcategoryID = 0
	if errs := d.Validate(); len(errs) != 1 || errs[0].Field != "subcategoryId" {
		t.Fatalf("missing subcategory: %+v", errs)
	}
}

func TestPrefillUsesSophosNamesAndConnectWiseDefaults(t *testing.T) {
	f := newFixture(t)
	d := f.draft(t, "SVRCIXAXDR", "")
	p := f.product(t, "SVRCIXAXDR")
	if d.Description != p.Description || d.CustomerDescription != p.Description || d.CategoryID == 0 ||
		d.SubcategoryID == 0 || d.TypeID == 0 || d.UnitOfMeasureID == 0 || d.ProductClass == "" {
		t.Fatalf("prefill: %+v", d)
	}
	l, _ := catalog.LoadLookups(context.Background(), f.store.Queries())
	if sub := l.SubcategoriesOf(d.CategoryID); len(sub) == 0 {
		t.Fatal("the default subcategory does not belong to the default category")
	}
	long := dbsqlc.SophosProduct{ProductKey: strings.Repeat("K", 80), Description: strings.Repeat("Ü", 70)}
	if d := Prefill(long, l); len(d.Identifier) > 75 || len([]rune(d.Description)) != 60 {
		t.Fatalf("prefill is not cut to ConnectWise's limits: %d, %d", len(d.Identifier), len([]rune(d.Description)))
	}
}

func (f *fixture) cwIdentifier(t *testing.T, i int) string {
	t.Helper()
	it, err := f.store.Queries().GetCatalogItem(context.Background(), int64(f.sb.CatalogItemIDs()[i]))
	if err != nil {
		t.Fatal(err)
	}
	return it.Identifier
}

// The history entry of a create is written in the transaction that saves its mapping: when
// it cannot be written, nothing is saved, and the retry adopts the product and records it.
func TestACreateIsMappedOnlyWithItsHistoryEntry(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	change := Change{ProductKey: "ITDR-MSP", Mapping: MapToNew, Draft: f.draft(t, "ITDR-MSP", "Sophos_ITDR-MSP"), SyncEnabled: true}
	// A trigger stands in for any failure to write the history (disk full, a bug).
	_, err := f.store.SQL().ExecContext(ctx, `CREATE TRIGGER refuse_history BEFORE INSERT ON cw_write_log
		BEGIN SELECT RAISE(ABORT, 'history refused'); END`)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.saver.Save(ctx, []Change{change}); err == nil || !strings.Contains(err.Error(), "history refused") {
		t.Fatalf("Save must fail when its history entry cannot be written, got %v", err)
	}
	if p := f.product(t, "ITDR-MSP"); p.CWCatalogItemID != nil {
		t.Fatal("the mapping was saved without its history entry")
	}
	if _, err := f.store.SQL().ExecContext(ctx, `DROP TRIGGER refuse_history`); err != nil {
		t.Fatal(err)
	}
	before := f.sb.CatalogLen()
	if err := f.saver.Save(ctx, []Change{change}); err != nil {
		t.Fatal(err)
	}
	writes, _ := f.store.Queries().ListConnectWiseWrites(ctx, 10)
	if f.sb.CatalogLen() != before || len(writes) != 1 || writes[0].Action != "create_catalog_item" || writes[0].Label != "Sophos_ITDR-MSP" {
		t.Fatalf("after the retry: %d products (had %d), history %+v", f.sb.CatalogLen(), before, writes)
	}
}
