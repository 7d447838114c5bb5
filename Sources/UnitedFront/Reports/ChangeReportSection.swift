/// One category of a ``ChangeReport``: the opening count, the entries, exits and transfers of the
/// period, and the closing count; `opening + entries + transfersIn − exits − transfersOut = closing`.
public struct ChangeReportSection: Hashable, Sendable {
    /// The category (a code).
    public let category: Category
    /// Its Chinese name (无党派人士).
    public let categoryName: String
    /// Members counted on the day before the period.
    public let opening: Int
    /// Who began to count by entering the category, by date then member.
    public let entries: [ChangeReportEntry]
    /// Who stopped counting by leaving the category or being archived, by date then member.
    public let exits: [ChangeReportExit]
    /// Who began to count because they (or their unit) moved into the org-unit subtree, in the category all along.
    public let transfersIn: [ChangeReportTransfer]
    /// Who stopped counting because they (or their unit) moved out of the subtree, in the category all along.
    public let transfersOut: [ChangeReportTransfer]
    /// Members counted on the last day of the period.
    public let closing: Int

    /// Whether `opening + entries + transfersIn − exits − transfersOut = closing` (always true for a
    /// report the register made).
    public var balances: Bool {
        opening + entries.count + transfersIn.count - exits.count - transfersOut.count == closing
    }
}
