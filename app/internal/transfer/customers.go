package transfer

import (
	"context"
)

// CustomerMapping is a Sophos tenant's mapping: ConnectWise company and agreement (0 = none)
// and the sync switch.
type CustomerMapping struct {
	CompanyID   int64 `json:"companyId"`
	AgreementID int64 `json:"agreementId"`
	Sync        bool  `json:"sync"`
}

// CustomerRow is one line of a customers file.
type CustomerRow struct {
	TenantID      string
	TenantName    string
	CompanyName   string
	AgreementName string
	Mapping       CustomerMapping
}

// CustomerChange is one tenant whose mapping the import changes.
type CustomerChange struct {
	Line     int             `json:"line"`
	TenantID string          `json:"tenantId"`
	Before   CustomerMapping `json:"before"`
	After    CustomerMapping `json:"after"`
}

// KnownTenant is what the cache knows about a Sophos tenant.
type KnownTenant struct {
	Name    string
	Mapping CustomerMapping
}

// Company is a cached ConnectWise company.
type Company struct {
	Name string
}

// Agreement is a cached ConnectWise agreement.
type Agreement struct {
	Name      string
	CompanyID int64
}

// CustomerValidator answers from the caches (sophos_tenants, cw_companies, cw_agreements).
type CustomerValidator interface {
	Tenant(ctx context.Context, id string) (t KnownTenant, found bool, err error)
	Company(ctx context.Context, id int64) (c Company, found bool, err error)
	Agreement(ctx context.Context, id int64) (a Agreement, found bool, err error)
}

// CustomersSheet is the export of the rows, with ids as numbers.
func CustomersSheet(rows []CustomerRow) Sheet {
	sheet := Sheet{Name: SheetName(Customers), Header: Columns(Customers)}
	for _, r := range rows {
		sheet.Rows = append(sheet.Rows, []Cell{
			{Text: r.TenantID}, {Text: r.TenantName}, idCell(r.Mapping.CompanyID), {Text: r.CompanyName},
			idCell(r.Mapping.AgreementID), {Text: r.AgreementName}, syncCell(r.Mapping.Sync),
		})
	}
	return sheet
}

// ImportCustomers is ImportProducts for a customers table: tenant known, company exists,
// agreement exists and belongs to that company, sync on only with company and agreement.
func ImportCustomers(ctx context.Context, t Table, v CustomerValidator) ([]CustomerChange, []Issue, error) {
	var problems, warnings issues
	seen := map[string]int{}
	var changes []CustomerChange
	for _, row := range t.Rows {
		cell := rowReader{table: t, row: row, problems: &problems}
		tenantID := cell.required(0)
		tenantName := row.Cells[1]
		companyID := cell.id(2)
		companyName := row.Cells[3]
		agreementID := cell.id(4)
		agreementName := row.Cells[5]
		sync := cell.sync(6)
		if tenantID == "" {
			continue
		}
		if first, dup := seen[tenantID]; dup {
			problems.add(row.Line, t.column(0), colTenantID, CodeDuplicateRow, "tenant %q is already on line %d", tenantID, first)
			continue
		}
		seen[tenantID] = row.Line
		tenant, found, err := v.Tenant(ctx, tenantID)
		if err != nil {
			return nil, nil, err
		}
		if !found {
			problems.add(row.Line, t.column(0), colTenantID, CodeUnknownID, "unknown Sophos tenant %q (refresh the tenants first)", tenantID)
			continue
		}
		nameWarning(&warnings, t, row.Line, 1, tenantName, tenant.Name)
		if companyID > 0 {
			company, found, err := v.Company(ctx, companyID)
			if err != nil {
				return nil, nil, err
			}
			if !found {
				problems.add(row.Line, t.column(2), colCompanyID, CodeUnknownID, "no ConnectWise company with id %d", companyID)
			} else {
				nameWarning(&warnings, t, row.Line, 3, companyName, company.Name)
			}
		}
		if agreementID > 0 {
			agreement, found, err := v.Agreement(ctx, agreementID)
			if err != nil {
				return nil, nil, err
			}
			switch {
			case !found:
				problems.add(row.Line, t.column(4), colAgreementID, CodeUnknownID, "no ConnectWise agreement with id %d", agreementID)
			case cell.ok(2) && agreement.CompanyID != companyID:
				problems.add(row.Line, t.column(4), colAgreementID, CodeWrongCompany,
					"agreement %d belongs to company %d, not to company %d", agreementID, agreement.CompanyID, companyID)
			default:
				nameWarning(&warnings, t, row.Line, 5, agreementName, agreement.Name)
			}
		}
		if sync != nil && *sync && cell.ok(2) && cell.ok(4) && (companyID == 0 || agreementID == 0) {
			problems.add(row.Line, t.column(6), colSync, CodeSyncUnmapped, "sync is on, but the tenant has no company and agreement")
		}
		if !cell.valid() {
			continue
		}
		after := CustomerMapping{CompanyID: companyID, AgreementID: agreementID, Sync: *sync}
		if after != tenant.Mapping {
			changes = append(changes, CustomerChange{Line: row.Line, TenantID: tenantID, Before: tenant.Mapping, After: after})
		}
	}
	if err := problems.err(); err != nil {
		return nil, nil, err
	}
	return changes, warnings.list, nil
}

// nameWarning notes a non-empty name that differs from the cache: ids decide, names are for
// people, so this is a warning only.
func nameWarning(warnings *issues, t Table, line, column int, inFile, cached string) {
	if inFile != "" && inFile != cached {
		warnings.add(line, t.column(column), t.Header[column], CodeNameDiffers, "%q differs from %q in ConnectWise/Sophos", inFile, cached)
	}
}
