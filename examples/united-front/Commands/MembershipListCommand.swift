import ArgumentParser
import UnitedFront

/// `united-front membership list ENTERPRISE-ID`: an enterprise's memberships of organisations.
struct MembershipListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List an enterprise's memberships in force on --as-of, or (without --as-of) every one with its from and to."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var enterprise: EnterpriseArgument

    func run() throws {
        try RecordListing.print(EnterpriseMembershipRecord.self, of: enterprise.id, dates: dates, output: output,
                                register: try database.openExisting())
    }
}
