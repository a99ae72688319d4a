package connectwise

import (
	"context"
	"strconv"
	"time"
)

const companiesPath = "/company/companies"

// Company is a ConnectWise company (a customer, vendor or prospect).
type Company struct {
	ID           int               `json:"id"`
	Identifier   string            `json:"identifier"`
	Name         string            `json:"name"`
	Status       Reference         `json:"status"`
	Types        []Reference       `json:"types"`
	City         string            `json:"city"`
	DeletedFlag  bool              `json:"deletedFlag"`
	IsVendorFlag bool              `json:"isVendorFlag"`
	Info         map[string]string `json:"_info,omitempty"`
	LastUpdated  time.Time         `json:"-"` // _info.lastUpdated, parsed
}

func (r *Company) recordID() int { return r.ID }
func (r *Company) afterDecode()  { r.LastUpdated = parseTime(r.Info["lastUpdated"]) }

// SearchCompanies lists companies whose name contains nameContains (case-insensitively;
// empty lists all), leaving out deleted companies, in id order.
func (c *Client) SearchCompanies(ctx context.Context, nameContains string) ([]Company, error) {
	cond := Eq("deletedFlag", false)
	if nameContains != "" {
		cond = And(Contains("name", nameContains), cond)
	}
	return collect[Company](ctx, c, listCall{path: companiesPath, conditions: cond})
}

// EachCompanyPage streams the companies cond selects (zero: all, deleted ones included).
func (c *Client) EachCompanyPage(ctx context.Context, cond Cond, fn func(page []Company) error) error {
	return eachPage[Company](ctx, c, listCall{path: companiesPath, conditions: cond}, fn)
}

// GetCompany reads one company.
func (c *Client) GetCompany(ctx context.Context, id int) (Company, error) {
	var co Company
	if err := c.checkID("GET "+companiesPath, "company", id); err != nil {
		return co, err
	}
	err := c.getJSON(ctx, companiesPath+"/"+strconv.Itoa(id), nil, &co)
	return co, err
}
