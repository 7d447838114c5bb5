import Synchronization
public import UnitedFront

/// A clock the test moves by hand, so that `recorded_at` is known: pass ``read`` as a register's clock.
public final class TestClock: Sendable {
    private let now: Mutex<Timestamp>

    /// A clock reading `start` (ISO 8601).
    public init(_ start: String = "2020-01-01T09:00:00+08:00") {
        now = Mutex(Timestamp(iso8601Literal: start))
    }

    /// Sets the clock to `text` (ISO 8601).
    public func set(_ text: String) { now.withLock { $0 = Timestamp(iso8601Literal: text) } }

    /// Moves the clock on by `milliseconds`.
    public func advance(milliseconds: Int64) {
        now.withLock { $0 = Timestamp(millisecondsSince1970: $0.millisecondsSince1970 + milliseconds) }
    }

    /// The clock as a register takes it.
    public var read: @Sendable () -> Timestamp { { [self] in self.now.withLock { $0 } } }
}

extension Timestamp {
    /// A timestamp literal for tests; an invalid one traps.
    public init(iso8601Literal text: String) {
        do {
            self = try Timestamp(iso8601: text)
        } catch {
            preconditionFailure("invalid timestamp literal \(text)")
        }
    }
}
