package app

import (
	"context"
	"database/sql"
	"errors"
	"runtime"
	"time"

	"psabridge/app/internal/workspace"
	"psabridge/db/dbsqlc"
)

// Setting keys in app_settings. Secrets never go here (they live in the OS keychain).
const (
	settingLanguage = workspace.SettingLanguage
	settingTheme    = workspace.SettingTheme
)

// SettingsService reads and writes the user's preferences and describes this install.
type SettingsService struct{ app *App }

// AppInfo describes this install: shown on the settings page and in "copy diagnostics".
type AppInfo struct {
	Version       string `json:"version"`
	Demo          bool   `json:"demo"`
	Welcome       bool   `json:"welcome"` // first run: offer demo data or connecting
	DataDir       string `json:"dataDir"`
	DatabasePath  string `json:"databasePath"`
	LogDir        string `json:"logDir"`
	SchemaVersion int64  `json:"schemaVersion"`
	OS            string `json:"os"`
	Arch          string `json:"arch"`
}

// AppInfo returns the version, mode and where data and logs live.
func (s *SettingsService) AppInfo() (AppInfo, error) {
	ws, ctx := s.app.use()
	cfg := s.app.opts.Config
	v, err := ws.DB.SchemaVersion(ctx)
	if err != nil {
		return AppInfo{}, err
	}
	return AppInfo{
		Version: s.app.opts.Version, Demo: ws.Demo, Welcome: s.app.welcome.Load(), DataDir: cfg.DataDir,
		DatabasePath: ws.DB.Path(), LogDir: cfg.LogDir(), SchemaVersion: v,
		OS: runtime.GOOS, Arch: runtime.GOARCH,
	}, nil
}

// Preferences are the remembered UI choices. An empty Language means "follow the OS".
type Preferences struct {
	Language string `json:"language"` // "", "de" or "en"
	Theme    string `json:"theme"`    // "system", "light" or "dark"
}

// Preferences returns the remembered UI choices.
func (s *SettingsService) Preferences() (Preferences, error) {
	_, ctx := s.app.use()
	lang, err := s.get(ctx, settingLanguage, "")
	if err != nil {
		return Preferences{}, err
	}
	theme, err := s.get(ctx, settingTheme, "system")
	if err != nil {
		return Preferences{}, err
	}
	return Preferences{Language: lang, Theme: theme}, nil
}

// SetLanguage remembers the UI language: "de", "en", or "" to follow the OS.
func (s *SettingsService) SetLanguage(language string) error {
	switch language {
	case "", "de", "en":
	default:
		return InvalidField("language", "unsupported language %q (use de or en)", language)
	}
	_, ctx := s.app.use()
	return s.put(ctx, settingLanguage, language)
}

// SetTheme remembers the colour theme: "system", "light" or "dark".
func (s *SettingsService) SetTheme(theme string) error {
	switch theme {
	case "system", "light", "dark":
	default:
		return InvalidField("theme", "unsupported theme %q (use system, light or dark)", theme)
	}
	_, ctx := s.app.use()
	return s.put(ctx, settingTheme, theme)
}

func (s *SettingsService) get(ctx context.Context, key, fallback string) (string, error) {
	v, err := s.app.ws().DB.Queries().GetSetting(ctx, key)
	if errors.Is(err, sql.ErrNoRows) {
		return fallback, nil
	}
	return v, err
}

func (s *SettingsService) put(ctx context.Context, key, value string) error {
	return s.app.ws().DB.Queries().PutSetting(ctx, dbsqlc.PutSettingParams{Key: key, Value: value, UpdatedAt: time.Now().UnixMilli()})
}
