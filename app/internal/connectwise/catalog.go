package connectwise

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
)

const catalogPath = "/procurement/catalog"

// Product classes: a fixed enum on CatalogItem (there is no lookup endpoint for it).
const (
	ProductClassAgreement    = "Agreement"
	ProductClassBundle       = "Bundle"
	ProductClassInventory    = "Inventory"
	ProductClassNonInventory = "NonInventory"
	ProductClassService      = "Service"
)

// ProductClasses lists the product classes in ConnectWise's order, for a form's choices.
func ProductClasses() []string {
	return []string{ProductClassAgreement, ProductClassBundle, ProductClassInventory, ProductClassNonInventory, ProductClassService}
}

// Field limits of CatalogItem in the current API (2025.1 and later). Older on-premise
// servers may still allow only 30 characters for the identifier; their 400 says so.
const (
	MaxIdentifierLength             = 75
	MaxDescriptionLength            = 60
	MaxCustomerDescriptionLength    = 6000
	MaxManufacturerPartNumberLength = 50
	MaxVendorSkuLength              = 50
)

// CatalogItem is a ConnectWise procurement catalog item (a "product"), with every field
// PSA Bridge shows or edits. References with ID 0 are absent.
type CatalogItem struct {
	ID                     int               `json:"id"`
	Identifier             string            `json:"identifier"`
	Description            string            `json:"description"`
	CustomerDescription    string            `json:"customerDescription"`
	InactiveFlag           bool              `json:"inactiveFlag"`
	Category               Reference         `json:"category"`
	Subcategory            Reference         `json:"subcategory"`
	Type                   Reference         `json:"type"`
	ProductClass           string            `json:"productClass"`
	UnitOfMeasure          Reference         `json:"unitOfMeasure"`
	Price                  float64           `json:"price"`
	Cost                   float64           `json:"cost"`
	PriceAttribute         string            `json:"priceAttribute"`
	TaxableFlag            bool              `json:"taxableFlag"`
	DropShipFlag           bool              `json:"dropShipFlag"`
	SpecialOrderFlag       bool              `json:"specialOrderFlag"`
	SerializedFlag         bool              `json:"serializedFlag"`
	Manufacturer           Reference         `json:"manufacturer"`
	ManufacturerPartNumber string            `json:"manufacturerPartNumber"`
	Vendor                 CompanyReference  `json:"vendor"`
	VendorSku              string            `json:"vendorSku"`
	Notes                  string            `json:"notes"`
	IntegrationXRef        string            `json:"integrationXRef"`
	RecurringFlag          bool              `json:"recurringFlag"`
	RecurringRevenue       float64           `json:"recurringRevenue"`
	RecurringCost          float64           `json:"recurringCost"`
	RecurringOneTimeFlag   bool              `json:"recurringOneTimeFlag"`
	RecurringBillCycle     Reference         `json:"recurringBillCycle"`
	RecurringCycleType     string            `json:"recurringCycleType"`
	CalculatedPriceFlag    bool              `json:"calculatedPriceFlag"`
	CalculatedCostFlag     bool              `json:"calculatedCostFlag"`
	MarkupFlag             bool              `json:"markupFlag"`
	MarkupPercentage       float64           `json:"markupPercentage"`
	BillableOption         string            `json:"billableOption"`
	ConnectWiseID          string            `json:"connectWiseID"`
	Info                   map[string]string `json:"_info,omitempty"`
	// LastUpdated is _info.lastUpdated, parsed (zero when absent).
	LastUpdated time.Time `json:"-"`
}

func (c *CatalogItem) recordID() int { return c.ID }
func (c *CatalogItem) afterDecode()  { c.LastUpdated = parseTime(c.Info["lastUpdated"]) }

// Validate checks the rules ConnectWise enforces on a new item that can be checked before
// sending: required fields and maximum lengths (counted like .NET: UTF-16 code units).
// The server stays the authority; its 400 carries the same kind of FieldError.
func (c CatalogItem) Validate() []FieldError {
	var errs []FieldError
	add := func(code, field, msg string) {
		errs = append(errs, FieldError{Code: code, Message: msg, Resource: "catalogItem", Field: field})
	}
	for _, f := range []struct {
		name, value string
		max         int
		required    bool
	}{
		{"identifier", c.Identifier, MaxIdentifierLength, true},
		{"description", c.Description, MaxDescriptionLength, true},
		{"customerDescription", c.CustomerDescription, MaxCustomerDescriptionLength, true},
		{"manufacturerPartNumber", c.ManufacturerPartNumber, MaxManufacturerPartNumberLength, false},
		{"vendorSku", c.VendorSku, MaxVendorSkuLength, false},
	} {
		switch {
		case f.required && strings.TrimSpace(f.value) == "":
			add(FieldMissing, f.name, f.name+" is required.")
		case len(utf16.Encode([]rune(f.value))) > f.max:
			add(FieldMaxLength, f.name, fmt.Sprintf("%s can be at most %d characters.", f.name, f.max))
		}
	}
	if c.Subcategory.ID == 0 {
		add(FieldMissing, "subcategory/id", "subcategory is required.")
	}
	if c.Type.ID == 0 {
		add(FieldMissing, "type/id", "type is required.")
	}
	return errs
}

// CatalogQuery selects catalog items.
type CatalogQuery struct {
	Conditions      Cond     // extra conditions; zero for all items
	Fields          []string // partial rows, e.g. []string{"id", "identifier"}; nil for whole items
	OrderBy         string   // e.g. "identifier asc"; forces page-numbered paging
	IncludeInactive bool     // false adds inactiveFlag = false
	PageSize        int      // rows per request; 0 for the maximum, 1000
}

func (q CatalogQuery) conditions() Cond {
	if q.IncludeInactive {
		return q.Conditions
	}
	return And(q.Conditions, Eq("inactiveFlag", false))
}

// EachCatalogPage streams the catalog items q selects, one call of fn per page (up to
// 1000 items), in id order unless q.OrderBy says otherwise. fn's error stops the walk and
// is returned. A full refresh uses IncludeInactive: agreements still point at inactive items.
func (c *Client) EachCatalogPage(ctx context.Context, q CatalogQuery, fn func(page []CatalogItem) error) error {
	return eachPage[CatalogItem](ctx, c, listCall{path: catalogPath, conditions: q.conditions(),
		fields: q.Fields, orderBy: q.OrderBy, pageSize: q.PageSize}, fn)
}

// ListCatalog returns every item q selects. For big selections use EachCatalogPage.
func (c *Client) ListCatalog(ctx context.Context, q CatalogQuery) ([]CatalogItem, error) {
	return collect[CatalogItem](ctx, c, listCall{path: catalogPath, conditions: q.conditions(),
		fields: q.Fields, orderBy: q.OrderBy, pageSize: q.PageSize})
}

// EachCatalogIDPage streams the ids of all catalog items, inactive included (fields=id):
// the cheap sweep that finds items deleted in ConnectWise.
func (c *Client) EachCatalogIDPage(ctx context.Context, fn func(ids []int) error) error {
	return eachIDPage(ctx, c, catalogPath, fn)
}

// idOnly is a row read with fields=id.
type idOnly struct {
	ID int `json:"id"`
}

func (r *idOnly) recordID() int { return r.ID }

// CatalogCount counts the items q selects (q.Fields, OrderBy and PageSize don't matter).
func (c *Client) CatalogCount(ctx context.Context, q CatalogQuery) (int, error) {
	return c.count(ctx, catalogPath, q.conditions())
}

// GetCatalogItem reads one catalog item; a missing id gives an error IsNotFound accepts.
func (c *Client) GetCatalogItem(ctx context.Context, id int) (CatalogItem, error) {
	var item CatalogItem
	if err := c.checkID("GET "+catalogPath, "catalog item", id); err != nil {
		return item, err
	}
	err := c.getJSON(ctx, catalogPath+"/"+strconv.Itoa(id), nil, &item)
	return item, err
}

// CatalogItemByIdentifier finds the item whose identifier equals identifier (ignoring
// letter case, as ConnectWise does), inactive items included. The server's answer is
// checked locally too, so a wildcard the server might still read in the text can't
// produce a false match.
//
// An identifier with characters the condition must escape (% * [ _ " \) depends on the
// server honouring escapes that are unverified (NOTES "Uncertainties" 2). When the =
// lookup finds nothing or is refused (400), the items starting with the identifier's
// plain prefix are searched, with no escape in the condition, and compared locally; not
// found is then (zero, false, nil), never a loop or an error.
func (c *Client) CatalogItemByIdentifier(ctx context.Context, identifier string) (CatalogItem, bool, error) {
	items, err := c.ListCatalog(ctx, CatalogQuery{Conditions: Eq("identifier", identifier), IncludeInactive: true})
	special := strings.IndexAny(identifier, `%*[_"\`)
	if err != nil && (special < 0 || !IsValidation(err)) {
		return CatalogItem{}, false, err
	}
	if it, ok := sameIdentifier(items, identifier); ok {
		return it, true, nil
	}
	if special < 0 {
		return CatalogItem{}, false, nil
	}
	cond := StartsWith("identifier", identifier[:special])
	if special == 0 {
		cond = Cond{} // nothing plain to narrow by: read the catalog's identifiers
	}
	var found CatalogItem
	errFound := errors.New("found")
	err = c.EachCatalogPage(ctx, CatalogQuery{Conditions: cond, IncludeInactive: true}, func(page []CatalogItem) error {
		var ok bool
		if found, ok = sameIdentifier(page, identifier); ok {
			return errFound
		}
		return nil
	})
	switch {
	case errors.Is(err, errFound):
		return found, true, nil
	case err != nil:
		return CatalogItem{}, false, err
	}
	return CatalogItem{}, false, nil
}

func sameIdentifier(items []CatalogItem, identifier string) (CatalogItem, bool) {
	for _, it := range items {
		if strings.EqualFold(it.Identifier, identifier) {
			return it, true
		}
	}
	return CatalogItem{}, false
}

// CreateCatalogItem creates item in ConnectWise and returns it as stored (with its id).
// References are sent by id; fields ConnectWise computes (id, _info) are ignored. A
// duplicate identifier fails with an error IsObjectExists accepts. The POST is never
// sent twice (see httpretry), so a retry can't create a duplicate.
func (c *Client) CreateCatalogItem(ctx context.Context, item CatalogItem) (CatalogItem, error) {
	var created CatalogItem
	err := c.callJSON(ctx, call{method: http.MethodPost, path: catalogPath, body: newCatalogItemBody(item)}, &created)
	return created, err
}

// PatchCatalogItem applies JSON Patch operations to a catalog item and returns the item
// as stored afterwards. Send every interdependent change in one call (ConnectWise
// validates the whole record), and compare the result: ConnectWise can answer 200 while
// ignoring a malformed operation.
func (c *Client) PatchCatalogItem(ctx context.Context, id int, ops []PatchOp) (CatalogItem, error) {
	if err := checkPatch(ops); err != nil {
		return CatalogItem{}, err
	}
	if err := c.checkID("PATCH "+catalogPath, "catalog item", id); err != nil {
		return CatalogItem{}, err
	}
	var item CatalogItem
	err := c.callJSON(ctx, call{method: http.MethodPatch, path: catalogPath + "/" + strconv.Itoa(id), body: ops}, &item)
	return item, err
}

// catalogItemBody is the POST body of a new catalog item.
type catalogItemBody struct {
	Identifier             string  `json:"identifier"`
	Description            string  `json:"description"`
	CustomerDescription    string  `json:"customerDescription"`
	InactiveFlag           bool    `json:"inactiveFlag"`
	Category               *idRef  `json:"category,omitempty"`
	Subcategory            *idRef  `json:"subcategory,omitempty"`
	Type                   *idRef  `json:"type,omitempty"`
	ProductClass           string  `json:"productClass,omitempty"`
	UnitOfMeasure          *idRef  `json:"unitOfMeasure,omitempty"`
	Price                  float64 `json:"price"`
	Cost                   float64 `json:"cost"`
	PriceAttribute         string  `json:"priceAttribute,omitempty"`
	TaxableFlag            bool    `json:"taxableFlag"`
	DropShipFlag           bool    `json:"dropShipFlag,omitempty"`
	SpecialOrderFlag       bool    `json:"specialOrderFlag,omitempty"`
	SerializedFlag         bool    `json:"serializedFlag,omitempty"`
	Manufacturer           *idRef  `json:"manufacturer,omitempty"`
	ManufacturerPartNumber string  `json:"manufacturerPartNumber,omitempty"`
	Vendor                 *idRef  `json:"vendor,omitempty"`
	VendorSku              string  `json:"vendorSku,omitempty"`
	Notes                  string  `json:"notes,omitempty"`
	IntegrationXRef        string  `json:"integrationXRef,omitempty"`
	RecurringFlag          bool    `json:"recurringFlag,omitempty"`
	RecurringRevenue       float64 `json:"recurringRevenue,omitempty"`
	RecurringCost          float64 `json:"recurringCost,omitempty"`
	RecurringOneTimeFlag   bool    `json:"recurringOneTimeFlag,omitempty"`
	RecurringBillCycle     *idRef  `json:"recurringBillCycle,omitempty"`
	RecurringCycleType     string  `json:"recurringCycleType,omitempty"`
	BillableOption         string  `json:"billableOption,omitempty"`
}

func newCatalogItemBody(it CatalogItem) catalogItemBody {
	return catalogItemBody{
		Identifier: it.Identifier, Description: it.Description, CustomerDescription: it.CustomerDescription,
		InactiveFlag: it.InactiveFlag, Category: refTo(it.Category.ID), Subcategory: refTo(it.Subcategory.ID),
		Type: refTo(it.Type.ID), ProductClass: it.ProductClass, UnitOfMeasure: refTo(it.UnitOfMeasure.ID),
		Price: it.Price, Cost: it.Cost, PriceAttribute: it.PriceAttribute, TaxableFlag: it.TaxableFlag,
		DropShipFlag: it.DropShipFlag, SpecialOrderFlag: it.SpecialOrderFlag, SerializedFlag: it.SerializedFlag,
		Manufacturer: refTo(it.Manufacturer.ID), ManufacturerPartNumber: it.ManufacturerPartNumber,
		Vendor: refTo(it.Vendor.ID), VendorSku: it.VendorSku, Notes: it.Notes, IntegrationXRef: it.IntegrationXRef,
		RecurringFlag: it.RecurringFlag, RecurringRevenue: it.RecurringRevenue, RecurringCost: it.RecurringCost,
		RecurringOneTimeFlag: it.RecurringOneTimeFlag, RecurringBillCycle: refTo(it.RecurringBillCycle.ID),
		RecurringCycleType: it.RecurringCycleType, BillableOption: it.BillableOption,
	}
}

// DiffCatalogItem is the JSON Patch that turns before into after, over the fields the
// product form edits: only changed fields, references replaced whole.
func DiffCatalogItem(before, after CatalogItem) []PatchOp {
	var ops []PatchOp
	text := func(path, a, b string) {
		if a != b {
			ops = append(ops, Replace(path, b))
		}
	}
	ref := func(path string, a, b int) {
		switch {
		case a == b:
		case b == 0:
			ops = append(ops, Remove(path))
		default:
			ops = append(ops, ReplaceRef(path, b))
		}
	}
	text("identifier", before.Identifier, after.Identifier)
	text("description", before.Description, after.Description)
	text("customerDescription", before.CustomerDescription, after.CustomerDescription)
	ref("category", before.Category.ID, after.Category.ID)
	ref("subcategory", before.Subcategory.ID, after.Subcategory.ID)
	ref("type", before.Type.ID, after.Type.ID)
	text("productClass", before.ProductClass, after.ProductClass)
	ref("unitOfMeasure", before.UnitOfMeasure.ID, after.UnitOfMeasure.ID)
	if before.Price != after.Price {
		ops = append(ops, Replace("price", after.Price))
	}
	if before.Cost != after.Cost {
		ops = append(ops, Replace("cost", after.Cost))
	}
	if before.TaxableFlag != after.TaxableFlag {
		ops = append(ops, Replace("taxableFlag", after.TaxableFlag))
	}
	if before.InactiveFlag != after.InactiveFlag {
		ops = append(ops, Replace("inactiveFlag", after.InactiveFlag))
	}
	ref("manufacturer", before.Manufacturer.ID, after.Manufacturer.ID)
	text("manufacturerPartNumber", before.ManufacturerPartNumber, after.ManufacturerPartNumber)
	text("vendorSku", before.VendorSku, after.VendorSku)
	text("notes", before.Notes, after.Notes)
	return ops
}
