import ArgumentParser
import UnitedFront

/// `united-front organisation enterprises ORGANISATION-ID`: a 商会's 会员企业.
struct OrganisationEnterprisesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enterprises",
        abstract: "List the enterprises that belong to an organisation on --as-of (default today): its 会员企业."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var organisation: OrganisationArgument

    func run() throws {
        let register = try database.openExisting()
        try organisation.id.check(in: register)
        let date = dates.date(register)
        let memberships = try register.read { try $0.enterprises(of: organisation.id, asOf: date, knownAt: dates.knownAt) }
        try RecordListing.print(memberships, output: output, register: register)
    }
}
