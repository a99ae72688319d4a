package datalock

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
	"testing"
	"time"
)

// Two locks on the same file conflict even in one process (a flock belongs to its open
// file), and a released lock can be taken again.
func TestTwoLocksInOneProcessConflict(t *testing.T) {
	dir := t.TempDir()
	w, err := Window(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Window(dir); !errors.Is(err, ErrWindowOpen) {
		t.Fatalf("second window: err = %v, want ErrWindowOpen", err)
	}
	if err := w.Release(); err != nil {
		t.Fatal(err)
	}
	w2, err := Window(dir)
	if err != nil {
		t.Fatalf("window after release: %v", err)
	}
	defer w2.Release()

	ctx := context.Background()
	s, err := Sync(ctx, dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if _, err := Sync(ctx, dir, 200*time.Millisecond); !errors.Is(err, ErrBusy) {
		t.Fatalf("second sync: err = %v, want ErrBusy", err)
	}
	if waited := time.Since(start); waited < 200*time.Millisecond {
		t.Errorf("ErrBusy after %v: the sync lock must wait before giving up", waited)
	}
	m, err := Migration(ctx, dir, time.Second)
	if err != nil {
		t.Fatalf("the migration lock is independent of the others: %v", err)
	}
	if _, err := Migration(ctx, dir, 100*time.Millisecond); !errors.Is(err, ErrMigrationTimeout) {
		t.Fatalf("second migration: err = %v, want ErrMigrationTimeout", err)
	}
	_ = m.Release()

	// A waiting sync gets the lock as soon as the running one releases it.
	got := make(chan error, 1)
	go func() {
		l, err := Sync(ctx, dir, 10*time.Second)
		if err == nil {
			err = l.Release()
		}
		got <- err
	}()
	if err := s.Release(); err != nil {
		t.Fatal(err)
	}
	if err := <-got; err != nil {
		t.Fatalf("waiting sync: %v", err)
	}

	// A cancelled wait ends with the context's error, not ErrBusy.
	s, _ = Sync(ctx, dir, 0)
	defer s.Release()
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Sync(cctx, dir, time.Second); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled wait: err = %v, want context.Canceled", err)
	}
}

// holderEnv makes the test binary a child that takes the window and sync locks of the
// folder named, says "held", and keeps them until killed.
const holderEnv = "DATALOCK_TEST_HOLD"

func TestMain(m *testing.M) {
	if dir := os.Getenv(holderEnv); dir != "" {
		w, err := Window(dir)
		if err != nil {
			os.Exit(2)
		}
		s, err := Sync(context.Background(), dir, time.Second)
		if err != nil {
			os.Exit(3)
		}
		defer w.Release() // never reached: the OS releases both when the child is killed
		defer s.Release()
		os.Stdout.WriteString("held\n")
		// Wait to be killed. A bare select{} is not enough: with no other goroutine the
		// runtime calls it a deadlock and exits, releasing the locks too early.
		killed := make(chan os.Signal, 1)
		signal.Notify(killed, syscall.SIGTERM)
		<-killed
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// A lock held by another process is refused; when that process dies, the OS frees it.
func TestLocksAcrossProcesses(t *testing.T) {
	dir := t.TempDir()
	child := exec.Command(os.Args[0], "-test.run=^$")
	child.Env = append(os.Environ(), holderEnv+"="+dir)
	out, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = child.Process.Kill(); _ = child.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || line != "held\n" {
		t.Fatalf("child: %q, %v", line, err)
	}

	if _, err := Window(dir); !errors.Is(err, ErrWindowOpen) {
		t.Fatalf("window while another process has it: err = %v, want ErrWindowOpen", err)
	}
	if _, err := Sync(context.Background(), dir, 100*time.Millisecond); !errors.Is(err, ErrBusy) {
		t.Fatalf("sync while another process runs one: err = %v, want ErrBusy", err)
	}

	if err := child.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = child.Wait()
	l, err := Sync(context.Background(), dir, 5*time.Second)
	if err != nil {
		t.Fatalf("sync after the holder died: %v", err)
	}
	_ = l.Release()
	w, err := Window(dir)
	if err != nil {
		t.Fatalf("window after the holder died: %v", err)
	}
	_ = w.Release()
}
