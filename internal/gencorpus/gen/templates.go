package gen

// templates are the paragraphs an article is built from, one map per
// paragraph kind, keyed by language. Placeholders in braces are filled with
// the article's values written in each language's conventions.
var templates = []map[string]string{
	{ // 0: opening
		"en": "On {date}, the People's Committee of {place} province held a conference to review the implementation of Resolution No. {code} on mass mobilization work in ethnic minority areas. Chairman {person} said that in the period {range} the province had mobilized {big} for the program.",
		"de": "Am {date} hielt das Volkskomitee der Provinz {place} eine Konferenz ab, um die Umsetzung der Resolution Nr. {code} zur Massenmobilisierungsarbeit in Gebieten ethnischer Minderheiten zu überprüfen. Der Vorsitzende {person} sagte, die Provinz habe im Zeitraum {range} insgesamt {big} für das Programm aufgebracht.",
		"fr": "Le {date}, le Comité populaire de la province de {place} a organisé une conférence pour examiner la mise en œuvre de la résolution n° {code} sur le travail de mobilisation des masses dans les zones des minorités ethniques. Le président {person} a déclaré que, de {range}, la province avait mobilisé {big} pour le programme.",
		"nl": "Op {date} hield het Volkscomité van de provincie {place} een conferentie om de uitvoering van Resolutie nr. {code} over het massamobilisatiewerk in gebieden van etnische minderheden te evalueren. Voorzitter {person} zei dat de provincie in de periode {range} in totaal {big} voor het programma had vrijgemaakt.",
		"es": "El {date}, el Comité Popular de la provincia de {place} celebró una conferencia para revisar la aplicación de la Resolución n.º {code} sobre el trabajo de movilización de masas en las zonas de minorías étnicas. El presidente {person} afirmó que en el periodo {range} la provincia había movilizado {big} para el programa.",
		"it": "Il {date} il Comitato popolare della provincia di {place} ha tenuto una conferenza per esaminare l'attuazione della Risoluzione n. {code} sul lavoro di mobilitazione delle masse nelle zone delle minoranze etniche. Il presidente {person} ha detto che nel periodo {range} la provincia aveva mobilitato {big} per il programma.",
		"pt": "Em {date}, o Comitê Popular da província de {place} realizou uma conferência para avaliar a implementação da Resolução n.º {code} sobre o trabalho de mobilização das massas nas áreas de minorias étnicas. O presidente {person} disse que no período de {range} a província mobilizou {big} para o programa.",
		"vi": "{Date}, Ủy ban nhân dân tỉnh {place} đã tổ chức hội nghị sơ kết việc thực hiện Nghị quyết số {code} về công tác dân vận ở vùng đồng bào dân tộc thiểu số. Chủ tịch {person} cho biết, giai đoạn {range}, tỉnh đã huy động {big} cho chương trình.",
	},
	{ // 1: households and poverty
		"en": "Thanks to these efforts, {count} households in the mountainous districts received support for housing and production, and the poverty rate fell to {pct}. The province also granted health insurance cards to {count2} people.",
		"de": "Dank dieser Bemühungen erhielten {count} Haushalte in den Bergbezirken Unterstützung für Wohnraum und Produktion, und die Armutsquote sank auf {pct}. Die Provinz stellte außerdem {count2} Menschen Krankenversicherungskarten aus.",
		"fr": "Grâce à ces efforts, {count} ménages des districts montagneux ont reçu une aide au logement et à la production, et le taux de pauvreté est tombé à {pct}. La province a également délivré des cartes d'assurance maladie à {count2} personnes.",
		"nl": "Dankzij deze inspanningen kregen {count} huishoudens in de bergdistricten steun voor huisvesting en productie, en daalde het armoedecijfer tot {pct}. De provincie verstrekte ook ziektekostenverzekeringskaarten aan {count2} mensen.",
		"es": "Gracias a estos esfuerzos, {count} hogares de los distritos montañosos recibieron apoyo para vivienda y producción, y la tasa de pobreza bajó al {pct}. La provincia también entregó tarjetas de seguro médico a {count2} personas.",
		"it": "Grazie a questi sforzi, {count} famiglie dei distretti montani hanno ricevuto sostegno per l'abitazione e la produzione, e il tasso di povertà è sceso al {pct}. La provincia ha inoltre rilasciato tessere di assicurazione sanitaria a {count2} persone.",
		"pt": "Graças a esses esforços, {count} famílias dos distritos montanhosos receberam apoio para habitação e produção, e a taxa de pobreza caiu para {pct}. A província também concedeu cartões de seguro de saúde a {count2} pessoas.",
		"vi": "Nhờ những nỗ lực này, {count} hộ gia đình ở các huyện miền núi đã được hỗ trợ nhà ở và sản xuất, tỷ lệ hộ nghèo giảm xuống còn {pct}. Tỉnh cũng đã cấp thẻ bảo hiểm y tế cho {count2} người.",
	},
	{ // 2: income
		"en": "The average income of people in ethnic minority areas of {place} reached {small} per person per year, an increase of {pct2} compared with {year}.",
		"de": "Das durchschnittliche Einkommen der Menschen in den Gebieten ethnischer Minderheiten von {place} erreichte {small} pro Person und Jahr, ein Anstieg um {pct2} gegenüber {year}.",
		"fr": "Le revenu moyen des habitants des zones de minorités ethniques de {place} a atteint {small} par personne et par an, soit une hausse de {pct2} par rapport à {year}.",
		"nl": "Het gemiddelde inkomen van de inwoners van de gebieden van etnische minderheden in {place} bereikte {small} per persoon per jaar, een stijging van {pct2} ten opzichte van {year}.",
		"es": "El ingreso medio de la población de las zonas de minorías étnicas de {place} alcanzó {small} por persona al año, un aumento del {pct2} respecto a {year}.",
		"it": "Il reddito medio degli abitanti delle zone delle minoranze etniche di {place} ha raggiunto {small} a persona all'anno, con un aumento del {pct2} rispetto al {year}.",
		"pt": "A renda média da população das áreas de minorias étnicas de {place} atingiu {small} por pessoa por ano, um aumento de {pct2} em relação a {year}.",
		"vi": "Thu nhập bình quân của người dân vùng đồng bào dân tộc thiểu số tỉnh {place} đạt {small}/người/năm, tăng {pct2} so với năm {year}.",
	},
	{ // 3: infrastructure
		"en": "In the same period, the localities built {count3} kilometres of rural roads, {count4} schools and {count5} cultural houses, while {area} hectares of forest were planted and protected.",
		"de": "Im selben Zeitraum bauten die Gemeinden {count3} Kilometer ländliche Straßen, {count4} Schulen und {count5} Kulturhäuser, während {area} Hektar Wald angepflanzt und geschützt wurden.",
		"fr": "Au cours de la même période, les localités ont construit {count3} kilomètres de routes rurales, {count4} écoles et {count5} maisons de la culture, tandis que {area} hectares de forêt ont été plantés et protégés.",
		"nl": "In dezelfde periode legden de gemeenten {count3} kilometer plattelandswegen aan en bouwden zij {count4} scholen en {count5} cultuurhuizen, terwijl {area} hectare bos werd aangeplant en beschermd.",
		"es": "En el mismo periodo, las localidades construyeron {count3} kilómetros de carreteras rurales, {count4} escuelas y {count5} casas de cultura, mientras que se plantaron y protegieron {area} hectáreas de bosque.",
		"it": "Nello stesso periodo le località hanno costruito {count3} chilometri di strade rurali, {count4} scuole e {count5} case della cultura, mentre sono stati piantati e protetti {area} ettari di foresta.",
		"pt": "No mesmo período, as localidades construíram {count3} quilômetros de estradas rurais, {count4} escolas e {count5} casas de cultura, enquanto {area} hectares de floresta foram plantados e protegidos.",
		"vi": "Cùng giai đoạn, các địa phương đã xây dựng {count3} km đường giao thông nông thôn, {count4} trường học và {count5} nhà văn hóa, đồng thời trồng và bảo vệ {area} ha rừng.",
	},
	{ // 4: tasks ahead
		"en": "Vice Chairman {person2} asked the departments and branches to complete the remaining {count6} projects before {date2} and to report the results to the Provincial Party Committee.",
		"de": "Der stellvertretende Vorsitzende {person2} forderte die Abteilungen und Branchen auf, die verbleibenden {count6} Projekte vor dem {date2} abzuschließen und dem Parteikomitee der Provinz die Ergebnisse zu melden.",
		"fr": "Le vice-président {person2} a demandé aux services et aux branches d'achever les {count6} projets restants avant le {date2} et de rendre compte des résultats au Comité provincial du Parti.",
		"nl": "Vicevoorzitter {person2} vroeg de afdelingen en sectoren om de resterende {count6} projecten vóór {date2} af te ronden en de resultaten aan het Provinciaal Partijcomité te rapporteren.",
		"es": "El vicepresidente {person2} pidió a los departamentos y sectores que completaran los {count6} proyectos restantes antes del {date2} e informaran de los resultados al Comité Provincial del Partido.",
		"it": "Il vicepresidente {person2} ha chiesto ai dipartimenti e ai settori di completare i restanti {count6} progetti entro il {date2} e di riferire i risultati al Comitato provinciale del Partito.",
		"pt": "O vice-presidente {person2} pediu aos departamentos e setores que concluam os {count6} projetos restantes antes de {date2} e informem os resultados ao Comitê Provincial do Partido.",
		"vi": "Phó Chủ tịch {person2} yêu cầu các sở, ngành hoàn thành {count6} dự án còn lại trước {date2} và báo cáo kết quả về Tỉnh ủy.",
	},
	{ // 5: training and source
		"en": "According to the report, {pct3} of communes met the new rural standards and {count7} workers received vocational training. Details are published at {url}.",
		"de": "Laut dem Bericht erfüllten {pct3} der Gemeinden die neuen ländlichen Standards, und {count7} Arbeitskräfte erhielten eine Berufsausbildung. Einzelheiten sind unter {url} veröffentlicht.",
		"fr": "Selon le rapport, {pct3} des communes ont atteint les nouvelles normes rurales et {count7} travailleurs ont suivi une formation professionnelle. Les détails sont publiés sur {url}.",
		"nl": "Volgens het rapport voldeed {pct3} van de gemeenten aan de nieuwe plattelandsnormen en kregen {count7} werknemers een beroepsopleiding. De details staan op {url}.",
		"es": "Según el informe, el {pct3} de los municipios cumplió los nuevos criterios rurales y {count7} trabajadores recibieron formación profesional. Los detalles se publican en {url}.",
		"it": "Secondo il rapporto, il {pct3} dei comuni ha raggiunto i nuovi standard rurali e {count7} lavoratori hanno ricevuto una formazione professionale. I dettagli sono pubblicati su {url}.",
		"pt": "De acordo com o relatório, {pct3} das comunas cumpriram os novos padrões rurais e {count7} trabalhadores receberam formação profissional. Os detalhes estão publicados em {url}.",
		"vi": "Theo báo cáo, {pct3} số xã đạt chuẩn nông thôn mới và {count7} lao động được đào tạo nghề. Thông tin chi tiết được đăng tại {url}.",
	},
}

// places are Vietnamese provinces, as written in Vietnamese and elsewhere.
var places = [][2]string{
	{"Quảng Ninh", "Quang Ninh"}, {"Lào Cai", "Lao Cai"}, {"Hà Tĩnh", "Ha Tinh"}, {"Hà Giang", "Ha Giang"},
	{"Cao Bằng", "Cao Bang"}, {"Lạng Sơn", "Lang Son"}, {"Điện Biên", "Dien Bien"}, {"Sơn La", "Son La"},
	{"Yên Bái", "Yen Bai"}, {"Tuyên Quang", "Tuyen Quang"}, {"Bắc Kạn", "Bac Kan"}, {"Thái Nguyên", "Thai Nguyen"},
	{"Nghệ An", "Nghe An"}, {"Thanh Hóa", "Thanh Hoa"}, {"Quảng Bình", "Quang Binh"}, {"Quảng Trị", "Quang Tri"},
	{"Kon Tum", "Kon Tum"}, {"Gia Lai", "Gia Lai"}, {"Đắk Lắk", "Dak Lak"}, {"Lâm Đồng", "Lam Dong"},
	{"Sóc Trăng", "Soc Trang"}, {"Trà Vinh", "Tra Vinh"}, {"An Giang", "An Giang"}, {"Kiên Giang", "Kien Giang"},
	{"Bình Phước", "Binh Phuoc"}, {"Ninh Thuận", "Ninh Thuan"}, {"Phú Yên", "Phu Yen"}, {"Lai Châu", "Lai Chau"},
}

var (
	familyNames = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"}
	middleNames = []string{"Văn", "Thị", "Minh", "Quốc", "Đức", "Thanh", "Hữu", "Ngọc"}
	givenNames  = []string{"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Lan", "Mai", "Nam", "Phong",
		"Quân", "Sơn", "Thắng", "Tuấn", "Hương", "Long", "Khánh", "Trung", "Việt", "Hòa"}
	codeForms = []string{"%d-NQ/TU", "%d-NQ/TW", "%d/QĐ-UBND", "%d/KH-UBND", "%d-CT/TU"}
	sites     = []string{"baoquangninh.vn", "dantoc.vn", "dangcongsan.vn", "baotintuc.vn", "vietnamplus.vn"}
)
