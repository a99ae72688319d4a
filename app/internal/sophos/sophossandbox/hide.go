package sophossandbox

// HideTenant leaves a tenant out of the tenant list from now on, as when a customer is
// removed from the partner in Sophos Central. Its usage data stays.
func (s *Server) HideTenant(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.hidden == nil {
		s.hidden = map[string]bool{}
	}
	s.hidden[id] = true
}

// listedTenants are the tenants the tenant list returns.
func (s *Server) listedTenants() []tenantRecord {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.hidden) == 0 {
		return s.data.tenants
	}
	out := make([]tenantRecord, 0, len(s.data.tenants))
	for _, t := range s.data.tenants {
		if !s.hidden[t.id] {
			out = append(out, t)
		}
	}
	return out
}
