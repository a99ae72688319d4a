// Package schedule holds the usage sync schedule: the setting the sync settings dialog edits,
// when the next run is due, and the operating system task that starts
// `psa-bridge sync --apply --data-dir DIR` without anyone at the screen (Windows Task
// Scheduler, a macOS LaunchAgent, a systemd user timer, or a crontab block where systemd has no
// user instance).
//
// A schedule is for real mode only: the demo data folder talks to sandboxes, and a task that
// bills nothing on a timer would only confuse, so no task ever carries --demo.
package schedule
