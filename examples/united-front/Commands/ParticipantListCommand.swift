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

    @OptionGroup var knowledge: KnownAtOptions

    func run() throws {
        let register = try database.openExisting()
        try engagement.id.check(in: register)
        try RecordListing.print(try register.participants(of: engagement.id, knownAt: knowledge.knownAt), output: output, register: register)
    }
}
