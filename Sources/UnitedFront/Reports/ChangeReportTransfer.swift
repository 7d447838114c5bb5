/// A member who, staying in a category, began or stopped counting because their owning unit changed, or
/// their unit moved in the tree, across the boundary of the report's org-unit subtree (a line of
/// ``ChangeReportSection/transfersIn`` or ``ChangeReportSection/transfersOut``).
public struct ChangeReportTransfer: Hashable, Sendable {
    /// Who.
    public let memberID: MemberID
    /// Their name on the date.
    public let name: String
    /// The first day of the new situation.
    public let date: LocalDate
    /// The owning unit the day before; nil when none.
    public let fromUnit: OrgUnitID?
    /// Its name (as it is now).
    public let fromUnitName: String?
    /// The owning unit that day; nil when none.
    public let toUnit: OrgUnitID?
    /// Its name (as it is now).
    public let toUnitName: String?
}
