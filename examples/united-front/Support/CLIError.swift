/// A failure the command line itself detects (as opposed to the register's own errors): a missing
/// database file, a member not registered on the asked date, a feature that has not landed yet.
///
/// Reported like every other failure: one `error: …` line on stderr and exit status 1.
enum CLIError: Error, CustomStringConvertible {
    /// No register file at the path: read and write commands never create one (`init` does).
    case noRegister(path: String)
    /// The member exists but was not registered (or not yet recorded) on the asked date.
    case notRegistered(id: String, asOf: String)
    /// A subcommand that is planned but not available in this build.
    case notYetAvailable(String)
    /// A record (`post 2`) is not in force on the date a change or ending was asked for: it began later,
    /// or had already ended.
    case recordNotInForce(noun: String, id: String, on: String, began: String, ended: String?)
    /// A record (`engagement 2`) already withdrawn: ended on its own first day, it was never in force.
    case alreadyWithdrawn(noun: String, id: String, on: String)
    /// No workflow kind has this id (case-sensitive) or Chinese name (exact); `known` lists every kind as
    /// `ID 名称`.
    case unknownWorkflowKind(String, known: [String])
    /// Several kinds bear this Chinese name: their ids tell them apart.
    case ambiguousWorkflowKind(String, ids: [String])
    /// `workflow start` for a member who already has a workflow of the kind in progress: the next step
    /// goes through `workflow step`.
    case workflowInProgress(kind: String, member: String, workflow: String, state: String)
    /// The register refused a step that cannot follow the workflow's current state; `message` is the
    /// register's own (``RegisterError/illegalWorkflowStep(_:workflow:kind:current:attempted:allowed:)``),
    /// followed by the current state and the allowed steps in Chinese.
    case illegalWorkflowStep(message: String, current: String?, allowed: [String])
    /// A step left out a field its transition requires; `message` is the register's own
    /// ``ValidationError`` naming the field, `option` the option that gives it.
    case missingStepField(message: String, option: String)
    /// A workflow kind definition that could not be read or decoded.
    case unreadableWorkflowKind(path: String, reason: String)

    /// One English sentence, without the `error:` prefix.
    var description: String {
        switch self {
        case .noRegister(let path):
            "no register at \(path) (create it with `united-front init --db \(path)`)"
        case .notRegistered(let id, let date):
            "member \(id) is not on the register as of \(date)"
        case .notYetAvailable(let message):
            message
        case .recordNotInForce(let noun, let id, let date, let began, let ended):
            if began > date {
                "\(noun) \(id) began on \(began): it is not in force on \(date)"
            } else if let ended {
                "\(noun) \(id) ended on \(ended): it is not in force on \(date)"
            } else {
                "\(noun) \(id) is not in force on \(date)"
            }
        case .alreadyWithdrawn(let noun, let id, let date):
            "\(noun) \(id) of \(date) is already withdrawn"
        case .unknownWorkflowKind(let text, let known):
            "no workflow kind has id or name \"\(text)\"; known kinds: \(known.joined(separator: ", "))"
        case .ambiguousWorkflowKind(let text, let ids):
            "several workflow kinds are named \(text): give the id (\(ids.joined(separator: ", ")))"
        case .workflowInProgress(let kind, let member, let workflow, let state):
            "\(kind) of member \(member) is already in progress (workflow \(workflow), at \(state)): "
                + "record its next step with `workflow step \(workflow) --state …`"
        case .illegalWorkflowStep(let message, let current, let allowed):
            "\(message) (当前状态: \(current ?? "未开始"); 可办理: "
                + (allowed.isEmpty ? "无, 已结束" : allowed.joined(separator: "、")) + ")"
        case .missingStepField(let message, let option):
            "\(message): give it with \(option)"
        case .unreadableWorkflowKind(let path, let reason):
            "\(path) is not a workflow kind definition: \(reason)"
        }
    }
}
