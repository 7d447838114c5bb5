import ArgumentParser
import UnitedFront

/// `united-front pool list [ID]`: the reserve pool on a date, or a member's entries.
struct PoolListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the entries in the reserve pool on --as-of (default today), or a member's: all of them without --as-of."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions

    /// Only this member's entries.
    @Argument(help: "Only this member's entries.", transform: ArgumentValues.memberID)
    var member: MemberID?

    func run() throws {
        try RecordListing.print(PoolRecord.self, of: member, dates: dates, output: output, register: try database.openExisting())
    }
}
