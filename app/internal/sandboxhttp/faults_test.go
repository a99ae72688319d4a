package sandboxhttp

import (
	"slices"
	"testing"
)

func kinds(fs []Fault) []FaultKind {
	var out []FaultKind
	for _, f := range fs {
		out = append(out, f.Kind)
	}
	return out
}

// Skip lets requests through, Times uses a fault up, Latency lets the next fault apply too,
// and only one non-Latency fault answers a request.
func TestTakeCountsAndOrders(t *testing.T) {
	var f Faults
	f.Set(Fault{Kind: Latency, Path: "/a*", Times: 1})
	f.Set(Fault{Kind: ServerError, Method: "get", Path: "/a/b", Skip: 1, Times: 2})
	f.Set(Fault{Kind: RateLimit}) // until cleared, every path

	want := [][]FaultKind{
		{Latency, RateLimit},
		{ServerError},
		{ServerError},
		{RateLimit},
	}
	for i, w := range want {
		if got := kinds(f.Take("GET", "/a/b", nil)); !slices.Equal(got, w) {
			t.Errorf("request %d: faults %v, want %v", i+1, got, w)
		}
	}
	if got := kinds(f.Take("POST", "/a/b", nil)); !slices.Equal(got, []FaultKind{RateLimit}) {
		t.Errorf("POST: faults %v, want only the any-method one", got)
	}
	if f.Pending() != 1 {
		t.Errorf("%d faults pending, want the unlimited one", f.Pending())
	}
	if got := f.Take("GET", "/x", func(Fault) bool { return false }); got != nil {
		t.Errorf("a fault not aimed at the request applied: %v", got)
	}
	f.Clear()
	if got := f.Take("GET", "/x", nil); got != nil || f.Pending() != 0 {
		t.Errorf("Clear left %v", got)
	}
}

func TestMatches(t *testing.T) {
	for _, tt := range []struct {
		path, request string
		want          bool
	}{
		{"", "/anything", true},
		{"/a", "/a", true},
		{"/a", "/a/b", false},
		{"/a*", "/a/b", true},
		{"/a/*", "/a", false},
	} {
		if got := (Fault{Path: tt.path}).Matches("GET", tt.request); got != tt.want {
			t.Errorf("Path %q on %q: %v, want %v", tt.path, tt.request, got, tt.want)
		}
	}
}
