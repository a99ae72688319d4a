package products

import (
	"context"
	"fmt"
	"time"

	"psabridge/app/internal/catalog"
	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/history"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// Patcher is the part of the ConnectWise client an edit needs.
type Patcher interface {
	GetCatalogItem(ctx context.Context, id int) (connectwise.CatalogItem, error)
	PatchCatalogItem(ctx context.Context, id int, ops []connectwise.PatchOp) (connectwise.CatalogItem, error)
}

// ChangedElsewhereError says the item changed in ConnectWise after it was cached: the
// edit was not sent. The cache now holds Current, which the user can review and edit.
type ChangedElsewhereError struct{ Current catalog.Item }

func (e *ChangedElsewhereError) Error() string {
	return fmt.Sprintf("%s was changed in ConnectWise on %s since it was loaded; nothing was overwritten",
		e.Current.Identifier, e.Current.LastUpdated.Format(time.RFC3339))
}

// Edit sends the fields of edit that differ from the cached item to ConnectWise as one
// JSON Patch, after checking that ConnectWise still has the version the user saw
// (lastUpdated). The cache, the write history and the names remembered by mappings to
// the item are updated with the result.
func Edit(ctx context.Context, store *db.DB, cw Patcher, id int64, edit Draft, actor string) (catalog.Item, error) {
	row, err := store.Queries().GetCatalogItem(ctx, id)
	if err != nil {
		return catalog.Item{}, fmt.Errorf("catalog item %d is not in the local catalog: %w", id, err)
	}
	cached := catalog.FromRow(row)
	if errs := edit.Validate(); len(errs) > 0 {
		return catalog.Item{}, &ChangeError{ProductKey: cached.Identifier, Field: errs[0].Field, Message: errs[0].Message}
	}
	live, err := cw.GetCatalogItem(ctx, int(id))
	if err != nil {
		return catalog.Item{}, fmt.Errorf("read %s from ConnectWise: %w", cached.Identifier, err)
	}
	current := catalog.FromConnectWise(live)
	if !current.LastUpdated.Equal(cached.LastUpdated) {
		err := store.InTx(ctx, func(q *dbsqlc.Queries) error { return catalog.Upsert(ctx, q, current) })
		if err != nil {
			return catalog.Item{}, err
		}
		return catalog.Item{}, &ChangedElsewhereError{Current: current}
	}
	ops := diff(cached, edit)
	if len(ops) == 0 {
		return cached, nil
	}
	updated, err := cw.PatchCatalogItem(ctx, int(id), ops)
	if err != nil {
		return catalog.Item{}, fmt.Errorf("update %s in ConnectWise: %w", cached.Identifier, err)
	}
	after := catalog.FromConnectWise(updated)
	err = store.InTx(ctx, func(q *dbsqlc.Queries) error {
		if err := catalog.Upsert(ctx, q, after); err != nil {
			return err
		}
		// The user's own edit: mappings to this item take the new names instead of
		// showing it as renamed in ConnectWise.
		if _, err := q.RefreshMappingSnapshots(ctx, dbsqlc.RefreshMappingSnapshotsParams{
			Identifier: after.Identifier, Description: after.Description, Now: time.Now().UnixMilli(), ItemID: &id,
		}); err != nil {
			return fmt.Errorf("update the mappings of %s: %w", after.Identifier, err)
		}
		return history.Record(ctx, q, history.Write{At: time.Now(), Actor: actor, Action: history.UpdateCatalogItem,
			EntityID: id, Label: after.Identifier, Before: cached, After: after})
	})
	return after, err
}

// diff lists the JSON Patch operations that turn the cached item into the edit.
func diff(cur catalog.Item, edit Draft) []connectwise.PatchOp {
	var ops []connectwise.PatchOp
	text := func(path, old, next string) {
		if old != next {
			ops = append(ops, connectwise.Replace(path, next))
		}
	}
	ref := func(path string, old, next int64) {
		if old != next && next != 0 {
			ops = append(ops, connectwise.ReplaceRef(path, int(next)))
		}
	}
	d := edit.catalogItem()
	text("identifier", cur.Identifier, d.Identifier)
	text("description", cur.Description, d.Description)
	text("customerDescription", cur.CustomerDescription, d.CustomerDescription)
	text("manufacturerPartNumber", cur.ManufacturerPartNumber, d.ManufacturerPartNumber)
	if edit.ProductClass != "" {
		text("productClass", cur.ProductClass, edit.ProductClass)
	}
	ref("category", cur.Category.ID, edit.CategoryID)
	ref("subcategory", cur.Subcategory.ID, edit.SubcategoryID)
	ref("type", cur.Type.ID, edit.TypeID)
	ref("unitOfMeasure", cur.UnitOfMeasure.ID, edit.UnitOfMeasureID)
	ref("manufacturer", cur.Manufacturer.ID, edit.ManufacturerID)
	if cur.Price != edit.Price {
		ops = append(ops, connectwise.Replace("price", edit.Price))
	}
	if cur.Cost != edit.Cost {
		ops = append(ops, connectwise.Replace("cost", edit.Cost))
	}
	if cur.Taxable != edit.Taxable {
		ops = append(ops, connectwise.Replace("taxableFlag", edit.Taxable))
	}
	return ops
}

// DraftOf turns a cached item into the form's values, for editing.
func DraftOf(it catalog.Item) Draft {
	return Draft{
		Identifier: it.Identifier, Description: it.Description, CustomerDescription: it.CustomerDescription,
		CategoryID: it.Category.ID, SubcategoryID: it.Subcategory.ID, TypeID: it.Type.ID,
		ProductClass: it.ProductClass, UnitOfMeasureID: it.UnitOfMeasure.ID, Price: it.Price, Cost: it.Cost,
		Taxable: it.Taxable, ManufacturerID: it.Manufacturer.ID, ManufacturerPartNumber: it.ManufacturerPartNumber,
	}
}
