package words

import (
	"strconv"
	"strings"
	"testing"
)

// Small spellers, written from each language's rules independently of the
// tables, to check Match on every number below 1000 and on some larger ones.

func spellEn(n int) string {
	units := strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
	tens := strings.Fields("_ _ twenty thirty forty fifty sixty seventy eighty ninety")
	var below100 func(int) string
	below100 = func(n int) string {
		if n < 20 {
			return units[n]
		}
		if n%10 == 0 {
			return tens[n/10]
		}
		return tens[n/10] + "-" + units[n%10]
	}
	below1000 := func(n int) string {
		if n < 100 {
			return below100(n)
		}
		s := units[n/100] + " hundred"
		if n%100 != 0 {
			s += " and " + below100(n%100)
		}
		return s
	}
	if n < 1000 {
		return below1000(n)
	}
	s := below1000(n/1000) + " thousand"
	if r := n % 1000; r != 0 && r < 100 {
		s += " and " + below100(r)
	} else if r != 0 {
		s += " " + below1000(r)
	}
	return s
}

func spellDe(n int) string {
	units := strings.Fields("null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn")
	tens := strings.Fields("_ _ zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig")
	below100 := func(n int, final bool) string {
		switch {
		case n == 1 && !final:
			return "ein"
		case n < 20:
			return units[n]
		case n%10 == 0:
			return tens[n/10]
		case n%10 == 1:
			return "einund" + tens[n/10]
		}
		return units[n%10] + "und" + tens[n/10]
	}
	below1000 := func(n int, final bool) string {
		if n < 100 {
			return below100(n, final)
		}
		s := below100(n/100, false) + "hundert"
		if n%100 != 0 {
			s += below100(n%100, final)
		}
		return s
	}
	if n < 1000 {
		return below1000(n, true)
	}
	s := below1000(n/1000, false) + "tausend"
	if n%1000 != 0 {
		s += below1000(n%1000, true)
	}
	return s
}

func spellFr(n int) string {
	units := strings.Fields("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf")
	tens := strings.Fields("_ _ vingt trente quarante cinquante soixante")
	var below100 func(int) string
	below100 = func(n int) string {
		switch {
		case n < 20:
			return units[n]
		case n < 70:
			switch n % 10 {
			case 0:
				return tens[n/10]
			case 1:
				return tens[n/10] + " et un"
			}
			return tens[n/10] + "-" + units[n%10]
		case n < 80:
			if n == 71 {
				return "soixante et onze"
			}
			return "soixante-" + units[n-60]
		case n == 80:
			return "quatre-vingts"
		}
		return "quatre-vingt-" + units[n-80]
	}
	below1000 := func(n int) string {
		if n < 100 {
			return below100(n)
		}
		s := "cent"
		if n >= 200 {
			s = units[n/100] + " cent"
			if n%100 == 0 {
				s += "s"
			}
		}
		if n%100 != 0 {
			s += " " + below100(n%100)
		}
		return s
	}
	return thousands(n, below1000, "mille", " mille", " ")
}

func spellIt(n int) string {
	units := strings.Fields("zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove")
	tens := strings.Fields("_ _ venti trenta quaranta cinquanta sessanta settanta ottanta novanta")
	below100 := func(n int) string {
		if n < 20 {
			return units[n]
		}
		t, u := tens[n/10], n%10
		switch u {
		case 0:
			return t
		case 1, 8:
			t = t[:len(t)-1]
		case 3:
			return t + "tré"
		}
		return t + units[u]
	}
	below1000 := func(n int) string {
		if n < 100 {
			return below100(n)
		}
		s := "cento"
		if n >= 200 {
			s = units[n/100] + "cento"
		}
		if r := n % 100; r != 0 {
			if r/10 == 8 || r == 8 {
				s = s[:len(s)-1]
			}
			s += below100(r)
		}
		return s
	}
	return thousands(n, below1000, "mille", "mila", "")
}

// thousands spells n below a million where a thousand has its own word
// (mille) and more thousands take a plural or suffix (deux mille, duemila).
func thousands(n int, below1000 func(int) string, one, many, sep string) string {
	if n < 1000 {
		return below1000(n)
	}
	s := one
	if n >= 2000 {
		s = below1000(n/1000) + many
	}
	if n%1000 != 0 {
		s += sep + below1000(n%1000)
	}
	return s
}

func spellVi(n int) string {
	units := strings.Fields("không một hai ba bốn năm sáu bảy tám chín")
	below100 := func(n int, after bool) string {
		switch {
		case n < 10 && after:
			return "lẻ " + units[n]
		case n < 10:
			return units[n]
		case n < 20:
			if n == 15 {
				return "mười lăm"
			}
			if n == 10 {
				return "mười"
			}
			return "mười " + units[n-10]
		}
		s := units[n/10] + " mươi"
		switch n % 10 {
		case 0:
		case 1:
			s += " mốt"
		case 5:
			s += " lăm"
		default:
			s += " " + units[n%10]
		}
		return s
	}
	if n < 100 {
		return below100(n, false)
	}
	s := units[n/100] + " trăm"
	if n%100 != 0 {
		s += " " + below100(n%100, true)
	}
	return s
}

func TestRoundTrip(t *testing.T) {
	t.Parallel()
	spellers := []struct {
		lang  string
		spell func(int) string
		max   int
	}{
		{"en", spellEn, 1000000}, {"de", spellDe, 1000000}, {"fr", spellFr, 1000000},
		{"it", spellIt, 1000000}, {"vi", spellVi, 1000},
	}
	for _, sp := range spellers {
		for n := 0; n < sp.max; n += step(n) {
			if n == 0 && sp.lang == "vi" {
				continue // không is also "not": vi has no zero word
			}
			s := sp.spell(n)
			r, ok := Match(sp.lang, s+" x")
			if !ok || r.Len != len(s) || r.Value.Text('f') != strconv.Itoa(n) || r.Kind != Cardinal {
				t.Errorf("%s %q: got ok=%v %q = %s, want %d", sp.lang, s, ok, (s + " x")[:r.Len], r.Value.Text('f'), n)
			}
		}
	}
}

// step visits every number below 1000, then a spread of larger ones.
func step(n int) int {
	if n < 1000 {
		return 1
	}
	return 997
}
