package cli

import (
	"encoding/json"
	"io"

	"psabridge/app/internal/usagesync"
)

// syncOutput is a preview or a run, as the command line shows it.
type syncOutput struct {
	Month  string
	RunID  *int64 // nil for a preview
	Result string // a run's result; "" for a preview
	Rows   []usagesync.Row
	Errors []string
}

// SyncDocument is what `psa-bridge sync --json` prints: one document per run.
type SyncDocument struct {
	Month  string         `json:"month"`
	RunID  *int64         `json:"runId"` // null for a preview
	Items  []SyncItem     `json:"items"`
	Counts map[string]int `json:"counts"` // every public action, 0 included
}

// SyncItem is one (customer, product) row.
type SyncItem struct {
	TenantID        string   `json:"tenantId"`
	ProductCode     string   `json:"productCode"`
	AgreementID     int      `json:"agreementId"`
	CatalogItemID   int      `json:"catalogItemId"`
	SophosQuantity  float64  `json:"sophosQuantity"`
	CurrentQuantity *float64 `json:"currentQuantity"` // null: no addition yet
	NewQuantity     float64  `json:"newQuantity"`
	Action          string   `json:"action"` // create, update, unchanged, skip, failed, conflict
	Reason          string   `json:"reason"` // why skipped, failed or in conflict; "" otherwise
}

// publicActions are the actions of the JSON document, in the order they are counted.
var publicActions = []usagesync.Action{usagesync.ActionCreate, usagesync.ActionUpdate, usagesync.ActionUnchanged,
	usagesync.ActionSkip, usagesync.ActionFailed, usagesync.ActionConflict}

// publicAction folds the engine's finer actions into the six the document promises: setting
// a managed addition to 0 is an update, adopting an addition whose create reply was lost is
// the create it was, and a row a cancelled run did not reach has failed.
func publicAction(r usagesync.Row) (usagesync.Action, string) {
	reason := string(r.Reason)
	switch r.Action {
	case usagesync.ActionZero:
		return usagesync.ActionUpdate, "no_usage"
	case usagesync.ActionAdopted:
		return usagesync.ActionCreate, "adopted"
	case usagesync.ActionNotRun:
		return usagesync.ActionFailed, "not_run"
	case usagesync.ActionFailed:
		if reason == "" {
			reason = r.Error
		}
	}
	return r.Action, reason
}

func (o syncOutput) document() SyncDocument {
	doc := SyncDocument{Month: o.Month, RunID: o.RunID, Items: make([]SyncItem, 0, len(o.Rows)), Counts: map[string]int{}}
	for _, a := range publicActions {
		doc.Counts[string(a)] = 0
	}
	for _, row := range o.Rows {
		action, reason := publicAction(row)
		doc.Items = append(doc.Items, SyncItem{TenantID: row.TenantID, ProductCode: row.ProductKey, AgreementID: row.AgreementID,
			CatalogItemID: row.CatalogItemID, SophosQuantity: row.SophosQuantity, CurrentQuantity: row.CurrentQuantity,
			NewQuantity: row.NewQuantity, Action: string(action), Reason: reason})
		doc.Counts[string(action)]++
	}
	return doc
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
