/// The figures a yearly work report (年度工作报告) quotes from the register, for one year and the whole
/// register or an org-unit subtree, each traceable to the ids behind it. Read it with
/// ``RegisterSnapshot/workReport(year:under:knownAt:)``; render it with `WorkReportRenderer`
/// (module `UnitedFrontExchange`) as Markdown or JSON.
///
/// Every figure follows DOMAIN.md's "Report figures": people, cadres, the pool and 无党派 candidates on
/// 31 December of the year; engagements dated in the year, counted by their organiser; pairings in force
/// on a day of the year; memberships and 商会 on 31 December. The subtree is the tree as it stands on 31
/// December. The report says which knowledge it used: ``knownAt``, or the latest when nil.
///
/// **Threading.** A value type: `Sendable`.
public struct WorkReport: Hashable, Sendable {
    /// The org unit the report is for.
    public struct Unit: Hashable, Sendable, Encodable {
        /// Its id.
        public var id: OrgUnitID
        /// Its name on 31 December of the year.
        public var name: String

        /// Creates a unit reference.
        public init(id: OrgUnitID, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// The year reported.
    public var year: Int
    /// The org unit whose subtree is reported; nil for the whole register.
    public var orgUnit: Unit?
    /// The instant the register's knowledge was read at; nil for the latest knowledge.
    public var knownAt: Timestamp?
    /// The figures, in report order (section by section, as the seed report quotes them).
    public var figures: [WorkReportFigure]

    /// Creates a report.
    public init(year: Int, orgUnit: Unit?, knownAt: Timestamp?, figures: [WorkReportFigure]) {
        self.year = year
        self.orgUnit = orgUnit
        self.knownAt = knownAt
        self.figures = figures
    }

    /// The day the report's stock figures are read on: 31 December of the year.
    public var asOf: LocalDate { LocalDate(year: year, month: 12, day: 31) ?? LocalDate(daysSince1970: 0) }

    /// The figure with this key (`leading_cadres`), if the report has it.
    public subscript(key: String) -> WorkReportFigure? { figures.first { $0.key == key } }

    /// The figures of one section, in report order.
    public func figures(in section: WorkReportSection) -> [WorkReportFigure] { figures.filter { $0.section == section } }

    /// What the report says about its knowledge: `latest`, or the instant in ISO 8601.
    public var knowledge: String { knownAt?.iso8601 ?? "latest" }
}

extension WorkReport: Encodable {
    private enum Keys: String, CodingKey { case year, orgUnit = "org_unit", knownAt = "known_at", asOf = "as_of", figures }

    /// `{"year", "org_unit": {"id", "name"} or null, "known_at": ISO 8601 or "latest", "as_of", "figures": […]}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(year, forKey: .year)
        if let orgUnit { try container.encode(orgUnit, forKey: .orgUnit) } else { try container.encodeNil(forKey: .orgUnit) }
        try container.encode(knowledge, forKey: .knownAt)
        try container.encode(asOf.iso8601, forKey: .asOf)
        try container.encode(figures, forKey: .figures)
    }
}
