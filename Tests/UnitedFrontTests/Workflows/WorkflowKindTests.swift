import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Workflow kinds are data: a register's users declare their own procedures without a schema change,
/// and the kinds the library ships run the same way.
@Suite("Workflow kinds: declared procedures and the shipped ones")
struct WorkflowKindTests {
    /// A local 评先评优 (commendation): 推荐 → 评审 → 表彰, the 表彰 with its 文号 and a kind-specific 奖项.
    static let commendation = WorkflowKind(
        id: "LOCAL_COMMENDATION", name: "评先评优",
        states: [WorkflowState(id: "NOMINATED", name: "推荐"), WorkflowState(id: "ASSESSED", name: "评审"),
                 WorkflowState(id: "COMMENDED", name: "表彰", isTerminal: true)],
        transitions: [WorkflowTransition(to: "NOMINATED", from: [nil]),
                      WorkflowTransition(to: "ASSESSED", from: ["NOMINATED"]),
                      WorkflowTransition(to: "COMMENDED", from: ["ASSESSED"], required: [.documentNumber, "award"])])

    @Test("a declared 评先评优 is used, and reads back after the file is reopened; declaring it again changes nothing")
    func declaredKind() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("register.sqlite")
        let workflow: WorkflowID, member: MemberID
        do {
            let register = try Register(path: path, clock: TestClock("2024-01-02T09:00:00+08:00").read)
            member = try register.add(MemberRecord(name: "阿依古丽·买买提"), effective: "2023-01-01", by: clerk)
            #expect(throws: RegisterError.workflowKindNotFound("LOCAL_COMMENDATION")) {
                try register.recordStep(WorkflowStepRecord("推荐", effective: "2024-03-01"), kind: Self.commendation,
                                        for: member, by: clerk)
            }
            #expect(try register.declareWorkflowKind(Self.commendation, by: clerk))
            workflow = try register.recordStep(WorkflowStepRecord("推荐", effective: "2024-03-01", actor: "区工商联"),
                                               kind: Self.commendation, for: member, by: clerk)
            try register.recordStep(WorkflowStepRecord("评审", effective: "2024-04-01"), in: workflow, by: clerk)
            #expect(throws: ValidationError(field: "award", value: "", reason: .missing)) {
                try register.recordStep(WorkflowStepRecord("表彰", effective: "2024-05-01", documentNumber: "新统发〔2024〕5号"),
                                        in: workflow, by: clerk)
            }
            try register.recordStep(WorkflowStepRecord("COMMENDED", effective: "2024-05-01", documentNumber: "新统发〔2024〕5号",
                                                       fields: ["award": "优秀党外代表人士"]),
                                    in: workflow, by: clerk)
        }
        let register = try Register(path: path, clock: TestClock("2024-06-01T09:00:00+08:00").read)
        #expect(try register.workflowKind("LOCAL_COMMENDATION") == Self.commendation)
        #expect(try register.read { try $0.workflowKinds() }.map(\.name).last == "评先评优")
        let read = try #require(try register.workflow(workflow))
        #expect(read.kindName == "评先评优" && read.memberID == member && read.state?.name == "表彰")
        #expect(read.steps.last?.fields == ["award": "优秀党外代表人士"])
        #expect(try register.workflow(workflow, asOf: "2024-04-15")?.state?.name == "评审")
        #expect(try register.timeline(of: member).last?.changes.map(\.description) == ["评先评优: 评审 → 表彰"])

        let changesets = try count("changeset", in: register)
        #expect(try register.declareWorkflowKind(Self.commendation, by: clerk) == false)
        #expect(try register.declareWorkflowKind(.nonPartisanCertification, by: clerk) == false, "shipped kinds need no declaring")
        #expect(try count("changeset", in: register) == changesets, "redeclaring records nothing")
    }

    @Test("a different definition under a declared or shipped id is refused, and so is a definition that cannot run")
    func conflictingAndBrokenKinds() throws {
        let register = try Register.inMemory()
        try register.declareWorkflowKind(Self.commendation, by: clerk)
        let before = try ["changeset", "workflow_kind"].map { try count($0, in: register) }
        var changed = Self.commendation
        changed.states[2].name = "表扬"
        #expect(throws: RegisterError.workflowKindConflict("LOCAL_COMMENDATION")) {
            try register.declareWorkflowKind(changed, by: clerk)
        }
        var shipped = WorkflowKind.nonPartisanCertification
        shipped.transitions.removeLast()
        #expect(throws: RegisterError.workflowKindConflict("NON_PARTISAN_CERTIFICATION")) {
            try register.declareWorkflowKind(shipped, by: clerk)
        }
        let member = try register.add(MemberRecord(name: "李明"), effective: "2023-01-01", by: clerk)
        #expect(throws: RegisterError.workflowKindConflict("LOCAL_COMMENDATION")) {
            try register.recordStep(WorkflowStepRecord("推荐", effective: "2024-03-01"), kind: changed, for: member, by: clerk)
        }

        var unknownState = Self.commendation
        unknownState.id = "BROKEN"
        unknownState.transitions.append(WorkflowTransition(to: "REJECTED", from: ["NOMINATED"]))
        #expect(throws: ValidationError(field: .workflowKind, value: "REJECTED",
                                        reason: .malformed(expected: "a transition into a state of 评先评优"))) {
            try register.declareWorkflowKind(unknownState, by: clerk)
        }
        var outOfTerminal = Self.commendation
        outOfTerminal.id = "BROKEN"
        outOfTerminal.transitions[1].from.append("COMMENDED")
        #expect(throws: ValidationError(field: .workflowKind, value: "COMMENDED",
                                        reason: .malformed(expected: "no transition out of a terminal state"))) {
            try register.declareWorkflowKind(outOfTerminal, by: clerk)
        }
        var unknownCategory = Self.commendation
        unknownCategory.id = "BROKEN"
        unknownCategory.transitions[2].effects = [.enterCategory("先进人物", source: .certified)]
        #expect(throws: ValidationError(field: .category, value: "先进人物", reason: .unknownCode(list: .category))) {
            try register.declareWorkflowKind(unknownCategory, by: clerk)
        }
        var badID = Self.commendation
        badID.id = "评先 评优"
        #expect(throws: ValidationError.self) { try register.declareWorkflowKind(badID, by: clerk) }
        #expect(try ["changeset", "workflow_kind"].map { try count($0, in: register) } == [before[0] + 1, before[1]],
                "only the member's registration was written")
    }

    @Test("a kind's definition is stored as JSON and reads back equal, effects included")
    func definitionRoundTrips() throws {
        for kind in WorkflowKind.shipped + [Self.commendation] {
            #expect(try WorkflowKind.decoded(try kind.json()) == kind, "\(kind.name)")
        }
        #expect(try WorkflowKind.nonPartisanCertification.json().contains(
            #"{"category":"NON_PARTISAN","effect":"enter_category","source":"CERTIFIED","tier":"GENERAL"}"#))
        let register = try Register.inMemory()
        for kind in WorkflowKind.shipped { try kind.validate(codes: register.codes) }
    }

    @Test("归侨侨眷身份认定 needs the 侨务部门's 文号 and enters 侨界 as 认定; 后备干部 入库 adds the pool entry and 出库 ends it; 备案 files the party membership")
    func otherShippedKinds() throws {
        let register = try Register.inMemory()
        let member = try register.add(MemberRecord(name: "陈华"), effective: "2020-01-01", by: clerk)
        let overseas = try register.recordStep(WorkflowStepRecord("申请", effective: "2023-02-01"), kind: .overseasChineseStatus,
                                               for: member, by: clerk)
        try register.recordStep(WorkflowStepRecord("审核", effective: "2023-02-10"), in: overseas, by: clerk)
        #expect(throws: ValidationError(field: "document_number", value: "", reason: .missing)) {
            try register.recordStep(WorkflowStepRecord("认定", effective: "2023-03-01", actor: "新城区侨务办公室"), in: overseas, by: clerk)
        }
        try register.recordStep(WorkflowStepRecord("认定", effective: "2023-03-01", actor: "新城区侨务办公室",
                                                   documentNumber: "新侨认〔2023〕12号"), in: overseas, by: clerk)
        #expect(try register.member(member, asOf: "2023-03-01")?.membership(in: .overseasChinese)?.source == .certified)
        #expect(try register.member(member, asOf: "2023-02-28")?.membership(in: .overseasChinese) == nil)

        let pool = try register.recordStep(WorkflowStepRecord("推荐", effective: "2023-01-01"), kind: .reserveCadrePool,
                                           for: member, by: clerk)
        try register.recordStep(WorkflowStepRecord("考察", effective: "2023-02-01"), in: pool, by: clerk)
        #expect(throws: ValidationError(field: "target_rank", value: "", reason: .missing)) {
            try register.recordStep(WorkflowStepRecord("入库", effective: "2023-03-01"), in: pool, by: clerk)
        }
        #expect(throws: ValidationError(field: "target_rank", value: "正厂长", reason: .unknownCode(list: .cadreRank))) {
            try register.recordStep(WorkflowStepRecord("入库", effective: "2023-03-01", fields: ["target_rank": "正厂长"]), in: pool, by: clerk)
        }
        try register.recordStep(WorkflowStepRecord("入库", effective: "2023-03-01", opinion: "调研推荐", documentNumber: "新统发〔2023〕4号",
                                                   fields: ["target_rank": "副处"]), in: pool, by: clerk)
        #expect(try register.workflows(of: .reserveCadrePool, in: ["入库"], asOf: "2023-12-31").map(\.id) == [pool])
        let entry = try #require(try register.records(PoolRecord.self, of: member, asOf: "2023-12-31").first)
        #expect(entry.targetRank == .deputyCounty && entry.entryReason == "调研推荐" && entry.document == "新统发〔2023〕4号")
        #expect(try register.reservePool(asOf: "2023-12-31").map(\.id) == [member])
        try register.recordStep(WorkflowStepRecord("出库", effective: "2025-01-01", opinion: "年龄超出"), in: pool, by: clerk)
        #expect(try register.workflows(of: .reserveCadrePool, in: ["ADMITTED"], asOf: "2025-01-01").isEmpty)
        #expect(try register.records(PoolRecord.self, of: member).first?.to == "2025-01-01")
        #expect(try register.records(PoolRecord.self, of: member).first?.exitReason == "年龄超出")

        let membership = try register.add(PartyMembershipRecord(party: .jiusan), for: member, effective: "2024-01-01", by: clerk)
        for (kind, states) in [(WorkflowKind.newStratumAssociationAdmission, ["申请", "审核", "入会"]),
                               (WorkflowKind.democraticPartyFiling, ["报送", "备案"])] {
            let id = try register.recordStep(WorkflowStepRecord(states[0], effective: "2024-01-01"), kind: kind, for: member, by: clerk)
            for state in states.dropFirst() {
                try register.recordStep(WorkflowStepRecord(state, effective: "2024-02-01"), in: id, by: clerk)
            }
            #expect(try register.workflow(id)?.state?.isTerminal == true, "\(kind.name)")
        }
        #expect(try register.read { try $0.record(membership, asOf: "2024-01-31") }?.isFiled == false)
        #expect(try register.read { try $0.record(membership, asOf: "2024-02-01") }?.isFiled == true)
        #expect(try register.workflows(of: member).map(\.kindName)
                == ["归侨侨眷身份认定", "后备干部入库", "新联会入会", "民主党派新成员备案"])
        #expect(throws: ValidationError.self) {
            try register.workflows(of: .reserveCadrePool, in: ["入会"], asOf: "2023-12-31")
        }
    }
}
