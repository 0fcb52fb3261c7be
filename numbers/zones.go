package numbers

import "strings"

// Time zones written after a clock time ("2 p.m. ET", "20 Uhr MEZ",
// "17:00 GMT"): a release timed for one continent is translated for
// another with the time converted ("2 p.m. ET" = "20 Uhr MEZ"). A time's
// zone is its Unit.

// zones are the zone abbreviations tally reads, with their offsets from
// UTC in minutes: two where the abbreviation names a zone with summer time
// (ET is EST or EDT) or two zones (CST: US Central, China).
var zones = map[string][]int{
	"UTC": {0}, "GMT": {0}, "UT": {0}, "WET": {0}, "WEST": {60}, "BST": {60},
	"CET": {60}, "CEST": {120}, "MEZ": {60}, "MESZ": {120}, "HEC": {60}, "HAEC": {120},
	"EET": {120}, "EEST": {180}, "OEZ": {120}, "OESZ": {180},
	"ET": {-300, -240}, "EST": {-300}, "EDT": {-240},
	"CT": {-360, -300}, "CST": {-360, 480}, "CDT": {-300},
	"MT": {-420, -360}, "MST": {-420}, "MDT": {-360},
	"PT": {-480, -420}, "PST": {-480}, "PDT": {-420},
	"ICT": {420}, "SGT": {480}, "HKT": {480}, "JST": {540}, "KST": {540},
	"AEST": {600}, "AEDT": {660},
}

// zonePhrases are the zones written in words after a time, lower-cased,
// with their offsets; localTime marks the words for the local time of the
// place the text speaks of, whose offset the text does not say.
var zonePhrases = map[string][]int{
	"eastern time": {-300, -240}, "central time": {-360, -300}, "mountain time": {-420, -360},
	"pacific time": {-480, -420}, "uk time": {0, 60}, "london time": {0, 60}, "paris time": {60, 120},
	"in italy": {60, 120}, "italian time": {60, 120}, "spanish time": {60, 120}, "german time": {60, 120},
	"deutscher zeit": {60, 120}, "deutscher sommerzeit": {120}, "schweizer zeit": {60, 120},
	"heure de paris": {60, 120}, "heure française": {60, 120}, "heure de france": {60, 120},
	"heure de bruxelles": {60, 120}, "heure suisse": {60, 120},
	"nederlandse tijd": {60, 120}, "belgische tijd": {60, 120},
	"hora peninsular": {60, 120}, "hora peninsular española": {60, 120}, "hora española": {60, 120},
	"hora de madrid": {60, 120}, "hora de canarias": {0, 60}, "tiempo del centro de méxico": {-360},
	"hora del centro de méxico": {-360}, "hora de la ciudad de méxico": {-360}, "hora argentina": {-180},
	"hora de buenos aires": {-180},
	"ora italiana":         {60, 120}, "ora di roma": {60, 120}, "italiane": {60, 120}, "in italia": {60, 120},
	"horário de brasília": {-180}, "hora de brasília": {-180}, "hora de lisboa": {0, 60},
	"horário de lisboa": {0, 60}, "hora de portugal continental": {0, 60},
	"giờ việt nam": {420}, "giờ hà nội": {420}, "heure de kourou": {-180}, "heure de guyane": {-180},
}

// hourWords may end a clock time before its zone.
var hourWords = map[string]bool{"horas": true, "hrs": true, "uhr": true, "uur": true, "heures": true, "ore": true}

// localTime are the words for "local time" ("Ortszeit", "heure locale"):
// a zone tally cannot place, which agrees with a time in any zone that
// reads the same and is converted by a time in another zone beside it
// ("10.30 Uhr Ortszeit (19.30 Uhr MESZ)").
var localTime = map[string]bool{
	"local time": true, "ortszeit": true, "heure locale": true, "hora local": true, "ora locale": true,
	"lokale tijd": true, "plaatselijke tijd": true, "giờ địa phương": true,
}

// zoneWordsAfter reads a zone written in words after p: past spaces, a
// comma or an opening parenthesis ("à 3 h 20, heure de Paris", "a las
// 21:00 (hora peninsular)"), and the closing parenthesis if one opened.
func (s *scanner) zoneWordsAfter(p int) (string, int) {
	q := s.spaces(p)
	// past the hours word that may close the time: "9:00 horas, tiempo del
	// centro de México"
	if w := s.wordEnd(q); w > q && hourWords[strings.ToLower(s.src[q:w])] {
		q = s.spaces(w)
	}
	open := false
	switch {
	case q < len(s.src) && s.src[q] == '(':
		q, open = s.spaces(q+1), true
	case q < len(s.src) && s.src[q] == ',':
		q = s.spaces(q + 1)
	}
	if q >= len(s.src) {
		return "", p
	}
	// the longest phrase of up to five words
	best, bestEnd := "", 0
	e := q
	for range 5 {
		w := s.wordEnd(e)
		if w == e {
			break
		}
		phrase := strings.ToLower(s.orig[q:w])
		if _, ok := zonePhrases[phrase]; ok || localTime[phrase] {
			best, bestEnd = s.orig[q:w], w
		}
		e = s.spaces(w)
		if e == w {
			break
		}
	}
	if best == "" {
		return "", p
	}
	if open {
		if c := s.spaces(bestEnd); c < len(s.src) && s.src[c] == ')' {
			return best, c + 1
		}
		return "", p
	}
	return best, bestEnd
}

// zoneAfter reads a zone after p: an abbreviation ("2 p.m. ET", "14:00
// UTC+1") or words ("heure de Paris", "Ortszeit"). It gives "", p when
// none follows.
func (s *scanner) zoneAfter(p int) (string, int) {
	if z, e := s.zoneWordsAfter(p); z != "" {
		return z, e
	}
	q := s.spaces(p)
	paren := false
	if q > p && q+1 < len(s.src) && s.src[q] == '(' {
		q, paren = q+1, true // "15.00 uur (CEST)", "15 Uhr (MESZ)"
	}
	if q == p || q >= len(s.src) || s.src[q] < 'A' || s.src[q] > 'Z' {
		return "", p
	}
	e := q
	for e < len(s.src) && s.src[e] >= 'A' && s.src[e] <= 'Z' {
		e++
	}
	if e < len(s.src) && isWordByte(s.src[e]) {
		return "", p // "ETH": not a zone
	}
	name := s.src[q:e]
	if name == "UTC" || name == "GMT" {
		// an offset: "UTC+1", "GMT+7", "UTC-5", "UTC+05:30"
		if _, oe := offsetAt(s.src, e); oe > e {
			return s.src[q:oe], oe
		}
	}
	if _, ok := zones[name]; !ok || e < len(s.src) && (s.src[e] == '+' || s.src[e] == '-') {
		return "", p
	}
	if paren {
		if e >= len(s.src) || s.src[e] != ')' {
			return "", p
		}
		e++
	}
	return name, e
}

// offsetAt reads a UTC offset at i: a sign, one or two digits of hours and
// perhaps ":MM". It gives the offset in minutes and its end, or 0, i.
func offsetAt(src string, i int) (int, int) {
	if i+1 >= len(src) || src[i] != '+' && src[i] != '-' {
		return 0, i
	}
	h, j := smallInt(src, i+1, 2)
	if h < 0 || h > 14 {
		return 0, i
	}
	m := 0
	if j+2 < len(src) && src[j] == ':' {
		if mm, k := smallInt(src, j+1, 2); mm >= 0 && mm < 60 && k == j+3 {
			m, j = mm, k
		}
	}
	if j < len(src) && (isWordByte(src[j]) || src[j] == ':') {
		return 0, i
	}
	o := h*60 + m
	if src[i] == '-' {
		o = -o
	}
	return o, j
}

// zoneOffsets gives the offsets of a zone: from the tables, or written
// ("UTC+1"); nil for none (and for local time).
func zoneOffsets(zone string) []int {
	if o, ok := zones[zone]; ok {
		return o
	}
	if o, ok := zonePhrases[strings.ToLower(zone)]; ok {
		return o
	}
	if len(zone) > 3 && (zone[:3] == "UTC" || zone[:3] == "GMT") {
		if o, e := offsetAt(zone, 3); e == len(zone) {
			return []int{o}
		}
	}
	return nil
}

// zoneBack gives zone to the clock time just before start too, when a
// short word or a dash joins the two ("from 9 a.m. to 5 p.m. PT", "das 13h
// às 19h, hora de Lisboa", "9–17 Uhr MEZ"): the zone written once is the
// zone of both.
func (s *scanner) zoneBack(start int, zone string) {
	if zone == "" || len(s.facts) == 0 {
		return
	}
	prev := &s.facts[len(s.facts)-1]
	if prev.Kind != Time || prev.Unit != "" || prev.End > start {
		return
	}
	// one short word or a dash between them: "to", "bis", "às", "alle",
	// "and", "đến", "-"
	gap := strings.TrimSpace(s.orig[prev.End:start])
	if gap == "" || len(gap) > 6 || strings.ContainsAny(gap, " ,;.()") {
		return
	}
	prev.Unit = zone
}

// sameInstant reports whether the clock times ISO a in zone za and ISO b
// in zone zb are one instant for some offsets of their zones; ok is false
// when a zone or a time is not known.
func sameInstant(a, za, b, zb string) (same, ok bool) {
	ma, mb := minuteOfDay(a), minuteOfDay(b)
	if isLocalTime(za) || isLocalTime(zb) {
		// the local time of the place: as written
		return ma >= 0 && ma == mb, ma >= 0 && mb >= 0
	}
	oa, ob := zoneOffsets(za), zoneOffsets(zb)
	if ma < 0 || mb < 0 || oa == nil || ob == nil {
		return false, false
	}
	for _, x := range oa {
		for _, y := range ob {
			if ((ma-x)-(mb-y))%1440 == 0 {
				return true, true
			}
		}
	}
	return false, true
}

// inZone writes the clock time ISO a of zone za in zone zb ("14:00" ET in
// MEZ is "20:00"), with the first offset of each zone.
func inZone(a, za, zb string) string {
	m := minuteOfDay(a)
	oa, ob := zoneOffsets(za), zoneOffsets(zb)
	if m < 0 || len(oa) == 0 || len(ob) == 0 {
		return a
	}
	t := ((m-oa[0]+ob[0])%1440 + 1440) % 1440
	return isoTime(t/60, t%60)
}

// minuteOfDay reads "HH:MM", or gives -1.
func minuteOfDay(iso string) int {
	if len(iso) != 5 || iso[2] != ':' {
		return -1
	}
	h, m := int(iso[0]-'0')*10+int(iso[1]-'0'), int(iso[3]-'0')*10+int(iso[4]-'0')
	if h < 0 || h > 24 || m < 0 || m > 59 {
		return -1
	}
	return h*60 + m
}

// zoned compares two clock times written in different zones; ok is false
// when a zone is not known.
func (c *comparer) zoned() (Diagnosis, bool) {
	a, b := c.a, c.b
	same, ok := sameInstant(a.ISO, a.Unit, b.ISO, b.Unit)
	switch {
	case !ok:
		return Diagnosis{}, false
	case same:
		return Diagnosis{Cause: Same, Closeness: closeConverted}, true
	case c.quick:
		return Diagnosis{Cause: ValueChanged, Closeness: closeValue}, true
	}
	want := inZone(a.ISO, a.Unit, b.Unit)
	d := c.diag(ValueChanged, closeValue, "the %s %q is %s %s; the %s %q is %s %s.",
		c.la.Name, a.Text, want, b.Unit, c.lb.Name, b.Text, b.ISO, b.Unit)
	d.Suggestion = want + " " + b.Unit
	return d, true
}

// isLocalTime reports whether a zone is the words for local time.
func isLocalTime(zone string) bool { return localTime[strings.ToLower(zone)] }

// ResolveZones gives a clock time written without a zone the zone of the
// last time before it in the document that has one: a release names the
// zone once ("at 2 p.m. CT", "a las 21:00 (hora peninsular)") and goes on
// in it ("4:30 p.m." = "23:30"). paras holds a document's facts by
// paragraph; facts are changed in place. The words for local time, and a
// zone given beside another as its conversion, are not passed on.
func ResolveZones(paras [][]Fact) {
	zone := ""
	for _, facts := range paras {
		var last *Fact // the last time of the paragraph with a zone
		for k := range facts {
			f := &facts[k]
			if f.Kind != Time {
				continue
			}
			switch {
			case f.Unit == "":
				f.Unit = zone
			case last != nil && (Converts(*last, *f) || f.Offset-last.End <= 3):
				// "13:48, hora peninsular (12:48 UTC)": the conversion
				// beside a time (right after it, or converting it) does not
				// change the zone the text goes on in
			case !isLocalTime(f.Unit):
				zone = f.Unit
			}
			if f.Unit != "" {
				last = f
			}
		}
	}
	settleSummerTime(paras)
}

// settleSummerTime reads the zones that name summer and winter time alike
// (ET, PT, "heure de Paris", "hora de Lisboa") as the one the season of
// the document's first date says: a release dated 19 February is on
// standard time, one dated 5 August on summer time. March and November,
// when the clocks change, and a document without a date leave both.
func settleSummerTime(paras [][]Fact) {
	month := 0
	for _, facts := range paras {
		for _, f := range facts {
			if f.Kind == Date && month == 0 {
				month = isoMonth(f.ISO)
			}
		}
	}
	var summer bool
	switch {
	case month >= 4 && month <= 10:
		summer = true
	case month == 12 || month >= 1 && month <= 2:
		summer = false
	default:
		return
	}
	for _, facts := range paras {
		for k := range facts {
			if f := &facts[k]; f.Kind == Time && f.Unit != "" {
				if z := seasonal(f.Unit, summer); z != "" {
					f.Unit = z
				}
			}
		}
	}
}

// seasonal returns the zone of summer or winter time for a zone that names
// both, or "".
func seasonal(zone string, summer bool) string {
	o := zoneOffsets(zone)
	if len(o) != 2 || o[1]-o[0] != 60 {
		return "" // one offset, or two zones (CST)
	}
	n, ok := seasonNames[o[0]]
	if !ok {
		return ""
	}
	if summer {
		return n[1]
	}
	return n[0]
}

// seasonNames are the zones of winter and summer time by the winter
// offset.
var seasonNames = map[int][2]string{
	-300: {"EST", "EDT"}, -360: {"CST", "CDT"}, -420: {"MST", "MDT"}, -480: {"PST", "PDT"},
	60: {"CET", "CEST"}, 0: {"WET", "WEST"},
}

// isoMonth returns the month of an ISO date ("2025-11-26", "--11-26"), or 0.
func isoMonth(iso string) int {
	var m string
	switch {
	case len(iso) >= 7 && iso[4] == '-':
		m = iso[5:7]
	case len(iso) >= 4 && strings.HasPrefix(iso, "--"):
		m = iso[2:4]
	default:
		return 0
	}
	if m[0] < '0' || m[0] > '1' || m[1] < '0' || m[1] > '9' {
		return 0
	}
	return int(m[0]-'0')*10 + int(m[1]-'0')
}

// ResolveContext settles what a document's context decides of its facts:
// the order of day and month of its numeric dates (ResolveDateOrder) and
// the zones of its clock times (ResolveZones).
func ResolveContext(paras [][]Fact) {
	ResolveDateOrder(paras)
	ResolveZones(paras)
}
