package catalog

import (
	"context"
	"net/http"
	"sync"
	"testing"
	"time"

	"psabridge/app/internal/connectwise/cwsandbox"
)

// A full refresh must not hold the single writer connection while it downloads: a write
// that starts after the first page (a settings change) completes before the next slow page
// has arrived, not after the whole refresh.
func TestFullRefreshLetsOtherWritesThrough(t *testing.T) {
	r, sb := newRefresher(t, 2500) // three pages
	ctx := context.Background()
	const pageDelay = time.Second
	sb.Faults().Set(cwsandbox.Fault{Method: http.MethodGet, Path: "/procurement/catalog", Kind: cwsandbox.Latency,
		Delay: pageDelay, Skip: 1})

	var (
		mu      sync.Mutex
		events  []string
		wrote   = make(chan time.Duration, 1)
		started sync.Once
	)
	record := func(e string) { mu.Lock(); events = append(events, e); mu.Unlock() }
	begin := time.Now()
	_, err := r.Full(ctx, func(p Progress) {
		if p.Phase != PhaseItems || p.Done == 0 {
			return
		}
		record("page staged")
		started.Do(func() {
			go func() {
				t0 := time.Now()
				_, err := r.DB.SQL().ExecContext(ctx,
					"INSERT INTO app_settings (key, value, updated_at) VALUES ('ui.language', 'en', 1)")
				if err != nil {
					t.Error(err)
				}
				record("settings written")
				wrote <- time.Since(t0)
			}()
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	refresh := time.Since(begin)
	waited := <-wrote
	mu.Lock()
	defer mu.Unlock()
	if len(events) < 3 || events[1] != "settings written" {
		t.Fatalf("the settings write waited for the refresh: %v", events)
	}
	t.Logf("settings write waited %v during a %v refresh (pages delayed by %v)", waited, refresh, pageDelay)
}
