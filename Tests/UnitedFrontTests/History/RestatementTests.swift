import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// A change holds until that field's next *recorded* change: a back-dated change that restates a later
/// change's value must not erase that later change (defect 1 of the outside client's report).
@Suite("Back-dated restatements leave later recorded changes in place")
struct RestatementTests {
    let register: Register
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
        register = try Register(path: directory.path("t.sqlite"))
    }

    @Test("a post restated before its own change keeps the change recorded for 2022-01-01")
    func post() throws {
        var record = MemberRecord(name: "甲")
        record.post = "科员"
        let id = try register.add(record, effective: "2020-01-01", by: clerk)
        try register.change(id, effective: "2022-01-01", by: clerk) { $0.post = "主任" }
        try register.change(id, effective: "2021-01-01", by: clerk) { $0.post = "主任" }
        try register.change(id, effective: "2021-06-01", by: clerk) { $0.post = "副主任" }
        #expect(try register.member(id, asOf: "2020-12-31")?.post == "科员")
        #expect(try register.member(id, asOf: "2021-03-01")?.post == "主任")
        #expect(try register.member(id, asOf: "2021-12-31")?.post == "副主任")
        #expect(try register.member(id, asOf: "2022-01-01")?.post == "主任")
        #expect(try register.member(id)?.post == "主任")
    }

    @Test("a 代表人士 tier restated before its change keeps 代表人士 from 2022-01-01 after a 后备 stretch")
    func tier() throws {
        let id = try register.add(MemberRecord(name: "乙"), effective: "2020-01-01", by: clerk)
        try register.enter(id, category: "无党派人士", effective: "2020-01-01", by: clerk)
        try register.write(by: clerk) { tx in
            try tx.changeTier(id, category: "无党派人士", to: "代表人士", effective: "2022-01-01")
            try tx.changeTier(id, category: "无党派人士", to: "代表人士", effective: "2021-01-01")
            try tx.changeTier(id, category: "无党派人士", to: "后备", effective: "2021-06-01")
        }
        #expect(try register.member(id, asOf: "2021-03-01")?.membership(in: "NON_PARTISAN")?.tier == "REPRESENTATIVE")
        #expect(try register.member(id, asOf: "2021-12-31")?.membership(in: "NON_PARTISAN")?.tier == "RESERVE")
        #expect(try register.member(id, asOf: "2022-01-01")?.membership(in: "NON_PARTISAN")?.tier == "REPRESENTATIVE")
        #expect(try register.member(id, asOf: "2022-01-01")?.membership(in: "NON_PARTISAN")?.since == "2020-01-01")
    }

    @Test("a death recorded on 2025-11-10 survives a back-dated archive and a reactivation before it")
    func status() throws {
        let id = try register.add(MemberRecord(name: "丙"), effective: "2015-01-01", by: clerk)
        try register.archive(id, effective: "2025-11-10", by: Attribution(actor: "t", reason: "去世"))
        try register.archive(id, effective: "2017-12-01", by: Attribution(actor: "t", reason: "迁出"))
        try register.write(by: clerk) { try $0.reactivate(id, effective: "2025-07-31") }
        #expect(try register.member(id, asOf: "2017-11-30")?.status == .active)
        #expect(try register.member(id, asOf: "2020-01-01")?.status == .archived)
        #expect(try register.member(id, asOf: "2025-08-01")?.status == .active)
        #expect(try register.member(id, asOf: "2026-01-01")?.status == .archived)
        #expect(try register.members(asOf: "2026-01-01").isEmpty)
    }

    @Test("restating the value already in force records nothing")
    func restatingInForceValue() throws {
        var record = MemberRecord(name: "丁")
        record.post = "科员"
        let id = try register.add(record, effective: "2020-01-01", by: clerk)
        let before = try count("changeset", in: register)
        #expect(try register.change(id, effective: "2023-01-01", by: clerk) { $0.post = "科员" } == false)
        #expect(try count("changeset", in: register) == before)
    }
}
