import ArgumentParser
import UnitedFront

/// `united-front post list ID`: a member's posts, in force on a date or all of them.
struct PostListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a member's posts in force on --as-of, or (without --as-of) every post with its from and to."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var member: MemberArgument

    func run() throws {
        try RecordListing.print(PostRecord.self, of: member.id, dates: dates, output: output, register: try database.openExisting())
    }
}
