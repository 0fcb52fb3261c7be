package report

import (
	"encoding"
	"encoding/csv"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"

	"github.com/tally-qa/tally/check"
)

// csvField is one column of the CSV: a field of check.Finding under its
// JSON name.
type csvField struct {
	name  string
	index int
}

// csvFields lists the fields of check.Finding in declaration order, named
// by their JSON tags, so that the CSV columns follow the JSON schema even
// when check adds fields.
var csvFields = func() []csvField {
	t := reflect.TypeFor[check.Finding]()
	var out []csvField
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch name {
		case "-":
			continue
		case "":
			name = strings.ToLower(f.Name)
		}
		out = append(out, csvField{name: name, index: i})
	}
	return out
}()

// CSVHeader returns the header row of the CSV format: "set", then the JSON
// names of the finding fields.
func CSVHeader() []string {
	h := make([]string, 0, len(csvFields)+1)
	h = append(h, "set")
	for _, f := range csvFields {
		h = append(h, f.name)
	}
	return h
}

func writeCSV(w io.Writer, in *input, opt Options) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader()); err != nil {
		return fmt.Errorf("report: write csv: %w", err)
	}
	row := make([]string, len(csvFields)+1)
	for s := range in.sets {
		for _, f := range visible(s, opt) {
			row[0] = s.Name
			v := reflect.ValueOf(f)
			for j, cf := range csvFields {
				row[j+1] = csvValue(v.Field(cf.index))
			}
			if err := cw.Write(row); err != nil {
				return fmt.Errorf("report: write csv: %w", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("report: write csv: %w", err)
	}
	return nil
}

// csvValue writes a field as JSON would show it, without quotes: text as
// is, numbers in decimal, severities by name; 0 stays "0".
func csvValue(v reflect.Value) string {
	if m, ok := v.Interface().(encoding.TextMarshaler); ok {
		b, err := m.MarshalText()
		if err == nil {
			return string(b)
		}
	}
	switch v.Kind() {
	case reflect.String:
		return v.String()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	}
	return fmt.Sprint(v.Interface())
}
