package words

// Dutch writes numbers below a million as one word, units before tens with
// "en" (ën after an e): eenentwintig, drieëntwintig, tweeduizendnegentien.
// "een" is weak (the article); "één" is the number.
func init() {
	register(&spec{
		code:     "nl",
		compound: true,
		unitTen:  true,
		data: `
zero 0 : nul
unit 1 weak : een
unit 1 : één eén
unit 2 : twee
unit 3 : drie
unit 4 : vier
unit 5 : vijf
unit 6 : zes
unit 7 : zeven
unit 8 : acht
unit 9 : negen
teen 10 : tien
teen 11 : elf
teen 12 : twaalf
teen 13 : dertien
teen 14 : veertien
teen 15 : vijftien
teen 16 : zestien
teen 17 : zeventien
teen 18 : achttien
teen 19 : negentien
ten 20 : twintig
ten 30 : dertig
ten 40 : veertig
ten 50 : vijftig
ten 60 : zestig
ten 70 : zeventig
ten 80 : tachtig
ten 90 : negentig
hundred 100 : honderd
thousand 1000 : duizend
conn - unitten,half : en ën

unit 1 ord : eerste
unit 2 ord : tweede
unit 3 ord,den=3 : derde
unit 4 ord,den=4 : vierde
unit 5 ord,den=5 : vijfde
unit 6 ord,den=6 : zesde
unit 7 ord,den=7 : zevende
unit 8 ord,den=8 : achtste
unit 9 ord,den=9 : negende
teen 10 ord,den=10 : tiende
teen 11 ord : elfde
teen 12 ord : twaalfde
teen 13 ord : dertiende
teen 14 ord : veertiende
teen 15 ord : vijftiende
teen 16 ord : zestiende
teen 17 ord : zeventiende
teen 18 ord : achttiende
teen 19 ord : negentiende
ten 20 ord : twintigste
ten 30 ord : dertigste
ten 40 ord : veertigste
ten 50 ord : vijftigste
ten 60 ord : zestigste
ten 70 ord : zeventigste
ten 80 ord : tachtigste
ten 90 ord : negentigste
hundred 100 ord,den=100 : honderdste
thousand 1000 ord,den=1000 : duizendste

frac 1/2 den=2,half : half halve
mixed 3/2 : anderhalf anderhalve
frac 1/4 den=4 : kwart
mult 2 : dubbel dubbele
multsuffix - : voudig voudige maal
mult 1 weak : eenmaal
coll 12 : dozijn
coll 10 : decennium
coll 10 weak : decennia
`,
	})
}
