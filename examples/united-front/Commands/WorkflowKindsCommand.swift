import ArgumentParser
import UnitedFront

/// `united-front workflow kinds`: the shipped and declared workflow kinds.
struct WorkflowKindsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kinds",
        abstract: "List the workflow kinds, shipped and declared: states (终: terminal) and the steps between them.",
        discussion: """
            Each step shows the states it may follow (未开始: it starts a workflow), the fields it requires \
            and the option that gives each, and what it does to the member's record. --format json prints the \
            definitions as `workflow declare` reads them.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let kinds = try database.openExisting().read { try $0.workflowKinds() }
        switch output.format {
        case .table: print(WorkflowPresenter.text(kinds))
        case .csv: print(try WorkflowPresenter.table(kinds).rendered(as: .csv))
        case .json: print(try WorkflowPresenter.json(kinds))
        }
    }
}
