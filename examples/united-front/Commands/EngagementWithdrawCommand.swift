import ArgumentParser
import UnitedFront

/// `united-front engagement withdraw ENGAGEMENT-ID`: takes back an engagement entered by mistake.
struct EngagementWithdrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Withdraw an engagement entered by mistake: it ends on its own date, was never in force, and no figure counts it.",
        discussion: """
            Its participants are withdrawn with it. It stays in the history, read with --known-at. \
            Example: united-front engagement withdraw 2 --reason 重复录入
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var engagement: EngagementArgument

    func run() throws {
        try RecordListing.withdraw(engagement.id, attribution: attribution, output: output, register: try database.openExisting())
    }
}
