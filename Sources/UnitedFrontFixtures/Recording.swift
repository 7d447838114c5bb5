/// How a synthetic history's changesets get their `recorded_at`.
public enum Recording: Sendable, Hashable {
    /// Each changeset carries the generated recorded-at time (a working day between 09:00 and 18:00
    /// China Standard Time, usually a few days after the change took effect): "as known at" queries
    /// then see the history as it was learned. The register must not already hold a changeset
    /// recorded later than the first one written.
    case asGenerated
    /// The register's own clock stamps every changeset (the attribution's `recordedAt` is left nil),
    /// so the history can be written into a register that already holds later changesets. Effective
    /// dates are unchanged.
    case registerClock
}
