import CrashHarness
import Synchronization

/// What the soak's workers share: kills assigned and done, and the figures so far.
final class SoakState: Sendable {
    struct Progress {
        var assigned = 0
        var done = 0
        var printed = 0
        var total = CrashRun.Report()
    }

    let progress = Mutex(Progress())
}
