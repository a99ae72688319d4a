package app

import (
	"errors"
	"strings"
	"testing"

	"psabridge/app/internal/connectwise"
	"psabridge/app/internal/httpretry"
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
	waitForJob(t, a, jobCatalogRefresh)
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
	var tooLong *Error
	if _, err := a.catalog.Search(strings.Repeat("ab ", 1000), false); !errors.As(err, &tooLong) || tooLong.Code != CodeInvalid || tooLong.Field != "search" {
		t.Fatalf("over-long search text: %v", err)
	}
	item, err := a.catalog.Item(found[0].ID)
	if err != nil || item.Identifier != found[0].Identifier || item.Subcategory.ID == 0 {
		t.Fatalf("item details: %+v %v", item, err)
	}
	// The typeahead's Find: capped at 20 with "more results", each with its unit.
	many, err := a.catalog.Find("sophos", false)
	if err != nil || len(many.Matches) != 20 || !many.HasMore || many.Matches[0].UnitOfMeasure == "" {
		t.Fatalf("find: %d matches, more %t, unit %q, %v", len(many.Matches), many.HasMore, many.Matches[0].UnitOfMeasure, err)
	}
	if few, err := a.catalog.Find("intercept adv", false); err != nil || few.HasMore || len(few.Matches) != len(found) {
		t.Fatalf("find without more: %+v %v", few, err)
	}
}

// Offline, a refresh fails into the catalog status ("offline", with the cache's age) and
// everything that reads the cache keeps working.
func TestOfflineRefreshKeepsTheCacheServing(t *testing.T) {
	a := newTestApp(t, true)
	if err := a.catalog.Refresh(true); err != nil {
		t.Fatal(err)
	}
	waitForJob(t, a, jobCatalogRefresh)
	before, _ := a.catalog.Search("intercept", false)

	// Point the refresh at a port nothing listens on: the network is gone.
	offline, err := connectwise.New(connectwise.Config{Site: "http://127.0.0.1:1", CompanyID: "x", PublicKey: "p",
		PrivateKey: "k", ClientID: "c", Retry: httpretry.Policy{MaxAttempts: 1}})
	if err != nil {
		t.Fatal(err)
	}
	a.ws().UseConnectWise(offline)
	if err := a.catalog.Refresh(false); err != nil {
		t.Fatal(err)
	}
	waitForJob(t, a, jobCatalogRefresh)
	st, err := a.catalog.Status()
	if err != nil {
		t.Fatal(err)
	}
	if !st.Offline || st.LastError == nil || st.LastError.Code != CodeOffline || st.AgeMs < 0 || st.ItemCount == 0 {
		t.Fatalf("status offline: %+v", st)
	}
	after, err := a.catalog.Search("intercept", false)
	if err != nil || len(after) != len(before) || len(after) == 0 {
		t.Fatalf("search offline: %d results (%v), had %d", len(after), err, len(before))
	}
	if _, err := a.catalog.Item(after[0].ID); err != nil {
		t.Fatalf("details offline: %v", err)
	}
}
