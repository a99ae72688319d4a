// Package cli is the command line of the same binary as the window: `psa-bridge refresh`,
// `sync`, `export`, `import` and `schedule` run the same domain code as the window
// (workspace, usagesync, transfer, schedule) and add only presentation: flags, a table or a
// JSON document on standard output, one-line errors on standard error, and exit codes.
//
// Exit codes: 0 all done; 3 done, but some items failed or conflicted; 2 bad arguments or
// configuration (a missing connection, an unknown month, a rejected file, a sync already
// running); 1 an unexpected failure, logged with a reference. A panic never shows a stack
// trace: it is logged and ends with exit code 1.
//
// It knows nothing of Wails; main calls Main before any window code. It lives beside app/config
// rather than under app/internal so that main can call it.
package cli
