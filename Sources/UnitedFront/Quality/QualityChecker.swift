/// Applies every ``QualityRule`` to the register as of one date and one knowledge, in one snapshot.
struct QualityChecker {
    let snapshot: RegisterSnapshot
    let date: LocalDate
    let knownAt: Timestamp?

    /// Every finding, by member then rule order.
    func findings() throws -> [QualityFinding] {
        var found: [QualityFinding] = []
        let members = try snapshot.members(asOf: date, knownAt: knownAt)
        let certified = Set(try snapshot.workflows(of: .nonPartisanCertification, in: WorkflowKind.nonPartisanCertified,
                                                   asOf: date, knownAt: knownAt).map(\.memberID))
        let pool = Dictionary(grouping: try snapshot.records(PoolRecord.self, asOf: date, knownAt: knownAt), by: \.member)
        let parties = Dictionary(grouping: try snapshot.records(PartyMembershipRecord.self, asOf: date, knownAt: knownAt), by: \.member)
        let codes = snapshot.codes
        for member in members {
            func report(_ rule: QualityRule, _ detail: String) { found.append(QualityFinding(rule: rule, member: member.id, detail: detail)) }
            let status = member.record.politicalStatus?.rawValue
            let categories = member.categories.map(\.category)
            if status == "01" || status == "02", !categories.isEmpty {
                report(.cpcMemberInNonPartyCategory, "政治面貌 \(status!); 类别 " + categories.map(\.rawValue).joined(separator: ", "))
            }
            if status == "12", !certified.contains(member.id) {
                report(.nonPartisanWithoutCertification, "政治面貌 12; 无党派人士认定 not in 认定/登记/复核 on \(date)")
            }
            if categories.contains(.ethnicMinority), member.record.ethnicity?.rawValue == "01" {
                report(.ethnicMinorityRecordedHan, "类别 ETHNIC_MINORITY; 民族 01")
            }
            if member.categories.contains(where: { $0.tier == .reserve }), pool[member.id] == nil {
                report(.reserveTierWithoutPoolEntry, "后备 in " + member.categories.filter { $0.tier == .reserve }
                    .map(\.category.rawValue).joined(separator: ", "))
            }
            if let level = codes.cadreLevel(of: member.record) {
                for entry in pool[member.id] ?? [] where codes.isAtLeast(level, entry.targetRank) {
                    report(.poolEntryTargetReached, "pool entry \(entry.id): target \(entry.targetRank.rawValue), held \(level.rawValue)")
                }
            }
            let held = parties[member.id] ?? []
            if let status, PartyMembershipRecord.parties.contains(status), !held.contains(where: { $0.party.rawValue == status }) {
                report(.partyStatusWithoutMembership, "政治面貌 \(status)")
            }
            for membership in held where membership.party.rawValue != status {
                report(.partyMembershipStatusMismatch, "party membership \(membership.id): \(membership.party.rawValue); 政治面貌 \(status ?? "—")")
            }
        }
        try overseas(&found)
        return found.sorted { ($0.member, QualityRule.allCases.firstIndex(of: $0.rule)!) < ($1.member, QualityRule.allCases.firstIndex(of: $1.rule)!) }
    }

    /// The 侨眷 and 华侨 rules, from the overseas records in force.
    private func overseas(_ found: inout [QualityFinding]) throws {
        let records = try snapshot.records(OverseasRecord.self, asOf: date, knownAt: knownAt)
        let overseasMembers = Set(records.filter { $0.type == .huaqiao || $0.type == .guiqiao }.map(\.member))
        for record in records where record.type == .qiaojuan {
            if let relative = record.relative {
                if !overseasMembers.contains(relative) {
                    found.append(QualityFinding(rule: .qiaojuanRelativeNotOverseas, member: record.member,
                                                detail: "overseas record \(record.id): relative member \(relative)"))
                }
            } else {
                found.append(QualityFinding(rule: .qiaojuanWithoutRelative, member: record.member, detail: "overseas record \(record.id)"))
            }
        }
        for finding in try snapshot.overseasChineseFailingResidenceTest(asOf: date, knownAt: knownAt) {
            found.append(QualityFinding(rule: .huaqiaoFailsResidenceTest, member: finding.record.member,
                                        detail: "overseas record \(finding.record.id): \(finding.reason)"))
        }
    }
}
