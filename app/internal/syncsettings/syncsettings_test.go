package syncsettings

import (
	"context"
	"errors"
	"testing"
	"time"

	"psabridge/app/internal/schedule"
	"psabridge/app/internal/usagesync"
	"psabridge/db"
	"psabridge/db/dbsqlc"
	"psabridge/db/dbtest"
)

func openDB(t *testing.T) *db.DB {
	t.Helper()
	return dbtest.Open(t, "settings.db")
}

func fields(err error) map[string]bool {
	out := map[string]bool{}
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var fe *schedule.FieldError
		if errors.As(e, &fe) {
			out[fe.Field] = true
		}
	}
	return out
}

func TestDefaultsWhenNothingIsStored(t *testing.T) {
	d := openDB(t)
	s, err := Get(context.Background(), d.Queries())
	if err != nil {
		t.Fatal(err)
	}
	if s != Default() || s.Validate() != nil {
		t.Fatalf("got %+v, want the valid default %+v", s, Default())
	}
	if got := s.Sync(); got.QuantityField != usagesync.BillableQuantity || got.EffectiveDate != usagesync.FirstOfMonth {
		t.Errorf("default sync settings %+v", got)
	}
}

func TestSaveThenGetRoundTrips(t *testing.T) {
	ctx := context.Background()
	d := openDB(t)
	want := Default()
	want.Schedule.Frequency, want.Schedule.DayOfMonth, want.Schedule.Hour = schedule.MonthlyOnDay, 5, 23
	want.Schedule.EffectiveDate, want.Schedule.BilledMonth = schedule.EffectiveRunDay, schedule.BillPreviousMonth
	want.QuantityField = usagesync.ActualQuantity
	if err := Save(ctx, d, want, time.UnixMilli(1)); err != nil {
		t.Fatal(err)
	}
	got, err := Get(ctx, d.Queries())
	if err != nil || got != want {
		t.Fatalf("got %+v (%v), want %+v", got, err, want)
	}
	if s := got.Sync(); s.QuantityField != usagesync.ActualQuantity || s.EffectiveDate != usagesync.RunDay {
		t.Errorf("sync settings %+v: want actual quantity from the run day", s)
	}
	if m := got.BilledMonth(time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC)); m != "2025-12" {
		t.Errorf("billed month %s, want the previous month 2025-12", m)
	}
}

// A wrong value is refused naming every wrong field, and what was stored stays.
func TestSaveRefusesWrongFieldsAndKeepsTheStoredValue(t *testing.T) {
	ctx := context.Background()
	d := openDB(t)
	if err := Save(ctx, d, Default(), time.UnixMilli(1)); err != nil {
		t.Fatal(err)
	}
	bad := Default()
	bad.Schedule.Hour, bad.Schedule.Minute, bad.QuantityField = 25, 60, "ordered"
	err := Save(ctx, d, bad, time.UnixMilli(2))
	if err == nil {
		t.Fatal("a wrong hour and quantity field were saved")
	}
	if f := fields(err); !f["hour"] || !f["minute"] || !f["quantityField"] || len(f) != 3 {
		t.Errorf("error %v names %v, want hour, minute and quantityField", err, f)
	}
	if got, err := Get(ctx, d.Queries()); err != nil || got != Default() {
		t.Errorf("after the refused save: %+v (%v), want the earlier value", got, err)
	}
}

// A value stored by an older version lacks fields: they take their defaults. A stored
// value that is wrong is reported, not silently replaced.
func TestGetFillsMissingFieldsAndReportsWrongOnes(t *testing.T) {
	ctx := context.Background()
	d := openDB(t)
	put := func(v string) {
		if err := d.Queries().PutSetting(ctx, dbsqlc.PutSettingParams{Key: Key, Value: v, UpdatedAt: 1}); err != nil {
			t.Fatal(err)
		}
	}
	put(`{"schedule":{"frequency":"daily","hour":4}}`)
	got, err := Get(ctx, d.Queries())
	if err != nil {
		t.Fatal(err)
	}
	want := Default()
	want.Schedule.Frequency, want.Schedule.Hour, want.Schedule.Minute = schedule.Daily, 4, 0
	if got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
	put(`{"quantityField":"ordered"}`)
	if _, err := Get(ctx, d.Queries()); err == nil {
		t.Error("a wrong stored quantity field was accepted")
	}
	put(`not json`)
	if _, err := Get(ctx, d.Queries()); err == nil {
		t.Error("unreadable stored settings were accepted")
	}
}
