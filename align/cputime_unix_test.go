//go:build unix

package align

import (
	"syscall"
	"time"
)

// cpuTime is the process's user and system CPU time: on a shared, loaded
// machine it measures the work of a benchmark better than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
