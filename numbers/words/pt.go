package words

// Portuguese (Brazil and Portugal) joins every part with "e": vinte e três,
// cento e vinte, mil e quinhentos. Both dezesseis/dezenove (pt-BR) and
// dezasseis/dezanove (pt-PT) are read. Compound ordinals are ordinal in
// every part (vigésimo terceiro). "segundo" is weak (also "according to");
// bare "cento" is weak (mostly "por cento").
func init() {
	register(&spec{
		code:     "pt",
		ordChain: true,
		data: `
zero 0 : zero
unit 1 weak : um uma
unit 2 : dois duas
unit 3 : três tres
unit 4 : quatro
unit 5 : cinco
unit 6 : seis
unit 7 : sete
unit 8 : oito
unit 9 : nove
teen 10 : dez
teen 11 : onze
teen 12 : doze
teen 13 : treze
teen 14 : catorze quatorze
teen 15 : quinze
teen 16 : dezesseis dezasseis
teen 17 : dezessete dezassete
teen 18 : dezoito
teen 19 : dezenove dezanove
ten 20 : vinte
ten 30 : trinta
ten 40 : quarenta
ten 50 : cinquenta cinqüenta
ten 60 : sessenta
ten 70 : setenta
ten 80 : oitenta
ten 90 : noventa
hundreds 100 : cem
hundreds 100 weak : cento
hundreds 200 : duzent{os,as}
hundreds 300 : trezent{os,as}
hundreds 400 : quatrocent{os,as}
hundreds 500 : quinhent{os,as}
hundreds 600 : seiscent{os,as}
hundreds 700 : setecent{os,as}
hundreds 800 : oitocent{os,as}
hundreds 900 : novecent{os,as}
thousand 1000 : mil
conn - tenunit,hundred,thousand,half : e

unit 1 ord : primeir{o,a,os,as}
unit 2 ord,weak : segund{o,a,os,as}
unit 3 ord : terceir{o,a,os,as}
unit 4 ord,den=4 : quart{o,a,os,as}
unit 5 ord,den=5 : quint{o,a,os,as}
unit 6 ord,den=6 : sext{o,a,os,as}
unit 7 ord,den=7 : sétim{o,a,os,as} setim{o,a,os,as}
unit 8 ord,den=8 : oitav{o,a,os,as}
unit 9 ord,den=9 : non{o,a,os,as}
ten 10 ord,den=10 : décim{o,a,os,as}
ten 20 ord : vigésim{o,a,os,as}
ten 30 ord : trigésim{o,a,os,as}
ten 40 ord : quadragésim{o,a,os,as}
ten 50 ord : quinquagésim{o,a,os,as}
ten 60 ord : sexagésim{o,a,os,as}
ten 70 ord : septuagésim{o,a,os,as} setuagésim{o,a,os,as}
ten 80 ord : octogésim{o,a,os,as}
ten 90 ord : nonagésim{o,a,os,as}
hundreds 100 ord,den=100 : centésim{o,a,os,as}
thousand 1000 ord,den=1000 : milésim{o,a,os,as}

frac 1/2 weak,den=2,half : meio meia # also "means", "sock"
den - den=2 : meios meias
frac 1/2 : metade
frac 1/3 den=3 : terço
den - den=3 : terços
mult 2 : dobro duplo dupla
mult 3 : triplo tripla
coll 12 : dúzia
coll 12 weak : dúzias
coll 10 : década
coll 10 weak : décadas
`,
	})
}
