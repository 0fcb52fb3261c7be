package fold

import "testing"

func TestMarks(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Quảng Ninh":          "Quang Ninh",
		"17/QĐ-UBND":          "17/QD-UBND",
		"đồng":                "dong",
		"Ha Long":             "Ha Long",
		"Müller-Lüdenscheidt": "Muller-Ludenscheidt",
		"":                    "",
	} {
		if got := Marks(in); got != want {
			t.Errorf("Marks(%q) = %q, want %q", in, got, want)
		}
	}
}
