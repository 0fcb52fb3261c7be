package words

// Vietnamese writes one syllable a word: hai mươi ba (23), mười lăm (15),
// một trăm lẻ năm (105), hai nghìn (2000). mốt (1), lăm (5), mươi (×10),
// trăm, nghìn/ngàn and rưỡi (and a half) only follow another number word.
// Every single syllable is weak ("năm" is also "year", "ba" "father");
// compounds are not. Ordinals are thứ + number; thứ hai … thứ bảy are also
// the weekdays, so they are weak. Text must be in NFC (precomposed).
func init() {
	register(&spec{
		code: "vi",
		data: `
unit 1 weak : một
unit 1 weak,needpre : mốt
unit 2 weak : hai
unit 3 weak : ba
unit 4 weak : bốn tư
unit 5 weak : năm
unit 5 weak,needpre : lăm
unit 6 weak : sáu
unit 7 weak : bảy bẩy
unit 8 weak : tám
unit 9 weak : chín
unit 0 weak,needpre : không
ten 10 weak : mười
tensmul 10 needpre : mươi chục
hundred 100 needpre : trăm
thousand 1000 needpre : nghìn ngàn
conn - hundred,thousand : lẻ linh
ordprefix - : thứ
unit 1 ord,weak : nhất
unit 2 ord,weak : nhì
frac 1/2 weak : nửa
halfadd - needpre : rưỡi
fracconn - : phần
coll 12 weak : tá
coll 10 : thập_kỷ thập_niên
multprefix - : gấp
mult 2 : gấp_đôi
`,
	})
}
