import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// An overseas family across a return home: an uncle settled in the Netherlands (华侨), his niece at
/// home (侨眷), and the day he comes back to settle.
@Suite("Overseas contacts: 华侨, 归侨 and 侨眷")
struct OverseasFamilyTests {
    let clock = TestClock("2015-01-05T09:00:00+08:00")
    let register: Register
    let uncle: MemberID, niece: MemberID
    let uncleRecord: OverseasID, nieceRecord: OverseasID

    init() throws {
        let register = try Register.inMemory(clock: clock.read)
        self.register = register
        let uncle = try register.add(MemberRecord(name: "陈国华"), effective: "2015-01-01", by: clerk)
        let niece = try register.add(MemberRecord(name: "陈晓梅"), effective: "2015-01-01", by: clerk)
        var abroad = OverseasRecord(type: .huaqiao, country: "荷兰")
        abroad.nationality = .china
        abroad.residenceRight = .permanent
        abroad.residentSince = "2009-04-01"
        abroad.monthsPresent = 22
        uncleRecord = try register.add(abroad, for: uncle, effective: "2015-01-01", by: clerk)
        var relative = OverseasRecord(type: "侨眷")
        relative.relative = uncle
        nieceRecord = try register.add(relative, for: niece, effective: "2015-01-01", by: clerk)
        (self.uncle, self.niece) = (uncle, niece)
    }

    @Test("a 侨眷 whose 华侨 relative returns to settle keeps her status; he is 归侨 from that date; reads on either side agree")
    func returnHome() throws {
        clock.set("2024-05-06T09:00:00+08:00")
        try register.write(by: Attribution(actor: "区侨办", reason: "回国定居")) { tx in
            _ = try tx.change(uncleRecord, effective: "2024-05-01") { $0.type = .guiqiao; $0.country = .china }
        }
        #expect(try register.read { try $0.record(uncleRecord, asOf: "2024-04-30") }?.type == .huaqiao)
        #expect(try register.read { try $0.record(uncleRecord, asOf: "2024-05-01") }?.type == .guiqiao)
        #expect(try register.read { try $0.record(uncleRecord, asOf: "2024-05-01", knownAt: Timestamp(endOf: "2024-05-05")) }?.type == .huaqiao)
        for day in ["2024-04-30", "2024-05-01"] as [LocalDate] {
            let record = try #require(try register.read { try $0.record(nieceRecord, asOf: day) })
            #expect(record.type == .qiaojuan && record.relative == uncle, "on \(day)")
            #expect(try register.read { try $0.overseasRelatives(of: uncle, asOf: day) }.map(\.member) == [niece])
        }
        let lines = try register.changes(from: "2024-01-01", through: "2024-12-31").map(\.change.description)
        #expect(lines.contains("侨情: 华侨 荷兰 → 归侨"))
    }

    @Test("the residence test lists 华侨 records whose facts fail it, with the reason; passing ones are not listed")
    func residenceTest() throws {
        let short = try register.add(MemberRecord(name: "林志强"), effective: "2015-01-01", by: clerk)
        var newcomer = OverseasRecord(type: .huaqiao, country: "USA")
        newcomer.residenceRight = .longTerm
        newcomer.residentSince = "2014-03-01"
        newcomer.monthsPresent = 10
        try register.add(newcomer, for: short, effective: "2015-01-01", by: clerk)
        let noRight = try register.add(MemberRecord(name: "黄丽"), effective: "2015-01-01", by: clerk)
        var unsettled = OverseasRecord(type: .huaqiao, country: "JPN")
        unsettled.residenceRight = "无"
        unsettled.residentSince = "2012-01-01"
        unsettled.monthsPresent = 40
        try register.add(unsettled, for: noRight, effective: "2015-01-01", by: clerk)
        let foreign = try register.add(MemberRecord(name: "陈大卫"), effective: "2015-01-01", by: clerk)
        var citizen = OverseasRecord(type: .huaqiao, country: "AUS")
        citizen.nationality = "AUS"
        try register.add(citizen, for: foreign, effective: "2015-01-01", by: clerk)
        let unknown = try register.add(MemberRecord(name: "周明"), effective: "2015-01-01", by: clerk)
        try register.add(OverseasRecord(type: .huaqiao, country: "CAN"), for: unknown, effective: "2015-01-01", by: clerk)

        let findings = try register.read { try $0.overseasChineseFailingResidenceTest(asOf: "2015-06-30") }
        #expect(findings.map(\.record.member) == [short, noRight, foreign, unknown])
        #expect(findings.map(\.reason) == [.residenceTooShort(years: 1, required: 2), .residenceTooShort(years: 3, required: 5),
                                          .notChineseNationality("AUS"),
                                          .missingFacts(["residence_right", "resident_since", "months_present"])])
        let later = try register.read { try $0.overseasChineseFailingResidenceTest(asOf: "2017-06-30") }
        #expect(later.map(\.record.member) == [short, foreign, unknown],
                "two years on, 黄丽 has lived in Japan five years and passes; the newcomer is resident long enough but present too little")
        #expect(later.first?.reason == .tooFewMonthsPresent(10, required: 18))
    }

    @Test("bad overseas facts are refused with a typed error naming the field, and nothing is written")
    func badInput() throws {
        let before = try register.changesets().count
        #expect(throws: ValidationError(field: "type", value: "侨胞", reason: .unknownCode(list: .overseasType))) {
            try register.add(OverseasRecord(type: "侨胞"), for: niece, effective: "2016-01-01", by: clerk)
        }
        #expect(throws: ValidationError(field: "country", value: "火星", reason: .unknownCode(list: .country))) {
            try register.add(OverseasRecord(type: .huaqiao, country: "火星"), for: niece, effective: "2016-01-01", by: clerk)
        }
        #expect(throws: RegisterError.memberNotFound(MemberID(rawValue: 77))) {
            var record = OverseasRecord(type: .qiaojuan)
            record.relative = MemberID(rawValue: 77)
            try register.add(record, for: niece, effective: "2016-01-01", by: clerk)
        }
        #expect(throws: ValidationError(field: "relative", value: niece.description, reason: .malformed(expected: "another member"))) {
            var record = OverseasRecord(type: .qiaojuan)
            record.relative = niece
            try register.add(record, for: niece, effective: "2016-01-01", by: clerk)
        }
        #expect(try register.changesets().count == before)
    }

    @Test("a 新的社会阶层 group with a local sub-type reads as of a date")
    func newStratum() throws {
        let id = try register.add(NewStratumRecord(group: "新媒体从业人员", subtype: "网络人士"), for: niece, effective: "2020-01-01", by: clerk)
        try register.write(by: clerk) { _ = try $0.change(id, effective: "2023-01-01") { $0.group = .freelancer; $0.subtype = "律师" } }
        #expect(try register.records(NewStratumRecord.self, of: niece, asOf: "2022-12-31").map(\.subtype) == ["网络人士"])
        #expect(try register.records(NewStratumRecord.self, of: niece, asOf: "2023-01-01").map(\.group) == [.freelancer])
        #expect(throws: ValidationError(field: "stratum_group", value: "9", reason: .unknownCode(list: .newStratumGroup))) {
            try register.add(NewStratumRecord(group: "9"), for: niece, effective: "2020-01-01", by: clerk)
        }
    }
}
