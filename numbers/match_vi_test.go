package numbers

import (
	"testing"

	"golang.org/x/text/language"
)

// TestCompareEnglishVietnamese: faithful Vietnamese renderings of English
// facts agree; each class of translation error is named, with a
// suggestion in Vietnamese style.
func TestCompareEnglishVietnamese(t *testing.T) {
	t.Parallel()
	runCrossLanguage(t, language.Vietnamese, []crossAgree{
		{en: "4,000 billion VND", tgt: "4.000 tỷ đồng"},
		{en: "4,000 billion VND", tgt: "4 nghìn tỷ đồng"},
		{en: "83.79 million VND", tgt: "83,79 triệu đồng"},
		{en: "83.79 million VND", tgt: "83,79 triệu VNĐ"},
		{en: "$5 million", tgt: "5 triệu USD"},
		{en: "43,000", tgt: "43.000"},
		{en: "83.79%", tgt: "83,79%"},
		{en: "5 percent", tgt: "5 phần trăm"},
		{en: "from 2019 to 2024", tgt: "từ 2019 đến 2024"},
		{en: "2019-2024", tgt: "giai đoạn 2019-2024"},
		{en: "15th", tgt: "thứ 15"},
		{en: "August 5, 2019", tgt: "ngày 5 tháng 8 năm 2019"},
		{en: "August 5, 2019", tgt: "05/08/2019"},
		{en: "at 2 p.m.", tgt: "lúc 14 giờ"},
		{en: "at 2:30 p.m.", tgt: "14 giờ 30 phút"},
		{en: "more than 200", tgt: "hơn 200"},
		{en: "at least 30", tgt: "ít nhất 30"},
		{en: "nearly 50", tgt: "gần 50"},
		{en: "about 40", tgt: "khoảng 40"},
		{en: "18.27 km", tgt: "18,27 km"},
		{en: "5 hectares", tgt: "5 ha"},
		{en: "17-NQ/TU", tgt: "17-NQ/TU"},
	}, []crossDisagree{
		{"83.79 million VND", "83.790 triệu đồng", SeparatorConfusion, "83,79 triệu đồng"},
		{"4 billion VND", "4 nghìn tỷ đồng", ScaleFalseFriend, "4 tỷ đồng"},
		{"$50 million", "50 tỷ USD", ScaleFalseFriend, "50 triệu USD"},
		{"1,197", "1.198", DigitChanged, "1.197"},
		{"1,197", "1.179", Transposition, "1.197"},
		{"$5 million", "5 triệu đồng", UnitChanged, "5 triệu USD"},
		{"5 km", "5 m", UnitChanged, "5 km"},
		{"more than 200", "200", QualifierChanged, "hơn 200"},
		{"2019-2024", "từ 2019 đến 2025", RangeEndChanged, "2019-2024"},
		{"August 3, 2019", "08/03/2019", DayMonthSwapped, "ngày 3 tháng 8 năm 2019"},
		{"15th", "15", KindChanged, "thứ 15"},
	})
}
