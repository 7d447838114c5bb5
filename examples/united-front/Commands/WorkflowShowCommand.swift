import ArgumentParser
import UnitedFront

/// `united-front workflow show WORKFLOW-ID`: a workflow's kind, member, state and steps.
struct WorkflowShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a workflow: its kind, member, state on --as-of and every step up to it, with who recorded it when.",
        discussion: """
            Without --as-of, every step (future-dated ones too) and the latest state; with --known-at, as the \
            register knew it then (a withdrawn step shows until its withdrawal was recorded).
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var workflow: WorkflowArgument

    func run() throws {
        let register = try database.openExisting()
        let found: Workflow?
        switch (dates.asOf, dates.knownAt) {
        case (nil, nil): found = try register.workflow(workflow.id)
        case (nil, let knownAt?): found = try register.workflow(workflow.id, asOf: Self.lastDay, knownAt: knownAt)
        case (let date?, let knownAt): found = try register.workflow(workflow.id, asOf: date, knownAt: knownAt)
        }
        guard let found else { throw RegisterError.workflowNotFound(workflow.id) }
        try WorkflowPresenter(register: register).print(found, asOf: dates.asOf, knownAt: dates.knownAt, format: output.format)
    }

    /// A date after every step: "as of" for a read of every step as known at an instant.
    static let lastDay = LocalDate(year: 9999, month: 12, day: 31)!
}
