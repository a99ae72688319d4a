package sophossandbox

import "net/http"

type licenseProduct struct {
	Code        string `json:"code"`
	Name        string `json:"name"`
	GenericCode string `json:"genericCode"`
}

type licenseUsage struct {
	Current struct {
		Count       float64 `json:"count"`
		Date        string  `json:"date"`
		CollectedAt string  `json:"collectedAt"`
	} `json:"current"`
}

type license struct {
	ID                string         `json:"id"`
	LicenseIdentifier string         `json:"licenseIdentifier"`
	Product           licenseProduct `json:"product"`
	StartDate         string         `json:"startDate"`
	EndDate           string         `json:"endDate,omitempty"`
	Perpetual         bool           `json:"perpetual"`
	Type              string         `json:"type"`
	Quantity          float64        `json:"quantity"`
	Unlimited         bool           `json:"unlimited"`
	Usage             licenseUsage   `json:"usage"`
}

// handleLicenses is GET /licenses/v1/licenses with X-Tenant-ID: the tenant's usage licences,
// one per product of its latest month, with the measured count as current usage.
func (s *Server) handleLicenses(w http.ResponseWriter, r *http.Request) {
	who, ok := s.authenticate(w, r)
	if !ok {
		return
	}
	tenantID := r.Header.Get("X-Tenant-ID")
	if tenantID == "" {
		writeAPIError(w, http.StatusBadRequest, "missingTenantId", "Missing X-Tenant-ID header")
		return
	}
	t, known := s.data.tenant(tenantID)
	allowed := known && (who.idType == "partner" || (who.idType == "tenant" && who.id == tenantID))
	if !allowed {
		writeAPIError(w, http.StatusForbidden, "forbidden", "The caller may not access this tenant")
		return
	}
	latest := s.data.latest()
	byCode := map[string]*license{}
	var order []string
	for _, item := range s.data.usage[latest] {
		if item.AccountID != t.id {
			continue
		}
		l := byCode[item.ProductCode]
		if l == nil {
			l = &license{ID: stableUUID("license/" + t.id + "/" + item.ProductCode),
				LicenseIdentifier: item.AccountNumberOrSerialNumber,
				Product:           licenseProduct{Code: item.ProductCode, Name: item.ProductDescription, GenericCode: item.SKU},
				StartDate:         s.data.months[0].firstDay(), Type: "usage"}
			l.Usage.Current.Date = latest.lastDay()
			l.Usage.Current.CollectedAt = latest.lastDay() + "T00:00:00.000Z"
			byCode[item.ProductCode] = l
			order = append(order, item.ProductCode)
		}
		l.Quantity += item.BillableQuantity
		l.Usage.Current.Count += item.ActualQuantity
	}
	licenses := make([]license, 0, len(order))
	for _, code := range order {
		licenses = append(licenses, *byCode[code])
	}
	writeJSON(w, http.StatusOK, struct {
		Tenant   idRef     `json:"tenant"`
		Licenses []license `json:"licenses"`
	}{idRef{t.id}, licenses})
}
