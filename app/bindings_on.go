//go:build bindings

package app

// GeneratingBindings is true in the build `wails generate module` runs to read the bound
// types; main then binds the services without opening a database or a window.
const GeneratingBindings = true
