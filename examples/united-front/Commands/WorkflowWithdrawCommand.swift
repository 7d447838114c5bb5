import ArgumentParser
import Foundation
import UnitedFront

/// `united-front workflow withdraw WORKFLOW-ID`: the latest step was recorded wrongly.
struct WorkflowWithdrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Withdraw a workflow's latest step, recorded wrongly (a correction: kept for --known-at reads).",
        discussion: """
            The workflow is back in the state before the step. What the step did to the member's record (认定's \
            政治面貌 and 无党派人士 membership) is not undone: a note on stderr says so; correct the record with \
            `correct` and `category`.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var workflow: WorkflowArgument

    func run() throws {
        let register = try database.openExisting()
        guard let before = try register.workflow(workflow.id) else { throw RegisterError.workflowNotFound(workflow.id) }
        try register.withdrawLatestStep(in: workflow.id, by: attribution.attribution)
        guard let after = try register.workflow(workflow.id), let withdrawn = before.steps.last else { return }
        let presenter = WorkflowPresenter(register: register)
        if output.format == .table {
            print("workflow \(after.id) (member \(after.memberID) \(try presenter.name(of: after.memberID))): withdrew "
                  + "\(withdrawn.previous?.name ?? "—") → \(withdrawn.state.name) of \(withdrawn.effectiveOn); "
                  + "now \(presenter.stateText(after))")
        } else {
            try presenter.print(after, asOf: nil, knownAt: nil, format: output.format)
        }
        if let transition = try register.workflowKind(after.kind)?.transition(to: withdrawn.state.id),
           !transition.effects.isEmpty {
            FileHandle.standardError.write(Data((
                "note: what the step did to member \(after.memberID)'s record is not undone "
                    + "(\(WorkflowPresenter.effects(transition).joined(separator: ", "))): "
                    + "correct it with `correct` and `category` if it was wrong too\n").utf8))
        }
    }
}
