package app

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestDemoCatalogRefreshThroughTheService(t *testing.T) {
	a := newTestApp(t, true)
	rec := &recordingEmitter{}
	a.emitter = rec
	if err := a.catalog.Refresh(true); err != nil {
		t.Fatal(err)
	}
	var e *Error
	if err := a.catalog.Refresh(false); !errors.As(err, &e) || e.Code != CodeConflict {
		t.Fatalf("a second refresh while one runs: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := a.session().catalog.wait(ctx); err != nil {
		t.Fatal(err)
	}
	st, err := a.catalog.Status()
	if err != nil {
		t.Fatal(err)
	}
	if !st.Connected || st.Refreshing || st.ItemCount < 1000 || st.LastFullRefresh == 0 || st.LastError != nil {
		t.Fatalf("status after refresh: %+v", st)
	}
	if rec.count(EventCatalogProgress) < 3 || rec.count(EventCatalogFinished) != 1 {
		t.Fatalf("events: %v", rec.events)
	}
	found, err := a.catalog.Search("intercept adv", false)
	if err != nil || len(found) == 0 {
		t.Fatalf("search in the demo catalog: %v %v", found, err)
	}
	item, err := a.catalog.Item(found[0].ID)
	if err != nil || item.Identifier != found[0].Identifier || item.Subcategory.ID == 0 {
		t.Fatalf("item details: %+v %v", item, err)
	}
}
