/// A member as a read returns them: id, record and category memberships, current or as of a date.
///
/// The record's fields read through: `member.name`, `member.rank`.
@dynamicMemberLookup
public struct Member: Identifiable, Hashable, Sendable {
    /// The register's id.
    public let id: MemberID
    /// The core fields.
    public var record: MemberRecord
    /// The effective date the member entered the register.
    public let registeredOn: LocalDate
    /// The memberships in force, by category code order.
    public var categories: [CategoryMembership]

    /// Reads a field of ``record``.
    public subscript<Value>(dynamicMember keyPath: KeyPath<MemberRecord, Value>) -> Value {
        record[keyPath: keyPath]
    }

    /// The membership in `category` (a code such as `NON_PARTISAN`), if the member holds it.
    public func membership(in category: String) -> CategoryMembership? {
        categories.first { $0.category == category }
    }
}
