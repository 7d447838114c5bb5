import ArgumentParser
import UnitedFront

/// `united-front organisation members ORGANISATION-ID [--role 执委 …]`: who sits in an organisation.
struct OrganisationMembersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "members",
        abstract: "List the members' seats in an organisation on --as-of (default today), only in --role when given.",
        discussion: "Example (who sits on the 工商联 执委): united-front organisation members 1 --role 执委 --role 常委 --as-of 2024-06-30"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var organisation: OrganisationArgument

    /// Only these roles.
    @Option(help: "Only this role (主席, 副主席, 秘书长, 常委, 执委, 理事, 会员; repeatable).") var role: [OrganisationRole] = []

    func run() throws {
        let register = try database.openExisting()
        try organisation.id.check(in: register)
        let date = dates.date(register)
        let seats = try register.read {
            try $0.members(of: organisation.id, roles: Set(role), asOf: date, knownAt: dates.knownAt)
        }
        try RecordListing.print(seats, output: output, register: register)
    }
}
