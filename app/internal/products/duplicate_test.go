package products

import (
	"context"
	"testing"
)

func TestNearDuplicates(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	cases := []struct {
		name string
		d    Draft
		want string // identifier of the near duplicate found, "" for none
	}{
		{"punctuation and case", Draft{Identifier: "sophos-device-encryption", Description: "Something else entirely"}, "Sophos_Device_Encryption"},
		{"one letter off", Draft{Identifier: "Sophos_Device_Encryptio", Description: "x"}, "Sophos_Device_Encryption"},
		{"same description", Draft{Identifier: "NEW-CDE", Description: "sophos central device encryption"}, "Sophos_Device_Encryption"},
		{"typo in the description", Draft{Identifier: "NEW-CDE", Description: "Sophos Central Device Encrytion"}, "Sophos_Device_Encryption"},
		{"different product", Draft{Identifier: "Sophos_Device_Control", Description: "Sophos Central Device Control"}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := NearDuplicates(ctx, f.store.Reader(), tc.d)
			if err != nil {
				t.Fatal(err)
			}
			if tc.want == "" {
				if len(got) != 0 {
					t.Fatalf("warned about %+v", got)
				}
				return
			}
			if len(got) != 1 || got[0].Identifier != tc.want {
				t.Fatalf("got %+v, want %s", got, tc.want)
			}
		})
	}
}
