package words

// German writes numbers below a million as one word, units before tens:
// dreiundzwanzig, einhundertfünfundzwanzig, zweitausendneunzehn. Words are
// split into these morphemes; a word that does not split completely
// (Zweifel, Einheit, Achtung) is not a number. Ordinals take the adjective
// endings -e, -er, -en, -em, -es.
func init() {
	register(&spec{
		code:     "de",
		compound: true,
		unitTen:  true,
		data: `
zero 0 : null
unit 1 : eins
unit 1 weak : ein eine einen einem einer eines
unit 2 : zwei zwo
unit 3 : drei
unit 4 : vier
unit 5 : fünf
unit 6 : sechs
unit 7 : sieben
unit 8 : acht
unit 9 : neun
teen 10 : zehn
teen 11 : elf
teen 12 : zwölf
teen 13 : dreizehn
teen 14 : vierzehn
teen 15 : fünfzehn
teen 16 : sechzehn
teen 17 : siebzehn
teen 18 : achtzehn
teen 19 : neunzehn
ten 20 : zwanzig
ten 30 : dreißig dreissig
ten 40 : vierzig
ten 50 : fünfzig
ten 60 : sechzig
ten 70 : siebzig
ten 80 : achtzig
ten 90 : neunzig
hundred 100 : hundert
thousand 1000 : tausend
conn - unitten,hundred,thousand : und

unit 1 ord : erst{e,er,en,em,es}
unit 2 ord : zweit{e,er,en,em,es}
unit 3 ord : dritt{e,er,en,em,es}
unit 4 ord : viert{e,er,en,em,es}
unit 5 ord : fünft{e,er,en,em,es}
unit 6 ord : sechst{e,er,en,em,es}
unit 7 ord : siebt{e,er,en,em,es} siebent{e,er,en,em,es}
unit 8 ord : acht{e,er,en,em,es}
unit 9 ord : neunt{e,er,en,em,es}
teen 10 ord : zehnt{e,er,en,em,es}
teen 11 ord : elft{e,er,en,em,es}
teen 12 ord : zwölft{e,er,en,em,es}
teen 13 ord : dreizehnt{e,er,en,em,es}
teen 14 ord : vierzehnt{e,er,en,em,es}
teen 15 ord : fünfzehnt{e,er,en,em,es}
teen 16 ord : sechzehnt{e,er,en,em,es}
teen 17 ord : siebzehnt{e,er,en,em,es}
teen 18 ord : achtzehnt{e,er,en,em,es}
teen 19 ord : neunzehnt{e,er,en,em,es}
ten 20 ord : zwanzigst{e,er,en,em,es}
ten 30 ord : dreißigst{e,er,en,em,es} dreissigst{e,er,en,em,es}
ten 40 ord : vierzigst{e,er,en,em,es}
ten 50 ord : fünfzigst{e,er,en,em,es}
ten 60 ord : sechzigst{e,er,en,em,es}
ten 70 ord : siebzigst{e,er,en,em,es}
ten 80 ord : achtzigst{e,er,en,em,es}
ten 90 ord : neunzigst{e,er,en,em,es}
hundred 100 ord : hundertst{e,er,en,em,es}
thousand 1000 ord : tausendst{e,er,en,em,es}

frac 1/2 den=2,half : halb{,e,er,en,em,es} hälfte
halfadd - : einhalb
mixed 3/2 : anderthalb
frac 1/3 den=3 : drittel{,n}
frac 1/4 weak,den=4 : viertel{,n}
frac 1/5 den=5 : fünftel{,n}
frac 1/6 den=6 : sechstel{,n}
frac 1/7 den=7 : siebtel{,n}
frac 1/8 den=8 : achtel{,n}
frac 1/9 den=9 : neuntel{,n}
frac 1/10 den=10 : zehntel{,n}
frac 1/20 den=20 : zwanzigstel{,n}
frac 1/100 den=100 : hundertstel{,n}
frac 1/1000 den=1000 : tausendstel{,n}

mult 2 : doppelt{,e,er,en,em,es}
multsuffix - : fach{,e,er,en,em,es} mal
mult 1 weak : einmal
coll 12 : dutzend
coll 12 weak : dutzende{,n}
coll 10 : jahrzehnt{,s,es}
coll 10 weak : jahrzehnte{,n}
`,
	})
}
