import ArgumentParser
import UnitedFront

/// `united-front household members HOUSEHOLD-ID`: who lives in a household.
struct HouseholdMembersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "members",
        abstract: "List the members of a household on --as-of (default today): the 户主 and the others with their relation."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var household: HouseholdArgument

    func run() throws {
        let register = try database.openExisting()
        try household.id.check(in: register)
        let date = dates.date(register)
        let members = try register.read { try $0.members(of: household.id, asOf: date, knownAt: dates.knownAt) }
        try RecordListing.print(members, output: output, register: register)
    }
}
