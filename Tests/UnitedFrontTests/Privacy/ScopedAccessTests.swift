import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// A 锡林路街道 clerk's view sees her street and nothing else: every read and write entry point is tried
/// inside and outside the subtree, as of dates and as known at instants, with a member who moved out
/// (王静, 2024-03-01, recorded 2024-03-05) and one who moved in (赵敏, 2023-01-01).
@Suite("Scoped access: a street clerk's view")
struct ScopedAccessTests {
    let f: ScopeFixture
    let view: RegisterView

    init() throws {
        f = try ScopeFixture()
        view = try f.northView()
    }

    /// Expects ``RegisterError/outsideScope(subject:scope:)``.
    func refused<T>(_ what: Comment, _ body: (ScopedSnapshot) throws -> T, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            _ = try view.read { scoped in _ = try body(scoped) }
            Issue.record("not refused: \(what)", sourceLocation: sourceLocation)
        } catch let error as RegisterError {
            guard case .outsideScope(_, let scope) = error else {
                Issue.record("\(what): \(error)", sourceLocation: sourceLocation)
                return
            }
            #expect(scope == f.north, sourceLocation: sourceLocation)
        } catch {
            Issue.record("\(what): \(error)", sourceLocation: sourceLocation)
        }
    }

    func ids(_ members: [Member]) -> [MemberID] { members.map(\.id) }

    @Test("a view needs an actor and an org unit that exists")
    func badGrants() throws {
        #expect(throws: PrivacyError.missingActor) {
            try f.register.view(for: AccessGrant(actor: " \u{3000}", role: .streetClerk, scope: f.north))
        }
        #expect(throws: RegisterError.orgUnitNotFound(OrgUnitID(rawValue: 99))) {
            try f.register.view(for: AccessGrant(actor: "李干事", role: .streetClerk, scope: OrgUnitID(rawValue: 99)))
        }
    }

    @Test("one member by id: inside today, refused outside, and the one who moved out refused today")
    func memberByID() throws {
        #expect(try view.read { try $0.member(f.wuyun)?.name } == "乌云其木格")
        #expect(try view.read { try $0.member(f.zhaomin)?.name } == "赵敏")
        refused("巴特尔 today") { try $0.member(f.bater) }
        refused("王静 after her move") { try $0.member(f.wangjing) }
        #expect(try view.read { try $0.member(MemberID(rawValue: 99)) } == nil)
    }

    @Test("one member as of a date and as known at an instant: the moved-out member before and after the move")
    func memberAsOf() throws {
        #expect(try view.read { try $0.member(f.wangjing, asOf: "2023-12-31")?.workUnit } == "锡林路小学")
        #expect(try view.read { try $0.member(f.wangjing, asOf: "2024-02-29")?.orgUnit } == f.north)
        refused("王静 on the day of the move") { try $0.member(f.wangjing, asOf: "2024-03-01") }
        refused("王静 after the move") { try $0.member(f.wangjing, asOf: "2024-06-30") }
        // Before the move was recorded, the register still had her in the street on 2024-06-30.
        #expect(try view.read { try $0.member(f.wangjing, asOf: "2024-06-30", knownAt: ScopeFixture.beforeMoveRecorded)?.orgUnit } == f.north)
        refused("王静 known after the move was recorded") {
            try $0.member(f.wangjing, asOf: "2024-06-30", knownAt: Timestamp(iso8601Literal: "2024-03-06T09:00:00+08:00"))
        }
        // 赵敏 moved in on 2023-01-01: the street sees him from that day, not before.
        refused("赵敏 before he moved in") { try $0.member(f.zhaomin, asOf: "2022-12-31") }
        #expect(try view.read { try $0.member(f.zhaomin, asOf: "2023-01-01")?.name } == "赵敏")
        refused("巴特尔 on any date") { try $0.member(f.bater, asOf: "2022-12-31") }
        #expect(try view.read { try $0.member(f.wuyun, asOf: "2020-06-30") } == nil)  // not registered yet
    }

    @Test("members on a date: the subtree that day, as known then; a root inside narrows, outside is refused")
    func membersOnADate() throws {
        #expect(try view.read { ids(try $0.members(asOf: "2023-12-31")) } == [f.wuyun, f.wangjing, f.zhaomin, f.zhang])
        #expect(try view.read { ids(try $0.members(asOf: "2024-06-30")) } == [f.wuyun, f.zhaomin, f.zhang])
        #expect(try view.read { ids(try $0.members(asOf: "2024-06-30", knownAt: ScopeFixture.beforeMoveRecorded)) }
                == [f.wuyun, f.wangjing, f.zhaomin, f.zhang])
        #expect(try view.read { ids(try $0.members(asOf: "2022-06-30")) } == [f.wuyun, f.wangjing, f.zhang])
        #expect(try view.read { ids(try $0.members(asOf: "2024-06-30", in: .nonPartisan)) } == [f.wuyun])
        #expect(try view.read { ids(try $0.members(asOf: "2024-06-30", under: f.community)) } == [f.wuyun])
        #expect(try view.read { ids(try $0.members(asOf: "2024-06-30", under: f.north)) } == [f.wuyun, f.zhaomin, f.zhang])
        refused("under the south") { try $0.members(asOf: "2024-06-30", under: f.south) }
        refused("under the district") { try $0.members(asOf: "2024-06-30", under: f.district) }
    }

    @Test("archived members: only those inside the scope on the date")
    func archived() throws {
        try f.register.archive(f.zhang, effective: "2024-10-01", reason: .retired, by: clerk)
        try f.register.archive(f.bater, effective: "2024-10-01", reason: .retired, by: clerk)
        #expect(try view.read { ids(try $0.archivedMembers(asOf: "2024-12-31")) } == [f.zhang])
        #expect(try f.register.archivedMembers(asOf: "2024-12-31").count == 2)
        #expect(try view.read { ids(try $0.archivedMembers(asOf: "2024-09-30")) } == [])
    }

    @Test("look-ups by document and by name and birth date find only members inside today")
    func lookups() throws {
        let wuyunID = ScopeFixture.secrets[0], baterID = ScopeFixture.secrets[7]
        #expect(try view.read { try $0.member(documentNumber: wuyunID)?.id } == f.wuyun)
        #expect(try view.read { try $0.member(documentNumber: baterID) } == nil)
        #expect(try f.register.member(documentNumber: baterID)?.id == f.bater)
        #expect(try view.read { ids(try $0.members(named: "乌云其木格", bornOn: "1978-02-03")) } == [f.wuyun])
        #expect(try view.read { ids(try $0.members(named: "巴特尔", bornOn: "1975-06-01")) } == [])
    }

    @Test("a timeline: members inside today, only the entries effective while they were inside")
    func timelines() throws {
        let wuyunEntries = try view.read { try $0.timeline(of: f.wuyun) }
        #expect(wuyunEntries.count == (try f.register.timeline(of: f.wuyun)).count)
        refused("巴特尔's timeline") { try $0.timeline(of: f.bater) }
        refused("王静's timeline after she moved out") { try $0.timeline(of: f.wangjing) }
        // 赵敏: his registration and the 2022 change were the south's; his move in is shown.
        let zhao = try view.read { try $0.timeline(of: f.zhaomin) }
        #expect(zhao.map(\.effectiveOn) == ["2023-01-01"])
        #expect(zhao.first?.changes.first?.subject == .field(.orgUnit))
        #expect(try f.register.timeline(of: f.zhaomin).count == 3)
    }

    @Test("changes between dates: members inside on the change's date or the day before")
    func changesBetweenDates() throws {
        let events = try view.read { try $0.changes(from: "2022-01-01", through: "2024-12-31") }
        let seen = Set(events.map(\.memberID))
        #expect(!seen.contains(f.bater))
        // 王静: her 推荐, her 2023 change and the move itself, not the 2024-07-01 change in the south.
        let wang = events.filter { $0.memberID == f.wangjing }.map(\.effectiveOn)
        #expect(wang == ["2023-05-01", "2023-06-01", "2024-03-01"])
        // 赵敏: the move in, not the 2022 change.
        #expect(events.filter { $0.memberID == f.zhaomin }.map(\.effectiveOn) == ["2023-01-01"])
        #expect(events.contains { $0.memberID == f.wuyun && $0.effectiveOn == "2024-07-01" })
        let all = try f.register.changes(from: "2022-01-01", through: "2024-12-31")
        #expect(all.contains { $0.memberID == f.bater })
    }

    @Test("queries, counts and streams are joined with the scope, on the query's date and knowledge")
    func queries() throws {
        let query = MemberQuery(.all, asOf: "2024-06-30")
        #expect(try view.read { ids(try $0.members(matching: query).members) } == [f.wuyun, f.zhaomin, f.zhang])
        #expect(try view.read { try $0.count(matching: query) } == 3)
        #expect(try view.read { try $0.count(matching: MemberQuery(.under(f.south), asOf: "2024-06-30")) } == 0)
        #expect(try view.read { try $0.count(matching: MemberQuery(asOf: "2024-06-30", knownAt: ScopeFixture.beforeMoveRecorded)) } == 4)
        #expect(try view.read { try $0.count(matching: MemberQuery(asOf: "2023-06-30")) } == 4)
        #expect(try view.read { try $0.count(matching: MemberQuery(.category(.nonPartisan), asOf: "2024-06-30")) } == 1)
        var streamed: [MemberID] = []
        try view.read { scoped in try scoped.forEachMember(matching: MemberQuery(asOf: "2023-12-31")) { streamed.append($0.id) } }
        #expect(streamed == [f.wuyun, f.wangjing, f.zhaomin, f.zhang])
        var paged = MemberQuery(asOf: "2024-06-30", order: .name, limit: 2)
        let first = try view.read { try $0.members(matching: paged) }
        paged.after = first.next
        let second = try view.read { try $0.members(matching: paged) }
        #expect(Set(ids(first.members + second.members)) == [f.wuyun, f.zhaomin, f.zhang])
        #expect(second.next == nil)
    }

    @Test("search finds members and enterprises the view sees, and nothing else")
    func search() throws {
        #expect(try view.read { try $0.searchMembers("乌云").map(\.member) } == [f.wuyun])
        #expect(try view.read { try $0.searchMembers("巴特尔") }.isEmpty)
        #expect(try view.read { try $0.searchMembers("王静") }.isEmpty)
        #expect(try f.register.searchMembers("巴特尔").count == 1)
        #expect(try view.read { try $0.searchMembers("小学", limit: 1).map(\.member) } == [f.zhaomin])
        #expect(try view.read { try $0.searchEnterprises("乳业").map(\.enterprise) } == [f.northFirm])
        // 东风建材 is owned by the south, but 张强 (north) is an investor in it: the view sees it.
        #expect(try view.read { try $0.searchEnterprises("建材").map(\.enterprise) } == [f.southFirm])
        try f.register.write(by: clerk) { tx in
            let role = try #require(try tx.records(EnterpriseRoleRecord.self, of: f.zhang, on: "2024-12-31").first)
            try tx.end(role.id, effective: "2024-12-01")
        }
        #expect(try view.read { try $0.searchEnterprises("建材") }.isEmpty)
    }

    @Test("statistics and reports are of the subtree; a root outside it is refused")
    func reports() throws {
        let stats = try view.read { try $0.statistics(asOf: "2024-06-30", by: [.category]) }
        #expect(stats.total == 3)
        #expect(try view.read { try $0.statistics(asOf: "2024-06-30", by: [.sex], under: f.community) }.total == 1)
        refused("statistics of the south") { try $0.statistics(asOf: "2024-06-30", by: [.sex], under: f.south) }
        let report = try view.read { try $0.changeReport(from: "2024-01-01", through: "2024-12-31") }
        #expect(report.under == f.north)
        #expect(report.changes.allSatisfy { $0.memberID != f.bater })
        refused("the south's change report") { try $0.changeReport(from: "2024-01-01", through: "2024-12-31", under: f.south) }
        let work = try view.read { try $0.workReport(year: 2022) }
        #expect(work.orgUnit?.id == f.north)
        #expect(work.figures.flatMap(\.members).allSatisfy { [f.wuyun, f.wangjing, f.zhang].contains($0) })
        refused("the district's work report") { try $0.workReport(year: 2022, under: f.district) }
        #expect(try view.read { try $0.engagementFigures(in: 2022) }.visits == 1)
        #expect(try f.register.engagementFigures(in: 2022).visits == 2)
        refused("the south's engagement figures") { try $0.engagementFigures(in: 2022, under: f.south) }
    }

    @Test("党外干部 figures and data quality: only the subtree")
    func cadresAndQuality() throws {
        #expect(try view.read { ids(try $0.leadingCadres(asOf: "2024-06-30")) } == [f.zhang])
        #expect(try f.register.leadingCadres(asOf: "2024-06-30").count == 2)
        #expect(try view.read { ids(try $0.adjustedCadres(in: 2022)) } == [f.zhang])
        #expect(try view.read { ids(try $0.reservePool(asOf: "2024-06-30")) } == [f.zhang])
        refused("leading cadres of the south") { try $0.leadingCadres(asOf: "2024-06-30", under: f.south) }
        refused("adjusted cadres of the south") { try $0.adjustedCadres(in: 2022, under: f.south) }
        refused("reserve pool of the south") { try $0.reservePool(asOf: "2024-06-30", under: f.south) }
        // A contradiction on each side: a 后备 tier without a pool entry; a 中共党员 in a 党外 category.
        try f.register.write(by: clerk) { tx in
            try tx.changeTier(f.wuyun, category: .nonPartisan, to: .reserve, effective: "2024-08-01")
            try tx.change(f.bater, effective: "2024-08-01") { $0.politicalStatus = .cpcMember }
        }
        let findings = try view.read { try $0.dataQuality(asOf: "2024-12-31") }
        #expect(!findings.isEmpty && findings.allSatisfy { $0.member == f.wuyun })
        #expect(try f.register.dataQuality(asOf: "2024-12-31").contains { $0.member == f.bater })
    }

    @Test("a member's records, relations and workflows: refused outside, filtered in lists")
    func records() throws {
        #expect(try view.read { try $0.records(PostRecord.self, of: f.zhang, asOf: "2024-06-30").map(\.id) } == [f.zhangPost])
        refused("巴特尔's posts") { try $0.records(PostRecord.self, of: f.bater, asOf: "2024-06-30") }
        #expect(try view.read { try $0.records(PostRecord.self, asOf: "2024-06-30").map(\.id) } == [f.zhangPost])
        #expect(try view.read { try $0.records(PostRecord.self, of: f.zhang).map(\.id) } == [f.zhangPost])
        refused("巴特尔's post history") { try $0.records(PostRecord.self, of: f.bater) }
        #expect(try view.read { try $0.record(f.zhangPost, asOf: "2024-06-30")?.id } == f.zhangPost)
        refused("巴特尔's post by id") { try $0.record(f.baterPost, asOf: "2024-06-30") }
        // 乌云其木格's spouse 巴特尔 is outside: that relation is left out, the one naming 张强 kept.
        #expect(try view.read { try $0.relations(of: f.wuyun, asOf: "2024-06-30").map(\.relative) } == [f.zhang])
        refused("巴特尔's relations") { try $0.relations(of: f.bater, asOf: "2024-06-30") }
        #expect(try view.read { try $0.relations(of: f.zhang, asOf: "2024-06-30").map(\.holder) } == [f.wuyun])
        // Workflows: 王静's 推荐 is the street's while she was there.
        #expect(try view.read { try $0.workflows(of: f.wangjing, asOf: "2023-12-31").map(\.id) } == [f.wangjingWorkflow])
        refused("王静's workflows today") { try $0.workflows(of: f.wangjing) }
        #expect(try view.read { try $0.workflow(f.wangjingWorkflow, asOf: "2023-12-31")?.memberID } == f.wangjing)
        refused("王静's workflow after the move") { try $0.workflow(f.wangjingWorkflow, asOf: "2024-06-30") }
        #expect(try view.read { try $0.workflow(f.wangjingWorkflow, asOf: "2024-06-30", knownAt: ScopeFixture.beforeMoveRecorded)?.id }
                == f.wangjingWorkflow)
        #expect(try view.read { try $0.workflows(of: .nonPartisanCertification, in: ["推荐"], asOf: "2023-12-31").count } == 1)
        #expect(try view.read { try $0.workflows(of: .nonPartisanCertification, in: ["推荐"], asOf: "2024-06-30").count } == 0)
        #expect(try f.register.workflows(of: .nonPartisanCertification, in: ["推荐"], asOf: "2024-06-30").count == 1)
    }

    @Test("侨眷 records naming a member: held inside the scope only")
    func overseasRelatives() throws {
        try f.register.write(by: clerk) { tx in
            try tx.add(OverseasRecord(type: .huaqiao, country: "NLD"), for: f.wuyun, effective: "2022-01-01")
            var relative = OverseasRecord(type: .qiaojuan)
            relative.relative = f.wuyun
            try tx.add(relative, for: f.zhang, effective: "2022-01-01")
            try tx.add(relative, for: f.bater, effective: "2022-01-01")
        }
        #expect(try view.read { try $0.overseasRelatives(of: f.wuyun, asOf: "2024-06-30").map(\.holder) } == [f.zhang])
        #expect(try f.register.read { try $0.overseasRelatives(of: f.wuyun, asOf: "2024-06-30") }.count == 2)
        refused("巴特尔's 侨眷") { try $0.overseasRelatives(of: f.bater, asOf: "2024-06-30") }
    }

    @Test("org units: the subtree only")
    func orgUnits() throws {
        #expect(try view.read { try $0.orgUnits(asOf: "2024-06-30").map(\.id) } == [f.north, f.community])
        #expect(try view.read { try $0.orgUnits(under: f.community, asOf: "2024-06-30").map(\.id) } == [f.community])
        refused("the south's units") { try $0.orgUnits(under: f.south, asOf: "2024-06-30") }
        #expect(try view.read { try $0.orgUnit(f.community, asOf: "2024-06-30")?.name } == "锡林社区")
        refused("the south") { try $0.orgUnit(f.south, asOf: "2024-06-30") }
        refused("the district") { try $0.orgUnit(f.district, asOf: "2024-06-30") }
    }

    @Test("enterprises, organisations, households and engagements: the people inside only")
    func entities() throws {
        #expect(try view.read { try $0.people(of: f.northFirm, asOf: "2024-06-30").map(\.holder) } == [f.wuyun])
        #expect(try view.read { try $0.people(of: f.southFirm, asOf: "2024-06-30").map(\.holder) } == [f.zhang])
        try f.register.write(by: clerk) { tx in
            let role = try #require(try tx.records(EnterpriseRoleRecord.self, of: f.zhang, on: "2024-12-31").first)
            try tx.end(role.id, effective: "2024-12-01")
        }
        refused("an enterprise of the south") { try $0.people(of: f.southFirm, asOf: "2024-06-30") }
        #expect(try view.read { try $0.members(of: f.chamber, asOf: "2024-06-30").map(\.holder) } == [f.wuyun])
        #expect(try view.read { try $0.members(of: f.household, asOf: "2024-06-30").map(\.holder) } == [f.wuyun])
        #expect(try view.read { try $0.households(asOf: "2024-06-30").map(\.id) } == [f.household])
        #expect(try view.read { try $0.engagements(from: "2022-01-01", through: "2022-12-31").map(\.id) } == [f.northVisit])
        refused("the south's engagements") { try $0.engagements(from: "2022-01-01", through: "2022-12-31", under: f.south) }
        #expect(try view.read { try $0.participants(of: f.northVisit).compactMap(\.member) } == [f.wuyun])
        refused("the south's visit") { try $0.participants(of: f.southVisit) }
    }

    @Test("a view's export has the subtree only, and is logged with the grant's actor, purpose, scope and role")
    func export() throws {
        var exported: [MemberID] = []
        let entry = try view.exportMembers(MemberQuery(asOf: "2024-06-30"), format: "csv") { exported.append($0.id) }
        #expect(exported == [f.wuyun, f.zhaomin, f.zhang])
        #expect(entry.actor == "锡林路街道 李干事" && entry.rowCount == 3 && entry.masked)
        #expect(entry.filter.contains("scope=\(f.north.rawValue)") && entry.filter.contains("role=street_clerk"))
        #expect(try f.register.exportLog().last == entry)
    }

    @Test("writes: members inside before and after; new members and transfers inside; nothing outside")
    func writes() throws {
        let before = try count("changeset", in: f.register)
        func refusedWrite(_ what: Comment, _ body: (ScopedTransaction) throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(sourceLocation: sourceLocation) {
                try view.write(reason: "测试") { try body($0) }
            } throws: { error in
                if case RegisterError.outsideScope = error { return true }
                return false
            }
        }
        refusedWrite("change 巴特尔") { try $0.change(f.bater, effective: "2024-12-01") { $0.post = "x" } }
        refusedWrite("correct 巴特尔") { try $0.correct(f.bater) { $0.post = "x" } }
        refusedWrite("change 王静 after her move") { try $0.change(f.wangjing, effective: "2024-12-01") { $0.post = "x" } }
        refusedWrite("move 乌云其木格 out by a change") { try $0.change(f.wuyun, effective: "2024-12-01") { $0.orgUnit = f.south } }
        refusedWrite("transfer 乌云其木格 out") { try $0.transfer(f.wuyun, to: f.south, effective: "2024-12-01") }
        refusedWrite("transfer 乌云其木格 to no unit") { try $0.transfer(f.wuyun, to: nil, effective: "2024-12-01") }
        refusedWrite("transfer 巴特尔 in") { try $0.transfer(f.bater, to: f.north, effective: "2024-12-01") }
        refusedWrite("add someone to the south") { try $0.add(ScopeFixture.record("新人", unit: f.south), effective: "2024-12-01") }
        refusedWrite("add someone to no unit") { try $0.add(MemberRecord(name: "新人"), effective: "2024-12-01") }
        refusedWrite("archive 巴特尔") { try $0.archive(f.bater, effective: "2024-12-01") }
        refusedWrite("reactivate 巴特尔") { try $0.reactivate(f.bater, effective: "2024-12-01") }
        refusedWrite("enter 巴特尔") { try $0.enter(f.bater, category: .newStratum, effective: "2024-12-01") }
        refusedWrite("leave for 巴特尔") { try $0.leave(f.bater, category: .nonPartisan, effective: "2024-12-01") }
        refusedWrite("tier of 巴特尔") { try $0.changeTier(f.bater, category: .nonPartisan, to: .general, effective: "2024-12-01") }
        refusedWrite("a post for 巴特尔") {
            try $0.add(PostRecord(unit: "x", title: "y"), for: f.bater, effective: "2024-12-01")
        }
        refusedWrite("change 巴特尔's post") { try $0.change(f.baterPost, effective: "2024-12-01") { $0.title = "z" } }
        refusedWrite("end 巴特尔's post") { try $0.end(f.baterPost, effective: "2024-12-01") }
        refusedWrite("a workflow for 巴特尔") {
            try $0.recordStep(WorkflowStepRecord("推荐", effective: "2024-12-01", actor: "x"), kind: .nonPartisanCertification, for: f.bater)
        }
        refusedWrite("a step for 王静 after her move") {
            try $0.recordStep(WorkflowStepRecord("考察", effective: "2024-12-01"), in: f.wangjingWorkflow)
        }
        refusedWrite("read 巴特尔 inside a write") { _ = try $0.member(f.bater, asOf: "2024-12-01") }
        #expect(try count("changeset", in: f.register) == before)

        // A refused move caught inside the closure leaves nothing of itself behind.
        try view.write(reason: "核实") { tx in
            #expect(throws: RegisterError.self) { try tx.change(f.wuyun, effective: "2024-12-01") { $0.orgUnit = f.south; $0.post = "主任" } }
            try tx.change(f.zhang, effective: "2024-12-01") { $0.post = "局长" }
        }
        #expect(try f.register.member(f.wuyun)?.orgUnit == f.community)
        #expect(try f.register.member(f.wuyun)?.post == nil)

        let added = try view.write(reason: "摸底") { tx in
            let id = try tx.add(ScopeFixture.record("新人", unit: f.community), effective: "2024-12-01")
            try tx.enter(id, category: .newStratum, effective: "2024-12-01")
            try tx.transfer(id, to: f.north, effective: "2024-12-15")
            try tx.add(PostRecord(unit: "锡林社区", title: "委员"), for: id, effective: "2024-12-15")
            try tx.recordStep(WorkflowStepRecord("推荐", effective: "2024-12-20", actor: "社区"), kind: .nonPartisanCertification, for: id)
            try tx.change(f.zhangPost, effective: "2024-12-20") { $0.title = "局长" }
            try tx.archive(f.zhaomin, effective: "2024-12-31")
            return id
        }
        let timeline = try f.register.timeline(of: added)
        #expect(timeline.allSatisfy { $0.changeset.actor == "锡林路街道 李干事" })
        #expect(try f.register.member(added)?.orgUnit == f.north)
    }

    @Test("one-call forms are scoped and masked like the reads they name")
    func oneCallForms() throws {
        #expect(try view.member(f.wuyun)?.mobile == Masking.mobile("13700137000"))
        #expect(try view.member(f.wangjing, asOf: "2024-06-30", knownAt: ScopeFixture.beforeMoveRecorded)?.name == "王静")
        #expect(try view.members(asOf: "2024-06-30", in: .nonPartisan).map(\.id) == [f.wuyun])
        #expect(try view.count(matching: MemberQuery(asOf: "2024-06-30")) == 3)
        #expect(try view.changes(from: "2024-07-01", through: "2024-07-01").map(\.memberID) == [f.wuyun])
        #expect(try view.searchMembers("张强").count == 1)
        #expect(try view.timeline(of: f.wuyun).count == (try f.register.timeline(of: f.wuyun)).count)
        #expect(try view.statistics(asOf: "2024-06-30", by: [.sex]).total == 3)
        #expect(try view.changeReport(from: "2024-01-01", through: "2024-12-31").under == f.north)
        #expect(try view.workReport(year: 2022).orgUnit?.id == f.north)
        #expect(try view.members(matching: MemberQuery(asOf: "2024-06-30")).members.count == 3)
    }

    @Test("async forms are scoped and masked the same way")
    func asyncForms() async throws {
        let (f, view) = (self.f, self.view)
        #expect(try await view.member(f.wuyun)?.name == "乌云其木格")
        await #expect(throws: RegisterError.self) { try await view.member(f.bater) }
        #expect(try await view.member(f.wangjing, asOf: "2023-12-31")?.name == "王静")
        #expect(try await view.members(asOf: "2024-06-30").map(\.id) == [f.wuyun, f.zhaomin, f.zhang])
        #expect(try await view.members(matching: MemberQuery(asOf: "2024-06-30")).members.count == 3)
        #expect(try await view.count(matching: MemberQuery(asOf: "2023-12-31")) == 4)
        #expect(try await view.timeline(of: f.zhaomin).count == 1)
        await #expect(throws: RegisterError.self) { try await view.timeline(of: f.bater) }
        #expect(try await view.changes(from: "2024-07-01", through: "2024-07-01").count == 1)
        #expect(try await view.searchMembers("巴特尔").isEmpty)
        #expect(try await view.statistics(asOf: "2024-06-30", by: [.sex]).total == 3)
        #expect(try await view.changeReport(from: "2024-01-01", through: "2024-12-31").under == f.north)
        #expect(try await view.workReport(year: 2022).orgUnit?.id == f.north)
        await #expect(throws: RegisterError.self) { try await view.workReport(year: 2022, under: f.south) }
        try await view.write(reason: "核实") { tx in _ = try tx.change(f.zhang, effective: "2024-12-01") { $0.post = "局长" } }
        await #expect(throws: RegisterError.self) {
            try await view.write(reason: "核实") { tx in _ = try tx.change(f.bater, effective: "2024-12-01") { $0.post = "局长" } }
        }
        #expect(try await f.register.member(f.zhang)?.post == "局长")
        #expect(try await view.read { try $0.member(f.zhang)?.post } == "局长")
    }

    @Test("a whole-register view sees everything, masked")
    func wholeRegister() throws {
        let owner = try f.register.view(for: AccessGrant(actor: "部领导", role: .leader, scope: nil))
        #expect(try owner.read { try $0.members(asOf: "2024-06-30").count } == 5)
        #expect(try owner.read { try $0.member(f.bater)?.documentNumber } == Masking.documentNumber(ScopeFixture.secrets[7]))
        #expect(try owner.read { try $0.timeline(of: f.zhaomin).count } == 3)
    }
}
