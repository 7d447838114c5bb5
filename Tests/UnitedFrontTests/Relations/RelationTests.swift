import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Relations between members, read from both ends, and honours.
@Suite("Relations between members, and honours")
struct RelationTests {
    let clock = TestClock("2020-01-06T09:00:00+08:00")
    let register: Register
    let aunt: MemberID, uncle: MemberID, niece: MemberID

    init() throws {
        register = try Register.inMemory(clock: clock.read)
        aunt = try register.add(MemberRecord(name: "林秀英"), effective: "2020-01-01", by: clerk)
        uncle = try register.add(MemberRecord(name: "陈国华"), effective: "2020-01-01", by: clerk)
        niece = try register.add(MemberRecord(name: "陈晓梅"), effective: "2020-01-01", by: clerk)
    }

    @Test("a spouse and a niece's uncle read from both ends, as of a date and as known at a time")
    func bothEnds() throws {
        let marriage = try register.add(RelationRecord(relative: uncle, relation: "配偶"), for: aunt, effective: "2020-01-01", by: clerk)
        clock.set("2021-03-02T09:00:00+08:00")
        let family = try register.add(RelationRecord(relative: uncle, relation: "叔父", note: "长期扶养"), for: niece,
                                      effective: "2021-03-01", by: clerk)
        let ofUncle = try register.read { try $0.relations(of: uncle, asOf: "2021-06-01") }
        #expect(ofUncle.map(\.id.rawValue) == [marriage.rawValue, family.rawValue])
        #expect(ofUncle.map(\.member) == [aunt, niece])
        #expect(try register.read { try $0.relations(of: niece, asOf: "2021-06-01") }.map(\.relative) == [uncle])
        #expect(try register.read { try $0.relations(of: uncle, asOf: "2021-06-01", knownAt: Timestamp(endOf: "2021-03-01")) }
            .map(\.member) == [aunt])
        #expect(try register.read { try $0.relations(of: uncle, asOf: "2019-12-31") }.isEmpty)
        try register.end(marriage, effective: "2023-05-01", by: clerk)
        #expect(try register.read { try $0.relations(of: aunt, asOf: "2023-05-01") }.isEmpty)
        #expect(try register.records(RelationRecord.self, of: aunt).first?.to == "2023-05-01")
    }

    @Test("a relation to a member who does not exist, to oneself, or of an unknown kind is refused, and nothing is written")
    func badRelations() throws {
        let before = try register.changesets().count
        #expect(throws: RegisterError.memberNotFound(MemberID(rawValue: 99))) {
            try register.add(RelationRecord(relative: MemberID(rawValue: 99), relation: "配偶"), for: aunt, effective: "2020-01-01", by: clerk)
        }
        #expect(throws: ValidationError(field: "relative", value: aunt.description, reason: .malformed(expected: "another member"))) {
            try register.add(RelationRecord(relative: aunt, relation: "配偶"), for: aunt, effective: "2020-01-01", by: clerk)
        }
        #expect(throws: ValidationError(field: "relation", value: "邻居", reason: .unknownCode(list: .relation))) {
            try register.add(RelationRecord(relative: uncle, relation: "邻居"), for: aunt, effective: "2020-01-01", by: clerk)
        }
        #expect(try register.changesets().count == before)
    }

    @Test("an honour is held from its date, with its level and body; one without a name is refused")
    func honours() throws {
        var honour = HonourRecord(name: "全国民族团结进步模范个人", level: "国家级")
        honour.body = "国务院"
        let id = try register.add(honour, for: niece, effective: "2024-09-27", by: clerk)
        #expect(try register.records(HonourRecord.self, of: niece, asOf: "2024-09-26").isEmpty)
        let held = try #require(try register.records(HonourRecord.self, of: niece, asOf: "2025-01-01").first)
        #expect(held.id == id && held.body == "国务院" && held.from == "2024-09-27")
        #expect(throws: ValidationError(field: "name", value: " ", reason: .missing)) {
            try register.add(HonourRecord(name: " "), for: niece, effective: "2024-09-27", by: clerk)
        }
    }
}
