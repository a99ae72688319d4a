package app

import (
	"context"
	"errors"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// FileFilter limits a file dialog to some extensions, e.g. Pattern "*.csv;*.xlsx".
type FileFilter struct {
	Name    string
	Pattern string
}

// FileDialogs are the native open and save dialogs. An empty path means the user cancelled.
type FileDialogs interface {
	SaveFile(title, defaultName string, filters []FileFilter) (string, error)
	OpenFile(title string, filters []FileFilter) (string, error)
}

// wailsFileDialogs are the running window's dialogs, through the Wails runtime.
type wailsFileDialogs struct{ ctx context.Context }

func (d wailsFileDialogs) SaveFile(title, defaultName string, filters []FileFilter) (string, error) {
	return runtime.SaveFileDialog(d.ctx, runtime.SaveDialogOptions{Title: title, DefaultFilename: defaultName, Filters: wailsFilters(filters)})
}

func (d wailsFileDialogs) OpenFile(title string, filters []FileFilter) (string, error) {
	return runtime.OpenFileDialog(d.ctx, runtime.OpenDialogOptions{Title: title, Filters: wailsFilters(filters)})
}

func wailsFilters(filters []FileFilter) []runtime.FileFilter {
	out := make([]runtime.FileFilter, len(filters))
	for i, f := range filters {
		out[i] = runtime.FileFilter{DisplayName: f.Name, Pattern: f.Pattern}
	}
	return out
}

// noFileDialogs stands in before the window is up: there is nobody to ask.
type noFileDialogs struct{}

var errNoWindow = errors.New("no window is open to show a file dialog")

func (noFileDialogs) SaveFile(string, string, []FileFilter) (string, error) { return "", errNoWindow }
func (noFileDialogs) OpenFile(string, []FileFilter) (string, error)         { return "", errNoWindow }
