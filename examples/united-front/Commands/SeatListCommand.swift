import ArgumentParser
import UnitedFront

/// `united-front seat list ID`: a member's seats in organisations.
struct SeatListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a member's seats in organisations in force on --as-of, or (without --as-of) every seat with its from and to."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var member: MemberArgument

    func run() throws {
        try RecordListing.print(OrganisationMembershipRecord.self, of: member.id, dates: dates, output: output,
                                register: try database.openExisting())
    }
}
