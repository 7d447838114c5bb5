/// Groups and counts members for ``Statistics``, in one snapshot.
struct StatisticsCounter {
    let snapshot: RegisterSnapshot
    let date: LocalDate
    let dimensions: [StatisticsDimension]

    /// The age bands and their names, youngest first.
    static let ageBands: [(key: String, name: String, upTo: Int)] = [
        ("35-", "35岁及以下", 35), ("36-45", "36至45岁", 45), ("46-55", "46至55岁", 55), ("56+", "56岁及以上", Int.max),
    ]

    /// Counts `members`; `overseas` holds the 侨情 records in force per member, `industries` the 门类 (nil
    /// for none recorded) of the enterprises each member holds a role in, `unitNames` the org units' names.
    func count(_ members: [Member], overseas: [MemberID: [Tenure<OverseasRecord>]], industries: [MemberID: Set<String?>],
               unitNames: [String: String]) -> Statistics {
        var counts: [[String?]: Int] = [:]
        for member in members {
            for key in keys(of: member, overseas: overseas[member.id] ?? [], industries: industries[member.id] ?? [])
            { counts[key, default: 0] += 1 }
        }
        let total = members.count
        let rows = counts.keys.sorted { lhs, rhs in
            for (index, dimension) in dimensions.enumerated() where lhs[index] != rhs[index] {
                return order(lhs[index], dimension) < order(rhs[index], dimension)
            }
            return false
        }.map { key in
            StatisticsRow(group: Dictionary(uniqueKeysWithValues: zip(dimensions, key)),
                          names: Dictionary(uniqueKeysWithValues: zip(dimensions, key).map { ($0, name($1, $0, unitNames)) }),
                          count: counts[key]!, percent: total == 0 ? 0 : Double(counts[key]!) * 100 / Double(total))
        }
        return Statistics(asOf: date, dimensions: dimensions, total: total, rows: rows)
    }

    /// The group keys a member falls in: one per membership (or overseas record) when a dimension asks
    /// for it, else one.
    private func keys(of member: Member, overseas: [Tenure<OverseasRecord>], industries: Set<String?>) -> [[String?]] {
        var units: [[StatisticsDimension: String?]] = [[:]]
        if dimensions.contains(where: \.isMembership) {
            units = member.categories.map { membership in
                [.category: membership.category.rawValue, .tier: membership.tier.rawValue, .source: membership.source?.rawValue]
            }
        }
        if dimensions.contains(where: \.isOverseas) {
            let records = overseas.map { [StatisticsDimension.overseasType: $0.type.rawValue, .country: $0.country?.rawValue] }
            units = units.flatMap { unit in records.map { unit.merging($0) { first, _ in first } } }
        }
        if dimensions.contains(.industry) {
            let sorted = industries.sorted { ($0 ?? "\u{10FFFF}") < ($1 ?? "\u{10FFFF}") }
            units = units.flatMap { unit in sorted.map { unit.merging([.industry: $0]) { first, _ in first } } }
        }
        return units.map { unit in dimensions.map { unit[$0] ?? value(of: member, $0) } }
    }

    private func value(of member: Member, _ dimension: StatisticsDimension) -> String? {
        let record = member.record
        switch dimension {
        case .sex: return record.sex?.rawValue
        case .ethnicity: return record.ethnicity?.rawValue
        case .education: return record.education?.rawValue
        case .politicalStatus: return record.politicalStatus?.rawValue
        case .rank: return snapshot.codes.cadreLevel(of: record)?.rawValue
        case .orgUnit: return record.orgUnit.map { String($0.rawValue) }
        case .ageBand:
            guard let born = record.birthDate, born <= date else { return nil }
            let age = born.years(until: date)
            return Self.ageBands.first { age <= $0.upTo }?.key
        case .category, .tier, .source, .overseasType, .country, .industry: return nil
        }
    }

    private func order(_ value: String?, _ dimension: StatisticsDimension) -> Int {
        guard let value else { return Int.max }
        switch dimension {
        case .ageBand: return Self.ageBands.firstIndex { $0.key == value } ?? Int.max - 1
        case .orgUnit: return Int(value) ?? Int.max - 1
        default: return dimension.codeList.flatMap { snapshot.codes[$0]?.lookup(value)?.position } ?? Int.max - 1
        }
    }

    private func name(_ value: String?, _ dimension: StatisticsDimension, _ unitNames: [String: String]) -> String {
        guard let value else { return "未填写" }
        switch dimension {
        case .ageBand: return Self.ageBands.first { $0.key == value }?.name ?? value
        case .orgUnit: return unitNames[value] ?? value
        default: return dimension.codeList.flatMap { snapshot.codes[$0]?.lookup(value)?.name } ?? value
        }
    }
}
