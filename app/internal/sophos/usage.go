package sophos

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
)

// UsageMonth is the billing usage of one month. Found is false when Sophos has no data for
// the month (HTTP 404: not invoiced yet, or before the partner's history starts); Lines is
// then empty and that is not an error.
type UsageMonth struct {
	Year  int         `json:"year"`
	Month int         `json:"month"`
	Found bool        `json:"found"`
	Lines []UsageLine `json:"lines"`
}

// Key is the month as "YYYY-MM".
func (m UsageMonth) Key() string { return MonthKey(m.Year, m.Month) }

// MonthKey formats a year and month as "YYYY-MM", the form used for FirstSeen/LastSeen.
func MonthKey(year, month int) string { return fmt.Sprintf("%04d-%02d", year, month) }

type usagePage struct {
	Items []json.RawMessage `json:"items"` // decoded one by one, so an error names the line
	Pages pageInfo          `json:"pages"`
}

// Usage returns every usage line of a month; a month without data gives an empty slice.
func (c *Client) Usage(ctx context.Context, year, month int) ([]UsageLine, error) {
	m, err := c.MonthUsage(ctx, year, month)
	return m.Lines, err
}

// MonthUsage reads all pages of GET /partner/v1/billing/usage/{year}/{month}. Paging is
// key-based: each reply's pages.nextKey is sent back as pageFromKey until it is empty.
func (c *Client) MonthUsage(ctx context.Context, year, month int) (UsageMonth, error) {
	result := UsageMonth{Year: year, Month: month, Lines: []UsageLine{}}
	// fail never hands back the lines read so far: half a month must not look like a month.
	fail := func(err error) (UsageMonth, error) {
		return UsageMonth{Year: year, Month: month, Lines: []UsageLine{}}, err
	}
	if month < 1 || month > 12 {
		return fail(fmt.Errorf("Sophos Central: usage: month %d is not between 1 and 12", month))
	}
	if year < 2000 || year > 9999 {
		return fail(fmt.Errorf("Sophos Central: usage: year %d is out of range", year))
	}
	s, err := c.partnerSession(ctx)
	if err != nil {
		return fail(err)
	}
	key := MonthKey(year, month)
	path := "/partner/v1/billing/usage/" + strconv.Itoa(year) + "/" + strconv.Itoa(month)
	fetch := func(ctx context.Context, pageNo, size int, fromKey string) (usagePage, error) {
		q := url.Values{}
		setPageSize(q, size)
		if fromKey == "" {
			q.Set("pageTotal", "true")
		} else {
			q.Set("pageFromKey", fromKey)
		}
		var p usagePage
		err := c.getJSON(ctx, apiRequest{op: fmt.Sprintf("read usage %s (page %d)", key, pageNo), baseURL: s.baseURL,
			path: path, query: q, header: s.header()}, &p)
		return p, err
	}

	var page usagePage
	size, err := firstPage(ctx, func(ctx context.Context, size int) error {
		var err error
		page, err = fetch(ctx, 1, size, "")
		return err
	})
	if apiStatus(err) == http.StatusNotFound {
		return result, nil // "No data for requested year or month."
	}
	if err != nil {
		return fail(err)
	}
	result.Found = true
	size = nextPageSize(size, page.Pages)
	if page.Pages.Items > 0 {
		result.Lines = make([]UsageLine, 0, page.Pages.Items)
	}
	usedKeys := map[string]bool{}
	for pageNo := 1; ; pageNo++ {
		for i, raw := range page.Items {
			var line UsageLine
			if err := json.Unmarshal(raw, &line); err != nil {
				return fail(&ReplyError{Op: fmt.Sprintf("read usage %s (page %d)", key, pageNo), Problem: fmt.Sprintf("line %d: %s", i+1, describeJSONError(err))})
			}
			result.Lines = append(result.Lines, line)
		}
		next := page.Pages.NextKey
		if next == "" {
			return result, nil
		}
		if usedKeys[next] {
			return fail(fmt.Errorf("Sophos Central: read usage %s: page key %q came back twice; stopping instead of looping", key, next))
		}
		if pageNo >= maxPages {
			return fail(fmt.Errorf("Sophos Central: read usage %s: %w", key, errTooManyPages))
		}
		usedKeys[next] = true
		if page, err = fetch(ctx, pageNo+1, size, next); err != nil {
			return fail(err)
		}
	}
}
