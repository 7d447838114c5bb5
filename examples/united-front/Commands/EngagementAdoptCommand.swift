import ArgumentParser
import UnitedFront

/// `united-front engagement adopt ENGAGEMENT-ID --effective D`: a 建言 was adopted that day.
struct EngagementAdoptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adopt",
        abstract: "Record that a 建言 was adopted (已采纳) on --effective.",
        discussion: "Example: united-front engagement adopt 4 --reason 市政府采纳 --effective 2022-09-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: OutcomeDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var engagement: EngagementArgument

    func run() throws {
        try EngagementCommand.settle(engagement.id, as: .adopted, on: effective.effective, attribution: attribution,
                                     output: output, register: try database.openExisting())
    }
}
