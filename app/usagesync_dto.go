package app

import (
	"time"

	"psabridge/app/internal/usagesync"
)

// The DTOs of the usage sync page and the history page, mapped from package usagesync.

// SyncMonths are the billing months a preview can be made for.
type SyncMonths struct {
	Months  []string `json:"months"`  // newest first; months the usage history holds with data
	Default string   `json:"default"` // the newest month Sophos has data for; "" when none is stored
}

// SyncCandidate is one of several additions for a product on an agreement.
type SyncCandidate struct {
	AdditionID    int     `json:"additionId"`
	Quantity      float64 `json:"quantity"`
	EffectiveDate string  `json:"effectiveDate"` // YYYY-MM-DD, "" when not set
	CancelledDate string  `json:"cancelledDate"` // in the future: still billing until then
	Description   string  `json:"description"`
}

// SyncRow is one (customer, product) line of the preview or of a run's result.
type SyncRow struct {
	TenantID           string          `json:"tenantId"`
	TenantName         string          `json:"tenantName"`
	ProductKey         string          `json:"productKey"`
	ProductDescription string          `json:"productDescription"`
	AgreementID        int             `json:"agreementId"`
	AgreementName      string          `json:"agreementName"`
	CatalogItemID      int             `json:"catalogItemId"`
	SophosQuantity     float64         `json:"sophosQuantity"`
	CurrentQuantity    *float64        `json:"currentQuantity"` // null: no addition yet
	NewQuantity        float64         `json:"newQuantity"`
	Action             string          `json:"action"` // create, update, zero, unchanged, skip; after apply also adopted, conflict, failed, not_run
	Reason             string          `json:"reason"`
	AdditionID         int             `json:"additionId"`
	Prorated           bool            `json:"prorated"` // the agreement prorates this quantity change
	Candidates         []SyncCandidate `json:"candidates"`
	Error              string          `json:"error"`
}

// SyncProductTotal is a product's usage that is not billed.
type SyncProductTotal struct {
	ProductKey  string  `json:"productKey"`
	Description string  `json:"description"`
	Quantity    float64 `json:"quantity"`
	Rows        int     `json:"rows"`
}

// SyncUnassigned is a product's usage on lines without a customer.
type SyncUnassigned struct {
	ProductKey  string   `json:"productKey"`
	Description string   `json:"description"`
	Quantity    float64  `json:"quantity"`
	Lines       int      `json:"lines"`
	Serials     []string `json:"serials"`
}

// SyncPreview is what pushing a month would do. Apply takes its ID: the preview is kept
// on the server, so exactly what was approved is applied.
type SyncPreview struct {
	ID         string             `json:"id"`
	Month      string             `json:"month"`
	PlannedAt  string             `json:"plannedAt"` // RFC 3339
	Rows       []SyncRow          `json:"rows"`
	Unbilled   []SyncProductTotal `json:"unbilled"`
	Unassigned []SyncUnassigned   `json:"unassigned"`
	Unkeyed    int                `json:"unkeyed"` // lines with neither product code nor SKU
	Counts     map[string]int     `json:"counts"`
	Errors     []string           `json:"errors"`
}

// SyncProgress is the payload of EventSyncProgress.
type SyncProgress struct {
	Done  int `json:"done"` // agreements finished
	Total int `json:"total"`
}

// SyncResult is what a run did (the payload of EventSyncFinished).
type SyncResult struct {
	RunID      int64          `json:"runId"`
	Month      string         `json:"month"`
	Result     string         `json:"result"` // succeeded, partial, failed, cancelled
	Counts     map[string]int `json:"counts"`
	Rows       []SyncRow      `json:"rows"`
	DurationMs int64          `json:"durationMs"`
	Errors     []string       `json:"errors"`
	Error      *Error         `json:"error,omitempty"` // the run could not be carried out at all
}

// SyncStatus is the state of the push: whether one runs, its progress, the last result.
type SyncStatus struct {
	Running  bool         `json:"running"`
	Progress SyncProgress `json:"progress"`
	Last     *SyncResult  `json:"last"`
}

// SyncRun is one recorded run on the history and landing pages.
type SyncRun struct {
	ID         int64          `json:"id"`
	Month      string         `json:"month"`
	Trigger    string         `json:"trigger"` // manual, scheduled, command_line
	Actor      string         `json:"actor"`
	StartedAt  string         `json:"startedAt"`  // RFC 3339
	FinishedAt string         `json:"finishedAt"` // "" while running or when interrupted
	Result     string         `json:"result"`     // running, succeeded, partial, failed, cancelled, interrupted
	Counts     map[string]int `json:"counts"`
	Errors     string         `json:"errors"`
}

// WriteEntry is one ConnectWise write in the history, with the record before and after.
type WriteEntry struct {
	ID       int64  `json:"id"`
	At       string `json:"at"` // RFC 3339
	Actor    string `json:"actor"`
	Action   string `json:"action"` // create_addition, update_addition, create_catalog_item, update_catalog_item
	EntityID int64  `json:"entityId"`
	Label    string `json:"label"`  // "customer: product" for additions, the identifier for products
	Before   string `json:"before"` // JSON
	After    string `json:"after"`  // JSON
	RunID    int64  `json:"runId"`  // 0: not written by a sync run
}

// WriteFilter narrows the write history. Empty fields do not filter.
type WriteFilter struct {
	Scope    string `json:"scope"` // all (default), runs, other (product creates and edits)
	RunID    int64  `json:"runId"`
	Customer string `json:"customer"`
	Product  string `json:"product"`
	Action   string `json:"action"`
	From     string `json:"from"` // YYYY-MM-DD, inclusive
	To       string `json:"to"`   // YYYY-MM-DD, inclusive
}

func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.DateOnly)
}

func timeString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func countsDTO(c usagesync.Counts) map[string]int {
	out := make(map[string]int, len(c))
	for k, v := range c {
		out[string(k)] = v
	}
	return out
}

func syncRows(rows []usagesync.Row) []SyncRow {
	out := make([]SyncRow, len(rows))
	for i, r := range rows {
		out[i] = SyncRow{TenantID: r.TenantID, TenantName: r.TenantName, ProductKey: r.ProductKey,
			ProductDescription: r.ProductDescription, AgreementID: r.AgreementID, AgreementName: r.AgreementName,
			CatalogItemID: r.CatalogItemID, SophosQuantity: r.SophosQuantity, CurrentQuantity: r.CurrentQuantity,
			NewQuantity: r.NewQuantity, Action: string(r.Action), Reason: string(r.Reason), AdditionID: r.AdditionID,
			Prorated: r.Prorated, Candidates: []SyncCandidate{}, Error: r.Error}
		for _, c := range r.Candidates {
			out[i].Candidates = append(out[i].Candidates, SyncCandidate{AdditionID: c.AdditionID, Quantity: c.Quantity,
				EffectiveDate: dateString(c.EffectiveDate), CancelledDate: dateString(c.CancelledDate), Description: c.Description})
		}
	}
	return out
}

func previewDTO(id string, p *usagesync.Preview) SyncPreview {
	out := SyncPreview{ID: id, Month: p.Month, PlannedAt: timeString(p.PlannedAt), Rows: syncRows(p.Rows),
		Unbilled: []SyncProductTotal{}, Unassigned: []SyncUnassigned{}, Unkeyed: p.Unkeyed, Counts: countsDTO(p.Counts),
		Errors: append([]string{}, p.Errors...)}
	for _, u := range p.Unbilled {
		out.Unbilled = append(out.Unbilled, SyncProductTotal(u))
	}
	for _, u := range p.Unassigned {
		out.Unassigned = append(out.Unassigned, SyncUnassigned{ProductKey: u.ProductKey, Description: u.Description,
			Quantity: u.BillableQuantity, Lines: u.Lines, Serials: append([]string{}, u.Serials...)})
	}
	return out
}

func resultDTO(r *usagesync.Report) *SyncResult {
	return &SyncResult{RunID: r.RunID, Month: r.Month, Result: r.Result, Counts: countsDTO(r.Counts), Rows: syncRows(r.Rows),
		DurationMs: r.Duration.Milliseconds(), Errors: append([]string{}, r.Errors...)}
}

func runDTO(r usagesync.RunRecord) SyncRun {
	return SyncRun{ID: r.ID, Month: r.Month, Trigger: string(r.Trigger), Actor: r.Actor, StartedAt: timeString(r.StartedAt),
		FinishedAt: timeString(r.FinishedAt), Result: r.Result, Counts: countsDTO(r.Counts), Errors: r.Errors}
}

func writeDTO(w usagesync.Write) WriteEntry {
	return WriteEntry{ID: w.ID, At: timeString(w.At), Actor: w.Actor, Action: w.Action, EntityID: w.EntityID,
		Label: w.Label, Before: w.Before, After: w.After, RunID: w.RunID}
}
