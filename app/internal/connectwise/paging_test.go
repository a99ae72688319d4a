package connectwise

import (
	"slices"
	"testing"

	"psabridge/app/internal/connectwise/cwsandbox"
)

func TestNextLink(t *testing.T) {
	cases := []struct {
		header string
		want   pageLink
	}{
		{``, pageLink{}},
		{`<https://x/apis/3.0/procurement/catalog?pageSize=1000&pageId=1234>; rel="next"`, pageLink{present: true, pageID: 1234}},
		{`<https://x/c?fields=id,identifier&pageSize=50&page=2>; rel="next", <https://x/c?pageSize=50&page=4>; rel="last"`, pageLink{present: true, page: 2}},
		{`<https://x/c?page=1>; rel="first", <https://x/c?page=3>; rel="prev", <https://x/c?page=5>; rel="last"`, pageLink{}},
		{`<https://x/c?page=1>; rel=first, <https://x/c?pageId=77>; rel=next`, pageLink{present: true, pageID: 77}},
		{`<https://x/c?pageId=9>;rel="next last"`, pageLink{present: true, pageID: 9}},
		{`<https://x/c?cursor=abc>; rel="next"`, pageLink{present: true}},
		{`garbage`, pageLink{}},
		{`<unterminated; rel="next"`, pageLink{}},
	}
	for _, tc := range cases {
		if got := nextLink(tc.header); got != tc.want {
			t.Errorf("nextLink(%q) = %+v, want %+v", tc.header, got, tc.want)
		}
	}
}

// TestPagingFallsBackToPageNumbers covers endpoints without forward-only paging: one that
// answers with page-numbered Link headers, and one behind a proxy that drops Link.
func TestPagingFallsBackToPageNumbers(t *testing.T) {
	cases := []struct {
		name  string
		opts  cwsandbox.Options
		fault *cwsandbox.Fault
		calls int
	}{
		{"page-numbered Link headers", cwsandbox.Options{NavigableOnly: []string{"/procurement/catalog"}}, nil, 4},
		{"no Link header at all", cwsandbox.Options{}, &cwsandbox.Fault{Path: "/procurement/catalog", Kind: cwsandbox.StripLink}, 4},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := newFixture(t, tc.opts)
			if tc.fault != nil {
				f.sb.Faults().Set(*tc.fault)
			}
			var ids []int
			err := f.c.EachCatalogPage(ctxT(t), CatalogQuery{IncludeInactive: true, PageSize: 800}, func(page []CatalogItem) error {
				for _, it := range page {
					ids = append(ids, it.ID)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ids, f.sb.CatalogItemIDs()) {
				t.Fatalf("got %d ids, want all %d once each", len(ids), cwsandbox.DemoCatalogSize)
			}
			reqs := f.sb.Requests()
			if len(reqs) != tc.calls {
				t.Fatalf("%d requests, want %d: %v", len(reqs), tc.calls, reqs)
			}
			for i, r := range reqs[1:] {
				if r.Query.Get("page") == "" || r.Query.Get("pageId") != "" {
					t.Fatalf("request %d = %s, want page numbers after the first", i+1, r)
				}
			}
		})
	}
}

// Paging checks its progress by row id, so it must get ids even when the caller's fields
// leave id out; ordered (page-numbered) and forward-only paging alike.
func TestPagingWithFieldsThatOmitID(t *testing.T) {
	t.Parallel()
	f := newFixture(t, cwsandbox.Options{})
	ctx := ctxT(t)
	for _, q := range []CatalogQuery{
		// Three pages each: enough to show page 2 on, cheap enough under -race on a busy machine.
		{Fields: []string{"identifier", "description"}, PageSize: 1000, IncludeInactive: true},
		{Fields: []string{"identifier"}, PageSize: 1000, IncludeInactive: true, OrderBy: "identifier"},
	} {
		items, err := f.c.ListCatalog(ctx, q)
		if err != nil {
			t.Fatalf("%+v: %v", q, err)
		}
		if len(items) != cwsandbox.DemoCatalogSize {
			t.Fatalf("%+v: %d items, want %d", q, len(items), cwsandbox.DemoCatalogSize)
		}
	}
}
