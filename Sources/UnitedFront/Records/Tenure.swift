/// A record as a read returns it: its id, its holder, its values on the day read, and the dates it
/// began and (as far as the register knows) ends.
@dynamicMemberLookup
public struct Tenure<Record: DatedRecord>: Identifiable, Hashable, Sendable {
    /// The record's id.
    public let id: RecordID<Record>
    /// Who holds it: the member, for a member's records.
    public let holder: Record.Holder
    /// Its values on the day read.
    public let record: Record
    /// The first day it is in force (任职, 入库, joined).
    public let from: LocalDate
    /// The first day it is no longer in force (免职, 出库, left), or nil while open-ended. Half-open:
    /// a post ended 2022-06-30 is not held on 2022-06-30.
    public let to: LocalDate?

    /// Whether it is in force on `date`.
    public func isInForce(on date: LocalDate) -> Bool { from <= date && to.map { date < $0 } ?? true }

    /// Reads a value of ``record``.
    public subscript<Value>(dynamicMember keyPath: KeyPath<Record, Value>) -> Value {
        record[keyPath: keyPath]
    }
}

extension Tenure where Record.Holder == MemberID {
    /// The member who holds it.
    public var member: MemberID { holder }
}
