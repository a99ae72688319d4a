package customers

import (
	"context"
	"fmt"
	"time"

	"psabridge/db/dbsqlc"
)

// Row is one Sophos tenant as the customers page shows it.
type Row struct {
	TenantID    string `json:"tenantId"`
	Name        string `json:"name"`   // Sophos name
	ShowAs      string `json:"showAs"` // "" when Sophos has none
	BillingType string `json:"billingType"`
	DataRegion  string `json:"dataRegion"`
	Status      string `json:"status"`
	IsNew       bool   `json:"isNew"`
	Gone        bool   `json:"gone"`

	CompanyID         int64  `json:"companyId"` // 0: unmapped
	CompanyName       string `json:"companyName"`
	CompanyIdentifier string `json:"companyIdentifier"`
	AgreementID       int64  `json:"agreementId"` // 0: none
	AgreementName     string `json:"agreementName"`
	SyncEnabled       bool   `json:"syncEnabled"`

	Problems   []Problem        `json:"problems"`
	Suggestion SuggestionResult `json:"suggestion"`
}

// Counts are the filter counts of the page and the landing page's customer figures.
type Counts struct {
	All         int `json:"all"`
	Mapped      int `json:"mapped"` // company and agreement set
	Unmapped    int `json:"unmapped"`
	SyncOn      int `json:"syncOn"`
	Problems    int `json:"problems"`    // tenants with at least one problem
	Suggestions int `json:"suggestions"` // tenants with a suggestion
}

// Overview is everything the customers page shows at once.
type Overview struct {
	Rows   []Row  `json:"rows"`
	Counts Counts `json:"counts"`
}

// Load builds the page from the caches alone (it works offline): every tenant with its
// mapping, problems and suggestion, and the counts.
func Load(ctx context.Context, q *dbsqlc.Queries, now time.Time) (Overview, error) {
	tenants, err := q.ListTenants(ctx)
	if err != nil {
		return Overview{}, fmt.Errorf("read cached tenants: %w", err)
	}
	dir, err := loadDirectory(ctx, q)
	if err != nil {
		return Overview{}, err
	}
	out := Overview{Rows: make([]Row, 0, len(tenants))}
	for _, t := range tenants {
		r := dir.row(t, now)
		out.Rows = append(out.Rows, r)
		out.Counts.add(r)
	}
	return out, nil
}

// LoadCounts is just the counts, for the landing page.
func LoadCounts(ctx context.Context, q *dbsqlc.Queries, now time.Time) (Counts, error) {
	o, err := Load(ctx, q, now)
	return o.Counts, err
}

func loadDirectory(ctx context.Context, q *dbsqlc.Queries) (directory, error) {
	companies, err := q.ListAllCompanies(ctx)
	if err != nil {
		return directory{}, fmt.Errorf("read cached companies: %w", err)
	}
	agreements, err := q.ListAllAgreements(ctx)
	if err != nil {
		return directory{}, fmt.Errorf("read cached agreements: %w", err)
	}
	return newDirectory(companies, agreements), nil
}

func (d directory) row(t dbsqlc.SophosTenant, now time.Time) Row {
	r := Row{
		TenantID: t.ID, Name: t.Name, ShowAs: t.ShowAs, BillingType: t.BillingType, DataRegion: t.DataRegion,
		Status: t.Status, IsNew: t.IsNew == 1, Gone: t.Gone == 1, SyncEnabled: t.SyncEnabled == 1,
		Problems:   append(tenantProblems(t), mappingProblems(t, d.companies, d.agreements, now)...),
		Suggestion: d.suggest(t, now),
	}
	if r.Problems == nil {
		r.Problems = []Problem{}
	}
	if t.CWCompanyID != nil {
		r.CompanyID = *t.CWCompanyID
		c := d.companies[r.CompanyID]
		r.CompanyName, r.CompanyIdentifier = c.Name, c.Identifier
	}
	if t.CWAgreementID != nil {
		r.AgreementID = *t.CWAgreementID
		r.AgreementName = d.agreements[r.AgreementID].Name
	}
	return r
}

func (c *Counts) add(r Row) {
	c.All++
	if r.CompanyID != 0 && r.AgreementID != 0 {
		c.Mapped++
	} else {
		c.Unmapped++
	}
	if r.SyncEnabled {
		c.SyncOn++
	}
	if len(r.Problems) > 0 {
		c.Problems++
	}
	if r.Suggestion.Suggestion != nil {
		c.Suggestions++
	}
}

// AgreementOption is one entry of the agreement select.
type AgreementOption struct {
	ID       int64   `json:"id"`
	Name     string  `json:"name"`
	TypeName string  `json:"typeName"`
	Status   string  `json:"status"`            // ConnectWise agreementStatus
	Problem  Problem `json:"problem,omitempty"` // cancelled, expired or inactive
	Usable   bool    `json:"usable"`            // false: listed and marked, selectable only on request
	ParentID int64   `json:"parentId"`          // 0: not a child agreement
	EndDate  int64   `json:"endDate"`           // unix ms, 0: none
	Cycle    string  `json:"billingCycle"`
	Prorate  bool    `json:"prorate"`
}

// CompanyAgreements lists a company's cached agreements for the select, all statuses,
// each marked whether usage may be billed to it.
func CompanyAgreements(ctx context.Context, q *dbsqlc.Queries, companyID int64, now time.Time) ([]AgreementOption, error) {
	rows, err := q.ListCompanyAgreements(ctx, companyID)
	if err != nil {
		return nil, fmt.Errorf("read agreements of company %d: %w", companyID, err)
	}
	out := make([]AgreementOption, len(rows))
	for i, a := range rows {
		p := agreementProblem(a, now)
		out[i] = AgreementOption{ID: a.ID, Name: a.Name, TypeName: a.TypeName, Status: a.AgreementStatus, Problem: p,
			Usable: p == "", EndDate: a.EndDate, Cycle: a.BillingCycleName, Prorate: a.ProrateFlag == 1}
		if a.ParentAgreementID != nil {
			out[i].ParentID = *a.ParentAgreementID
		}
	}
	return out, nil
}
