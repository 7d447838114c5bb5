/// The register's identifier of an org unit: stable for the unit's whole life, never reused.
public struct OrgUnitID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The row id in the `org_unit` table.
    public let rawValue: Int64

    /// Wraps a row id.
    public init(rawValue: Int64) { self.rawValue = rawValue }

    /// The number.
    public var description: String { String(rawValue) }

    /// Orders ids by number, which is creation order.
    public static func < (lhs: OrgUnitID, rhs: OrgUnitID) -> Bool { lhs.rawValue < rhs.rawValue }

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

extension OrgUnitID: DatabaseValueConvertible {
    var databaseValue: DatabaseValue { .integer(rawValue) }
}
