package app

import "psabridge/app/internal/workspace"

// dashboardParts are the caches the landing page reads besides the catalog and the
// products: the tenants, the companies and agreements, and the usage history. Each is
// incremental (a past month of usage is fetched once), so refreshing them at every start
// is cheap; offline a part fails quietly and the page shows what is stored.
var dashboardParts = []workspace.Part{workspace.PartTenants, workspace.PartCustomers, workspace.PartUsage}

// refreshDashboardData brings the landing page's caches up to date in the background when
// the window opens, telling the page each time a part has landed.
func (a *App) refreshDashboardData(ws *workspace.Workspace) {
	emit := a.emit()
	for _, part := range dashboardParts {
		_, err := ws.StartRefresh(part, nil, func(res workspace.PartResult) {
			if res.Err != nil {
				a.opts.Log.Warn("background refresh failed", "part", part, "err", res.Err)
				return
			}
			emit.Emit(EventDashboardUpdated, string(part))
		})
		if err != nil {
			a.opts.Log.Info("background refresh not started", "part", part, "err", err)
		}
	}
}
