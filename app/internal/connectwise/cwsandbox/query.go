package cwsandbox

import (
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// ConnectWise's paging limits: 25 rows unless asked, never more than 1000.
const (
	defaultPageSize = 25
	maxPageSize     = 1000
)

// listQuery is a parsed list or count request.
type listQuery struct {
	match       predicate // nil: every row
	order       []orderKey
	fields      []*accessor // nil: whole rows
	page        int
	pageSize    int
	pageID      int
	forwardOnly bool
}

type orderKey struct {
	acc  *accessor
	desc bool
}

// parseListQuery reads conditions, orderBy, fields, page, pageSize, pageId and the
// pagination-type header for rows of type t.
func (s *Server) parseListQuery(r *http.Request, t reflect.Type, resource string) (listQuery, *errorBody) {
	q := r.URL.Query()
	lq := listQuery{page: 1, pageSize: defaultPageSize}
	if c := strings.TrimSpace(q.Get("conditions")); c != "" {
		e, err := ParseConditions(c)
		if err == nil {
			lq.match, err = compile(e, t)
		}
		if err != nil {
			return lq, &errorBody{Code: "InvalidObject", Message: "Invalid conditions: " + err.Error()}
		}
	}
	if ob := strings.TrimSpace(q.Get("orderBy")); ob != "" {
		for _, term := range strings.Split(ob, ",") {
			words := strings.Fields(term)
			if len(words) == 0 || len(words) > 2 || (len(words) == 2 && !strings.EqualFold(words[1], "asc") && !strings.EqualFold(words[1], "desc")) {
				return lq, &errorBody{Code: "InvalidObject", Message: "Invalid orderBy: " + strconv.Quote(term)}
			}
			acc, err := resolvePath(t, words[0])
			if err != nil || acc.kind == kindObject {
				return lq, &errorBody{Code: "InvalidObject", Message: "Invalid orderBy: " + strconv.Quote(words[0]) + " is not a sortable field"}
			}
			lq.order = append(lq.order, orderKey{acc: acc, desc: len(words) == 2 && strings.EqualFold(words[1], "desc")})
		}
	}
	if f := strings.TrimSpace(q.Get("fields")); f != "" {
		for _, name := range strings.Split(f, ",") {
			if acc, err := resolvePath(t, strings.TrimSpace(name)); err == nil {
				lq.fields = append(lq.fields, acc)
			} // unknown fields are left out of the reply rather than refused
		}
		if lq.fields == nil {
			lq.fields = []*accessor{}
		}
	}
	var bad *errorBody
	intParam := func(name string, min int, dst *int) {
		v := q.Get(name)
		if v == "" || bad != nil {
			return
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < min {
			bad = &errorBody{Code: "InvalidObject", Message: fmt.Sprintf("The value '%s' is not valid for %s.", v, name)}
			return
		}
		*dst = n
	}
	intParam("page", 1, &lq.page)
	intParam("pageSize", 1, &lq.pageSize)
	intParam("pageId", 0, &lq.pageID)
	if bad != nil {
		return lq, bad
	}
	lq.pageSize = min(lq.pageSize, maxPageSize)
	lq.forwardOnly = strings.EqualFold(r.Header.Get("pagination-type"), "forward-only") && !slices.Contains(s.opts.NavigableOnly, resource)
	if lq.forwardOnly && lq.order != nil {
		return lq, &errorBody{Code: "InvalidObject", Message: "orderBy is not supported with forward-only pagination."}
	}
	return lq, nil
}

// serveList answers a list request over rows (id order), keeping those in scope.
func serveList[T keyed](s *Server, w http.ResponseWriter, r *http.Request, rowsOf func(*tenant) []T, scope func(T) bool) {
	var zero T
	lq, bad := s.parseListQuery(r, reflect.TypeOf(zero), resourceOf(r))
	if bad != nil {
		writeError(w, http.StatusBadRequest, *bad)
		return
	}
	keep := func(row T) bool {
		return (scope == nil || scope(row)) && (lq.match == nil || lq.match(reflect.ValueOf(row)))
	}
	var page, all []T
	s.mu.RLock()
	rows := rowsOf(s.t)
	if lq.forwardOnly {
		start, _ := slices.BinarySearchFunc(rows, lq.pageID+1, func(row T, id int) int { return row.key() - id })
		for i := start; i < len(rows) && len(page) < lq.pageSize; i++ {
			if keep(rows[i]) {
				page = append(page, rows[i])
			}
		}
	} else {
		for _, row := range rows {
			if keep(row) {
				all = append(all, row)
			}
		}
	}
	s.mu.RUnlock()

	link := ""
	if !lq.forwardOnly {
		sortRows(all, lq.order)
		from := min((lq.page-1)*lq.pageSize, len(all))
		page = all[from:min(from+lq.pageSize, len(all))]
		link = s.navigableLinks(r, lq, len(all))
	}
	if lq.forwardOnly {
		// "There will always be a link header": next while the page is full, else empty.
		w.Header().Set("Link", "")
		if len(page) == lq.pageSize {
			w.Header().Set("Link", "<"+s.pageURL(r, "pageId", page[len(page)-1].key())+`>; rel="next"`)
		}
	} else if link != "" {
		w.Header().Set("Link", link)
	}
	if page == nil {
		page = []T{}
	}
	if lq.fields == nil {
		s.reply(w, http.StatusOK, page)
		return
	}
	out := make([]map[string]any, len(page))
	for i, row := range page {
		out[i] = project(reflect.ValueOf(row), lq.fields)
	}
	s.reply(w, http.StatusOK, out)
}

// serveCount answers a /count request.
func serveCount[T keyed](s *Server, w http.ResponseWriter, r *http.Request, rowsOf func(*tenant) []T, scope func(T) bool) {
	var zero T
	lq, bad := s.parseListQuery(r, reflect.TypeOf(zero), resourceOf(r))
	if bad != nil {
		writeError(w, http.StatusBadRequest, *bad)
		return
	}
	n := 0
	s.mu.RLock()
	for _, row := range rowsOf(s.t) {
		if (scope == nil || scope(row)) && (lq.match == nil || lq.match(reflect.ValueOf(row))) {
			n++
		}
	}
	s.mu.RUnlock()
	s.reply(w, http.StatusOK, map[string]int{"count": n})
}

// serveOne answers GET …/{id}.
func serveOne[T keyed](s *Server, w http.ResponseWriter, r *http.Request, resource string, tableOf func(*tenant) *table[T], scope func(T) bool) {
	id, ok := pathID(w, r, "id")
	if !ok {
		return
	}
	s.mu.RLock()
	row, found := tableOf(s.t).get(id)
	s.mu.RUnlock()
	if !found || (scope != nil && !scope(row)) {
		writeError(w, http.StatusNotFound, notFoundBody(resource, id))
		return
	}
	if f := strings.TrimSpace(r.URL.Query().Get("fields")); f != "" {
		var accs []*accessor
		for _, name := range strings.Split(f, ",") {
			if acc, err := resolvePath(reflect.TypeOf(row), strings.TrimSpace(name)); err == nil {
				accs = append(accs, acc)
			}
		}
		s.reply(w, http.StatusOK, project(reflect.ValueOf(row), accs))
		return
	}
	s.reply(w, http.StatusOK, row)
}

// pathID reads a numeric path value, answering 400 itself when it isn't one.
func pathID(w http.ResponseWriter, r *http.Request, name string) (int, bool) {
	v := r.PathValue(name)
	id, err := strconv.Atoi(v)
	if err != nil || id < 0 {
		writeError(w, http.StatusBadRequest, badRequest(fmt.Sprintf("The value '%s' is not valid for %s.", v, name)))
		return 0, false
	}
	return id, true
}

func resourceOf(r *http.Request) string { return r.URL.Path }

func sortRows[T keyed](rows []T, order []orderKey) {
	if len(order) == 0 {
		return
	}
	slices.SortStableFunc(rows, func(a, b T) int {
		va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
		for _, k := range order {
			x, okx := k.acc.scalar(va)
			y, oky := k.acc.scalar(vb)
			c := 0
			switch {
			case !okx && !oky:
			case !okx:
				c = -1 // nulls first, as SQL Server sorts them
			case !oky:
				c = 1
			default:
				c = compareScalars(x, y)
			}
			if k.desc {
				c = -c
			}
			if c != 0 {
				return c
			}
		}
		return a.key() - b.key()
	})
}

// project builds the partial row `fields=` asks for.
func project(row reflect.Value, accs []*accessor) map[string]any {
	out := map[string]any{}
	for _, a := range accs {
		v, ok := a.value(row)
		if !ok {
			continue
		}
		segs := strings.Split(a.path, "/")
		m := out
		for _, seg := range segs[:len(segs)-1] {
			child, _ := m[seg].(map[string]any)
			if child == nil {
				child = map[string]any{}
				m[seg] = child
			}
			m = child
		}
		m[segs[len(segs)-1]] = v.Interface()
	}
	return out
}

// pageURL is this request's URL with one paging parameter set, as a Link target.
func (s *Server) pageURL(r *http.Request, param string, value int) string {
	q := r.URL.Query()
	q.Del("page")
	q.Del("pageId")
	q.Set(param, strconv.Itoa(value))
	if q.Get("pageSize") == "" {
		q.Set("pageSize", strconv.Itoa(defaultPageSize))
	}
	u := url.URL{Path: apiRoot + r.URL.Path, RawQuery: q.Encode()}
	return s.URL() + u.String()
}

// navigableLinks is the RFC 5988 Link header of a page-numbered reply: first/prev/next/last,
// leaving out what doesn't apply, and nothing at all for a single page.
func (s *Server) navigableLinks(r *http.Request, lq listQuery, total int) string {
	pages := (total + lq.pageSize - 1) / lq.pageSize
	if pages <= 1 {
		return ""
	}
	var links []string
	if lq.page > 1 {
		links = append(links, "<"+s.pageURL(r, "page", 1)+`>; rel="first"`, "<"+s.pageURL(r, "page", min(lq.page-1, pages))+`>; rel="prev"`)
	}
	if lq.page < pages {
		links = append(links, "<"+s.pageURL(r, "page", lq.page+1)+`>; rel="next"`, "<"+s.pageURL(r, "page", pages)+`>; rel="last"`)
	}
	return strings.Join(links, ", ")
}
