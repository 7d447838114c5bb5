import ArgumentParser
import UnitedFront

/// `united-front honour list ID`: a member's honours.
struct HonourListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a member's honours in force on --as-of, or (without --as-of) every honour, revoked ones too."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var member: MemberArgument

    func run() throws {
        try RecordListing.print(HonourRecord.self, of: member.id, dates: dates, output: output, register: try database.openExisting())
    }
}
