import ArgumentParser
import UnitedFront

/// `united-front engagement solve ENGAGEMENT-ID --effective D`: a 问题诉求 was solved that day.
struct EngagementSolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Record that a 问题诉求 was solved (已解决) on --effective: the date the figures count as solved.",
        discussion: "Example: united-front engagement solve 3 --reason 已协调贷款 --effective 2022-05-10"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: OutcomeDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var engagement: EngagementArgument

    func run() throws {
        try EngagementCommand.settle(engagement.id, as: .solved, on: effective.effective, attribution: attribution,
                                     output: output, register: try database.openExisting())
    }
}
