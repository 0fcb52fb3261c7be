package numbers

import (
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Vietnamese conventions, as a provincial newspaper writes them: decimal
// comma, point groups, "tỷ" = 10^9, "nghìn tỷ" = 10^12, "ngày 5 tháng 8 năm
// 2019", "5/8/2019", "thứ 15", "từ 2019 đến 2024".
var vietnameseCases = []extractCase{
	// cardinals and decimals
	{in: "68 nghị quyết", want: []string{"number|68|68"}},
	{in: "43.000 cán bộ", want: []string{"number|43.000|43000"}},
	{in: "1.197 hộ nghèo", want: []string{"number|1.197|1197"}},
	{in: "tỷ lệ 3,5 lần", want: []string{"number|3,5|3.5"}},
	{in: "1.234.567,89 đơn vị", want: []string{"number|1.234.567,89|1234567.89"}},
	{in: "giảm −3,5", want: []string{"number|−3,5|-3.5"}},
	{in: "Bình luận (0)", want: []string{"number|0|0"}},
	// scale words, multi-word "nghìn tỷ"
	{in: "83,79 triệu đồng/người/năm", want: []string{"money|83,79 triệu đồng|8.379E+7 VND"}},
	{in: "4.000 tỷ đồng", want: []string{"money|4.000 tỷ đồng|4E+12 VND"}},
	{in: "4 nghìn tỷ đồng", want: []string{"money|4 nghìn tỷ đồng|4E+12 VND"}},
	{in: "4 ngàn tỷ đồng", want: []string{"money|4 ngàn tỷ đồng|4E+12 VND"}},
	{in: "2,5 tỉ đồng", want: []string{"money|2,5 tỉ đồng|2.5E+9 VND"}},
	{in: "300 nghìn đồng", want: []string{"money|300 nghìn đồng|300000 VND"}},
	{in: "300 ngàn người", want: []string{"number|300 ngàn|300000"}},
	{in: "1,5 triệu USD", want: []string{"money|1,5 triệu USD|1.5E+6 USD"}},
	{in: "12 tỷ USD", want: []string{"money|12 tỷ USD|1.2E+10 USD"}},
	{in: "3 triệu người", want: []string{"number|3 triệu|3E+6"}},
	{in: "50.000 đ", want: []string{"money|50.000 đ|50000 VND"}},
	{in: "50.000đ", want: []string{"money|50.000đ|50000 VND"}},
	{in: "200.000 VNĐ", want: []string{"money|200.000 VNĐ|200000 VND"}},
	{in: "5 triệu đô la Mỹ", want: []string{"money|5 triệu đô la Mỹ|5E+6 USD"}},
	{in: "10 euro", want: []string{"money|10 euro|10 EUR"}},
	{in: "$5", want: []string{"money|$5|5 USD"}},
	// percent, points, per mille
	{in: "100%", want: []string{"percent|100%|100%"}},
	{in: "đạt 83,79%", want: []string{"percent|83,79%|83.79%"}},
	{in: "12 phần trăm", want: []string{"percent|12 phần trăm|12%"}},
	{in: "tăng 2 điểm phần trăm", want: []string{"percentage_point|2 điểm phần trăm|2pp"}},
	{in: "giảm 0,5 điểm %", want: []string{"percentage_point|0,5 điểm %|0.5pp"}},
	{in: "5‰", want: []string{"permille|5‰|5‰"}},
	// ranges
	{in: "2019-2024", want: []string{"range|2019-2024|2019..2024"}},
	{in: "giai đoạn 2021-2025", want: []string{"range|2021-2025|2021..2025"}},
	{in: "giai đoạn 2021 – 2025", want: []string{"range|2021 – 2025|2021..2025"}},
	{in: "từ 2019 đến 2024", want: []string{"range|từ 2019 đến 2024|2019..2024"}},
	{in: "Từ 2019 đến 2024", want: []string{"range|Từ 2019 đến 2024|2019..2024"}},
	{in: "từ 5 đến 10 triệu đồng", want: []string{"range|từ 5 đến 10 triệu đồng|5E+6..1E+7 VND"}},
	{in: "5-7%", want: []string{"range|5-7%|5..7 %"}},
	{in: "tăng từ 5% lên 7%", want: []string{"percent|5%|5%", "percent|7%|7%"}},
	// ordinals
	{in: "Hội nghị lần thứ 15", want: []string{"ordinal|thứ 15|#15"}},
	{in: "Đại hội thứ 13", want: []string{"ordinal|thứ 13|#13"}},
	{in: "Thứ Hai, ngày 5/8/2019", want: []string{"date|5/8/2019|2019-08-05"}, spelled: true},
	{in: "lần thứ hai", want: nil, spelled: true}, // false negative: weak spelled ordinal
	// dates and years
	{in: "ngày 5 tháng 8 năm 2019", want: []string{"date|ngày 5 tháng 8 năm 2019|2019-08-05"}},
	{in: "Ngày 5 tháng 8 năm 2019", want: []string{"date|Ngày 5 tháng 8 năm 2019|2019-08-05"}},
	{in: "ngày 5 tháng 8", want: []string{"date|ngày 5 tháng 8|--08-05"}},
	{in: "5/8/2019", want: []string{"date|5/8/2019|2019-08-05"}},
	{in: "05/08/2019", want: []string{"date|05/08/2019|2019-08-05"}},
	{in: "ngày 30/4", want: []string{"date|ngày 30/4|--04-30"}},
	{in: "tháng 8/2019", want: []string{"date|tháng 8/2019|2019-08"}},
	{in: "Tháng 12/2024", want: []string{"date|Tháng 12/2024|2024-12"}},
	{in: "tháng 8 năm 2019", want: []string{"date|tháng 8 năm 2019|2019-08"}},
	{in: "vào tháng 8", want: nil},
	{in: "năm 2019", want: []string{"year|2019|2019"}},
	{in: "Năm 2024, tỉnh", want: []string{"year|2024|2024"}},
	{in: "đến năm 2030", want: []string{"year|2030|2030"}},
	// times
	{in: "lúc 14 giờ", want: []string{"time|14 giờ|14:00"}},
	{in: "lúc 14 giờ 30 phút", want: []string{"time|14 giờ 30 phút|14:30"}},
	{in: "lúc 14h30", want: []string{"time|14h30|14:30"}},
	{in: "lúc 8h", want: []string{"time|8h|08:00"}},
	{in: "lúc 14:30", want: []string{"time|14:30|14:30"}},
	// units
	{in: "18,27 km", want: []string{"quantity|18,27 km|18.27 km"}},
	{in: "5 ha", want: []string{"quantity|5 ha|5 ha"}},
	{in: "120 héc-ta", want: []string{"quantity|120 héc-ta|120 ha"}},
	{in: "2.000 tấn", want: []string{"quantity|2.000 tấn|2000 t"}},
	{in: "30 °C", want: []string{"quantity|30 °C|30 °C"}},
	{in: "50 MW", want: []string{"quantity|50 MW|50 MW"}},
	{in: "10 năm qua", want: []string{"quantity|10 năm|10 year"}},
	{in: "6 tháng đầu năm", want: []string{"quantity|6 tháng|6 month"}},
	// qualifiers
	{in: "hơn 200 hộ", want: []string{"number|hơn 200|200|more_than"}},
	{in: "Hơn 200 hộ", want: []string{"number|Hơn 200|200|more_than"}},
	{in: "trên 200 hộ", want: []string{"number|trên 200|200|more_than"}},
	{in: "ít nhất 5 xã", want: []string{"number|ít nhất 5|5|at_least"}},
	{in: "gần 50%", want: []string{"percent|gần 50%|50%|nearly"}},
	{in: "gần như 100%", want: []string{"percent|gần như 100%|100%|nearly"}},
	{in: "khoảng 3 triệu", want: []string{"number|khoảng 3 triệu|3E+6|about"}},
	{in: "lên tới 10%", want: []string{"percent|lên tới 10%|10%|up_to"}},
	{in: "lên đến 4.000 tỷ đồng", want: []string{"money|lên đến 4.000 tỷ đồng|4E+12 VND|up_to"}},
	{in: "dưới 1%", want: []string{"percent|dưới 1%|1%|less_than"}},
	{in: "tối đa 5 năm", want: []string{"quantity|tối đa 5 năm|5 year|at_most"}},
	// codes
	{in: "Nghị quyết 17-NQ/TU", want: []string{"code|17-NQ/TU|17-NQ/TU"}},
	{in: "Nghị quyết số 25-NQ/TW", want: []string{"code|25-NQ/TW|25-NQ/TW"}},
	{in: "Nghị định 45/2023/NĐ-CP", want: []string{"code|45/2023/NĐ-CP|45/2023/ND-CP"}},
	{in: "tuyến đường ĐT.550", want: []string{"code|ĐT.550|DT.550"}},
	{in: "Quốc lộ QL18", want: []string{"code|QL18|QL18"}},
	// English separators in Vietnamese text: read, with a note
	{in: "1,000,000 người", want: []string{"number|1,000,000|1E+6"}},
	{in: "1,000 người", want: []string{"number|1,000|1"}},
	// false alarms: words that are not numbers here
	{in: "một trong những tỉnh", want: nil, spelled: true},
	{in: "năm nay", want: nil, spelled: true},
	{in: "mười năm qua", want: []string{"number|mười năm|15"}, spelled: true}, // false positive: words reads "mười năm" as 15 (written "mười lăm"); ten years
	{in: "Nguồn: https://baohatinh.vn/a-3360125.html", want: nil},
	{in: "Liên hệ: toasoan2024@baohatinh.vn", want: nil},
	{in: "không có số liệu", want: nil},
	// spelled out
	{in: "hai mươi ba xã", want: []string{"number|hai mươi ba|23"}, spelled: true},
	{in: "năm triệu đồng", want: []string{"money|năm triệu đồng|5E+6 VND"}, spelled: true},
}

func TestExtractVietnamese(t *testing.T) {
	t.Parallel()
	runExtractTable(t, language.Vietnamese, vietnameseCases)
}

func TestVietnameseNotes(t *testing.T) {
	t.Parallel()
	fs := Extract("1,000,000 người", language.Vietnamese)
	if len(fs) != 1 || len(fs[0].Notes) == 0 || fs[0].Notes[0] != "English separators in Vietnamese text" {
		t.Fatalf("got %+v, want a note on English separators", fs)
	}
	fs = Extract("1.197 hộ", language.Vietnamese)
	if len(fs) != 1 || fs[0].Alt == nil || fs[0].Alt.Text('f') != "1.197" {
		t.Fatalf("got %+v, want the decimal reading 1.197 as Alt", fs)
	}
}

// TestVietnameseTableNFC checks that every word of the Vietnamese table is
// in NFC, the form the document reader hands numbers.
func TestVietnameseTableNFC(t *testing.T) {
	t.Parallel()
	l := vietnamese
	var keys []string
	keys = append(keys, keysOf(l.Scales)...)
	keys = append(keys, keysOf(l.Currencies)...)
	keys = append(keys, keysOf(l.Units)...)
	keys = append(keys, keysOf(l.Months)...)
	keys = append(keys, keysOf(l.Qualifiers)...)
	keys = append(keys, keysOf(l.RangePairs)...)
	keys = append(keys, keysOf(l.TimeWords)...)
	keys = append(keys, l.Percent...)
	keys = append(keys, l.Points...)
	keys = append(keys, l.PerMille...)
	keys = append(keys, l.RangeInfix...)
	keys = append(keys, l.OrdPrefixes...)
	keys = append(keys, l.DateJoin...)
	keys = append(keys, l.MinuteWords...)
	keys = append(keys, l.DayWord, l.MonthWord, l.YearWord, l.DateFormat)
	keys = append(keys, l.MonthNames[:]...)
	for _, k := range keys {
		if !norm.NFC.IsNormalString(k) {
			t.Errorf("%q is not NFC", k)
		}
	}
	for _, q := range l.QualOut {
		if !norm.NFC.IsNormalString(q) {
			t.Errorf("%q is not NFC", q)
		}
	}
}
