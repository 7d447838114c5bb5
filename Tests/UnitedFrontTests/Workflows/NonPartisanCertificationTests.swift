import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// 无党派人士认定 as the register runs it: 摸底 → 推荐 → 考察 → 认定 → 登记 → 复核, 撤销 and 终止; the
/// certification is the source of truth for who is awaiting 认定 and who is certified on a date.
@Suite("无党派人士认定: the certification workflow")
struct NonPartisanCertificationTests {
    let clock = TestClock("2021-01-04T09:00:00+08:00")
    let register: Register
    let candidate: MemberID
    let unitedFront = Attribution(actor: "区委统战部 李科长", reason: "无党派人士认定")

    init() throws {
        register = try Register.inMemory(clock: clock.read)
        var record = MemberRecord(name: "乌云其木格")
        record.politicalStatus = .masses
        record.workUnit = "市第一中学"
        candidate = try register.add(record, effective: "2021-01-01", by: clerk)
    }

    /// Records a step for the candidate with the clock on `recorded` (an ISO 8601 instant).
    @discardableResult
    func step(_ step: WorkflowStepRecord, for member: MemberID? = nil, recorded: String) throws -> WorkflowID {
        clock.set(recorded)
        return try register.recordStep(step, kind: .nonPartisanCertification, for: member ?? candidate, by: unitedFront)
    }

    /// 摸底 → 推荐 → 考察 in 2022, each recorded the day it happened.
    @discardableResult
    func candidacy() throws -> WorkflowID {
        let id = try step(WorkflowStepRecord("摸底", effective: "2022-03-01", actor: "区委统战部"), recorded: "2022-03-01T10:00:00+08:00")
        try step(WorkflowStepRecord("推荐", effective: "2022-05-10", actor: "市第一中学党总支", opinion: "同意推荐"),
                 recorded: "2022-05-10T10:00:00+08:00")
        try step(WorkflowStepRecord("考察", effective: "2022-09-01", actor: "区委统战部", opinion: "考察合格"),
                 recorded: "2022-09-01T10:00:00+08:00")
        return id
    }

    func certify(on date: LocalDate = "2023-03-01", recorded: String = "2023-03-05T10:00:00+08:00") throws {
        try step(WorkflowStepRecord("认定", effective: date, actor: "市委统战部", documentNumber: "呼统发〔2023〕3号"),
                 recorded: recorded)
    }

    func awaiting(on date: LocalDate, knownAt: Timestamp? = nil) throws -> [MemberID] {
        try register.workflows(of: .nonPartisanCertification, in: WorkflowKind.nonPartisanAwaitingCertification,
                               asOf: date, knownAt: knownAt).map(\.memberID)
    }

    func certified(on date: LocalDate) throws -> [MemberID] {
        try register.workflows(of: .nonPartisanCertification, in: WorkflowKind.nonPartisanCertified, asOf: date).map(\.memberID)
    }

    @Test("a candidate recommended and investigated in 2022 awaits 认定 at year end; 认定 on 2023-03-01 makes her a certified 无党派人士 with status 12 from that day, in the step's changeset")
    func certification() throws {
        let workflow = try candidacy()
        #expect(try awaiting(on: "2022-12-31") == [candidate])
        #expect(try certified(on: "2022-12-31").isEmpty)
        #expect(try register.member(candidate, asOf: "2022-12-31")?.membership(in: .nonPartisan) == nil,
                "a candidate holds no 无党派人士 membership before 认定")

        let changesetsBefore = try register.changesets().count
        try certify()
        #expect(try register.changesets().count == changesetsBefore + 1, "the step and its effects are one changeset")

        let after = try #require(try register.member(candidate, asOf: "2023-03-01"))
        #expect(after.politicalStatus == .nonPartisan)
        let membership = try #require(after.membership(in: .nonPartisan))
        #expect(membership.source == .certified && membership.since == "2023-03-01")
        let before = try #require(try register.member(candidate, asOf: "2023-02-28"))
        #expect(before.politicalStatus == .masses && before.membership(in: .nonPartisan) == nil)

        #expect(try awaiting(on: "2023-06-30").isEmpty)
        #expect(try certified(on: "2023-06-30") == [candidate])
        let read = try #require(try register.workflow(workflow, asOf: "2023-06-30"))
        #expect(read.state?.name == "认定" && read.steps.map(\.state.name) == ["摸底", "推荐", "考察", "认定"])
        #expect(read.steps.last?.documentNumber == "呼统发〔2023〕3号")

        let certification = try #require(try register.timeline(of: candidate).last)
        #expect(certification.changes.map(\.description)
                == ["无党派人士认定: 考察 → 认定", "政治面貌: 群众 → 无党派民主人士", "无党派人士: — → 一般"])
        #expect(try register.changes(from: "2023-01-01", through: "2023-12-31").map(\.change.description)
                == ["政治面貌: 群众 → 无党派民主人士", "无党派人士: — → 一般", "无党派人士认定: 考察 → 认定"])
    }

    @Test("as known before 认定 was recorded, she was still at 考察, and still awaiting 认定")
    func asKnownBeforeCertification() throws {
        let workflow = try candidacy()
        try certify()
        let before = Timestamp(endOf: "2023-03-04")
        #expect(try register.workflow(workflow, asOf: "2022-12-31", knownAt: before)?.state?.name == "考察")
        #expect(try register.workflow(workflow, asOf: "2023-06-30", knownAt: before)?.state?.name == "考察")
        #expect(try register.workflow(workflow, asOf: "2023-06-30")?.state?.name == "认定")
        #expect(try awaiting(on: "2023-03-31", knownAt: before) == [candidate])
        #expect(try awaiting(on: "2023-03-31").isEmpty)
        #expect(try register.member(candidate, asOf: "2023-06-30", knownAt: before)?.membership(in: .nonPartisan) == nil)
    }

    @Test("certifying a 群众 who was never recommended is refused, naming the state and the allowed steps, and writes nothing")
    func certifyingWithoutCandidacyIsRefused() throws {
        let tables = ["changeset", "workflow", "workflow_step", "change_log", "member_history"]
        let before = try tables.map { try count($0, in: register) }
        let refusal = RegisterError.illegalWorkflowStep(candidate, workflow: nil, kind: "无党派人士认定", current: nil,
                                                        attempted: "认定", allowed: ["摸底", "推荐"])
        #expect(throws: refusal) { try certify() }
        #expect(refusal.description
                == "无党派人士认定 of member \(candidate) has not started: 认定 cannot start it; allowed first steps: 摸底, 推荐")
        #expect(try tables.map { try count($0, in: register) } == before)

        let workflow = try step(WorkflowStepRecord("摸底", effective: "2022-03-01"), recorded: "2022-03-01T10:00:00+08:00")
        let early = RegisterError.illegalWorkflowStep(candidate, workflow: workflow, kind: "无党派人士认定", current: "摸底",
                                                      attempted: "认定", allowed: ["推荐", "终止"])
        #expect(throws: early) { try certify() }
        #expect(early.description.contains("is at 摸底: 认定 cannot follow it; allowed next: 推荐, 终止"))
    }

    @Test("认定 without its 文号 and 撤销 without a reason are refused, naming the field")
    func requiredFields() throws {
        try candidacy()
        let before = try count("changeset", in: register)
        #expect(throws: ValidationError(field: "document_number", value: "", reason: .missing)) {
            try step(WorkflowStepRecord("认定", effective: "2023-03-01", documentNumber: "  "), recorded: "2023-03-05T10:00:00+08:00")
        }
        #expect(try count("changeset", in: register) == before)
        try certify()
        #expect(throws: ValidationError(field: WorkflowField.opinion.validationField, value: "", reason: .missing)) {
            try step(WorkflowStepRecord("撤销", effective: "2024-06-01"), recorded: "2024-06-02T10:00:00+08:00")
        }
        #expect(try register.member(candidate, asOf: "2024-06-01")?.politicalStatus == .nonPartisan)
    }

    @Test("a step dated before the workflow's latest step is refused")
    func stepsInDateOrder() throws {
        let workflow = try candidacy()
        let before = try ["changeset", "workflow_step"].map { try count($0, in: register) }
        #expect(throws: RegisterError.workflowStepOutOfOrder(workflow, effective: "2022-08-31", previous: "2022-09-01")) {
            try certify(on: "2022-08-31")
        }
        #expect(try ["changeset", "workflow_step"].map { try count($0, in: register) } == before)
        try certify(on: "2022-09-01")   // the same day is fine
        #expect(try register.workflow(workflow)?.state?.name == "认定")
    }

    @Test("a step recorded wrongly is withdrawn: the workflow is back where it was, and as known before the withdrawal it was not")
    func withdrawal() throws {
        let workflow = try candidacy()
        clock.set("2022-09-10T10:00:00+08:00")
        try register.withdrawLatestStep(in: workflow, by: Attribution(actor: "区委统战部 李科长", reason: "考察未完成，误录"))
        #expect(try register.workflow(workflow, asOf: "2022-12-31")?.state?.name == "推荐")
        #expect(try register.workflow(workflow, asOf: "2022-12-31", knownAt: Timestamp(endOf: "2022-09-05"))?.state?.name == "考察")
        #expect(try register.changes(from: "2022-09-01", through: "2022-09-30").isEmpty, "a withdrawn step is no change")
        let correction = try #require(try register.timeline(of: candidate).last)
        #expect(correction.kind == .correction && correction.effectiveOn == "2022-09-01")
        #expect(correction.changes.map(\.description) == ["无党派人士认定: 考察 → 推荐"])

        try step(WorkflowStepRecord("考察", effective: "2022-10-15", opinion: "考察合格"), recorded: "2022-10-15T10:00:00+08:00")
        #expect(try register.workflow(workflow, asOf: "2022-10-14")?.state?.name == "推荐")
        #expect(try register.workflow(workflow, asOf: "2022-10-15")?.steps.map(\.effectiveOn) == ["2022-03-01", "2022-05-10", "2022-10-15"])

        let empty = try step(WorkflowStepRecord("摸底", effective: "2022-03-01"), for: try register.add(MemberRecord(name: "张三"), effective: "2021-01-01", by: clerk),
                             recorded: "2022-10-16T10:00:00+08:00")
        try register.withdrawLatestStep(in: empty, by: clerk)
        #expect(throws: RegisterError.noWorkflowStepToWithdraw(empty)) { try register.withdrawLatestStep(in: empty, by: clerk) }
        #expect(throws: RegisterError.workflowNotFound(WorkflowID(rawValue: 99))) {
            try register.withdrawLatestStep(in: WorkflowID(rawValue: 99), by: clerk)
        }
    }

    @Test("登记 and a 复核 every year keep her certified; each review is a change in its year")
    func yearlyReview() throws {
        let workflow = try candidacy()
        try certify()
        try step(WorkflowStepRecord("登记", effective: "2023-03-15", actor: "区委统战部"), recorded: "2023-03-15T10:00:00+08:00")
        for year in 2024...2026 {
            try register.recordStep(WorkflowStepRecord("复核", effective: LocalDate(year: year, month: 3, day: 1)!, opinion: "年报复核合格"),
                                    in: workflow, by: unitedFront)
        }
        #expect(try register.workflow(workflow, asOf: "2023-12-31")?.state?.name == "登记")
        for year in 2023...2026 {
            #expect(try certified(on: LocalDate(year: year, month: 12, day: 31)!) == [candidate], "certified at the end of \(year)")
        }
        #expect(try register.workflow(workflow, asOf: "2025-12-31")?.steps.filter { $0.state.id == "REVIEWED" }.count == 2)
        #expect(try register.changes(from: "2025-01-01", through: "2025-12-31").map(\.change.description)
                == ["无党派人士认定: 复核 → 复核"])
    }

    @Test("撤销 ends the membership and returns the status to 群众, unless the step names another status")
    func revocation() throws {
        let workflow = try candidacy()
        try certify()
        try step(WorkflowStepRecord("撤销", effective: "2024-06-01", opinion: "本人申请，经研究同意撤销"),
                 recorded: "2024-06-03T10:00:00+08:00")
        let after = try #require(try register.member(candidate, asOf: "2024-06-01"))
        #expect(after.politicalStatus == .masses && after.membership(in: .nonPartisan) == nil)
        #expect(try register.member(candidate, asOf: "2024-05-31")?.membership(in: .nonPartisan)?.source == .certified)
        #expect(try certified(on: "2024-06-01").isEmpty)
        let read = try #require(try register.workflow(workflow))
        #expect(read.state?.isTerminal == true && !read.isInProgress && read.steps.last?.opinion == "本人申请，经研究同意撤销")
        #expect(throws: RegisterError.illegalWorkflowStep(candidate, workflow: workflow, kind: "无党派人士认定", current: "撤销",
                                                          attempted: "复核", allowed: [])) {
            try register.recordStep(WorkflowStepRecord("复核", effective: "2025-03-01"), in: workflow, by: unitedFront)
        }

        let other = try register.add(MemberRecord(name: "王芳"), effective: "2021-01-01", by: clerk)
        for (state, date) in [("推荐", "2022-04-01"), ("考察", "2022-06-01")] as [(String, LocalDate)] {
            try step(WorkflowStepRecord(state, effective: date), for: other, recorded: "2024-06-04T10:00:00+08:00")
        }
        try step(WorkflowStepRecord("认定", effective: "2022-09-01", documentNumber: "呼统发〔2022〕9号"), for: other,
                 recorded: "2024-06-04T10:00:00+08:00")
        try step(WorkflowStepRecord("撤销", effective: "2024-05-01", opinion: "加入中国共产党",
                                    fields: [WorkflowField.politicalStatus.rawValue: "中共预备党员"]),
                 for: other, recorded: "2024-06-04T10:00:00+08:00")
        #expect(try register.member(other, asOf: "2024-05-01")?.politicalStatus == .cpcProbationaryMember)
    }

    @Test("when she joins 民盟 in 2025 the certification ends (撤销, 加入中国民主同盟) and her political status changes, in one changeset")
    func joiningAPartyEndsTheCertification() throws {
        let workflow = try candidacy()
        try certify()
        clock.set("2025-05-21T10:00:00+08:00")
        let before = try register.changesets().count
        let membership = try register.add(PartyMembershipRecord(party: "民盟", branch: "民盟锡林浩特市第一支部"), for: candidate,
                                          effective: "2025-05-20", by: Attribution(actor: "区委统战部", reason: "加入民盟"))
        #expect(try register.changesets().count == before + 1)
        let after = try #require(try register.member(candidate, asOf: "2025-05-20"))
        #expect(after.politicalStatus == .democraticLeague && after.membership(in: .nonPartisan) == nil)
        #expect(try register.member(candidate, asOf: "2025-05-19")?.politicalStatus == .nonPartisan)
        let read = try #require(try register.workflow(workflow))
        #expect(read.state?.name == "撤销" && read.steps.last?.opinion == "加入中国民主同盟")
        #expect(read.steps.last?.effectiveOn == "2025-05-20")
        #expect(try certified(on: "2025-05-19") == [candidate])
        #expect(try certified(on: "2025-05-20").isEmpty)
        #expect(try register.records(PartyMembershipRecord.self, of: candidate, asOf: "2025-06-01").map(\.id) == [membership])
    }

    @Test("a candidacy that stops is 终止 with its reason; her next nomination starts a new workflow")
    func termination() throws {
        let first = try candidacy()
        #expect(throws: ValidationError(field: "opinion", value: "", reason: .missing)) {
            try step(WorkflowStepRecord("终止", effective: "2022-11-01"), recorded: "2022-11-01T10:00:00+08:00")
        }
        try step(WorkflowStepRecord("终止", effective: "2022-11-01", opinion: "年龄超过规定条件"), recorded: "2022-11-01T10:00:00+08:00")
        #expect(try awaiting(on: "2022-12-31").isEmpty)
        #expect(try register.workflow(first)?.steps.last?.opinion == "年龄超过规定条件")
        #expect(try register.member(candidate, asOf: "2022-12-31")?.politicalStatus == .masses)
        let second = try step(WorkflowStepRecord("推荐", effective: "2024-04-01"), recorded: "2024-04-01T10:00:00+08:00")
        #expect(second != first)
        #expect(try register.workflows(of: candidate).map(\.state?.name) == ["终止", "推荐"])
        #expect(try awaiting(on: "2024-12-31") == [candidate])
    }

    @Test("no step is dated before registration or while the member is archived; archiving leaves the workflow be")
    func archivedMembers() throws {
        let workflow = try candidacy()
        try register.archive(candidate, effective: "2022-12-01", by: clerk)
        #expect(try register.workflow(workflow)?.state?.name == "考察", "a procedure is not a record in force")
        #expect(try awaiting(on: "2022-12-31").isEmpty, "an archived member does not count")
        let before = try ["changeset", "workflow_step"].map { try count($0, in: register) }
        #expect(throws: RegisterError.memberArchived(candidate, on: "2023-03-01")) { try certify() }
        let late = try register.add(MemberRecord(name: "赵敏"), effective: "2023-01-01", by: clerk)
        #expect(throws: RegisterError.effectiveBeforeRegistration(late, effective: "2022-03-01", registeredOn: "2023-01-01")) {
            try step(WorkflowStepRecord("摸底", effective: "2022-03-01"), for: late, recorded: "2023-01-02T10:00:00+08:00")
        }
        #expect(try count("changeset", in: register) == before[0] + 1, "only the registration was written")
        #expect(try count("workflow_step", in: register) == before[1])
    }

    @Test("a step's org unit must exist on its date")
    func orgUnitMustExist() throws {
        #expect(throws: RegisterError.orgUnitNotFound(OrgUnitID(rawValue: 7))) {
            try step(WorkflowStepRecord("摸底", effective: "2022-03-01", orgUnit: OrgUnitID(rawValue: 7)),
                     recorded: "2022-03-01T10:00:00+08:00")
        }
        let unit = try register.addOrgUnit(OrgUnitRecord(name: "新城区委统战部", kind: .unitedFrontDepartment),
                                           effective: "2022-01-01", by: clerk)
        let workflow = try step(WorkflowStepRecord("摸底", effective: "2022-03-01", orgUnit: unit), recorded: "2022-03-01T10:00:00+08:00")
        #expect(try register.workflow(workflow)?.steps.first?.orgUnit == unit)
        #expect(throws: RegisterError.orgUnitNotActive(unit, on: "2021-06-01")) {
            try step(WorkflowStepRecord("摸底", effective: "2021-06-01", orgUnit: unit),
                     for: try register.add(MemberRecord(name: "孙丽"), effective: "2021-01-01", by: clerk),
                     recorded: "2022-03-02T10:00:00+08:00")
        }
    }

    @Test("steps show up in the member's timeline, each with its changeset")
    func timeline() throws {
        try candidacy()
        let entries = try register.timeline(of: candidate)
        #expect(entries.map(\.kind) == [.registration, .change, .change, .change])
        #expect(entries.dropFirst().map { $0.changes.map(\.description) }
                == [["无党派人士认定: — → 摸底"], ["无党派人士认定: 摸底 → 推荐"], ["无党派人士认定: 推荐 → 考察"]])
        #expect(entries[2].effectiveOn == "2022-05-10" && entries[2].changeset.actor == "区委统战部 李科长")
    }
}
