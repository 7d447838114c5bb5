/// Consistent reads through a ``RegisterView``: the member-facing reads of ``RegisterSnapshot``, limited to
/// the view's scope and masked by its policy. What ``RegisterView/read(_:)`` hands its closure.
///
/// **Scope.** A member is inside the view on date D as known at K when the org unit that owns them on D
/// (as known at K) is the scope's unit or lies below it in the tree as it stood on D — the rule of the
/// `under root:` parameters and ``MemberFilter/under(_:)``. Point-in-time reads obey it on their date:
/// a member who moved out is seen as they were before the move, and not after. Reads of one member by id
/// throw ``RegisterError/outsideScope(subject:scope:)`` when the member is outside; lists, counts,
/// searches and reports leave such members out silently. A `root:` argument must lie inside the scope
/// on the read's date (it narrows; outside it is refused). Whole-history reads follow the rules of each
/// method (``timeline(of:)``, ``changes(from:through:)``).
///
/// **Masking.** Every value handed out passes the view's masking: member records, names in reports and
/// search results, old and new values in timelines and change lists, records with personal text. Fields
/// the view reveals (``RegisterView/revealing(_:reason:)``) are shown in full, and each read call that
/// hands one out is logged in the access log when the read ends. Counts and statistics are aggregates:
/// unmasked, but scoped.
///
/// **Threading.** Not `Sendable`: use it only inside the closure.
public struct ScopedSnapshot {
    let base: RegisterSnapshot
    let session: ViewSession

    init(base: RegisterSnapshot, session: ViewSession) {
        self.base = base
        self.session = session
    }

    /// The register's code lists.
    public var codes: CodeCatalog { base.codes }
    /// Who reads, in what role, for what purpose, over which subtree.
    public var grant: AccessGrant { session.grant }

    var today: LocalDate { base.today }
    var masking: ViewMasking { session.masking }

    /// Runs one read call and notes what it revealed (even when it throws part way: a stream may have
    /// handed members out already).
    func call<T>(_ detail: @autoclosure () -> String, _ body: () throws -> T) rethrows -> T {
        defer { session.endCall(detail()) }
        return try body()
    }

    /// Throws ``RegisterError/outsideScope(subject:scope:)`` unless `root` is in the scope's subtree on
    /// `date`; nil (the whole view) becomes the scope's unit.
    func root(_ root: OrgUnitID?, on date: LocalDate, knownAt: Timestamp?) throws -> OrgUnitID? {
        guard let root else { return session.scope }
        guard try session.contains(unit: root, base, on: date, knownAt: knownAt) else {
            throw session.outside("org unit \(root.rawValue) on \(date)")
        }
        return root
    }

    /// Whether `member` is inside on `date` as known at `knownAt`.
    func isInside(_ member: MemberID, on date: LocalDate, knownAt: Timestamp? = nil) throws -> Bool {
        try session.contains(member, base, on: date, knownAt: knownAt)
    }

    /// Throws unless `member` is inside on `date`.
    func requireInside(_ member: MemberID, on date: LocalDate, knownAt: Timestamp? = nil) throws {
        guard try isInside(member, on: date, knownAt: knownAt) else { throw session.outside("member \(member) on \(date)") }
    }

    // MARK: Members

    /// The member's latest record, masked; nil when no member has this id.
    /// - Throws: ``RegisterError/outsideScope(subject:scope:)`` unless the member is inside the view
    ///   today (the register's today).
    public func member(_ id: MemberID) throws -> Member? {
        try call("member(\(id))") {
            guard let latest = try base.member(id) else { return nil }
            try requireInside(id, on: today)
            return masking.member(latest)
        }
    }

    /// The member as of `date` (as known at `knownAt`), masked; nil when not registered (or not yet
    /// recorded) then.
    /// - Throws: ``RegisterError/outsideScope(subject:scope:)`` when the member is outside the view that day.
    public func member(_ id: MemberID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> Member? {
        try call("member(\(id), asOf: \(date)\(knownText(knownAt)))") {
            guard let member = try base.member(id, asOf: date, knownAt: knownAt) else { return nil }
            guard try session.contains(member, base, on: date, knownAt: knownAt) else {
                throw session.outside("member \(id) on \(date)")
            }
            return masking.member(member)
        }
    }

    /// The active members inside the view on `date`, masked, ordered by id; see
    /// ``RegisterSnapshot/members(asOf:in:tiers:knownAt:)``.
    /// - Throws: ``ValidationError`` for an unknown category or tier.
    public func members(asOf date: LocalDate, in category: Category? = nil, tiers: Set<Tier> = [],
                        knownAt: Timestamp? = nil) throws -> [Member] {
        try call("members(asOf: \(date)\(knownText(knownAt)))") {
            let members = try session.scope.map { try base.members(asOf: date, under: $0, in: category, tiers: tiers, knownAt: knownAt) }
                ?? base.members(asOf: date, in: category, tiers: tiers, knownAt: knownAt)
            return members.map(masking.member)
        }
    }

    /// The active members owned on `date` by `root` or a unit below it, masked.
    /// - Throws: ``RegisterError/outsideScope(subject:scope:)`` when `root` is outside the view that day;
    ///   ``ValidationError`` for an unknown category or tier.
    public func members(asOf date: LocalDate, under root: OrgUnitID, in category: Category? = nil, tiers: Set<Tier> = [],
                        knownAt: Timestamp? = nil) throws -> [Member] {
        try call("members(asOf: \(date), under: \(root.rawValue)\(knownText(knownAt)))") {
            let root = try self.root(root, on: date, knownAt: knownAt) ?? root
            return try base.members(asOf: date, under: root, in: category, tiers: tiers, knownAt: knownAt).map(masking.member)
        }
    }

    /// The members archived on `date` who were inside the view that day, masked, ordered by id.
    public func archivedMembers(asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [Member] {
        try call("archivedMembers(asOf: \(date)\(knownText(knownAt)))") {
            try base.archivedMembers(asOf: date, knownAt: knownAt)
                .filter { try session.contains($0, base, on: date, knownAt: knownAt) }
                .map(masking.member)
        }
    }

    /// The member whose latest record holds the document, masked; nil when nobody does, or when the
    /// holder is outside the view today (a look-up by value is a search: it does not say whether the
    /// number is held elsewhere).
    public func member(documentType type: DocumentType = .residentIdentityCard, documentNumber number: String,
                       country: Country? = nil) throws -> Member? {
        try call("member(documentType: \(type))") {
            guard let member = try base.member(documentType: type, documentNumber: number, country: country),
                  try isInside(member.id, on: today) else { return nil }
            return masking.member(member)
        }
    }

    /// The members inside the view today whose latest record has this name and birth date, masked.
    public func members(named name: String, bornOn birthDate: LocalDate) throws -> [Member] {
        try call("members(named:bornOn: \(birthDate))") {
            try base.members(named: name, bornOn: birthDate).filter { try isInside($0.id, on: today) }.map(masking.member)
        }
    }

    // MARK: History

    /// The member's timeline, masked, limited to what the view may see: the member must be inside the
    /// view today, and only the entries effective while they were inside (on the entry's date or the
    /// day before: the move into the scope and out of it are both shown) are returned. History from
    /// before the member came into the scope stays with the units that held it.
    /// - Throws: ``RegisterError/outsideScope(subject:scope:)`` when the member is outside the view today;
    ///   ``RegisterError/memberNotFound(_:)``.
    public func timeline(of id: MemberID) throws -> [TimelineEntry] {
        try call("timeline(of: \(id))") {
            let entries = try base.timeline(of: id)
            try requireInside(id, on: today)
            var inside = InsideCache(snapshot: self)
            return try entries.filter { try inside.around(id, $0.effectiveOn) }.map { masking.entry($0, of: id) }
        }
    }

    /// What changed with effective dates from `start` through `end`, masked, for the members inside the
    /// view on the change's date or the day before (the rule of the change report: a move out of the
    /// scope is listed, what happens after it is not).
    public func changes(from start: LocalDate, through end: LocalDate) throws -> [ChangeEvent] {
        try call("changes(from: \(start), through: \(end))") {
            var inside = InsideCache(snapshot: self)
            return try base.changes(from: start, through: end).filter { try inside.around($0.memberID, $0.effectiveOn) }
                .map(masking.event)
        }
    }

    // MARK: Queries

    /// One page of the members `query` matches inside the view (the filter is joined with
    /// ``MemberFilter/under(_:)`` of the scope, on the query's date and knowledge), masked.
    /// - Throws: as ``RegisterSnapshot/members(matching:)``.
    public func members(matching query: MemberQuery) throws -> MemberPage {
        try call("members(matching: asOf \(query.asOf ?? today)\(knownText(query.knownAt)))") {
            let page = try base.members(matching: scoped(query))
            return MemberPage(members: page.members.map(masking.member), next: page.next)
        }
    }

    /// How many members `query` matches inside the view.
    public func count(matching query: MemberQuery) throws -> Int {
        try base.count(matching: scoped(query))
    }

    /// Calls `body` with each member `query` matches inside the view, masked, one at a time.
    public func forEachMember(matching query: MemberQuery, _ body: (Member) throws -> Void) throws {
        try call("forEachMember(matching: asOf \(query.asOf ?? today)\(knownText(query.knownAt)))") {
            try base.forEachMember(matching: scoped(query)) { try body(masking.member($0)) }
        }
    }

    func scoped(_ query: MemberQuery) -> MemberQuery {
        guard let scope = session.scope else { return query }
        var scoped = query
        scoped.filter = query.filter && .under(scope)
        return scoped
    }

    // MARK: Search

    /// The members inside the view today whose names, former names, work unit or pinyin contain `text`,
    /// best first, at most `limit`; names and matched text masked like names (a work unit as it is).
    /// - Throws: as ``RegisterSnapshot/searchMembers(_:limit:)``.
    public func searchMembers(_ text: String, limit: Int = 50) throws -> [MemberMatch] {
        try call("searchMembers") {
            let matches = try filtered(limit: limit, { try base.searchMembers(text, limit: $0) }) {
                try isInside($0.member, on: today)
            }
            return matches.map { match in
                var shown = match
                shown.name = masking.name(match.name, of: match.member)
                if match.field != .workUnit { shown.matchedText = masking.name(match.matchedText, of: match.member) }
                return shown
            }
        }
    }

    /// The enterprises the view may see whose names contain `text`, best first, at most `limit`: those
    /// owned by a unit inside the scope today, and those in which a member inside the view today holds a
    /// role today (see ``isVisible(_:)``).
    public func searchEnterprises(_ text: String, limit: Int = 50) throws -> [EnterpriseMatch] {
        guard session.scope != nil else { return try base.searchEnterprises(text, limit: limit) }
        return try filtered(limit: limit, { try base.searchEnterprises(text, limit: $0) }) { try isVisible($0.enterprise) }
    }

    /// Runs a limited search with a growing limit until `limit` results pass `keep` or the search runs out.
    func filtered<T>(limit: Int, _ search: (Int) throws -> [T], keep: (T) throws -> Bool) throws -> [T] {
        guard limit > 0 else { return try search(limit) }
        var asked = limit
        while true {
            let found = try search(asked)
            let kept = try found.filter(keep)
            if kept.count >= limit || found.count < asked { return Array(kept.prefix(limit)) }
            asked *= 4
        }
    }

    func knownText(_ knownAt: Timestamp?) -> String { knownAt.map { ", knownAt: \($0.iso8601)" } ?? "" }
}

/// Whether members are inside on dates, each asked once per read call.
struct InsideCache {
    let snapshot: ScopedSnapshot
    private var known: [Key: Bool] = [:]

    private struct Key: Hashable {
        let member: MemberID
        let date: LocalDate
    }

    init(snapshot: ScopedSnapshot) { self.snapshot = snapshot }

    /// Inside on `date` (as known now).
    mutating func on(_ member: MemberID, _ date: LocalDate) throws -> Bool {
        let key = Key(member: member, date: date)
        if let answer = known[key] { return answer }
        let answer = try snapshot.isInside(member, on: date)
        known[key] = answer
        return answer
    }

    /// Inside on `date` or the day before.
    mutating func around(_ member: MemberID, _ date: LocalDate) throws -> Bool {
        try on(member, date) || on(member, date.adding(days: -1))
    }
}
