package cwsandbox

import (
	"fmt"
	"strconv"
	"time"
)

// CatalogItemEdit is the part of a catalog item a test may change behind the client's back.
type CatalogItemEdit struct {
	Identifier          string
	Description         string
	CustomerDescription string
	Price, Cost         float64
	Inactive            bool
}

// EditCatalogItem changes a catalog item as a user of ConnectWise would: edit receives the
// current values, and the item's lastUpdated moves to now.
func (s *Server) EditCatalogItem(id int, edit func(*CatalogItemEdit)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	cur, ok := s.t.catalog.get(id)
	if !ok {
		return fmt.Errorf("cwsandbox: no catalog item %d", id)
	}
	e := CatalogItemEdit{Identifier: cur.Identifier, Description: cur.Description,
		CustomerDescription: cur.CustomerDescription, Price: cur.Price, Cost: cur.Cost, Inactive: cur.InactiveFlag}
	edit(&e)
	next := *cur
	next.Identifier, next.Description, next.CustomerDescription = e.Identifier, e.Description, e.CustomerDescription
	next.Price, next.Cost, next.InactiveFlag = e.Price, e.Cost, e.Inactive
	next.Info.LastUpdated, next.Info.UpdatedBy = at(s.now()), demoAPIMember
	s.t.putItem(&next)
	return s.saveState()
}

// SetCatalogItemInactive marks a catalog item inactive (or active again).
func (s *Server) SetCatalogItemInactive(id int, inactive bool) error {
	return s.EditCatalogItem(id, func(e *CatalogItemEdit) { e.Inactive = inactive })
}

// DeleteCatalogItem removes a catalog item outright, even one in use (the API refuses that).
func (s *Server) DeleteCatalogItem(id int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.t.removeItem(id) {
		return fmt.Errorf("cwsandbox: no catalog item %d", id)
	}
	return s.saveState()
}

// CatalogItemIDs are the ids of every catalog item, ascending.
func (s *Server) CatalogItemIDs() []int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	ids := make([]int, len(s.t.catalog.rows))
	for i, it := range s.t.catalog.rows {
		ids[i] = it.ID
	}
	return ids
}

// CatalogItemID finds a catalog item's id by identifier (any letter case).
func (s *Server) CatalogItemID(identifier string) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.t.identifierOwner(identifier)
}

// CatalogItemLastUpdated is the stored _info.lastUpdated of a catalog item.
func (s *Server) CatalogItemLastUpdated(id int) (time.Time, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	it, ok := s.t.catalog.get(id)
	if !ok {
		return time.Time{}, false
	}
	return it.Info.LastUpdated.Time, true
}

// CatalogLen is the number of catalog items.
func (s *Server) CatalogLen() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.t.catalog.rows)
}

// CancelAgreement cancels an agreement as of the given day, as a user would in ConnectWise.
func (s *Server) CancelAgreement(id int, on time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	cur, ok := s.t.agreements.get(id)
	if !ok {
		return fmt.Errorf("cwsandbox: no agreement %d", id)
	}
	next := *cur
	next.CancelledFlag, next.DateCancelled, next.AgreementStatus = true, at(on), "Cancelled"
	next.Info.LastUpdated, next.Info.UpdatedBy = at(s.now()), demoAPIMember
	s.t.agreements.put(&next)
	return s.saveState()
}

// AgreementIDs are the ids of a company's agreements, ascending.
func (s *Server) AgreementIDs(companyID int) []int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var ids []int
	for _, a := range s.t.agreements.rows {
		if a.Company != nil && a.Company.ID == companyID {
			ids = append(ids, a.ID)
		}
	}
	return ids
}

func itoa(n int) string { return strconv.Itoa(n) }
