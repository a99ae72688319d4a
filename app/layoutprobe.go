package app

import "strings"

// LayoutReport is what the frontend's layout probe found in the native window: controls
// that overlap, content running off the right edge. The screenshot check
// (build/scripts/native-layout.sh) starts the app with --layout-probe and reads it from the log.
type LayoutReport struct {
	Page     string   `json:"page"`
	Width    int      `json:"width"`  // the page's viewport, CSS pixels
	Height   int      `json:"height"` // the page's viewport, CSS pixels
	Problems []string `json:"problems"`
}

// LayoutProbe is the page the layout probe should open, or "" when it is off.
func (s *SettingsService) LayoutProbe() string { return s.app.opts.Config.LayoutProbe }

// ReportLayout logs one probe of the window's layout as a single line the script can find.
func (s *SettingsService) ReportLayout(r LayoutReport) {
	s.app.opts.Log.Info("layout probe", "page", r.Page, "width", r.Width, "height", r.Height,
		"problems", len(r.Problems), "detail", strings.Join(r.Problems, "; "))
}
