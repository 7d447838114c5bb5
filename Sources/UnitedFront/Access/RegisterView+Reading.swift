/// One-call forms of a view's main reads, each one consistent snapshot, and their `async` forms (which
/// run off the cooperative pool). Each is scoped, masked and logged like the ``ScopedSnapshot`` read it
/// names.
extension RegisterView {
    /// See ``ScopedSnapshot/member(_:)``.
    public func member(_ id: MemberID) throws -> Member? { try read { try $0.member(id) } }

    /// Async form of ``member(_:)``.
    public func member(_ id: MemberID) async throws -> Member? { try await read { try $0.member(id) } }

    /// See ``ScopedSnapshot/member(_:asOf:knownAt:)``.
    public func member(_ id: MemberID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> Member? {
        try read { try $0.member(id, asOf: date, knownAt: knownAt) }
    }

    /// Async form of ``member(_:asOf:knownAt:)``.
    public func member(_ id: MemberID, asOf date: LocalDate, knownAt: Timestamp? = nil) async throws -> Member? {
        try await read { try $0.member(id, asOf: date, knownAt: knownAt) }
    }

    /// See ``ScopedSnapshot/members(asOf:in:tiers:knownAt:)``.
    public func members(asOf date: LocalDate, in category: Category? = nil, tiers: Set<Tier> = [],
                        knownAt: Timestamp? = nil) throws -> [Member] {
        try read { try $0.members(asOf: date, in: category, tiers: tiers, knownAt: knownAt) }
    }

    /// Async form of ``members(asOf:in:tiers:knownAt:)``.
    public func members(asOf date: LocalDate, in category: Category? = nil, tiers: Set<Tier> = [],
                        knownAt: Timestamp? = nil) async throws -> [Member] {
        try await read { try $0.members(asOf: date, in: category, tiers: tiers, knownAt: knownAt) }
    }

    /// See ``ScopedSnapshot/members(matching:)``.
    public func members(matching query: MemberQuery) throws -> MemberPage { try read { try $0.members(matching: query) } }

    /// Async form of ``members(matching:)``.
    public func members(matching query: MemberQuery) async throws -> MemberPage {
        try await read { try $0.members(matching: query) }
    }

    /// See ``ScopedSnapshot/count(matching:)``.
    public func count(matching query: MemberQuery) throws -> Int { try read { try $0.count(matching: query) } }

    /// Async form of ``count(matching:)``.
    public func count(matching query: MemberQuery) async throws -> Int { try await read { try $0.count(matching: query) } }

    /// See ``ScopedSnapshot/timeline(of:)``.
    public func timeline(of id: MemberID) throws -> [TimelineEntry] { try read { try $0.timeline(of: id) } }

    /// Async form of ``timeline(of:)``.
    public func timeline(of id: MemberID) async throws -> [TimelineEntry] { try await read { try $0.timeline(of: id) } }

    /// See ``ScopedSnapshot/changes(from:through:)``.
    public func changes(from start: LocalDate, through end: LocalDate) throws -> [ChangeEvent] {
        try read { try $0.changes(from: start, through: end) }
    }

    /// Async form of ``changes(from:through:)``.
    public func changes(from start: LocalDate, through end: LocalDate) async throws -> [ChangeEvent] {
        try await read { try $0.changes(from: start, through: end) }
    }

    /// See ``ScopedSnapshot/searchMembers(_:limit:)``.
    public func searchMembers(_ text: String, limit: Int = 50) throws -> [MemberMatch] {
        try read { try $0.searchMembers(text, limit: limit) }
    }

    /// Async form of ``searchMembers(_:limit:)``.
    public func searchMembers(_ text: String, limit: Int = 50) async throws -> [MemberMatch] {
        try await read { try $0.searchMembers(text, limit: limit) }
    }

    /// See ``ScopedSnapshot/statistics(asOf:by:in:under:knownAt:)``.
    public func statistics(asOf date: LocalDate, by dimensions: [StatisticsDimension], in category: Category? = nil,
                           under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> Statistics {
        try read { try $0.statistics(asOf: date, by: dimensions, in: category, under: root, knownAt: knownAt) }
    }

    /// Async form of ``statistics(asOf:by:in:under:knownAt:)``.
    public func statistics(asOf date: LocalDate, by dimensions: [StatisticsDimension], in category: Category? = nil,
                           under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) async throws -> Statistics {
        try await read { try $0.statistics(asOf: date, by: dimensions, in: category, under: root, knownAt: knownAt) }
    }

    /// See ``ScopedSnapshot/changeReport(from:through:in:under:knownAt:)``.
    public func changeReport(from: LocalDate, through: LocalDate, in categories: Set<Category> = [],
                             under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> ChangeReport {
        try read { try $0.changeReport(from: from, through: through, in: categories, under: root, knownAt: knownAt) }
    }

    /// Async form of ``changeReport(from:through:in:under:knownAt:)``.
    public func changeReport(from: LocalDate, through: LocalDate, in categories: Set<Category> = [],
                             under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) async throws -> ChangeReport {
        try await read { try $0.changeReport(from: from, through: through, in: categories, under: root, knownAt: knownAt) }
    }

    /// See ``ScopedSnapshot/workReport(year:under:knownAt:)``.
    public func workReport(year: Int, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> WorkReport {
        try read { try $0.workReport(year: year, under: root, knownAt: knownAt) }
    }

    /// Async form of ``workReport(year:under:knownAt:)``.
    public func workReport(year: Int, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) async throws -> WorkReport {
        try await read { try $0.workReport(year: year, under: root, knownAt: knownAt) }
    }
}
