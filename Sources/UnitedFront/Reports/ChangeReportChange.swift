/// A change of a member's 职务层次, 职级, 职务, 工作单位, 所属单位, 政治面貌 or status in the period (a line
/// of ``ChangeReport/changes``): the field, from → to with names, and for an archive its reason.
public struct ChangeReportChange: Hashable, Sendable, CustomStringConvertible {
    /// The fields a change report lists, in this order within a member and day (``MemberField`` order).
    public static let fields: [MemberField] = [.politicalStatus, .workUnit, .post, .rank, .grade, .orgUnit, .status]

    /// Who.
    public let memberID: MemberID
    /// Their name on the date.
    public let name: String
    /// The change's effective date.
    public let date: LocalDate
    /// What changed (``ValueChange/subject`` is a `.field`), from → to, with ``ValueChange/reason`` for an
    /// archive.
    public let change: ValueChange

    /// `2024-07-01 巴特尔 (3) 职务层次: 乡科级正职 → 县处级副职`.
    public var description: String { "\(date) \(name) (\(memberID)) \(change)" }
}
