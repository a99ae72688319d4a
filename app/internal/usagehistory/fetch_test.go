package usagehistory

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"psabridge/app/internal/sophos"
	"psabridge/app/internal/sophos/sophossandbox"
	"psabridge/app/internal/usage"
)

const usagePath = "/partner/v1/billing/usage/"

// usageRequests counts the usage requests per month path ("2025/6") in the sandbox's log.
func usageRequests(sb *sophossandbox.Server) map[string]int {
	out := map[string]int{}
	for _, r := range sb.Requests() {
		if p, ok := strings.CutPrefix(r.Path, usagePath); ok {
			out[p]++
		}
	}
	return out
}

func TestRefreshFetchesPastMonthsOnce(t *testing.T) {
	sb := startSandbox(t)
	d := openDB(t)
	f := &Fetcher{DB: d, Source: newClient(t, sb), Now: fixedClock(sandboxNow)}
	ctx := context.Background()

	var progress []Progress
	first, err := f.Refresh(ctx, func(p Progress) { progress = append(progress, p) })
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Fetched) != 24 || len(first.Kept) != 0 {
		t.Fatalf("first refresh fetched %d and kept %d months, want 24 and 0", len(first.Fetched), len(first.Kept))
	}
	if first.Fetched[0] != "2025-06" || first.Fetched[23] != "2023-07" {
		t.Errorf("first refresh fetched %s … %s, want 2025-06 … 2023-07", first.Fetched[0], first.Fetched[23])
	}
	if len(progress) != 24 || progress[23].Done != 24 || progress[0].Total != 24 {
		t.Errorf("progress = %+v, want 24 reports counting to 24", progress)
	}
	byMonth := map[string]Progress{}
	for _, p := range progress {
		byMonth[p.Month] = p
	}
	if len(byMonth) != 24 || !byMonth["2024-07"].Fetched || byMonth["2024-07"].NoData || !byMonth["2024-06"].NoData {
		t.Errorf("progress = %+v: want each month once, all fetched, data from 2024-07 and none before", progress)
	}
	firstRequests := usageRequests(sb)
	if firstRequests["2025/6"] < 2 || firstRequests["2025/5"] < 2 {
		t.Fatalf("the current and previous months took %d and %d requests; the test needs them paged",
			firstRequests["2025/6"], firstRequests["2025/5"])
	}

	sb.ResetRequests()
	progress = nil
	second, err := f.Refresh(ctx, func(p Progress) { progress = append(progress, p) })
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(second.Fetched, []string{"2025-06", "2025-05"}) || len(second.Kept) != 22 {
		t.Errorf("second refresh fetched %v and kept %d months, want the current and previous month and 22 kept",
			second.Fetched, len(second.Kept))
	}
	want := map[string]int{"2025/6": firstRequests["2025/6"], "2025/5": firstRequests["2025/5"]}
	if got := usageRequests(sb); !reflect.DeepEqual(got, want) {
		t.Errorf("second refresh made usage requests %v, want only the current and previous month's pages %v", got, want)
	}
	if len(progress) != 24 || progress[0].Fetched || progress[0].Month != "2025-04" || !progress[23].Fetched {
		t.Errorf("second refresh progress = %+v, want the kept months (from 2025-04) first, then the fetched", progress)
	}
}

func TestRefreshFinalisesThePreviousMonthOnceTimeMovesOn(t *testing.T) {
	sb := startSandbox(t)
	d := openDB(t)
	f := &Fetcher{DB: d, Source: newClient(t, sb), Now: fixedClock(sandboxNow)}
	ctx := context.Background()
	if _, err := f.Refresh(ctx, nil); err != nil {
		t.Fatal(err)
	}

	// A month later, May 2025 is no longer the previous month: read once more, then final.
	f.Now = fixedClock(sandboxNow.AddDate(0, 1, 0))
	got, err := f.Refresh(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"2025-07", "2025-06", "2025-05"}; !slices.Equal(got.Fetched, want) {
		t.Errorf("a month later the refresh fetched %v, want %v", got.Fetched, want)
	}
	months, err := Reader{DB: d}.Months(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got.Dropped != 1 || len(months) != 24 || months[0].Month != "2023-08" || months[23].Month != "2025-07" {
		t.Errorf("a month later: dropped %d, stored %d months from %s; want 2023-07 dropped and 24 months from 2023-08",
			got.Dropped, len(months), months[0].Month)
	}
	got, err = f.Refresh(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"2025-07", "2025-06"}; !slices.Equal(got.Fetched, want) {
		t.Errorf("the next refresh fetched %v, want only %v", got.Fetched, want)
	}
	may, err := StoredAggregation(ctx, d, "2025-05")
	if err != nil || !may.Complete || !may.Found {
		t.Errorf("2025-05 = complete %t, found %t, err %v; want a complete month with data", may.Complete, may.Found, err)
	}
	july, err := StoredAggregation(ctx, d, "2025-07")
	if err != nil || july.Complete || july.Found {
		t.Errorf("2025-07 = complete %t, found %t, err %v; want an open month without data", july.Complete, july.Found, err)
	}
}

func TestFailedFetchKeepsTheStoredMonth(t *testing.T) {
	sb := startSandbox(t)
	d := openDB(t)
	f := &Fetcher{DB: d, Source: newClient(t, sb), Now: fixedClock(sandboxNow)}
	ctx := context.Background()
	if _, err := f.Refresh(ctx, nil); err != nil {
		t.Fatal(err)
	}
	before := stored(t, d, "2025-06")

	// The second page of June fails: half a month must not replace the whole one.
	sb.Inject(sophossandbox.Fault{Kind: sophossandbox.FaultServerError, PathPrefix: usagePath + "2025/6", Skip: 1})
	_, err := f.Refresh(ctx, nil)
	if err == nil || !strings.Contains(err.Error(), "2025-06") {
		t.Fatalf("refresh error = %v, want one naming 2025-06", err)
	}
	after := stored(t, d, "2025-06")
	if !reflect.DeepEqual(after, before) {
		t.Errorf("a failed fetch changed the stored month (%d rows before, %d after)",
			len(before.Aggregation.ByTenant), len(after.Aggregation.ByTenant))
	}
}

func TestFailedStoreLeavesTheMonthAsItWas(t *testing.T) {
	d := openDB(t)
	ctx := context.Background()
	store(t, d, "2025-03", true, line("t1", "P1", 4))
	before := stored(t, d, "2025-03")
	bad := usage.Aggregation{ByTenant: []usage.TenantProductTotal{
		{TenantID: "t2", ProductKey: "P1", BillableQuantity: 9, Lines: 1},
		{TenantID: "t3", ProductKey: "", BillableQuantity: 1, Lines: 1}, // no product key: refused by the schema
	}, Lines: 2}
	err := replaceMonth(ctx, d, monthRecord{month: Month{2025, 3}, fetchedAt: 2, complete: true}, bad)
	if err == nil || !strings.Contains(err.Error(), "tenant t3") {
		t.Fatalf("replaceMonth error = %v, want one naming tenant t3", err)
	}
	after := stored(t, d, "2025-03")
	if !reflect.DeepEqual(after, before) {
		t.Errorf("a failed store changed the month: %+v, want %+v", after, before)
	}
}

func TestRefreshStopsWhenCancelled(t *testing.T) {
	sb := startSandbox(t)
	d := openDB(t)
	// One month at a time, so the cancel comes between two months.
	f := &Fetcher{DB: d, Source: newClient(t, sb), Now: fixedClock(sandboxNow), Parallel: 1}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var reports int
	got, err := f.Refresh(ctx, func(Progress) { reports++; cancel() })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("refresh error = %v, want context.Canceled", err)
	}
	if reports != 1 || !slices.Equal(got.Fetched, []string{"2025-06"}) {
		t.Errorf("after cancelling in the first report: %d reports, fetched %v; want 1 and [2025-06]", reports, got.Fetched)
	}
	if _, err := StoredAggregation(context.Background(), d, "2025-05"); !errors.Is(err, ErrMonthNotStored) {
		t.Errorf("2025-05 after cancelling: err = %v, want ErrMonthNotStored", err)
	}
}

func TestStoredAggregationEqualsAggregate(t *testing.T) {
	sb := startSandbox(t)
	d := openDB(t)
	client := newClient(t, sb)
	f := &Fetcher{DB: d, Source: client, Now: fixedClock(sandboxNow)}
	ctx := context.Background()
	if _, err := f.Refresh(ctx, nil); err != nil {
		t.Fatal(err)
	}
	sawUnassigned := false
	for _, ym := range sb.Months() {
		key := fmt.Sprintf("%04d-%02d", ym[0], ym[1])
		lines, err := client.Usage(ctx, ym[0], ym[1])
		if err != nil {
			t.Fatal(err)
		}
		want := usage.Aggregate(lines)
		got := stored(t, d, key)
		if !got.Found || !reflect.DeepEqual(got.Aggregation, want) {
			t.Errorf("%s: stored aggregation differs from usage.Aggregate (found %t; %d/%d tenant rows, %d/%d unassigned)", key,
				got.Found, len(got.Aggregation.ByTenant), len(want.ByTenant), len(got.Aggregation.Unassigned), len(want.Unassigned))
		}
		sawUnassigned = sawUnassigned || len(want.Unassigned) > 0
	}
	if !sawUnassigned {
		t.Error("the sandbox data had no lines without a customer; the test would not cover them")
	}

	noData, err := StoredAggregation(ctx, d, "2024-01")
	if err != nil || noData.Found || len(noData.Aggregation.ByTenant) != 0 || !noData.Complete {
		t.Errorf("2024-01 (404) = %+v, %v; want a complete month without data", noData, err)
	}
	if _, err := StoredAggregation(ctx, d, "2019-01"); !errors.Is(err, ErrMonthNotStored) {
		t.Errorf("a month never fetched: err = %v, want ErrMonthNotStored", err)
	}
	if _, err := StoredAggregation(ctx, d, "2025-13"); err == nil || !strings.Contains(err.Error(), "2025-13") {
		t.Errorf("month 2025-13: err = %v, want one naming it", err)
	}
}

func TestStoredAggregationKeepsLooseLinesAndFractions(t *testing.T) {
	d := openDB(t)
	lines := []sophos.UsageLine{
		line("t1", "P1", 0.1), line("t1", "P1", 0.2),
		{ProductCode: "FW1", BillableQuantity: 1, AccountNumberOrSerialNumber: "S2", ProductDescription: "Firewall"},
		{ProductCode: "FW1", BillableQuantity: 1, AccountNumberOrSerialNumber: "S1"},
		{BillableQuantity: 3, ProductDescription: "no code, no sku"},
	}
	store(t, d, "2025-02", true, lines...)
	got := stored(t, d, "2025-02")
	if want := usage.Aggregate(lines); !reflect.DeepEqual(got.Aggregation, want) {
		t.Errorf("stored aggregation = %+v\nwant %+v", got.Aggregation, want)
	}
	if q := got.Aggregation.ByTenant[0].BillableQuantity; q != 0.3 {
		t.Errorf("0.1 + 0.2 stored as %v, want 0.3", q)
	}
}

func line(tenant, product string, quantity float64) sophos.UsageLine {
	return sophos.UsageLine{AccountID: tenant, ProductCode: product, BillableQuantity: quantity, ActualQuantity: quantity,
		ProductDescription: "Product " + product}
}
