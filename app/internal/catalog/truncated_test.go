package catalog

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"psabridge/app/internal/connectwise/cwsandbox"
)

// emptySecondPage makes the next catalog list answer its second page with 200 []: the
// stream ends early, looking like the end of the catalog.
func emptySecondPage(sb *cwsandbox.Server) {
	sb.Faults().Set(cwsandbox.Fault{Method: http.MethodGet, Path: "/procurement/catalog", Kind: cwsandbox.StatusCode,
		Status: http.StatusOK, Body: "[]", Skip: 1, Times: 1})
}

// A full refresh whose stream stops short of ConnectWise's count deletes nothing: it fails
// and the old cache stays.
func TestTruncatedFullRefreshDeletesNothing(t *testing.T) {
	r, sb := newRefresher(t, 2500)
	ctx := context.Background()
	if _, err := r.Full(ctx, nil); err != nil {
		t.Fatal(err)
	}
	before := cachedIDs(t, r)
	emptySecondPage(sb)
	_, err := r.Full(ctx, nil)
	if err == nil || !strings.Contains(err.Error(), "2500") {
		t.Fatalf("got %v, want a refresh that fails naming ConnectWise's count", err)
	}
	if after := cachedIDs(t, r); !slices.Equal(after, before) {
		t.Fatalf("a truncated refresh left %d of %d cached items", len(after), len(before))
	}
	if res, err := r.Full(ctx, nil); err != nil || res.Total != 2500 {
		t.Fatalf("the next refresh: %+v %v", res, err)
	}
}

// The incremental id sweep is held to the same rule.
func TestTruncatedIDSweepDeletesNothing(t *testing.T) {
	r, sb := newRefresher(t, 2500)
	ctx := context.Background()
	if _, err := r.Full(ctx, nil); err != nil {
		t.Fatal(err)
	}
	gone := sb.CatalogItemIDs()[3]
	if err := sb.DeleteCatalogItem(gone); err != nil { // counts now differ: a sweep follows
		t.Fatal(err)
	}
	before := cachedIDs(t, r)
	// The incremental change list comes first (one short page), then the sweep's pages.
	sb.Faults().Set(cwsandbox.Fault{Method: http.MethodGet, Path: "/procurement/catalog", Kind: cwsandbox.StatusCode,
		Status: http.StatusOK, Body: "[]", Skip: 2, Times: 1})
	_, err := r.Incremental(ctx, nil)
	if err == nil || !strings.Contains(err.Error(), "2499") {
		t.Fatalf("got %v, want a sweep that fails naming ConnectWise's count", err)
	}
	if after := cachedIDs(t, r); !slices.Equal(after, before) {
		t.Fatalf("a truncated sweep left %d of %d cached items", len(after), len(before))
	}
	if res, err := r.Incremental(ctx, nil); err != nil || res.Total != 2499 || res.Deleted != 1 {
		t.Fatalf("the next refresh: %+v %v", res, err)
	}
}

// An item the cache cannot hold (an identifier over ConnectWise's 75 characters, here a
// 2 MB one) fails the refresh with an error that names it briefly; the cache stays.
func TestOversizedItemFailsTheRefreshByName(t *testing.T) {
	r, sb := newRefresher(t, 1200)
	ctx := context.Background()
	if _, err := r.Full(ctx, nil); err != nil {
		t.Fatal(err)
	}
	before := cachedIDs(t, r)
	bad := sb.CatalogItemIDs()[7]
	if err := sb.EditCatalogItem(bad, func(e *cwsandbox.CatalogItemEdit) { e.Identifier = strings.Repeat("Z", 2<<20) }); err != nil {
		t.Fatal(err)
	}
	_, err := r.Full(ctx, nil)
	if err == nil || !strings.Contains(err.Error(), strconv.Itoa(bad)) || len(err.Error()) > 500 {
		t.Fatalf("got a %d-byte error %.300v; want a short one naming item %d", len(fmt.Sprint(err)), err, bad)
	}
	if after := cachedIDs(t, r); !slices.Equal(after, before) {
		t.Fatal("a failed refresh changed the cache")
	}
}
