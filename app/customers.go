package app

import (
	"errors"
	"time"

	"psabridge/app/internal/customers"
	"psabridge/app/internal/jobs"
	"psabridge/app/internal/workspace"
)

// CustomersService backs the page "Kunden" [Customers]: each Sophos tenant mapped to a
// ConnectWise company and agreement, with its usage-sync switch. Everything but Refresh
// reads the local caches, so the page works offline.
type CustomersService struct{ app *App }

// The page's DTOs are the domain's, which are plain JSON-tagged values made for it
// (problem and reason codes are the i18n keys' tails).
type (
	CustomersOverview = customers.Overview
	CustomerCounts    = customers.Counts
	CompanyMatch      = customers.CompanyMatch
	AgreementOption   = customers.AgreementOption
	CustomerChange    = customers.Change
)

// customerParts are the refresh parts the page's caches come from.
var customerParts = []workspace.Part{workspace.PartCustomers, workspace.PartTenants}

// Overview returns every tenant as a row with its mapping, problems and suggestion (or why
// there is none), and the counts of the page's filters.
func (s *CustomersService) Overview() (CustomersOverview, error) {
	ws, ctx := s.app.use()
	o, err := customers.Load(ctx, ws.DB.Reader(), time.Now())
	return o, classified(err)
}

// SearchCompanies is the company combobox: at least two characters, by name and identifier,
// deleted companies never, inactive ones only when asked.
func (s *CustomersService) SearchCompanies(text string, includeInactive bool) ([]CompanyMatch, error) {
	ws, ctx := s.app.use()
	out, err := customers.SearchCompanies(ctx, ws.DB.Reader(), text, includeInactive)
	return out, classified(err)
}

// Agreements lists a company's agreements for the select; cancelled, expired and inactive
// ones are included but not Usable (the page offers them only on request).
func (s *CustomersService) Agreements(companyID int64) ([]AgreementOption, error) {
	ws, ctx := s.app.use()
	out, err := customers.CompanyAgreements(ctx, ws.DB.Reader(), companyID, time.Now())
	return out, classified(err)
}

// Save applies the page's staged rows (accepted suggestions among them) in one transaction,
// all or none. A rejected change comes back as CodeInvalid naming the tenant and field.
func (s *CustomersService) Save(changes []CustomerChange) error {
	ws, ctx := s.app.use()
	err := customers.Save(ctx, ws.DB, changes, time.Now())
	if err == nil {
		s.app.emit().Emit(EventCustomersUpdated, len(changes))
	}
	return classified(err)
}

// Refresh brings the page's caches up to date in the background: the ConnectWise companies
// and agreements, and the Sophos tenants (workspace refresh parts, so it never runs beside
// the same part of a "refresh everything"). "customers:updated" follows each part's end;
// a part that is running already is left to finish.
func (s *CustomersService) Refresh() error {
	ws := s.app.ws()
	emit := s.app.emit()
	for _, part := range customerParts {
		_, err := ws.StartRefresh(part, nil, func(res workspace.PartResult) {
			if res.Err != nil {
				s.app.opts.Log.Warn("customer refresh failed", "part", part, "err", res.Err)
			}
			emit.Emit(EventCustomersUpdated, 0)
		})
		if err != nil && !errors.Is(err, jobs.ErrRunning) {
			return classified(err)
		}
	}
	return nil
}

// CustomersRefreshState is whether the page's caches are being refreshed, and which part's
// last refresh failed (the page keeps showing the cache and says what could not be read).
type CustomersRefreshState struct {
	Running  bool                 `json:"running"`
	Failures []PartRefreshFailure `json:"failures"`
}

// PartRefreshFailure is the error of one refresh part's last run ("customers": ConnectWise
// companies and agreements, "tenants": the Sophos tenants).
type PartRefreshFailure struct {
	Part  string `json:"part"`
	Error *Error `json:"error"`
}

// reasonNotConnected marks a part that failed because its account is not set up.
const reasonNotConnected = "not_connected"

// RefreshState reports the page's refresh: running, and each part's failure of its last run.
func (s *CustomersService) RefreshState() CustomersRefreshState {
	ws := s.app.ws()
	out := CustomersRefreshState{Failures: []PartRefreshFailure{}}
	for _, part := range customerParts {
		if h := ws.Jobs.Last(part.Kind()); h != nil && h.Running() {
			out.Running = true
		}
		if h := ws.Jobs.Finished(part.Kind()); h != nil && h.Err() != nil {
			e := classify(h.Err(), CodeUpstream)
			if errors.Is(h.Err(), workspace.ErrNotConnected) {
				e.Reason = reasonNotConnected
			}
			out.Failures = append(out.Failures, PartRefreshFailure{Part: string(part), Error: e})
		}
	}
	return out
}

// customerDomainError names the tenant and field of the first rejected change; the message
// lists all of them.
func customerDomainError(err error) *Error {
	saveErr, ok := errors.AsType[*customers.SaveError](err)
	if !ok || len(saveErr.Changes) == 0 {
		return nil
	}
	first := saveErr.Changes[0]
	return &Error{Code: CodeInvalid, Record: first.TenantID, Field: string(first.Field), Reason: string(first.Code), Message: saveErr.Error(), Err: err}
}
