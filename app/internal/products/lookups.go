package products

import (
	"context"

	"psabridge/db/dbsqlc"
)

// Lookups are the cached ConnectWise setup tables the product form offers.
type Lookups struct {
	Categories     []dbsqlc.Category
	Subcategories  []dbsqlc.Subcategory
	Types          []dbsqlc.ProductType
	UnitsOfMeasure []dbsqlc.UnitOfMeasure
	Manufacturers  []dbsqlc.Manufacturer
}

// LoadLookups reads the setup tables from the cache (they work offline).
func LoadLookups(ctx context.Context, q *dbsqlc.Queries) (Lookups, error) {
	var l Lookups
	var err error
	if l.Categories, err = q.ListCategories(ctx); err != nil {
		return l, err
	}
	for _, c := range l.Categories {
		subs, err := q.ListSubcategories(ctx, c.ID)
		if err != nil {
			return l, err
		}
		l.Subcategories = append(l.Subcategories, subs...)
	}
	if l.Types, err = q.ListProductTypes(ctx); err != nil {
		return l, err
	}
	if l.UnitsOfMeasure, err = q.ListUnitsOfMeasure(ctx); err != nil {
		return l, err
	}
	l.Manufacturers, err = q.ListManufacturers(ctx)
	return l, err
}

// SubcategoriesOf lists the subcategories of one category.
func (l Lookups) SubcategoriesOf(categoryID int64) []dbsqlc.Subcategory {
	var out []dbsqlc.Subcategory
	for _, s := range l.Subcategories {
		if s.CategoryID == categoryID {
			out = append(out, s)
		}
	}
	return out
}

// defaultID picks ConnectWise's default entry, else the first active one.
func defaultID[T dbsqlc.Category | dbsqlc.Subcategory | dbsqlc.ProductType | dbsqlc.UnitOfMeasure](rows []T) int64 {
	var first int64
	for _, r := range rows {
		id, inactive, def := fields(r)
		if inactive {
			continue
		}
		if def {
			return id
		}
		if first == 0 {
			first = id
		}
	}
	return first
}

func fields(r any) (id int64, inactive, def bool) {
	switch v := r.(type) {
	case dbsqlc.Category:
		return v.ID, v.Inactive == 1, v.DefaultFlag == 1
	case dbsqlc.Subcategory:
		return v.ID, v.Inactive == 1, v.DefaultFlag == 1
	case dbsqlc.ProductType:
		return v.ID, v.Inactive == 1, v.DefaultFlag == 1
	case dbsqlc.UnitOfMeasure:
		return v.ID, v.Inactive == 1, v.DefaultFlag == 1
	}
	return 0, false, false
}
