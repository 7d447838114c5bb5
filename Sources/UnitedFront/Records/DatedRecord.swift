/// A kind of record a member holds over a stretch of dates: a post (``PostRecord``), a 政治安排
/// (``ArrangementRecord``), a reserve-pool entry (``PoolRecord``), a cultivation (``CultivationRecord``),
/// a democratic-party membership (``PartyMembershipRecord``), 侨情 (``OverseasRecord``), a 新的社会阶层
/// group (``NewStratumRecord``), a link to another member (``RelationRecord``) or an honour
/// (``HonourRecord``).
///
/// Every kind is kept by the same rules as a member's own fields: it begins on the effective date it is
/// added, each field's change holds from its date until that field's next recorded change, it ends on a
/// date (the last day it is in force is the day before), corrections are not changes, and everything
/// reads as of a date and as known at a time. A member holds any number of records of a kind at once
/// (兼职: concurrent posts).
///
/// Write records with ``RegisterTransaction/add(_:for:effective:)`` (or `add(_:effective:)` for records
/// nobody holds), `change(_:effective:_:)`, ``RegisterTransaction/end(_:effective:_:)`` and
/// `correct(_:asOf:_:)` on a record id; read them with ``RegisterSnapshot/records(_:of:asOf:knownAt:)``.
///
/// Only the library's record types conform: the register refuses others with ``RegisterError/schema(_:)``.
public protocol DatedRecord: Hashable, Sendable {
    /// Who holds records of this kind: ``MemberID`` for the records of a member, the ``RecordID`` of an
    /// enterprise or organisation for theirs, ``NoHolder`` for the entities themselves.
    associatedtype Holder: RecordHolder = MemberID

    /// Which kind of record this is.
    static var kind: RecordKind { get }
}
