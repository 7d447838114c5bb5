/// Figures and reports through a view: the register's reports with `under:` the scope (or a unit inside
/// it), people masked. Counts are aggregates: unmasked, but only of the members inside the scope.
extension ScopedSnapshot {
    /// Statistics on a date for the members inside the view (or under `root`, inside it); see
    /// ``RegisterSnapshot/statistics(asOf:by:in:under:knownAt:)``.
    /// - Throws: ``RegisterError/outsideScope(subject:scope:)`` for a `root` outside the view that day; as
    ///   the register's form otherwise.
    public func statistics(asOf date: LocalDate, by dimensions: [StatisticsDimension], in category: Category? = nil,
                           under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> Statistics {
        try base.statistics(asOf: date, by: dimensions, in: category, under: self.root(root, on: date, knownAt: knownAt),
                            knownAt: knownAt)
    }

    /// The change report (增减变化) of the view's subtree (or of `root`, inside it on `through`), with
    /// names and changed values masked; see ``RegisterSnapshot/changeReport(from:through:in:under:knownAt:)``.
    /// When the view hides category memberships, the sections keep their counts and drop their lists.
    public func changeReport(from: LocalDate, through: LocalDate, in categories: Set<Category> = [],
                             under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> ChangeReport {
        try call("changeReport(from: \(from), through: \(through)\(knownText(knownAt)))") {
            let report = try base.changeReport(from: from, through: through, in: categories,
                                               under: self.root(root, on: through, knownAt: knownAt), knownAt: knownAt)
            let lists = !masking.hidesMemberships
            let sections = report.sections.map { section in
                ChangeReportSection(
                    category: section.category, categoryName: section.categoryName, opening: section.opening,
                    entries: lists ? section.entries.map {
                        ChangeReportEntry(memberID: $0.memberID, name: masking.name($0.name, of: $0.memberID), date: $0.date,
                                          tier: $0.tier, tierName: $0.tierName, source: $0.source, sourceName: $0.sourceName)
                    } : [],
                    exits: lists ? section.exits.map {
                        ChangeReportExit(memberID: $0.memberID, name: masking.name($0.name, of: $0.memberID), date: $0.date,
                                         tier: $0.tier, tierName: $0.tierName, reason: $0.reason, reasonName: $0.reasonName,
                                         archived: $0.archived)
                    } : [],
                    transfersIn: lists ? section.transfersIn.map(transfer) : [],
                    transfersOut: lists ? section.transfersOut.map(transfer) : [],
                    closing: section.closing)
            }
            let changes = report.changes.map {
                ChangeReportChange(memberID: $0.memberID, name: masking.name($0.name, of: $0.memberID), date: $0.date,
                                   change: masking.change($0.change, of: $0.memberID))
            }
            return ChangeReport(from: report.from, through: report.through, under: report.under, knownAt: report.knownAt,
                                sections: sections, changes: changes)
        }
    }

    private func transfer(_ transfer: ChangeReportTransfer) -> ChangeReportTransfer {
        ChangeReportTransfer(memberID: transfer.memberID, name: masking.name(transfer.name, of: transfer.memberID),
                             date: transfer.date, fromUnit: transfer.fromUnit, fromUnitName: transfer.fromUnitName,
                             toUnit: transfer.toUnit, toUnitName: transfer.toUnitName)
    }

    /// The yearly work report of the view's subtree (or of `root`, inside it on 31 December); its figures
    /// name people by id only. See ``RegisterSnapshot/workReport(year:under:knownAt:)``.
    public func workReport(year: Int, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> WorkReport {
        let end = LocalDate(year: year, month: 12, day: 31) ?? today
        return try base.workReport(year: year, under: self.root(root, on: end, knownAt: knownAt), knownAt: knownAt)
    }

    /// The engagement figures of a year for the view's subtree (or `root` inside it on 31 December).
    public func engagementFigures(in year: Int, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> EngagementFigures {
        let end = LocalDate(year: year, month: 12, day: 31) ?? today
        return try base.engagementFigures(in: year, under: self.root(root, on: end, knownAt: knownAt), knownAt: knownAt)
    }

    /// 党外副科级以上领导干部 on `date` inside the view (or under `root`), masked.
    public func leadingCadres(asOf date: LocalDate, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> [Member] {
        try call("leadingCadres(asOf: \(date)\(knownText(knownAt)))") {
            try base.leadingCadres(asOf: date, under: self.root(root, on: date, knownAt: knownAt), knownAt: knownAt)
                .map(masking.member)
        }
    }

    /// 党外干部 adjusted in `year` inside the view (or under `root`, inside it on 31 December), masked.
    public func adjustedCadres(in year: Int, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> [Member] {
        let end = LocalDate(year: year, month: 12, day: 31) ?? today
        return try call("adjustedCadres(in: \(year)\(knownText(knownAt)))") {
            try base.adjustedCadres(in: year, under: self.root(root, on: end, knownAt: knownAt), knownAt: knownAt)
                .map(masking.member)
        }
    }

    /// The reserve pool on `date` inside the view (or under `root`), masked.
    public func reservePool(asOf date: LocalDate, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> [Member] {
        try call("reservePool(asOf: \(date)\(knownText(knownAt)))") {
            try base.reservePool(asOf: date, under: self.root(root, on: date, knownAt: knownAt), knownAt: knownAt)
                .map(masking.member)
        }
    }

    /// The data-quality findings on `date` about members inside the view that day.
    public func dataQuality(asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [QualityFinding] {
        try base.dataQuality(asOf: date, knownAt: knownAt)
            .filter { try session.contains($0.member, base, on: date, knownAt: knownAt) }
    }

    /// The engagements dated from `start` through `end` organised by a unit inside the view (or under
    /// `root`, inside it on `end`); see ``RegisterSnapshot/engagements(from:through:under:kinds:knownAt:)``.
    public func engagements(from start: LocalDate, through end: LocalDate, under root: OrgUnitID? = nil,
                            kinds: Set<EngagementKind> = [], knownAt: Timestamp? = nil) throws -> [Tenure<EngagementRecord>] {
        try base.engagements(from: start, through: end, under: self.root(root, on: end, knownAt: knownAt), kinds: kinds,
                             knownAt: knownAt)
    }

    /// Who took part in an engagement organised by a unit inside the view on its date: the enterprises and
    /// households, and the members inside the view that day.
    /// - Throws: ``RegisterError/outsideScope(subject:scope:)`` when the engagement's organiser is outside;
    ///   ``RegisterError/recordNotFound(_:id:)`` when no engagement has this id.
    public func participants(of engagement: EngagementID, knownAt: Timestamp? = nil) throws -> [Tenure<ParticipantRecord>] {
        guard let record = try base.records(EngagementRecord.self, of: NoHolder(), knownAt: knownAt)
            .first(where: { $0.id == engagement }) else {
            throw RegisterError.recordNotFound(EngagementRecord.kind, id: engagement.rawValue)
        }
        guard try session.contains(unit: record.organiser, base, on: record.from, knownAt: knownAt) else {
            throw session.outside("engagement \(engagement.rawValue)")
        }
        return try base.participants(of: engagement, knownAt: knownAt).filter { participant in
            try participant.member.map { try session.contains($0, base, on: participant.from, knownAt: knownAt) } ?? true
        }
    }
}
