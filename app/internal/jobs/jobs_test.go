package jobs

import (
	"context"
	"errors"
	"testing"
	"time"
)

func waitCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestOneRunPerKindProgressAndFinish(t *testing.T) {
	r := NewRunner(context.Background())
	release := make(chan struct{})
	var seen []any
	var finishedRunning bool
	var h *Handle
	h, err := r.Start(Job{
		Kind: "a", Progress: 0,
		Run: func(ctx context.Context, report func(any)) error {
			report(1)
			<-release
			report(2)
			return errors.New("boom")
		},
		OnProgress: func(p any) { seen = append(seen, p) },
		OnFinish:   func(error) { finishedRunning = h.Running() },
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Start(Job{Kind: "a", Run: func(context.Context, func(any)) error { return nil }}); !errors.Is(err, ErrRunning) {
		t.Fatalf("second run of the same kind: %v, want ErrRunning", err)
	}
	other, err := r.Start(Job{Kind: "b", Run: func(context.Context, func(any)) error { return nil }})
	if err != nil {
		t.Fatalf("another kind must run alongside: %v", err)
	}
	if err := other.Wait(waitCtx(t)); err != nil {
		t.Fatal(err)
	}
	close(release)
	if err := h.Wait(waitCtx(t)); err == nil || err.Error() != "boom" {
		t.Fatalf("Wait = %v, want the run's error", err)
	}
	if len(seen) != 2 || seen[0] != 1 || seen[1] != 2 || h.Progress() != 2 {
		t.Fatalf("progress seen %v, last %v", seen, h.Progress())
	}
	if finishedRunning || h.Running() || r.Last("a") != h || r.Finished("a") != h {
		t.Fatalf("running during OnFinish=%t after=%t", finishedRunning, h.Running())
	}
	again, err := r.Start(Job{Kind: "a", Run: func(context.Context, func(any)) error { return nil }})
	if err != nil || again.Wait(waitCtx(t)) != nil {
		t.Fatalf("a finished kind must start again: %v", err)
	}
}

func TestCancelAndStop(t *testing.T) {
	r := NewRunner(context.Background())
	run := func(ctx context.Context, _ func(any)) error { <-ctx.Done(); return ctx.Err() }
	h, err := r.Start(Job{Kind: "a", Run: run})
	if err != nil {
		t.Fatal(err)
	}
	r.Cancel("a")
	if h.Running() || !errors.Is(h.Err(), context.Canceled) {
		t.Fatalf("after Cancel: running=%t err=%v", h.Running(), h.Err())
	}
	h2, _ := r.Start(Job{Kind: "b", Run: run})
	r.Stop()
	if h2.Running() || !errors.Is(h2.Err(), context.Canceled) {
		t.Fatalf("after Stop: running=%t err=%v", h2.Running(), h2.Err())
	}
	if _, err := r.Start(Job{Kind: "c", Run: run}); !errors.Is(err, ErrStopped) {
		t.Fatalf("Start after Stop = %v", err)
	}
}
