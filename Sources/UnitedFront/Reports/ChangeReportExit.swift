/// A member leaving a category in the period, or archived while in it (a line of
/// ``ChangeReportSection/exits``).
public struct ChangeReportExit: Hashable, Sendable {
    /// Who.
    public let memberID: MemberID
    /// Their name on their last day.
    public let name: String
    /// The first day they no longer count (the leave's or the archive's effective date).
    public let date: LocalDate
    /// The tier they held on their last day.
    public let tier: Tier
    /// The tier's Chinese name.
    public let tierName: String
    /// Why: the leave's reason, or else the reason of the archive that ended the membership; nil when
    /// none was recorded.
    public let reason: ExitReason?
    /// The reason's Chinese name (加入民主党派).
    public let reasonName: String?
    /// Whether the member was archived that day (the archive ended the membership).
    public let archived: Bool
}
