import ArgumentParser
import UnitedFront

/// `united-front stratum list [ID]`: 新的社会阶层 records on a date, or a member's.
struct StratumListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the 新的社会阶层 records in force on --as-of (default today), or a member's: all of them without --as-of."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions

    /// Only this member's records.
    @Argument(help: "Only this member's records.", transform: ArgumentValues.memberID)
    var member: MemberID?

    func run() throws {
        try RecordListing.print(NewStratumRecord.self, of: member, dates: dates, output: output, register: try database.openExisting())
    }
}
