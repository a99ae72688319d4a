package app

import (
	"context"
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

// jobCustomersRefresh refreshes the company, agreement and tenant caches.
const jobCustomersRefresh jobs.Kind = "customers.refresh"

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

// Refresh reads companies and agreements from ConnectWise and the tenants from Sophos into
// the caches, in the background; "customers:updated" tells the page when it is done.
func (s *CustomersService) Refresh() error {
	_, err := s.app.startCustomersRefresh(s.app.ws())
	return err
}

// Refreshing reports whether a refresh of the customer caches is running.
func (s *CustomersService) Refreshing() bool {
	h := s.app.ws().Jobs.Last(jobCustomersRefresh)
	return h != nil && h.Running()
}

func (a *App) startCustomersRefresh(ws *workspace.Workspace) (*jobs.Handle, error) {
	if ws.ConnectWise == nil || ws.Sophos == nil {
		return nil, Errorf(CodeInvalid, "Customers need a connection to ConnectWise and to Sophos Central.")
	}
	emit := a.emit()
	h, err := ws.Jobs.Start(jobs.Job{
		Kind: jobCustomersRefresh,
		Run: func(ctx context.Context, _ func(any)) error {
			if _, err := (&customers.Refresher{DB: ws.DB, CW: ws.ConnectWise}).Refresh(ctx, nil); err != nil {
				return err
			}
			_, err := customers.RefreshTenants(ctx, ws.DB, ws.Sophos, time.Now())
			return err
		},
		OnFinish: func(err error) {
			if err != nil {
				a.opts.Log.Warn("customer refresh failed", "err", err)
			}
			emit.Emit(EventCustomersUpdated, 0)
		},
	})
	if errors.Is(err, jobs.ErrRunning) {
		return nil, Errorf(CodeConflict, "A customer refresh is already running.")
	}
	return h, err
}

// customerDomainError names the tenant and field of the first rejected change; the message
// lists all of them.
func customerDomainError(err error) *Error {
	saveErr, ok := errors.AsType[*customers.SaveError](err)
	if !ok || len(saveErr.Changes) == 0 {
		return nil
	}
	first := saveErr.Changes[0]
	return &Error{Code: CodeInvalid, Record: first.TenantID, Field: string(first.Field), Message: saveErr.Error(), Err: err}
}
