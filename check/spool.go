package check

import "github.com/tally-qa/tally/internal/spool"

// Spool keeps the sets of a batch on disk as they are checked, so that a run
// over a hundred thousand files holds one set's findings in memory at a
// time, not all of them, and the report is still written in a fixed order
// after the last set (its summary comes before the details). Pass its Add
// as BatchOptions.Emit, and the Spool to report.WriteStored.
type Spool = spool.Spool[SetResult]

type spoolCodec = spool.Codec[SetResult]

// NewSpool creates a spool in dir ("" for the system's temporary folder);
// Close removes it. Sets are written by setCodec.
func NewSpool(dir string) (*Spool, error) { return spool.NewCodec(dir, setCodec) }
