package document

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestDetectLanguageSeeds(t *testing.T) {
	t.Parallel()
	for prefix, want := range map[string]language.Tag{
		"000": language.German, "001": language.English, "002": language.German,
		"003": language.German, "004": language.Dutch,
	} {
		got, ok := DetectLanguage(string(seed(t, prefix)))
		if !ok || got != want {
			t.Errorf("seed %s: got %v %v, want %v", prefix, got, ok, want)
		}
	}
}

func TestDetectLanguageSentences(t *testing.T) {
	t.Parallel()
	tests := []struct {
		lang string
		text string
	}{
		{"en", "The provincial council approved the budget for schools and hospitals last week."},
		{"de", "Der Landtag hat in der vergangenen Woche den Haushalt für Schulen und Krankenhäuser beschlossen."},
		{"nl", "De provincieraad heeft vorige week de begroting voor scholen en ziekenhuizen goedgekeurd."},
		{"fr", "Le conseil provincial a approuvé la semaine dernière le budget des écoles et des hôpitaux."},
		{"es", "El consejo provincial aprobó la semana pasada el presupuesto para escuelas y hospitales."},
		{"it", "Il consiglio provinciale ha approvato la settimana scorsa il bilancio per scuole e ospedali."},
		{"pt", "O conselho provincial aprovou na semana passada o orçamento para escolas e hospitais."},
		{"vi", "Hội đồng nhân dân tỉnh đã thông qua ngân sách cho trường học và bệnh viện vào tuần trước."},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			t.Parallel()
			got, ok := DetectLanguage(tc.text)
			if !ok || got != language.MustParse(tc.lang) {
				t.Errorf("got %v %v, want %s", got, ok, tc.lang)
			}
		})
	}
}

func TestDetectLanguageRefuses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text, reason string
	}{
		{"empty", "", "too little text"},
		{"short", "Kommentar (0)", "too little text"},
		{"URLs do not count", "Quelle: https://www.example.com/very/long/path/with/many/letters/in/it/indeed", "too little text"},
		{"digits", strings.Repeat("1.234,56 ", 50), "too little text"},
		{"Cyrillic", "Провинциальный совет утвердил бюджет для школ и больниц на прошлой неделе.", "not in Latin script"},
		{"Polish", "Rada wojewódzka zatwierdziła w zeszłym tygodniu budżet dla szkół i szpitali w regionie.", "Polish"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, reason := detectLanguage(tc.text)
			if !strings.Contains(reason, tc.reason) {
				t.Errorf("got %v %q, want a refusal saying %q", got, reason, tc.reason)
			}
			if _, ok := DetectLanguage(tc.text); ok {
				t.Error("DetectLanguage says ok")
			}
		})
	}
}

func TestSupported(t *testing.T) {
	t.Parallel()
	for tag, want := range map[string]bool{"de": true, "de-CH": true, "pt-BR": true, "vi": true, "en-GB": true,
		"pl": false, "ja": false, "und": false, "sv": false} {
		if got := Supported(language.MustParse(tag)); got != want {
			t.Errorf("Supported(%s) = %v", tag, got)
		}
	}
}
