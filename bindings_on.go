//go:build bindings

package main

// generatingBindings is true in the build `wails generate module` runs to read the bound types.
const generatingBindings = true
