/// The order of a ``MemberQuery``'s results. Each is total (ties broken by member id), so keyset pages
/// (``MemberCursor``) never skip or repeat a member.
public enum MemberOrder: String, Hashable, Sendable, Codable, CaseIterable {
    /// By member id: the order they were registered in.
    case id
    /// By name in pinyin order (the `PINYIN` collation: 安 before 白 before 陈), then by id.
    case name
    /// By 出生日期, oldest first, members without one last, then by id.
    case birthDate = "birth_date"
    /// Most recently changed first, then by id. A member's last change is the latest changeset with an
    /// entry in their timeline (a registration, change or correction of a field, a membership, a record
    /// they hold, or a workflow step) effective on or before the query date and recorded by the query's
    /// ``MemberQuery/knownAt`` instant: so the order, like the filter, reads the register as of the date
    /// and as known at the instant. Changesets are numbered in recorded order.
    case recentlyChanged = "recently_changed"
}
