import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Certification is the central event of 无党派 work: a change of a membership's source alone (推荐 →
/// 认定 at the same tier) is a change like any other.
@Suite("A change of source alone is a first-class change")
struct SourceChangeTests {
    let register: Register
    let id: MemberID

    init() throws {
        register = try Register.inMemory()
        id = try register.add(MemberRecord(name: "周明"), effective: "2020-01-01", by: clerk)
        try register.enter(id, category: .nonPartisan, tier: .general, source: .nominated, effective: "2021-03-01", by: clerk)
        try register.changeSource(id, category: .nonPartisan, to: .certified, effective: "2022-05-01",
                                  by: Attribution(actor: "市委统战部", reason: "认定文件 2022-3号"))
    }

    @Test("a nominated candidate certified on 2022-05-01 reads 认定 from that day, 推荐 before")
    func readsAsOf() throws {
        #expect(try register.member(id, asOf: "2022-04-30")?.membership(in: .nonPartisan)?.source == .nominated)
        #expect(try register.member(id, asOf: "2022-05-01")?.membership(in: .nonPartisan)?.source == .certified)
        #expect(try register.member(id)?.membership(in: .nonPartisan)?.since == "2021-03-01")
    }

    @Test("the certification appears in the change report for 2022, as a source change")
    func changeReport() throws {
        let events = try register.changes(from: "2022-01-01", through: "2022-12-31")
        #expect(events.count == 1)
        let change = try #require(events.first?.change)
        #expect(change.subject == .categorySource(.nonPartisan))
        #expect(change.from == "NOMINATED" && change.to == "CERTIFIED")
        #expect(change.description == "无党派人士 来源: 推荐 → 认定")
    }

    @Test("the timeline shows the certification with who recorded it and why")
    func timeline() throws {
        let entry = try #require(try register.timeline(of: id).last)
        #expect(entry.kind == .change && entry.effectiveOn == "2022-05-01")
        #expect(entry.changeset.actor == "市委统战部" && entry.changeset.reason == "认定文件 2022-3号")
        #expect(entry.changes.map(\.description) == ["无党派人士 来源: 推荐 → 认定"])
    }

    @Test("a tier and a source changed together are two changes; restating both records nothing")
    func tierAndSource() throws {
        try register.changeTier(id, category: .nonPartisan, to: .representative, source: .survey, effective: "2023-01-01", by: clerk)
        let events = try register.changes(from: "2023-01-01", through: "2023-01-01")
        #expect(events.map(\.change.subject) == [.category(.nonPartisan), .categorySource(.nonPartisan)])
        #expect(try register.changeTier(id, category: .nonPartisan, to: .representative, source: .survey,
                                        effective: "2023-06-01", by: clerk) == false)
    }
}
