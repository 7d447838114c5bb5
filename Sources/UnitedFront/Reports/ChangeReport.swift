/// The change report (增减变化) of a period: per category, how many members it had the day before the
/// period, who entered, who left and why, who moved into or out of the org-unit subtree, and how many it
/// had on the last day; and who changed 职务层次, 职级, 职务, 工作单位, 所属单位, 政治面貌 or status.
///
/// Made by ``RegisterSnapshot/changeReport(from:through:in:under:knownAt:)``. The period runs from
/// ``from`` through ``through``, both included, by effective date; intervals are half-open, so a
/// membership left on D was last held on D − 1 and is an exit dated D.
///
/// **Counting.** A member *counts* in a category on a day when they are registered, not archived, hold a
/// membership in the category that day, and (with an org unit) are owned that day by the unit or a unit
/// below it, the tree read as it stood that day. ``ChangeReportSection/opening`` counts the day before
/// ``from``, ``ChangeReportSection/closing`` counts ``through``. Every day on which a member starts or
/// stops counting is one line: an entry (the membership began, or the member became registered and not
/// archived while holding it), an exit (the membership ended, or the member was archived: the exit
/// carries the reason of the leave, or else of the archive), or, when only the owning unit (or the tree)
/// changed, a transfer in or out. So, exactly, per category:
/// `opening + entries + transfersIn − exits − transfersOut = closing`; a member who enters and leaves
/// within the period is in both lists (and in neither count), one who leaves and comes back likewise.
///
/// **Changes** (``changes``) are the changes in reality dated in the period (corrections are not
/// changes) of the member's 职务层次, 职级, 职务, 工作单位, 所属单位, 政治面貌 and status (archive and
/// reactivation, an archive with its reason), each from → to, in the order of
/// ``Register/changes(from:through:)``. A change on D is listed when, on D − 1 or D, the member held one of
/// the report's categories (any member when the report covers every category) and was owned by a unit of
/// the subtree (when one is given); changes other than the status are listed only for members not
/// archived on D.
public struct ChangeReport: Hashable, Sendable {
    /// The first day of the period.
    public let from: LocalDate
    /// The last day of the period.
    public let through: LocalDate
    /// The org unit whose subtree the report covers; nil for the whole register.
    public let under: OrgUnitID?
    /// The instant the report reads the register as it knew it then; nil for what it knows now.
    public let knownAt: Timestamp?
    /// One section per category covered, in code-list order.
    public let sections: [ChangeReportSection]
    /// Who changed what in the period, by date then member.
    public let changes: [ChangeReportChange]

    /// The section of `category` (a code), if the report covers it.
    public func section(_ category: Category) -> ChangeReportSection? {
        sections.first { $0.category == category }
    }
}
