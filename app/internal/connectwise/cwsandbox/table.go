package cwsandbox

import "sort"

// table holds rows ordered by id, the order forward-only paging walks.
// Rows are never changed in place: a write stores a new row (copy-on-write), so a page
// picked under the read lock can be encoded after the lock is released.
type table[T keyed] struct {
	rows []T
	byID map[int]T
}

func newTable[T keyed](rows []T) *table[T] {
	t := &table[T]{rows: make([]T, 0, len(rows)), byID: make(map[int]T, len(rows))}
	for _, r := range rows {
		t.put(r)
	}
	return t
}

func (t *table[T]) get(id int) (T, bool) {
	r, ok := t.byID[id]
	return r, ok
}

// put inserts a row or replaces the row with the same id.
func (t *table[T]) put(r T) {
	id := r.key()
	if _, ok := t.byID[id]; ok {
		t.rows[t.indexOf(id)] = r
	} else if n := len(t.rows); n == 0 || t.rows[n-1].key() < id {
		t.rows = append(t.rows, r)
	} else {
		i := t.indexOf(id)
		var zero T
		t.rows = append(t.rows, zero)
		copy(t.rows[i+1:], t.rows[i:])
		t.rows[i] = r
	}
	t.byID[id] = r
}

func (t *table[T]) remove(id int) bool {
	if _, ok := t.byID[id]; !ok {
		return false
	}
	i := t.indexOf(id)
	t.rows = append(t.rows[:i], t.rows[i+1:]...)
	delete(t.byID, id)
	return true
}

// indexOf is the position of id, or where it would be inserted.
func (t *table[T]) indexOf(id int) int {
	return sort.Search(len(t.rows), func(i int) bool { return t.rows[i].key() >= id })
}

func (t *table[T]) maxID() int {
	if len(t.rows) == 0 {
		return 0
	}
	return t.rows[len(t.rows)-1].key()
}
