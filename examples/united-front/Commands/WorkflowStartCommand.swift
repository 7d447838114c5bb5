import ArgumentParser
import UnitedFront

/// `united-front workflow start ID --kind … --state …`: a member's first step of a procedure.
struct WorkflowStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a workflow of --kind for a member with its first step (--state), effective --effective; prints the workflow's id.",
        discussion: """
            Refused when the member already has a workflow of the kind in progress (started, not at a terminal \
            state): its next step goes through `workflow step WORKFLOW-ID`. After a terminal state (撤销, 终止 …) \
            `start` begins a new workflow. Example: united-front workflow start 3 --kind 无党派人士认定 --state 推荐 \
            --handler 市第二中学党总支 --effective 2022-05-10
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var member: MemberArgument

    /// The kind.
    @Option(help: "The kind: its id (NON_PARTISAN_CERTIFICATION) or Chinese name (无党派人士认定); see `workflow kinds`.")
    var kind: String

    @OptionGroup var step: WorkflowStepOptions

    func run() throws {
        let register = try database.openExisting()
        let kind = try WorkflowKinds.resolve(kind, in: register)
        let id = member.id
        guard try register.member(id) != nil else { throw RegisterError.memberNotFound(id) }
        if let open = try register.workflows(of: id).last(where: { $0.kind == kind.id && $0.isInProgress }),
           let state = open.state {
            throw CLIError.workflowInProgress(kind: kind.name, member: id.description, workflow: open.id.description,
                                              state: state.name)
        }
        let record = step.record(effective: effective.date(register))
        let workflow = try WorkflowKinds.reporting {
            try register.recordStep(record, kind: kind, for: id, by: attribution.attribution)
        }
        try WorkflowStepCommand.printWritten(workflow, register: register, output: output)
    }
}
