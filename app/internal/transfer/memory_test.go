package transfer

import "context"

// memoryProducts and memoryCustomers are the caches as plain maps, standing in for tables that
// do not exist yet (customers) or for tests that need no database.
type memoryProducts struct {
	products map[string]KnownProduct
	items    map[int64]CatalogItem
}

func (m memoryProducts) Product(_ context.Context, code string) (KnownProduct, bool, error) {
	p, ok := m.products[code]
	return p, ok, nil
}

func (m memoryProducts) CatalogItem(_ context.Context, id int64) (CatalogItem, bool, error) {
	item, ok := m.items[id]
	return item, ok, nil
}

type memoryCustomers struct {
	tenants    map[string]KnownTenant
	companies  map[int64]Company
	agreements map[int64]Agreement
}

func (m memoryCustomers) Tenant(_ context.Context, id string) (KnownTenant, bool, error) {
	t, ok := m.tenants[id]
	return t, ok, nil
}

func (m memoryCustomers) Company(_ context.Context, id int64) (Company, bool, error) {
	c, ok := m.companies[id]
	return c, ok, nil
}

func (m memoryCustomers) Agreement(_ context.Context, id int64) (Agreement, bool, error) {
	a, ok := m.agreements[id]
	return a, ok, nil
}

// productFixture has names that a spreadsheet would run as formulas, quotes, separators,
// umlauts and a tab, so a round trip through a file proves the escaping.
func productFixture() ([]ProductRow, memoryProducts) {
	rows := []ProductRow{
		{Code: "CIXA-MSP", Description: "Intercept X Advanced; für Server, \"neu\"", Identifier: "Sophos_Intercept_X_Advanced", Mapping: ProductMapping{CatalogItemID: 1001, Sync: true}},
		{Code: "=HYPERLINK(\"http://evil\")", Description: "+SUM(A1:A9)", Identifier: "-1+2", Mapping: ProductMapping{CatalogItemID: 9007199254740993}},
		{Code: "@cmd", Description: "\tTabbed", Identifier: "'apostrophe", Mapping: ProductMapping{}},
		{Code: "XGS-FW", Description: "", Identifier: "", Mapping: ProductMapping{}},
	}
	cache := memoryProducts{products: map[string]KnownProduct{}, items: map[int64]CatalogItem{}}
	for _, r := range rows {
		cache.products[r.Code] = KnownProduct{Description: r.Description, Mapping: r.Mapping}
		if r.Mapping.CatalogItemID != 0 {
			cache.items[r.Mapping.CatalogItemID] = CatalogItem{Identifier: r.Identifier}
		}
	}
	cache.items[2002] = CatalogItem{Identifier: "Sophos_Firewall"}
	return rows, cache
}

func customerFixture() ([]CustomerRow, memoryCustomers) {
	rows := []CustomerRow{
		{TenantID: "4ee2d3c6-7a52-4b3b-8e0f-000000000001", TenantName: "Müller GmbH", CompanyName: "Müller GmbH", AgreementName: "=Managed Services",
			Mapping: CustomerMapping{CompanyID: 250, AgreementID: 77, Sync: true}},
		{TenantID: "4ee2d3c6-7a52-4b3b-8e0f-000000000002", TenantName: "@Home; Office", CompanyName: "", AgreementName: "",
			Mapping: CustomerMapping{CompanyID: 251}},
		{TenantID: "4ee2d3c6-7a52-4b3b-8e0f-000000000003", TenantName: "Unmapped AG"},
	}
	cache := memoryCustomers{
		tenants:    map[string]KnownTenant{},
		companies:  map[int64]Company{250: {Name: "Müller GmbH"}, 251: {Name: "Home Office KG"}, 252: {Name: "Other"}},
		agreements: map[int64]Agreement{77: {Name: "=Managed Services", CompanyID: 250}, 78: {Name: "Backup", CompanyID: 251}, 79: {Name: "Other's", CompanyID: 252}},
	}
	for _, r := range rows {
		cache.tenants[r.TenantID] = KnownTenant{Name: r.TenantName, Mapping: r.Mapping}
	}
	return rows, cache
}
