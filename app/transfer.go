package app

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"time"

	"psabridge/app/internal/customers"
	"psabridge/app/internal/transfer"
	"psabridge/db/dbsqlc"
)

// TransferService moves mappings in and out of CSV and XLSX files ("Exportieren",
// "Importieren") and writes sync previews and past runs for review in Excel. Every method that
// opens a native dialog has a ...To/...From twin taking the path, which the dialog variant
// calls and tests (which cannot drive a native dialog) call directly.
type TransferService struct{ app *App }

// ImportResult is a checked import file. With Errors nothing is staged; otherwise Products (or
// Customers, by kind) are the changes to stage like manual edits until Save (none when the file
// matches the mappings).
type ImportResult struct {
	Path      string                 `json:"path"` // "": the user cancelled the dialog
	Kind      string                 `json:"kind"`
	Errors    []transfer.Issue       `json:"errors"`
	Warnings  []transfer.Issue       `json:"warnings"`
	Products  []ProductImportChange  `json:"products"`
	Customers []CustomerImportChange `json:"customers"`
	Cancelled bool                   `json:"cancelled"`
}

func newImportResult(kind, path string) ImportResult {
	return ImportResult{Path: path, Kind: kind, Errors: []transfer.Issue{}, Warnings: []transfer.Issue{},
		Products: []ProductImportChange{}, Customers: []CustomerImportChange{}}
}

// ProductImportChange is one product whose mapping the file changes.
type ProductImportChange struct {
	Line        int    `json:"line"`
	ProductKey  string `json:"productKey"`
	Description string `json:"description"`
	// The mapping after the import: the catalog item (0 = unmapped) with its identifier and
	// description from the catalog cache, and the sync switch.
	ItemID          int64  `json:"itemId"`
	ItemIdentifier  string `json:"itemIdentifier"`
	ItemDescription string `json:"itemDescription"`
	SyncEnabled     bool   `json:"syncEnabled"`
	// Before is the saved mapping the change replaces.
	BeforeItemID         int64  `json:"beforeItemId"`
	BeforeItemIdentifier string `json:"beforeItemIdentifier"`
	BeforeSyncEnabled    bool   `json:"beforeSyncEnabled"`
}

// CustomerImportChange is one tenant whose mapping the file changes, with the names the
// customers page stages and shows (the file's ids decide; the names come from the caches).
type CustomerImportChange struct {
	Line       int                   `json:"line"`
	TenantID   string                `json:"tenantId"`
	TenantName string                `json:"tenantName"`
	Before     CustomerImportMapping `json:"before"` // the saved mapping the change replaces
	After      CustomerImportMapping `json:"after"`
}

// CustomerImportMapping is a tenant's mapping (0 = no company / agreement) as the caches
// describe it: CompanyInactive and AgreementProblem are the page's problem codes.
type CustomerImportMapping struct {
	CompanyID         int64  `json:"companyId"`
	CompanyName       string `json:"companyName"`
	CompanyIdentifier string `json:"companyIdentifier"`
	CompanyInactive   bool   `json:"companyInactive"`
	AgreementID       int64  `json:"agreementId"`
	AgreementName     string `json:"agreementName"`
	AgreementProblem  string `json:"agreementProblem"` // "" or agreement_cancelled, _expired, _inactive, _not_found
	Sync              bool   `json:"sync"`
}

// SyncLine is one line of a sync preview or of a past run, as the usage sync and history
// pages show it; quantities as text, exactly as shown.
type SyncLine struct {
	Tenant          string `json:"tenant"`
	Product         string `json:"product"`
	Agreement       string `json:"agreement"`
	CatalogItem     string `json:"catalogItem"`
	SophosQuantity  string `json:"sophosQuantity"`
	CurrentQuantity string `json:"currentQuantity"`
	NewQuantity     string `json:"newQuantity"`
	Action          string `json:"action"`
	Reason          string `json:"reason"`
}

var spreadsheetFilters = []FileFilter{{Name: "Excel (*.xlsx)", Pattern: "*.xlsx"}, {Name: "CSV (*.csv)", Pattern: "*.csv"}}

// Export asks where to save the mappings of kind ("products" or "customers") as format ("xlsx" or "csv") and
// writes them. It returns the path written, "" when the user cancelled.
func (s *TransferService) Export(kind, format string) (string, error) {
	k, err := windowKind(kind)
	if err != nil {
		return "", err
	}
	f, err := formatOf(format)
	if err != nil {
		return "", err
	}
	name := fmt.Sprintf("psa-bridge-%s.%s", transfer.SheetName(k), f)
	path, err := s.app.files.SaveFile(transfer.SheetName(k), name, filtersFor(f))
	if err != nil || path == "" {
		return "", err
	}
	return path, s.ExportTo(kind, path)
}

// ExportTo writes the mappings of kind to path; the format is the extension (.csv or .xlsx).
func (s *TransferService) ExportTo(kind, path string) error {
	k, err := windowKind(kind)
	if err != nil {
		return err
	}
	ws, ctx := s.app.use()
	sheet, err := transfer.ExportSheet(ctx, ws.DB.Reader(), k)
	if err != nil {
		return err
	}
	return writeSheetFile(path, sheet)
}

// Import asks for a file of kind and checks it; nothing is written (the page stages the changes).
func (s *TransferService) Import(kind string) (ImportResult, error) {
	k, err := windowKind(kind)
	if err != nil {
		return ImportResult{}, err
	}
	path, err := s.app.files.OpenFile(transfer.SheetName(k), spreadsheetFilters)
	if err != nil {
		return ImportResult{}, err
	}
	if path == "" {
		result := newImportResult(kind, "")
		result.Cancelled = true
		return result, nil
	}
	return s.ImportFrom(kind, path)
}

// ImportFrom checks the file at path against the caches and the mapping rules and returns the
// changes it would make, or every error with its line and column. It writes nothing.
func (s *TransferService) ImportFrom(kind, path string) (ImportResult, error) {
	k, err := windowKind(kind)
	if err != nil {
		return ImportResult{}, err
	}
	result := newImportResult(kind, path)
	format, err := transfer.FormatOf(path)
	if err != nil {
		return ImportResult{}, InvalidField("path", "%v", err)
	}
	file, err := os.Open(path)
	if err != nil {
		return ImportResult{}, InvalidField("path", "the file cannot be opened: %v", err)
	}
	defer file.Close()
	ws, ctx := s.app.use()
	tables, err := transfer.Read(file, format, k)
	if rejected, ok := errors.AsType[*transfer.ImportError](err); ok {
		result.Errors = rejected.Issues
		return result, nil
	}
	if err != nil {
		return ImportResult{}, InvalidField("path", "the file cannot be read: %v", err)
	}
	table, found := tableOf(tables, k)
	if !found {
		result.Errors = []transfer.Issue{{Code: transfer.CodeUnknownKind,
			Message: fmt.Sprintf("the file holds no %s (an XLSX needs the sheet %q)", k, transfer.SheetName(k))}}
		return result, nil
	}
	q := ws.DB.Reader()
	if k == transfer.Customers {
		changes, warnings, err := transfer.ImportCustomers(ctx, table, transfer.SQLiteCustomers{Queries: q})
		if rejected, ok := errors.AsType[*transfer.ImportError](err); ok {
			result.Errors = rejected.Issues
			return result, nil
		}
		if err != nil {
			return ImportResult{}, err
		}
		result.Warnings = append(result.Warnings, warnings...)
		for _, c := range changes {
			change, err := customerImportChange(ctx, q, c)
			if err != nil {
				return ImportResult{}, err
			}
			result.Customers = append(result.Customers, change)
		}
		return result, nil
	}
	changes, warnings, err := transfer.ImportProducts(ctx, table, transfer.SQLiteProducts{Queries: q})
	if rejected, ok := errors.AsType[*transfer.ImportError](err); ok {
		result.Errors = rejected.Issues
		return result, nil
	}
	if err != nil {
		return ImportResult{}, err
	}
	result.Warnings = append(result.Warnings, warnings...)
	for _, c := range changes {
		change, err := productImportChange(ctx, q, c)
		if err != nil {
			return ImportResult{}, err
		}
		result.Products = append(result.Products, change)
	}
	return result, nil
}

func productImportChange(ctx context.Context, q *dbsqlc.Queries, c transfer.ProductChange) (ProductImportChange, error) {
	out := ProductImportChange{Line: c.Line, ProductKey: c.Code, ItemID: c.After.CatalogItemID, SyncEnabled: c.After.Sync,
		BeforeItemID: c.Before.CatalogItemID, BeforeSyncEnabled: c.Before.Sync}
	product, err := q.GetSophosProduct(ctx, c.Code)
	if err != nil {
		return out, err
	}
	out.Description = product.Description
	after, err := cachedItem(ctx, q, c.After.CatalogItemID)
	if err != nil {
		return out, err
	}
	before, err := cachedItem(ctx, q, c.Before.CatalogItemID)
	if err != nil {
		return out, err
	}
	out.ItemIdentifier, out.ItemDescription, out.BeforeItemIdentifier = after.Identifier, after.Description, before.Identifier
	return out, nil
}

func customerImportChange(ctx context.Context, q *dbsqlc.Queries, c transfer.CustomerChange) (CustomerImportChange, error) {
	out := CustomerImportChange{Line: c.Line, TenantID: c.TenantID}
	tenant, err := q.GetTenant(ctx, c.TenantID)
	if err != nil {
		return out, err
	}
	out.TenantName = tenant.Name
	if out.Before, err = describedMapping(ctx, q, c.Before); err != nil {
		return out, err
	}
	out.After, err = describedMapping(ctx, q, c.After)
	return out, err
}

func describedMapping(ctx context.Context, q *dbsqlc.Queries, m transfer.CustomerMapping) (CustomerImportMapping, error) {
	v, err := customers.DescribeMapping(ctx, q, m.CompanyID, m.AgreementID, time.Now())
	return CustomerImportMapping{CompanyID: m.CompanyID, CompanyName: v.CompanyName, CompanyIdentifier: v.CompanyIdentifier,
		CompanyInactive: v.CompanyProblem == customers.ProblemCompanyInactive, AgreementID: m.AgreementID,
		AgreementName: v.AgreementName, AgreementProblem: string(v.AgreementProblem), Sync: m.Sync}, err
}

// cachedItem is the catalog cache's item id; empty for 0 or an item no longer cached.
func cachedItem(ctx context.Context, q *dbsqlc.Queries, id int64) (dbsqlc.CatalogItem, error) {
	if id == 0 {
		return dbsqlc.CatalogItem{}, nil
	}
	item, err := q.GetCatalogItem(ctx, id)
	if errors.Is(err, sql.ErrNoRows) {
		return dbsqlc.CatalogItem{}, nil
	}
	return item, err
}

// ExportSyncLines asks where to save the lines of a sync preview or a past run and writes them
// as one sheet named title (e.g. "Vorschau 2026-11"). It returns the path, "" when cancelled.
func (s *TransferService) ExportSyncLines(title, format string, lines []SyncLine) (string, error) {
	f, err := formatOf(format)
	if err != nil {
		return "", err
	}
	path, err := s.app.files.SaveFile(title, "psa-bridge-"+title+"."+string(f), filtersFor(f))
	if err != nil || path == "" {
		return "", err
	}
	return path, s.ExportSyncLinesTo(path, title, lines)
}

// ExportSyncLinesTo writes the lines to path (.csv or .xlsx).
func (s *TransferService) ExportSyncLinesTo(path, title string, lines []SyncLine) error {
	if title == "" || len(title) > 31 {
		return InvalidField("title", "the sheet name must have 1 to 31 characters, got %q", title)
	}
	rows := make([]transfer.PreviewRow, len(lines))
	for i, l := range lines {
		rows[i] = transfer.PreviewRow{Tenant: l.Tenant, Product: l.Product, Agreement: l.Agreement, CatalogItem: l.CatalogItem,
			SophosQuantity: l.SophosQuantity, CurrentQuantity: l.CurrentQuantity, NewQuantity: l.NewQuantity,
			Action: l.Action, Reason: l.Reason}
	}
	return writeSheetFile(path, transfer.PreviewSheet(title, rows))
}

// windowKind is a kind the window imports and exports; the window always says which.
func windowKind(kind string) (transfer.Kind, error) {
	switch k := transfer.Kind(kind); k {
	case transfer.Products, transfer.Customers:
		return k, nil
	}
	return "", InvalidField("kind", "must be %q or %q, got %q", transfer.Products, transfer.Customers, kind)
}

func formatOf(format string) (transfer.Format, error) {
	switch f := transfer.Format(format); f {
	case transfer.CSV, transfer.XLSX:
		return f, nil
	}
	return "", InvalidField("format", "must be %q or %q, got %q", transfer.CSV, transfer.XLSX, format)
}

func filtersFor(f transfer.Format) []FileFilter {
	if f == transfer.CSV {
		return spreadsheetFilters[1:]
	}
	return spreadsheetFilters[:1]
}

func tableOf(tables []transfer.Table, k transfer.Kind) (transfer.Table, bool) {
	for _, t := range tables {
		if t.Kind == k {
			return t, true
		}
	}
	return transfer.Table{}, false
}

// writeSheetFile writes the sheet in the path's format, through a temporary file renamed into
// place: a failed export never leaves a half-written file where the old one was.
func writeSheetFile(path string, sheet transfer.Sheet) error {
	format, err := transfer.FormatOf(path)
	if err != nil {
		return InvalidField("path", "%v", err)
	}
	data, err := transfer.Encode(format, sheet)
	if err != nil {
		return err
	}
	if err := transfer.WriteWhole(path, data); err != nil {
		return InvalidField("path", "the file cannot be written: %v", err)
	}
	return nil
}
