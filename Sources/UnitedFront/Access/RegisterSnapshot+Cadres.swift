/// The 党外干部 figures a yearly work report quotes, each one call, for the whole register or an org-unit
/// subtree, as of a date and as known at a time. The counting rules are those of ``CadreFigures``'s
/// documentation as the README states them: a person counts once, only while registered, not archived
/// and 党外 (political status not 01 or 02).
extension RegisterSnapshot {
    /// 党外副科级以上领导干部 on `date`: the 党外 members holding that day a post that is a 领导职务 with a
    /// 职务层次 of 副科级 or above (a post with a 职级 only, or without a 职务层次, does not count;
    /// concurrent posts count the person once), by id; only those owned by `root` or a unit below it that
    /// day when `root` is given.
    public func leadingCadres(asOf date: LocalDate, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> [Member] {
        try cadreFigures(under: root, on: date, knownAt: knownAt).leadingCadres(asOf: date)
    }

    /// 党外干部 adjusted in `year`: the 党外 members with a qualifying post (as for
    /// ``leadingCadres(asOf:under:knownAt:)``) that begins or ends in the year (appointment, removal,
    /// retirement, transfer; an ending counts in the year of its effective date, the first day not held),
    /// or whose 职务层次 changes in the year while it qualifies (a promotion recorded on the same post); a
    /// 职级 change alone is not an adjustment. Each adjustment is judged on its day (an ending on the last
    /// day held): the person must be 党外, registered and not archived then, and, when `root` is given,
    /// owned then by a unit of `root`'s subtree as it stands on 31 December of the year.
    public func adjustedCadres(in year: Int, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> [Member] {
        let end = LocalDate(year: year, month: 12, day: 31) ?? .init(daysSince1970: 0)
        return try cadreFigures(under: root, on: end, knownAt: knownAt).adjustedCadres(in: year)
    }

    /// The reserve pool (后备干部) on `date`: the 党外 members with a ``PoolRecord`` in force that day, by
    /// id. A 后备 tier without a pool record does not count.
    public func reservePool(asOf date: LocalDate, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> [Member] {
        try cadreFigures(under: root, on: date, knownAt: knownAt).reservePool(asOf: date)
    }

    private func cadreFigures(under root: OrgUnitID?, on date: LocalDate, knownAt: Timestamp?) throws -> CadreFigures {
        let knowledge = try Knowledge.at(knownAt, connection)
        let units = try root.map { root in
            Set(try OrgUnitReader(connection: connection, codes: codes).subtree(of: root, asOf: date, knowledge: knowledge)
                .map { String($0.id.rawValue) })
        }
        return CadreFigures(connection: connection, codes: codes, knowledge: knowledge, units: units)
    }
}
