#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Timing as `bench.c` does it: a monotonic clock, one untimed warm-up, then the median of the timed runs.
enum Stopwatch {
    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    /// Runs `op` `warmups` times untimed, then `reps` times timed (each after `setup`, untimed); returns the
    /// sorted times and the last run's row count.
    static func measure(warmups: Int, reps: Int, setup: () throws -> Void = {}, _ op: (Int) throws -> Int)
        throws -> (times: [Double], rows: Int) {
        var times: [Double] = []
        var rows = 0
        for rep in 0..<(warmups + reps) {
            try setup()
            let start = now()
            rows = try op(rep)
            if rep >= warmups { times.append(now() - start) }
        }
        return (times.sorted(), rows)
    }

    /// Peak resident set size of this process in megabytes (`ru_maxrss`, KiB on Linux).
    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        #if canImport(Darwin)
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576
        #else
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
        #endif
    }
}

/// splitmix64, the generator and seeds of `bench.c`, so that both pick the same people.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
