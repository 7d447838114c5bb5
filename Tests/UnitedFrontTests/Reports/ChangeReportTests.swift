import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// A hand-built district whose 2024 change report (增减变化) is known by counting: entries, exits with
/// their reasons (a leave, joining 民盟, an archive), a reactivation, moves across the district's
/// boundary, rank and post changes, a correction, and a leave recorded in 2025 but dated 2024.
///
/// 无党派人士, under 新城区 (north and south streets; 赛罕区 is outside):
/// opening on 2023-12-31: 张敏, 王刚, 赵丽, 周红, 吴磊 (5; 钱伟 is outside, 孙杰 archived);
/// entries: 孙杰 2024-02-01 (reactivated and entered again), 李强 2024-03-01; transfer in: 钱伟 2024-04-01;
/// exits: 王刚 2024-05-01 (archived, 去世), 张敏 2024-06-01 (加入民主党派), 李强 2024-09-01 (退休),
/// 吴磊 2024-10-01 (调离, recorded 2025-01-10); transfer out: 赵丽 2024-07-01; closing: 孙杰, 钱伟, 周红 (3).
@Suite("The change report on a hand-built district")
struct ChangeReportTests {
    let clock = TestClock("2022-01-01T09:00:00+08:00")
    let register: Register
    let district: OrgUnitID, north: OrgUnitID, south: OrgUnitID, outside: OrgUnitID
    let zhang: MemberID, li: MemberID, wang: MemberID, zhao: MemberID, qian: MemberID, sun: MemberID, zhou: MemberID, wu: MemberID

    init() throws {
        let register = try Register.inMemory(clock: clock.read)
        self.register = register
        let district = try register.addOrgUnit(OrgUnitRecord(name: "新城区委统战部", kind: .unitedFrontDepartment), effective: "2020-01-01", by: clerk)
        let north = try register.addOrgUnit(OrgUnitRecord(name: "锡林路街道", kind: .subdistrict, parent: district), effective: "2020-01-01", by: clerk)
        let south = try register.addOrgUnit(OrgUnitRecord(name: "东风路街道", kind: .subdistrict, parent: district), effective: "2020-01-01", by: clerk)
        let outside = try register.addOrgUnit(OrgUnitRecord(name: "赛罕区委统战部", kind: .unitedFrontDepartment), effective: "2020-01-01", by: clerk)
        func person(_ name: String, in unit: OrgUnitID, tier: Tier = .representative) throws -> MemberID {
            var record = MemberRecord(name: name)
            record.politicalStatus = .nonPartisan
            record.orgUnit = unit
            record.rank = .deputySection
            record.post = "副局长"
            record.workUnit = "新城区教育局"
            return try register.write(by: clerk) { tx in
                let id = try tx.add(record, effective: "2022-01-01")
                try tx.enter(id, category: .nonPartisan, tier: tier, source: .certified, effective: "2022-01-01")
                return id
            }
        }
        let zhang = try person("张敏", in: north)
        let wang = try person("王刚", in: south)
        let zhao = try person("赵丽", in: north)
        let qian = try person("钱伟", in: outside)
        let zhou = try person("周红", in: north)
        let wu = try person("吴磊", in: north)
        let sun = try person("孙杰", in: south)
        let li = try register.add(MemberRecord(name: "李强"), effective: "2022-01-01", by: clerk)
        _ = try register.transfer(li, to: north, effective: "2022-01-01", by: clerk)
        try register.enter(zhang, category: .nonPartyIntellectual, tier: .general, effective: "2022-01-01", by: clerk)

        clock.set("2023-06-02T09:00:00+08:00")
        try register.archive(sun, effective: "2023-06-01", reason: .movedAway, by: clerk)

        clock.set("2025-01-02T09:00:00+08:00")
        try register.write(by: Attribution(actor: "区委统战部", reason: "2024年度")) { tx in
            try tx.reactivate(sun, effective: "2024-02-01")
            try tx.enter(sun, category: .nonPartisan, tier: .general, source: .survey, effective: "2024-02-01")
            try tx.enter(li, category: .nonPartisan, tier: .general, source: .nominated, effective: "2024-03-01")
            _ = try tx.transfer(qian, to: south, effective: "2024-04-01")
            try tx.archive(wang, effective: "2024-05-01", reason: .deceased)
            _ = try tx.add(PartyMembershipRecord(party: .democraticLeague), for: zhang, effective: "2024-06-01")
            _ = try tx.transfer(zhao, to: outside, effective: "2024-07-01")
            try tx.change(zhou, effective: "2024-07-01") { $0.rank = .section; $0.post = "局长" }
            try tx.leave(li, category: .nonPartisan, effective: "2024-09-01", reason: "退休")
        }
        clock.set("2025-01-05T09:00:00+08:00")
        try register.correct(zhou, by: Attribution(actor: "王审核", reason: "核对档案")) { $0.workUnit = "新城区教育体育局" }
        try register.write(by: Attribution(actor: "王审核", reason: "核对档案")) { tx in
            _ = try tx.correctMembership(zhou, category: .nonPartisan, tier: .keyRepresentative)
        }
        clock.set("2025-01-10T09:00:00+08:00")
        try register.leave(wu, category: .nonPartisan, effective: "2024-10-01", reason: .transferred,
                           by: Attribution(actor: "区委统战部", reason: "补录调离"))

        (self.district, self.north, self.south, self.outside) = (district, north, south, outside)
        (self.zhang, self.li, self.wang, self.zhao, self.qian, self.sun, self.zhou, self.wu) = (zhang, li, wang, zhao, qian, sun, zhou, wu)
    }

    @Test("under 新城区, 无党派人士 opens at 5 and closes at 3: two entries, a transfer in, four exits with their reasons, a transfer out")
    func nonPartisanUnderDistrict() throws {
        let report = try register.changeReport(from: "2024-01-01", through: "2024-12-31", in: [.nonPartisan], under: district)
        #expect(report.sections.map(\.category) == [.nonPartisan])
        let section = try #require(report.section(.nonPartisan))
        #expect(section.categoryName == "无党派人士")
        #expect(section.opening == 5)
        #expect(section.entries.map(\.memberID) == [sun, li])
        #expect(section.entries.map(\.date) == ["2024-02-01", "2024-03-01"])
        #expect(section.entries.map(\.sourceName) == ["摸底", "推荐"])
        #expect(section.entries.map(\.tierName) == ["一般", "一般"])
        #expect(section.exits.map(\.memberID) == [wang, zhang, li, wu])
        #expect(section.exits.map(\.date) == ["2024-05-01", "2024-06-01", "2024-09-01", "2024-10-01"])
        #expect(section.exits.map(\.reason) == [.deceased, .joinedParty, .retired, .transferred])
        #expect(section.exits.map(\.reasonName) == ["去世", "加入民主党派", "退休", "调离"])
        #expect(section.exits.map(\.archived) == [true, false, false, false])
        #expect(section.transfersIn.map(\.memberID) == [qian])
        #expect(section.transfersIn.first?.fromUnitName == "赛罕区委统战部")
        #expect(section.transfersIn.first?.toUnit == south)
        #expect(section.transfersOut.map(\.memberID) == [zhao])
        #expect(section.transfersOut.first?.date == "2024-07-01")
        #expect(section.closing == 3)
        #expect(section.balances)
        // The counts are the populations the register reads on those days.
        #expect(try register.members(asOf: "2023-12-31", under: district, in: .nonPartisan).count == section.opening)
        #expect(try register.members(asOf: "2024-12-31", under: district, in: .nonPartisan).count == section.closing)
    }

    @Test("for the whole register, moves between units are no transfers: 6 + 2 − 4 = 4")
    func wholeRegister() throws {
        let section = try #require(try register.changeReport(from: "2024-01-01", through: "2024-12-31", in: ["无党派人士"])
            .section(.nonPartisan))
        #expect(section.opening == 6)
        #expect(section.entries.count == 2)
        #expect(section.exits.count == 4)
        #expect(section.transfersIn.isEmpty && section.transfersOut.isEmpty)
        #expect(section.closing == 4)
        #expect(try register.members(asOf: "2024-12-31", in: .nonPartisan).count == 4)
    }

    @Test("who changed: status with the archive's reason, 政治面貌 on joining 民盟, 所属单位 across the boundary, 职务层次 and 职务; corrections are not changes")
    func changes() throws {
        let report = try register.changeReport(from: "2024-01-01", through: "2024-12-31", in: [.nonPartisan], under: district)
        let lines = report.changes.map { "\($0.date) \($0.name) \($0.change)" }
        #expect(lines == [
            "2024-02-01 孙杰 状态: 已归档 → 在册",
            "2024-04-01 钱伟 所属单位: 赛罕区委统战部 → 东风路街道",
            "2024-05-01 王刚 状态: 在册 → 已归档 (去世)",
            "2024-06-01 张敏 政治面貌: 无党派民主人士 → 中国民主同盟盟员",
            "2024-07-01 赵丽 所属单位: 锡林路街道 → 赛罕区委统战部",
            "2024-07-01 周红 职务: 副局长 → 局长",
            "2024-07-01 周红 职务层次: 乡科级副职 → 乡科级正职",
        ])
        #expect(report.changes.first { $0.memberID == wang }?.change.reason == .deceased)
    }

    @Test("as known at 2025-01-05, 吴磊's leave (recorded 2025-01-10) had not happened: 3 exits, closing 4")
    func knownAt() throws {
        let knownAt = Timestamp(endOf: "2025-01-05")
        let section = try #require(try register.changeReport(from: "2024-01-01", through: "2024-12-31", in: [.nonPartisan],
                                                             under: district, knownAt: knownAt).section(.nonPartisan))
        #expect(section.exits.map(\.memberID) == [wang, zhang, li])
        #expect(section.closing == 4)
        #expect(section.balances)
        // Before anything of 2024 was recorded, the year shows only 孙杰's archive of 2023 and no change.
        let early = try #require(try register.changeReport(from: "2024-01-01", through: "2024-12-31", in: [.nonPartisan],
                                                           under: district, knownAt: Timestamp(endOf: "2024-12-31")).section(.nonPartisan))
        #expect(early.opening == 5 && early.closing == 5 && early.entries.isEmpty && early.exits.isEmpty)
    }

    @Test("every category is covered in code-list order when none is named; 张敏 stays 党外知识分子 after joining 民盟")
    func everyCategory() throws {
        let report = try register.changeReport(from: "2024-01-01", through: "2024-12-31")
        let codes = try register.read { $0.codes[.category]?.codes.map(\.code) ?? [] }
        #expect(report.sections.map(\.category.rawValue) == codes)
        let intellectuals = try #require(report.section(.nonPartyIntellectual))
        #expect(intellectuals.opening == 1 && intellectuals.closing == 1 && intellectuals.exits.isEmpty)
        #expect(report.sections.allSatisfy { $0.balances })
    }

    @Test("a period of one day and a period whose first day is an exit day count it once")
    func edges() throws {
        let day = try #require(try register.changeReport(from: "2024-05-01", through: "2024-05-01", in: [.nonPartisan])
            .section(.nonPartisan))
        #expect(day.exits.map(\.memberID) == [wang])
        #expect(day.opening == day.closing + 1)
        let after = try #require(try register.changeReport(from: "2024-05-02", through: "2024-05-31", in: [.nonPartisan])
            .section(.nonPartisan))
        #expect(after.exits.isEmpty)
    }

    @Test("the reasons show in the timeline and in changes(from:through:)")
    func reasonsInTimeline() throws {
        let timeline = try register.timeline(of: zhang).map(\.description).joined(separator: "\n")
        #expect(timeline.contains("无党派人士: 代表人士 → — (加入民主党派)"))
        let events = try register.changes(from: "2024-05-01", through: "2024-05-01").map(\.description)
        #expect(events.contains("member \(wang) on 2024-05-01 状态: 在册 → 已归档 (去世)"))
        #expect(events.contains("member \(wang) on 2024-05-01 无党派人士: 代表人士 → — (去世)"))
    }

    @Test("bad input: from after through, an unknown category, an unknown org unit, an unknown reason")
    func badInput() throws {
        #expect {
            _ = try register.changeReport(from: "2024-12-31", through: "2024-01-01")
        } throws: { error in
            (error as? ValidationError).map { $0.field == "from" && $0.value == "2024-12-31" } ?? false
        }
        #expect {
            _ = try register.changeReport(from: "2024-01-01", through: "2024-12-31", in: ["无党派人士", "不存在的类别"])
        } throws: { error in
            (error as? ValidationError).map { $0.field == .category && $0.value == "不存在的类别" } ?? false
        }
        #expect(throws: RegisterError.orgUnitNotFound(OrgUnitID(rawValue: 99))) {
            _ = try register.changeReport(from: "2024-01-01", through: "2024-12-31", under: OrgUnitID(rawValue: 99))
        }
        let before = try count("member_category_history", in: register)
        #expect {
            try register.leave(zhou, category: .nonPartisan, effective: "2024-12-01", reason: "跳槽", by: clerk)
        } throws: { error in
            (error as? ValidationError).map { $0.field == .exitReason && $0.value == "跳槽" } ?? false
        }
        let after = try count("member_category_history", in: register)
        #expect(after == before)
    }
}
