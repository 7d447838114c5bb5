/// The register's identifier of a workflow (one run of a ``WorkflowKind`` for one member): stable,
/// never reused.
public struct WorkflowID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The row id in the `workflow` table.
    public let rawValue: Int64

    /// Wraps a row id.
    public init(rawValue: Int64) { self.rawValue = rawValue }

    /// The number.
    public var description: String { String(rawValue) }

    /// Orders ids by number, which is creation order.
    public static func < (lhs: WorkflowID, rhs: WorkflowID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes from a bare integer.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int64.self)
    }

    /// Encodes as a bare integer.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension WorkflowID: DatabaseValueConvertible {
    var databaseValue: DatabaseValue { .integer(rawValue) }
}
