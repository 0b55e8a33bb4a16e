//go:build unix

package newsparse

import (
	"syscall"
	"time"
)

// cpuNow returns the CPU time the process has used so far: a clock that
// other processes on a busy machine do not advance, for the linearity
// tests.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
