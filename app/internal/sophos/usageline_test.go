package sophos

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestUsageLineTolerantDecoding(t *testing.T) {
	tests := []struct {
		name string
		json string
		want UsageLine
	}{
		{"current 17-field shape", `{"productCode":"CIXA-MSP","sku":"CEAZ1CSMG","billableQuantity":20,"actualQuantity":19,"accountId":"t1"}`,
			UsageLine{ProductCode: "CIXA-MSP", SKU: "CEAZ1CSMG", BillableQuantity: 20, ActualQuantity: 19, AccountID: "t1"}},
		{"float quantities", `{"billableQuantity":12.5,"actualQuantity":1e1}`,
			UsageLine{BillableQuantity: 12.5, ActualQuantity: 10}},
		{"numeric strings", `{"billableQuantity":"7","actualQuantity":" 2.25 ","orderedQuantity":"","additionalDiscountPercentage":"25"}`,
			UsageLine{BillableQuantity: 7, ActualQuantity: 2.25, AdditionalDiscountPercentage: 25}},
		{"nulls and missing fields", `{"billableQuantity":null,"accountId":null,"productCode":"X"}`,
			UsageLine{ProductCode: "X"}},
		{"prices as strings keep their digits", `{"unitPrice":"1.40","unitPriceCurrency":"USD","netPrice":"0.10"}`,
			UsageLine{UnitPrice: "1.40", UnitPriceCurrency: "USD", NetPrice: "0.10"}},
		{"prices as numbers become text", `{"unitPrice":1.4,"priceWithTaxes":3}`,
			UsageLine{UnitPrice: "1.4", PriceWithTaxes: "3"}},
		{"numeric ids become text", `{"partnerEdiAccountNumber":1231231}`,
			UsageLine{PartnerEdiAccountNumber: "1231231"}},
		{"unknown fields ignored", `{"productCode":"A","somethingNew":{"x":1}}`, UsageLine{ProductCode: "A"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got UsageLine
			if err := json.Unmarshal([]byte(tt.json), &got); err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestUsageLineBadValuesNameTheField(t *testing.T) {
	tests := []struct{ json, field string }{
		{`{"billableQuantity":"twenty"}`, "billableQuantity"},
		{`{"actualQuantity":true}`, "actualQuantity"},
		{`{"productCode":{"a":1}}`, "productCode"},
	}
	for _, tt := range tests {
		var l UsageLine
		err := json.Unmarshal([]byte(tt.json), &l)
		if err == nil {
			t.Errorf("%s: no error", tt.json)
			continue
		}
		if msg := describeJSONError(err); !strings.Contains(msg, tt.field) {
			t.Errorf("%s: message %q does not name %s", tt.json, msg, tt.field)
		}
	}
}

func TestProductKey(t *testing.T) {
	tests := []struct {
		line UsageLine
		want string
	}{
		{UsageLine{ProductCode: "CIXA-MSP", SKU: "CEAZ1CSMG"}, "CIXA-MSP"},
		{UsageLine{ProductCode: "  ", SKU: " CEAZ1CSMG "}, "CEAZ1CSMG"},
		{UsageLine{}, ""},
	}
	for _, tt := range tests {
		if got := tt.line.ProductKey(); got != tt.want {
			t.Errorf("ProductKey(%+v) = %q, want %q", tt.line, got, tt.want)
		}
	}
}
