package connectwise

import "context"

// The calls a local cache of companies and agreements needs: streamed pages (optionally
// only rows changed since a time, via cond), counts, and cheap id sweeps that find rows
// deleted in ConnectWise.

// CompanyCount counts the companies cond selects (zero: all, deleted ones included).
func (c *Client) CompanyCount(ctx context.Context, cond Cond) (int, error) {
	return c.count(ctx, companiesPath, cond)
}

// EachCompanyIDPage streams the ids of all companies (fields=id).
func (c *Client) EachCompanyIDPage(ctx context.Context, fn func(ids []int) error) error {
	return eachIDPage(ctx, c, companiesPath, fn)
}

// EachAgreementPage streams the agreements cond selects (zero: all), in id order.
func (c *Client) EachAgreementPage(ctx context.Context, cond Cond, fn func(page []Agreement) error) error {
	return eachPage[Agreement](ctx, c, listCall{path: agreementsPath, conditions: cond}, fn)
}

// AgreementCount counts the agreements cond selects (zero: all).
func (c *Client) AgreementCount(ctx context.Context, cond Cond) (int, error) {
	return c.count(ctx, agreementsPath, cond)
}

// EachAgreementIDPage streams the ids of all agreements (fields=id).
func (c *Client) EachAgreementIDPage(ctx context.Context, fn func(ids []int) error) error {
	return eachIDPage(ctx, c, agreementsPath, fn)
}

// eachIDPage streams the ids of every row of a list with fields=id.
func eachIDPage(ctx context.Context, c *Client, path string, fn func(ids []int) error) error {
	return eachPage[idOnly](ctx, c, listCall{path: path, fields: []string{"id"}}, func(page []idOnly) error {
		ids := make([]int, len(page))
		for i, r := range page {
			ids[i] = r.ID
		}
		return fn(ids)
	})
}
