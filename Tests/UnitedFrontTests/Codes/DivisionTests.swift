import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Region codes are checked against the GB/T 2260 division table the register ships, not only for shape.
@Suite("GB/T 2260 divisions")
struct DivisionTests {
    let register: Register
    init() throws { register = try Register.inMemory() }

    @Test("新城区 150102 lies in 呼和浩特市 in 内蒙古自治区")
    func path() {
        let path = register.codes.divisionPath("150102")
        #expect(path.map(\.name) == ["内蒙古自治区", "呼和浩特市", "新城区"])
        #expect(path.map(\.level) == [.province, .prefecture, .county])
        #expect(register.codes.division(containing: "150102001001")?.code == "150102")
        #expect(register.codes.division("999999") == nil)
    }

    @Test("the table holds every province, prefecture and county, each county under a division it has")
    func table() throws {
        let counts = try register.read { snapshot in
            try snapshot.connection.fetchAll("SELECT level, count(*) FROM division GROUP BY level ORDER BY level") {
                "\($0.text(0)) \($0.int64(1))"
            }
        }
        #expect(counts == ["county 3048", "prefecture 346", "province 35"])
        let orphans = try register.read { snapshot in
            try snapshot.connection.fetchOne("""
                SELECT count(*) FROM division d WHERE d.level <> 'province'
                AND NOT EXISTS (SELECT 1 FROM division p WHERE p.code = d.parent)
                """) { $0.int64(0) }
        }
        #expect(orphans == 0)
    }

    @Test("a member's region must lie in a known division; township and village codes take its prefix",
          arguments: ["150102", "150102001", "150102001001"])
    func knownRegions(code: String) throws {
        var record = MemberRecord(name: "乌云其木格")
        record.region = code
        let id = try register.add(record, effective: "2021-01-01", by: clerk)
        let member = try #require(try register.member(id))
        #expect(member.region == code)
        #expect(member.displayName(of: .region) == (code.count == 6 ? "新城区" : "新城区 \(code)"))
    }

    @Test("a well-shaped code of no division is refused", arguments: ["159999", "150199001"])
    func unknownRegion(code: String) throws {
        var record = MemberRecord(name: "乌云其木格")
        record.region = code
        #expect(throws: ValidationError(field: .region, value: code, reason: .unknownCode(list: .division))) {
            try register.add(record, effective: "2021-01-01", by: clerk)
        }
    }
}
