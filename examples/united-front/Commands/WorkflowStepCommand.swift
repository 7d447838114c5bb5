import ArgumentParser
import UnitedFront

/// `united-front workflow step WORKFLOW-ID --state …`: the next step of a workflow.
struct WorkflowStepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "step",
        abstract: "Record the next step of a workflow (--state), effective --effective.",
        discussion: """
            Example: united-front workflow step 1 --state 认定 --handler 市委统战部 --document "呼统发〔2023〕3号" \
            --effective 2023-03-01. A step the kind does not allow after the current state is refused, naming \
            the current state and the allowed steps; so is one without a required field (认定 needs --document).
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var workflow: WorkflowArgument
    @OptionGroup var step: WorkflowStepOptions

    func run() throws {
        let register = try database.openExisting()
        let record = step.record(effective: effective.date(register))
        try WorkflowKinds.reporting {
            try register.recordStep(record, in: workflow.id, by: attribution.attribution)
        }
        try Self.printWritten(workflow.id, register: register, output: output)
    }

    /// Prints the workflow after a step was recorded in it (see ``WorkflowPresenter/printStep(_:hadEffects:output:)``).
    static func printWritten(_ id: WorkflowID, register: Register, output: OutputOptions) throws {
        guard let workflow = try register.workflow(id) else { throw RegisterError.workflowNotFound(id) }
        let kind = try register.workflowKind(workflow.kind)
        let effects = workflow.steps.last.flatMap { kind?.transition(to: $0.state.id)?.effects } ?? []
        try WorkflowPresenter(register: register).printStep(workflow, hadEffects: !effects.isEmpty, output: output)
    }
}
