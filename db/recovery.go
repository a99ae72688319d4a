package db

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Backup is a copy of a database file that Open took before upgrading it
// (`<file>.bak-v<old schema version>`).
type Backup struct {
	Path          string
	SchemaVersion int64
	Size          int64
	Modified      time.Time
}

// Backups lists the copies Open took of the file at path, newest first.
func Backups(path string) ([]Backup, error) {
	path = filepath.Clean(path)
	matches, err := filepath.Glob(escapeGlob(path) + ".bak-v*")
	if err != nil {
		return nil, err
	}
	var out []Backup
	for _, m := range matches {
		v, err := strconv.ParseInt(strings.TrimPrefix(m, path+".bak-v"), 10, 64)
		if err != nil {
			continue // a ".tmp" copy that never finished, or someone else's file
		}
		info, err := os.Stat(m)
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		out = append(out, Backup{Path: m, SchemaVersion: v, Size: info.Size(), Modified: info.ModTime()})
	}
	slices.SortFunc(out, func(a, b Backup) int {
		return cmp.Or(b.Modified.Compare(a.Modified), cmp.Compare(b.SchemaVersion, a.SchemaVersion))
	})
	return out, nil
}

// escapeGlob makes path match only itself in filepath.Glob.
func escapeGlob(path string) string {
	var b strings.Builder
	for _, r := range path {
		if strings.ContainsRune(`*?[\`, r) && (r != '\\' || os.PathSeparator != '\\') {
			b.WriteRune('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// RestoreBackup puts a copy of backup where the database file at path is. The file at
// path is never deleted: it is moved aside first, with its -wal and -shm files (which
// belong to it and must not be applied to the copy), to brokenCopy
// (`<file>.broken-<UTC time>`). The backup stays as it is. The database must be closed.
func RestoreBackup(path, backup string, now time.Time) (brokenCopy string, err error) {
	if _, err := os.Stat(backup); err != nil {
		return "", fmt.Errorf("backup %s: %w", backup, err)
	}
	brokenCopy = path + ".broken-" + now.UTC().Format("20060102T150405Z")
	var moved []string // suffixes moved aside, to move back when the copy fails
	defer func() {
		if err != nil {
			for _, suffix := range moved {
				err = errors.Join(err, os.Rename(brokenCopy+suffix, path+suffix))
			}
		}
	}()
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Rename(path+suffix, brokenCopy+suffix); errors.Is(err, os.ErrNotExist) {
			continue
		} else if err != nil {
			return "", fmt.Errorf("move %s aside: %w", path+suffix, err)
		}
		moved = append(moved, suffix)
	}
	if err := copyFile(backup, path); err != nil {
		return "", fmt.Errorf("copy %s to %s: %w", backup, path, err)
	}
	return brokenCopy, nil
}

// copyFile copies from to a new file to, complete and synced before it takes that name.
func copyFile(from, to string) (err error) {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	tmp := to + ".restoring"
	dst, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			err = errors.Join(err, os.Remove(tmp))
		}
	}()
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	if err := dst.Sync(); err != nil {
		dst.Close()
		return err
	}
	if err := dst.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, to)
}
