import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// 政治安排, pool entries with cultivation, and democratic-party memberships: how they read as of a date
/// and as known at a time, what they keep consistent, and what they refuse.
@Suite("Dated records: 政治安排, reserve pool, party membership")
struct RecordScenarioTests {
    let clock = TestClock("2021-01-04T09:00:00+08:00")
    let register: Register
    let member: MemberID

    init() throws {
        register = try Register.inMemory(clock: clock.read)
        var record = MemberRecord(name: "乌云其木格")
        record.politicalStatus = .masses
        member = try register.add(record, effective: "2021-01-01", by: clerk)
    }

    func changesetCount() throws -> Int { try register.changesets().count }

    @Test("a 政协委员 seat with 届次 and a later 常委 role reads as of each date and as known at the time")
    func arrangementAsOfAndKnownAt() throws {
        clock.set("2022-01-12T09:00:00+08:00")
        var seat = ArrangementRecord(kind: "政协委员", level: "市级", body: "锡林郭勒盟政协", term: "第十四届")
        seat.sector = "无党派人士"
        let id = try register.add(seat, for: member, effective: "2022-01-10", by: clerk)
        clock.set("2024-01-20T09:00:00+08:00")
        try register.write(by: clerk) { _ = try $0.change(id, effective: "2024-01-15") { $0.role = "常委" } }

        let before = try #require(try register.read { try $0.record(id, asOf: "2023-06-01") })
        #expect(before.kind == .cppccMember)
        #expect(before.level == .municipal)
        #expect(before.role == nil)
        #expect(before.from == "2022-01-10")
        #expect(try register.read { try $0.record(id, asOf: "2024-06-01") }?.role == .standingMember)
        #expect(try register.read { try $0.record(id, asOf: "2024-06-01", knownAt: Timestamp(endOf: "2024-01-19")) }?.role == nil,
                "the role was recorded on 2024-01-20")
        #expect(try register.read { try $0.record(id, asOf: "2022-01-09") } == nil)
        #expect(try register.records(ArrangementRecord.self, asOf: "2022-06-01", knownAt: Timestamp(endOf: "2022-01-11")).isEmpty)
    }

    @Test("a 副科 cadre enters the pool for 正处, is seconded (挂职) and leaves when promoted; the timeline tells it")
    func poolWithCultivation() throws {
        clock.set("2022-04-02T09:00:00+08:00")
        let entry = try register.add(PoolRecord(targetRank: .county, entryReason: "2022年党外干部调研"), for: member,
                                     effective: "2022-04-01", by: clerk)
        var posting = CultivationRecord(kind: "挂职", poolEntry: entry)
        posting.place = "东乌珠穆沁旗人民政府"
        posting.content = "挂职副旗长"
        let cultivation = try register.add(posting, for: member, effective: "2023-03-01", by: clerk)
        clock.set("2024-09-02T09:00:00+08:00")
        try register.end(cultivation, effective: "2024-03-01", by: clerk) { $0.result = "优秀" }
        try register.end(entry, effective: "2024-09-01", by: Attribution(actor: "统战部", reason: "已提拔")) { $0.exitReason = "已提拔使用" }

        #expect(try register.reservePool(asOf: "2024-08-31").map(\.id) == [member])
        #expect(try register.reservePool(asOf: "2024-09-01").isEmpty)
        let left = try #require(try register.records(PoolRecord.self, of: member).first)
        #expect(left.to == "2024-09-01")
        #expect(left.exitReason == "已提拔使用")
        let done = try #require(try register.records(CultivationRecord.self, of: member).first)
        #expect(done.result == "优秀")
        #expect(done.poolEntry == entry)
        #expect(try register.records(CultivationRecord.self, of: member, asOf: "2023-12-31").map(\.place) == ["东乌珠穆沁旗人民政府"])
        let lines = try register.timeline(of: member).flatMap(\.changes).map(\.description)
        #expect(lines.contains("后备干部: — → 拟任县处级正职"))
        #expect(lines.contains("培养: 挂职 东乌珠穆沁旗人民政府 挂职副旗长 → —"))
    }

    @Test("a certified 无党派人士 who joins 民盟 loses the 无党派 membership and gets status 民盟 in the same changeset; leaving returns 群众")
    func joiningAPartyEndsNonPartisanStanding() throws {
        try register.write(by: clerk) { tx in
            try tx.change(member, effective: "2023-03-01") { $0.politicalStatus = .nonPartisan }
            try tx.enter(member, category: .nonPartisan, source: .certified, effective: "2023-03-01")
        }
        clock.set("2025-05-21T09:00:00+08:00")
        let before = try changesetCount()
        var membership = PartyMembershipRecord(party: "民盟", branch: "民盟锡林浩特市第一支部")
        membership.introducers = "王某某, 李某某"
        let id = try register.add(membership, for: member, effective: "2025-05-20", by: Attribution(actor: "统战部", reason: "加入民盟"))
        #expect(try changesetCount() == before + 1)
        let joined = try #require(try register.member(member, asOf: "2025-05-20"))
        #expect(joined.politicalStatus == .democraticLeague)
        #expect(joined.membership(in: .nonPartisan) == nil)
        #expect(try register.member(member, asOf: "2025-05-19")?.membership(in: .nonPartisan) != nil)

        try register.write(by: clerk) { tx in
            _ = try tx.change(id, effective: "2026-01-08") { $0.partyPost = "支部副主委"; $0.isFiled = true }
        }
        #expect(try register.read { try $0.record(id, asOf: "2026-01-07") }?.partyPost == nil)
        #expect(try register.read { try $0.record(id, asOf: "2026-01-08") }?.partyPost == "支部副主委")
        try register.end(id, effective: "2026-06-01", by: clerk) { $0.exit = "退出"; $0.exitReason = "个人申请" }
        #expect(try register.member(member, asOf: "2026-06-01")?.politicalStatus == .masses)
        #expect(try register.records(PartyMembershipRecord.self, of: member).first?.exit == .withdrawal)
    }

    @Test("archiving ends every record in force; a record that would begin while archived refuses the archive")
    func archiveEndsRecords() throws {
        let post = try register.add(PostRecord(unit: "锡林浩特市教育局", title: "副局长", rank: .deputySection, leadership: true),
                                    for: member, effective: "2021-03-01", by: clerk)
        try register.archive(member, effective: "2023-01-01", by: clerk)
        #expect(try register.read { try $0.record(post, asOf: "2023-01-01") }?.to == "2023-01-01")
        #expect(try register.member(member, asOf: "2023-01-01")?.post == nil)
        #expect(throws: RegisterError.memberArchived(member, on: "2023-02-01")) {
            try register.add(PoolRecord(targetRank: .county), for: member, effective: "2023-02-01", by: clerk)
        }
        let other = try register.add(MemberRecord(name: "巴特尔"), effective: "2021-01-01", by: clerk)
        let later = try register.add(PoolRecord(targetRank: .section), for: other, effective: "2024-01-01", by: clerk)
        #expect(throws: RegisterError.recordWhileArchived(other, kind: .poolEntry, id: later.rawValue, on: "2024-01-01")) {
            try register.archive(other, effective: "2023-06-01", by: clerk)
        }
        let seat = try register.add(ArrangementRecord(kind: .deputy, level: .county), for: other, effective: "2021-06-01", by: clerk)
        try register.archive(other, effective: "2025-01-01", by: clerk)
        #expect(try register.read { try $0.record(seat, asOf: "2025-01-01") }?.to == "2025-01-01")
        #expect(try register.read { try $0.record(later, asOf: "2025-01-01") }?.to == "2025-01-01")
    }

    @Test("bad input is refused with a typed error naming the field and value, and nothing is written")
    func badInput() throws {
        let before = try changesetCount()
        #expect(throws: ValidationError(field: "title", value: "  ", reason: .missing)) {
            try register.add(PostRecord(unit: "区教育局", title: "  "), for: member, effective: "2022-01-01", by: clerk)
        }
        #expect(throws: ValidationError(field: "unit", value: "", reason: .missing)) {
            try register.add(PostRecord(unit: "", title: "局长"), for: member, effective: "2022-01-01", by: clerk)
        }
        #expect(throws: ValidationError(field: .rank, value: "副厂长", reason: .unknownCode(list: .cadreRank))) {
            try register.add(PostRecord(unit: "区教育局", title: "局长", rank: "副厂长"), for: member, effective: "2022-01-01", by: clerk)
        }
        #expect(throws: ValidationError(field: "party", value: "01", reason: .malformed(expected: "one of the eight democratic parties (04–11)"))) {
            try register.add(PartyMembershipRecord(party: .cpcMember), for: member, effective: "2022-01-01", by: clerk)
        }
        #expect(throws: ValidationError(field: "level", value: "村级", reason: .unknownCode(list: .arrangementLevel))) {
            try register.add(ArrangementRecord(kind: .deputy, level: "村级"), for: member, effective: "2022-01-01", by: clerk)
        }
        #expect(throws: ValidationError.self) {
            try register.add(PostRecord(unit: "区教育局\u{0}", title: "局长"), for: member, effective: "2022-01-01", by: clerk)
        }
        #expect(throws: RegisterError.effectiveBeforeRegistration(member, effective: "2020-12-31", registeredOn: "2021-01-01")) {
            try register.add(PoolRecord(targetRank: .county), for: member, effective: "2020-12-31", by: clerk)
        }
        #expect(throws: RegisterError.memberNotFound(MemberID(rawValue: 99))) {
            try register.add(PoolRecord(targetRank: .county), for: MemberID(rawValue: 99), effective: "2022-01-01", by: clerk)
        }
        #expect(throws: RegisterError.orgUnitNotFound(OrgUnitID(rawValue: 7))) {
            var post = PostRecord(unit: "", title: "局长")
            post.orgUnit = OrgUnitID(rawValue: 7)
            try register.add(post, for: member, effective: "2022-01-01", by: clerk)
        }
        #expect(throws: RegisterError.recordNotFound(.post, id: 42)) {
            try register.end(PostID(rawValue: 42), effective: "2022-01-01", by: clerk)
        }
        #expect(try changesetCount() == before)

        let post = try register.add(PostRecord(unit: "区教育局", title: "局长"), for: member, effective: "2022-01-01", by: clerk)
        let written = try changesetCount()
        #expect(throws: RegisterError.recordNotInForce(.post, id: post.rawValue, on: "2021-12-31")) {
            try register.end(post, effective: "2021-12-31", by: clerk)
        }
        try register.end(post, effective: "2023-01-01", by: clerk)
        #expect(throws: RegisterError.recordNotInForce(.post, id: post.rawValue, on: "2023-06-01")) {
            try register.write(by: clerk) { _ = try $0.change(post, effective: "2023-06-01") { $0.title = "副局长" } }
        }
        let other = try register.add(MemberRecord(name: "巴特尔"), effective: "2021-01-01", by: clerk)
        let entry = try register.add(PoolRecord(targetRank: .county), for: other, effective: "2022-01-01", by: clerk)
        #expect(throws: RegisterError.recordNotFound(.poolEntry, id: entry.rawValue), "another member's pool entry") {
            try register.add(CultivationRecord(kind: .training, poolEntry: entry), for: member, effective: "2022-02-01", by: clerk)
        }
        #expect(try changesetCount() == written + 3)
    }

    @Test("a correction of a post's 任职文号 is not a change: it holds from the post's first day, and the old text stays known")
    func correction() throws {
        var post = PostRecord(unit: "区教育局", title: "副局长", rank: .deputySection, leadership: true)
        post.appointmentDocument = "新党干字〔2021〕5号"
        let id = try register.add(post, for: member, effective: "2021-03-01", by: clerk)
        clock.set("2022-02-01T09:00:00+08:00")
        try register.write(by: clerk) { _ = try $0.correct(id) { $0.appointmentDocument = "新党干字〔2021〕15号" } }
        #expect(try register.read { try $0.record(id, asOf: "2021-03-01") }?.appointmentDocument == "新党干字〔2021〕15号")
        #expect(try register.read { try $0.record(id, asOf: "2021-03-01", knownAt: Timestamp(endOf: "2022-01-31")) }?
            .appointmentDocument == "新党干字〔2021〕5号")
        #expect(try register.timeline(of: member).last?.kind == .correction)
    }

    @Test("the one-call forms work from async code: a 政协委员 seat added and read, and the figures")
    func asyncForms() async throws {
        let seat = try await register.add(ArrangementRecord(kind: .cppccMember, level: .county), for: member,
                                          effective: "2022-01-10", by: clerk)
        #expect(try await register.records(ArrangementRecord.self, of: member, asOf: "2022-06-01").map(\.id) == [seat])
        try await register.end(seat, effective: "2027-01-10", by: clerk)
        #expect(try await register.records(ArrangementRecord.self, of: member).first?.to == "2027-01-10")
        #expect(try await register.leadingCadres(asOf: "2022-06-01").isEmpty)
        #expect(try await register.adjustedCadres(in: 2022).isEmpty)
        #expect(try await register.reservePool(asOf: "2022-06-01").isEmpty)
    }

    @Test("the change report lists a post's appointment, its promotion and its removal on their dates; a correction is not a change")
    func changeReport() throws {
        let id = try register.add(PostRecord(unit: "区教育局", title: "副局长", rank: .deputySection, leadership: true),
                                  for: member, effective: "2022-03-01", by: clerk)
        try register.write(by: clerk) { tx in
            _ = try tx.change(id, effective: "2023-07-01") { $0.rank = .section }
            _ = try tx.correct(id, asOf: "2022-03-01") { $0.appointmentDocument = "新党干字〔2022〕9号" }
        }
        try register.end(id, effective: "2024-01-01", by: clerk)
        let lines = try register.changes(from: "2022-01-01", through: "2024-12-31")
            .filter { if case .record = $0.change.subject { true } else { false } }
            .map { "\($0.effectiveOn) \($0.change)" }
        #expect(lines == ["2022-03-01 任职: — → 区教育局副局长 (乡科级副职)",
                          "2023-07-01 任职: 区教育局副局长 (乡科级副职) → 区教育局副局长 (乡科级正职)",
                          "2024-01-01 任职: 区教育局副局长 (乡科级正职) → —"])
        #expect(try register.changes(from: "2023-01-01", through: "2023-12-31").contains { $0.change.label == "任职" && $0.effectiveOn == "2023-07-01" })
    }
}
