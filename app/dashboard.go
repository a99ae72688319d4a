package app

import (
	"errors"
	"time"

	"psabridge/app/internal/dashboard"
)

// DashboardService feeds the landing page's "at a glance" sections and the customer
// detail page, from the local database only (it works offline and asks no API).
type DashboardService struct{ app *App }

// Landing is the landing page's data: this month's unbilled usage per reason, billed vs
// unbilled per month (classified with the current mappings), the top products per month,
// the changes since last month, the problems needing attention, the last and next run.
type Landing = dashboard.Landing

// CustomerDetail is one customer's products per month, mapping, agreement and the writes
// to its agreement.
type CustomerDetail = dashboard.Customer

// Landing returns the landing page's data in one call.
func (s *DashboardService) Landing() (Landing, error) {
	ws, ctx := s.app.use()
	return dashboard.Load(ctx, ws.DB, time.Now())
}

// Customer returns the detail of the customer (Sophos tenant) tenantID.
func (s *DashboardService) Customer(tenantID string) (CustomerDetail, error) {
	ws, ctx := s.app.use()
	out, err := dashboard.LoadCustomer(ctx, ws.DB, tenantID, time.Now())
	if errors.Is(err, dashboard.ErrUnknownTenant) {
		return CustomerDetail{}, Errorf(CodeNotFound, "There is no customer %q.", tenantID)
	}
	return out, err
}
