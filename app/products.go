package app

import (
	"database/sql"
	"errors"
	"os/user"
	"strings"

	"psabridge/app/internal/catalog"
	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/products"
)

// ProductsService backs the page "Nutzungssynchronisierung konfigurieren": the Sophos
// products with their mapping and sync switch, the add/edit product form, and Save.
type ProductsService struct{ app *App }

// ProductRow is one row of the configure page.
type ProductRow struct {
	ProductKey  string `json:"productKey"`
	Sku         string `json:"sku"`
	Description string `json:"description"`
	Group       string `json:"group"`
	FirstSeen   string `json:"firstSeen"` // YYYY-MM
	LastSeen    string `json:"lastSeen"`
	New         bool   `json:"new"` // seen in usage data, not yet looked at
	SyncEnabled bool   `json:"syncEnabled"`
	Mapped      bool   `json:"mapped"`
	ItemID      int64  `json:"itemId"`
	// Identifier and description of the mapped ConnectWise product: from the cache, or as
	// they were when mapped if the cache has not got the item.
	ItemIdentifier  string `json:"itemIdentifier"`
	ItemDescription string `json:"itemDescription"`
	// Stale is why the mapping needs a look: "deleted", "inactive", "renamed", or "".
	Stale string `json:"stale"`
	// The mapped item's price and unit as the catalog cache has them (0 and "" unmapped).
	ItemPrice float64 `json:"itemPrice"`
	ItemUnit  string  `json:"itemUnit"`
	// Last month's usage (UsageMonth, YYYY-MM; "" before the first discovery): what Sophos
	// bills and for how many customers, so the admin sees what to map first.
	UsageMonth     string  `json:"usageMonth"`
	UsageQuantity  float64 `json:"usageQuantity"`
	UsageCustomers int64   `json:"usageCustomers"`
}

// Products lists every Sophos product known, with its mapping, from the local database.
func (s *ProductsService) Products() ([]ProductRow, error) {
	ws, ctx := s.app.use()
	rows, err := ws.DB.Reader().ListProductRows(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]ProductRow, len(rows))
	for i, r := range rows {
		out[i] = ProductRow{
			ProductKey: r.ProductKey, Sku: r.Sku, Description: r.Description, Group: r.ProductGroup,
			FirstSeen: r.FirstSeenMonth, LastSeen: r.LastSeenMonth, New: r.IsNew == 1, SyncEnabled: r.SyncEnabled == 1,
			Mapped: r.CWCatalogItemID != nil, ItemIdentifier: r.ItemIdentifier, ItemDescription: r.ItemDescription,
			Stale: r.StaleReason, ItemPrice: r.ItemPrice, ItemUnit: r.ItemUnit,
			UsageMonth: r.UsageMonth, UsageQuantity: r.UsageQuantity, UsageCustomers: r.UsageCustomers,
		}
		if r.CWCatalogItemID != nil {
			out[i].ItemID = *r.CWCatalogItemID
		}
	}
	return out, nil
}

// ProductDraft is the add/edit product form.
type ProductDraft struct {
	Identifier             string  `json:"identifier"`
	Description            string  `json:"description"`
	CustomerDescription    string  `json:"customerDescription"`
	CategoryID             int64   `json:"categoryId"`
	SubcategoryID          int64   `json:"subcategoryId"`
	TypeID                 int64   `json:"typeId"`
	ProductClass           string  `json:"productClass"`
	UnitOfMeasureID        int64   `json:"unitOfMeasureId"`
	Price                  float64 `json:"price"`
	Cost                   float64 `json:"cost"`
	Taxable                bool    `json:"taxable"`
	ManufacturerID         int64   `json:"manufacturerId"`
	ManufacturerPartNumber string  `json:"manufacturerPartNumber"`
}

func (d ProductDraft) domain() products.Draft { return products.Draft(d) }

// Option is one choice of a select.
type Option struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	ParentID int64  `json:"parentId"` // a subcategory's category
	Inactive bool   `json:"inactive"`
	Default  bool   `json:"default"`
}

// ProductFormOptions are the choices of the add/edit product form, from the cache.
type ProductFormOptions struct {
	Categories     []Option `json:"categories"`
	Subcategories  []Option `json:"subcategories"`
	Types          []Option `json:"types"`
	UnitsOfMeasure []Option `json:"unitsOfMeasure"`
	Manufacturers  []Option `json:"manufacturers"`
	ProductClasses []string `json:"productClasses"`
	// Limits are ConnectWise's maximum lengths, checked in the form before sending.
	Limits map[string]int `json:"limits"`
}

// FormOptions returns the form's choices (they work offline, from the cache).
func (s *ProductsService) FormOptions() (ProductFormOptions, error) {
	ws, ctx := s.app.use()
	l, err := catalog.LoadLookups(ctx, ws.DB.Reader())
	if err != nil {
		return ProductFormOptions{}, err
	}
	out := ProductFormOptions{
		ProductClasses: connectwise.ProductClasses(),
		Limits: map[string]int{
			"identifier": connectwise.MaxIdentifierLength, "description": connectwise.MaxDescriptionLength,
			"customerDescription":    connectwise.MaxCustomerDescriptionLength,
			"manufacturerPartNumber": connectwise.MaxManufacturerPartNumberLength,
		},
		Categories: []Option{}, Subcategories: []Option{}, Types: []Option{}, UnitsOfMeasure: []Option{}, Manufacturers: []Option{},
	}
	for _, c := range l.Categories {
		out.Categories = append(out.Categories, Option{ID: c.ID, Name: c.Name, Inactive: c.Inactive, Default: c.Default})
	}
	for _, c := range l.Subcategories {
		out.Subcategories = append(out.Subcategories, Option{ID: c.ID, Name: c.Name, ParentID: c.ParentID, Inactive: c.Inactive, Default: c.Default})
	}
	for _, c := range l.Types {
		out.Types = append(out.Types, Option{ID: c.ID, Name: c.Name, Inactive: c.Inactive, Default: c.Default})
	}
	for _, c := range l.UnitsOfMeasure {
		out.UnitsOfMeasure = append(out.UnitsOfMeasure, Option{ID: c.ID, Name: c.Name, Inactive: c.Inactive, Default: c.Default})
	}
	for _, c := range l.Manufacturers {
		out.Manufacturers = append(out.Manufacturers, Option{ID: c.ID, Name: c.Name, Inactive: c.Inactive})
	}
	return out, nil
}

// DraftFor proposes a new ConnectWise product for a Sophos product (the add dialog's
// prefilled values).
func (s *ProductsService) DraftFor(productKey string) (ProductDraft, error) {
	ws, ctx := s.app.use()
	q := ws.DB.Reader()
	p, err := q.GetSophosProduct(ctx, productKey)
	if errors.Is(err, sql.ErrNoRows) {
		return ProductDraft{}, &Error{Code: CodeNotFound, Record: productKey, Message: "Unknown Sophos product " + productKey + "."}
	} else if err != nil {
		return ProductDraft{}, err
	}
	l, err := catalog.LoadLookups(ctx, q)
	if err != nil {
		return ProductDraft{}, err
	}
	return ProductDraft(products.Prefill(p, l)), nil
}

// CheckDraft validates the form before it is staged ("Anwenden"): ConnectWise's field
// rules, and whether the identifier is already taken in the local catalog.
func (s *ProductsService) CheckDraft(productKey string, d ProductDraft) error {
	if errs := d.domain().Validate(); len(errs) > 0 {
		return &Error{Code: CodeInvalid, Record: productKey, Field: errs[0].Field, Message: errs[0].Message}
	}
	ws, ctx := s.app.use()
	it, err := ws.DB.Reader().GetCatalogItemByIdentifierKey(ctx, catalog.Fold(strings.TrimSpace(d.Identifier)))
	if err == nil {
		return identifierTaken(productKey, catalog.Item{ID: it.ID, Identifier: it.Identifier, Description: it.Description, Inactive: it.Inactive == 1})
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	return nil
}

// ProductChange is one staged change of the configure page.
type ProductChange struct {
	ProductKey  string        `json:"productKey"`
	Mapping     string        `json:"mapping"` // keep, existing, new, remove
	ItemID      int64         `json:"itemId"`
	Draft       *ProductDraft `json:"draft,omitempty"`
	SyncEnabled bool          `json:"syncEnabled"`
}

// Save applies the staged changes: new products are created in ConnectWise first, then
// all local changes are saved in one transaction, or none is.
func (s *ProductsService) Save(changes []ProductChange) error {
	ws, ctx := s.app.use()
	saver := &products.Saver{DB: ws.DB, Actor: actor()}
	if ws.ConnectWiseConnected() {
		saver.CW = ws.ConnectWise
	}
	domain := make([]products.Change, len(changes))
	for i, c := range changes {
		domain[i] = products.Change{ProductKey: c.ProductKey, Mapping: products.MappingKind(c.Mapping), ItemID: c.ItemID, SyncEnabled: c.SyncEnabled}
		if c.Draft != nil {
			d := c.Draft.domain()
			domain[i].Draft = &d
		}
	}
	err := saver.Save(ctx, domain)
	if err == nil {
		s.app.emit().Emit(EventProductsUpdated, len(changes))
	}
	return classified(err)
}

// UpdateCatalogItem sends the changed fields of the edit form to ConnectWise and returns
// the product as ConnectWise stored it.
func (s *ProductsService) UpdateCatalogItem(itemID int64, d ProductDraft) (CatalogItemDetails, error) {
	ws, ctx := s.app.use()
	if !ws.ConnectWiseConnected() {
		return CatalogItemDetails{}, Errorf(CodeOffline, "Editing a product needs a connection to ConnectWise.")
	}
	if _, err := products.Edit(ctx, ws.DB, ws.ConnectWise, itemID, d.domain(), actor()); err != nil {
		return CatalogItemDetails{}, classified(err)
	}
	return s.app.catalog.Item(itemID)
}

// EditDraft returns a cached item as the edit form's values.
func (s *ProductsService) EditDraft(itemID int64) (ProductDraft, error) {
	ws, ctx := s.app.use()
	row, err := ws.DB.Reader().GetCatalogItem(ctx, itemID)
	if errors.Is(err, sql.ErrNoRows) {
		return ProductDraft{}, Errorf(CodeNotFound, "Catalog item %d is not in the local catalog.", itemID)
	} else if err != nil {
		return ProductDraft{}, err
	}
	return ProductDraft(products.DraftOf(catalog.FromRow(row))), nil
}

// productDomainError turns the domain's errors into coded ones that name the product and field.
func productDomainError(err error) *Error {
	var change *products.ChangeError
	var taken *products.IdentifierTakenError
	var changed *products.ChangedElsewhereError
	switch {
	case errors.As(err, &change):
		return &Error{Code: CodeInvalid, Record: change.ProductKey, Field: change.Field, Message: change.Message, Err: err}
	case errors.As(err, &taken):
		return identifierTaken(taken.ProductKey, taken.Existing)
	case errors.As(err, &changed):
		return &Error{Code: CodeConflict, Record: changed.Current.Identifier, Message: err.Error(), Err: err}
	}
	if errors.Is(err, sql.ErrNoRows) {
		return &Error{Code: CodeNotFound, Message: err.Error(), Err: err}
	}
	return nil
}

func identifierTaken(productKey string, it catalog.Item) *Error {
	return &Error{
		Code: CodeConflict, Record: productKey, Field: "identifier",
		Message:      "ConnectWise already has a product with the identifier " + it.Identifier + ".",
		ExistingItem: &CatalogMatch{ID: it.ID, Identifier: it.Identifier, Description: it.Description, Inactive: it.Inactive},
	}
}

// actor names who made a change, for the write history.
func actor() string {
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return "unknown"
}
