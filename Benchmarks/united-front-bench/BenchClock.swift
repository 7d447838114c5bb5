import Synchronization
import UnitedFront

/// The register's clock in the benchmark: a fixed instant (2025-03-01T00:00:00Z) advancing one millisecond per
/// reading, so that runs are repeatable and every changeset is recorded after the one before.
final class BenchClock: Sendable {
    private static let start: Int64 = 1_740_787_200_000
    private let ticks = Mutex<Int64>(0)

    /// The next instant.
    func now() -> Timestamp {
        ticks.withLock { ticks in
            ticks += 1
            return Timestamp(millisecondsSince1970: Self.start + ticks)
        }
    }
}
