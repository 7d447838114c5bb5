import ArgumentParser
import UnitedFront

/// `united-front participant list ENGAGEMENT-ID`: who took part in an engagement.
struct ParticipantListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List who took part in an engagement, in the order added (withdrawn participants left out)."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var engagement: EngagementArgument

    /// Read as the register knew it at this instant.
    @Option(name: .long, help: ArgumentHelp(
        "Read as the register knew it at this instant (ISO 8601, or a date meaning the end of that day).",
        valueName: "instant"),
            transform: ArgumentValues.instant)
    var knownAt: Timestamp?

    func run() throws {
        let register = try database.openExisting()
        try engagement.id.check(in: register)
        try RecordListing.print(try register.participants(of: engagement.id, knownAt: knownAt), output: output, register: register)
    }
}
