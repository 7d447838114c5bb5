/// A member entering a category in the period (a line of ``ChangeReportSection/entries``).
public struct ChangeReportEntry: Hashable, Sendable {
    /// Who.
    public let memberID: MemberID
    /// Their name on the date.
    public let name: String
    /// The first day they count.
    public let date: LocalDate
    /// The tier they entered with (a code) and its name (代表人士).
    public let tier: Tier
    /// The tier's Chinese name.
    public let tierName: String
    /// The source they entered with (摸底, 推荐, 认定, 自报), if recorded.
    public let source: CategorySource?
    /// The source's Chinese name.
    public let sourceName: String?
}
