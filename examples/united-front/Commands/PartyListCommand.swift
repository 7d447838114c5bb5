import ArgumentParser
import UnitedFront

/// `united-front party list ID`: a member's democratic-party memberships.
struct PartyListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a member's party memberships: in force on --as-of, or (without --as-of) all with their from and to."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var member: MemberArgument

    func run() throws {
        try RecordListing.print(PartyMembershipRecord.self, of: member.id, dates: dates, output: output,
                                register: try database.openExisting())
    }
}
