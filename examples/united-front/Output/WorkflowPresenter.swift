import Foundation
import UnitedFront

/// Prints workflows, their steps and workflow kinds.
struct WorkflowPresenter {
    /// The register, for member names, org unit names and changesets.
    let register: Register

    // MARK: One workflow

    /// Prints `workflow` as `workflow show` does: a heading (kind, member, state on the date read) and a
    /// table of its steps; with `--format json` one object (see ``json(_:asOf:knownAt:)``); with
    /// `--format csv` the steps.
    func print(_ workflow: Workflow, asOf date: LocalDate?, knownAt: Timestamp?, format: OutputFormat) throws {
        switch format {
        case .json:
            Swift.print(try json(workflow, asOf: date, knownAt: knownAt).rendered())
        case .csv:
            Swift.print(try steps(workflow).rendered(as: .csv))
        case .table:
            Swift.print("workflow \(workflow.id): \(workflow.kindName) (\(workflow.kind)), member \(workflow.memberID) \(try name(of: workflow.memberID))")
            let when = [date.map { "on \($0)" }, knownAt.map { "as known at \($0.chinaTime)" }].compactMap { $0 }
            Swift.print("state" + (when.isEmpty ? "" : " " + when.joined(separator: " ")) + ": " + stateText(workflow))
            if !workflow.steps.isEmpty { Swift.print(try steps(workflow).selecting(Self.stepTableKeys).rendered(as: .table)) }
        }
    }

    /// 考察, `撤销 (ended)` for a terminal state, or `未开始` before the first step.
    func stateText(_ workflow: Workflow) -> String {
        guard let state = workflow.state else { return "未开始" }
        return state.isTerminal ? "\(state.name) (ended)" : state.name
    }

    /// The workflow as JSON: `id`, `kind`, `kind_name`, `member`, `name`, `as_of`, `known_at`, `state`
    /// (the Chinese name, `null` before the first step), `state_id`, `terminal`, `in_progress` and
    /// `steps`, each with `effective`, `state`, `state_id`, `previous`, `previous_id`, `handler`,
    /// `org_unit`, `org_unit_name`, `opinion`, `document`, `fields`, `changeset`, `recorded_at`,
    /// `recorded_by` and `reason`.
    func json(_ workflow: Workflow, asOf date: LocalDate?, knownAt: Timestamp?) throws -> JSONValue {
        .object([
            "id": .integer(workflow.id.rawValue), "kind": .string(workflow.kind), "kind_name": .string(workflow.kindName),
            "member": .integer(workflow.memberID.rawValue), "name": .string(try name(of: workflow.memberID)),
            "as_of": .optional(date?.iso8601), "known_at": .optional(knownAt?.iso8601),
            "state": .optional(workflow.state?.name), "state_id": .optional(workflow.state?.id),
            "terminal": .bool(workflow.state?.isTerminal ?? false), "in_progress": .bool(workflow.isInProgress),
            "steps": .array(try steps(workflow).jsonObjects),
        ])
    }

    /// The steps: date, the state left and entered, 经办人, 经办单位, 意见, 文号, the kind's own fields, and
    /// who recorded the step when (and why).
    func steps(_ workflow: Workflow) throws -> DataTable {
        let changesets = Dictionary(try register.changesets().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var table = DataTable([
            .init(key: "effective", header: "日期"), .init(key: "step", header: "步骤"), .init(key: "state", header: "状态"),
            .init(key: "state_id", header: "状态代码"), .init(key: "previous", header: "原状态"),
            .init(key: "previous_id", header: "原状态代码"), .init(key: "handler", header: "经办人"),
            .init(key: "org_unit", header: "经办单位编号"), .init(key: "org_unit_name", header: "经办单位"),
            .init(key: "opinion", header: "意见"), .init(key: "document", header: "文号"), .init(key: "fields", header: "其他字段"),
            .init(key: "changeset", header: "变更集"), .init(key: "recorded_at", header: "记录时间"),
            .init(key: "recorded_by", header: "记录人"), .init(key: "reason", header: "记录原因"),
        ])
        for step in workflow.steps {
            let changeset = changesets[step.changesetID]
            let unit = try step.orgUnit.flatMap { try register.orgUnit($0, asOf: step.effectiveOn) }
            let fields = step.fields.sorted { $0.key < $1.key }
            table.append([
                DataTable.Cell(step.effectiveOn.iso8601),
                DataTable.Cell("\(step.previous?.name ?? "—") → \(step.state.name)"),
                DataTable.Cell(step.state.name), DataTable.Cell(step.state.id),
                DataTable.Cell(step.previous?.name), DataTable.Cell(step.previous?.id),
                DataTable.Cell(step.actor),
                DataTable.Cell(text: step.orgUnit?.description ?? "", json: step.orgUnit.map { .integer($0.rawValue) } ?? .null),
                DataTable.Cell(unit?.name),
                DataTable.Cell(step.opinion), DataTable.Cell(step.documentNumber),
                DataTable.Cell(text: fields.map { "\($0.key)=\($0.value)" }.joined(separator: "; "),
                               json: .object(step.fields.mapValues(JSONValue.string))),
                DataTable.Cell(text: step.changesetID.description, json: .integer(step.changesetID)),
                DataTable.Cell(text: changeset?.recordedAt.chinaTime ?? "", json: .optional(changeset?.recordedAt.iso8601)),
                DataTable.Cell(changeset?.actor), DataTable.Cell(changeset?.reason),
            ])
        }
        return table
    }

    /// The columns `workflow show` prints as a table.
    static let stepTableKeys = ["effective", "step", "handler", "org_unit_name", "opinion", "document", "fields",
                                "recorded_at", "recorded_by"]

    /// The member's name as the register holds it now, or empty when it has none.
    func name(of member: MemberID) throws -> String {
        try register.member(member)?.name ?? ""
    }

    // MARK: A write

    /// Prints what a step left: `workflow 1 (member 1 王静): 无党派人士认定 考察 → 认定, effective
    /// 2023-03-01`, then, when the step changed the member's record, the timeline entries its changeset
    /// added; with `--format json` the workflow as `workflow show --format json` prints it.
    func printStep(_ workflow: Workflow, hadEffects: Bool, output: OutputOptions) throws {
        guard output.format == .table else {
            try print(workflow, asOf: nil, knownAt: nil, format: output.format)
            return
        }
        if let step = workflow.steps.last {
            Swift.print("workflow \(workflow.id) (member \(workflow.memberID) \(try name(of: workflow.memberID))): "
                        + "\(workflow.kindName) \(step.previous?.name ?? "—") → \(step.state.name), effective \(step.effectiveOn)")
        }
        if hadEffects { try WriteSummary.print(workflow.memberID, changed: true, in: register) }
    }

    // MARK: Lists

    /// Workflows as `workflow list` prints them: id, kind, member, name, state on the date, and the date
    /// of the step that entered it.
    func list(_ workflows: [Workflow]) throws -> DataTable {
        var table = DataTable([
            .init(key: "id", header: "编号"), .init(key: "kind", header: "流程"), .init(key: "kind_id", header: "流程代码"),
            .init(key: "member", header: "成员"), .init(key: "name", header: "姓名"), .init(key: "state", header: "状态"),
            .init(key: "state_id", header: "状态代码"), .init(key: "since", header: "状态起始"),
        ])
        for workflow in workflows {
            table.append([
                DataTable.Cell(text: workflow.id.description, json: .integer(workflow.id.rawValue)),
                DataTable.Cell(workflow.kindName), DataTable.Cell(workflow.kind),
                DataTable.Cell(text: workflow.memberID.description, json: .integer(workflow.memberID.rawValue)),
                DataTable.Cell(try name(of: workflow.memberID)),
                DataTable.Cell(workflow.state?.name), DataTable.Cell(workflow.state?.id),
                DataTable.Cell(workflow.steps.last?.effectiveOn.iso8601),
            ])
        }
        return table
    }

    // MARK: Kinds

    /// The kinds as `workflow kinds` prints them: for each, its id, name and whether it is shipped, its
    /// states (terminal ones marked 终), and how each state is entered: from which states, with which
    /// required fields, doing what.
    static func text(_ kinds: [WorkflowKind]) -> String {
        var lines: [String] = []
        for kind in kinds {
            let shipped = WorkflowKind.shipped.contains { $0.id == kind.id }
            if !lines.isEmpty { lines.append("") }
            lines.append("\(kind.id) \(kind.name) (\(shipped ? "shipped" : "declared"))")
            lines.append("  states: " + kind.states.map { $0.isTerminal ? "\($0.name) (终)" : $0.name }.joined(separator: ", "))
            lines.append("  steps:")
            for state in kind.states {
                guard let transition = kind.transition(to: state.id) else { continue }
                var line = "    → \(state.name) (\(state.id)) from " + from(transition, of: kind)
                if !transition.required.isEmpty { line += "; requires " + required(transition).joined(separator: ", ") }
                if !transition.effects.isEmpty { line += "; effects: " + effects(transition).joined(separator: ", ") }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The kinds as rows: id, name, shipped, states, steps.
    static func table(_ kinds: [WorkflowKind]) -> DataTable {
        var table = DataTable([
            .init(key: "id", header: "代码"), .init(key: "name", header: "名称"), .init(key: "shipped", header: "内置"),
            .init(key: "states", header: "状态"), .init(key: "steps", header: "步骤"),
        ])
        for kind in kinds {
            let steps = kind.states.compactMap { state in
                kind.transition(to: state.id).map { transition in
                    "\(state.name) ← \(from(transition, of: kind))"
                        + (transition.required.isEmpty ? "" : " [" + required(transition).joined(separator: ", ") + "]")
                }
            }
            table.append([
                DataTable.Cell(kind.id), DataTable.Cell(kind.name),
                DataTable.Cell(WorkflowKind.shipped.contains { $0.id == kind.id }),
                DataTable.Cell(kind.states.map { $0.isTerminal ? "\($0.name)(终)" : $0.name }.joined(separator: "、")),
                DataTable.Cell(steps.joined(separator: "; ")),
            ])
        }
        return table
    }

    /// `未开始, 摸底`: the states a transition may be taken from, 未开始 for a first step.
    static func from(_ transition: WorkflowTransition, of kind: WorkflowKind) -> String {
        transition.from.map { id in id.map { kind.state($0)?.name ?? $0 } ?? "未开始" }.joined(separator: ", ")
    }

    /// `文号 (--document)`, `political_status (--field political_status=…)`.
    static func required(_ transition: WorkflowTransition) -> [String] {
        let names: [String: String] = [
            WorkflowField.actor.rawValue: "经办人", WorkflowField.orgUnit.rawValue: "经办单位",
            WorkflowField.opinion.rawValue: "意见", WorkflowField.documentNumber.rawValue: "文号",
        ]
        return transition.required.map { field in
            let option = WorkflowStepOptions.options[field.rawValue] ?? "--field \(field.rawValue)=…"
            return "\(names[field.rawValue] ?? field.rawValue) (\(option))"
        }
    }

    /// Each effect as its JSON form reads: `set_political_status status=12`. Read from the library's
    /// `Codable` form, so that effects added to the library print without a change here.
    static func effects(_ transition: WorkflowTransition) -> [String] {
        transition.effects.map { effect in
            guard let data = try? JSONEncoder().encode(effect),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { return "\(effect)" }
            let name = object["effect"] as? String ?? "\(effect)"
            let values = object.filter { $0.key != "effect" }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return ([name] + values).joined(separator: " ")
        }
    }

    /// The definitions as JSON, in the library's `Codable` form: what `workflow declare` reads.
    static func json(_ kinds: [WorkflowKind]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(kinds), as: UTF8.self)
    }
}
