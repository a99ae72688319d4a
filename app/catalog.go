package app

import (
	"database/sql"
	"errors"
	"time"

	"psabridge/app/internal/catalog"
)

// CatalogService serves the local copy of the ConnectWise catalog: the product typeahead,
// item details, the cache's state and its refresh. Reads work offline.
type CatalogService struct{ app *App }

// CatalogMatch is one typeahead result.
type CatalogMatch struct {
	ID                     int64   `json:"id"`
	Identifier             string  `json:"identifier"`
	Description            string  `json:"description"`
	Inactive               bool    `json:"inactive"`
	ManufacturerPartNumber string  `json:"manufacturerPartNumber"`
	VendorSku              string  `json:"vendorSku"`
	Price                  float64 `json:"price"`
	UnitOfMeasure          string  `json:"unitOfMeasure"` // with the price, tells 1-month and 1-year variants apart
	// MappedTo are the Sophos products already mapped to this item ("bereits zugeordnet").
	MappedTo []CatalogMapping `json:"mappedTo"`
}

// CatalogMapping is a Sophos product mapped to a catalog item.
type CatalogMapping struct {
	ProductKey  string `json:"productKey"`
	Description string `json:"description"`
	SyncEnabled bool   `json:"syncEnabled"`
}

// CatalogMatches are one typeahead answer; HasMore: more items match than the 20 shown.
type CatalogMatches struct {
	Matches []CatalogMatch `json:"matches"`
	HasMore bool           `json:"hasMore"`
}

// Search returns up to 20 catalog items matching text (at least 2 characters; every word
// as a prefix; identifier prefix matches first). Inactive items only when asked.
func (s *CatalogService) Search(text string, includeInactive bool) ([]CatalogMatch, error) {
	found, err := s.Find(text, includeInactive)
	return found.Matches, err
}

// Find is Search for the typeahead: the matches, and whether more match than are shown.
func (s *CatalogService) Find(text string, includeInactive bool) (CatalogMatches, error) {
	ws, ctx := s.app.use()
	found, err := catalog.Find(ctx, ws.DB.Reader(),
		catalog.Query{Text: text, IncludeInactive: includeInactive})
	if tooLong := (*catalog.QueryTooLongError)(nil); errors.As(err, &tooLong) {
		return CatalogMatches{}, InvalidField("search", "Search text is too long: at most %d characters and %d words.",
			catalog.MaxQueryLength, catalog.MaxQueryWords)
	}
	if err != nil {
		return CatalogMatches{}, err
	}
	out := CatalogMatches{Matches: make([]CatalogMatch, len(found.Matches)), HasMore: found.HasMore}
	for i, m := range found.Matches {
		mapped := make([]CatalogMapping, len(m.MappedTo))
		for j, p := range m.MappedTo {
			mapped[j] = CatalogMapping{ProductKey: p.ProductKey, Description: p.Description, SyncEnabled: p.SyncEnabled}
		}
		out.Matches[i] = CatalogMatch{ID: m.ID, Identifier: m.Identifier, Description: m.Description, Inactive: m.Inactive,
			ManufacturerPartNumber: m.ManufacturerPartNumber, VendorSku: m.VendorSKU, Price: m.Price,
			UnitOfMeasure: m.UnitOfMeasure, MappedTo: mapped}
	}
	return out, nil
}

// CatalogProgress is the payload of EventCatalogProgress.
type CatalogProgress struct {
	Phase string `json:"phase"`
	Done  int    `json:"done"`
	Total int    `json:"total"`
}

// CatalogRefreshOutcome is the payload of EventCatalogFinished.
type CatalogRefreshOutcome struct {
	Full    bool   `json:"full"`
	Written int    `json:"written"`
	Deleted int    `json:"deleted"`
	Total   int    `json:"total"`
	Error   *Error `json:"error,omitempty"`
}

// Reference is a named ConnectWise record; id 0 means none.
type Reference struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// CatalogItemDetails is every cached field of one catalog item.
type CatalogItemDetails struct {
	ID                     int64     `json:"id"`
	Identifier             string    `json:"identifier"`
	Description            string    `json:"description"`
	CustomerDescription    string    `json:"customerDescription"`
	Inactive               bool      `json:"inactive"`
	Category               Reference `json:"category"`
	Subcategory            Reference `json:"subcategory"`
	Type                   Reference `json:"type"`
	ProductClass           string    `json:"productClass"`
	UnitOfMeasure          Reference `json:"unitOfMeasure"`
	Price                  float64   `json:"price"`
	Cost                   float64   `json:"cost"`
	Taxable                bool      `json:"taxable"`
	Manufacturer           Reference `json:"manufacturer"`
	ManufacturerPartNumber string    `json:"manufacturerPartNumber"`
	VendorSku              string    `json:"vendorSku"`
	VendorName             string    `json:"vendorName"`
	Notes                  string    `json:"notes"`
	BillableOption         string    `json:"billableOption"`
	Recurring              bool      `json:"recurring"`
	LastUpdated            int64     `json:"lastUpdated"` // unix ms, from ConnectWise
}

// Item returns one cached catalog item.
func (s *CatalogService) Item(id int64) (CatalogItemDetails, error) {
	ws, ctx := s.app.use()
	row, err := ws.DB.Reader().GetCatalogItem(ctx, id)
	if errors.Is(err, sql.ErrNoRows) {
		return CatalogItemDetails{}, Errorf(CodeNotFound, "Catalog item %d is not in the local catalog.", id)
	}
	if err != nil {
		return CatalogItemDetails{}, err
	}
	it := catalog.FromRow(row)
	r := func(x catalog.Ref) Reference { return Reference{x.ID, x.Name} }
	return CatalogItemDetails{
		ID: it.ID, Identifier: it.Identifier, Description: it.Description, CustomerDescription: it.CustomerDescription,
		Inactive: it.Inactive, Category: r(it.Category), Subcategory: r(it.Subcategory), Type: r(it.Type),
		ProductClass: it.ProductClass, UnitOfMeasure: r(it.UnitOfMeasure), Price: it.Price, Cost: it.Cost,
		Taxable: it.Taxable, Manufacturer: r(it.Manufacturer), ManufacturerPartNumber: it.ManufacturerPartNumber,
		VendorSku: it.VendorSKU, VendorName: it.VendorName, Notes: it.Notes, BillableOption: it.BillableOption,
		Recurring: it.Recurring, LastUpdated: it.LastUpdated.UnixMilli(),
	}, nil
}

// CatalogStatus is the state of the local catalog for the landing page and the typeahead.
type CatalogStatus struct {
	Connected       bool             `json:"connected"`       // a ConnectWise connection is set up
	ItemCount       int64            `json:"itemCount"`       // items in the cache
	LastFullRefresh int64            `json:"lastFullRefresh"` // unix ms; 0 = never
	LastRefresh     int64            `json:"lastRefresh"`     // unix ms of any refresh; 0 = never
	AgeMs           int64            `json:"ageMs"`           // since the last refresh; -1 = never
	Refreshing      bool             `json:"refreshing"`
	Progress        *CatalogProgress `json:"progress,omitempty"`
	Offline         bool             `json:"offline"` // the last refresh could not reach ConnectWise
	LastError       *Error           `json:"lastError,omitempty"`
}

// Status reports the cache's size, age and any running or failed refresh.
func (s *CatalogService) Status() (CatalogStatus, error) {
	ws, ctx := s.app.use()
	st, err := ws.DB.Reader().GetCatalogState(ctx)
	if err != nil {
		return CatalogStatus{}, err
	}
	running := false
	var progress any
	if h := ws.Jobs.Last(jobCatalogRefresh); h != nil && h.Running() {
		running, progress = true, h.Progress()
	}
	var lastErr *Error
	if h := ws.Jobs.Finished(jobCatalogRefresh); h != nil && h.Err() != nil {
		lastErr = refreshError(h.Err())
	}
	out := CatalogStatus{
		Connected: ws.ConnectWiseConnected(), ItemCount: st.ItemCount,
		LastFullRefresh: st.LastFullRefresh, LastRefresh: st.LastRefresh, AgeMs: -1,
		Refreshing: running, LastError: lastErr, Offline: lastErr != nil && lastErr.Code == CodeOffline,
	}
	if st.LastRefresh > 0 {
		out.AgeMs = time.Now().UnixMilli() - st.LastRefresh
	}
	if running {
		p := catalogProgress(progress)
		out.Progress = &p
	}
	return out, nil
}

// Refresh starts a refresh in the background (full, or only what changed) and returns at
// once; progress arrives as "catalog:progress" events, the outcome as "catalog:finished".
func (s *CatalogService) Refresh(full bool) error {
	_, err := s.app.startCatalogRefresh(s.app.ws(), full)
	return err
}

// CancelRefresh stops a running refresh; the cache keeps its previous content.
func (s *CatalogService) CancelRefresh() error {
	s.app.ws().Jobs.Cancel(jobCatalogRefresh)
	return nil
}
