package connectwise

import (
	"context"
	"slices"
	"strings"
)

// Category is a product category (/procurement/categories).
type Category struct {
	ID           int               `json:"id"`
	Name         string            `json:"name"`
	InactiveFlag bool              `json:"inactiveFlag"`
	DefaultFlag  bool              `json:"defaultFlag"` // the tenant's default: preselect it
	Info         map[string]string `json:"_info,omitempty"`
}

// Subcategory is a product subcategory; it belongs to one category.
type Subcategory struct {
	ID           int               `json:"id"`
	Name         string            `json:"name"`
	InactiveFlag bool              `json:"inactiveFlag"`
	DefaultFlag  bool              `json:"defaultFlag"`
	Category     Reference         `json:"category"`
	Info         map[string]string `json:"_info,omitempty"`
}

// ProductType is a product type (/procurement/types).
type ProductType struct {
	ID           int               `json:"id"`
	Name         string            `json:"name"`
	InactiveFlag bool              `json:"inactiveFlag"`
	DefaultFlag  bool              `json:"defaultFlag"`
	Info         map[string]string `json:"_info,omitempty"`
}

// UnitOfMeasure is a unit of measure (/procurement/unitOfMeasures).
type UnitOfMeasure struct {
	ID           int               `json:"id"`
	Name         string            `json:"name"`
	InactiveFlag bool              `json:"inactiveFlag"`
	DefaultFlag  bool              `json:"defaultFlag"`
	Info         map[string]string `json:"_info,omitempty"`
}

// Manufacturer is a manufacturer (/procurement/manufacturers); it has no default flag.
type Manufacturer struct {
	ID           int               `json:"id"`
	Name         string            `json:"name"`
	InactiveFlag bool              `json:"inactiveFlag"`
	Info         map[string]string `json:"_info,omitempty"`
}

func (r *Category) recordID() int      { return r.ID }
func (r *Subcategory) recordID() int   { return r.ID }
func (r *ProductType) recordID() int   { return r.ID }
func (r *UnitOfMeasure) recordID() int { return r.ID }
func (r *Manufacturer) recordID() int  { return r.ID }

// Categories lists product categories, sorted by name.
func (c *Client) Categories(ctx context.Context, includeInactive bool) ([]Category, error) {
	rows, err := collect[Category](ctx, c, listCall{path: "/procurement/categories", conditions: activeOnly(includeInactive)})
	return sortedByName(rows, func(r Category) string { return r.Name }), err
}

// Subcategories lists the subcategories of a category (categoryID 0: of all categories),
// sorted by name. It filters the flat endpoint (whose spec path ends in a slash) with
// category/id, the documented form.
func (c *Client) Subcategories(ctx context.Context, categoryID int, includeInactive bool) ([]Subcategory, error) {
	cond := activeOnly(includeInactive)
	if categoryID != 0 {
		cond = And(Eq("category/id", categoryID), cond)
	}
	rows, err := collect[Subcategory](ctx, c, listCall{path: "/procurement/subcategories/", conditions: cond})
	return sortedByName(rows, func(r Subcategory) string { return r.Name }), err
}

// ProductTypes lists product types, sorted by name.
func (c *Client) ProductTypes(ctx context.Context, includeInactive bool) ([]ProductType, error) {
	rows, err := collect[ProductType](ctx, c, listCall{path: "/procurement/types", conditions: activeOnly(includeInactive)})
	return sortedByName(rows, func(r ProductType) string { return r.Name }), err
}

// UnitsOfMeasure lists units of measure, sorted by name.
func (c *Client) UnitsOfMeasure(ctx context.Context, includeInactive bool) ([]UnitOfMeasure, error) {
	rows, err := collect[UnitOfMeasure](ctx, c, listCall{path: "/procurement/unitOfMeasures", conditions: activeOnly(includeInactive)})
	return sortedByName(rows, func(r UnitOfMeasure) string { return r.Name }), err
}

// Manufacturers lists manufacturers, sorted by name.
func (c *Client) Manufacturers(ctx context.Context, includeInactive bool) ([]Manufacturer, error) {
	rows, err := collect[Manufacturer](ctx, c, listCall{path: "/procurement/manufacturers", conditions: activeOnly(includeInactive)})
	return sortedByName(rows, func(r Manufacturer) string { return r.Name }), err
}

func activeOnly(includeInactive bool) Cond {
	if includeInactive {
		return Cond{}
	}
	return Eq("inactiveFlag", false)
}

func sortedByName[T any](rows []T, name func(T) string) []T {
	slices.SortStableFunc(rows, func(a, b T) int { return strings.Compare(strings.ToLower(name(a)), strings.ToLower(name(b))) })
	return rows
}
