package sophossandbox

import (
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
)

type whoamiReply struct {
	ID       string   `json:"id"`
	IDType   string   `json:"idType"`
	APIHosts apiHosts `json:"apiHosts"`
}

type apiHosts struct {
	Global     string `json:"global"`
	DataRegion string `json:"dataRegion,omitempty"`
}

func (s *Server) handleWhoAmI(w http.ResponseWriter, r *http.Request) {
	who, ok := s.authenticate(w, r)
	if !ok {
		return
	}
	global := s.opts.GlobalHost
	if global == "" {
		global = s.URL() + "/"
	}
	reply := whoamiReply{ID: who.id, IDType: who.idType, APIHosts: apiHosts{Global: global}}
	if who.idType != "partner" { // only partners have no data region
		reply.APIHosts.DataRegion = s.URL()
	}
	writeJSON(w, http.StatusOK, reply)
}

type idRef struct {
	ID string `json:"id"`
}

type tenantItem struct {
	ID            string `json:"id"`
	ShowAs        string `json:"showAs,omitempty"`
	Name          string `json:"name"`
	DataGeography string `json:"dataGeography"`
	DataRegion    string `json:"dataRegion"`
	BillingType   string `json:"billingType"`
	Partner       idRef  `json:"partner"`
	Organization  *idRef `json:"organization,omitempty"`
	APIHost       string `json:"apiHost"`
	Status        string `json:"status,omitempty"` // only for a suspended tenant
}

// tenantJSON renders a tenant; the single-tenant route adds showAs and organization.
func (s *Server) tenantJSON(t tenantRecord, detailed bool) tenantItem {
	item := tenantItem{ID: t.id, Name: t.name, DataGeography: t.geography, DataRegion: t.region,
		BillingType: t.billingType, Partner: idRef{s.data.partnerID}, Status: t.status,
		APIHost: s.URL()} // the sandbox stands in for the regional hosts too, so nothing leaks to Sophos
	if detailed {
		item.ShowAs, item.Organization = t.showAs, &idRef{t.organizationID}
	}
	return item
}

type tenantPages struct {
	Current int `json:"current"`
	Size    int `json:"size"`
	Total   int `json:"total,omitempty"`
	Items   int `json:"items,omitempty"`
	MaxSize int `json:"maxSize"`
}

// handleTenants is GET /partner/v1/tenants: page-based paging.
func (s *Server) handleTenants(w http.ResponseWriter, r *http.Request) {
	page := 1
	if v := r.URL.Query().Get("page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			writeAPIError(w, http.StatusBadRequest, "badRequest", "Invalid page")
			return
		}
		page = n
	}
	size, ok := s.pageSize(w, r, s.opts.TenantPageMaxSize)
	if !ok {
		return
	}
	all := s.listedTenants()
	items := []tenantItem{}
	if start := (page - 1) * size; start < len(all) {
		for _, t := range all[start:min(start+size, len(all))] {
			items = append(items, s.tenantJSON(t, false))
		}
	}
	pages := tenantPages{Current: page, Size: size, MaxSize: s.opts.TenantPageMaxSize}
	if wantsTotal(r) {
		pages.Total, pages.Items = (len(all)+size-1)/size, len(all)
	}
	writeJSON(w, http.StatusOK, struct {
		Items []tenantItem `json:"items"`
		Pages tenantPages  `json:"pages"`
	}{items, pages})
}

// handleTenant is GET /partner/v1/tenants/{tenantId}.
func (s *Server) handleTenant(w http.ResponseWriter, r *http.Request) {
	t, ok := s.data.tenant(r.PathValue("tenantId"))
	if !ok {
		writeAPIError(w, http.StatusNotFound, "notFound", "Tenant not found")
		return
	}
	writeJSON(w, http.StatusOK, s.tenantJSON(t, true))
}

type usagePages struct {
	FromKey string `json:"fromKey,omitempty"`
	NextKey string `json:"nextKey,omitempty"`
	Size    int    `json:"size"`
	Total   int    `json:"total,omitempty"`
	Items   int    `json:"items,omitempty"`
	MaxSize int    `json:"maxSize"`
}

// handleUsage is GET /partner/v1/billing/usage/{year}/{month}: key-based paging, 404 for a
// month without data, accountId (comma-separated) and contactEmail filters.
func (s *Server) handleUsage(w http.ResponseWriter, r *http.Request) {
	year, yErr := strconv.Atoi(r.PathValue("year"))
	month, mErr := strconv.Atoi(r.PathValue("month"))
	if yErr != nil || mErr != nil || month < 1 || month > 12 || year < 1 {
		writeAPIError(w, http.StatusBadRequest, "badRequest", "Invalid year or month")
		return
	}
	ym := yearMonth{year, month}
	all, found := s.data.usage[ym]
	if !found {
		writeAPIError(w, http.StatusNotFound, "notFound", msgNoUsageData)
		return
	}
	size, ok := s.pageSize(w, r, s.opts.UsagePageMaxSize)
	if !ok {
		return
	}
	items := s.filterUsage(all, r)

	start := 0
	if key := r.URL.Query().Get("pageFromKey"); key != "" {
		start = keyIndex(items, ym, key)
		if start < 0 {
			writeAPIError(w, http.StatusBadRequest, "badRequest", "Invalid pageFromKey")
			return
		}
	}
	end := min(start+size, len(items))
	pages := usagePages{Size: size, MaxSize: s.opts.UsagePageMaxSize}
	if start < len(items) {
		pages.FromKey = pageKey(ym, items[start])
	}
	if end < len(items) {
		pages.NextKey = pageKey(ym, items[end])
	}
	if wantsTotal(r) {
		pages.Total, pages.Items = (len(items)+size-1)/size, len(items)
	}
	writeJSON(w, http.StatusOK, struct {
		Items []usageItem `json:"items"`
		Pages usagePages  `json:"pages"`
	}{append([]usageItem{}, items[start:end]...), pages})
}

func (s *Server) filterUsage(all []usageItem, r *http.Request) []usageItem {
	accounts := map[string]bool{}
	for _, id := range strings.Split(r.URL.Query().Get("accountId"), ",") {
		if id = strings.TrimSpace(id); id != "" {
			accounts[id] = true
		}
	}
	if email := strings.TrimSpace(r.URL.Query().Get("contactEmail")); email != "" {
		matched := false
		for _, t := range s.data.tenants {
			if strings.EqualFold(t.contact.email, email) && (len(accounts) == 0 || accounts[t.id]) {
				accounts[t.id], matched = true, true
			}
		}
		if !matched {
			return nil
		}
	}
	if len(accounts) == 0 {
		return all
	}
	var out []usageItem
	for _, item := range all {
		if accounts[item.AccountID] {
			out = append(out, item)
		}
	}
	return out
}

// pageKey is an opaque key naming the first item of a page.
func pageKey(ym yearMonth, item usageItem) string {
	return base64.RawURLEncoding.EncodeToString([]byte(ym.String() + "|" + item.OrderLineItemNumber))
}

// keyIndex finds the item a key names; -1 for a key that is malformed or from another month.
func keyIndex(items []usageItem, ym yearMonth, key string) int {
	raw, err := base64.RawURLEncoding.DecodeString(key)
	if err != nil {
		return -1
	}
	month, line, ok := strings.Cut(string(raw), "|")
	if !ok || month != ym.String() {
		return -1
	}
	for i, item := range items {
		if item.OrderLineItemNumber == line {
			return i
		}
	}
	return -1
}
