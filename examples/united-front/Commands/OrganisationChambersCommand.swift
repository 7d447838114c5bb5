import ArgumentParser
import UnitedFront

/// `united-front organisation chambers --covering ORG-UNIT`: which 商会 cover a 街道.
struct OrganisationChambersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chambers",
        abstract: "List the 商会 in force on --as-of whose area is --covering or a unit above it (a 工商联 is not a 商会)."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions

    /// The org unit covered.
    @Option(help: "The id of the org unit (街道, 社区 …) to find the 商会 of (see `org tree`).", transform: ArgumentValues.orgUnitID)
    var covering: OrgUnitID

    func run() throws {
        let register = try database.openExisting()
        let date = dates.date(register)
        let chambers = try register.read { try $0.chambers(covering: covering, asOf: date, knownAt: dates.knownAt) }
        try RecordListing.print(chambers, output: output, register: register)
    }
}
