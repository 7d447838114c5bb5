/// Category memberships: entering and leaving categories, tier and source changes, and corrections.
///
/// Categories, tiers and sources are typed codes (``Category/nonPartisan``, ``Tier/representative``,
/// ``CategorySource/certified``); values made from text (`"无党派人士"`, `"代表人士"`, `"认定"`) are resolved
/// by code, name or alias.
extension RegisterTransaction {
    /// Enters the member into `category` from `effective`, with a tier and a source.
    ///
    /// The membership holds until the member leaves, until the next recorded membership in the category
    /// begins, or until the member is next archived, whichever comes first.
    /// - Throws: ``RegisterError/alreadyInCategory(_:category:on:)``, ``RegisterError/memberArchived(_:on:)``,
    ///   ``RegisterError/memberNotFound(_:)``, ``RegisterError/effectiveBeforeRegistration(_:effective:registeredOn:)``,
    ///   ``ValidationError`` for an unknown category, tier or source.
    public func enter(_ id: MemberID, category: Category, tier: Tier = .general, source: CategorySource? = nil,
                      effective: LocalDate) throws {
        let category = try codes.resolve(category, field: .category)
        let tier = try codes.resolve(tier, field: .tier)
        let source = try source.map { try codes.resolve($0, field: .source) }
        guard try status(of: id, on: effective) == .active else { throw RegisterError.memberArchived(id, on: effective) }
        try categoryHistory().enter(id, category, on: effective, tier: tier.rawValue, source: source?.rawValue,
                                    until: try nextArchivedDay(of: id, after: effective))
    }

    /// Ends the member's unbroken membership in `category` on `effective` (they are not a member from
    /// that day on); later tier and source changes of that membership go with it.
    ///
    /// `reason` (调离, 退休, 去世, 加入中共, 不再符合条件 …; code list `exit_reason`) is kept with the
    /// membership's last interval and its change-log line: the timeline, ``Register/changes(from:through:)``
    /// and the change report (``RegisterSnapshot/changeReport(from:through:in:under:knownAt:)``) show it.
    /// A reason recorded wrongly has no correction call of its own yet. The register gives reasons itself
    /// where its own operations end a membership: joining a democratic party ends 无党派人士 with
    /// ``ExitReason/joinedParty``, a 撤销 step of 无党派人士认定 with ``ExitReason/certificationRevoked``, and
    /// an archive ends each membership with the archive's reason.
    /// - Throws: ``RegisterError/notInCategory(_:category:on:)``, ``RegisterError/memberNotFound(_:)``,
    ///   ``ValidationError`` for an unknown category or reason.
    public func leave(_ id: MemberID, category: Category, effective: LocalDate, reason: ExitReason? = nil) throws {
        let category = try codes.resolve(category, field: .category)
        let reason = try reason.map { try codes.resolve($0, field: .exitReason) }
        _ = try status(of: id, on: effective)
        try categoryHistory().leave(id, category, on: effective, reason: reason?.rawValue)
    }

    /// Changes the member's tier in `category` from `effective` (代表人士 → 重点代表人士), and the source
    /// when one is given (推荐 → 认定: a certification). Each holds until its next recorded change within
    /// the membership; a tier and source already in force record nothing. Source changes are changes like
    /// any other: they appear in the timeline and in ``Register/changes(from:through:)``.
    /// Returns false when nothing changed.
    /// - Throws: ``RegisterError/notInCategory(_:category:on:)``, ``RegisterError/memberNotFound(_:)``,
    ///   ``ValidationError`` for an unknown category, tier or source.
    @discardableResult
    public func changeTier(_ id: MemberID, category: Category, to tier: Tier, source: CategorySource? = nil,
                           effective: LocalDate) throws -> Bool {
        let category = try codes.resolve(category, field: .category)
        let tier = try codes.resolve(tier, field: .tier)
        let source = try source.map { try codes.resolve($0, field: .source) }
        _ = try status(of: id, on: effective)
        return try categoryHistory().change(id, category, on: effective, tier: tier.rawValue, source: source?.rawValue)
    }

    /// Changes only the source of the member's membership in `category` from `effective` (推荐 → 认定).
    /// Returns false when that source was already in force.
    /// - Throws: as ``changeTier(_:category:to:source:effective:)``.
    @discardableResult
    public func changeSource(_ id: MemberID, category: Category, to source: CategorySource, effective: LocalDate) throws -> Bool {
        let category = try codes.resolve(category, field: .category)
        let source = try codes.resolve(source, field: .source)
        _ = try status(of: id, on: effective)
        return try categoryHistory().change(id, category, on: effective, tier: nil, source: source.rawValue)
    }

    /// Records that the register was wrong about a membership: the one in force on `asOf` (default:
    /// the current one). `tier` replaces the tier over the whole stretch that held the wrong one;
    /// `since` moves the start of the unbroken membership. Like every correction, it shows in the
    /// timeline but not in ``Register/changes(from:through:)``. Returns false when nothing changed.
    /// - Throws: ``RegisterError/notInCategory(_:category:on:)``, ``RegisterError/alreadyInCategory(_:category:on:)``
    ///   when `since` would overlap an earlier membership, ``RegisterError/effectiveBeforeRegistration(_:effective:registeredOn:)``,
    ///   ``RegisterError/memberArchived(_:on:)`` when `since` falls on a day the member was archived,
    ///   ``ValidationError`` for an unknown category or tier, or a `since` on or after the end of the
    ///   membership's first interval (its first tier and source).
    @discardableResult
    public func correctMembership(_ id: MemberID, category: Category, tier: Tier? = nil, since: LocalDate? = nil,
                                  asOf date: LocalDate? = nil) throws -> Bool {
        let category = try codes.resolve(category, field: .category)
        let tier = try tier.map { try codes.resolve($0, field: .tier) }
        let registeredOn = try registeredOn(id)
        return try categoryHistory().correct(id, category, on: date, tier: tier?.rawValue, since: since,
                                             registeredOn: registeredOn, today: today) { from, to in
            try isActive(id, from: from, to: to)
        }
    }

    /// Records that the register was wrong to list the member in `category` at all: the unbroken
    /// membership in force on `asOf` (default: the current one) is withdrawn from every date. History
    /// keeps it for "as known at" reads.
    /// - Throws: ``RegisterError/notInCategory(_:category:on:)``, ``RegisterError/memberNotFound(_:)``,
    ///   ``ValidationError`` for an unknown category.
    public func removeMembership(_ id: MemberID, category: Category, asOf date: LocalDate? = nil) throws {
        let category = try codes.resolve(category, field: .category)
        _ = try registeredOn(id)
        try categoryHistory().remove(id, category, on: date, today: today)
    }

    // MARK: Internals

    /// The first day after `date` on which the member is archived, if any (current knowledge).
    func nextArchivedDay(of id: MemberID, after date: LocalDate) throws -> String? {
        try connection.fetchOne("""
            SELECT min(valid_from) FROM member_history WHERE member_id = ? AND superseded_by IS NULL
            AND status = 'archived' AND valid_from > ?
            """, [id, date]) { $0.optionalText(0) } ?? nil
    }

    /// Whether the member is active on every day of `[from, to)` (current knowledge).
    func isActive(_ id: MemberID, from: String, to: String) throws -> Bool {
        try connection.fetchOne("""
            SELECT 1 FROM member_history WHERE member_id = ? AND superseded_by IS NULL AND status = 'archived'
            AND valid_from < ?3 AND (valid_to IS NULL OR valid_to > ?2)
            """, [id, from, to]) { _ in true } == nil
    }
}
