import ArgumentParser
import UnitedFront

/// `united-front role list ID`: a member's roles in enterprises.
struct RoleListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a member's roles in enterprises in force on --as-of, or (without --as-of) every role with its from and to."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var member: MemberArgument

    func run() throws {
        try RecordListing.print(EnterpriseRoleRecord.self, of: member.id, dates: dates, output: output,
                                register: try database.openExisting())
    }
}
