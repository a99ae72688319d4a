package catalog

import (
	"context"
	"fmt"
	"time"

	"psabridge/app/internal/connectwise"
)

// cwSource feeds a refresh from the ConnectWise client.
type cwSource struct {
	c        *connectwise.Client
	pageSize int // 0: ConnectWise's maximum; tests use small pages to get many of them
}

// NewSource adapts the ConnectWise client to what a refresh needs.
func NewSource(c *connectwise.Client) Source { return cwSource{c: c} }

// allItems includes inactive items: mappings and agreements may still point at them, and
// the typeahead shows them on request.
func allItems(since time.Time) connectwise.CatalogQuery {
	q := connectwise.CatalogQuery{IncludeInactive: true}
	if !since.IsZero() {
		q.Conditions = connectwise.UpdatedSince(since)
	}
	return q
}

func (s cwSource) CatalogCount(ctx context.Context) (int, error) {
	return s.c.CatalogCount(ctx, allItems(time.Time{}))
}

func (s cwSource) EachCatalogPage(ctx context.Context, since time.Time, fn func([]Item) error) error {
	q := allItems(since)
	q.PageSize = s.pageSize
	return s.c.EachCatalogPage(ctx, q, func(page []connectwise.CatalogItem) error {
		items := make([]Item, len(page))
		for i, it := range page {
			items[i] = FromConnectWise(it)
		}
		return fn(items)
	})
}

func (s cwSource) EachCatalogIDPage(ctx context.Context, fn func([]int64) error) error {
	return s.c.EachCatalogIDPage(ctx, func(ids []int) error {
		out := make([]int64, len(ids))
		for i, id := range ids {
			out[i] = int64(id)
		}
		return fn(out)
	})
}

func (s cwSource) Lookups(ctx context.Context) (Lookups, error) {
	var l Lookups
	categories, err := s.c.Categories(ctx, true)
	if err != nil {
		return l, fmt.Errorf("categories: %w", err)
	}
	for _, c := range categories {
		l.Categories = append(l.Categories, Lookup{ID: int64(c.ID), Name: c.Name, Inactive: c.InactiveFlag, Default: c.DefaultFlag})
		subs, err := s.c.Subcategories(ctx, c.ID, true)
		if err != nil {
			return l, fmt.Errorf("subcategories of %s: %w", c.Name, err)
		}
		for _, sc := range subs {
			l.Subcategories = append(l.Subcategories, Lookup{ID: int64(sc.ID), Name: sc.Name, ParentID: int64(c.ID), Inactive: sc.InactiveFlag, Default: sc.DefaultFlag})
		}
	}
	types, err := s.c.ProductTypes(ctx, true)
	if err != nil {
		return l, fmt.Errorf("product types: %w", err)
	}
	for _, t := range types {
		l.Types = append(l.Types, Lookup{ID: int64(t.ID), Name: t.Name, Inactive: t.InactiveFlag, Default: t.DefaultFlag})
	}
	uoms, err := s.c.UnitsOfMeasure(ctx, true)
	if err != nil {
		return l, fmt.Errorf("units of measure: %w", err)
	}
	for _, u := range uoms {
		l.UnitsOfMeasure = append(l.UnitsOfMeasure, Lookup{ID: int64(u.ID), Name: u.Name, Inactive: u.InactiveFlag, Default: u.DefaultFlag})
	}
	makers, err := s.c.Manufacturers(ctx, true)
	if err != nil {
		return l, fmt.Errorf("manufacturers: %w", err)
	}
	for _, m := range makers {
		l.Manufacturers = append(l.Manufacturers, Lookup{ID: int64(m.ID), Name: m.Name, Inactive: m.InactiveFlag})
	}
	return l, nil
}

// FromConnectWise flattens an item as the ConnectWise client decoded it into the cached form.
func FromConnectWise(it connectwise.CatalogItem) Item {
	r := func(x connectwise.Reference) Ref { return Ref{ID: int64(x.ID), Name: x.Name} }
	return Item{
		ID: int64(it.ID), Identifier: it.Identifier, Description: it.Description,
		CustomerDescription: it.CustomerDescription, Inactive: it.InactiveFlag,
		Category: r(it.Category), Subcategory: r(it.Subcategory), Type: r(it.Type),
		ProductClass: it.ProductClass, UnitOfMeasure: r(it.UnitOfMeasure), Price: it.Price, Cost: it.Cost,
		Taxable: it.TaxableFlag, Manufacturer: r(it.Manufacturer), ManufacturerPartNumber: it.ManufacturerPartNumber,
		VendorSKU: it.VendorSku, VendorName: it.Vendor.Name, Notes: it.Notes, BillableOption: it.BillableOption,
		Recurring: it.RecurringFlag, LastUpdated: it.LastUpdated,
	}
}
