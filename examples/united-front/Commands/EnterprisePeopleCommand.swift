import ArgumentParser
import UnitedFront

/// `united-front enterprise people ENTERPRISE-ID`: who holds roles in an enterprise.
struct EnterprisePeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List the roles held in an enterprise on --as-of (default today): 出资人, 法定代表人 … with their members."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var enterprise: EnterpriseArgument

    func run() throws {
        let register = try database.openExisting()
        try enterprise.id.check(in: register)
        let date = dates.date(register)
        let roles = try register.read { try $0.people(of: enterprise.id, asOf: date, knownAt: dates.knownAt) }
        try RecordListing.print(roles, output: output, register: register)
    }
}
