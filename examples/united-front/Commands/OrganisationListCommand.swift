import ArgumentParser
import UnitedFront

/// `united-front organisation list`: the organisations on a date, or all of them.
struct OrganisationListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the organisations in force on --as-of, or (without --as-of) every organisation with its from and to."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions

    func run() throws {
        try RecordListing.print(OrganisationRecord.self, of: nil, dates: dates, output: output, register: try database.openExisting())
    }
}
