package app

import (
	"time"

	"psabridge/app/internal/customers"
)

// OverviewService feeds the landing page "PSA-Integration › Details zu ConnectWise".
type OverviewService struct{ app *App }

// ProductCounts counts the Sophos products by mapping state.
type ProductCounts struct {
	Total    int64 `json:"total"`
	Mapped   int64 `json:"mapped"`
	Unmapped int64 `json:"unmapped"`
	SyncOn   int64 `json:"syncOn"`
	New      int64 `json:"new"`
}

// Overview is the state summary of the landing page.
type Overview struct {
	Demo     bool          `json:"demo"`
	Products ProductCounts `json:"products"`
	// Customers counts the Sophos tenants by mapping, sync and problems (the Kunden page's filters).
	Customers CustomerCounts `json:"customers"`
	// Which real accounts are set up (saved with their secrets); always true in demo mode,
	// where the sandboxes stand in. Whether they work is what "Verbindung testen" checks.
	ConnectWise bool `json:"connectWise"`
	Sophos      bool `json:"sophos"`
}

// Overview returns the landing page's state summary, from the local database only (so it
// works offline).
func (s *OverviewService) Overview() (Overview, error) {
	ws, ctx := s.app.use()
	c, err := ws.DB.Reader().CountSophosProducts(ctx) // the read-only pool: never waits behind the start-up refresh's writes
	if err != nil {
		return Overview{}, err
	}
	customerCounts, err := customers.LoadCounts(ctx, ws.DB.Reader(), time.Now())
	if err != nil {
		return Overview{}, err
	}
	return Overview{
		Customers:   customerCounts,
		Demo:        ws.Demo,
		ConnectWise: ws.Demo || ws.ConnectWiseConnected(),
		Sophos:      ws.Demo || ws.SophosConnected(),
		Products:    ProductCounts{Total: c.Total, Mapped: c.Mapped, Unmapped: c.Total - c.Mapped, SyncOn: c.SyncOn, New: c.NewProducts},
	}, nil
}
