/// A members query: a ``MemberFilter``, the date and knowledge it reads, the status, the order and a
/// page. Run it with ``RegisterSnapshot/members(matching:)`` (a page),
/// ``RegisterSnapshot/count(matching:)`` or ``RegisterSnapshot/forEachMember(matching:_:)`` (streaming).
///
/// ```swift
/// var query = MemberQuery(.category(.nonPartisan) && .minorityEthnicity, asOf: "2022-12-31", order: .name, limit: 20)
/// var page = try register.members(matching: query)
/// while let next = page.next { query.after = next; page = try register.members(matching: query) }
/// ```
public struct MemberQuery: Sendable, Hashable {
    /// Which members.
    public var filter: MemberFilter
    /// The date everything is read as of; nil for the register's today.
    public var asOf: LocalDate?
    /// Read as the register knew it at this instant; nil for what it knows now.
    public var knownAt: Timestamp?
    /// Active or archived members on the date; nil for both.
    public var status: MemberStatus?
    /// The order of the results.
    public var order: MemberOrder
    /// At most this many members per page; nil for all. Negative is refused (``ValidationError`` field `limit`).
    public var limit: Int?
    /// Continue after this position of a previous page (of the same order).
    public var after: MemberCursor?

    /// A query; by default every active member today, by id, in one page.
    public init(_ filter: MemberFilter = .all, asOf: LocalDate? = nil, knownAt: Timestamp? = nil,
                status: MemberStatus? = .active, order: MemberOrder = .id, limit: Int? = nil, after: MemberCursor? = nil) {
        self.filter = filter
        self.asOf = asOf
        self.knownAt = knownAt
        self.status = status
        self.order = order
        self.limit = limit
        self.after = after
    }
}
