package connectwise

import (
	"net/http"
	"strconv"
	"strings"
	"testing"

	"psabridge/app/internal/connectwise/cwsandbox"
)

// A reply larger than any real one (a proxy gone wrong, a hostile server) is refused with
// a malformed-reply error instead of being read into memory.
func TestOversizedReplyIsMalformed(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	body := "[" + strings.Repeat(" ", maxReplyBytes+1) + "]"
	f.sb.Faults().Set(cwsandbox.Fault{Path: "/procurement/catalog", Kind: cwsandbox.StatusCode, Status: http.StatusOK, Body: body})
	_, err := f.c.ListCatalog(ctxT(t), CatalogQuery{IncludeInactive: true})
	if !IsMalformedReply(err) || !strings.Contains(err.Error(), "64 MB") {
		t.Fatalf("got %v, want a malformed reply naming the 64 MB limit", err)
	}
}

// A 200 whose body is ConnectWise's error shape is not an (empty) item.
func TestOKReplyWithErrorBodyIsMalformed(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	id, _ := f.sb.CatalogItemID("Sophos_Intercept_X_Advanced")
	f.sb.Faults().Set(cwsandbox.Fault{Path: "/procurement/catalog/" + strconv.Itoa(id), Kind: cwsandbox.StatusCode,
		Status: http.StatusOK, Body: `{"code":"NotFound","message":"Product not found"}`})
	it, err := f.c.GetCatalogItem(ctxT(t), id)
	if !IsMalformedReply(err) || !strings.Contains(err.Error(), "Product not found") {
		t.Fatalf("got %+v, %v; want a malformed reply quoting the error body", it, err)
	}
}
