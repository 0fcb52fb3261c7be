//go:build !unix

package align

import "time"

func cpuTime() time.Duration { return 0 }
