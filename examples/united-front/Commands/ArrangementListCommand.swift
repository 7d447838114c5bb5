import ArgumentParser
import UnitedFront

/// `united-front arrangement list ID`: a member's 政治安排, in force on a date or all of them.
struct ArrangementListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a member's 政治安排 in force on --as-of, or (without --as-of) all of them with their from and to."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var member: MemberArgument

    func run() throws {
        try RecordListing.print(ArrangementRecord.self, of: member.id, dates: dates, output: output,
                                register: try database.openExisting())
    }
}
