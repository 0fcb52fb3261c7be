package check

import (
	"fmt"
	"strings"

	"github.com/tally-qa/tally/align"
	"github.com/tally-qa/tally/numbers"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// This file is tally's severity policy: what a difference between two
// versions means for an editor. numbers/ says what differs and why; this
// decides how much it matters.

// severityOf grades a pair of facts that Match or Compare paired.
func severityOf(d numbers.Diagnosis) (Severity, string) {
	switch {
	case d.Cause == numbers.Same && d.Ambiguous:
		return Warning, KindAmbiguous
	case d.Cause == numbers.Same:
		return OK, KindAgree
	case d.Cause == numbers.QualifierChanged:
		return Warning, KindMismatch
	case d.Cause == numbers.UnitChanged && d.UnitUnstated:
		// the same number, its unit left to the context: worth a look, not
		// a wrong figure ("€1.18bn" = "1,18 mld")
		return Info, KindMismatch
	}
	return Error, KindMismatch
}

// weak reports whether a lone fact is too slight to be an error when it has
// no counterpart: numbers written in words ("two provinces" may become
// "beide Provinzen") are often rephrased rather than dropped.
func weak(f numbers.Fact) bool {
	return f.Spelled
}

func (c *pairCheck) base(sp, tp int) Finding {
	return Finding{
		SourceFile:      c.s.doc.Path,
		TargetFile:      c.t.doc.Path,
		SourceLang:      c.stats.SourceLang,
		TargetLang:      c.stats.TargetLang,
		SourceParagraph: sp,
		TargetParagraph: tp,
		SourceLine:      lineOf(c.s, sp),
		TargetLine:      lineOf(c.t, tp),
		SourceUnit:      idOf(c.s, sp),
		TargetUnit:      idOf(c.t, tp),
	}
}

func lineOf(v *version, p int) int {
	if p <= 0 || p > len(v.doc.Paragraphs) {
		return 0
	}
	return v.doc.Paragraphs[p-1].Line
}

func idOf(v *version, p int) string {
	if p <= 0 || p > len(v.doc.Paragraphs) {
		return ""
	}
	return v.doc.Paragraphs[p-1].ID
}

// compared records a source fact and the target fact it was paired with.
func (c *pairCheck) compared(s, t located, d numbers.Diagnosis) {
	sev, kind := severityOf(d)
	if d.Cause == numbers.Same && (s.fact.Unit != "" || t.fact.Unit != "") {
		// only amounts with a unit and times with a zone convert
		if c.agreed == nil {
			n := c.s.factCount() + c.t.factCount()
			if cap(c.sc.agreed) < n {
				c.sc.agreed = make([]bool, n)
			}
			c.agreed = c.sc.agreed[:n]
			clear(c.agreed)
		}
		c.agreed[c.agreedAt(c.s, s.num)], c.agreed[c.agreedAt(c.t, t.num)] = true, true
	}
	if sev == OK {
		c.stats.Agreed++
		if notes := t.fact.Notes; len(notes) > 0 {
			sev, kind = Info, KindStyle
		} else if !c.opt.All {
			return
		}
	}
	f := c.base(s.para+1, t.para+1)
	f.Severity, f.Kind, f.Cause = sev, kind, string(d.Cause)
	f.SourceText, f.TargetText = s.fact.Text, t.fact.Text
	f.SourceValue, f.TargetValue = ValueString(*s.fact), ValueString(*t.fact)
	f.SourceContext = excerpt(c.s.doc.Paragraphs[s.para].Text, s.fact.Offset, s.fact.End)
	f.TargetContext = excerpt(c.t.doc.Paragraphs[t.para].Text, t.fact.Offset, t.fact.End)
	f.Message = d.Message
	switch kind {
	case KindAgree:
		if f.Message == "" {
			f.Message = "agrees"
		}
	case KindStyle:
		f.Message = fmt.Sprintf("%q agrees with %q, but %s", t.fact.Text, s.fact.Text, strings.Join(t.fact.Notes, "; "))
		f.Suggestion = numbers.Format(*s.fact, c.t.doc.Lang)
	default:
		f.Suggestion = d.Suggestion
		if f.Suggestion == "" {
			f.Suggestion = numbers.Format(*s.fact, c.t.doc.Lang)
		}
	}
	c.findings = append(c.findings, f)
}

// missing records a source fact with no counterpart in the target.
func (c *pairCheck) missing(s located) {
	f := c.base(s.para+1, c.counterpart(s.para, true))
	f.Severity, f.Kind = Error, KindMissing
	if weak(*s.fact) {
		f.Severity = Info
	}
	f.SourceText, f.SourceValue = s.fact.Text, ValueString(*s.fact)
	f.SourceContext = excerpt(c.s.doc.Paragraphs[s.para].Text, s.fact.Offset, s.fact.End)
	f.Message = fmt.Sprintf("the %s says %q (%s); the %s has no such %s in the matching paragraph",
		langName(c.s.doc.Lang), s.fact.Text, ValueString(*s.fact), langName(c.t.doc.Lang), kindNoun(s.fact.Kind))
	f.Suggestion = numbers.Format(*s.fact, c.t.doc.Lang)
	c.conversionNote(&f, s.fact, c.s, c.t, s.para, "nothing to fix, or add the conversion")
	c.findings = append(c.findings, f)
}

// conversionNote makes f, a fact of version v (paragraph para) with no
// counterpart in other, a note when v gives the same figure converted
// beside it and that rendering agreed ("45°C (113°F)" against "45 °C").
func (c *pairCheck) conversionNote(f *Finding, fact *numbers.Fact, v, other *version, para int, fix string) {
	g := c.conversionOf(fact, v, para)
	if g == nil {
		return
	}
	f.Severity = Info
	f.Message = fmt.Sprintf("the %s gives %q also as %q (a conversion); the %s gives it once",
		langName(v.doc.Lang), g.Text, fact.Text, langName(other.doc.Lang))
	f.Suggestion = fix
}

// conversionOf returns the fact of the same paragraph that f converts
// ("45°C (113°F)") and that agreed with the other version, or nil: a
// figure given twice and wrong in both renderings is no note.
func (c *pairCheck) conversionOf(f *numbers.Fact, v *version, para int) *numbers.Fact {
	if c.agreed == nil {
		return nil
	}
	facts := v.facts[para]
	for k := range facts {
		if g := &facts[k]; g != f && c.agreed[c.agreedAt(v, v.first[para]+k)] && numbers.Converts(*f, *g) {
			return g
		}
	}
	return nil
}

// agreedAt is the index in c.agreed of fact number num of version v.
func (c *pairCheck) agreedAt(v *version, num int) int {
	if v == c.s {
		return num
	}
	return c.s.factCount() + num
}

// extra records a target fact with no counterpart in the source.
func (c *pairCheck) extra(t located) {
	f := c.base(c.counterpart(t.para, false), t.para+1)
	f.Severity, f.Kind = Error, KindExtra
	if weak(*t.fact) {
		f.Severity = Info
	}
	f.TargetText, f.TargetValue = t.fact.Text, ValueString(*t.fact)
	f.TargetContext = excerpt(c.t.doc.Paragraphs[t.para].Text, t.fact.Offset, t.fact.End)
	f.Message = fmt.Sprintf("the %s says %q (%s); the %s has no such %s in the matching paragraph",
		langName(c.t.doc.Lang), t.fact.Text, ValueString(*t.fact), langName(c.s.doc.Lang), kindNoun(t.fact.Kind))
	f.Suggestion = "remove it, or add it to the source"
	c.conversionNote(&f, t.fact, c.t, c.s, t.para, "nothing to fix")
	c.findings = append(c.findings, f)
}

// unaligned reports, once, a paragraph of one side that has no counterpart
// on the other: a warning when it holds facts (they go unchecked), a note
// otherwise.
func (c *pairCheck) unaligned(source bool, paras []int, facts []located) {
	for _, p := range paras {
		n := 0
		for _, f := range facts {
			if f.para == p {
				n++
			}
		}
		var f Finding
		var doc, other string
		if source {
			f = c.base(p+1, 0)
			doc, other = langName(c.s.doc.Lang), langName(c.t.doc.Lang)
			f.SourceText = excerpt(c.s.doc.Paragraphs[p].Text, 0, 0)
		} else {
			f = c.base(0, p+1)
			doc, other = langName(c.t.doc.Lang), langName(c.s.doc.Lang)
			f.TargetText = excerpt(c.t.doc.Paragraphs[p].Text, 0, 0)
		}
		f.Kind, f.Severity = KindUnaligned, Info
		f.Message = fmt.Sprintf("paragraph %d of the %s has no counterpart in the %s", p+1, doc, other)
		if n > 0 {
			f.Severity = Warning
			f.Message += fmt.Sprintf("; its %d numeric fact(s) could not be checked", n)
			f.Suggestion = "check whether the paragraph was dropped or added in translation"
		}
		c.findings = append(c.findings, f)
	}
}

// counterpart returns the 1-based paragraph on the other side that is
// aligned with paragraph p (0 if none is known).
func (c *pairCheck) counterpart(p int, fromSource bool) int {
	for _, l := range c.links {
		from, to := l.Source, l.Target
		if !fromSource {
			from, to = to, from
		}
		for _, q := range from {
			if q == p && len(to) > 0 {
				return to[0] + 1
			}
		}
	}
	return 0
}

// ValueString writes the value a fact means, for reports: an exact decimal
// with its unit, a range as "low–high", a date in ISO form, a code as written.
func ValueString(f numbers.Fact) string {
	var s string
	switch {
	case f.Kind == numbers.Code:
		return f.Text
	case f.ISO != "":
		s = f.ISO
	case f.Low != nil && f.High != nil:
		s = f.Low.Text('f') + "–" + f.High.Text('f')
	default:
		s = f.Value.Text('f')
	}
	if f.Unit != "" {
		if f.Unit == "%" {
			s += "%"
		} else {
			s += " " + f.Unit
		}
	}
	if f.Kind == numbers.Ordinal {
		s += "."
	}
	if f.Qualifier != numbers.NoQualifier {
		s = strings.ReplaceAll(string(f.Qualifier), "_", " ") + " " + s
	}
	return s
}

func kindNoun(k numbers.Kind) string {
	switch k {
	case numbers.Date:
		return "date"
	case numbers.Year:
		return "year"
	case numbers.Code:
		return "code"
	case numbers.Percent:
		return "percentage"
	case numbers.Money:
		return "amount"
	case numbers.Range:
		return "range"
	case numbers.Ordinal:
		return "ordinal"
	}
	return "number"
}

// excerpt returns the text around [start, end) in p, about 80 bytes, cut at
// word boundaries and marked with an ellipsis where cut. With start == end
// == 0 it returns the start of the paragraph.
func excerpt(p string, start, end int) string {
	const width = 80
	if len(p) <= width {
		return p
	}
	lo, hi := start-(width-(end-start))/2, 0
	if lo < 0 {
		lo = 0
	}
	hi = lo + width
	if hi < end {
		hi = end
	}
	if hi > len(p) {
		hi = len(p)
		lo = max(0, hi-width)
	}
	for lo > 0 && lo < len(p) && p[lo-1] != ' ' {
		lo--
	}
	for hi < len(p) && p[hi] != ' ' {
		hi++
	}
	s := strings.TrimSpace(p[lo:hi])
	if lo > 0 {
		s = "…" + s
	}
	if hi < len(p) {
		s += "…"
	}
	return s
}

// langName names a language in English for messages: "German".
func langName(t language.Tag) string {
	if n := display.English.Languages().Name(t); n != "" {
		return n
	}
	return t.String()
}

// lowConfidenceScore is the link score below which an alignment region is
// doubtful.
const lowConfidenceScore = 0.5

// lowConfidence warns once per doubtful region of the alignment, and only
// where that region holds findings at warning or error: they may come from
// paragraphs paired wrongly rather than from the translation. A doubtful
// region where every fact agrees needs no one's attention.
func (c *pairCheck) lowConfidence(a align.Alignment) {
	for _, r := range a.LowConfidence(lowConfidenceScore) {
		inRegion := func(f Finding) bool {
			return (f.SourceParagraph > r.Source[0] && f.SourceParagraph <= r.Source[1]) ||
				(f.TargetParagraph > r.Target[0] && f.TargetParagraph <= r.Target[1])
		}
		n := 0
		for _, f := range c.findings {
			if f.Severity >= Warning && f.Kind != KindUnaligned && inRegion(f) {
				n++
			}
		}
		if n == 0 {
			continue
		}
		f := c.base(r.Source[0]+1, r.Target[0]+1)
		f.Severity, f.Kind = Warning, KindLowConf
		f.Message = fmt.Sprintf("the pairing of %s with %s is uncertain; %d finding(s) there may come from paragraphs paired wrongly",
			span("source paragraph", r.Source), span("target paragraph", r.Target), n)
		f.Suggestion = "compare these paragraphs by eye (tally align shows the pairing)"
		c.findings = append(c.findings, f)
	}
}

// span names a half-open range of 0-based paragraphs in 1-based words.
func span(noun string, r [2]int) string {
	switch {
	case r[1] <= r[0]:
		return "no " + noun
	case r[1] == r[0]+1:
		return fmt.Sprintf("%s %d", noun, r[0]+1)
	}
	return fmt.Sprintf("%ss %d–%d", noun, r[0]+1, r[1])
}
