// Package console lets the GUI binary behave like a command-line program when it is started
// from a terminal. On Windows a binary linked for the GUI subsystem (as Wails builds it) gets no
// console of its own, so anything printed is lost and the shell does not wait for it; attaching to
// the parent's console fixes the printing. Elsewhere the standard streams already work, so the
// functions are no-ops.
package console
