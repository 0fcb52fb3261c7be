package align

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// u makes a unit of l runes with the given anchors.
func u(l int, anchors ...string) Unit {
	return Unit{Text: strings.Repeat("a", l), Anchors: anchors}
}

func kinds(a Alignment) string {
	s := make([]string, len(a.Links))
	for k, l := range a.Links {
		s[k] = linkString(l)
	}
	return strings.Join(s, " ")
}

func TestAlignLinkKinds(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		src, tgt []Unit
		want     string
	}{
		{"1-1", []Unit{u(200, "#1", "#2"), u(300, "#3")}, []Unit{u(220, "#1", "#2"), u(330, "#3")}, "0-0 1-1"},
		{"1-0 deletion", []Unit{u(200, "#1"), u(250, "#9", "#8"), u(300, "#3")}, []Unit{u(220, "#1"), u(330, "#3")}, "0-0 1- 2-1"},
		{"0-1 insertion", []Unit{u(200, "#1"), u(300, "#3")}, []Unit{u(220, "#1"), u(150, "#7"), u(330, "#3")}, "0-0 -1 1-2"},
		{"0-1 short comment", []Unit{u(200, "#1"), u(300, "#3")}, []Unit{u(220, "#1"), u(330, "#3"), u(12)}, "0-0 1-1 -2"},
		{"2-1 merge", []Unit{u(200, "#1"), u(150, "#2"), u(150, "#3"), u(300, "#4")}, []Unit{u(220, "#1"), u(330, "#2", "#3"), u(330, "#4")}, "0-0 1,2-1 3-2"},
		{"1-2 split", []Unit{u(200, "#1"), u(300, "#2", "#3"), u(300, "#4")}, []Unit{u(220, "#1"), u(160, "#2"), u(170, "#3"), u(330, "#4")}, "0-0 1-1,2 2-3"},
		{"2-2 crossing", []Unit{u(200, "#1"), u(200, "#2", "#3"), u(200, "#4", "#5"), u(300, "#6")},
			[]Unit{u(220, "#1"), u(110, "#2"), u(330, "#3", "#4", "#5"), u(330, "#6")}, "0-0 1,2-1,2 3-3"},
		{"3-1 merge", []Unit{u(200, "#1"), u(100, "#2"), u(100, "#3"), u(100, "#4"), u(300, "#5")},
			[]Unit{u(220, "#1"), u(330, "#2", "#3", "#4"), u(330, "#5")}, "0-0 1,2,3-1 4-2"},
		{"1-3 split", []Unit{u(200, "#1"), u(300, "#2", "#3", "#4"), u(300, "#5")},
			[]Unit{u(220, "#1"), u(110, "#2"), u(110, "#3"), u(110, "#4"), u(330, "#5")}, "0-0 1-1,2,3 2-4"},
		{"length only", []Unit{u(100), u(400), u(50), u(300)}, []Unit{u(110), u(440), u(55), u(330)}, "0-0 1-1 2-2 3-3"},
		{"empty source", nil, []Unit{u(10), u(20)}, "-0 -1"},
		{"empty target", []Unit{u(10)}, nil, "0-"},
		{"both empty", nil, nil, ""},
		{"empty texts", []Unit{u(0), u(0)}, []Unit{u(0)}, "*"}, // a tie: any valid answer
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a := Align(tt.src, tt.tgt, Options{Granularity: GranularityParagraph})
			if err := a.Validate(len(tt.src), len(tt.tgt)); err != nil {
				t.Fatal(err)
			}
			if got := kinds(a); got != tt.want && tt.want != "*" {
				t.Errorf("got %q, want %q (scores %s)", got, tt.want, scoreList(a))
			}
		})
	}
}

func TestAlignScores(t *testing.T) {
	t.Parallel()
	// The tail is a tie: either anchorless source unit may be the dropped one.
	src := []Unit{u(200, "#1", "#2", "17-NQ/TU"), u(300, "#3"), u(250), u(250)}
	tgt := []Unit{u(200, "#1", "#2", "17-NQ/TU"), u(300, "#3"), u(250)}
	a := Align(src, tgt, Options{Granularity: GranularityParagraph})
	if a.Links[0].Score < 0.9 {
		t.Errorf("1-1 with shared anchors and matching length: score %.2f, want >= 0.9", a.Links[0].Score)
	}
	last := a.Links[len(a.Links)-1]
	if last.Score > 0.2 {
		t.Errorf("tied tail %s: score %.2f, want <= 0.2", linkString(last), last.Score)
	}
	if got := a.Links[0].Kind(); got != "1-1" {
		t.Errorf("Kind = %q", got)
	}
}

func TestLowConfidence(t *testing.T) {
	t.Parallel()
	a := Alignment{Links: []Link{
		{Source: []int{0}, Target: []int{0}, Score: 0.9},
		{Source: []int{1}, Score: 0.2},
		{Source: []int{2}, Target: []int{1, 2}, Score: 0.3},
		{Source: []int{3}, Target: []int{3}, Score: 0.95},
		{Target: []int{4}, Score: 0.1},
	}}
	want := []Region{
		{First: 1, Last: 2, Source: [2]int{1, 3}, Target: [2]int{1, 3}},
		{First: 4, Last: 4, Source: [2]int{4, 4}, Target: [2]int{4, 5}},
	}
	if got := a.LowConfidence(0.5); !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if got := a.LowConfidence(0); got != nil {
		t.Errorf("threshold 0: got %+v", got)
	}
}

func TestValidate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		a    Alignment
		n, m int
		ok   bool
	}{
		{"good", Alignment{Links: []Link{{Source: []int{0}, Target: []int{0}, Score: 1}}}, 1, 1, true},
		{"gap", Alignment{Links: []Link{{Source: []int{1}, Target: []int{0}}}}, 2, 1, false},
		{"empty link", Alignment{Links: []Link{{}}}, 0, 0, false},
		{"score", Alignment{Links: []Link{{Source: []int{0}, Score: 2}}}, 1, 0, false},
		{"short", Alignment{}, 1, 0, false},
	}
	for _, tt := range tests {
		if err := tt.a.Validate(tt.n, tt.m); (err == nil) != tt.ok {
			t.Errorf("%s: Validate = %v", tt.name, err)
		}
	}
}

func TestMoved(t *testing.T) {
	t.Parallel()
	src := []Unit{u(100, "#1"), u(100, "#2", "#3", "X"), u(100, "#4"), u(100, "#5", "#6")}
	tgt := []Unit{u(100, "#1"), u(100, "#4"), u(100, "#2", "#3"), u(100, "#7", "#8")}
	a := Alignment{Links: []Link{
		{Source: []int{0}, Target: []int{0}}, {Source: []int{1}}, {Source: []int{2}, Target: []int{1}},
		{Target: []int{2}}, {Source: []int{3}}, {Target: []int{3}},
	}}
	got := Moved(a, src, tgt)
	if len(got) != 1 || linkString(got[0]) != "1-2" || got[0].Score != 0.8 {
		t.Errorf("got %+v, want one link 1-2 with score 0.8", got)
	}
}

func TestAutoGranularity(t *testing.T) {
	t.Parallel()
	src := []Unit{{Text: "Sales rose 5% to 200 units. Costs fell 3% to 80 units. Profit was 40 units."}}
	tgt := testUnits("Der Absatz stieg um 5 % auf 200 Einheiten.\nDie Kosten sanken um 3 % auf 80 Einheiten.\nDer Gewinn betrug 40 Einheiten.\nKommentar (0)")
	a := Align(src, tgt, Options{})
	if got := kinds(a); got != "0-0,1,2 -3" {
		t.Errorf("got %s", got)
	}
}

// TestRunesGiven: a unit's length in runes given by the caller aligns as
// the one Align counts.
func TestRunesGiven(t *testing.T) {
	t.Parallel()
	src, tgt, _ := synthetic(60, 3)
	src[0].Text = "Quảng Ninh " + src[0].Text // not one byte a rune
	counted := func(us []Unit) []Unit {
		out := make([]Unit, len(us))
		for i, u := range us {
			u.Runes = utf8.RuneCountInString(u.Text)
			out[i] = u
		}
		return out
	}
	if got, want := Align(counted(src), counted(tgt), Options{}), Align(src, tgt, Options{}); !reflect.DeepEqual(got, want) {
		t.Errorf("with Runes given: %v, want %v", got, want)
	}
}
