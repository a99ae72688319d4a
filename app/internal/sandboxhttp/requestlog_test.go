package sandboxhttp

import (
	"context"
	"slices"
	"testing"
	"time"
)

// A bounded log drops its oldest tenth, still updates surviving entries by handle, never
// updates a dropped or reset one, and counts every request in Total.
func TestRequestLogBoundsAndUpdates(t *testing.T) {
	l := RequestLog[int]{Max: 10}
	first := l.Add(0)
	var last Logged
	for i := 1; i <= 10; i++ {
		last = l.Add(i)
	}
	if got, want := l.Snapshot(), []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}; !slices.Equal(got, want) {
		t.Fatalf("log %v, want %v", got, want)
	}
	l.Update(first, func(v *int) { *v = -1 }) // dropped: no entry may change
	l.Update(last, func(v *int) { *v = 100 })
	if got := l.Snapshot(); got[0] != 1 || got[9] != 100 || l.Total() != 11 {
		t.Errorf("after updates: %v, total %d", got, l.Total())
	}
	l.Reset()
	l.Add(7)
	l.Update(last, func(v *int) { *v = -1 }) // from before the reset
	if got := l.Snapshot(); !slices.Equal(got, []int{7}) || l.Total() != 1 {
		t.Errorf("after reset: %v, total %d", got, l.Total())
	}
}

func TestRequestLogWaitFor(t *testing.T) {
	var l RequestLog[string]
	go func() {
		for _, r := range []string{"a", "b", "c"} {
			l.Add(r)
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := l.WaitFor(ctx, func(reqs []string) bool { return len(reqs) == 3 }); err != nil {
		t.Fatalf("WaitFor: %v", err)
	}
	short, cancelShort := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancelShort()
	if err := l.WaitFor(short, func(reqs []string) bool { return len(reqs) == 4 }); err == nil {
		t.Error("WaitFor returned for a condition that never holds")
	}
}
