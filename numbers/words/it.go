package words

// Italian writes numbers as one word: ventitré, centoventi, duemiladiciannove,
// millenovecentonovantanove. Tens drop their vowel before uno and otto
// (ventuno, trentotto), cento before otto and ottanta (centottanta): the
// shortened forms are inner morphemes. "mille" takes no multiplier, "mila"
// needs one. Ordinals above ten add -esimo (ventitreesimo) and take the
// endings -o, -a, -i, -e. "sei" (also "you are") and "secondo" (also
// "according to") are weak, and so is bare "cento" (mostly "per cento").
func init() {
	register(&spec{
		code:     "it",
		compound: true,
		ordChain: true,
		data: `
zero 0 : zero
unit 1 weak : uno una un
unit 2 : due
unit 3 : tre tré
unit 4 : quattro
unit 5 : cinque
unit 6 weak : sei
unit 7 : sette
unit 8 : otto
unit 9 : nove
teen 10 : dieci
teen 11 : undici
teen 12 : dodici
teen 13 : tredici
teen 14 : quattordici
teen 15 : quindici
teen 16 : sedici
teen 17 : diciassette
teen 18 : diciotto
teen 19 : diciannove
ten 20 : venti
ten 30 : trenta
ten 40 : quaranta
ten 50 : cinquanta
ten 60 : sessanta
ten 70 : settanta
ten 80 : ottanta
ten 90 : novanta
ten 20 inner : vent
ten 30 inner : trent
ten 40 inner : quarant
ten 50 inner : cinquant
ten 60 inner : sessant
ten 70 inner : settant
ten 80 inner : ottant
ten 90 inner : novant
hundred 100 weak : cento
hundred 100 inner : cent
thousand 1000 nomul : mille
thousand 1000 needpre : mila
conn - half : e

unit 1 ord : prim{o,a,i,e} unesim{o,a,i,e}
unit 2 ord,weak : second{o,a,i,e}
unit 2 ord : duesim{o,a,i,e}
unit 3 ord,den=3 : terz{o,a,i,e}
unit 3 ord : treesim{o,a,i,e}
unit 4 ord,den=4 : quart{o,a,i,e}
unit 4 ord : quattresim{o,a,i,e}
unit 5 ord,den=5 : quint{o,a,i,e}
unit 5 ord : cinquesim{o,a,i,e}
unit 6 ord,den=6 : sest{o,a,i,e}
unit 6 ord : seiesim{o,a,i,e}
unit 7 ord,den=7 : settim{o,a,i,e}
unit 7 ord : settesim{o,a,i,e}
unit 8 ord,den=8 : ottav{o,a,i,e}
unit 8 ord : ottesim{o,a,i,e}
unit 9 ord,den=9 : non{o,a,i,e}
unit 9 ord : novesim{o,a,i,e}
ten 10 ord,den=10 : decim{o,a,i,e}
teen 11 ord : undicesim{o,a,i,e}
teen 12 ord : dodicesim{o,a,i,e}
teen 13 ord : tredicesim{o,a,i,e}
teen 14 ord : quattordicesim{o,a,i,e}
teen 15 ord : quindicesim{o,a,i,e}
teen 16 ord : sedicesim{o,a,i,e}
teen 17 ord : diciassettesim{o,a,i,e}
teen 18 ord : diciottesim{o,a,i,e}
teen 19 ord : diciannovesim{o,a,i,e}
ten 20 ord : ventesim{o,a,i,e}
ten 30 ord : trentesim{o,a,i,e}
ten 40 ord : quarantesim{o,a,i,e}
ten 50 ord : cinquantesim{o,a,i,e}
ten 60 ord : sessantesim{o,a,i,e}
ten 70 ord : settantesim{o,a,i,e}
ten 80 ord : ottantesim{o,a,i,e}
ten 90 ord : novantesim{o,a,i,e}
hundred 100 ord,den=100 : centesim{o,a,i,e}
thousand 1000 ord,den=1000 : millesim{o,a,i,e}

frac 1/2 weak,den=2,half : mezzo mezza # also "middle", "means"
den - den=2 : mezzi mezze
frac 1/2 : metà
mult 2 : doppi{o,a,e}
mult 3 : tripl{o,a,i,e}
coll 12 : dozzina
coll 12 weak : dozzine
coll 10 : decennio
coll 10 weak : decenni
`,
	})
}
