import ArgumentParser
import Foundation
import UnitedFront

/// `united-front workflow kinds|declare|start|step|withdraw|show|list`: dated procedures on a member
/// (无党派人士认定, 后备干部入库 …), step by step.
struct WorkflowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workflow",
        abstract: "Run a procedure on a member step by step (无党派人士认定: 摸底 → 推荐 → 考察 → 认定 …), show it, list who is where.",
        discussion: """
            A kind is named by its id (NON_PARTISAN_CERTIFICATION, case-sensitive) or its Chinese name \
            (无党派人士认定); a state by its id (CERTIFIED) or its name (认定). `workflow kinds` lists the \
            shipped and declared kinds; `workflow declare FILE.json` adds one. A step the kind does not allow \
            after the current state, or without a field it requires, is refused with nothing written. A step's \
            effects (认定 sets 政治面貌 12 and enters 无党派人士) are written with it, effective its date.
            """,
        subcommands: [
            WorkflowKindsCommand.self, WorkflowDeclareCommand.self, WorkflowStartCommand.self, WorkflowStepCommand.self,
            WorkflowWithdrawCommand.self, WorkflowShowCommand.self, WorkflowListCommand.self,
        ]
    )
}

/// `WORKFLOW-ID`: the workflow a command is about, by the id `workflow start` and `workflow list` print.
struct WorkflowArgument: ParsableArguments {
    /// The workflow's id.
    @Argument(help: "The workflow's id (see `workflow list`).", transform: ArgumentValues.workflowID)
    var id: WorkflowID
}

/// The values of a step: the state it enters and what the procedure's papers say.
///
/// 经办人 is `--handler`, not `--actor`: `--actor` is who records the write, as in every write command.
struct WorkflowStepOptions: ParsableArguments {
    /// The state the step enters.
    @Option(help: "The state the step enters: its id (CERTIFIED) or Chinese name (认定).") var state: String
    /// 经办人.
    @Option(help: "经办人: who carried the step out, a person or a body (who records it is --actor).") var handler: String?
    /// 经办单位.
    @Option(help: "经办单位: the id of the org unit that carried it out (see `org tree`).", transform: ArgumentValues.orgUnitID)
    var orgUnit: OrgUnitID?
    /// 意见.
    @Option(help: "意见; for 撤销, 终止, 出库 and 不予认定, the reason.") var opinion: String?
    /// 文号.
    @Option(help: "文号 of the document that decided it (呼统发〔2023〕3号).") var document: String?
    /// Fields of the kind's own.
    @Option(name: .customLong("field"), help: ArgumentHelp(
        "A field of the kind's own, KEY=VALUE (撤销: political_status=民盟); repeatable.", valueName: "key=value"),
            transform: ArgumentValues.keyValue)
    var fields: [KeyValue] = []

    /// The options that give the fields every step has, by field name.
    static let options: [String: String] = [
        WorkflowField.actor.rawValue: "--handler", WorkflowField.orgUnit.rawValue: "--org-unit",
        WorkflowField.opinion.rawValue: "--opinion", WorkflowField.documentNumber.rawValue: "--document",
    ]

    func validate() throws {
        var seen: Set<String> = []
        for field in fields {
            if let option = Self.options[field.key] {
                throw ArgumentParser.ValidationError("\(field.key) is a field every step has: give it with \(option)")
            }
            guard seen.insert(field.key).inserted else {
                throw ArgumentParser.ValidationError("--field \(field.key) is given more than once")
            }
        }
    }

    /// The step to record, effective `date`.
    func record(effective date: LocalDate) -> WorkflowStepRecord {
        WorkflowStepRecord(state, effective: date, actor: handler, orgUnit: orgUnit, opinion: opinion, documentNumber: document,
                           fields: Dictionary(uniqueKeysWithValues: fields.map { ($0.key, $0.value) }))
    }
}

/// Finding kinds and states by what an operator types, and the register's step refusals as the command
/// line reports them.
enum WorkflowKinds {
    /// The kind whose id is `text` (case-sensitive) or, failing that, whose Chinese name is `text`.
    /// - Throws: ``CLIError/unknownWorkflowKind(_:known:)`` listing the known kinds;
    ///   ``CLIError/ambiguousWorkflowKind(_:ids:)`` when several declared kinds share the name.
    static func resolve(_ text: String, in register: Register) throws -> WorkflowKind {
        let kinds = try register.read { try $0.workflowKinds() }
        let text = text.trimmingCharacters(in: .whitespaces)
        if let kind = kinds.first(where: { $0.id == text }) { return kind }
        let named = kinds.filter { $0.name == text }
        if named.count > 1 { throw CLIError.ambiguousWorkflowKind(text, ids: named.map(\.id)) }
        guard let kind = named.first else {
            throw CLIError.unknownWorkflowKind(text, known: kinds.map { "\($0.id) \($0.name)" })
        }
        return kind
    }

    /// The ids of `kind`'s states named in `texts` (ids or Chinese names).
    /// - Throws: the register's ``UnitedFront/ValidationError`` (field `workflow_state`) for a state the
    ///   kind does not have.
    static func stateIDs(_ texts: [String], of kind: WorkflowKind) throws -> Set<String> {
        try Set(texts.map { text in
            guard let state = kind.state(text) else {
                throw UnitedFront.ValidationError(field: .workflowState, value: text, reason: .malformed(
                    expected: "a state of \(kind.name): " + kind.states.map(\.name).joined(separator: ", ")))
            }
            return state.id
        })
    }

    /// Runs a write of steps, reporting an illegal step with its current state and allowed steps in
    /// Chinese, and a missing required field with the option that gives it.
    static func reporting<T>(_ write: () throws -> T) throws -> T {
        do {
            return try write()
        } catch let error as RegisterError {
            if case .illegalWorkflowStep(_, _, _, let current, _, let allowed) = error {
                throw CLIError.illegalWorkflowStep(message: error.description, current: current, allowed: allowed)
            }
            throw error
        } catch let error as UnitedFront.ValidationError where error.reason == .missing && error.row == nil {
            let option = WorkflowStepOptions.options[error.field.rawValue] ?? "--field \(error.field.rawValue)=…"
            throw CLIError.missingStepField(message: error.description, option: option)
        }
    }
}
