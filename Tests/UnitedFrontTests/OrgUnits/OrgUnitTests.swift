import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// The tree of units that own records: a 统战部, its 街道 and 社区; members move between them on dates.
@Suite("Org units and the members they own")
struct OrgUnitTests {
    let clock = TestClock("2020-01-01T09:00:00+08:00")
    let register: Register
    let district: OrgUnitID, xilin: OrgUnitID, dongfeng: OrgUnitID, community: OrgUnitID

    init() throws {
        register = try Register.inMemory(clock: clock.read)
        var root = OrgUnitRecord(name: "新城区委统战部", kind: .unitedFrontDepartment)
        root.region = "150102"
        district = try register.addOrgUnit(root, effective: "2020-01-01", by: clerk)
        var street = OrgUnitRecord(name: "锡林路街道", kind: "街道", parent: district)
        street.region = "150102001"
        xilin = try register.addOrgUnit(street, effective: "2020-01-01", by: clerk)
        dongfeng = try register.addOrgUnit(OrgUnitRecord(name: "东风路街道", kind: .subdistrict, parent: district),
                                           effective: "2020-01-01", by: clerk)
        community = try register.addOrgUnit(OrgUnitRecord(name: "锡林社区", kind: "社区", parent: xilin),
                                            effective: "2020-01-01", by: clerk)
    }

    func member(in unit: OrgUnitID, _ name: String = "乌云其木格") throws -> MemberID {
        var record = MemberRecord(name: name)
        record.orgUnit = unit
        return try register.add(record, effective: "2021-01-01", by: clerk)
    }

    @Test("moving a member from one 街道 to another keeps their history; subtree reads before and after")
    func transferBetweenStreets() throws {
        let id = try member(in: community)
        clock.set("2023-03-05T09:00:00+08:00")
        #expect(try register.transfer(id, to: dongfeng, effective: "2023-03-01", by: Attribution(actor: "统战部", reason: "迁居")))
        #expect(try register.members(asOf: "2022-12-31", under: xilin).map(\.id) == [id])
        #expect(try register.members(asOf: "2022-12-31", under: dongfeng).isEmpty)
        #expect(try register.members(asOf: "2023-06-01", under: xilin).isEmpty)
        #expect(try register.members(asOf: "2023-06-01", under: dongfeng).map(\.id) == [id])
        #expect(try register.members(asOf: "2022-12-31", under: district).map(\.id) == [id])
        #expect(try register.members(asOf: "2023-06-01", under: district).map(\.id) == [id])
        #expect(try register.member(id, asOf: "2022-12-31")?.orgUnit == community)
        let move = try #require(try register.changes(from: "2023-01-01", through: "2023-12-31").first)
        #expect(move.change.description == "所属单位: 锡林社区 → 东风路街道")
        #expect(try register.member(id, asOf: "2023-06-01", knownAt: Timestamp(endOf: "2023-03-01"))?.orgUnit == community,
                "the move was recorded on 2023-03-05")
    }

    @Test("the tree reads as of a date: a unit before its children, and as known at a time")
    func tree() throws {
        clock.set("2022-06-01T09:00:00+08:00")
        let grid = try register.addOrgUnit(OrgUnitRecord(name: "第一网格", kind: .grid, parent: community),
                                           effective: "2022-06-01", by: clerk)
        #expect(try register.orgUnits(under: district, asOf: "2022-12-31").map(\.name)
                == ["新城区委统战部", "锡林路街道", "锡林社区", "第一网格", "东风路街道"])
        #expect(try register.orgUnits(under: district, asOf: "2021-12-31").map(\.id) == [district, xilin, community, dongfeng])
        #expect(try register.orgUnits(under: xilin, asOf: "2022-12-31", knownAt: Timestamp(endOf: "2022-05-31")).map(\.id)
                == [xilin, community])
        let unit = try #require(try register.orgUnit(grid, asOf: "2022-12-31"))
        #expect(unit.kind == .grid && unit.kindName == "网格" && unit.parent == community)
        #expect(try register.orgUnit(xilin, asOf: "2022-01-01")?.region == "150102001")
    }

    @Test("a unit's rename holds until its next recorded rename, even when restated earlier")
    func renamesFollowThePointRule() throws {
        try register.changeOrgUnit(xilin, effective: "2024-01-01", by: clerk) { $0.name = "锡林郭勒路街道" }
        try register.changeOrgUnit(xilin, effective: "2022-01-01", by: clerk) { $0.name = "锡林郭勒路街道" }
        try register.changeOrgUnit(xilin, effective: "2023-01-01", by: clerk) { $0.name = "锡林路街道（临时）" }
        #expect(try register.orgUnit(xilin, asOf: "2022-06-01")?.name == "锡林郭勒路街道")
        #expect(try register.orgUnit(xilin, asOf: "2023-06-01")?.name == "锡林路街道（临时）")
        #expect(try register.orgUnit(xilin, asOf: "2024-06-01")?.name == "锡林郭勒路街道")
    }

    @Test("a unit cannot move below itself")
    func noCycles() throws {
        #expect(throws: RegisterError.orgUnitCycle(xilin, parent: community)) {
            try register.changeOrgUnit(xilin, effective: "2022-01-01", by: clerk) { $0.parent = community }
        }
        #expect(try register.changeOrgUnit(community, effective: "2022-01-01", by: clerk) { $0.parent = dongfeng })
        #expect(try register.orgUnits(under: dongfeng, asOf: "2022-06-01").map(\.id) == [dongfeng, community])
    }

    @Test("a unit that still owns members is not dissolved; once empty it is, and owns nothing after")
    func dissolve() throws {
        let id = try member(in: community)
        #expect(throws: RegisterError.orgUnitInUse(community, on: "2024-01-01")) {
            try register.dissolveOrgUnit(community, effective: "2024-01-01", by: clerk)
        }
        try register.transfer(id, to: dongfeng, effective: "2023-12-01", by: clerk)
        try register.dissolveOrgUnit(community, effective: "2024-01-01", by: clerk)
        #expect(try register.orgUnits(under: xilin, asOf: "2024-06-01").map(\.id) == [xilin])
        #expect(try register.orgUnit(community, asOf: "2024-06-01")?.status == .dissolved)
        #expect(throws: RegisterError.orgUnitNotActive(community, on: "2024-02-01")) {
            try register.transfer(id, to: community, effective: "2024-02-01", by: clerk)
        }
        #expect(throws: RegisterError.orgUnitInUse(xilin, on: "2020-06-01")) {
            try register.dissolveOrgUnit(xilin, effective: "2020-06-01", by: clerk)
        }
    }

    @Test("bad units are refused with typed errors and write nothing")
    func refusals() throws {
        let before = try count("changeset", in: register)
        #expect(throws: RegisterError.orgUnitNotFound(OrgUnitID(rawValue: 99))) {
            try register.addOrgUnit(OrgUnitRecord(name: "甲", kind: .grid, parent: OrgUnitID(rawValue: 99)), effective: "2021-01-01", by: clerk)
        }
        #expect(throws: ValidationError(field: .kind, value: "委员会", reason: .unknownCode(list: .orgUnitKind))) {
            try register.addOrgUnit(OrgUnitRecord(name: "甲", kind: "委员会"), effective: "2021-01-01", by: clerk)
        }
        var badRegion = OrgUnitRecord(name: "甲", kind: .grid)
        badRegion.region = "159999"
        #expect(throws: ValidationError(field: .region, value: "159999", reason: .unknownCode(list: .division))) {
            try register.addOrgUnit(badRegion, effective: "2021-01-01", by: clerk)
        }
        #expect(throws: RegisterError.orgUnitNotActive(district, on: "2019-06-01")) {
            var record = MemberRecord(name: "乙")
            record.orgUnit = district
            try register.add(record, effective: "2019-06-01", by: clerk)
        }
        #expect(try count("changeset", in: register) == before)
    }
}
