/// Something that changed in reality on a date, as the register knows it now: an entry of
/// ``Register/changes(from:through:)``. Corrections are not changes and never appear here.
public struct ChangeEvent: Hashable, Sendable, CustomStringConvertible {
    /// Whose record.
    public let memberID: MemberID
    /// The effective date of the change.
    public let effectiveOn: LocalDate
    /// What changed, from what to what.
    public let change: ValueChange

    /// `member 7 on 2023-06-01 职级: 乡科级副职 → 乡科级正职`.
    public var description: String { "member \(memberID) on \(effectiveOn) \(change)" }
}
