package products

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"psabridge/app/internal/catalog"
	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/history"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// MappingKind is what a staged change does to a product's mapping.
type MappingKind string

const (
	KeepMapping   MappingKind = "keep"     // leave the mapping as it is (only the sync switch changes)
	MapToExisting MappingKind = "existing" // map to a catalog item already in ConnectWise
	MapToNew      MappingKind = "new"      // create a catalog item in ConnectWise, then map to it
	RemoveMapping MappingKind = "remove"   // unmap (which switches sync off)
)

// Change is one product's staged change from the configure page.
type Change struct {
	ProductKey  string
	Mapping     MappingKind
	ItemID      int64  // MapToExisting
	Draft       *Draft // MapToNew
	SyncEnabled bool
}

// Catalog is the part of the ConnectWise client Save needs.
type Catalog interface {
	CatalogItemByIdentifier(ctx context.Context, identifier string) (connectwise.CatalogItem, bool, error)
	GetCatalogItem(ctx context.Context, id int) (connectwise.CatalogItem, error)
	CreateCatalogItem(ctx context.Context, item connectwise.CatalogItem) (connectwise.CatalogItem, error)
}

// Saver applies staged changes: products to create in ConnectWise first (idempotently),
// then every local change in one transaction.
type Saver struct {
	DB    *db.DB
	CW    Catalog // nil when ConnectWise is not connected: only local changes can be saved
	Actor string  // who is saving, for the write history
	Now   func() time.Time
	// afterCreate runs between creating products in ConnectWise and the local commit;
	// tests use it to fail exactly there.
	afterCreate func() error
}

// IdentifierTakenError says a product to create has an identifier ConnectWise already
// has: the user is offered to map that existing item instead (never a duplicate).
type IdentifierTakenError struct {
	ProductKey string
	Existing   catalog.Item
}

func (e *IdentifierTakenError) Error() string {
	return fmt.Sprintf("ConnectWise already has a product with the identifier %q (id %d); map %s to it instead",
		e.Existing.Identifier, e.Existing.ID, e.ProductKey)
}

// ChangeError names the product whose change is invalid, and the field where there is one.
type ChangeError struct {
	ProductKey string
	Field      string
	Message    string
}

func (e *ChangeError) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s, %s: %s", e.ProductKey, e.Field, e.Message)
	}
	return e.ProductKey + ": " + e.Message
}

// Save applies changes. Either every local change is saved or none is. Products created
// in ConnectWise before a failure are remembered and adopted by the next Save, so a retry
// never creates a second one: a create an earlier Save left pending is resolved (adopted,
// or confirmed absent by re-reading ConnectWise) before anything else changes its product.
func (s *Saver) Save(ctx context.Context, changes []Change) error {
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	items, err := s.prepare(ctx, changes)
	if err != nil {
		return err
	}
	// adopted[i] is the product an earlier Save created for changes[i]'s product.
	adopted := make([]*catalog.Item, len(changes))
	for i, c := range changes {
		if adopted[i], err = s.resolvePending(ctx, c.ProductKey); err != nil {
			return err
		}
	}
	for i, c := range changes {
		if c.Mapping != MapToNew {
			continue
		}
		if adopted[i] != nil { // the earlier create stands, whatever identifier is typed now
			items[i] = *adopted[i]
			continue
		}
		created, err := s.create(ctx, c, now())
		if err != nil {
			return err
		}
		items[i] = created
	}
	if s.afterCreate != nil {
		if err := s.afterCreate(); err != nil {
			return err
		}
	}
	return s.DB.InTx(ctx, func(q *dbsqlc.Queries) error {
		ms := now().UnixMilli()
		for i, c := range changes {
			created := adopted[i]
			if c.Mapping == MapToNew {
				created = &items[i]
			}
			if created != nil {
				if err := finishCreation(ctx, q, c.ProductKey, *created); err != nil {
					return err
				}
				// Recorded with the change that finishes the pending creation: a create
				// adopted after an interrupted Save is recorded exactly once, here.
				err := history.Record(ctx, q, history.Write{At: time.UnixMilli(ms), Actor: s.Actor,
					Action: history.CreateCatalogItem, EntityID: created.ID, Label: created.Identifier, After: *created})
				if err != nil {
					return err
				}
			}
			if err := apply(ctx, q, c, items[i], ms); err != nil {
				return err
			}
		}
		return nil
	})
}

// prepare checks every change before anything is written and looks up the cached items
// of mappings to existing products.
func (s *Saver) prepare(ctx context.Context, changes []Change) ([]catalog.Item, error) {
	items := make([]catalog.Item, len(changes))
	seen := map[string]bool{}
	identifiers := map[string]string{} // folded identifier to create → its product
	for i, c := range changes {
		if seen[c.ProductKey] {
			return nil, &ChangeError{ProductKey: c.ProductKey, Message: "is changed twice in one save"}
		}
		seen[c.ProductKey] = true
		p, err := s.DB.Queries().GetSophosProduct(ctx, c.ProductKey)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, &ChangeError{ProductKey: c.ProductKey, Message: "is not a known Sophos product"}
		} else if err != nil {
			return nil, err
		}
		switch c.Mapping {
		case KeepMapping:
			if c.SyncEnabled && p.CWCatalogItemID == nil {
				return nil, &ChangeError{ProductKey: c.ProductKey, Field: "sync", Message: "sync can only be on for a mapped product"}
			}
		case RemoveMapping:
			if c.SyncEnabled {
				return nil, &ChangeError{ProductKey: c.ProductKey, Field: "sync", Message: "removing the mapping switches sync off"}
			}
		case MapToExisting:
			row, err := s.DB.Queries().GetCatalogItem(ctx, c.ItemID)
			if errors.Is(err, sql.ErrNoRows) {
				return nil, &ChangeError{ProductKey: c.ProductKey, Field: "item", Message: fmt.Sprintf("ConnectWise product %d is not in the local catalog", c.ItemID)}
			} else if err != nil {
				return nil, err
			}
			items[i] = catalog.FromRow(row)
		case MapToNew:
			if c.Draft == nil {
				return nil, &ChangeError{ProductKey: c.ProductKey, Message: "no product to create"}
			}
			if errs := c.Draft.Validate(); len(errs) > 0 {
				return nil, &ChangeError{ProductKey: c.ProductKey, Field: errs[0].Field, Message: errs[0].Message}
			}
			if s.CW == nil {
				return nil, &ChangeError{ProductKey: c.ProductKey, Message: "creating a product needs a connection to ConnectWise"}
			}
			folded := strings.ToLower(strings.TrimSpace(c.Draft.Identifier))
			if other, ok := identifiers[folded]; ok {
				return nil, &ChangeError{ProductKey: c.ProductKey, Field: "identifier",
					Message: fmt.Sprintf("%s gets the same identifier in this save", other)}
			}
			identifiers[folded] = c.ProductKey
		default:
			return nil, &ChangeError{ProductKey: c.ProductKey, Field: "mapping", Message: fmt.Sprintf("unknown change %q", c.Mapping)}
		}
		if s.CW == nil {
			if _, err := s.DB.Queries().GetPendingCreation(ctx, c.ProductKey); err == nil {
				return nil, &ChangeError{ProductKey: c.ProductKey, Message: "an earlier save was creating this product in ConnectWise; connect to ConnectWise so it can be checked first"}
			} else if !errors.Is(err, sql.ErrNoRows) {
				return nil, err
			}
		}
	}
	return items, nil
}

// resolvePending settles the create an earlier Save left pending for productKey: it
// returns the product that Save made (found by its id, or by its identifier when the reply
// was lost), or nil, with the pending record removed, when ConnectWise confirms there is none.
func (s *Saver) resolvePending(ctx context.Context, productKey string) (*catalog.Item, error) {
	q := s.DB.Queries()
	pending, err := q.GetPendingCreation(ctx, productKey)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	if pending.CreatedItemID != nil {
		got, err := s.CW.GetCatalogItem(ctx, int(*pending.CreatedItemID))
		if err == nil {
			return ptr(catalog.FromConnectWise(got)), nil
		}
		if !connectwise.IsNotFound(err) {
			return nil, fmt.Errorf("look up the product created for %s: %w", productKey, err)
		}
		// Deleted in ConnectWise meanwhile: look for it by its identifier as well.
	}
	existing, found, err := s.CW.CatalogItemByIdentifier(ctx, pending.Identifier)
	if err != nil {
		return nil, fmt.Errorf("check whether %q, created for %s by an earlier save, exists in ConnectWise: %w", pending.Identifier, productKey, err)
	}
	if found { // our own create from a Save that died before it learnt the id
		item := catalog.FromConnectWise(existing)
		return &item, q.RecordCreatedItem(ctx, dbsqlc.RecordCreatedItemParams{CreatedItemID: ptr(item.ID), ProductKey: productKey})
	}
	return nil, q.FinishPendingCreation(ctx, productKey)
}

// create makes the ConnectWise product of a MapToNew change whose product has no pending
// create (resolvePending ran). The pending record is committed before the request is sent.
func (s *Saver) create(ctx context.Context, c Change, now time.Time) (catalog.Item, error) {
	q := s.DB.Queries()
	identifier := strings.TrimSpace(c.Draft.Identifier)
	existing, found, err := s.CW.CatalogItemByIdentifier(ctx, identifier)
	if err != nil {
		return catalog.Item{}, fmt.Errorf("check whether %q exists in ConnectWise: %w", identifier, err)
	}
	if found {
		return catalog.Item{}, &IdentifierTakenError{ProductKey: c.ProductKey, Existing: catalog.FromConnectWise(existing)}
	}
	if err := s.startPending(ctx, c.ProductKey, identifier, now); err != nil {
		return catalog.Item{}, err
	}
	created, err := s.CW.CreateCatalogItem(ctx, c.Draft.catalogItem())
	if connectwise.IsObjectExists(err) {
		if again, found, lookErr := s.CW.CatalogItemByIdentifier(ctx, identifier); lookErr == nil && found {
			return catalog.Item{}, &IdentifierTakenError{ProductKey: c.ProductKey, Existing: catalog.FromConnectWise(again)}
		}
	}
	if err != nil {
		return catalog.Item{}, fmt.Errorf("create %q in ConnectWise: %w", identifier, err)
	}
	if err := q.RecordCreatedItem(ctx, dbsqlc.RecordCreatedItemParams{CreatedItemID: ptr(int64(created.ID)), ProductKey: c.ProductKey}); err != nil {
		return catalog.Item{}, err
	}
	return catalog.FromConnectWise(created), nil
}

// startPending commits the pending record of a create about to be sent. An identifier
// another product's unresolved create holds is refused at the identifier field.
func (s *Saver) startPending(ctx context.Context, productKey, identifier string, now time.Time) error {
	q := s.DB.Queries()
	holder, err := q.GetPendingCreationByIdentifier(ctx, identifier)
	if err == nil {
		return &ChangeError{ProductKey: productKey, Field: "identifier",
			Message: fmt.Sprintf("an earlier save is still creating %q for %s; save %s first", holder.Identifier, holder.ProductKey, holder.ProductKey)}
	} else if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	return q.StartPendingCreation(ctx, dbsqlc.StartPendingCreationParams{ProductKey: productKey, Identifier: identifier, StartedAt: now.UnixMilli()})
}

// finishCreation puts a product created in ConnectWise into the local catalog and removes
// its pending record (inside Save's transaction, with its history entry).
func finishCreation(ctx context.Context, q *dbsqlc.Queries, productKey string, item catalog.Item) error {
	if err := catalog.Upsert(ctx, q, item); err != nil {
		return err
	}
	return q.FinishPendingCreation(ctx, productKey)
}

// apply writes one change locally (inside Save's transaction).
func apply(ctx context.Context, q *dbsqlc.Queries, c Change, item catalog.Item, ms int64) error {
	var err error
	switch c.Mapping {
	case KeepMapping:
		_, err = q.SetSophosProductSync(ctx, dbsqlc.SetSophosProductSyncParams{SyncEnabled: db.Flag(c.SyncEnabled), Now: ms, ProductKey: c.ProductKey})
	case RemoveMapping:
		_, err = q.UnmapSophosProduct(ctx, dbsqlc.UnmapSophosProductParams{Now: ms, ProductKey: c.ProductKey})
	case MapToExisting, MapToNew:
		_, err = q.MapSophosProduct(ctx, dbsqlc.MapSophosProductParams{
			ItemID: &item.ID, Identifier: item.Identifier, Description: item.Description,
			SyncEnabled: db.Flag(c.SyncEnabled), Now: ms, ProductKey: c.ProductKey,
		})
	}
	if err != nil {
		return fmt.Errorf("save %s: %w", c.ProductKey, err)
	}
	return nil
}

func ptr[T any](v T) *T { return &v }
