/// One contradiction the data-quality report found: the rule, the member, and what exactly contradicts.
public struct QualityFinding: Hashable, Sendable, CustomStringConvertible {
    /// The rule the records break.
    public let rule: QualityRule
    /// The member whose records contradict each other.
    public let member: MemberID
    /// What contradicts, for a person to check: `政治面貌 01; 类别 NON_PARTISAN`.
    public let detail: String

    /// `member 3: 中共党员列入党外人士类别 (政治面貌 01; 类别 NON_PARTISAN)`.
    public var description: String { "member \(member): \(rule) (\(detail))" }
}
