package sophos

import (
	"context"
	"errors"
	"net/http"
	"strconv"
)

// Paging limits. Sophos' fixtures show maxSize 100 for tenants; asking for more than a
// server allows is answered either by a smaller page (the reply's size says so) or by a 400,
// after which the first page is asked again without pageSize (the server's default).
const (
	preferredPageSize = 100
	maxPages          = 10000 // a runaway guard: 10,000 pages is a million items
)

// pageInfo is the union of both paging styles' "pages" objects.
type pageInfo struct {
	Current int    `json:"current"`
	Size    int    `json:"size"`
	Total   int    `json:"total"`
	Items   int    `json:"items"`
	MaxSize int    `json:"maxSize"`
	FromKey string `json:"fromKey"`
	NextKey string `json:"nextKey"`
}

// firstPage fetches page one with the preferred page size, falling back to the server's
// default size when the server rejects that size with 400. It returns the page size that
// later pages must use (0: leave pageSize out).
func firstPage(ctx context.Context, fetch func(ctx context.Context, pageSize int) error) (int, error) {
	err := fetch(ctx, preferredPageSize)
	if apiStatus(err) == http.StatusBadRequest {
		if retryErr := fetch(ctx, 0); retryErr == nil {
			return 0, nil
		}
	}
	return preferredPageSize, err
}

// nextPageSize is the size later pages use: what the first reply says it used, if sane.
func nextPageSize(requested int, p pageInfo) int {
	if requested == 0 {
		return 0
	}
	if p.Size > 0 && p.Size <= requested {
		return p.Size
	}
	if p.MaxSize > 0 && p.MaxSize < requested {
		return p.MaxSize
	}
	return requested
}

func setPageSize(q map[string][]string, size int) {
	if size > 0 {
		q["pageSize"] = []string{strconv.Itoa(size)}
	}
}

var errTooManyPages = errors.New("more than 10,000 pages: giving up")
