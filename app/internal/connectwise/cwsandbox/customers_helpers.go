package cwsandbox

import "fmt"

// CompanyEdit is the part of a company a test may change behind the client's back.
type CompanyEdit struct {
	Name     string
	Inactive bool // status "Inactive" rather than "Active"
	Deleted  bool // deletedFlag: in ConnectWise's recycle bin
}

// EditCompany changes a company as a user of ConnectWise would; its lastUpdated moves to now.
func (s *Server) EditCompany(id int, edit func(*CompanyEdit)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	cur, ok := s.t.companies.get(id)
	if !ok {
		return fmt.Errorf("cwsandbox: no company %d", id)
	}
	e := CompanyEdit{Name: cur.Name, Inactive: cur.Status != nil && cur.Status.Name == "Inactive", Deleted: cur.DeletedFlag}
	edit(&e)
	next := *cur
	next.Name, next.DeletedFlag = e.Name, e.Deleted
	next.Status = newRef(1, "", "Active", "status_href", "company/companies/statuses")
	if e.Inactive {
		next.Status = newRef(2, "", "Inactive", "status_href", "company/companies/statuses")
	}
	next.Info.LastUpdated, next.Info.UpdatedBy = at(s.now()), demoAPIMember
	s.t.companies.put(&next)
	return nil
}

// PurgeCompany removes a company outright (beyond the recycle bin).
func (s *Server) PurgeCompany(id int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.t.companies.remove(id) {
		return fmt.Errorf("cwsandbox: no company %d", id)
	}
	return nil
}

// DeleteAgreement removes an agreement outright.
func (s *Server) DeleteAgreement(id int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.t.agreements.remove(id) {
		return fmt.Errorf("cwsandbox: no agreement %d", id)
	}
	return nil
}

// CompanyIDs are the ids of every company (customers and vendors), ascending.
func (s *Server) CompanyIDs() []int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	ids := make([]int, len(s.t.companies.rows))
	for i, c := range s.t.companies.rows {
		ids[i] = c.ID
	}
	return ids
}
