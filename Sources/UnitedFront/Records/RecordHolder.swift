/// Who holds a ``DatedRecord``: a member (``MemberID``) for a post or a relation, another record for the
/// records that belong to it (an enterprise's 万企兴万村 pairing is held by the enterprise's
/// ``RecordID``), or nobody (``NoHolder``) for the entities themselves (an enterprise, an organisation).
///
/// A record begins only on a day its holder is there (a member registered and not archived, a holding
/// record in force), and ends on the day its holder next leaves (is archived, ends).
///
/// Only the library's types conform.
public protocol RecordHolder: Hashable, Sendable, CustomStringConvertible {}

/// The holder of records that stand on their own: enterprises, organisations, households.
public struct NoHolder: RecordHolder {
    /// The one value.
    public init() {}

    /// `—`.
    public var description: String { "—" }
}

extension MemberID: RecordHolder {}

extension RecordID: RecordHolder {}
