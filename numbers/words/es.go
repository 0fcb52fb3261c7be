package words

// Spanish writes 16–29 as one word (dieciséis, veintitrés) and joins the
// other tens and units with "y" (treinta y uno); hundreds are single words
// (doscientos). Compound ordinals are ordinal in every part (vigésimo
// tercero). Bare "ciento" is weak: it is mostly "por ciento".
func init() {
	register(&spec{
		code:     "es",
		ordChain: true,
		data: `
zero 0 : cero
unit 1 weak : uno una un
unit 2 : dos
unit 3 : tres
unit 4 : cuatro
unit 5 : cinco
unit 6 : seis
unit 7 : siete
unit 8 : ocho
unit 9 : nueve
teen 10 : diez
teen 11 : once
teen 12 : doce
teen 13 : trece
teen 14 : catorce
teen 15 : quince
teen 16 : dieciséis dieciseis
teen 17 : diecisiete
teen 18 : dieciocho
teen 19 : diecinueve
teen 21 : veintiuno veintiuna veintiún veintiun
teen 22 : veintidós veintidos
teen 23 : veintitrés veintitres
teen 24 : veinticuatro
teen 25 : veinticinco
teen 26 : veintiséis veintiseis
teen 27 : veintisiete
teen 28 : veintiocho
teen 29 : veintinueve
ten 20 : veinte
ten 30 : treinta
ten 40 : cuarenta
ten 50 : cincuenta
ten 60 : sesenta
ten 70 : setenta
ten 80 : ochenta
ten 90 : noventa
hundreds 100 : cien
hundreds 100 weak : ciento
hundreds 200 : doscient{os,as}
hundreds 300 : trescient{os,as}
hundreds 400 : cuatrocient{os,as}
hundreds 500 : quinient{os,as}
hundreds 600 : seiscient{os,as}
hundreds 700 : setecient{os,as}
hundreds 800 : ochocient{os,as}
hundreds 900 : novecient{os,as}
thousand 1000 : mil
conn - tenunit,half : y

unit 1 ord : primer primer{o,a,os,as}
unit 2 ord : segund{o,a,os,as}
unit 3 ord : tercer tercer{o,a,os,as}
unit 4 ord,den=4 : cuart{o,a,os,as}
unit 5 ord,den=5 : quint{o,a,os,as}
unit 6 ord,den=6 : sext{o,a,os,as}
unit 7 ord,den=7 : séptim{o,a,os,as} sétim{o,a,os,as}
unit 8 ord,den=8 : octav{o,a,os,as}
unit 9 ord,den=9 : noven{o,a,os,as}
ten 10 ord,den=10 : décim{o,a,os,as}
teen 11 ord : undécim{o,a,os,as} decimoprimer decimoprimer{o,a}
teen 12 ord : duodécim{o,a,os,as} decimosegund{o,a}
teen 13 ord : decimotercer decimotercer{o,a}
teen 14 ord : decimocuart{o,a}
teen 15 ord : decimoquint{o,a}
teen 16 ord : decimosext{o,a}
teen 17 ord : decimoséptim{o,a}
teen 18 ord : decimoctav{o,a}
teen 19 ord : decimonoven{o,a}
ten 20 ord : vigésim{o,a,os,as}
ten 30 ord : trigésim{o,a,os,as}
ten 40 ord : cuadragésim{o,a,os,as}
ten 50 ord : quincuagésim{o,a,os,as}
ten 60 ord : sexagésim{o,a,os,as}
ten 70 ord : septuagésim{o,a,os,as}
ten 80 ord : octogésim{o,a,os,as}
ten 90 ord : nonagésim{o,a,os,as}
hundreds 100 ord,den=100 : centésim{o,a,os,as}
thousand 1000 ord,den=1000 : milésim{o,a,os,as}

frac 1/2 weak,den=2,half : medio media # also "middle", "means": medio ambiente
den - den=2 : medios medias
frac 1/2 : mitad
frac 1/3 den=3 : tercio
den - den=3 : tercios
mult 2 : doble{,s}
mult 3 : triple{,s}
coll 12 : docena
coll 12 weak : docenas
coll 10 : década
coll 10 weak : décadas
`,
	})
}
