package customers

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"psabridge/app/internal/latency"
	"psabridge/app/internal/textsearch"
	"psabridge/db"
	"psabridge/db/dbsqlc"
)

// Realistic combobox input: names, identifiers, 2–10 characters, some with no match.
var companyBenchQueries = []string{
	"mu", "mül", "müller", "bä", "bäck mü", "schmidt", "sch", "elektro", "el sch", "ac", "acme",
	"tech", "technik gm", "haus", "autohaus k", "zahn", "dr we", "stadt", "stw", "kanz", "log",
	"obrien", "zzq", "xy", "praxis", "immo", "solar", "pixel", "ho", "hotel lö",
}

// BenchmarkCompanySearch20k reports p50 and p99 per combobox query over 20,000 cached
// companies, and a naive LIKE '%q%' scan over the same rows as the baseline.
func BenchmarkCompanySearch20k(b *testing.B) {
	ctx := context.Background()
	d := openDB(b)
	if err := d.InTx(ctx, func(q *dbsqlc.Queries) error {
		for _, p := range syntheticCompanies(20_000) {
			if err := q.UpsertCompany(ctx, p); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	q := d.Reader()
	search := func(text string) error {
		_, err := SearchCompanies(ctx, q, text, false)
		return err
	}
	naive := latency.NaiveLike(ctx, d.SQL(), `SELECT id FROM cw_companies
		WHERE deleted_flag = 0 AND gone = 0 AND inactive = 0 AND (name LIKE ?1 OR identifier LIKE ?1)
		LIMIT 20`)
	latency.CompareToNaive(b, companyBenchQueries, search, naive)
}

// syntheticCompanies makes n company rows shaped like a German/English MSP's customer list.
func syntheticCompanies(n int) []dbsqlc.UpsertCompanyParams {
	first := []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
		"Krämer", "Öztürk", "Acme", "Contoso", "Northwind", "Fabrikam", "Litware", "Tailspin", "Woodgrove", "O'Brien"}
	trade := []string{"Elektrotechnik", "Bäckerei", "Autohaus", "Zahnarztpraxis Dr.", "Steuerberatung", "Immobilien", "Logistik",
		"Hotel", "Kanzlei", "Stadtwerke", "Solar", "Pixel Studio", "Consulting", "Haustechnik", "Software", "Metallbau"}
	forms := []string{"GmbH", "AG", "KG", "GmbH & Co. KG", "e.K.", "Ltd", "Inc", "LLC", ""}
	r := rand.New(rand.NewPCG(3, 4))
	out := make([]dbsqlc.UpsertCompanyParams, n)
	for i := range out {
		name := fmt.Sprintf("%s %s %s", trade[r.IntN(len(trade))], first[r.IntN(len(first))], forms[r.IntN(len(forms))])
		identifier := fmt.Sprintf("%s%05d", first[r.IntN(len(first))][:3], i)
		out[i] = dbsqlc.UpsertCompanyParams{
			ID: int64(i + 1), Identifier: identifier, Name: name, StatusName: "Active",
			Inactive: db.Flag(i%23 == 0), DeletedFlag: db.Flag(i%41 == 0), LastUpdated: int64(i),
			IdentifierKey: textsearch.Fold(identifier), NameKey: NormalizeName(name),
		}
	}
	return out
}
