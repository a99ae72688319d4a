// Package history is the only way to record a ConnectWise write in the write history
// (cw_write_log). It records inside the caller's transaction, so a write's local effect
// and its history entry are saved together or not at all.
package history

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"psabridge/db/dbsqlc"
)

// The actions the history knows.
const (
	CreateCatalogItem = "create_catalog_item"
	UpdateCatalogItem = "update_catalog_item"
	CreateAddition    = "create_addition" // by a usage sync run
	UpdateAddition    = "update_addition" // by a usage sync run
)

// Write is one write sent to ConnectWise.
type Write struct {
	At       time.Time
	Actor    string // the OS user who saved it
	Action   string // CreateCatalogItem, …
	EntityID int64  // the ConnectWise record's id
	Label    string // what the user recognises it by, e.g. the product identifier
	Before   any    // the record before the write; nil for a create
	After    any    // the record as ConnectWise returned it
	RunID    int64  // the usage sync run that sent it; 0: none
}

// Record adds w to the history through q, which must be the caller's transaction.
func Record(ctx context.Context, q *dbsqlc.Queries, w Write) error {
	before, err := asJSON(w.Before)
	if err != nil {
		return fmt.Errorf("history of %s %s: before: %w", w.Action, w.Label, err)
	}
	after, err := asJSON(w.After)
	if err != nil {
		return fmt.Errorf("history of %s %s: after: %w", w.Action, w.Label, err)
	}
	var runID *int64
	if w.RunID != 0 {
		runID = &w.RunID
	}
	err = q.LogConnectWiseWrite(ctx, dbsqlc.LogConnectWiseWriteParams{
		At: w.At.UnixMilli(), Actor: w.Actor, Action: w.Action, EntityID: w.EntityID,
		Label: w.Label, BeforeJson: before, AfterJson: after, RunID: runID,
	})
	if err != nil {
		return fmt.Errorf("history of %s %s: %w", w.Action, w.Label, err)
	}
	return nil
}

// asJSON is v as JSON; "{}" for nil (nothing before a create).
func asJSON(v any) (string, error) {
	if v == nil {
		return "{}", nil
	}
	b, err := json.Marshal(v)
	return string(b), err
}
