import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Enterprises and the people in them, 万企兴万村 pairings, organisations with terms and seats, 商会 and
/// their member enterprises, and households.
@Suite("Enterprises, organisations and households")
struct EnterpriseTests {
    let clock = TestClock("2019-01-07T09:00:00+08:00")
    let register: Register
    let district: OrgUnitID, street: OrgUnitID, community: OrgUnitID
    let owner: MemberID, manager: MemberID

    init() throws {
        let register = try Register.inMemory(clock: clock.read)
        self.register = register
        district = try register.addOrgUnit(OrgUnitRecord(name: "新城区委统战部", kind: .unitedFrontDepartment), effective: "2019-01-01", by: clerk)
        street = try register.addOrgUnit(OrgUnitRecord(name: "锡林路街道", kind: .subdistrict, parent: district), effective: "2019-01-01", by: clerk)
        community = try register.addOrgUnit(OrgUnitRecord(name: "锡林社区", kind: .community, parent: street), effective: "2019-01-01", by: clerk)
        owner = try register.add(MemberRecord(name: "巴特尔"), effective: "2019-01-01", by: clerk)
        manager = try register.add(MemberRecord(name: "张丽"), effective: "2019-01-01", by: clerk)
    }

    func dairy() throws -> EnterpriseID {
        var enterprise = EnterpriseRecord(creditCode: "91150102ma0n2xy1a8", name: "锡林乳业有限公司")
        enterprise.industry = "14"
        enterprise.scale = "中型"
        enterprise.ownership = "民营企业"
        enterprise.region = "150102"
        enterprise.orgUnit = street
        return try register.add(enterprise, effective: "2019-01-01", by: clerk)
    }

    @Test("an enterprise keeps its credit code and name history; people hold roles in it, read from both ends")
    func enterpriseAndRoles() throws {
        let id = try dairy()
        let stored = try #require(try register.read { try $0.record(id, asOf: "2019-06-01") })
        #expect(stored.creditCode == "91150102MA0N2XY1A8" && stored.industry == "14" && stored.scale == .medium)
        #expect(stored.ownership == "170")
        clock.set("2022-03-02T09:00:00+08:00")
        try register.write(by: clerk) { _ = try $0.change(id, effective: "2022-03-01") { $0.name = "锡林草原乳业有限公司" } }
        #expect(try register.read { try $0.record(id, asOf: "2022-02-28") }?.name == "锡林乳业有限公司")
        #expect(try register.read { try $0.record(id, asOf: "2022-03-01") }?.name == "锡林草原乳业有限公司")
        #expect(try register.read { try $0.record(id, asOf: "2022-03-01", knownAt: Timestamp(endOf: "2022-03-01")) }?.name
                == "锡林乳业有限公司", "the new name was recorded on 2022-03-02")

        var investor = EnterpriseRoleRecord(enterprise: id, role: "股东")
        investor.share = "60%"
        try register.write(by: clerk) { tx in
            try tx.add(EnterpriseRoleRecord(enterprise: id, role: .legalRepresentative), for: owner, effective: "2019-01-01")
            try tx.add(investor, for: owner, effective: "2019-01-01")
            try tx.add(EnterpriseRoleRecord(enterprise: id, role: .generalManager), for: manager, effective: "2020-07-01")
        }
        #expect(try register.read { try $0.people(of: id, asOf: "2020-01-01") }.map(\.member) == [owner, owner])
        #expect(try register.read { try $0.people(of: id, asOf: "2020-07-01") }.map(\.role) == [.legalRepresentative, .investor, .generalManager])
        #expect(try register.records(EnterpriseRoleRecord.self, of: manager, asOf: "2021-01-01").map(\.enterprise) == [id])
    }

    @Test("bad credit codes, unknown industries and links to what does not exist are refused, and nothing is written")
    func refusals() throws {
        _ = try dairy()
        let before = try register.changesets().count
        #expect(throws: ValidationError.self) {
            try register.add(EnterpriseRecord(creditCode: "91150102MA0N2XY1A9", name: "坏代码公司"), effective: "2019-01-01", by: clerk)
        }
        #expect(throws: RegisterError.duplicateCreditCode("91150102MA0N2XY1A8", existing: EnterpriseID(rawValue: 1))) {
            try register.add(EnterpriseRecord(creditCode: "91150102MA0N2XY1A8", name: "重复公司"), effective: "2019-01-01", by: clerk)
        }
        #expect(throws: ValidationError(field: "industry", value: "99", reason: .unknownCode(list: .industry))) {
            var enterprise = EnterpriseRecord(creditCode: "91150102MA0N2XY2BC", name: "未知行业公司")
            enterprise.industry = "99"
            try register.add(enterprise, effective: "2019-01-01", by: clerk)
        }
        #expect(throws: RegisterError.recordNotFound(.enterprise, id: 42)) {
            try register.add(EnterpriseRoleRecord(enterprise: EnterpriseID(rawValue: 42), role: .investor), for: owner,
                             effective: "2019-01-01", by: clerk)
        }
        #expect(throws: RegisterError.recordNotFound(.enterprise, id: 42)) {
            try register.add(PairingRecord(village: "150102001201"), for: EnterpriseID(rawValue: 42), effective: "2021-01-01", by: clerk)
        }
        #expect(throws: ValidationError(field: "village", value: "150102", reason: .malformed(expected: "a 12-digit 统计用区划代码"))) {
            try register.add(PairingRecord(village: "150102"), for: EnterpriseID(rawValue: 1), effective: "2021-01-01", by: clerk)
        }
        #expect(throws: RegisterError.memberNotFound(MemberID(rawValue: 99))) {
            try register.add(RelationRecord(relative: MemberID(rawValue: 99), relation: "配偶"), for: owner, effective: "2019-01-01", by: clerk)
        }
        #expect(try register.changesets().count == before)
    }

    @Test("a 万企兴万村 pairing is held by its enterprise; when the enterprise is 注销 its pairings, memberships and roles end that day")
    func pairingsEndWithTheEnterprise() throws {
        let id = try dairy()
        var pairing = PairingRecord(village: "150102001201", villageName: "锡林嘎查", project: "奶牛养殖合作社")
        pairing.committed = 500_000
        let paired = try register.add(pairing, for: id, effective: "2021-06-01", by: clerk)
        try register.write(by: clerk) { _ = try $0.change(paired, effective: "2022-06-01") { $0.paid = 300_000 } }
        try register.add(EnterpriseRoleRecord(enterprise: id, role: .legalRepresentative), for: owner, effective: "2019-01-01", by: clerk)
        #expect(try register.records(PairingRecord.self, of: id, asOf: "2021-12-31").map(\.paid) == [nil])
        #expect(try register.records(PairingRecord.self, of: id, asOf: "2022-12-31").map(\.paid) == [300_000])
        try register.end(id, effective: "2024-01-01", by: Attribution(actor: "区工商联", reason: "注销"))
        #expect(try register.records(PairingRecord.self, asOf: "2024-01-01").isEmpty)
        #expect(try register.read { try $0.people(of: id, asOf: "2024-01-01") }.isEmpty)
        #expect(try register.records(PairingRecord.self, of: id).first?.to == "2024-01-01")
        #expect(throws: RegisterError.recordNotInForce(.enterprise, id: id.rawValue, on: "2024-02-01")) {
            try register.add(PairingRecord(village: "150102001202"), for: id, effective: "2024-02-01", by: clerk)
        }
    }

    @Test("who sits on the 工商联 执委 this term, and which 商会 cover this 街道, are one call each")
    func organisations() throws {
        var federation = OrganisationRecord(name: "新城区工商联", kind: .federation)
        federation.area = district
        let fed = try register.add(federation, effective: "2019-01-01", by: clerk)
        let fifth = try register.add(TermRecord(name: "第五届"), for: fed, effective: "2021-11-20", by: clerk)
        var seat = OrganisationMembershipRecord(organisation: fed, role: "执委")
        seat.term = fifth
        try register.add(seat, for: owner, effective: "2021-11-20", by: clerk)
        try register.add(OrganisationMembershipRecord(organisation: fed, role: .viceChair), for: manager, effective: "2021-11-20", by: clerk)
        #expect(try register.read { try $0.members(of: fed, roles: [.executiveCommittee], asOf: "2022-06-30") }.map(\.member) == [owner])
        #expect(try register.read { try $0.members(of: fed, asOf: "2022-06-30") }.count == 2)
        #expect(try register.read { try $0.members(of: fed, asOf: "2021-06-30") }.isEmpty)

        var township = OrganisationRecord(name: "锡林路街道商会", kind: "乡镇商会")
        township.area = street
        township.parent = fed
        let chamber = try register.add(township, effective: "2020-03-01", by: clerk)
        var industry = OrganisationRecord(name: "新城区乳业商会", kind: .industryChamber)
        industry.area = district
        let dairyChamber = try register.add(industry, effective: "2021-01-01", by: clerk)
        #expect(try register.read { try $0.chambers(covering: community, asOf: "2021-06-30") }.map(\.id) == [chamber, dairyChamber])
        #expect(try register.read { try $0.chambers(covering: street, asOf: "2020-06-30") }.map(\.id) == [chamber])
        #expect(try register.read { try $0.chambers(covering: district, asOf: "2021-06-30") }.map(\.id) == [dairyChamber],
                "a 工商联 is not a 商会, and a 街道's chamber does not cover the district")

        let enterprise = try dairy()
        try register.add(EnterpriseMembershipRecord(organisation: chamber), for: enterprise, effective: "2020-03-01", by: clerk)
        #expect(try register.read { try $0.enterprises(of: chamber, asOf: "2020-06-30") }.map(\.holder) == [enterprise])
        #expect(throws: RegisterError.recordNotFound(.term, id: 99)) {
            var bad = OrganisationMembershipRecord(organisation: fed)
            bad.term = TermID(rawValue: 99)
            try register.add(bad, for: manager, effective: "2022-01-01", by: clerk)
        }
    }

    @Test("a household and its members, the 户主 first")
    func households() throws {
        var home = HouseholdRecord(name: "巴特尔户")
        home.orgUnit = community
        let id = try register.add(home, effective: "2019-01-01", by: clerk)
        try register.add(HouseholdMembershipRecord(household: id), for: owner, effective: "2019-01-01", by: clerk)
        try register.add(HouseholdMembershipRecord(household: id, relation: "妻"), for: manager, effective: "2019-01-01", by: clerk)
        let members = try register.read { try $0.members(of: id, asOf: "2020-01-01") }
        #expect(members.map(\.member) == [owner, manager])
        #expect(members.map(\.relation) == [nil, "12"])
        #expect(throws: RegisterError.recordNotFound(.household, id: 5)) {
            try register.add(HouseholdMembershipRecord(household: HouseholdID(rawValue: 5)), for: owner, effective: "2019-01-01", by: clerk)
        }
    }
}
