package dashboard

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"psabridge/app/internal/customers"
	"psabridge/app/internal/usagehistory"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// detailMonths is how many months the customer detail shows; writesShown how many of its
// agreement's writes.
const (
	detailMonths = 24
	writesShown  = 200
)

// ErrUnknownTenant is returned for a tenant that is not in the tenant cache.
var ErrUnknownTenant = errors.New("tenant not in the tenant cache")

// AgreementWrite is one write to the customer's agreement in the history (cw_write_log).
type AgreementWrite struct {
	ID       int64  `json:"id"`
	At       int64  `json:"at"` // unix ms
	Actor    string `json:"actor"`
	Action   string `json:"action"` // create_addition, update_addition
	EntityID int64  `json:"entityId"`
	Label    string `json:"label"`
	Before   string `json:"before"` // JSON as recorded
	After    string `json:"after"`
	RunID    int64  `json:"runId"` // 0: not from a run
}

// Customer is the customer detail page: the tenant with its mapping and agreement, its
// products' quantities per month and the writes to its agreement.
type Customer struct {
	Customer customers.Row    `json:"customer"`
	Months   []string         `json:"months"`   // oldest first
	Products []ProductSeries  `json:"products"` // billable quantity per month, by product key
	Writes   []AgreementWrite `json:"writes"`   // newest first
}

// LoadCustomer reads a customer's detail for the detailMonths up to the newest stored month.
func LoadCustomer(ctx context.Context, d *db.DB, tenantID string, now time.Time) (Customer, error) {
	var out Customer
	var latest string // the newest stored month with usage; "" when none
	err := d.ReadTx(ctx, func(q *dbsqlc.Queries) error {
		page, err := customers.Load(ctx, q, now)
		if err != nil {
			return err
		}
		i := slices.IndexFunc(page.Rows, func(r customers.Row) bool { return r.TenantID == tenantID })
		if i < 0 {
			return fmt.Errorf("customer %q: %w", tenantID, ErrUnknownTenant)
		}
		out = Customer{Customer: page.Rows[i], Months: []string{}, Products: []ProductSeries{}, Writes: []AgreementWrite{}}
		if out.Customer.AgreementID != 0 {
			if out.Writes, err = agreementWrites(ctx, q, out.Customer.AgreementID); err != nil {
				return err
			}
		}
		latest, err = q.LatestUsageHistoryMonth(ctx) // "" with sql.ErrNoRows
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("dashboard: newest month: %w", err)
		}
		return nil
	})
	if err != nil {
		return Customer{}, err
	}
	if latest == "" {
		return out, nil
	}
	m, err := usagehistory.ParseMonth(latest)
	if err != nil {
		return Customer{}, err
	}
	for i := detailMonths - 1; i >= 0; i-- {
		out.Months = append(out.Months, m.Add(-i).String())
	}
	usage, err := usagehistory.Reader{DB: d}.CustomerUsage(ctx, tenantID, out.Months[0], latest)
	if err != nil {
		return Customer{}, err
	}
	index := map[string]int{}
	for _, u := range usage {
		p, ok := index[u.ProductKey]
		if !ok {
			p = len(out.Products)
			index[u.ProductKey] = p
			out.Products = append(out.Products, ProductSeries{ProductKey: u.ProductKey, Description: u.Description,
				Quantities: make([]float64, len(out.Months))})
		}
		out.Products[p].Quantities[slices.Index(out.Months, u.Month)] = u.BillableQuantity
	}
	slices.SortFunc(out.Products, func(a, b ProductSeries) int { return cmp.Compare(a.ProductKey, b.ProductKey) })
	return out, nil
}

func agreementWrites(ctx context.Context, q *dbsqlc.Queries, agreementID int64) ([]AgreementWrite, error) {
	rows, err := q.ListAgreementWrites(ctx, dbsqlc.ListAgreementWritesParams{
		AgreementID: strconv.FormatInt(agreementID, 10), MaxRows: writesShown})
	if err != nil {
		return nil, fmt.Errorf("dashboard: writes to agreement %d: %w", agreementID, err)
	}
	out := make([]AgreementWrite, len(rows))
	for i, w := range rows {
		out[i] = AgreementWrite{ID: w.ID, At: w.At, Actor: w.Actor, Action: w.Action,
			EntityID: w.EntityID, Label: w.Label, Before: w.BeforeJson, After: w.AfterJson}
		if w.RunID != nil {
			out[i].RunID = *w.RunID
		}
	}
	return out, nil
}
