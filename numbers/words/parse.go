package words

// parser reads one number from a token list, greedily. p.i is the number of
// tokens consumed.
type parser struct {
	l       *lang
	t       []token
	i       int
	ordSeen bool
	weak    bool // set for readings that are often not numbers (vi thứ hai is also Monday)
}

// peek returns the next token's entry if it may continue the number: not
// past the end, not after an ordinal (except further ordinals where the
// language chains them), not an article or a needPre word at the start of a
// number.
func (p *parser) peek() *entry {
	if p.i >= len(p.t) {
		return nil
	}
	e := p.t[p.i].e
	if p.ordSeen && (!p.l.ordChain || !e.ord) {
		return nil
	}
	if p.i == 0 && e.needPre {
		return nil
	}
	if p.i > 0 && e.article {
		return nil
	}
	return e
}

func (p *parser) take() {
	if p.t[p.i].e.ord {
		p.ordSeen = true
	}
	p.i++
}

// number reads a number of any kind and returns its value as num/den.
func (p *parser) number() (num, den int64, kind Kind, ok bool) {
	e := p.peek()
	if e == nil {
		return 0, 0, 0, false
	}
	switch e.role {
	case rZero:
		p.take()
		return 0, 1, Cardinal, true
	case rFrac:
		p.take()
		return e.n, e.d, Fraction, true
	case rMixed:
		p.take()
		return e.n, e.d, Cardinal, true
	case rMult:
		p.take()
		return e.n, 1, Multiplier, true
	case rColl:
		p.take()
		return e.n, 1, Collective, true
	case rHalfAdd:
		p.take()
		return 1, 2, Fraction, true
	case rOrdPrefix, rMultPrefix:
		p.take()
		v, _, ok := p.card()
		if !ok {
			return 0, 0, 0, false
		}
		if e.role == rOrdPrefix {
			p.weak = 2 <= v && v <= 7 // thứ hai … thứ bảy are also Monday … Saturday
			return v, 1, Ordinal, true
		}
		return v, 1, Multiplier, true
	}
	v, last, ok := p.card()
	if !ok {
		return 0, 0, 0, false
	}
	if p.ordSeen {
		return v, 1, Ordinal, true
	}
	// What may follow a cardinal: and a half, a denominator, a collective,
	// a multiplier suffix.
	mark := p.i
	nx := p.peek()
	if nx == nil {
		return v, 1, Cardinal, true
	}
	switch {
	case nx.role == rConn && nx.conn&cnHalf != 0:
		p.take()
		if p.i < len(p.t) && p.t[p.i].e.role == rUnit && p.t[p.i].e.n == 1 && p.t[p.i].e.weak {
			p.i++ // one and a half, twee en een half
		}
		if h := p.peek(); h != nil && h.half {
			p.take()
			return 2*v + 1, 2, Cardinal, true
		}
		p.i = mark
	case nx.role == rHalfAdd:
		p.take()
		return 2*v + last, 2, Cardinal, true
	case nx.den > 0 && !nx.ord || nx.role == rDen:
		p.take()
		return v, nx.den, Fraction, true
	case nx.den > 0: // an ordinal that is also a denominator: one third, un cinquième
		p.take()
		p.ordSeen = false
		return v, nx.den, Fraction, true
	case nx.role == rColl:
		p.take()
		return v * nx.n, 1, Collective, true
	case nx.role == rMultSuffix:
		p.take()
		return v, 1, Multiplier, true
	case nx.role == rFracConn:
		p.take()
		if dn := p.peek(); dn == nil || (dn.role != rUnit && dn.role != rTeen && dn.role != rTen) {
			p.i = mark // phần trăm is "percent": the caller's
			return v, 1, Cardinal, true
		}
		d, _, ok := p.card()
		if ok && d > 0 && !p.ordSeen {
			return v, d, Fraction, true
		}
		p.i, p.ordSeen = mark, false
	}
	return v, 1, Cardinal, true
}

// card reads a cardinal (or, with ordinal words, an ordinal) below a million.
// last is the place value of its last part (1, 100 or 1000), for a following
// half (vi hai trăm rưỡi = 250).
func (p *parser) card() (v, last int64, ok bool) {
	hi, hiLast, hiOK := p.below1000()
	e := p.peek()
	if e == nil || e.role != rThousand || (hiOK && e.noMul) || (!hiOK && e.needPre) {
		return hi, hiLast, hiOK
	}
	if !hiOK {
		hi = 1
	}
	p.take()
	v = hi * e.n
	if p.ordSeen && !p.l.ordChain {
		return v, 1000, true
	}
	mark := p.i
	if c := p.peek(); c != nil && c.role == rConn && c.conn&cnAfterThousand != 0 {
		p.take()
	}
	if lo, loLast, ok := p.below1000(); ok {
		return v + lo, loLast, true
	}
	p.i = mark
	return v, 1000, true
}

// below1000 reads hundreds and what follows them, or a number below 100.
func (p *parser) below1000() (v, last int64, ok bool) {
	e := p.peek()
	if e == nil {
		return 0, 0, false
	}
	var h int64
	switch e.role {
	case rHundreds:
		p.take()
		h = e.n
	case rHundred:
		p.take()
		h = e.n
	default:
		b, ok := p.below100()
		if !ok {
			return 0, 0, false
		}
		if m := p.peek(); m != nil && m.role == rHundred && !p.ordSeen {
			p.take()
			h = b * m.n
		} else {
			return b, 1, true
		}
	}
	if p.ordSeen && !p.l.ordChain {
		return h, 100, true
	}
	mark := p.i
	if c := p.peek(); c != nil && c.role == rConn && c.conn&cnAfterHundred != 0 {
		p.take()
	}
	if b, ok := p.below100(); ok {
		return h + b, 1, true
	}
	p.i = mark
	return h, 100, true
}

// below100 reads a unit, a teen, a ten with its unit, or a unit with its ten
// (de, nl), or a unit times ten (vi hai mươi).
func (p *parser) below100() (v int64, ok bool) {
	e := p.peek()
	if e == nil {
		return 0, false
	}
	switch e.role {
	case rUnit:
		p.take()
		if p.ordSeen {
			return e.n, true
		}
		mark := p.i
		if c := p.peek(); p.l.unitTen && c != nil && c.role == rConn && c.conn&cnUnitTen != 0 {
			p.take()
			if t := p.peek(); t != nil && t.role == rTen {
				p.take()
				return e.n + t.n, true
			}
			p.i = mark
		}
		if t := p.peek(); t != nil && t.role == rTensMul {
			p.take()
			v := e.n * t.n
			if p.ordSeen {
				return v, true
			}
			if u := p.peek(); u != nil && u.role == rUnit && u.n > 0 {
				p.take()
				v += u.n
			}
			return v, true
		}
		return e.n, true
	case rTeen:
		p.take()
		return e.n, true
	case rTen:
		p.take()
		v := e.n
		if p.l.unitTen || (p.ordSeen && !p.l.ordChain) {
			return v, true
		}
		mark := p.i
		if c := p.peek(); c != nil && c.role == rConn && c.conn&cnTenUnit != 0 {
			p.take()
		}
		if u := p.peek(); u != nil {
			if u.role == rUnit && u.n > 0 {
				p.take()
				return v + u.n, true
			}
			if u.role == rTeen && e.tenTeen && u.n < 20 {
				p.take()
				return v + u.n, true
			}
		}
		p.i = mark
		return v, true
	}
	return 0, false
}
