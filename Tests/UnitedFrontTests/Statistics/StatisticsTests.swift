import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Statistics on a small district counted by hand.
@Suite("Statistics by one or two dimensions")
struct StatisticsTests {
    let clock = TestClock("2023-01-09T09:00:00+08:00")
    let register: Register
    let district: OrgUnitID, street: OrgUnitID

    init() throws {
        let register = try Register.inMemory(clock: clock.read)
        self.register = register
        district = try register.addOrgUnit(OrgUnitRecord(name: "新城区委统战部", kind: .unitedFrontDepartment), effective: "2020-01-01", by: clerk)
        street = try register.addOrgUnit(OrgUnitRecord(name: "锡林路街道", kind: .subdistrict, parent: district), effective: "2020-01-01", by: clerk)
        func person(_ name: String, id: String, _ ethnicity: Ethnicity, in unit: OrgUnitID) throws -> MemberID {
            var record = MemberRecord(name: name)
            record.documentNumber = id
            record.ethnicity = ethnicity
            record.orgUnit = unit
            return try register.add(record, effective: "2020-01-01", by: clerk)
        }
        // Born 1978 (44 on 2022-12-31), 1990 (32), 1960 (62), 1985 (37).
        let a = try person("乌云其木格", id: citizenID("150102", born: "19780203", sequence: 22), "蒙古族", in: street)
        let b = try person("张伟", id: citizenID("150102", born: "19900505", sequence: 13), "汉族", in: street)
        let c = try person("其木格", id: citizenID("150102", born: "19600101", sequence: 24), "蒙古族", in: district)
        let d = try person("李娜", id: citizenID("150102", born: "19850808", sequence: 26), "汉族", in: district)
        try register.write(by: clerk) { tx in
            try tx.enter(a, category: .nonPartisan, tier: .representative, effective: "2020-01-01")
            try tx.enter(a, category: .ethnicMinority, effective: "2020-01-01")
            try tx.enter(c, category: .ethnicMinority, tier: .representative, effective: "2020-01-01")
            try tx.enter(b, category: .newStratum, effective: "2020-01-01")
            _ = d
        }
    }

    @Test("by ethnicity: totals and shares; by sex and age band: a two-way table")
    func oneAndTwoWays() throws {
        let byEthnicity = try register.statistics(asOf: "2022-12-31", by: [.ethnicity])
        #expect(byEthnicity.total == 4)
        #expect(byEthnicity.rows.map { "\($0.names[.ethnicity]!) \($0.count) \($0.percent)" } == ["汉族 2 50.0", "蒙古族 2 50.0"])
        let byAge = try register.statistics(asOf: "2022-12-31", by: [.ageBand, .sex])
        #expect(byAge.rows.map { "\($0.names[.ageBand]!)/\($0.names[.sex]!) \($0.count)" }
                == ["35岁及以下/男性 1", "36至45岁/女性 2", "56岁及以上/女性 1"])
    }

    @Test("by category and tier: a member counts once per membership, with that membership's own tier")
    func memberships() throws {
        let table = try register.statistics(asOf: "2022-12-31", by: [.category, .tier])
        #expect(table.total == 4)
        #expect(table.rows.map { "\($0.group[.category]!!) \($0.group[.tier]!!) \($0.count)" }
                == ["NON_PARTISAN REPRESENTATIVE 1", "ETHNIC_MINORITY GENERAL 1", "ETHNIC_MINORITY REPRESENTATIVE 1", "NEW_STRATUM GENERAL 1"])
        let minorities = try register.statistics(asOf: "2022-12-31", by: [.ethnicity], in: "少数民族人士")
        #expect(minorities.total == 2 && minorities.rows.map(\.count) == [2])
    }

    @Test("by org unit under a subtree, and the refusals")
    func units() throws {
        let table = try register.statistics(asOf: "2022-12-31", by: [.orgUnit], under: street)
        #expect(table.rows.map { "\($0.names[.orgUnit]!) \($0.count)" } == ["锡林路街道 2"])
        #expect(try register.statistics(asOf: "2022-12-31", by: [.orgUnit]).rows.map(\.count) == [2, 2])
        #expect(try register.statistics(asOf: "2019-12-31", by: [.sex]).total == 0)
        #expect(throws: ValidationError(field: "by", value: "", reason: .malformed(expected: "one or two distinct dimensions"))) {
            try register.statistics(asOf: "2022-12-31", by: [])
        }
        #expect(throws: ValidationError.self) { try register.statistics(asOf: "2022-12-31", by: [.sex, .sex]) }
        #expect(throws: ValidationError.self) { try register.statistics(asOf: "2022-12-31", by: [.sex, .tier, .category]) }
    }

    @Test("by industry: each member once per 门类 of the enterprises they hold a role in that day, a 大类 under its 门类")
    func industries() throws {
        var dairy = EnterpriseRecord(creditCode: "91150102MA0N2XY1A8", name: "锡林乳业有限公司")
        dairy.industry = "14"  // 食品制造业, a 大类 of 制造业 (C)
        var shop = EnterpriseRecord(creditCode: "91150102MA0N2XY2A9", name: "锡林商贸有限公司")
        shop.industry = "F"  // 批发和零售业
        let members = try register.members(asOf: "2022-12-31").map(\.id)
        try register.write(by: clerk) { tx in
            let dairyID = try tx.add(dairy, effective: "2020-01-01"), shopID = try tx.add(shop, effective: "2020-01-01")
            try tx.add(EnterpriseRoleRecord(enterprise: dairyID, role: .legalRepresentative), for: members[0], effective: "2020-01-01")
            try tx.add(EnterpriseRoleRecord(enterprise: dairyID, role: .investor), for: members[0], effective: "2020-01-01")
            try tx.add(EnterpriseRoleRecord(enterprise: shopID, role: .investor), for: members[0], effective: "2020-01-01")
            try tx.add(EnterpriseRoleRecord(enterprise: dairyID, role: .generalManager), for: members[1], effective: "2020-01-01")
            let ended = try tx.add(EnterpriseRoleRecord(enterprise: shopID, role: .generalManager), for: members[2], effective: "2020-01-01")
            try tx.end(ended, effective: "2022-07-01")
        }
        let table = try register.statistics(asOf: "2022-12-31", by: [.industry])
        #expect(table.total == 4)
        #expect(table.rows.map { "\($0.names[.industry]!) \($0.count)" } == ["制造业 2", "批发和零售业 1"])
        let before = try register.statistics(asOf: "2022-06-30", by: [.industry])  // the shop's manager still in office
        #expect(before.rows.map { "\($0.group[.industry]!!) \($0.count)" } == ["C 2", "F 2"])
        #expect(StatisticsDimension(named: "行业") == .industry && StatisticsDimension(named: "age-band") == .ageBand)
        #expect(StatisticsDimension(named: "shoe size") == nil)
    }
}
