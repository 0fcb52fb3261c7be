package words

// English. Hyphens join tens and units (twenty-three, twenty-first) and
// fractions (two-thirds); "and" joins after hundred and thousand (one hundred
// and five, two thousand and nine) and before a half.
func init() {
	register(&spec{
		code:   "en",
		hyphen: true,
		data: `
zero 0 : zero nought
unit 1 weak : one
unit 1 article : a an
unit 2 : two
unit 3 : three
unit 4 : four
unit 5 : five
unit 6 : six
unit 7 : seven
unit 8 : eight
unit 9 : nine
teen 10 : ten
teen 11 : eleven
teen 12 : twelve
teen 13 : thirteen
teen 14 : fourteen
teen 15 : fifteen
teen 16 : sixteen
teen 17 : seventeen
teen 18 : eighteen
teen 19 : nineteen
ten 20 : twenty
ten 30 : thirty
ten 40 : forty
ten 50 : fifty
ten 60 : sixty
ten 70 : seventy
ten 80 : eighty
ten 90 : ninety
hundred 100 : hundred
thousand 1000 : thousand
conn - hundred,thousand,half : and

unit 1 ord : first
unit 2 ord : second
unit 3 ord,den=3 : third
unit 4 ord,den=4 : fourth
unit 5 ord,den=5 : fifth
unit 6 ord,den=6 : sixth
unit 7 ord,den=7 : seventh
unit 8 ord,den=8 : eighth
unit 9 ord,den=9 : ninth
teen 10 ord,den=10 : tenth
teen 11 ord : eleventh
teen 12 ord : twelfth
teen 13 ord : thirteenth
teen 14 ord : fourteenth
teen 15 ord : fifteenth
teen 16 ord : sixteenth
teen 17 ord : seventeenth
teen 18 ord : eighteenth
teen 19 ord : nineteenth
ten 20 ord : twentieth
ten 30 ord : thirtieth
ten 40 ord : fortieth
ten 50 ord : fiftieth
ten 60 ord : sixtieth
ten 70 ord : seventieth
ten 80 ord : eightieth
ten 90 ord : ninetieth
hundred 100 ord,den=100 : hundredth
thousand 1000 ord,den=1000 : thousandth

frac 1/2 den=2,half : half
den - den=2 : halves
den - den=3 : thirds
frac 1/4 weak,den=4 : quarter
den - den=4 : quarters fourths
den - den=5 : fifths
den - den=6 : sixths
den - den=7 : sevenths
den - den=8 : eighths
den - den=9 : ninths
den - den=10 : tenths
den - den=100 : hundredths
den - den=1000 : thousandths

mult 2 : twice double twofold
mult 3 : triple treble thrice threefold
mult 4 : quadruple fourfold
mult 5 : fivefold
mult 6 : sixfold
mult 7 : sevenfold
mult 8 : eightfold
mult 9 : ninefold
mult 10 : tenfold
mult 100 : hundredfold
mult 1000 : thousandfold
coll 12 : dozen
coll 12 weak : dozens
coll 10 : decade
coll 10 weak : decades
`,
	})
}
