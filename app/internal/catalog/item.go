package catalog

import (
	"time"

	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// Item is a ConnectWise catalog item as the cache keeps it: references flattened to id and name.
type Item struct {
	ID                     int64
	Identifier             string
	Description            string
	CustomerDescription    string
	Inactive               bool
	Category               Ref
	Subcategory            Ref
	Type                   Ref
	ProductClass           string
	UnitOfMeasure          Ref
	Price                  float64
	Cost                   float64
	Taxable                bool
	Manufacturer           Ref
	ManufacturerPartNumber string
	VendorSKU              string
	VendorName             string
	Notes                  string
	BillableOption         string
	Recurring              bool
	LastUpdated            time.Time
}

// Ref is a reference to a ConnectWise record; ID 0 means none.
type Ref struct {
	ID   int64
	Name string
}

// Lookup is one entry of a ConnectWise setup table (category, type, unit of measure …).
type Lookup struct {
	ID       int64
	Name     string
	ParentID int64 // the category of a subcategory
	Inactive bool
	Default  bool
}

// Lookups are the setup tables the add/edit product form offers.
type Lookups struct {
	Categories, Subcategories, Types, UnitsOfMeasure, Manufacturers []Lookup
}

func (it Item) upsertParams() dbsqlc.UpsertCatalogItemParams {
	return dbsqlc.UpsertCatalogItemParams{
		ID: it.ID, Identifier: it.Identifier, Description: it.Description,
		CustomerDescription: it.CustomerDescription, Inactive: db.Flag(it.Inactive),
		CategoryID: it.Category.id(), CategoryName: it.Category.Name,
		SubcategoryID: it.Subcategory.id(), SubcategoryName: it.Subcategory.Name,
		TypeID: it.Type.id(), TypeName: it.Type.Name, ProductClass: it.ProductClass,
		UomID: it.UnitOfMeasure.id(), UomName: it.UnitOfMeasure.Name,
		Price: it.Price, Cost: it.Cost, Taxable: db.Flag(it.Taxable),
		ManufacturerID: it.Manufacturer.id(), ManufacturerName: it.Manufacturer.Name,
		ManufacturerPartNumber: it.ManufacturerPartNumber, VendorSku: it.VendorSKU, VendorName: it.VendorName,
		Notes: it.Notes, BillableOption: it.BillableOption, Recurring: db.Flag(it.Recurring),
		LastUpdated: it.LastUpdated.UnixMilli(), IdentifierKey: Fold(it.Identifier),
		SearchText: searchText(it.Identifier, it.Description, it.ManufacturerPartNumber, it.VendorSKU),
	}
}

// FromRow turns a cached row back into an Item (for the details dialog).
func FromRow(r dbsqlc.CatalogItem) Item {
	return Item{
		ID: r.ID, Identifier: r.Identifier, Description: r.Description, CustomerDescription: r.CustomerDescription,
		Inactive: r.Inactive == 1, Category: ref(r.CategoryID, r.CategoryName),
		Subcategory: ref(r.SubcategoryID, r.SubcategoryName), Type: ref(r.TypeID, r.TypeName),
		ProductClass: r.ProductClass, UnitOfMeasure: ref(r.UomID, r.UomName), Price: r.Price, Cost: r.Cost,
		Taxable: r.Taxable == 1, Manufacturer: ref(r.ManufacturerID, r.ManufacturerName),
		ManufacturerPartNumber: r.ManufacturerPartNumber, VendorSKU: r.VendorSku, VendorName: r.VendorName,
		Notes: r.Notes, BillableOption: r.BillableOption, Recurring: r.Recurring == 1,
		LastUpdated: time.UnixMilli(r.LastUpdated).UTC(),
	}
}

func (r Ref) id() *int64 {
	if r.ID == 0 {
		return nil
	}
	id := r.ID
	return &id
}

func ref(id *int64, name string) Ref {
	if id == nil {
		return Ref{Name: name}
	}
	return Ref{ID: *id, Name: name}
}
