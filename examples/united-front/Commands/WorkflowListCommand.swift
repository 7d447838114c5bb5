import ArgumentParser
import UnitedFront

/// `united-front workflow list`: the workflows in given states on a date.
struct WorkflowListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the workflows in a state on --as-of (default today): of a --kind, in --state …, of a --member.",
        discussion: """
            Who awaits 认定 at the end of 2022: united-front workflow list --kind 无党派人士认定 --state 推荐 \
            --state 考察 --as-of 2022-12-31. --state needs --kind. Without --member, only members registered and \
            not archived on the date are listed; workflows not yet started on the date are left out.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions

    /// The kind.
    @Option(help: "Only workflows of this kind: its id or Chinese name.") var kind: String?
    /// The states.
    @Option(name: .customLong("state"), help: "Only workflows in this state on the date (id or name; repeatable; needs --kind).")
    var states: [String] = []
    /// The member.
    @Option(help: "Only this member's workflows.", transform: ArgumentValues.memberID) var member: MemberID?

    func validate() throws {
        if !states.isEmpty, kind == nil {
            throw ArgumentParser.ValidationError("--state needs --kind: states belong to a kind")
        }
    }

    func run() throws {
        let register = try database.openExisting()
        let date = dates.date(register)
        let kinds = try kind.map { [try WorkflowKinds.resolve($0, in: register)] } ?? register.read { try $0.workflowKinds() }
        var found: [Workflow] = []
        if let member {
            guard try register.member(member) != nil else { throw RegisterError.memberNotFound(member) }
            let wanted = try Dictionary(uniqueKeysWithValues: kinds.map { kind in
                (kind.id, states.isEmpty ? Set(kind.states.map(\.id)) : try WorkflowKinds.stateIDs(states, of: kind))
            })
            found = try register.workflows(of: member, asOf: date, knownAt: dates.knownAt).filter { workflow in
                workflow.state.map { wanted[workflow.kind]?.contains($0.id) ?? false } ?? false
            }
        } else {
            for kind in kinds {
                let ids = states.isEmpty ? Set(kind.states.map(\.id)) : try WorkflowKinds.stateIDs(states, of: kind)
                found += try register.workflows(of: kind, in: ids, asOf: date, knownAt: dates.knownAt)
            }
            found.sort { ($0.memberID, $0.id) < ($1.memberID, $1.id) }
        }
        let table = try WorkflowPresenter(register: register).list(found)
        if output.format != .table {
            try register.recordExport(ExportRequest(actor: ActorOptions.defaultActor, format: "workflow-list-\(output.format.rawValue)",
                                                    asOf: date, masking: .standard), rowCount: found.count)
        }
        print(try table.rendered(as: output.format))
    }
}
