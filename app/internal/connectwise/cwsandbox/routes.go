package cwsandbox

import (
	"net/http"
	"strconv"
)

// routes maps resource paths (below /{codebase}/apis/3.0) to handlers. Lists, counts and
// single rows share the generic handlers in query.go; writes live in writes.go.
func (s *Server) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /system/info", s.systemInfo)

	catalog := func(t *tenant) *table[*catalogItem] { return t.catalog }
	readRoutes(s, mux, "/procurement/catalog", "catalogItem", catalog, nil)
	mux.HandleFunc("POST /procurement/catalog", s.createCatalogItem)
	mux.HandleFunc("PATCH /procurement/catalog/{id}", s.patchCatalogItem)
	mux.HandleFunc("DELETE /procurement/catalog/{id}", s.deleteCatalogItem)

	readRoutes(s, mux, "/procurement/categories", "category", func(t *tenant) *table[*lookup] { return t.categories }, nil)
	subcategories := func(t *tenant) *table[*lookup] { return t.subcategories }
	readRoutes(s, mux, "/procurement/subcategories", "subCategory", subcategories, nil)
	mux.HandleFunc("GET /procurement/subcategories/{$}", func(w http.ResponseWriter, r *http.Request) {
		serveList(s, w, r, rowsOf(subcategories), nil)
	})
	// The nested form: subcategories of one category.
	inCategory := func(r *http.Request) func(*lookup) bool {
		parent, _ := strconv.Atoi(r.PathValue("parentId"))
		return func(l *lookup) bool { return l.Category != nil && l.Category.ID == parent }
	}
	for _, p := range []string{"/procurement/categories/{parentId}/subcategories", "/procurement/categories/{parentId}/subcategories/{$}"} {
		mux.HandleFunc("GET "+p, func(w http.ResponseWriter, r *http.Request) {
			serveList(s, w, r, rowsOf(subcategories), inCategory(r))
		})
	}
	mux.HandleFunc("GET /procurement/categories/{parentId}/subcategories/count", func(w http.ResponseWriter, r *http.Request) {
		serveCount(s, w, r, rowsOf(subcategories), inCategory(r))
	})
	readRoutes(s, mux, "/procurement/types", "productType", func(t *tenant) *table[*lookup] { return t.types }, nil)
	readRoutes(s, mux, "/procurement/unitOfMeasures", "unitOfMeasure", func(t *tenant) *table[*lookup] { return t.units }, nil)
	readRoutes(s, mux, "/procurement/manufacturers", "manufacturer", func(t *tenant) *table[*lookup] { return t.manufacturers }, nil)

	readRoutes(s, mux, "/company/companies", "company", func(t *tenant) *table[*company] { return t.companies }, nil)
	readRoutes(s, mux, "/finance/agreements", "agreement", func(t *tenant) *table[*agreement] { return t.agreements }, nil)

	additions := func(t *tenant) *table[*addition] { return t.additions }
	ofAgreement := func(r *http.Request) func(*addition) bool {
		parent, _ := strconv.Atoi(r.PathValue("parentId"))
		return func(a *addition) bool { return a.AgreementID == parent }
	}
	const additionsPath = "/finance/agreements/{parentId}/additions"
	mux.HandleFunc("GET "+additionsPath, func(w http.ResponseWriter, r *http.Request) {
		if s.agreementExists(w, r) {
			serveList(s, w, r, rowsOf(additions), ofAgreement(r))
		}
	})
	mux.HandleFunc("GET "+additionsPath+"/count", func(w http.ResponseWriter, r *http.Request) {
		if s.agreementExists(w, r) {
			serveCount(s, w, r, rowsOf(additions), ofAgreement(r))
		}
	})
	mux.HandleFunc("GET "+additionsPath+"/{id}", func(w http.ResponseWriter, r *http.Request) {
		if s.agreementExists(w, r) {
			serveOne(s, w, r, "addition", additions, ofAgreement(r))
		}
	})
	mux.HandleFunc("POST "+additionsPath, s.createAddition)
	mux.HandleFunc("PATCH "+additionsPath+"/{id}", s.patchAddition)
	return mux
}

// readRoutes registers list, count and get-by-id for one resource.
func readRoutes[T keyed](s *Server, mux *http.ServeMux, path, resource string, tableOf func(*tenant) *table[T], scope func(T) bool) {
	mux.HandleFunc("GET "+path, func(w http.ResponseWriter, r *http.Request) {
		serveList(s, w, r, rowsOf(tableOf), scope)
	})
	mux.HandleFunc("GET "+path+"/count", func(w http.ResponseWriter, r *http.Request) {
		serveCount(s, w, r, rowsOf(tableOf), scope)
	})
	mux.HandleFunc("GET "+path+"/{id}", func(w http.ResponseWriter, r *http.Request) {
		serveOne(s, w, r, resource, tableOf, scope)
	})
}

func rowsOf[T keyed](tableOf func(*tenant) *table[T]) func(*tenant) []T {
	return func(t *tenant) []T { return tableOf(t).rows }
}

// agreementExists answers 404 itself when the path's agreement doesn't exist.
func (s *Server) agreementExists(w http.ResponseWriter, r *http.Request) bool {
	id, ok := pathID(w, r, "parentId")
	if !ok {
		return false
	}
	s.mu.RLock()
	_, found := s.t.agreements.get(id)
	s.mu.RUnlock()
	if !found {
		writeError(w, http.StatusNotFound, notFoundBody("agreement", id))
	}
	return found
}

// systemInfo answers /system/info, the call clients use to check credentials.
func (s *Server) systemInfo(w http.ResponseWriter, r *http.Request) {
	s.reply(w, http.StatusOK, map[string]any{
		"version": demoVersion, "isCloud": false, "serverTimeZone": "W. Europe Standard Time",
		"licenseBits": []any{}, "cloudRegion": "", "companyName": demoCompanyName,
	})
}
