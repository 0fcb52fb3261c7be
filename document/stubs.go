package document

type htmlReader struct{}
type docxReader struct{}
type xliffReader struct{}
type tmxReader struct{}

func (htmlReader) parse([]byte, limits) ([]*Document, error)  { return nil, nil }
func (docxReader) parse([]byte, limits) ([]*Document, error)  { return nil, nil }
func (xliffReader) parse([]byte, limits) ([]*Document, error) { return nil, nil }
func (tmxReader) parse([]byte, limits) ([]*Document, error)   { return nil, nil }
