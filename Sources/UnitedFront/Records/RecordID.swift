/// The register's identifier of a record of one kind (`RecordID<PostRecord>`, spelled ``PostID``):
/// stable, never reused, and typed so that a post id cannot be passed where a pool entry's is wanted.
public struct RecordID<Record>: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The row id in the kind's table.
    public let rawValue: Int64

    /// Wraps a row id.
    public init(rawValue: Int64) { self.rawValue = rawValue }

    /// The number.
    public var description: String { String(rawValue) }

    /// Orders ids by number, which is the order they were added in.
    public static func < (lhs: RecordID, rhs: RecordID) -> Bool { lhs.rawValue < rhs.rawValue }

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

extension RecordID: DatabaseValueConvertible {
    var databaseValue: DatabaseValue { .integer(rawValue) }
}

/// The id of a post (职务).
public typealias PostID = RecordID<PostRecord>
/// The id of a 政治安排.
public typealias ArrangementID = RecordID<ArrangementRecord>
/// The id of a reserve-pool entry (后备干部库).
public typealias PoolEntryID = RecordID<PoolRecord>
/// The id of a cultivation (培养) record.
public typealias CultivationID = RecordID<CultivationRecord>
/// The id of a democratic-party membership.
public typealias PartyMembershipID = RecordID<PartyMembershipRecord>
/// The id of a 侨情 record.
public typealias OverseasID = RecordID<OverseasRecord>
/// The id of a 新的社会阶层 record.
public typealias NewStratumID = RecordID<NewStratumRecord>
/// The id of a relation between two members.
public typealias RelationID = RecordID<RelationRecord>
/// The id of an honour (表彰).
public typealias HonourID = RecordID<HonourRecord>
