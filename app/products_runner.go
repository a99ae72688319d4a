package app

import (
	"time"

	"psabridge/app/internal/products"
)

// EventProductsUpdated tells the frontend that the Sophos product list changed.
const EventProductsUpdated = "products:updated"

// discoverProducts reads recent Sophos usage in the background and records the products
// seen, so the product list follows what Sophos bills. Offline it leaves the list as is.
func (a *App) discoverProducts() {
	sess := a.session()
	if sess.sophos == nil {
		return
	}
	go func() {
		found, err := products.Discover(sess.ctx, sess.db, sess.sophos, time.Now(), products.DefaultMonths)
		if err != nil {
			a.opts.Log.Warn("Sophos product discovery failed", "err", err)
			return
		}
		a.opts.Log.Info("Sophos products discovered", "count", len(found))
		a.emit().Emit(EventProductsUpdated, len(found))
	}()
}
