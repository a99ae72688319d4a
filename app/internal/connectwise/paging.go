package connectwise

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// MaxPageSize is ConnectWise's hard limit on rows per page.
const MaxPageSize = 1000

// listCall describes a list request to page through.
type listCall struct {
	path       string
	conditions Cond
	fields     []string
	orderBy    string
	pageSize   int // 0: MaxPageSize
}

// record is a decoded row that knows its id (paging uses it to check progress). Rows
// with an afterDecode method get it called after decoding (parsing _info dates).
type record interface {
	recordID() int
}

// eachPage streams every row of a list, one callback per page, so a caller can report
// progress and never holds the whole list twice.
//
// It asks for forward-only paging ("pagination-type: forward-only", pageId = last id),
// ConnectWise's consistent and fast mode, and follows the Link header's rel="next". The
// end is recognised defensively, because ConnectWise's exact end signal is unverified
// (NOTES §4): an empty page, or a Link header without rel="next", or no Link header on a
// short page. Where an endpoint doesn't page forward-only (no Link header on a full page,
// or a next link with page=N) it continues with page numbers. orderBy forces page numbers,
// since ConnectWise refuses orderBy with forward-only paging.
func eachPage[T any, P interface {
	*T
	record
}](ctx context.Context, c *Client, lc listCall, fn func([]T) error) error {
	if err := lc.conditions.Err(); err != nil {
		return fmt.Errorf("connectwise: %s: %w", lc.path, err)
	}
	size := lc.pageSize
	if size <= 0 || size > MaxPageSize {
		size = MaxPageSize
	}
	base := url.Values{"pageSize": {strconv.Itoa(size)}}
	if s := lc.conditions.String(); s != "" {
		base.Set("conditions", s)
	}
	if len(lc.fields) > 0 {
		fields := lc.fields
		if !slices.Contains(fields, "id") { // paging checks its progress by row id
			fields = append([]string{"id"}, fields...)
		}
		base.Set("fields", strings.Join(fields, ","))
	}
	if lc.orderBy != "" {
		base.Set("orderBy", lc.orderBy)
	}
	forward := lc.orderBy == ""
	pageID, page, fetched, lastFirst := 0, 1, 0, -1
	for {
		q := cloneValues(base)
		rq := call{method: http.MethodGet, path: lc.path, query: q}
		if forward {
			rq.header = map[string]string{"pagination-type": "forward-only"}
			if pageID > 0 {
				q.Set("pageId", strconv.Itoa(pageID))
			}
		} else {
			q.Set("page", strconv.Itoa(page))
		}
		items, link, hasLink, err := fetchPage[T, P](ctx, c, rq)
		if err != nil {
			return err
		}
		if len(items) == 0 {
			return nil
		}
		fetched++
		first := P(&items[0]).recordID()
		if first == lastFirst {
			return fmt.Errorf("connectwise: paging %s did not advance (page %d repeats the previous one)", lc.path, fetched)
		}
		lastFirst = first
		if err := fn(items); err != nil {
			return err
		}
		next := nextLink(link)
		switch {
		case next.pageID > 0:
			if forward && next.pageID <= pageID {
				return fmt.Errorf("connectwise: paging %s did not advance (next pageId %d)", lc.path, next.pageID)
			}
			forward, pageID = true, next.pageID
		case next.page > 0:
			forward, page = false, next.page
		case next.present:
			return fmt.Errorf("connectwise: cannot follow the paging link of %s: %q", lc.path, link)
		case hasLink, len(items) < size:
			return nil
		case forward:
			// A full page and no Link header: this endpoint ignores forward-only paging.
			forward, page = false, fetched+1
		default:
			page++
		}
	}
}

// fetchPage GETs one page and decodes its rows.
func fetchPage[T any, P interface {
	*T
	record
}](ctx context.Context, c *Client, rq call) ([]T, string, bool, error) {
	resp, err := c.do(ctx, rq)
	if err != nil {
		return nil, "", false, err
	}
	defer resp.Body.Close()
	var items []T
	if err := decodeReply(resp, rq.endpoint(), c.site.Host, &items); err != nil {
		return nil, "", false, err
	}
	for i := range items {
		if f, ok := any(P(&items[i])).(interface{ afterDecode() }); ok {
			f.afterDecode()
		}
	}
	values, hasLink := resp.Header[http.CanonicalHeaderKey("Link")]
	return items, strings.Join(values, ", "), hasLink, nil
}

// collect pages through a list and returns every row; for short lists (lookups,
// a company's agreements), where streaming buys nothing.
func collect[T any, P interface {
	*T
	record
}](ctx context.Context, c *Client, lc listCall) ([]T, error) {
	var all []T
	err := eachPage[T, P](ctx, c, lc, func(page []T) error {
		all = append(all, page...)
		return nil
	})
	return all, err
}

// count answers path/count for conditions.
func (c *Client) count(ctx context.Context, path string, cond Cond) (int, error) {
	if err := cond.Err(); err != nil {
		return 0, fmt.Errorf("connectwise: %s/count: %w", path, err)
	}
	var q url.Values
	if s := cond.String(); s != "" {
		q = url.Values{"conditions": {s}}
	}
	var out struct {
		Count *int `json:"count"`
	}
	if err := c.getJSON(ctx, path+"/count", q, &out); err != nil {
		return 0, err
	}
	if out.Count == nil {
		return 0, &Error{Status: http.StatusOK, Code: CodeMalformedReply, Message: `ConnectWise sent a count reply without "count"`,
			Endpoint: "GET " + path + "/count", Host: c.site.Host}
	}
	return *out.Count, nil
}

// pageLink is what a Link header says about the next page.
type pageLink struct {
	present bool // a rel="next" link exists
	pageID  int  // forward-only: its pageId
	page    int  // page-numbered: its page
}

// nextLink parses an RFC 5988 Link header ("<url>; rel=\"next\", <url>; rel=\"last\"") and
// reads the paging parameter of its rel="next" target. Only the parameter is used: the
// next request goes to our own base URL, never to a host named in a header.
func nextLink(header string) pageLink {
	rest := header
	for {
		start := strings.IndexByte(rest, '<')
		if start < 0 {
			return pageLink{}
		}
		end := strings.IndexByte(rest[start:], '>')
		if end < 0 {
			return pageLink{}
		}
		target := rest[start+1 : start+end]
		rest = rest[start+end+1:]
		params := rest
		if i := strings.IndexByte(params, '<'); i >= 0 {
			params = params[:i]
		}
		if !hasRelNext(params) {
			continue
		}
		link := pageLink{present: true}
		u, err := url.Parse(strings.TrimSpace(target))
		if err != nil {
			return link
		}
		q := u.Query()
		if n, err := strconv.Atoi(q.Get("pageId")); err == nil && n > 0 {
			link.pageID = n
		} else if n, err := strconv.Atoi(q.Get("page")); err == nil && n > 0 {
			link.page = n
		}
		return link
	}
}

func hasRelNext(params string) bool {
	params = strings.TrimRight(strings.TrimSpace(params), ", ")
	for _, p := range strings.Split(params, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "rel") {
			for _, rel := range strings.Fields(strings.Trim(strings.TrimSpace(v), `"`)) {
				if strings.EqualFold(rel, "next") {
					return true
				}
			}
		}
	}
	return false
}

func cloneValues(v url.Values) url.Values {
	out := make(url.Values, len(v)+1)
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}
