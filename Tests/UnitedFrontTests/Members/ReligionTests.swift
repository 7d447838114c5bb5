import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// 宗教界人士: religious belief, 教职 and 宗教活动场所 are member fields with history, and — as sensitive
/// personal information under PIPL Art. 28 — masked in every output by default.
@Suite("Religion, masked by default")
struct ReligionTests {
    let register: Register
    let id: MemberID

    init() throws {
        register = try Register.inMemory()
        var record = MemberRecord(name: "释明德")
        record.religion = "藏传佛教"
        record.clergyPost = "住持"
        record.venue = "大召寺"
        id = try register.add(record, effective: "2021-01-01", by: clerk)
        try register.enter(id, category: .religious, tier: .representative, effective: "2021-01-01", by: clerk)
    }

    @Test("the belief is stored as its GA 214.12 code and read with its name")
    func storedAsCode() throws {
        let member = try #require(try register.member(id))
        #expect(member.religion == .tibetanBuddhism)
        #expect(member.displayName(of: .religion) == "喇嘛教")
        #expect(member.clergyPost == "住持" && member.venue == "大召寺")
        var unknown = MemberRecord(name: "某")
        unknown.religion = "拜火教"
        #expect(throws: ValidationError(field: .religion, value: "拜火教", reason: .unknownCode(list: .religion))) {
            try register.add(unknown, effective: "2021-01-01", by: clerk)
        }
    }

    @Test("the standard masking policy, which exports and the CLI use by default, hides all three")
    func maskedByDefault() throws {
        let member = try #require(try register.member(id))
        let masked = MaskingPolicy.standard.apply(to: member.record)
        #expect(masked.religion?.rawValue == "***" && masked.clergyPost == "***" && masked.venue == "***")
        #expect(MaskingPolicy.policy(for: .statistics).apply(to: member.record).clergyPost == "***")
        var exported: [MemberRecord] = []
        try register.exportMembers(ExportRequest(actor: "张科员", format: "csv", asOf: "2022-01-01")) { exported.append($0.record) }
        #expect(exported.map(\.venue) == ["***"])
        #expect(!MaskingPolicy.unmasked.isMasked)
    }

    @Test("a change of 教职 is a change like any other, effective on its date")
    func history() throws {
        try register.change(id, effective: "2023-05-01", by: clerk) { $0.clergyPost = "方丈" }
        #expect(try register.member(id, asOf: "2023-04-30")?.clergyPost == "住持")
        #expect(try register.changes(from: "2023-01-01", through: "2023-12-31").map(\.change.description) == ["教职: 住持 → 方丈"])
    }
}
