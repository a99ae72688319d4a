package schedule

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// writeFiles writes each file whole or not at all (temporary file, then rename), so a task
// definition is never left half-written.
func writeFiles(files []File) error {
	for _, f := range files {
		if err := os.MkdirAll(filepath.Dir(f.Path), 0o755); err != nil {
			return err
		}
		tmp, err := os.CreateTemp(filepath.Dir(f.Path), ".psa-bridge-*")
		if err != nil {
			return err
		}
		_, err = tmp.Write(f.Content)
		err = errors.Join(err, tmp.Close())
		if err == nil {
			err = os.Chmod(tmp.Name(), 0o644)
		}
		if err == nil {
			err = os.Rename(tmp.Name(), f.Path)
		}
		if err != nil {
			_ = os.Remove(tmp.Name())
			return err
		}
	}
	return nil
}

// removeFiles removes the paths; one that is already gone is fine.
func removeFiles(paths ...string) error {
	var errs []error
	for _, path := range paths {
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
