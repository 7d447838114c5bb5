import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

@Suite("Category memberships over time")
struct CategoryHistoryTests {
    let clock = TestClock()
    let register: Register

    init() throws { register = try Register.inMemory(clock: clock.read) }

    func member(_ name: String, registered: LocalDate = "2020-01-01", _ edit: (inout MemberRecord) -> Void = { _ in }) throws -> MemberID {
        var record = MemberRecord(name: name)
        edit(&record)
        return try register.add(record, effective: registered, by: clerk)
    }

    @Test("a 无党派 candidate certified on 2022-05-01 counts as 无党派人士 from that day")
    func nonPartisanCertification() throws {
        let id = try member("周明") { $0.politicalStatus = "群众" }
        try register.write(by: Attribution(actor: "市委统战部", reason: "认定文件 2022-3号")) { tx in
            try tx.change(id, effective: "2022-05-01") { $0.politicalStatus = "无党派民主人士" }
            try tx.enter(id, category: "无党派人士", tier: "代表人士", source: "认定", effective: "2022-05-01")
        }
        #expect(try register.members(asOf: "2022-04-30", in: "NON_PARTISAN").isEmpty)
        let certified = try register.members(asOf: "2022-12-31", in: "无党派人士")
        #expect(certified.map(\.id) == [id])
        let membership = try #require(certified.first?.membership(in: "NON_PARTISAN"))
        #expect(membership.tier == "REPRESENTATIVE")
        #expect(membership.source == "CERTIFIED")
        #expect(membership.since == "2022-05-01")
        #expect(certified.first?.politicalStatus == "12")
    }

    @Test("a member holds several categories at once, each with its own dates")
    func severalCategories() throws {
        let id = try member("林志华") { $0.politicalStatus = "民盟" }
        try register.enter(id, category: "DEMOCRATIC_PARTY", effective: "2020-01-01", by: clerk)
        try register.enter(id, category: "OVERSEAS", effective: "2021-06-01", by: clerk)
        try register.enter(id, category: "ENTREPRENEUR", tier: "REPRESENTATIVE", effective: "2022-03-01", by: clerk)
        #expect(try register.member(id, asOf: "2021-01-01")?.categories.map(\.category) == ["DEMOCRATIC_PARTY"])
        #expect(try register.member(id)?.categories.map(\.category) == ["DEMOCRATIC_PARTY", "NON_PUBLIC_ECONOMY", "OVERSEAS_CHINESE"])
        #expect(try register.members(asOf: "2022-03-01", in: "ENTREPRENEUR", tiers: ["代表人士"]).count == 1)
        #expect(try register.members(asOf: "2022-03-01", in: "ENTREPRENEUR", tiers: ["重点代表人士"]).isEmpty)
    }

    @Test("moving to the reserve pool and back keeps the unbroken membership's start date")
    func tierChanges() throws {
        let id = try member("赵倩")
        try register.enter(id, category: "NON_PARTY_CADRE", effective: "2020-03-01", by: clerk)
        try register.write(by: clerk) { try $0.changeTier(id, category: "党外干部", to: "后备", effective: "2021-09-01") }
        let membership = try #require(try register.member(id)?.membership(in: "NON_PARTY_CADRE"))
        #expect(membership.tier == "RESERVE")
        #expect(membership.since == "2020-03-01")
        #expect(membership.validFrom == "2021-09-01")
        let events = try register.changes(from: "2021-01-01", through: "2021-12-31")
        #expect(events.map(\.change.subject) == [.category("NON_PARTY_CADRE")])
        #expect(events.first?.change.from == "GENERAL" && events.first?.change.to == "RESERVE")
    }

    @Test("leaving ends the membership; it shows as an exit between the dates; re-entering starts a new one")
    func leaveAndReenter() throws {
        let id = try member("钱进")
        try register.enter(id, category: "NEW_STRATUM", effective: "2020-01-01", by: clerk)
        try register.leave(id, category: "新的社会阶层人士", effective: "2022-07-01", by: clerk)
        #expect(try register.member(id)?.categories.isEmpty == true)
        #expect(try register.member(id, asOf: "2022-06-30")?.membership(in: "NEW_STRATUM") != nil)
        let exit = try register.changes(from: "2022-01-01", through: "2022-12-31")
        #expect(exit.count == 1 && exit[0].change.to == nil && exit[0].effectiveOn == "2022-07-01")
        #expect(throws: RegisterError.notInCategory(id, category: "NEW_STRATUM", on: "2022-08-01")) {
            try register.leave(id, category: "NEW_STRATUM", effective: "2022-08-01", by: clerk)
        }
        try register.enter(id, category: "NEW_STRATUM", effective: "2023-01-01", by: clerk)
        #expect(try register.member(id)?.membership(in: "NEW_STRATUM")?.since == "2023-01-01")
        #expect(throws: RegisterError.alreadyInCategory(id, category: "NEW_STRATUM", on: "2023-02-01")) {
            try register.enter(id, category: "NEW_STRATUM", effective: "2023-02-01", by: clerk)
        }
    }

    @Test("archiving ends the memberships and removes the member from the population, history intact")
    func archive() throws {
        let id = try member("孙立")
        try register.enter(id, category: "NON_PARTISAN", effective: "2020-01-01", by: clerk)
        try register.archive(id, effective: "2024-01-01", by: Attribution(actor: "李干事", reason: "迁出本区"))
        #expect(try register.members(asOf: "2023-12-31", in: "NON_PARTISAN").count == 1)
        #expect(try register.members(asOf: "2024-01-01").isEmpty)
        #expect(try register.member(id)?.status == .archived)
        #expect(throws: RegisterError.memberArchived(id, on: "2024-02-01")) {
            try register.enter(id, category: "NEW_STRATUM", effective: "2024-02-01", by: clerk)
        }
        let subjects = try register.changes(from: "2024-01-01", through: "2024-01-01").map(\.change.subject)
        #expect(Set(subjects) == [.field(.status), .category("NON_PARTISAN")])
        try register.write(by: clerk) { try $0.reactivate(id, effective: "2025-01-01") }
        #expect(try register.members(asOf: "2025-01-01").map(\.id) == [id])
    }

    @Test("the population as of a date reflects back-dated changes, and as known at an earlier time it does not")
    func populationAsKnownAt() throws {
        clock.set("2022-01-10T09:00:00+08:00")
        let id = try member("吴刚", registered: "2021-01-01")
        clock.set("2022-06-10T09:00:00+08:00")
        try register.enter(id, category: "ENTREPRENEUR", effective: "2021-06-01", by: clerk)  // learned late
        #expect(try register.members(asOf: "2021-12-31", in: "ENTREPRENEUR").count == 1)
        #expect(try register.members(asOf: "2021-12-31", in: "ENTREPRENEUR", knownAt: Timestamp(endOf: "2022-01-31")).isEmpty)
        #expect(try register.members(asOf: "2021-12-31", knownAt: Timestamp(endOf: "2022-01-31")).count == 1)
        #expect(try register.members(asOf: "2021-12-31", knownAt: Timestamp(endOf: "2022-01-01")).isEmpty)
    }

    @Test("a back-dated change holds until the field's next recorded change, not beyond")
    func backDatedChange() throws {
        let id = try member("郑华")
        try register.change(id, effective: "2023-01-01", by: clerk) { $0.post = "处长" }
        try register.change(id, effective: "2022-01-01", by: clerk) { $0.post = "副处长"; $0.workUnit = "市发改委" }
        #expect(try register.member(id, asOf: "2022-06-01")?.post == "副处长")
        #expect(try register.member(id, asOf: "2023-06-01")?.post == "处长")
        #expect(try register.member(id, asOf: "2023-06-01")?.workUnit == "市发改委")
        #expect(try register.member(id)?.workUnit == "市发改委")
    }

    @Test("memberships entered with the registration are part of the registration entry of the timeline")
    func registrationWithCategories() throws {
        let id = try register.write(by: clerk) { tx in
            let id = try tx.add(MemberRecord(name: "冯雪"), effective: "2021-01-01")
            try tx.enter(id, category: "新的社会阶层人士", tier: "代表人士", effective: "2021-01-01")
            return id
        }
        let timeline = try register.timeline(of: id)
        #expect(timeline.count == 1)
        #expect(timeline.first?.changes.contains { $0.subject == .category("NEW_STRATUM") && $0.toName == "代表人士" } == true)
        #expect(timeline.first?.changes.contains { $0.label == "新的社会阶层人士" } == true)
    }

    @Test("a tier filter without a category finds members holding that tier in any category")
    func tierWithoutCategory() throws {
        let reserve = try member("蒋涛")
        let general = try member("沈静")
        try register.enter(reserve, category: "党外干部", tier: "后备", effective: "2021-01-01", by: clerk)
        try register.enter(general, category: "党外干部", effective: "2021-01-01", by: clerk)
        #expect(try register.members(asOf: "2022-01-01", tiers: ["后备"]).map(\.id) == [reserve])
    }

    @Test("archiving reads as 在册 → 已归档")
    func statusNames() throws {
        let id = try member("韩梅")
        try register.archive(id, effective: "2023-01-01", by: clerk)
        let event = try #require(try register.changes(from: "2023-01-01", through: "2023-01-01").first)
        #expect(event.change.description == "状态: 在册 → 已归档")
        #expect(register.schemaVersion == Migration.all.last?.name)
    }

    @Test("a tier recorded wrongly is corrected over its whole stretch: a correction, not a change")
    func tierCorrection() throws {
        clock.set("2021-01-10T09:00:00+08:00")
        let id = try member("罗斌")
        try register.enter(id, category: "NON_PARTY_CADRE", effective: "2021-01-01", by: clerk)
        clock.set("2023-03-01T09:00:00+08:00")
        try register.write(by: Attribution(actor: "王审核", reason: "核对考察材料")) {
            try $0.correctMembership(id, category: "党外干部", tier: "后备")
        }
        #expect(try register.member(id, asOf: "2021-06-01")?.membership(in: "NON_PARTY_CADRE")?.tier == "RESERVE")
        #expect(try register.member(id, asOf: "2021-06-01", knownAt: Timestamp(endOf: "2022-12-31"))?
            .membership(in: "NON_PARTY_CADRE")?.tier == "GENERAL")
        #expect(try register.changes(from: "2021-01-01", through: "2021-01-01").first?.change.to == "RESERVE")
        #expect(try register.changes(from: "2023-01-01", through: "2023-12-31").isEmpty)
        let correction = try #require(try register.timeline(of: id).last)
        #expect(correction.kind == .correction)
        #expect(correction.changes.first?.description == "党外干部: 一般 → 后备")
    }

    @Test("a 无党派 certification recorded on the wrong date is moved: the population follows the corrected date")
    func sinceCorrection() throws {
        let id = try member("周敏")
        try register.enter(id, category: "NON_PARTISAN", tier: "代表人士", source: "认定", effective: "2022-05-01", by: clerk)
        #expect(try register.members(asOf: "2022-04-01", in: "NON_PARTISAN").isEmpty)
        try register.write(by: Attribution(actor: "王审核", reason: "认定文件日期为2022-03-15")) {
            try $0.correctMembership(id, category: "NON_PARTISAN", since: "2022-03-15")
        }
        #expect(try register.members(asOf: "2022-04-01", in: "NON_PARTISAN").map(\.id) == [id])
        #expect(try register.member(id)?.membership(in: "NON_PARTISAN")?.since == "2022-03-15")
        #expect(try register.changes(from: "2022-01-01", through: "2022-12-31").map(\.effectiveOn) == ["2022-03-15"])
        let correction = try #require(try register.timeline(of: id).last)
        #expect(correction.changes.first?.subject == .categorySince("NON_PARTISAN"))
        #expect(correction.changes.first?.from == "2022-05-01" && correction.changes.first?.to == "2022-03-15")
        #expect(throws: RegisterError.effectiveBeforeRegistration(id, effective: "2019-01-01", registeredOn: "2020-01-01")) {
            try register.write(by: clerk) { try $0.correctMembership(id, category: "NON_PARTISAN", since: "2019-01-01") }
        }
    }

    @Test("a membership listed in error is withdrawn from every date, but stays in what was known then")
    func removal() throws {
        clock.set("2021-01-10T09:00:00+08:00")
        let id = try member("陈刚")
        try register.enter(id, category: "RELIGIOUS", effective: "2021-01-01", by: clerk)
        clock.set("2022-01-10T09:00:00+08:00")
        try register.write(by: Attribution(actor: "王审核", reason: "误录")) { try $0.removeMembership(id, category: "宗教界人士") }
        #expect(try register.member(id, asOf: "2021-06-01")?.categories.isEmpty == true)
        #expect(try register.member(id, asOf: "2021-06-01", knownAt: Timestamp(endOf: "2021-12-31"))?.categories.count == 1)
        #expect(try register.changes(from: "2021-01-01", through: "2022-12-31").allSatisfy { $0.change.subject == .registration })
        #expect(throws: RegisterError.self) {
            try register.write(by: clerk) { try $0.removeMembership(id, category: "宗教界人士") }
        }
    }

    @Test("a tier change or correction that changes nothing records no changeset")
    func noOpCategoryWrites() throws {
        let id = try member("孔亮")
        try register.enter(id, category: "NEW_STRATUM", effective: "2021-01-01", by: clerk)
        let before = try count("changeset", in: register)
        let wrote = try register.write(by: clerk) { tx in
            [try tx.changeTier(id, category: "NEW_STRATUM", to: "一般", effective: "2022-01-01"),
             try tx.correctMembership(id, category: "NEW_STRATUM", tier: "一般", since: "2021-01-01")]
        }
        #expect(wrote == [false, false])
        #expect(try count("changeset", in: register) == before)
    }

    @Test("a corrected start date may not reach back into an earlier membership or past the first tier's end")
    func sinceCorrectionLimits() throws {
        let id = try member("严华")
        try register.enter(id, category: "NEW_STRATUM", effective: "2020-06-01", by: clerk)
        try register.leave(id, category: "NEW_STRATUM", effective: "2021-01-01", by: clerk)
        try register.enter(id, category: "NEW_STRATUM", effective: "2022-01-01", by: clerk)
        try register.write(by: clerk) { try $0.changeTier(id, category: "NEW_STRATUM", to: "代表人士", effective: "2022-06-01") }
        #expect(throws: RegisterError.alreadyInCategory(id, category: "NEW_STRATUM", on: "2020-12-01")) {
            try register.write(by: clerk) { try $0.correctMembership(id, category: "NEW_STRATUM", since: "2020-12-01") }
        }
        #expect(throws: ValidationError.self) {
            try register.write(by: clerk) { try $0.correctMembership(id, category: "NEW_STRATUM", since: "2022-07-01") }
        }
        try register.write(by: clerk) { try $0.correctMembership(id, category: "NEW_STRATUM", since: "2021-01-01") }
        #expect(try register.member(id)?.membership(in: "NEW_STRATUM")?.since == "2020-06-01")  // the runs now touch
    }
}
