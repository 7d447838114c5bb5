import ArgumentParser
import UnitedFront

/// `united-front cultivation list ID`: a member's cultivation, in force on a date or all of it.
struct CultivationListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a member's cultivation in force on --as-of, or (without --as-of) all of it with from and to."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var member: MemberArgument

    func run() throws {
        try RecordListing.print(CultivationRecord.self, of: member.id, dates: dates, output: output,
                                register: try database.openExisting())
    }
}
