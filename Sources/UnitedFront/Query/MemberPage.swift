/// One page of a ``MemberQuery``'s results.
public struct MemberPage: Sendable {
    /// The members, in the query's order, each as of the query date with their memberships that day.
    public let members: [Member]
    /// Where to continue (``MemberQuery/after``); nil when there is nothing after this page.
    public let next: MemberCursor?
}
