import FuzzSupport
import UnitedFront

/// Workflow steps decoded from the input and applied to a small register.
///
/// Each input starts from a fresh copy of a register with two members, then reads operations one after
/// another: start a workflow of a shipped kind for a member, record a step in a started workflow, or
/// withdraw the latest step. A step's state is one of the kind's states (by name or id) or text from the
/// input; its effective date is an offset from 2022-01-01 in days; actor, opinion, document number and
/// extra fields (`political_status`, `target_rank`, others) are codes or text from the input; the clock
/// moves forward between operations. Only typed errors may come out of an operation (the input goes on
/// after one); after each operation the register's reads must still work.
@main
enum FuzzWorkflow {
    final class Clock: @unchecked Sendable {
        var now = try! Timestamp(iso8601: "2022-01-01T09:00:00+08:00")
    }

    static let clerk = Attribution(actor: "区委统战部 李科长", reason: "模糊测试")

    static let clock = Clock()
    nonisolated(unsafe) static var members: [MemberID] = []
    static let template = try! RegisterTemplate(name: "workflow", clock: { clock.now }) { register in
        var first = MemberRecord(name: "乌云其木格")
        first.politicalStatus = .masses
        var second = MemberRecord(name: "张三")
        second.documentNumber = "11010519491231002X"
        members = [try register.add(first, effective: "2021-01-01", by: clerk),
                   try register.add(second, effective: "2021-01-01", by: clerk)]
    }
    static let start = clock.now

    static func main() {
        _ = template
        Fuzzer.run { input in
            clock.now = start
            let register = try template.fresh()
            var workflows: [WorkflowID] = []
            var operations = 0
            while !input.isAtEnd, operations < 32 {
                operations += 1
                clock.now = Timestamp(millisecondsSince1970: clock.now.millisecondsSince1970 + Int64(input.byte()) * 3_600_000)
                do {
                    switch input.choice(4) {
                    case 0, 1:
                        let kind = input.pick(WorkflowKind.shipped)
                        let step = decodeStep(&input, kind: kind)
                        workflows.append(try register.recordStep(step, kind: kind, for: input.pick(members), by: clerk))
                    case 2:
                        guard !workflows.isEmpty else { continue }
                        let workflow = input.pick(workflows)
                        let kindID = try register.workflow(workflow)?.kind ?? ""
                        let kind = WorkflowKind.shipped.first { $0.id == kindID } ?? input.pick(WorkflowKind.shipped)
                        try register.recordStep(decodeStep(&input, kind: kind), in: workflow, by: clerk)
                    default:
                        guard !workflows.isEmpty else { continue }
                        try register.withdrawLatestStep(in: input.pick(workflows), by: clerk)
                    }
                } catch where Fuzzer.isTyped(error) {
                    // refused: the register must still read (checked below)
                }
                try reads(register, members: members, workflows: workflows)
            }
        }
    }

    static func decodeStep(_ input: inout FuzzInput, kind: WorkflowKind) -> WorkflowStepRecord {
        let stateChoice = input.choice(kind.states.count * 2 + 1)
        let state = stateChoice < kind.states.count ? kind.states[stateChoice].name
            : stateChoice < kind.states.count * 2 ? kind.states[stateChoice - kind.states.count].id : input.text(limit: 16)
        let effective = LocalDate(year: 2022, month: 1, day: 1)!.adding(days: input.int16() % 4000)
        var step = WorkflowStepRecord(state, effective: effective)
        let present = input.byte()
        if present & 1 != 0 { step.actor = input.text(limit: 24) }
        if present & 2 != 0 { step.opinion = input.text(limit: 24) }
        if present & 4 != 0 { step.documentNumber = codeOrText(&input, ["呼统发〔2023〕3号"], limit: 24) }
        if present & 8 != 0 { step.fields["political_status"] = codeOrText(&input, ["12", "13", "无党派人士", "群众"]) }
        if present & 16 != 0 { step.fields["target_rank"] = codeOrText(&input, ["141", "142", "正科"]) }
        if present & 32 != 0 { step.fields[input.text(limit: 12)] = input.text(limit: 12) }
        return step
    }

    /// One of `codes` (chosen by the next byte), or the input's next text when the byte says so.
    static func codeOrText(_ input: inout FuzzInput, _ codes: [String], limit: Int = 8) -> String {
        let choice = input.choice(codes.count + 1)
        return choice < codes.count ? codes[choice] : input.text(limit: limit)
    }

    static func reads(_ register: Register, members: [MemberID], workflows: [WorkflowID]) throws {
        try register.read { snapshot in
            for member in members {
                guard try snapshot.member(member) != nil else { Fuzzer.finding("member \(member) vanished") }
                _ = try snapshot.member(member, asOf: "2023-06-30")
                for workflow in try snapshot.workflows(of: member) where workflow.memberID != member {
                    Fuzzer.finding("workflow \(workflow.id) listed for member \(member) belongs to \(workflow.memberID)")
                }
            }
            for workflow in workflows {
                _ = try snapshot.workflow(workflow)
                _ = try snapshot.workflow(workflow, asOf: "2023-06-30")
            }
            for kind in WorkflowKind.shipped {
                let states = Set(kind.states.map(\.id))
                let open = try snapshot.workflows(of: kind, in: states, asOf: "2024-12-31")
                _ = try snapshot.count(matching: MemberQuery(.workflow(kind, in: states), asOf: "2024-12-31"))
                _ = open.count
            }
        }
    }
}
