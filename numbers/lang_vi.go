package numbers

// Vietnamese: decimal comma, point grouping ("83,79 triệu đồng", "4.000 tỷ
// đồng"); "tỷ" is 10^9 and "nghìn tỷ" 10^12; dates "ngày 5 tháng 8 năm
// 2019", "5/8/2019", "tháng 8/2019"; ordinals "thứ 15". Keys are NFC, as the
// document reader normalises text.

func init() { register(vietnamese) }

var vietnamese = &Locale{
	MinusWords: []string{"âm"},
	DayAnd:     []string{"và"},
	Lang:       "vi",
	Name:       "Vietnamese",
	Other:      "English",
	Scales: map[string]Scale{
		"nghìn": {Exp: 3}, "ngàn": {Exp: 3}, "k": {Exp: 3},
		"triệu": {Exp: 6}, "tr": {Exp: 6, MoneyOnly: true},
		"tỷ": {Exp: 9}, "tỉ": {Exp: 9},
		"nghìn tỷ": {Exp: 12}, "ngàn tỷ": {Exp: 12}, "nghìn tỉ": {Exp: 12}, "ngàn tỉ": {Exp: 12},
		"triệu tỷ": {Exp: 15},
	},
	ScaleNames: map[int]ScaleName{3: {"nghìn", "nghìn"}, 6: {"triệu", "triệu"}, 9: {"tỷ", "tỷ"}, 12: {"nghìn tỷ", "nghìn tỷ"}, 15: {"triệu tỷ", "triệu tỷ"}},
	Currencies: map[string]string{
		"đồng": "VND", "Đồng": "VND", "VNĐ": "VND", "VND": "VND", "đ": "VND", "Đ": "VND",
		"USD": "USD", "đô la Mỹ": "USD", "đô-la Mỹ": "USD", "đô la": "USD", "đô-la": "USD", "đôla": "USD", "$": "USD", "US$": "USD",
		"EUR": "EUR", "euro": "EUR", "Euro": "EUR", "€": "EUR",
		"GBP": "GBP", "bảng Anh": "GBP", "£": "GBP", "JPY": "JPY", "yên": "JPY", "yên Nhật": "JPY",
		"CNY": "CNY", "nhân dân tệ": "CNY", "CHF": "CHF", "franc Thụy Sĩ": "CHF",
	},
	CurBefore:              map[string]string{"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP"},
	CurFormat:              map[string]string{"VND": "%s đồng", "USD": "%s USD", "EUR": "%s euro"},
	HundredthsAfterSeconds: true,
	ScoreWords:             []string{"thắng", "thua", "hòa", "bàn", "trận", "tỷ số"},
	HalfAfter:              []string{"rưỡi"},
	Units: commonUnits(map[string]string{
		"km/giờ": "km/h", "km mỗi giờ": "km/h",
		"min": "min", "s": "s",
		"inch": "in", "kilo": "kg",
		"ki-lô-mét": "km", "kilômét": "km", "cây số": "km", "mét": "m", "mét vuông": "m²", "ki-lô-mét vuông": "km²",
		"mét khối": "m³", "héc-ta": "ha", "hécta": "ha", "hecta": "ha", "tấn": "t", "ki-lô-gam": "kg", "kilôgam": "kg",
		"gam": "g", "lít": "l", "độ C": "°C", "megawatt": "MW", "năm": "year", "tháng": "month", "ngày": "day",
		"phút": "min", "giờ": "h", "tiếng": "h", "giây": "s",
	}),
	Percent:  []string{"%", "phần trăm"},
	Points:   []string{"điểm phần trăm", "điểm %"},
	PerMille: []string{"‰", "phần nghìn", "phần ngàn"},
	Months: map[string]int{
		"tháng 1": 1, "tháng 2": 2, "tháng 3": 3, "tháng 4": 4, "tháng 5": 5, "tháng 6": 6,
		"tháng 7": 7, "tháng 8": 8, "tháng 9": 9, "tháng 10": 10, "tháng 11": 11, "tháng 12": 12,
		"tháng 01": 1, "tháng 02": 2, "tháng 03": 3, "tháng 04": 4, "tháng 05": 5, "tháng 06": 6,
		"tháng 07": 7, "tháng 08": 8, "tháng 09": 9,
		"tháng một": 1, "tháng giêng": 1, "tháng hai": 2, "tháng ba": 3, "tháng tư": 4, "tháng năm": 5,
		"tháng sáu": 6, "tháng bảy": 7, "tháng tám": 8, "tháng chín": 9, "tháng mười": 10,
		"tháng mười một": 11, "tháng mười hai": 12, "tháng chạp": 12,
	},
	MonthNames: [12]string{"tháng 1", "tháng 2", "tháng 3", "tháng 4", "tháng 5", "tháng 6", "tháng 7", "tháng 8",
		"tháng 9", "tháng 10", "tháng 11", "tháng 12"},
	Qualifiers: map[string]Qualifier{
		"hơn": MoreThan, "trên": MoreThan, "vượt": MoreThan, "vượt quá": MoreThan,
		"ít nhất": AtLeast, "tối thiểu": AtLeast,
		"dưới": LessThan, "chưa đến": LessThan, "chưa tới": LessThan, "ít hơn": LessThan,
		"tối đa": AtMost, "không quá": AtMost, "nhiều nhất": AtMost, "không cao hơn": AtMost, "không vượt quá": AtMost,
		// comparisons: "thấp hơn 3,6%" is 3.6% lower, not "more than 3.6%"
		"thấp hơn": NoQualifier, "cao hơn": NoQualifier, "nhiều hơn": NoQualifier,
		"khoảng": About, "chừng": About, "xấp xỉ": About, "ước tính": About, "ước đạt": About, "ước đón": About, "ước thu": About, "ước có": About, "ước khoảng": About, "ước tính đạt": About,
		"gần": Nearly, "gần như": Nearly, "suýt soát": Nearly,
		"lên tới": UpTo, "lên đến": UpTo, "tới": UpTo, "nhanh hơn": NoQualifier, "chậm hơn": NoQualifier,
	},
	// bare "tới" bounds an amount ("tới 40%"), not a year ("tới 2030": until)
	QualifierFigures: []string{"tới"},
	QualOut: map[Qualifier]string{MoreThan: "hơn", AtLeast: "ít nhất", LessThan: "dưới",
		AtMost: "tối đa", About: "khoảng", Nearly: "gần", UpTo: "lên tới"},
	RangeInfix: []string{"đến", "tới", "-", "–", "—"},
	RangePairs: map[string]string{"từ": "đến", "giữa": "và"},
	RangeOut:   "-",

	OrdPrefixes:  []string{"thứ"},
	OrdFormat:    func(n string) string { return "thứ " + n },
	DateOrder:    "DMY",
	DateFormat:   "ngày {d} {m} năm {y}",
	DayWord:      "ngày",
	MonthWord:    "tháng",
	YearWord:     "năm",
	DateJoin:     []string{"/", "năm"},
	TimeWords:    map[string]int{"giờ": 0, "h": 0},
	MinuteWords:  []string{"phút"},
	RomanAfter:   []string{"quý", "Quý"},
	ComparedWith: []string{"so với"},
	SpanBefore:   []string{"trong", "Trong", "sau", "Sau", "suốt", "mất", "trong vòng", "Trong vòng"},
	PercentOut:   "%s%%",
}
