package words

// French. Hyphens join compounds (dix-sept, quatre-vingt-dix, and in the 1990
// spelling every part: deux-cent-trois); "et" joins a ten and un/onze (vingt
// et un, soixante et onze). Soixante and quatre-vingt take a teen
// (soixante-dix-sept = 77). Belgian and Swiss septante, huitante, octante,
// nonante are read too. Bare "cent" is weak: it is mostly "pour cent".
func init() {
	register(&spec{
		code:   "fr",
		hyphen: true,
		data: `
zero 0 : zéro
unit 1 weak : un une
unit 2 : deux
unit 3 : trois
unit 4 : quatre
unit 5 : cinq
unit 6 : six
unit 7 : sept
unit 8 : huit
unit 9 weak : neuf # also "new"
teen 10 : dix
teen 11 : onze
teen 12 : douze
teen 13 : treize
teen 14 : quatorze
teen 15 : quinze
teen 16 : seize
teen 17 : dix_sept
teen 18 : dix_huit
teen 19 : dix_neuf
ten 20 : vingt
ten 30 : trente
ten 40 : quarante
ten 50 : cinquante
ten 60 tenteen : soixante
ten 70 : septante
ten 80 : huitante octante
ten 90 : nonante
ten 80 tenteen : quatre_vingt
teen 80 : quatre_vingts
hundred 100 weak : cent
hundred 100 needpre : cents
thousand 1000 : mille mil
conn - tenunit,half : et
stop - : mille_feuille mille_feuilles mille_pattes quatre_quarts

unit 1 ord : premier premiers première premières unième unièmes
unit 2 ord : deuxième deuxièmes second seconde seconds secondes
unit 3 ord : troisième{,s}
unit 4 ord : quatrième{,s}
unit 5 ord,den=5 : cinquième{,s}
unit 6 ord,den=6 : sixième{,s}
unit 7 ord,den=7 : septième{,s}
unit 8 ord,den=8 : huitième{,s}
unit 9 ord,den=9 : neuvième{,s}
teen 10 ord,den=10 : dixième{,s}
teen 11 ord : onzième{,s}
teen 12 ord : douzième{,s}
teen 13 ord : treizième{,s}
teen 14 ord : quatorzième{,s}
teen 15 ord : quinzième{,s}
teen 16 ord : seizième{,s}
teen 17 ord : dix_septième{,s}
teen 18 ord : dix_huitième{,s}
teen 19 ord : dix_neuvième{,s}
ten 20 ord : vingtième{,s}
ten 30 ord : trentième{,s}
ten 40 ord : quarantième{,s}
ten 50 ord : cinquantième{,s}
ten 60 ord : soixantième{,s}
ten 70 ord : septantième{,s}
ten 80 ord : huitantième{,s} octantième{,s} quatre_vingtième{,s}
ten 90 ord : nonantième{,s}
hundred 100 ord,den=100 : centième{,s}
thousand 1000 ord,den=1000 : millième{,s}

frac 1/2 den=2,half : demi demie
den - den=2 : demis demies
frac 1/2 : moitié
frac 1/3 weak,den=3 : tiers
frac 1/4 weak,den=4 : quart
den - den=4 : quarts
mult 2 : double{,s}
mult 3 : triple{,s}
mult 4 : quadruple{,s}
coll 12 : douzaine
coll 12 weak : douzaines
coll 10 : décennie
coll 10 weak : décennies
`,
	})
}
