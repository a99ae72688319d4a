package cli

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"psabridge/app/config"
	"psabridge/app/internal/console"
	"psabridge/app/internal/datalock"
	"psabridge/app/internal/workspace"
	"psabridge/app/logging"
	"psabridge/db"
)

// Exit codes.
const (
	ExitOK       = 0
	ExitInternal = 1 // unexpected: logged with a reference
	ExitUsage    = 2 // bad arguments or configuration, one line says what
	ExitPartial  = 3 // done, but some items failed or conflicted
)

// Env is what the command line gets from the process; tests and main fill it.
type Env struct {
	Version        string
	Stdout, Stderr io.Writer
	Getenv         func(string) string    // os.Getenv
	Executable     func() (string, error) // os.Executable: the binary a schedule runs
	Now            func() time.Time       // time.Now
}

// commands are the subcommands, by name.
var commands = map[string]func(r *runner, ctx context.Context, args []string) error{
	"refresh":  (*runner).refresh,
	"sync":     (*runner).sync,
	"export":   (*runner).export,
	"import":   (*runner).importFile,
	"schedule": (*runner).schedule,
}

// helpArgs and versionArgs are answered by the command line, not the window.
var (
	helpArgs    = []string{"-h", "-help", "--help", "help"}
	versionArgs = []string{"-version", "--version"}
)

// IsCommand reports whether args (without the program name) ask for the command line rather
// than the window: a subcommand, --help or --version.
func IsCommand(args []string) bool {
	if len(args) == 0 {
		return false
	}
	if !strings.HasPrefix(args[0], "-") {
		return true // a command, or a misspelt one (exit 2), never window flags
	}
	return slices.ContainsFunc(args, func(a string) bool { return slices.Contains(helpArgs, a) || slices.Contains(versionArgs, a) })
}

// runner is one command-line run.
type runner struct {
	env     Env
	p       printer
	log     *slog.Logger // the data folder's log once a workspace is opened; discards before
	logDir  string
	closers []func() error
}

// exitError ends the run with code, after printing msg (when not empty) on standard error.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// usage is an exit-code-2 error with a message from the catalog.
func (r *runner) usage(key string, args ...any) error {
	return &exitError{code: ExitUsage, msg: r.p.T(key, args...)}
}

// Main runs the command line with args (without the program name) and returns the exit code.
func Main(args []string, env Env) (code int) {
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	if env.Now == nil {
		env.Now = time.Now
	}
	if env.Executable == nil {
		env.Executable = os.Executable
	}
	r := &runner{env: env, p: printer{osLang(env.Getenv)}, log: slog.New(slog.DiscardHandler)}
	defer r.close()
	defer func() {
		if v := recover(); v != nil {
			ref := reference()
			r.log.Error("command line panic", "ref", ref, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			fmt.Fprintln(env.Stderr, r.p.T("err.panic", ref, r.logPlace()))
			code = ExitInternal
		}
	}()
	return r.dispatch(args)
}

func (r *runner) dispatch(args []string) int {
	switch {
	case len(args) > 0 && slices.Contains(helpArgs, args[0]), len(args) == 0:
		fmt.Fprint(r.env.Stdout, r.helpText())
		return ExitOK
	case slices.ContainsFunc(args, func(a string) bool { return slices.Contains(versionArgs, a) }):
		fmt.Fprintln(r.env.Stdout, "PSA Bridge", r.env.Version)
		return ExitOK
	}
	run, ok := commands[args[0]]
	if !ok {
		fmt.Fprintln(r.env.Stderr, r.p.T("err.unknownCommand", args[0]))
		return ExitUsage
	}
	// Ctrl-C stops a sync between writes; a write already sent is finished and recorded.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	err := run(r, ctx, args[1:])
	var exit *exitError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &exit):
		if exit.msg != "" {
			fmt.Fprintln(r.env.Stderr, exit.msg)
		}
		return exit.code
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(r.env.Stdout, r.helpText())
		return ExitOK
	}
	ref := reference()
	r.log.Error("command failed", "command", args[0], "ref", ref, "err", err)
	fmt.Fprintln(r.env.Stderr, r.p.T("err.internal", ref, oneLine(err), r.logPlace()))
	return ExitInternal
}

func (r *runner) helpText() string {
	return r.p.T("usage", r.env.Version, strings.Join(workspace.EnvVars, "\n  "))
}

// logPlace is where the log is, for error messages.
func (r *runner) logPlace() string {
	if r.logDir != "" {
		return r.logDir
	}
	return "-"
}

func (r *runner) close() {
	for i := len(r.closers) - 1; i >= 0; i-- {
		_ = r.closers[i]()
	}
}

// reference names one failure in the message and the log, so a support request finds it.
func reference() string {
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// oneLine keeps an error message on one line (joined errors have several).
func oneLine(err error) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(err.Error(), "\n", "; ")), " ")
}

// commandFlags are a subcommand's flags, with the data folder (and demo) every command has.
type commandFlags struct {
	name    string
	fs      *flag.FlagSet
	dataDir string
	demo    bool
}

func (r *runner) flags(name string, withDemo bool) *commandFlags {
	f := &commandFlags{name: name, fs: flag.NewFlagSet("psa-bridge "+name, flag.ContinueOnError)}
	f.fs.SetOutput(io.Discard)
	f.fs.StringVar(&f.dataDir, "data-dir", "", "data folder")
	if withDemo {
		f.fs.BoolVar(&f.demo, "demo", false, "demo data")
	}
	return f
}

// parse reads flags anywhere among the arguments (`export out.csv --kind customers`) and
// returns the others in order.
func (r *runner) parse(f *commandFlags, args []string) ([]string, error) {
	var positional []string
	for {
		if err := f.fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, r.usage("err.args", f.name, err)
		}
		args = f.fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// noPositional rejects arguments a command does not take.
func (r *runner) noPositional(f *commandFlags, positional []string) error {
	if len(positional) > 0 {
		return r.usage("err.extraArg", f.name, positional[0])
	}
	return nil
}

// open opens the workspace of the command's data folder (real data unless --demo), with
// the log in its logs folder and the environment overlay on the accounts.
func (r *runner) open(ctx context.Context, f *commandFlags) (*workspace.Workspace, config.Options, error) {
	dir, err := config.ResolveDataDir(f.dataDir)
	if err != nil {
		return nil, config.Options{}, &exitError{code: ExitUsage, msg: oneLine(err)}
	}
	cfg := config.Options{DataDir: dir, Demo: f.demo}
	if err := cfg.EnsureDirs(); err != nil {
		return nil, cfg, &exitError{code: ExitUsage, msg: oneLine(err)}
	}
	log, logFile := logging.Open(cfg.LogDir(), slog.LevelInfo) // the window's log
	r.log, r.logDir = log, cfg.LogDir()
	r.closers = append(r.closers, logFile.Close)
	log.Info("command line", "command", f.name, "version", r.env.Version, "demo", cfg.Demo, "dataDir", cfg.DataDir)
	w, err := workspace.Open(ctx, workspace.Options{Config: cfg, Version: r.env.Version, Log: log, Getenv: r.env.Getenv})
	if _, bad := errors.AsType[*db.OpenError](err); bad || errors.Is(err, datalock.ErrMigrationTimeout) {
		// The file names itself and its problem (corrupt, read-only, too new): the window's
		// recovery screen offers the pre-upgrade copies.
		log.Error("database not opened", "err", err)
		return nil, cfg, &exitError{code: ExitUsage, msg: oneLine(err)}
	}
	if err != nil {
		return nil, cfg, err
	}
	r.closers = append(r.closers, w.Close)
	return w, cfg, nil
}

// needs fails with exit code 2 naming each account the command needs but lacks.
func (r *runner) needs(w *workspace.Workspace, connectWise, sophos bool) error {
	var msgs []string
	if connectWise && !w.ConnectWiseConnected() {
		msgs = append(msgs, r.p.T("err.notConnected", "ConnectWise",
			strings.Join([]string{workspace.EnvCWSite, workspace.EnvCWCompanyID, workspace.EnvCWClientID, workspace.EnvCWPublicKey, workspace.EnvCWPrivateKey}, ", ")))
	}
	if sophos && !w.SophosConnected() {
		msgs = append(msgs, r.p.T("err.notConnected", "Sophos Central",
			strings.Join([]string{workspace.EnvSophosClientID, workspace.EnvSophosClientSecret}, ", ")))
	}
	if len(msgs) > 0 {
		return &exitError{code: ExitUsage, msg: strings.Join(msgs, "; ")}
	}
	return nil
}

// actor is who runs the command, for the history: the OS user.
func (r *runner) actor() string {
	for _, name := range []string{"USER", "USERNAME", "LOGNAME"} {
		if v := r.env.Getenv(name); v != "" {
			return v
		}
	}
	return "command line"
}

// AttachConsole lets the Windows GUI binary print to the console it was started from (cmd,
// PowerShell, Task Scheduler's host); elsewhere it does nothing. main calls it before Main,
// before anything keeps a reference to the standard streams.
func AttachConsole() { console.AttachParent() }
