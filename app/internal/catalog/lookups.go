package catalog

import (
	"context"

	"psabridge/db/dbsqlc"
)

// LoadLookups reads the cached setup tables (they work offline), for the product form.
func LoadLookups(ctx context.Context, q *dbsqlc.Queries) (Lookups, error) {
	var l Lookups
	cats, err := q.ListCategories(ctx)
	if err != nil {
		return l, err
	}
	for _, c := range cats {
		l.Categories = append(l.Categories, Lookup{ID: c.ID, Name: c.Name, Inactive: c.Inactive == 1, Default: c.DefaultFlag == 1})
		subs, err := q.ListSubcategories(ctx, c.ID)
		if err != nil {
			return l, err
		}
		for _, s := range subs {
			l.Subcategories = append(l.Subcategories, Lookup{ID: s.ID, Name: s.Name, ParentID: s.CategoryID, Inactive: s.Inactive == 1, Default: s.DefaultFlag == 1})
		}
	}
	types, err := q.ListProductTypes(ctx)
	if err != nil {
		return l, err
	}
	for _, t := range types {
		l.Types = append(l.Types, Lookup{ID: t.ID, Name: t.Name, Inactive: t.Inactive == 1, Default: t.DefaultFlag == 1})
	}
	units, err := q.ListUnitsOfMeasure(ctx)
	if err != nil {
		return l, err
	}
	for _, u := range units {
		l.UnitsOfMeasure = append(l.UnitsOfMeasure, Lookup{ID: u.ID, Name: u.Name, Inactive: u.Inactive == 1, Default: u.DefaultFlag == 1})
	}
	makers, err := q.ListManufacturers(ctx)
	if err != nil {
		return l, err
	}
	for _, m := range makers {
		l.Manufacturers = append(l.Manufacturers, Lookup{ID: m.ID, Name: m.Name, Inactive: m.Inactive == 1})
	}
	return l, nil
}

// SubcategoriesOf lists the subcategories of one category.
func (l Lookups) SubcategoriesOf(categoryID int64) []Lookup {
	var out []Lookup
	for _, s := range l.Subcategories {
		if s.ParentID == categoryID {
			out = append(out, s)
		}
	}
	return out
}

// DefaultID picks ConnectWise's default entry, else the first active one (0 for none).
func DefaultID(entries []Lookup) int64 {
	var first int64
	for _, e := range entries {
		switch {
		case e.Inactive:
		case e.Default:
			return e.ID
		case first == 0:
			first = e.ID
		}
	}
	return first
}
