package cwsandbox

import (
	"fmt"
	"sort"
	"time"
)

// Test and benchmark helpers for agreements and their additions: set up a precise state,
// change it behind a client's back the way a ConnectWise user would, and inspect it.

// AddCompany adds a client company and returns its id.
func (s *Server) AddCompany(identifier, name string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := max(s.t.companies.maxID()+1, 50001)
	c := &company{ID: id, Identifier: identifier, Name: name, Info: info{LastUpdated: at(s.now()), UpdatedBy: demoAPIMember}}
	c.self = newRef(c.ID, c.Identifier, c.Name, "company_href", "company/companies")
	s.t.companies.put(c)
	return id
}

// AgreementSeed describes an agreement to add.
type AgreementSeed struct {
	CompanyID   int
	Name        string // empty: "Sophos Security Services"
	ProrateFlag bool
	EndDate     time.Time // zero: no ending date
}

// AddAgreement adds an active agreement to an existing company and returns its id.
func (s *Server) AddAgreement(seed AgreementSeed) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.t.companies.get(seed.CompanyID)
	if !ok {
		return 0, fmt.Errorf("cwsandbox: no company %d", seed.CompanyID)
	}
	a := &agreement{ID: max(s.t.agreements.maxID()+1, 6001), Name: seed.Name, Company: c.self,
		Type:      newRef(agreementTypeSecurity, "", "Security Services", "type_href", "finance/agreements/types"),
		StartDate: at(demoEpoch.AddDate(-2, 0, 0)), NoEndingDateFlag: seed.EndDate.IsZero(), ProrateFlag: seed.ProrateFlag,
		InvoiceProratedAdditionsFlag: seed.ProrateFlag, BillingCycle: s.t.lookups.billingCycles[1], BillProducts: "Billable",
		AgreementStatus: "Active", Info: info{LastUpdated: at(s.now()), UpdatedBy: demoAPIMember}}
	if a.Name == "" {
		a.Name = "Sophos Security Services"
	}
	if !seed.EndDate.IsZero() {
		a.EndDate = at(seed.EndDate)
		if seed.EndDate.Before(s.now()) {
			a.AgreementStatus = "Expired"
		}
	}
	s.t.agreements.put(a)
	return a.ID, nil
}

// AdditionSeed describes an addition to add, as if a user had entered it in ConnectWise.
type AdditionSeed struct {
	AgreementID   int
	ProductID     int // a catalog item id
	Quantity      float64
	EffectiveDate time.Time // zero: the agreement's start
	CancelledDate time.Time // zero: not cancelled; past: ended; future: still billing until then
}

// AddAddition adds an addition and returns its id.
func (s *Server) AddAddition(seed AdditionSeed) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ag, ok := s.t.agreements.get(seed.AgreementID)
	if !ok {
		return 0, fmt.Errorf("cwsandbox: no agreement %d", seed.AgreementID)
	}
	it, ok := s.t.catalog.get(seed.ProductID)
	if !ok {
		return 0, fmt.Errorf("cwsandbox: no catalog item %d", seed.ProductID)
	}
	a := &addition{ID: s.nextIDs["addition"], AgreementID: ag.ID, Product: productRef(it), Quantity: seed.Quantity,
		UnitPrice: it.Price, UnitCost: it.Cost, BillCustomer: "Billable", EffectiveDate: ag.StartDate,
		Description: it.Description, Info: info{LastUpdated: at(s.now()), UpdatedBy: demoAPIMember, DateEntered: at(s.now()), EnteredBy: demoAPIMember}}
	s.nextIDs["addition"]++
	if !seed.EffectiveDate.IsZero() {
		a.EffectiveDate = at(seed.EffectiveDate)
	}
	if !seed.CancelledDate.IsZero() {
		a.CancelledDate = at(seed.CancelledDate)
	}
	derive(a)
	s.t.additions.put(a)
	return a.ID, nil
}

// AdditionState is what a test checks about an addition.
type AdditionState struct {
	ID, AgreementID, ProductID int
	Quantity                   float64
	BillCustomer               string
	UnitPrice                  float64
	EffectiveDate              time.Time
	CancelledDate              time.Time // zero: not cancelled
}

// AgreementAdditions lists an agreement's additions, cancelled ones included, by id.
func (s *Server) AgreementAdditions(agreementID int) []AdditionState {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []AdditionState
	for _, a := range s.t.additions.rows {
		if a.AgreementID != agreementID {
			continue
		}
		st := AdditionState{ID: a.ID, AgreementID: a.AgreementID, Quantity: a.Quantity, BillCustomer: a.BillCustomer,
			UnitPrice: a.UnitPrice, EffectiveDate: a.EffectiveDate.Time, CancelledDate: a.CancelledDate.Time}
		if a.Product != nil {
			st.ProductID = a.Product.ID
		}
		out = append(out, st)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// editAddition changes an addition as a ConnectWise user would; lastUpdated moves to now.
func (s *Server) editAddition(id int, edit func(*addition)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	cur, ok := s.t.additions.get(id)
	if !ok {
		return fmt.Errorf("cwsandbox: no addition %d", id)
	}
	next := *cur
	edit(&next)
	derive(&next)
	next.Info.LastUpdated, next.Info.UpdatedBy = at(s.now()), demoAPIMember
	s.t.additions.put(&next)
	return nil
}

// SetAdditionQuantity changes an addition's quantity.
func (s *Server) SetAdditionQuantity(id int, quantity float64) error {
	return s.editAddition(id, func(a *addition) { a.Quantity = quantity })
}

// CancelAddition gives an addition a cancelled date (past: ended; future: billing until then).
func (s *Server) CancelAddition(id int, on time.Time) error {
	return s.editAddition(id, func(a *addition) { a.CancelledDate = at(on) })
}

// DeleteAddition removes an addition, as a ConnectWise user deleting the line would.
func (s *Server) DeleteAddition(id int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.t.additions.remove(id) {
		return fmt.Errorf("cwsandbox: no addition %d", id)
	}
	return nil
}
