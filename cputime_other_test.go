//go:build !unix

package newsparse

import "time"

// cpuNow returns the wall clock where the process's CPU time is not at
// hand.
func cpuNow() time.Duration { return time.Duration(time.Now().UnixNano()) }
