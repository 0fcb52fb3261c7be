// Package gen writes synthetic corpora for tally: sets of short news
// articles in several languages (en, de, fr, nl, es, it, pt, vi) whose
// numbers are written in each language's conventions, some with planted
// errors, half named by convention (name.de.txt) and half not, plus files
// with no counterpart. A manifest of what was written is saved as
// .gencorpus.json in the folder (a dot-name, so tally skips it).
// Generation is deterministic for a seed.
//
// Two styles are written. The dense style (the default) is the figure
// paragraphs alone: files of about 1 KB with some 14 facts per KB. The
// article style puts paragraphs of prose without numbers (background,
// quotes, context) between the same figure paragraphs, so that a file is
// 4-8 KB with 3-4 facts per KB, as the press releases tally is meant for.
// The values, the planted errors and the file names are the same in both
// styles for a seed; only the prose is added.
package gen

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ManifestName is the file, inside the output folder, that describes it.
const ManifestName = ".gencorpus.json"

// Config says what to generate. Zero fields take the defaults.
type Config struct {
	Sets      int      // number of sets of versions
	Seed      uint64   // the same seed writes the same files
	Langs     []string // languages to draw from (nil: Languages)
	Unpaired  int      // files with no counterpart (negative: none; 0: Sets/10)
	ErrorRate float64  // share of sets with a planted error (0: 0.3; negative: none)
	MinLangs  int      // fewest versions per set (0: 2)
	MaxLangs  int      // most versions per set (0: 4)
	// Naming says which sets carry the language in their file names:
	// "" or "mixed" every other set, "all" every set, "none" no set.
	Naming string
	// Style says what a file holds: "" or "dense" the figure paragraphs
	// alone (the corpora written before the article style existed, byte
	// for byte), "article" the same figure paragraphs with prose
	// paragraphs between them.
	Style string
}

// Styles are the values Config.Style takes.
var Styles = []string{"dense", "article"}

// File is one written file.
type File struct {
	Path string `json:"path"` // relative to the folder, with forward slashes
	Lang string `json:"lang"`
}

// Planted is an error written into one version on purpose.
type Planted struct {
	Path   string `json:"path"`
	Kind   string `json:"kind"`   // "digit", "separator" (×1000) or "dropped_paragraph"
	Detail string `json:"detail"` // what was written instead of what
}

// SetInfo describes one set of versions.
type SetInfo struct {
	ID     string    `json:"id"`
	Named  bool      `json:"named"` // the file names carry the language and the set
	Files  []File    `json:"files"`
	Errors []Planted `json:"errors,omitempty"`
}

// Manifest describes a generated folder.
type Manifest struct {
	Seed     uint64    `json:"seed"`
	Style    string    `json:"style,omitempty"` // "article", or "" for dense
	Sets     []SetInfo `json:"sets"`
	Unpaired []File    `json:"unpaired"`
}

// Generate writes cfg.Sets sets and cfg.Unpaired single files into dir
// (created if needed) and returns the manifest, also saved in dir.
func Generate(dir string, cfg Config) (*Manifest, error) {
	if cfg.Sets < 0 {
		return nil, fmt.Errorf("gencorpus: negative number of sets %d", cfg.Sets)
	}
	langs := cfg.Langs
	if len(langs) == 0 {
		langs = Languages
	}
	for _, l := range langs {
		if _, ok := locales[l]; !ok {
			return nil, fmt.Errorf("gencorpus: unknown language %q (want one of %s)", l, strings.Join(Languages, ", "))
		}
	}
	switch cfg.Style {
	case "", "dense":
		cfg.Style = ""
	case "article":
	default:
		return nil, fmt.Errorf("gencorpus: unknown style %q (want %s)", cfg.Style, strings.Join(Styles, " or "))
	}
	if cfg.Unpaired == 0 {
		cfg.Unpaired = cfg.Sets / 10
	}
	if cfg.ErrorRate == 0 {
		cfg.ErrorRate = 0.3
	}
	if cfg.MinLangs <= 0 {
		cfg.MinLangs = 2
	}
	if cfg.MaxLangs <= 0 {
		cfg.MaxLangs = 4
	}
	cfg.MaxLangs = min(cfg.MaxLangs, len(langs))
	cfg.MinLangs = min(cfg.MinLangs, cfg.MaxLangs)

	g := &generator{rng: rand.New(rand.NewPCG(cfg.Seed, 0x7a11)), dir: dir, used: make(map[string]bool)}
	if cfg.Style == "article" {
		// The prose has a generator of its own, so that the values, the
		// planted errors and the names drawn from rng stay those of the
		// dense style.
		g.prose = rand.New(rand.NewPCG(cfg.Seed, 0x9a05e))
	}
	m := &Manifest{Seed: cfg.Seed, Style: cfg.Style}
	for k := 0; k < cfg.Sets; k++ {
		set, err := g.writeSet(k, langs, cfg)
		if err != nil {
			return nil, err
		}
		m.Sets = append(m.Sets, set)
	}
	for k := 0; k < max(0, cfg.Unpaired); k++ {
		f, err := g.writeSingle(k, langs)
		if err != nil {
			return nil, err
		}
		m.Unpaired = append(m.Unpaired, f)
	}
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, ManifestName), data, 0o644); err != nil {
		return nil, err
	}
	return m, nil
}

type generator struct {
	rng   *rand.Rand
	prose *rand.Rand // nil in the dense style
	dir   string
	used  map[string]bool
}

// article is the values of one article, language-independent.
type article struct {
	place           int
	person, person2 [2]string
	code            string
	day, month      int
	year            int
	day2, month2    int
	year2           int
	rangeFrom       int
	big             int // billions of VND
	small           int // cents of millions of VND: 8379 is 83.79 million
	pct             [3]int
	count           [8]int
	area            int
	url             string
	paras           []int // template indices, in order
	// layout, in the article style, is the order of the paragraphs of a
	// file: i >= 0 is paras[i], a figure paragraph; i < 0 is prose[-i-1].
	// nil in the dense style: paras alone.
	layout []int
}

func (g *generator) newArticle() *article {
	r := g.rng
	a := &article{place: r.IntN(len(places))}
	a.person = g.person()
	a.person2 = g.person()
	a.code = fmt.Sprintf(codeForms[r.IntN(len(codeForms))], 1+r.IntN(999))
	a.year = 2015 + r.IntN(10)
	a.day, a.month = 1+r.IntN(28), 1+r.IntN(12)
	a.year2 = a.year + 1 + r.IntN(2)
	a.day2, a.month2 = 1+r.IntN(28), 1+r.IntN(12)
	a.rangeFrom = a.year - 1 - r.IntN(5)
	a.big = 100 + r.IntN(9900)
	a.small = 1000 + r.IntN(9000) // 10.00 .. 99.99 million
	for i := range a.pct {
		a.pct[i] = 11 + r.IntN(980) // 1.1 % .. 99.0 %
		if a.pct[i]%10 == 0 {
			a.pct[i]++
		}
	}
	for i := range a.count {
		a.count[i] = 20 + r.IntN(60000)
	}
	a.area = 500 + r.IntN(20000)
	a.url = fmt.Sprintf("https://%s/%s-%d.html", sites[r.IntN(len(sites))], slug(places[a.place][1]), 100000+r.IntN(900000))
	// The opening, then 2 to 5 of the other paragraphs in a random order.
	rest := r.Perm(len(templates) - 1)
	a.paras = append([]int{0}, rest[:2+r.IntN(4)]...)
	for i := range a.paras[1:] {
		a.paras[i+1]++
	}
	return a
}

func (g *generator) person() [2]string {
	r := g.rng
	vi := familyNames[r.IntN(len(familyNames))] + " " + middleNames[r.IntN(len(middleNames))] + " " + givenNames[r.IntN(len(givenNames))]
	return [2]string{vi, foldVietnamese(vi)}
}

// render writes the article in lang. err, if not "", plants that error in
// paragraph errPara; it returns the paragraphs and what was planted.
func (a *article) render(lang, err string, errPara int) ([]string, string) {
	l := locales[lang]
	name := func(v [2]string) string { return nameIn(lang, v) }
	small := l.decimal2(a.small) + ""
	detail := ""
	counts := a.count
	if err == "separator" && hasPlaceholder(a, "{small}") {
		small = l.misgrouped(a.small)
		detail = fmt.Sprintf("%s written %s", l.decimal2(a.small), small)
	}
	if err == "digit" {
		old := counts[1]
		counts[1] = changeDigit(old)
		detail = fmt.Sprintf("%s written %s", l.integer(old), l.integer(counts[1]))
	}
	date := l.dateOf(a.day, a.month, a.year)
	vals := []string{
		"{place}", name(places[a.place]),
		"{person}", name(a.person),
		"{person2}", name(a.person2),
		"{code}", a.code,
		"{Date}", upperFirst(date),
		"{date}", date,
		"{date2}", l.dateOf(a.day2, a.month2, a.year2),
		"{year}", strconv.Itoa(a.year - 1),
		"{range}", l.yearRange(a.rangeFrom, a.year),
		"{big}", fmt.Sprintf(l.billion, l.integer(a.big)),
		"{small}", fmt.Sprintf(l.million, small),
		"{pct}", l.pct(a.pct[0]),
		"{pct2}", l.pct(a.pct[1]),
		"{pct3}", l.pct(a.pct[2]),
		"{area}", l.integer(a.area),
		"{url}", a.url,
	}
	for i, c := range counts {
		vals = append(vals, "{count"+suffix(i)+"}", l.integer(c))
	}
	rep := strings.NewReplacer(vals...)
	var out []string
	if a.layout == nil {
		for i, t := range a.paras {
			if err == "dropped_paragraph" && i == errPara {
				detail = fmt.Sprintf("paragraph %d of %d left out", i+1, len(a.paras))
				continue
			}
			out = append(out, rep.Replace(templates[t][lang]))
		}
		return out, detail
	}
	// The article style: the dropped paragraph is still the figure
	// paragraph errPara, numbered by its place among all paragraphs.
	for pos, i := range a.layout {
		if i < 0 {
			out = append(out, rep.Replace(prose[-i-1][lang]))
			continue
		}
		if err == "dropped_paragraph" && i == errPara {
			detail = fmt.Sprintf("paragraph %d of %d left out", pos+1, len(a.layout))
			continue
		}
		out = append(out, rep.Replace(templates[a.paras[i]][lang]))
	}
	return out, detail
}

func suffix(i int) string {
	if i == 0 {
		return ""
	}
	return strconv.Itoa(i + 1)
}

// hasPlaceholder reports whether the article uses a placeholder.
func hasPlaceholder(a *article, p string) bool {
	for _, t := range a.paras {
		if strings.Contains(templates[t]["en"], p) {
			return true
		}
	}
	return false
}

// changeDigit changes one digit of n (not the first, so the length stays).
func changeDigit(n int) int {
	s := []byte(strconv.Itoa(n))
	i := len(s) / 2
	if i == 0 {
		return n + 1
	}
	s[i] = '0' + (s[i]-'0'+3)%10
	v, _ := strconv.Atoi(string(s))
	return v
}

// writeSet writes the versions of set k.
func (g *generator) writeSet(k int, langs []string, cfg Config) (SetInfo, error) {
	r := g.rng
	a := g.newArticle()
	if g.prose != nil {
		a.addProse(g.prose)
	}
	n := cfg.MinLangs + r.IntN(cfg.MaxLangs-cfg.MinLangs+1)
	chosen := pickLangs(r, langs, n)
	set := SetInfo{ID: fmt.Sprintf("set%06d", k), Named: cfg.Naming == "all" || k%2 == 0 && cfg.Naming != "none"}

	errKind, errLang := "", ""
	if cfg.ErrorRate > 0 && r.Float64() < cfg.ErrorRate && len(chosen) > 1 {
		errKind = []string{"digit", "separator", "dropped_paragraph"}[r.IntN(3)]
		errLang = chosen[1+r.IntN(len(chosen)-1)] // never the first (the source)
		if errKind == "digit" && !hasPlaceholder(a, "{count2}") {
			errKind = "dropped_paragraph"
		}
		if errKind == "separator" && !hasPlaceholder(a, "{small}") {
			errKind = "dropped_paragraph"
		}
	}
	errPara := 1 + r.IntN(len(a.paras)-1)
	base := fmt.Sprintf("%s-%s-%d", slug(places[a.place][1]), "report", k)
	convention := k / 2 % 5
	for _, lang := range chosen {
		kind := ""
		if lang == errLang {
			kind = errKind
		}
		paras, detail := a.render(lang, kind, errPara)
		var rel string
		if set.Named {
			rel = namedPath(base, lang, convention)
		} else {
			rel = g.randomName()
		}
		if err := g.write(rel, paras); err != nil {
			return set, err
		}
		set.Files = append(set.Files, File{Path: rel, Lang: lang})
		if kind != "" {
			set.Errors = append(set.Errors, Planted{Path: rel, Kind: kind, Detail: detail})
		}
	}
	return set, nil
}

// writeSingle writes an article with no counterpart.
func (g *generator) writeSingle(k int, langs []string) (File, error) {
	a := g.newArticle()
	if g.prose != nil {
		a.addProse(g.prose)
	}
	lang := langs[g.rng.IntN(len(langs))]
	paras, _ := a.render(lang, "", 0)
	rel := g.randomName()
	if k%4 == 3 { // a few declare their language but have no counterpart
		rel = namedPath(fmt.Sprintf("notice-%d", k), lang, 0)
	}
	return File{Path: rel, Lang: lang}, g.write(rel, paras)
}

// pickLangs chooses n languages in a random order, English first in four
// sets of five when it is available.
func pickLangs(r *rand.Rand, langs []string, n int) []string {
	out := make([]string, 0, len(langs))
	for _, i := range r.Perm(len(langs)) {
		out = append(out, langs[i])
	}
	if r.IntN(5) < 4 {
		for i, l := range out {
			if l == "en" {
				copy(out[1:i+1], out[:i])
				out[0] = "en"
				break
			}
		}
	}
	return out[:n]
}

// namedPath writes a path by one of the naming conventions tally reads.
func namedPath(base, lang string, convention int) string {
	switch convention {
	case 0:
		return base + "." + lang + ".txt"
	case 1:
		return base + "_" + lang + ".txt"
	case 2:
		return base + "-" + lang + ".txt"
	case 3:
		return path.Join("by-lang", lang, base+".txt")
	default:
		return path.Join(base, lang+".txt")
	}
}

// randomName returns a fresh name that says nothing: 004711_3fa9c2d1e0b7a644.txt.
func (g *generator) randomName() string {
	for {
		name := fmt.Sprintf("%06d_%016x.txt", g.rng.IntN(1000000), g.rng.Uint64())
		if !g.used[name] {
			return name
		}
	}
}

func (g *generator) write(rel string, paras []string) error {
	if g.used[rel] {
		return fmt.Errorf("gencorpus: %s written twice", rel)
	}
	g.used[rel] = true
	p := filepath.Join(g.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, []byte(strings.Join(paras, "\n")+"\n"), 0o644)
}

func slug(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, " ", "-"))
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// foldVietnamese writes a Vietnamese name without diacritics, the way the
// other language versions write it.
func foldVietnamese(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(viFold(r))
	}
	return b.String()
}

func viFold(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	for base, forms := range viForms {
		if strings.ContainsRune(forms, r) {
			return base
		}
	}
	return r
}

var viForms = map[rune]string{
	'a': "àáảãạăằắẳẵặâầấẩẫậ", 'A': "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ",
	'e': "èéẻẽẹêềếểễệ", 'E': "ÈÉẺẼẸÊỀẾỂỄỆ",
	'i': "ìíỉĩị", 'I': "ÌÍỈĨỊ",
	'o': "òóỏõọôồốổỗộơờớởỡợ", 'O': "ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ",
	'u': "ùúủũụưừứửữự", 'U': "ÙÚỦŨỤƯỪỨỬỮỰ",
	'y': "ỳýỷỹỵ", 'Y': "ỲÝỶỸỴ",
	'd': "đ", 'D': "Đ",
}
