/// One logical change as the register recorded it: one write transaction.
public struct Changeset: Identifiable, Hashable, Sendable {
    /// The changeset's id; ids grow with ``recordedAt``.
    public let id: Int64
    /// When the register learned it.
    public let recordedAt: Timestamp
    /// Who made it.
    public let actor: String
    /// Why.
    public let reason: String?
    /// From what source.
    public let source: String?
}
