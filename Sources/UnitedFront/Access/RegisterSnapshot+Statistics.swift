/// Statistics as a library call.
extension RegisterSnapshot {
    /// Counts of the active members on `date` grouped by one or two dimensions, with the total and each
    /// group's percentage; only members in `category` that day, and only those owned by `root` or a unit
    /// below it, when given; optionally as the register knew it at `knownAt`.
    ///
    /// Membership dimensions (category, tier, source) count each membership held that day, so their
    /// counts may add up to more than ``Statistics/total`` (and members without a membership are in no
    /// group); grouping by category and tier pairs each membership's own tier. Overseas dimensions count
    /// each 侨情 record in force (members without one are in no group); the industry dimension counts each
    /// distinct 门类 of the enterprises in which the member holds a role that day (members without one are
    /// in no group). ``Statistics/total`` counts every member read.
    /// - Throws: ``ValidationError`` (field `by`) unless one or two distinct dimensions are given;
    ///   ``ValidationError`` for an unknown category.
    public func statistics(asOf date: LocalDate, by dimensions: [StatisticsDimension], in category: Category? = nil,
                           under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> Statistics {
        guard (1...2).contains(dimensions.count), Set(dimensions).count == dimensions.count else {
            throw ValidationError(field: "by", value: dimensions.map(\.rawValue).joined(separator: ","),
                                  reason: .malformed(expected: "one or two distinct dimensions"))
        }
        let members = try root.map { try self.members(asOf: date, under: $0, in: category, knownAt: knownAt) }
            ?? self.members(asOf: date, in: category, knownAt: knownAt)
        var overseas: [MemberID: [Tenure<OverseasRecord>]] = [:]
        if dimensions.contains(where: \.isOverseas) {
            overseas = Dictionary(grouping: try records(OverseasRecord.self, asOf: date, knownAt: knownAt), by: \.member)
        }
        var industries: [MemberID: Set<String?>] = [:]
        if dimensions.contains(.industry) {
            var sector: [EnterpriseID: String?] = [:]
            let list = codes[.industry]
            for enterprise in try records(EnterpriseRecord.self, asOf: date, knownAt: knownAt) {
                sector[enterprise.id] = enterprise.industry.map { code in list?.lookup(code.rawValue)?.parent ?? code.rawValue }
            }
            for role in try records(EnterpriseRoleRecord.self, asOf: date, knownAt: knownAt) {
                if let industry = sector[role.enterprise] { industries[role.member, default: []].insert(industry) }
            }
        }
        var unitNames: [String: String] = [:]
        if dimensions.contains(.orgUnit) {
            for unit in try orgUnits(asOf: date, knownAt: knownAt) { unitNames[String(unit.id.rawValue)] = unit.name }
        }
        return StatisticsCounter(snapshot: self, date: date, dimensions: dimensions)
            .count(members, overseas: overseas, industries: industries, unitNames: unitNames)
    }
}
